import type { DatePrecision } from "./types.js";
import type { Sentence } from "./sentences.js";
import { smallNumber } from "./numbers.js";
import { writtenDay } from "../written-offsets.js";

export interface PeriodMention {
  start: number;
  end: number;
  text: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  precision: DatePrecision | null;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * Midnight UTC of the day of `d` where it was written (see written-offsets.ts): periods of DAY precision are whole
 * days, as in the demo desk, and an article published at 01:00 in Damascus was published that day, not the day before.
 */
const day = writtenDay;
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY);

/** The year of the last `month` (0–11) on or before the publication day: "in March" written in February is last year's. */
function yearOfLast(month: number, published: Date | null): number | null {
  if (!published) return null;
  const today = day(published);
  return today.getUTCFullYear() - (month > today.getUTCMonth() ? 1 : 0);
}

const MONTHS: Record<string, number> = {
  jan: 0,
  january: 0,
  feb: 1,
  february: 1,
  mar: 2,
  march: 2,
  apr: 3,
  april: 3,
  may: 4,
  jun: 5,
  june: 5,
  jul: 6,
  july: 6,
  aug: 7,
  august: 7,
  sep: 8,
  sept: 8,
  september: 8,
  oct: 9,
  october: 9,
  nov: 10,
  november: 10,
  dec: 11,
  december: 11,
};
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const PART = "(?:\\s+(?:morning|afternoon|evening|night))?";
// "Oct. 7", "October 7, 2023", "7 October 2023"
const DATE = `(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?)`;

/** Resolves a written date against the publication date: "Oct. 7" is the last Oct. 7 on or before it. */
function parseDate(text: string, published: Date | null): Date | null {
  const m = text.match(
    /([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?|(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)(?:\s+(\d{4}))?/,
  );
  if (!m) return null;
  const month = MONTHS[(m[1] ?? m[5] ?? "").toLowerCase()];
  const dayOfMonth = Number(m[2] ?? m[4]);
  const year = m[3] ?? m[6];
  if (month === undefined || !(dayOfMonth >= 1 && dayOfMonth <= 31)) return null;
  if (year) return new Date(Date.UTC(Number(year), month, dayOfMonth));
  if (!published) return null;
  const today = day(published);
  const candidate = new Date(Date.UTC(today.getUTCFullYear(), month, dayOfMonth));
  return candidate > today ? new Date(Date.UTC(today.getUTCFullYear() - 1, month, dayOfMonth)) : candidate;
}

/** The last `weekday` on or before the publication day. */
function lastWeekday(name: string, published: Date): Date {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const today = day(published);
  return addDays(today, -((today.getUTCDay() - target + 7) % 7));
}

/** "three" → 3, "seventy-two" → 72, "an" (hour) → 1; a word that is no count ("few") → undefined. */
const countWord = (word: string) => (word === "a" || word === "an" ? 1 : (smallNumber(word) ?? undefined));

type Resolver = (m: RegExpExecArray, published: Date | null) => Omit<PeriodMention, "start" | "end" | "text">;

const unresolved = { periodStart: null, periodEnd: null, precision: null };

const UNIT_PRECISION: Record<string, DatePrecision> = { hour: "HOUR", day: "DAY", week: "WEEK", month: "MONTH", year: "YEAR" };

const PATTERNS: Array<[RegExp, Resolver]> = [
  // "in the past three days", "over the past 24 hours", "in the last week"
  [
    /\b(?:in|over|during|within|for|throughout)\s+the\s+(?:past|last|previous|preceding)\s+(?:(\d+|[a-z]+(?:-[a-z]+)?)\s+)?(hour|day|week|month|year)s?\b/gi,
    (m, published) => {
      const unit = (m[2] ?? "day").toLowerCase();
      const n = m[1] === undefined ? 1 : /^\d+$/.test(m[1]) ? Number(m[1]) : countWord(m[1].toLowerCase());
      const precision = UNIT_PRECISION[unit] ?? "DAY";
      if (!published) return unresolved;
      if (n === undefined || m[1]?.toLowerCase() === "few") return { periodStart: null, periodEnd: day(published), precision: "WEEK" };
      if (unit === "hour") {
        const end = new Date(Math.floor(published.getTime() / HOUR) * HOUR);
        return { periodStart: new Date(end.getTime() - n * HOUR), periodEnd: end, precision };
      }
      // Whole days, both ends counted (as "last week" is Monday to Sunday): the past three days written on 10 March
      // are 8, 9 and 10 March, the publication day being the last.
      const end = day(published);
      const days = unit === "day" ? n : unit === "week" ? 7 * n : unit === "month" ? 30 * n : 365 * n;
      return { periodStart: addDays(end, 1 - days), periodEnd: end, precision };
    },
  ],
  // "in recent days": ends at publication, start unknown.
  [
    /\b(?:in|over)\s+(?:recent|the\s+past\s+few|the\s+last\s+few)\s+(days|weeks|months)\b/gi,
    (m, published) =>
      published
        ? { periodStart: null, periodEnd: day(published), precision: m[1]?.toLowerCase() === "days" ? "WEEK" : "MONTH" }
        : unresolved,
  ],
  // "since the war began in April 2023"
  [
    new RegExp(
      `\\bsince\\s+the\\s+(?:[\\p{L}-]+\\s+){1,2}(?:began|started|erupted|broke out)\\s+in\\s+(?:(${MONTH})\\s+)?(\\d{4})(?!\\d)`,
      "gu",
    ),
    (m, published) => {
      const month = m[1] ? (MONTHS[m[1].toLowerCase()] ?? 0) : 0;
      return {
        periodStart: new Date(Date.UTC(Number(m[2]), month, 1)),
        periodEnd: published ? day(published) : null,
        precision: m[1] ? "MONTH" : "YEAR",
      };
    },
  ],
  // "since the start of the war": kept as written, no date to resolve it to.
  [/\bsince\s+the\s+(?:start|beginning|outbreak|onset)\s+of\s+the\s+[\p{L}-]+/giu, () => unresolved],
  // "since Oct. 7", "since October 7, 2023", "since March", "since 2011"
  [
    new RegExp(`\\bsince\\s+(?:(${DATE})|(?:(?:early|mid|late)[- ])?(${MONTH})(?:\\s+(\\d{4}))?|(\\d{4}))(?![\\p{L}\\d])`, "gu"),
    (m, published) => {
      const end = published ? day(published) : null;
      if (m[1]) {
        const start = parseDate(m[1], published);
        return start ? { periodStart: start, periodEnd: end, precision: "DAY" } : unresolved;
      }
      if (m[2]) {
        const month = MONTHS[m[2].toLowerCase()] ?? 0;
        const year = m[3] ? Number(m[3]) : yearOfLast(month, published);
        return year === null ? unresolved : { periodStart: new Date(Date.UTC(year, month, 1)), periodEnd: end, precision: "MONTH" };
      }
      return { periodStart: new Date(Date.UTC(Number(m[4]), 0, 1)), periodEnd: end, precision: "YEAR" };
    },
  ],
  // "last week", "this week", "last month", "so far this year"
  [
    /\b(?:so far\s+)?(last|this|previous)\s+(week|weekend|month|year)\b/gi,
    (m, published) => {
      if (!published) return unresolved;
      const today = day(published);
      const which = (m[1] ?? "").toLowerCase();
      const unit = (m[2] ?? "").toLowerCase();
      const monday = addDays(today, -((today.getUTCDay() + 6) % 7));
      if (unit === "week") {
        return which === "this"
          ? { periodStart: monday, periodEnd: today, precision: "WEEK" }
          : { periodStart: addDays(monday, -7), periodEnd: addDays(monday, -1), precision: "WEEK" };
      }
      if (unit === "weekend") {
        const sunday = addDays(today, -today.getUTCDay());
        return { periodStart: addDays(sunday, -1), periodEnd: sunday, precision: "DAY" };
      }
      const y = today.getUTCFullYear();
      const mo = today.getUTCMonth();
      if (unit === "month") {
        return which === "this"
          ? { periodStart: new Date(Date.UTC(y, mo, 1)), periodEnd: today, precision: "MONTH" }
          : { periodStart: new Date(Date.UTC(y, mo - 1, 1)), periodEnd: new Date(Date.UTC(y, mo, 0)), precision: "MONTH" };
      }
      return which === "this"
        ? { periodStart: new Date(Date.UTC(y, 0, 1)), periodEnd: today, precision: "YEAR" }
        : { periodStart: new Date(Date.UTC(y - 1, 0, 1)), periodEnd: new Date(Date.UTC(y - 1, 11, 31)), precision: "YEAR" };
    },
  ],
  // "on Monday", "late Sunday", "on Monday night"
  [
    new RegExp(`\\b(?:(?:on|late|early|late on|early on|by|since)\\s+)?(${WEEKDAY})${PART}\\b`, "g"),
    (m, published) => {
      if (!published) return unresolved;
      const d = lastWeekday(m[1] ?? "", published);
      const since = /^since\s/i.test(m[0]);
      return { periodStart: d, periodEnd: since ? day(published) : d, precision: "DAY" };
    },
  ],
  // "yesterday", "today"
  [
    /\b(yesterday|today)\b/gi,
    (m, published) => {
      if (!published) return unresolved;
      const d = addDays(day(published), m[1]?.toLowerCase() === "yesterday" ? -1 : 0);
      return { periodStart: d, periodEnd: d, precision: "DAY" };
    },
  ],
  // "on March 5", "on 5 March 2024"
  [
    new RegExp(`\\bon\\s+(${DATE})(?![\\p{L}\\d])`, "gu"),
    (m, published) => {
      const d = parseDate(m[1] ?? "", published);
      return d ? { periodStart: d, periodEnd: d, precision: "DAY" } : unresolved;
    },
  ],
  // "in March", "in 2024"
  [
    new RegExp(`\\bin\\s+(?:(${MONTH})(?:\\s+(\\d{4}))?|(\\d{4}))(?![\\p{L}\\d])`, "gu"),
    (m, published) => {
      if (m[3]) {
        const y = Number(m[3]);
        return { periodStart: new Date(Date.UTC(y, 0, 1)), periodEnd: new Date(Date.UTC(y, 11, 31)), precision: "YEAR" };
      }
      const month = MONTHS[(m[1] ?? "").toLowerCase()] ?? 0;
      const year = m[2] ? Number(m[2]) : yearOfLast(month, published);
      if (year === null) return unresolved;
      return { periodStart: new Date(Date.UTC(year, month, 1)), periodEnd: new Date(Date.UTC(year, month + 1, 0)), precision: "MONTH" };
    },
  ],
];

/**
 * Dates at the edge of the Date range overflow to Invalid Date; a start after the end ("since Oct. 7, 2030" in a 2024
 * article) cannot be an interval. Neither is recorded.
 */
function sane(p: Omit<PeriodMention, "start" | "end" | "text">): Omit<PeriodMention, "start" | "end" | "text"> {
  const valid = (d: Date | null) => (d && !Number.isNaN(d.getTime()) ? d : null);
  const periodStart = valid(p.periodStart);
  let periodEnd = valid(p.periodEnd);
  if (periodStart && periodEnd && periodStart > periodEnd) periodEnd = null;
  return { periodStart, periodEnd, precision: periodStart || periodEnd ? p.precision : null };
}

/** Time expressions in a sentence, in order, resolved against the publication date where they are relative. */
export function findPeriods(sentence: Sentence, published: Date | null): PeriodMention[] {
  const found: PeriodMention[] = [];
  for (const [re, resolve] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence.text); m; m = re.exec(sentence.text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (found.some((p) => p.start < end && start < p.end)) continue;
      found.push({ start, end, text: m[0], ...sane(resolve(m, published)) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
