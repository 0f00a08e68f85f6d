export interface Span {
  start: number;
  end: number;
}

/** A quotation: [start, end) includes the quote marks, [innerStart, innerEnd) is what was said. */
export interface QuoteSpan extends Span {
  innerStart: number;
  innerEnd: number;
}

export interface Sentence extends Span {
  text: string;
  paragraph: number;
  index: number;
  /** Quotations that lie inside this sentence. */
  quotes: QuoteSpan[];
}

interface Line extends Span {
  paragraph: number;
}

const PAIRS: Record<string, string> = { "“": "”", "«": "»", "‘": "’", '"': '"' };

/** Lines of the text; a quotation or sentence never crosses a line break. */
function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let paragraph = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      if (text.slice(start, i).trim() !== "") out.push({ start, end: i, paragraph: paragraph++ });
      start = i + 1;
    }
  }
  return out;
}

/**
 * Pairs quote marks within each line: “…”, «…», "…" and ‘…’. A ’ closes a single quote only when no letter follows
 * (so the apostrophe in “Russia’s” never does); nested marks of another kind are ignored; an unclosed quote is dropped.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  for (const line of lines(text)) {
    let open: { mark: string; at: number } | null = null;
    for (let i = line.start; i < line.end; i++) {
      const ch = text[i] ?? "";
      // ``…'': typewriter quotation marks of older wire copy, two characters each.
      if (ch === "`" && text[i + 1] === "`" && !open) {
        open = { mark: "``", at: i };
        i++;
        continue;
      }
      if (open?.mark === "``") {
        if (ch === "'" && text[i + 1] === "'") {
          quotes.push({ start: open.at, end: i + 2, innerStart: open.at + 2, innerEnd: i });
          open = null;
          i++;
        }
        continue;
      }
      if (open) {
        const closes = ch === PAIRS[open.mark] && (ch !== "’" || !/\p{L}/u.test(text[i + 1] ?? ""));
        if (closes) {
          quotes.push({ start: open.at, end: i + 1, innerStart: open.at + 1, innerEnd: i });
          open = null;
        }
      } else if (ch in PAIRS && (ch !== "‘" || !/\p{L}/u.test(text[i - 1] ?? ""))) {
        open = { mark: ch, at: i };
      }
    }
  }
  return quotes;
}

// Words whose trailing dot is not a sentence end.
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr prof gen lt col maj capt sgt cpl adm rev st jr sr gov sen rep pres amb supt insp cmdr " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun " +
    "no vs etc e.g i.e approx est inc ltd co corp dept univ fig al"
  ).split(" "),
);

// Latin letters only: abbreviations are English, and plain classes keep the first call cheap (no u-flag tables).
function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot).match(/([A-Za-z.]+)$/)?.[1] ?? "";
  if (before === "") return false;
  if (/^[A-Z]$/.test(before)) return true; // an initial: "John F. Kennedy"
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(before)) return true; // "U.S", "U.N", "a.m"
  return ABBREVIATIONS.has(before.toLowerCase());
}

const TERMINATOR = /[.!?…]+[”"’»)\]]*/gu;

/**
 * Longest stretch read as one sentence. News sentences stay well under it; text with no full stops (a list, a page's
 * markup, a hostile paste) is cut into pieces of at most this length at a clause or word boundary, because reading a
 * sentence costs time in proportion to its length for each figure in it, and each figure's claim quotes it whole.
 */
const MAX_SENTENCE_CHARS = 1_200;

/** Where to cut an over-long stretch: after the last "; " or ", " in its second half, else the last space, else anywhere. */
function cutPoint(text: string, start: number, end: number): number {
  const limit = start + MAX_SENTENCE_CHARS;
  if (end <= limit) return end;
  const window = text.slice(start + MAX_SENTENCE_CHARS / 2, limit);
  for (const boundary of [/[;,]\s(?!.*[;,]\s)/su, /\s(?!.*\s)/su]) {
    const at = window.search(boundary);
    if (at >= 0) return start + MAX_SENTENCE_CHARS / 2 + at + 1;
  }
  return limit;
}

/** Splits the text into sentences: never inside a quotation, never across a line break, not after "Oct." or "U.S.". */
export function splitSentences(text: string, quotes: QuoteSpan[]): Sentence[] {
  const sentences: Sentence[] = [];
  let firstQuote = 0; // quotes are ordered by start, sentences too: one pointer keeps this linear
  const push = (start: number, end: number, paragraph: number): void => {
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    if (end <= start) return;
    const cut = cutPoint(text, start, end);
    if (cut < end) {
      push(start, cut, paragraph);
      push(cut, end, paragraph);
      return;
    }
    while (firstQuote < quotes.length && (quotes[firstQuote]?.start ?? 0) < start) firstQuote++;
    const inside: QuoteSpan[] = [];
    for (let k = firstQuote; k < quotes.length; k++) {
      const quote = quotes[k];
      if (!quote || quote.start >= end) break;
      if (quote.end <= end) inside.push(quote);
    }
    sentences.push({ start, end, text: text.slice(start, end), paragraph, index: sentences.length, quotes: inside });
  };
  let open = 0;
  for (const line of lines(text)) {
    let start = line.start;
    for (const m of text.slice(line.start, line.end).matchAll(TERMINATOR)) {
      const mark = line.start + (m.index ?? 0);
      const end = mark + m[0].length;
      const next = text.slice(end, Math.min(line.end, end + 8));
      // Any word may start the next sentence (headlines and generated text start lower-case too); abbreviations are
      // what keeps "Oct. 7" and "U.S. officials" together.
      // "… police said.“The bomber came …”", "… he said.He added …": copies that lost the space still end a sentence
      // there, when a lower-case word or a number ("put the death toll at 30.Residents …") ends before the full stop.
      const glued = m[0] === "." && /^(?:“|\p{Lu}\p{Ll})/u.test(next) && /(?:\p{Ll}{2}|\d)$/u.test(text.slice(Math.max(0, mark - 2), mark));
      if (next.trim() !== "" && !glued && !/^\s+[\p{L}\p{N}“"‘«([`]/u.test(next)) continue;
      if (/^\.(?!\.)/.test(m[0]) && isAbbreviation(text, mark)) continue;
      while (open < quotes.length && (quotes[open]?.end ?? 0) <= mark) open++;
      const quote = quotes[open];
      if (quote && quote.start < mark && end < quote.end) continue; // the mark is inside a quotation
      push(start, end, line.paragraph);
      start = end;
    }
    push(start, line.end, line.paragraph);
  }
  return sentences;
}
