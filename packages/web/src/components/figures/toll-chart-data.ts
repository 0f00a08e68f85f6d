import { graphql, readFragment, type FragmentOf, type ResultOf } from "../../gql/graphql";
import { centralValue, formatFigure, isOpenEnded, vagueWord } from "./figure-label";

// Kept apart from toll-chart.tsx so the event page can build its query without loading the chart library.

export const TollChart_ReportedFigureFragment = graphql(`
  fragment TollChart_ReportedFigureFragment on ReportedFigure {
    id
    subject
    place
    qualifier
    low
    high
    statedText
    reportedAt
    scope
    attributedTo { id name }
    reporter { key name }
    source { id url title publisher }
  }
`);

export interface ChartPoint {
  id: string;
  /** Report time, ms since epoch, shifted sideways per series so same-day reports don't overlap. */
  x: number;
  reportedAt: number;
  y: number;
  low: number | null;
  high: number | null;
  openEnded: boolean;
  /**
   * A vague figure ("hundreds"): drawn as its band, marked at the band's floor (not at a made-up midpoint) and
   * labelled with its words.
   */
  vague: boolean;
  label: string;
  statedText: string;
  /** Where the report was read: the publisher, or the site's host. */
  publisher: string;
}

export interface ChartSeries {
  key: string;
  name: string;
  /** Counts of single incidents: points side by side, never joined into a line as if they were one toll. */
  incidents: boolean;
  points: ChartPoint[];
}

export interface TollChartData {
  series: ChartSeries[];
  xDomain: [number, number];
  /** One tick per report date: points beside a tick were reported on that date. */
  xTicks: number[];
  yMax: number;
  yTicks: number[];
}

const DAY = 24 * 3600 * 1000;

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
};

type Row = ResultOf<typeof TollChart_ReportedFigureFragment>;

const publisherOf = (f: Row) => f.source.publisher ?? hostOf(f.source.url);

const normalized = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/** What the figure summary says of each comparison's place (`FigureComparison`: subject, place, placeNames). */
export interface ComparedPlaces {
  subject: string;
  place: string | null;
  placeNames: readonly string[];
}

/**
 * The place a report is charted under: the one its comparison in the figure summary names it by, so that "Derna"
 * and "Derna, Libya" are one line as they are one comparison (the server decides which names are one place).
 */
function comparedPlaceOf(comparisons: readonly ComparedPlaces[]): (f: Row) => string {
  const named = new Map<string, string>();
  for (const c of comparisons) {
    if (!c.place) continue;
    for (const name of c.placeNames) named.set(`${normalized(c.subject)}|${normalized(name)}`, normalized(c.place));
  }
  return (f) => {
    const place = normalized(f.place ?? "");
    return named.get(`${normalized(f.subject)}|${place}`) ?? place;
  };
}

/** The fullest of the names a series' reports give their place ("Derna, Libya" over "Derna"). */
function fullestPlaceName(group: readonly Row[]): string {
  const names = group.flatMap((f) => (f.place?.trim() ? [f.place.trim()] : []));
  return names.reduce((fullest, name) => (name.split(",").length > fullest.split(",").length ? name : fullest), names[0] ?? "");
}

/**
 * One series per reporter and counted group ("people", "civilians"): the ministry's toll is one line whichever outlet
 * carried it, and the outlets are its secondary label ("Health Ministry (via Reuters, AP): people"). Who the reporter
 * is comes from the server (`ReportedFigure.reporter`), the same rule the figure summary compares by: the entity the
 * figure is attributed to, or else the outlet (publisher, or host). A reporter's counts of single incidents are a
 * series of their own, beside its running total, and so are its counts of each place when it names more than one
 * (as the summary never compares Derna's toll with Benghazi's, a line never runs from one to the other as if the toll
 * fell). Points in report order.
 */
export function tollChartData(
  figures: readonly FragmentOf<typeof TollChart_ReportedFigureFragment>[],
  comparisons: readonly ComparedPlaces[] = [],
): TollChartData {
  const rows = figures.map((f) => readFragment(TollChart_ReportedFigureFragment, f));
  const placeOf = comparedPlaceOf(comparisons);
  const countedKey = (f: Row) => `${f.reporter.key}|${f.subject.toLowerCase()}${f.scope === "INCIDENT" ? "|incident" : ""}`;
  const placesOf = new Map<string, Set<string>>();
  for (const f of rows) {
    if (!f.place?.trim()) continue;
    const places = placesOf.get(countedKey(f)) ?? new Set<string>();
    placesOf.set(countedKey(f), places.add(placeOf(f)));
  }
  const byPlace = (f: Row) => (placesOf.get(countedKey(f))?.size ?? 0) > 1;
  const seriesKey = (f: Row) => (byPlace(f) ? `${countedKey(f)}|${f.place?.trim() ? placeOf(f) : ""}` : countedKey(f));
  const members = groupBy(rows, seriesKey);
  const order = [...members.keys()];

  const times = rows.map((f) => Date.parse(f.reportedAt));
  const min = times.length ? times.reduce((a, b) => Math.min(a, b)) : Date.now();
  const max = times.length ? times.reduce((a, b) => Math.max(a, b)) : Date.now();
  const pad = Math.max((max - min) * 0.1, 3 * DAY);
  const xDomain: [number, number] = [min - pad, max + pad];
  const spacing = (xDomain[1] - xDomain[0]) * 0.035;

  // Reports made at the same moment (one article stating several figures) sit side by side, not on top of each other.
  const shift = new Map<string, number>();
  for (const group of groupBy(rows, (f) => Date.parse(f.reportedAt)).values()) {
    const sorted = [...group].sort(
      (a, b) => order.indexOf(seriesKey(a)) - order.indexOf(seriesKey(b)) || (centralValue(b) ?? 0) - (centralValue(a) ?? 0),
    );
    for (const [k, f] of sorted.entries()) shift.set(f.id, (k - (sorted.length - 1) / 2) * spacing);
  }

  const series = [...members].map(([key, group]) => {
    const first = group[0]!;
    const incidents = first.scope === "INCIDENT";
    const publishers = [...new Set(group.map(publisherOf))].join(", ");
    const where = byPlace(first) ? (first.place?.trim() ? ` in ${fullestPlaceName(group)}` : ", place not given") : "";
    const counted = `${first.subject}${where}${incidents ? ", single incidents" : ""}`;
    return {
      key,
      name: first.attributedTo ? `${first.reporter.name} (via ${publishers}): ${counted}` : `${first.reporter.name}: ${counted}`,
      incidents,
      points: group.map((f) => {
        const reportedAt = Date.parse(f.reportedAt);
        const vague = f.qualifier === "VAGUE";
        return {
          id: f.id,
          x: reportedAt + (shift.get(f.id) ?? 0),
          reportedAt,
          // A vague figure's bounds are a reading of its word: it sits at its floor, where its band starts.
          y: (vague ? f.low : centralValue(f)) ?? 0,
          low: f.low ?? null,
          high: f.high ?? null,
          openEnded: isOpenEnded(f.qualifier),
          vague,
          label: vague ? `“${vagueWord(f.statedText) ?? f.statedText}”` : formatFigure(f),
          statedText: f.statedText,
          publisher: publisherOf(f),
        };
      }),
    };
  });

  // The scale follows what was counted: a vague figure's upper bound ("hundreds": up to 999) is a reading of a word,
  // and like an open-ended figure's missing one it is drawn as a band running off the chart, never stretching it.
  const values = rows.flatMap((f) => [f.low, f.qualifier === "VAGUE" ? null : f.high].filter((v): v is number => v != null));
  const top = values.length ? values.reduce((a, b) => Math.max(a, b)) : 10;
  // Room above the highest bound, so an open-ended figure visibly continues upwards.
  const step = niceStep((top * 1.3) / 5);
  const yMax = Math.ceil((top * 1.3) / step) * step;
  const yTicks = Array.from({ length: Math.round(yMax / step) + 1 }, (_, i) => i * step);
  const xTicks = [...new Set(times)].sort((a, b) => a - b);
  return { series, xDomain, xTicks, yMax, yTicks };
}

/**
 * Items by key, in first-seen order. Lists grow in place: copying a key's list at every item made an event's timeline
 * of n reports take n² steps, as the server's figure summary once did (services/figure-summary.ts).
 */
function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** A series is drawn as a line only when it has reports at different times and they are not single incidents' counts. */
export const hasTrend = (series: ChartSeries) => !series.incidents && new Set(series.points.map((p) => p.reportedAt)).size > 1;

/** 1, 2, 2.5 or 5 times a power of ten, at least `value`. */
function niceStep(value: number): number {
  if (value <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10) * magnitude;
}
