import type { EntityKind, FigureMetric, FigureScope, ReportedFigure } from "../generated/prisma/client.js";

/** What the reporter rule reads of a figure: who it is attributed to, and the outlet that carried it. */
export interface ReporterFacts {
  attributedTo: { id: string; name: string; kind: EntityKind } | null;
  source: { publisher: string | null; url: string };
}

/** Who reported a figure: the key figures are grouped by, and the name the desk shows. */
export interface Reporter {
  key: string;
  name: string;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
};

const outletReporter = (outlet: string): Reporter => ({ key: `outlet:${outlet.toLowerCase().replace(/\s+/g, " ")}`, name: outlet });

/**
 * The one rule for who reported a figure, used by the figure summary and (through `ReportedFigure.reporter`) the
 * toll tracker chart: the entity it is attributed to ("Health Ministry"), whichever outlet carried it; a figure
 * nobody is named for is its outlet's own: the source's publisher ("Reuters"), or its site's host when the
 * publisher is not known. Two articles of one outlet are one reporter; one article carrying two reporters' figures
 * is two. A figure credited to a media outlet ("…, Reuters reported", as ingest reads it) is that outlet's own, by
 * its name: else the wire's own later toll, credited to nobody, read as a second reporter disagreeing with it.
 */
export function reporterOf(figure: ReporterFacts): Reporter {
  const entity = figure.attributedTo;
  if (entity?.kind === "MEDIA_OUTLET" && entity.name.trim()) return outletReporter(entity.name.trim());
  if (entity) return { key: `entity:${entity.id}`, name: entity.name };
  return outletReporter(figure.source.publisher?.trim() || hostOf(figure.source.url));
}

/** What the summary reads of each report (the rows may carry more, e.g. what a GraphQL request selects). */
export type SummarizedFigure = Pick<
  ReportedFigure,
  "id" | "sourceId" | "reportedAt" | "low" | "high" | "scope" | "qualifier" | "subject" | "place"
> &
  ReporterFacts;

export interface FigureSpread {
  lowest: number;
  highest: number;
  absolute: number;
  relative: number;
}

/** Reports that count the same thing (one subject, one place), compared with each other. */
export interface FigureComparison<F extends SummarizedFigure = SummarizedFigure> {
  subject: string;
  place: string | null;
  /** Every name its reports give the place, as first written, once each ("Derna", "Derna, Libya"). */
  placeNames: string[];
  /** CUMULATIVE when running totals are compared; INCIDENT when only incident counts are; null when none says. */
  scope: FigureScope | null;
  /** Only vague reports ("hundreds"): bounds are the words' floors, nothing is measured as a spread. */
  vagueOnly: boolean;
  reportCount: number;
  reporterCount: number;
  lowestBound: number | null;
  highestBound: number | null;
  latestByReporter: F[];
  spread: FigureSpread | null;
}

export interface FigureSummary<F extends SummarizedFigure = SummarizedFigure> {
  metric: FigureMetric;
  reportCount: number;
  sourceCount: number;
  reporterCount: number;
  /** The comparison the summary leads with (see `leadingComparison`); null without reports. */
  comparison: FigureComparison<F> | null;
  comparisons: FigureComparison<F>[];
  timeline: F[];
}

/** The single number a report stands for when reporters are compared: the middle of its bounds. */
export function centralValue(figure: Pick<ReportedFigure, "low" | "high">): number {
  if (figure.low != null && figure.high != null) return Math.round((figure.low + figure.high) / 2);
  return (figure.low ?? figure.high)!;
}

const normalized = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/** The reports of one subject, matched as the summary groups subjects: case and spacing aside ("civilians"). */
export const ofSubject = <F extends { subject: string }>(figures: F[], subject: string): F[] =>
  figures.filter((f) => normalized(f.subject) === normalized(subject));

/**
 * The smallest and largest of some numbers, or null for none. Not Math.min(...values): an event's reports are not
 * bounded, and a spread of some 125,000 arguments overflows the stack.
 */
function extremes(values: Iterable<number>): { min: number; max: number } | null {
  let found: { min: number; max: number } | null = null;
  for (const value of values) {
    if (!found) found = { min: value, max: value };
    else if (value < found.min) found.min = value;
    else if (value > found.max) found.max = value;
  }
  return found;
}

/** `item` added to its key's list (in place: copying the list at every item made grouping n reports take n² steps). */
function addTo<K, V>(groups: Map<K, V[]>, key: K, item: V) {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}
const reporterKey = (f: SummarizedFigure) => reporterOf(f).key;

const placeParts = (place: string) =>
  place
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
/** A place name with case, spacing and the spacing around its commas aside ("Derna ,Libya" is "derna, libya"). */
const normalizedPlace = (place: string) => placeParts(normalized(place)).join(", ");
const namesMoreFully = (fuller: string[], place: string[]) => fuller.length > place.length && place.every((part, i) => part === fuller[i]);

/**
 * For each of some normalized place names, the name it is compared under: the one fuller name that begins with all
 * of its parts ("derna" → "derna, libya"; "latakia and tartus" → "latakia and tartus, syria"), or itself. Only the
 * leading parts count ("libya" is wider than "derna, libya", not the same place), and a name that more than one
 * fuller name begins with ("tripoli": "tripoli, libya" and "tripoli, lebanon") stays apart from both.
 */
export function samePlaceKeys(places: Iterable<string>): Map<string, string> {
  const parts = new Map([...new Set(places)].map((place) => [place, placeParts(place)]));
  const keys = new Map<string, string>();
  for (const [place, own] of parts) {
    const fuller = [...parts].filter(([, other]) => namesMoreFully(other, own));
    const fullest = fuller.filter(([, candidate]) => !fuller.some(([, other]) => namesMoreFully(other, candidate)));
    keys.set(place, fullest.length === 1 ? fullest[0]![0] : place);
  }
  return keys;
}

/** The place a group's reports are shown under: the one named with the most parts ("Derna, Libya" over "Derna"). */
function fullestPlace(group: SummarizedFigure[]): string | null {
  let fullest: string | null = null;
  for (const f of group) {
    const place = f.place?.trim();
    if (place && (fullest === null || placeParts(place).length > placeParts(fullest).length)) fullest = place;
  }
  return fullest;
}

/** The names a group's reports give their place, once each (case and spacing aside), as first written. */
function placeNamesOf(group: SummarizedFigure[]): string[] {
  const names = new Map<string, string>();
  for (const f of group) {
    const place = f.place?.trim();
    if (place && !names.has(normalized(place))) names.set(normalized(place), place);
  }
  return [...names.values()];
}

/**
 * One comparison group. Of its reports, only like is compared with like: when the group has running totals
 * (CUMULATIVE), incident counts ("12 killed in the strike") are left out; when it has numbers, vague reports
 * ("hundreds", stored with the conventional bounds 200–999) are left out. Both stay in the timeline.
 */
function compare<F extends SummarizedFigure>(group: F[]): FigureComparison<F> {
  const totals = group.some((f) => f.scope === "CUMULATIVE") ? group.filter((f) => f.scope !== "INCIDENT") : group;
  const vagueOnly = totals.every((f) => f.qualifier === "VAGUE");
  const compared = vagueOnly ? totals : totals.filter((f) => f.qualifier !== "VAGUE");

  // Each reporter is represented by its latest report; among reports it made at the same time the most inclusive one,
  // with the highest central value, stands for it.
  const latest = new Map<string, F>();
  for (const figure of compared) {
    const key = reporterKey(figure);
    const current = latest.get(key);
    const sameTime = current && current.reportedAt.getTime() === figure.reportedAt.getTime();
    if (!current || !sameTime || centralValue(figure) > centralValue(current)) latest.set(key, figure);
  }
  const latestByReporter = [...latest.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, f]) => f);

  const lows = compared.flatMap((f) => (f.low != null ? [f.low] : []));
  // A vague report's upper bound is a reading of a word, never a reported number.
  const highs = vagueOnly ? [] : compared.flatMap((f) => f.high ?? f.low ?? []);
  const centrals = extremes(latestByReporter.map(centralValue));
  const lowest = centrals?.min ?? null;
  const highest = centrals?.max ?? null;
  const scopes = new Set(totals.map((f) => f.scope));
  return {
    subject: group[0]!.subject.trim(),
    place: fullestPlace(group),
    placeNames: placeNamesOf(group),
    scope: scopes.has("CUMULATIVE") ? "CUMULATIVE" : scopes.has("INCIDENT") && scopes.size === 1 ? "INCIDENT" : null,
    vagueOnly,
    reportCount: group.length,
    reporterCount: latest.size,
    lowestBound: extremes(lows)?.min ?? null,
    highestBound: extremes(highs)?.max ?? null,
    latestByReporter,
    spread:
      // One reporter's latest report has nothing to differ from: a spread of 0 would claim agreement.
      !vagueOnly && latest.size >= 2 && lowest != null && highest != null
        ? { lowest, highest, absolute: highest - lowest, relative: highest === 0 ? 0 : (highest - lowest) / highest }
        : null,
  };
}

/**
 * The comparison a summary leads with: the one with the most reporters (where a disagreement can show), then the
 * most inclusive count (the highest of its latest central values: "people" before "civilians"), then by subject.
 */
function leadingComparison<F extends SummarizedFigure>(comparisons: FigureComparison<F>[]): FigureComparison<F> | null {
  const top = (c: FigureComparison<F>) => extremes(c.latestByReporter.map(centralValue))?.max ?? -1;
  return (
    [...comparisons].sort(
      (a, b) =>
        Number(a.vagueOnly) - Number(b.vagueOnly) ||
        b.reporterCount - a.reporterCount ||
        top(b) - top(a) ||
        a.subject.localeCompare(b.subject),
    )[0] ?? null
  );
}

/**
 * Summarises the reports of one metric; `figures` must be ordered by reportedAt, then id. Reports are compared only
 * with reports of the same subject ("people", "civilians": a subset is not a competing count); when a subject's
 * reports name different places, only with reports of the same place (those naming none are compared among
 * themselves), while one named place is taken as the place of the reports that name none. A place named more fully
 * elsewhere is the same place ("Derna" and "Derna, Libya", see `samePlaceKeys`). Each comparison groups its reports by
 * reporter (`reporterOf`).
 */
export function summarizeFigures<F extends SummarizedFigure>(figures: F[], metric: FigureMetric): FigureSummary<F> {
  const bySubject = new Map<string, F[]>();
  for (const f of figures) addTo(bySubject, normalized(f.subject), f);
  const groups: F[][] = [];
  for (const reports of bySubject.values()) {
    const placeKey = samePlaceKeys(reports.flatMap((f) => (f.place?.trim() ? [normalizedPlace(f.place)] : [])));
    if (new Set(placeKey.values()).size <= 1) {
      groups.push(reports);
      continue;
    }
    const byPlace = new Map<string, F[]>();
    for (const f of reports) addTo(byPlace, f.place?.trim() ? placeKey.get(normalizedPlace(f.place))! : "", f);
    groups.push(...byPlace.values());
  }
  const comparisons = groups.map((group) => compare(group));
  const comparison = leadingComparison(comparisons);
  return {
    metric,
    reportCount: figures.length,
    sourceCount: new Set(figures.map((f) => f.sourceId)).size,
    reporterCount: new Set(figures.map(reporterKey)).size,
    comparison,
    comparisons: comparison ? [comparison, ...comparisons.filter((c) => c !== comparison)] : [],
    timeline: figures,
  };
}
