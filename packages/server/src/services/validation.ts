import { z } from "zod";
import { ValidationError } from "../errors.js";

/**
 * Services name references by raw id (`claimId`); the GraphQL inputs name them by what they point at (`claim`).
 * Issue paths use the GraphQL names, so clients can put each message next to the field the user filled in.
 */
const graphqlFieldNames: Record<string, string> = {
  claimId: "claim",
  claimIds: "claims",
  claimantId: "claimant",
  eventId: "event",
  sourceId: "source",
  attributedToId: "attributedTo",
  firstSeenSourceId: "firstSeenSource",
  citedEvidenceIds: "citedEvidence",
};

/** The name a client knows an input field by (`claimant` for the service's `claimantId`). */
export const graphqlFieldName = (field: string) => graphqlFieldNames[field] ?? field;

/**
 * Parses `input` with `schema` or throws a ValidationError listing every invalid field. Every mutation takes its
 * fields in one `input` argument, so every issue path starts with "input".
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(
    result.error.issues.map((issue) => ({
      path: ["input", ...issue.path.map((segment) => graphqlFieldName(String(segment)))],
      message: issue.message,
    })),
  );
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, "g");
/** Characters that take no space: text made only of them (and spaces) looks blank. */
const INVISIBLE = /[\s\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;

/**
 * Trimmed text with a length limit. Text that would look blank (empty, or only spaces and zero-width characters) is
 * rejected, as are control characters other than tab and line breaks: they are invisible on the desk and make
 * XML feeds unreadable.
 */
export const text = (max: number, label = "Text") =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters`)
    .refine((value) => value.replace(INVISIBLE, "") !== "", `${label} must not be empty`)
    .refine((value) => !CONTROL_CHARACTER.test(value), `${label} must not contain control characters`);

/** Pasted text (an article): control characters become spaces instead of refusing the paste. */
export const pastedText = (max: number, label = "Text") =>
  z.preprocess((v) => (typeof v === "string" ? v.replace(CONTROL_CHARACTERS, " ") : v), text(max, label));

/** Removes what XML 1.0 cannot carry even escaped (control characters), for text stored before `text` refused it. */
export const xmlSafe = (value: string) => value.replace(CONTROL_CHARACTERS, "");

/** Optional trimmed text: null, undefined or blank (see `text`) become null. */
export const optionalText = (max: number, label = "Text") =>
  z.preprocess((v) => (typeof v === "string" && v.replace(INVISIBLE, "") === "" ? null : v), text(max, label).nullish());

const TRACKING_PARAMS = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|igshid|ref_src|cmpid)$/i;

/** A query parameter's name as written ("utm_source" in "utm_source=x", "single" in "single"), decoded where it can be. */
const parameterName = (pair: string) => {
  const name = pair.split("=", 1)[0]!.replace(/\+/g, " ");
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
};

/**
 * http(s) URLs only, normalized: lower-case host, no default port, no fragment, no tracking parameters, query
 * parameters sorted. The parameters keep their own spelling ("q=a%20b" stays, "?single" gets no "="): a site may
 * read them differently, and the URL shown is the one that works.
 */
export function normalizeUrl(raw: string): string {
  const url = new URL(raw.trim());
  url.hash = "";
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, "");
  const parameters = url.search
    .slice(1)
    .split("&")
    .filter((pair) => pair !== "" && !TRACKING_PARAMS.test(parameterName(pair)))
    .sort();
  url.search = parameters.length ? `?${parameters.join("&")}` : "";
  // "/report/" and "/report" name the same story on every news site we have seen.
  if (url.pathname !== "/") url.pathname = url.pathname.replace(/\/+$/, "");
  return url.toString();
}

/** An http(s) URL kept as given (trimmed): for links that are not an identity, such as a media item's or an archived copy's. */
export const linkUrl = z
  .string()
  .trim()
  .max(2048, "URL must be at most 2048 characters")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && !!url.hostname;
    } catch {
      return false;
    }
  }, "Must be an http:// or https:// URL")
  // "https://www.reuters.com@evil.example/" names evil.example: shown as a link, it would pass for Reuters.
  .refine((value) => {
    const url = URL.canParse(value) ? new URL(value) : null;
    return !url?.username && !url?.password;
  }, "Must not contain a user name or password");

/** An http(s) URL that identifies a source or an article: normalized (see `normalizeUrl`) so one story is found once. */
export const httpUrl = linkUrl.transform(normalizeUrl);

/** Whether PostgreSQL takes the instant as FactDesk stores it: years 1 to 9999 (JavaScript dates reach further, and year 0). */
export const isStorableDate = (date: Date) => {
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999;
};

const EARLIEST = new Date("1900-01-01T00:00:00Z");

/** A date between 1900 and tomorrow (clocks differ; nothing FactDesk records happens in the future). */
export const pastDate = z
  .date()
  .refine((d) => d >= EARLIEST, "Date must be after 1900")
  .refine((d) => d.getTime() <= Date.now() + 24 * 3600 * 1000, "Date must not be in the future");
