import type { Enum } from "../../lib/enums";
import { fromDateInput, toDateInput } from "../../lib/format";

// A figure as its form holds it (text in inputs), and the input the API takes from it. Recording and editing a figure
// share these, so both send bounds the way the API checks them against the qualifier.

export type Qualifier = Enum<"FigureQualifier">;

/** Whether the qualifier has a lower bound (every one but "up to"); an exact figure's one number is its low. */
export const hasLow = (q: Qualifier) => q !== "UP_TO";

/** Whether the form asks for an upper bound: not for exact figures (high is low) or open-ended ones. */
export const hasHigh = (q: Qualifier) => q !== "AT_LEAST" && q !== "MORE_THAN" && q !== "EXACT";

export interface FigureDraft {
  metric: Enum<"FigureMetric">;
  subject: string;
  qualifier: Qualifier;
  /** As typed: "1,300", "1.300" and "1 300" are read as 1300 (see `parseCount`). */
  low: string;
  high: string;
  statedText: string;
  periodText: string;
  /** yyyy-mm-dd, or "" for none. */
  periodStart: string;
  periodEnd: string;
  periodPrecision: Enum<"DatePrecision"> | "";
  /** A running total or one incident's count; "" when the report does not say. */
  scope: Enum<"FigureScope"> | "";
  place: string;
  placePrecision: Enum<"PlacePrecision"> | "";
  /** An entity id, or "" for nobody named. */
  attributedTo: string;
  reportedAt: string;
}

/** Digits, or digits in groups of three set apart by one kind of separator: "1300", "1,300", "1.300", "1 300", "1'300". */
const COUNT = /^\d+$|^\d{1,3}(?:(,)\d{3}(?:\1\d{3})*|(\.)\d{3}(?:\2\d{3})*|([ \u00a0\u202f])\d{3}(?:\3\d{3})*|(['’])\d{3}(?:\4\d{3})*)$/;

/**
 * A count as typed → a number, null when empty, NaN when it is not a whole number written in digits. A count of
 * people has no decimals, so "1.300" is read as in most of Europe (1,300), never as 1.3.
 */
export function parseCount(text: string): number | null {
  const typed = text.trim();
  if (typed === "") return null;
  return COUNT.test(typed) ? Number(typed.replace(/\D/g, "")) : Number.NaN;
}

/** What is wrong with a typed count, or null when it reads as a whole number (or is empty). */
export function countProblem(text: string): string | null {
  const count = parseCount(text);
  if (count === null || Number.isSafeInteger(count)) return null;
  return /^\s*\d+[.,]\d{1,2}\s*$|^\s*\d+[.,]\d{4,}\s*$/.test(text)
    ? "A count is a whole number: type it in digits, such as 1300 or 1,300."
    : "Type the number in digits, such as 1300 or 1,300 (thousands may be set apart by commas, points or spaces).";
}

/** The bounds the qualifier asks for whose typed text is not a count: the form says so instead of sending them. */
export function unreadableBounds(draft: Pick<FigureDraft, "qualifier" | "low" | "high">): Array<{ path: string[]; message: string }> {
  const bounds = [hasLow(draft.qualifier) && "low", hasHigh(draft.qualifier) && "high"].filter((b): b is "low" | "high" => !!b);
  return bounds.flatMap((bound) => {
    const message = countProblem(draft[bound]);
    return message ? [{ path: ["input", bound], message }] : [];
  });
}

/** The bounds the API gets: only those the qualifier has, and an exact figure's number as both. */
export function draftBounds({ qualifier, low, high }: Pick<FigureDraft, "qualifier" | "low" | "high">) {
  return {
    low: hasLow(qualifier) ? parseCount(low) : null,
    high: qualifier === "EXACT" ? parseCount(low) : hasHigh(qualifier) ? parseCount(high) : null,
  };
}

/** The period as the API takes it: a date without a precision is known to the day. */
function draftPeriod({ periodStart, periodEnd, periodPrecision }: Pick<FigureDraft, "periodStart" | "periodEnd" | "periodPrecision">) {
  return {
    periodStart: fromDateInput(periodStart),
    periodEnd: fromDateInput(periodEnd),
    periodPrecision: periodStart || periodEnd ? periodPrecision || ("DAY" as const) : null,
  };
}

/** Every field of the draft as the API takes it (without the event, claim and source it is linked to). */
export function figureValues(draft: FigureDraft) {
  return {
    metric: draft.metric,
    subject: draft.subject,
    qualifier: draft.qualifier,
    ...draftBounds(draft),
    statedText: draft.statedText,
    ...draftPeriod(draft),
    periodText: draft.periodText.trim() || null,
    scope: draft.scope || null,
    place: draft.place.trim() || null,
    placePrecision: draft.placePrecision || null,
    attributedTo: draft.attributedTo || null,
    reportedAt: fromDateInput(draft.reportedAt),
  };
}

/** A new figure's starting values: an exact count of the killed, reported today. */
export function newFigureDraft(today = new Date()): FigureDraft {
  return {
    metric: "KILLED",
    subject: "",
    qualifier: "EXACT",
    low: "",
    high: "",
    statedText: "",
    periodText: "",
    periodStart: "",
    periodEnd: "",
    periodPrecision: "",
    scope: "",
    place: "",
    placePrecision: "",
    attributedTo: "",
    reportedAt: today.toISOString().slice(0, 10),
  };
}

/** A stored figure, as the API returns it. */
export interface StoredFigure {
  metric: Enum<"FigureMetric">;
  subject: string;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  statedText: string;
  periodText: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  periodPrecision: Enum<"DatePrecision"> | null;
  scope: Enum<"FigureScope"> | null;
  place: string | null;
  placePrecision: Enum<"PlacePrecision"> | null;
  attributedTo: { id: string } | null;
  reportedAt: string;
}

/** A stored figure in the form's terms, to edit it. An exact figure's number is shown once, as its low. */
export function figureDraftOf(figure: StoredFigure): FigureDraft {
  const count = (n: number | null) => (n == null ? "" : String(n));
  return {
    metric: figure.metric,
    subject: figure.subject,
    qualifier: figure.qualifier,
    low: count(figure.qualifier === "UP_TO" ? null : (figure.low ?? (figure.qualifier === "EXACT" ? figure.high : null))),
    high: count(hasHigh(figure.qualifier) ? figure.high : null),
    statedText: figure.statedText,
    periodText: figure.periodText ?? "",
    periodStart: toDateInput(figure.periodStart),
    periodEnd: toDateInput(figure.periodEnd),
    periodPrecision: figure.periodPrecision ?? "",
    scope: figure.scope ?? "",
    place: figure.place ?? "",
    placePrecision: figure.placePrecision ?? "",
    attributedTo: figure.attributedTo?.id ?? "",
    reportedAt: toDateInput(figure.reportedAt),
  };
}

/** What a figure links to, in the edit form: ids. */
export interface FigureLinks {
  event: string;
  source: string;
}

type FigureValues = ReturnType<typeof figureValues>;

/**
 * Only what the editor changed relative to `base` (what the form was opened with, or reloaded after a conflict), so a
 * colleague's edits to other fields survive. Fields the API checks together go together: the qualifier with both
 * bounds (a bound is checked against the qualifier), the period's dates with its precision.
 */
export function changedFigureInput(base: FigureDraft & FigureLinks, draft: FigureDraft & FigureLinks) {
  const values = figureValues(draft);
  const input: Partial<FigureValues & FigureLinks> = {};
  const changed = (...keys: (keyof (FigureDraft & FigureLinks))[]) => keys.some((key) => base[key] !== draft[key]);
  const take = <K extends keyof FigureValues>(...keys: K[]) => {
    for (const key of keys) input[key] = values[key];
  };
  if (changed("metric")) take("metric");
  if (changed("subject")) take("subject");
  if (changed("qualifier", "low", "high")) take("qualifier", "low", "high");
  if (changed("statedText")) take("statedText");
  if (changed("periodStart", "periodEnd", "periodPrecision")) take("periodStart", "periodEnd", "periodPrecision");
  if (changed("periodText")) take("periodText");
  if (changed("scope")) take("scope");
  if (changed("place")) take("place");
  if (changed("placePrecision")) take("placePrecision");
  if (changed("attributedTo")) take("attributedTo");
  if (changed("reportedAt")) take("reportedAt");
  if (changed("event")) input.event = draft.event;
  if (changed("source")) input.source = draft.source;
  return input;
}
