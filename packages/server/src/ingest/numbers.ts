import type { Token } from "./tokens.js";

/** A number written in the text, over tokens [from, to). */
export interface NumberMention {
  from: number;
  to: number;
  low: number;
  high: number;
  /** A vague quantity word ("hundreds"): low–high is the documented range below. */
  vague: boolean;
  /** Stated as a round count that is idiomatically approximate ("a dozen"). */
  approximate: boolean;
  /** Two numbers given as a span inside one token ("40-60"). */
  range: boolean;
}

/**
 * Ranges we record for vague quantity words. A plural "hundreds" means at least two hundred and fewer than a
 * thousand, and so on; "dozens" starts at two dozen, "scores" at two score. "A few/several hundred" (or dozen) read as
 * "hundreds"; "several" alone is three to nine.
 */
export const VAGUE_RANGES: ReadonlyArray<{ words: readonly string[]; low: number; high: number }> = [
  { words: ["tens", "of", "thousands"], low: 20_000, high: 99_999 },
  { words: ["tens", "of", "millions"], low: 20_000_000, high: 99_999_999 },
  { words: ["hundreds", "of", "millions"], low: 200_000_000, high: 999_999_999 },
  { words: ["hundreds", "of", "thousands"], low: 200_000, high: 999_999 },
  { words: ["several", "hundred", "thousand"], low: 200_000, high: 999_999 },
  { words: ["several", "dozen"], low: 24, high: 99 },
  { words: ["several", "dozens"], low: 24, high: 99 },
  { words: ["several", "hundred"], low: 200, high: 999 },
  { words: ["several", "thousand"], low: 2_000, high: 9_999 },
  { words: ["a", "few", "hundred"], low: 200, high: 999 },
  { words: ["a", "few", "thousand"], low: 2_000, high: 9_999 },
  { words: ["a", "few", "dozen"], low: 24, high: 99 },
  { words: ["dozens"], low: 24, high: 99 },
  { words: ["scores"], low: 40, high: 99 },
  { words: ["hundreds"], low: 200, high: 999 },
  { words: ["thousands"], low: 2_000, high: 9_999 },
  { words: ["millions"], low: 2_000_000, high: 9_999_999 },
  // "several people are missing": more than two or three and fewer than ten, as the corpus labels read it.
  { words: ["several"], low: 3, high: 9 },
];

// Dictionaries without a prototype: "constructor" or "toString" in the text is no number word.
const UNITS: Record<string, number> = Object.assign(Object.create(null), {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const SCALES: Record<string, number> = Object.assign(Object.create(null), {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  // South Asian English: "5 lakh people" (100,000), "1.2 crore" (10 million).
  lakh: 100_000,
  lakhs: 100_000,
  crore: 10_000_000,
  crores: 10_000_000,
});

/** Whether the word is a scale: "hundred", "thousand", "million", "billion". */
export function isScale(word: string): boolean {
  return SCALES[word] !== undefined;
}

/** "twenty-five" → 25, "seven" → 7, anything else → null. */
export function smallNumber(word: string): number | null {
  const named = UNITS[word];
  if (named !== undefined) return named;
  if (!word.includes("-")) return null;
  const parts = word.split("-");
  if (parts.length !== 2) return null;
  const [tens, unit] = parts as [string, string];
  const t = UNITS[tens];
  const u = UNITS[unit];
  return t !== undefined && u !== undefined && t >= 20 && t % 10 === 0 && u > 0 && u < 10 ? t + u : null;
}

const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
// "2,63,000 people": South Asian grouping, in lakhs and crores above the thousands.
const GROUPED_LAKHS = /^\d{1,2}(?:,\d{2})+,\d{3}$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const DASHED = /^(\d{1,3}(?:,\d{3})*|\d+)-(\d{1,3}(?:,\d{3})*|\d+)$/;
const GROUP_GAP = /^[ \u00a0\u202f\u2009]$/;

function digitsValue(text: string): number | null {
  if (GROUPED.test(text) || GROUPED_LAKHS.test(text)) return Number(text.replace(/,/g, ""));
  if (PLAIN.test(text)) return Number(text);
  return null;
}

// Continental notation: "1.300 people" (a point grouping thousands), "2,5 million" (a decimal comma).
const POINT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const DECIMAL_COMMA = /^\d{1,3},\d{1,2}$/;

/**
 * A number in continental notation, read only where English could not mean anything else: a point-grouped whole
 * count with no scale after it (in English "1.300" alone is a fraction, no count of people; "1.300 million" stays
 * 1.3 million), and a decimal comma before a scale ("2,5 million"; in English "2,5" is no number).
 */
function continentalValue(text: string, scaleFollows: boolean): number | null {
  if (!scaleFollows && POINT_GROUPED.test(text)) return Number(text.replace(/\./g, ""));
  if (scaleFollows && DECIMAL_COMMA.test(text)) return Number(text.replace(",", "."));
  return null;
}

function vagueAt(tokens: Token[], i: number): NumberMention | null {
  for (const v of VAGUE_RANGES) {
    if (v.words.every((w, k) => tokens[i + k]?.lower === w)) {
      return { from: i, to: i + v.words.length, low: v.low, high: v.high, vague: true, approximate: false, range: false };
    }
  }
  return null;
}

function digitsAt(tokens: Token[], i: number, source: string): NumberMention | null {
  const first = tokens[i];
  if (!first) return null;
  const dashed = first.text.match(DASHED);
  if (dashed) {
    const a = digitsValue(dashed[1] ?? "");
    const b = digitsValue(dashed[2] ?? "");
    if (a === null || b === null || a > b) return null;
    return { from: i, to: i + 1, low: a, high: b, vague: false, approximate: false, range: true };
  }
  // "some 16-hundred people", "an estimated 250-thousand": VOA's broadcast style joins the scale with a hyphen.
  const hyphenScaled = first.lower.includes("-") ? /^(\d+(?:\.\d+)?)-(hundred|thousand|million|billion)$/.exec(first.lower) : null;
  if (hyphenScaled) {
    const scaled = Math.round(Number(hyphenScaled[1]) * (SCALES[hyphenScaled[2] ?? ""] ?? 1));
    return { from: i, to: i + 1, low: scaled, high: scaled, vague: false, approximate: false, range: false };
  }
  // "1.5m people", "2bn": the scale written as a suffix.
  const suffixed = /^(\d+(?:\.\d+)?)(m|bn)$/.exec(first.lower);
  if (suffixed) {
    const scaled = Math.round(Number(suffixed[1]) * (suffixed[2] === "m" ? 1_000_000 : 1_000_000_000));
    return { from: i, to: i + 1, low: scaled, high: scaled, vague: false, approximate: false, range: false };
  }
  const scaleFollows = (SCALES[tokens[i + 1]?.lower ?? ""] ?? 0) >= 1_000;
  let value = continentalValue(first.text, scaleFollows) ?? digitsValue(first.text);
  if (value === null) return null;
  let to = i + 1;
  // "1 300": groups of three digits separated by a single (possibly non-breaking) space.
  if (/^\d{1,3}$/.test(first.text)) {
    let digits = first.text;
    for (let k = i + 1; ; k++) {
      const prev = tokens[k - 1];
      const next = tokens[k];
      if (!prev || !next || !/^\d{3}$/.test(next.text)) break;
      if (!GROUP_GAP.test(source.slice(prev.end, next.start))) break;
      digits += next.text;
      to = k + 1;
    }
    value = Number(digits);
  }
  // ("forced 2.5 millions to flee": a plural scale after a small number is the same scale; "since 2011 thousands
  // have died" is a year and a vague count.)
  const scaleWord = tokens[to]?.lower ?? "";
  const plural = value < 1_000 && /^(?:thousands|millions)$/.test(scaleWord);
  const scale = SCALES[plural ? scaleWord.slice(0, -1) : scaleWord];
  if (scale !== undefined && scale >= 1_000) {
    value = Math.round(value * scale); // 1.15 * 1e6 is 1149999.9999999998 in floating point
    to++;
  }
  if (!Number.isSafeInteger(value)) return null; // "2.5" alone is no count of people
  return { from: i, to, low: value, high: value, vague: false, approximate: false, range: false };
}

function fractionOfScale(tokens: Token[], k: number): { value: number; to: number } | null {
  const head = tokens[k]?.lower;
  // "two-and-a-half million", "two and a half million".
  const whole = head?.endsWith("-and-a-half") ? smallNumber(head.slice(0, -"-and-a-half".length)) : null;
  const wholeScale = whole !== null ? (SCALES[tokens[k + 1]?.lower ?? ""] ?? 0) : 0;
  if (whole !== null && wholeScale >= 1_000) return { value: (whole + 0.5) * wholeScale, to: k + 2 };
  const spaced = tokens[k + 3]?.lower === "half" && tokens[k + 1]?.lower === "and" ? smallNumber(head ?? "") : null;
  if (spaced !== null && tokens[k + 2]?.lower === "a") {
    const scale = SCALES[tokens[k + 4]?.lower ?? ""] ?? 0;
    if (scale >= 1_000) return { value: (spaced + 0.5) * scale, to: k + 5 };
  }
  // "half-a-million".
  const hyphenated = head?.startsWith("half-a") ? /^half-an?-(\p{Ll}+)$/u.exec(head) : null;
  if (hyphenated && (SCALES[hyphenated[1] ?? ""] ?? 0) >= 1_000) return { value: (SCALES[hyphenated[1] ?? ""] ?? 0) / 2, to: k + 1 };
  // (Every form below opens with one of these words: most tokens go no further.)
  if (!/^(?:half|a|three|one-quarter|a-quarter|three-quarters)$/.test(head ?? "")) return null;
  const w = (n: number) => tokens[k + n]?.lower ?? "";
  if (w(0) === "half" && /^(?:a|an)$/.test(w(1)) && (SCALES[w(2)] ?? 0) >= 1_000) return { value: (SCALES[w(2)] ?? 0) / 2, to: k + 3 };
  // "a quarter of a million", "three quarters of a million", or hyphenated: "more than one-quarter of a million people",
  // "three-quarters of a million".
  const hyphenQuarters = w(0) === "one-quarter" || w(0) === "a-quarter" ? 1 : w(0) === "three-quarters" ? 3 : 0;
  const spacedQuarters = w(0) === "a" && w(1) === "quarter" ? 1 : w(0) === "three" && /^quarters?$/.test(w(1)) ? 3 : 0;
  const quarters = hyphenQuarters || spacedQuarters;
  const of = hyphenQuarters ? k + 1 : k + 2;
  // ("a quarter of one million": "one" for "a".)
  const scale = SCALES[tokens[of + 2]?.lower ?? ""] ?? 0;
  if (quarters && tokens[of]?.lower === "of" && /^(?:a|an|one)$/.test(tokens[of + 1]?.lower ?? "") && scale >= 1_000) {
    return { value: (quarters * scale) / 4, to: of + 3 };
  }
  return null;
}

function wordsAt(tokens: Token[], i: number): NumberMention | null {
  let k = i;
  let total = 0;
  let current = 0;
  let seen = false;
  let lastWasScale = false;
  let approximate = false;
  if (tokens[k]?.lower === "half" && tokens[k + 1]?.lower === "a" && tokens[k + 2]?.lower === "dozen") {
    return { from: i, to: i + 3, low: 6, high: 6, vague: false, approximate: true, range: false };
  }
  // "half a million", "a quarter of a million", "three quarters of a million".
  const part = fractionOfScale(tokens, k);
  if (part) return { from: i, to: part.to, low: part.value, high: part.value, vague: false, approximate: false, range: false };
  for (;;) {
    const word = tokens[k]?.lower ?? "";
    const small = smallNumber(word);
    if ((word === "a" || word === "an") && !seen) {
      const next = tokens[k + 1]?.lower ?? "";
      if (!(next in SCALES) && next !== "dozen") break;
      current = 1;
      seen = true;
      k++;
      continue;
    }
    // "three-thousand residents", "one-hundred people": a count and its scale joined by a hyphen.
    const dash = word.lastIndexOf("-");
    const joinedScale = dash > 0 && (!seen || lastWasScale) ? SCALES[word.slice(dash + 1)] : undefined;
    const joinedCount = joinedScale !== undefined ? smallNumber(word.slice(0, dash)) : null;
    if (joinedCount !== null && joinedCount > 0) {
      const scale = joinedScale ?? 1;
      if (scale === 100) current += joinedCount * 100;
      else {
        total += (current + joinedCount) * scale;
        current = 0;
      }
      seen = true;
      lastWasScale = true;
      k++;
      continue;
    }
    const unitAfterTens = current % 100 >= 20 && current % 10 === 0 && small !== null && small < 10; // "twenty five"
    if (small !== null && (!seen || lastWasScale || unitAfterTens)) {
      current += small;
      seen = true;
      lastWasScale = false;
      k++;
      continue;
    }
    if (word === "dozen" && seen) {
      current = (current || 1) * 12;
      approximate = true;
      lastWasScale = false;
      k++;
      continue;
    }
    // "One hundred-and-86 people": VOA's broadcast style again, the scale and the rest joined by hyphens.
    const scaleAnd = seen && !lastWasScale ? /^(hundred|thousand)-and-(\d{1,2}|\p{Ll}+(?:-\p{Ll}+)?)$/u.exec(word) : null;
    const rest = scaleAnd ? (/^\d/.test(scaleAnd[2] ?? "") ? Number(scaleAnd[2]) : smallNumber(scaleAnd[2] ?? "")) : null;
    if (scaleAnd && rest !== null && rest < 100) {
      const by = SCALES[scaleAnd[1] ?? ""] ?? 1;
      if (by === 100) current = current * 100 + rest;
      else {
        total += current * by + rest;
        current = 0;
      }
      lastWasScale = false;
      k++;
      break;
    }
    const scale = SCALES[word];
    if (scale !== undefined && seen) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      lastWasScale = true;
      k++;
      continue;
    }
    if (word === "and" && seen && lastWasScale && smallNumber(tokens[k + 1]?.lower ?? "") !== null) {
      k++;
      continue;
    }
    break;
  }
  if (!seen || k === i) return null;
  // "a" alone is not a number; neither is a trailing "a" ("three a day").
  const value = total + current;
  if (value === 0 && tokens[i]?.lower !== "zero") return null;
  return { from: i, to: k, low: value, high: value, vague: false, approximate, range: false };
}

/** The scale a number ends in ("3 million" → 1,000,000), or 1. */
function scaleOf(tokens: Token[], m: NumberMention): number {
  return m.to - m.from > 1 ? (SCALES[tokens[m.to - 1]?.lower ?? ""] ?? 1) : 1;
}

/**
 * "between 2 and 3 million", "two to three thousand", "1.5 to 2 million": the first number of a span borrows the
 * scale of the second, when the span still rises: "900 to 1 million" stays as written.
 */
function sharedScale(tokens: Token[], i: number, source: string, found: NumberMention | null): NumberMention | null {
  const joiner = tokens[found?.to ?? i + 1]?.lower ?? "";
  const spans = /^(?:to|or|-|–)$/.test(joiner) || (joiner === "and" && tokens[i - 1]?.lower === "between");
  if (!spans || (found && (found.vague || found.range || scaleOf(tokens, found) > 1))) return found;
  const fraction = !found && /^\d+\.\d+$/.test(tokens[i]?.text ?? "") ? Number(tokens[i]?.text) : null;
  if (!found && fraction === null) return null;
  const at = found ? found.to + 1 : i + 2;
  const next = digitsAt(tokens, at, source) ?? wordsAt(tokens, at);
  const scale = next && !next.range ? scaleOf(tokens, next) : 1;
  const value = found ? found.low : (fraction as number);
  const scaled = Math.round(value * scale);
  if (scale < 1_000 || value >= 1_000 || !next || scaled > next.low) return found;
  return {
    from: i,
    to: found?.to ?? i + 1,
    low: scaled,
    high: scaled,
    vague: false,
    approximate: found?.approximate ?? false,
    range: false,
  };
}

/** "a four-man crew", "its 12-member crew", "a six-person team": a count joined to the noun it sizes; "twenty-odd". */
function sizedAt(tokens: Token[], i: number): NumberMention | null {
  // "twenty-odd people", "30-odd": about that many.
  const m = /^([a-z]+|\d+)-(man|member|person|strong|odd)$/.exec(tokens[i]?.lower ?? "");
  if (!m) return null;
  const value = /^\d+$/.test(m[1] ?? "") ? Number(m[1]) : smallNumber(m[1] ?? "");
  const approximate = m[2] === "odd";
  return value ? { from: i, to: i + 1, low: value, high: value, vague: false, approximate, range: false } : null;
}

/** Every number in the token list, longest reading first, non-overlapping, in order. */
export function scanNumbers(tokens: Token[], source: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const found =
      vagueAt(tokens, i) ?? sizedAt(tokens, i) ?? sharedScale(tokens, i, source, digitsAt(tokens, i, source) ?? wordsAt(tokens, i));
    if (found) {
      // "fourteen (14) victims", "two (2) others": a number written out, then in digits.
      const repeated =
        tokens[found.to]?.text === "(" &&
        tokens[found.to + 2]?.text === ")" &&
        /^\d+$/.test(tokens[found.to + 1]?.text ?? "") &&
        Number(tokens[found.to + 1]?.text) === found.low &&
        found.low === found.high &&
        !/^\d/.test(tokens[found.from]?.text ?? "");
      const mention = repeated ? { ...found, to: found.to + 3 } : found;
      out.push(mention);
      i = mention.to;
    } else i++;
  }
  return out;
}
