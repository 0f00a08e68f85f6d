// Display text for the schema's enums and values; one place so every screen words things the same way.

import { ratingLabelText as ratingLabelWords } from "../../../server/src/services/rating-label-text";
import { valuesOf, type Enum } from "./enums";

const numberFormat = new Intl.NumberFormat("en-GB");

export const formatNumber = (n: number) => numberFormat.format(n);

/**
 * The spread between reporters' latest figures, or null where there is nothing to compare (fewer than two
 * reporters). Reporters who agree are said to agree, and a real but small difference is never rounded to "0%".
 */
export function formatSpread({
  spread,
  reporterCount,
}: {
  spread: { lowest: number; highest: number; relative: number } | null;
  reporterCount: number;
}) {
  if (!spread || reporterCount < 2) return null;
  if (spread.lowest === spread.highest) return `none (each says ${formatNumber(spread.lowest)})`;
  const percent = Math.round(spread.relative * 100);
  return `${formatNumber(spread.lowest)}–${formatNumber(spread.highest)} (${percent === 0 ? "under 1" : percent}%)`;
}

/** "MOSTLY_TRUE" → "Mostly true" */
export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** In workflow order. */
export const statusLabel: Record<Enum<"ClaimStatus">, string> = {
  NEW: "New",
  IN_REVIEW: "In review",
  NEEDS_EDITOR: "Needs editor",
  PUBLISHED: "Published",
  ARCHIVED: "Archived",
};

export const statusOrder = valuesOf(statusLabel);

/** From true to false, then unverifiable; worded as the server words them in ClaimReview markup. */
export const ratingLabelText: Record<Enum<"RatingLabel">, string> = ratingLabelWords;

/** A media item's verification, as the desk and its public pages word it (schema.org's MediaReview ratings). */
export const mediaVerificationLabel: Record<Enum<"MediaVerification">, string> = {
  UNVERIFIED: "Unverified",
  ORIGINAL: "Original",
  DECONTEXTUALIZED: "Decontextualized",
  EDITED_OR_CROPPED: "Edited or cropped",
  TRANSFORMED: "Transformed",
  STAGED: "Staged",
  SATIRE_OR_PARODY: "Satire or parody",
};

export const claimKindLabel: Record<Enum<"ClaimKind">, string> = {
  STATEMENT: "Statement",
  QUOTE: "Quote",
  FIGURE: "Figure",
  MEDIA: "Media",
  EVENT: "Event",
};

/** From the most precise to the least. */
export const datePrecisionLabel: Record<Enum<"DatePrecision">, string> = {
  HOUR: "Hour",
  DAY: "Day",
  WEEK: "Week",
  MONTH: "Month",
  YEAR: "Year",
};

/** From the most precise to the least. */
export const placePrecisionLabel: Record<Enum<"PlacePrecision">, string> = {
  STREET: "Street",
  NEIGHBOURHOOD: "Neighbourhood",
  DISTRICT: "District",
  CITY: "City",
  REGION: "Region",
  COUNTRY: "Country",
};

export const entityKindLabel: Record<Enum<"EntityKind">, string> = {
  PERSON: "Person",
  ORGANISATION: "Organisation",
  GOVERNMENT: "Government",
  MEDIA_OUTLET: "Media outlet",
};

export const roleLabel: Record<Enum<"Role">, string> = { REVIEWER: "Reviewer", EDITOR: "Editor", ADMIN: "Admin" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTimeFields = {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
} as const;
// The reader's own time zone (the browser's); UTC for what the server renders and for the hover text.
const localDateTimeFormat = new Intl.DateTimeFormat("en-GB", dateTimeFields);
const utcDateTimeFormat = new Intl.DateTimeFormat("en-GB", { ...dateTimeFields, timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** A date shown as precisely as it is known (MONTH precision: "March 2025"). Dates are UTC throughout FactDesk. */
export function formatDate(iso: string | null | undefined, precision?: string | null): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (precision === "YEAR") return String(date.getUTCFullYear());
  if (precision === "MONTH") return monthFormat.format(date);
  if (precision === "WEEK") return `week of ${dateFormat.format(date)}`;
  // An hour is a moment: stated in UTC, as the dates are ("the past 24 hours" ends at the hour it was published).
  if (precision === "HOUR") return formatUtcDateTime(iso);
  return dateFormat.format(date);
}

/** A moment in the reader's time zone ("10 Mar 2025, 14:00 EET"). */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? localDateTimeFormat.format(new Date(iso)) : "—";
}

/** A moment in UTC ("10 Mar 2025, 12:00 UTC"): server-rendered pages, and the hover text of local times. */
export function formatUtcDateTime(iso: string | null | undefined): string {
  return iso ? utcDateTimeFormat.format(new Date(iso)) : "—";
}

/** "2025-03-10T00:00:00.000Z" → "2025-03-10" for <input type="date">. */
export const toDateInput = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : "");

/** <input type="date"> value → ISO instant at UTC midnight, or null when empty. */
export const fromDateInput = (value: string) => (value ? new Date(`${value}T00:00:00.000Z`).toISOString() : null);

/** Text cut to at most `max` characters, ending in "…" when cut. */
export const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
