/**
 * The UTC offset each date-time read from a request was written with ("2025-03-10T01:00:00+03:00" → +180 minutes).
 * A Date keeps only the instant; the offset says which calendar day the writer meant, and an article's "yesterday"
 * or "on Monday" is counted from the day it was published where it was published, not from the day in UTC.
 */
const offsets = new WeakMap<Date, number>();

/** Notes the offset `written` (the string the date was parsed from) carries, and returns the date. */
export function rememberWrittenOffset(date: Date, written: unknown): Date {
  const m = typeof written === "string" ? written.trim().match(/(?:([+-])(\d{2}):?(\d{2})|Z)$/i) : null;
  if (m) offsets.set(date, m[1] ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0);
  return date;
}

/** The calendar day `date` fell on where it was written (UTC when no offset was given), as midnight UTC of that day. */
export function writtenDay(date: Date): Date {
  const local = new Date(date.getTime() + (offsets.get(date) ?? 0) * 60_000);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}
