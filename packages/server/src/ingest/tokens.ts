import { PLACE_NAMES } from "./gazetteer.js";

/** A word (letters/digits joined by apostrophes, hyphens, inner dots or commas) or one punctuation character. */
export interface Token {
  text: string;
  lower: string;
  /** Absolute offsets in the article text. */
  start: number;
  end: number;
  isWord: boolean;
}

// Inner joiners keep "1,300", "1.2", "al-Sharaa", "Russia’s" and "twenty-five" in one token; a joiner must be
// followed by a letter or digit, so "people," still ends at the comma.
const TOKEN = /[\p{L}\p{N}]+(?:[’'\-.,][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = offset + (m.index ?? 0);
    const word = /^[\p{L}\p{N}]/u.test(m[0]);
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length, isWord: word });
  }
  return tokens;
}

/** Does the token sequence starting at `index` spell `phrase` (lower-case words)? */
export function matchesAt(tokens: Token[], index: number, phrase: readonly string[]): boolean {
  if (index < 0) return false;
  return phrase.every((word, k) => tokens[index + k]?.lower === word);
}

/** Does the token sequence ending just before `index` spell `phrase`? */
export function endsBefore(tokens: Token[], index: number, phrase: readonly string[]): boolean {
  return matchesAt(tokens, index - phrase.length, phrase);
}

export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "s")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const CLOSING = /[\s.,;:!?]+$/u;

/** Trims whitespace, leading separators and trailing sentence punctuation (closing quotes stay: they pair an opening one). */
export function trimClaim(text: string): string {
  return text
    .trim()
    .replace(CLOSING, "")
    .replace(/^[\s,;:]+/, "")
    .trim();
}

const FILED_FROM =
  /(?:[A-Z][A-Z .’'-]+(?:,\s*[A-Z][\w .’'-]{0,40})?\s*(?:\([\w ./&-]{1,40}\))?(?:\s*[—–]+|\s*--|\s+-|:)|[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*[A-Z][\w .’'-]{0,40}?\s*[—–]+)\s*/;
/**
 * "KHAN YOUNIS, Gaza Strip (AP) — ", "JAKARTA:", "Yaounde, Cameroon — " or a known place before a colon ("Dhaka:"):
 * where and by whom the story was filed, not part of any claim. The dash is a dash, not a hyphen: "UN-backed forces"
 * has no dateline, and "Peskov: Moscow is concerned" names a speaker, not a place.
 */
export const DATELINE = new RegExp(`^(?:${FILED_FROM.source}|(?:${PLACE_NAMES}):\\s+)`);

/**
 * A sentence as a claim's wording: without the article's dateline, with its first letter capitalised (reported
 * speech starts lower case: "said at least 40 soldiers were killed"), without trailing separators, and with one space
 * where markup was blanked out.
 */
export function claimWording(sentence: string): string {
  // Runs of spaces are where markup was blanked out (markup.ts).
  const text = trimClaim(sentence.replace(DATELINE, ""))
    .replace(/[ \t]{2,}(?=[,.;:!?”’)])/g, "")
    .replace(/[ \t]{2,}/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function wordCount(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:[’'\-.,][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
