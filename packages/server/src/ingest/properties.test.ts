import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.js";
import { readableText } from "./markup.js";
import type { ExtractionResult } from "./types.js";

/** Pieces of news prose, mixed at random: enough structure to reach every rule, enough noise to break them. */
const TOKENS = [
  "At least",
  "more than",
  "over",
  "up to",
  "as many as",
  "around",
  "some",
  "nearly",
  "almost",
  "between",
  "and",
  "to",
  "or",
  "-",
  "–",
  "1,300",
  "1 300",
  "800",
  "2",
  "0",
  "40",
  "60",
  "1.2 million",
  "2 million",
  "three",
  "twenty-five",
  "a dozen",
  "half a dozen",
  "dozens of",
  "scores of",
  "hundreds of",
  "thousands of",
  "tens of thousands of",
  "2024",
  "Oct.",
  "7",
  "people",
  "civilians",
  "children",
  "health workers",
  "others",
  "of them",
  "civilian deaths",
  "dead",
  "killed",
  "were killed",
  "have been reportedly killed",
  "wounded",
  "injured",
  "missing",
  "displaced",
  "fled",
  "detained",
  "arrested",
  "forced from their homes",
  "the death toll rose to",
  "killing",
  ",",
  ".",
  ":",
  ";",
  "“",
  "”",
  '"',
  "‘",
  "’",
  "(",
  ")",
  "said",
  "told reporters",
  "stated that",
  "according to",
  "the health ministry",
  "the EU",
  "Kremlin spokesman Dmitry Peskov",
  "Russia’s UN ambassador, Vassily Nebenzia,",
  "Nebenzia",
  "he said",
  "she added",
  "it said",
  "the UN agency for Palestinian refugees, UNRWA,",
  "condemned",
  "attributed",
  "to",
  "blamed",
  "in Gaza",
  "in the cities of Latakia and Tartus",
  "in the past three days",
  "over the past 24 hours",
  "since Oct. 7",
  "last week",
  "on Monday",
  "in recent days",
  "videos",
  "allegedly depict",
  "purportedly show",
  "graphic",
  "footage",
  "photos",
  "appear to show",
  "executing",
  "which",
  "who",
  "\n",
  "\n\n",
  "  ",
  "U.S.",
  "Mr.",
  "al-Sharaa",
  "the war-torn country",
];

const newsLike = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((parts) => parts.join(" "));
const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: "grapheme", maxLength: 200 }),
  newsLike,
  fc.tuple(newsLike, fc.string({ maxLength: 40 }), newsLike).map(([a, b, c]) => `${a}${b}${c}`),
);
const anyDate = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(new Date(Number.NaN)),
  fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }),
  fc.date({ noInvalidDate: true }), // down to the edges of the Date range, where arithmetic overflows
);

function checkInvariants(text: string, result: ExtractionResult): void {
  const keys = new Set(result.entities.map((e) => e.key));
  expect(keys.size).toBe(result.entities.length);
  for (const item of [...result.statements, ...result.figures, ...result.media]) {
    expect(Number.isInteger(item.start) && Number.isInteger(item.end)).toBe(true);
    expect(0 <= item.start && item.start <= item.end && item.end <= text.length).toBe(true);
    // Verbatim: the pasted text at the same offsets, with any markup in it blanked out.
    expect(readableText(text).slice(item.start, item.end)).toBe(item.excerpt);
    expect(item.checkworthiness.score).toBeGreaterThanOrEqual(0);
    expect(item.checkworthiness.score).toBeLessThanOrEqual(1);
  }
  for (const s of result.statements) {
    if (s.speakerKey !== null) expect(keys.has(s.speakerKey)).toBe(true);
  }
  for (const f of result.figures) {
    expect(f.excerpt).toContain(f.statedText);
    if (f.attributedToKey !== null) expect(keys.has(f.attributedToKey)).toBe(true);
    for (const bound of [f.low, f.high]) {
      if (bound !== null) expect(Number.isSafeInteger(bound) && bound >= 0).toBe(true);
    }
    switch (f.qualifier) {
      case "EXACT":
      case "APPROXIMATELY":
        expect(f.low).not.toBeNull();
        expect(f.high).toBe(f.low);
        break;
      case "AT_LEAST":
      case "MORE_THAN":
        expect(f.low).not.toBeNull();
        expect(f.high).toBeNull();
        break;
      case "UP_TO":
        expect(f.low).toBeNull();
        expect(f.high).not.toBeNull();
        break;
      case "RANGE":
      case "VAGUE":
        expect(f.low).not.toBeNull();
        expect(f.high).not.toBeNull();
        expect(f.low ?? 0).toBeLessThanOrEqual(f.high ?? 0);
        break;
    }
    for (const d of [f.periodStart, f.periodEnd]) if (d !== null) expect(Number.isNaN(d.getTime())).toBe(false);
    if (f.periodStart && f.periodEnd) expect(f.periodStart.getTime()).toBeLessThanOrEqual(f.periodEnd.getTime());
  }
}

describe("extractor properties", () => {
  it("never throws, and every result keeps its invariants", () => {
    fc.assert(
      fc.property(anyText, anyDate, (text, publishedAt) => {
        checkInvariants(text, extractArticle({ text, publishedAt }));
      }),
      { numRuns: 600 },
    );
  });

  it("tolerates inputs that break the type (callers in plain JavaScript)", () => {
    const bad = [undefined, null, 42, {}, { text: 42 }, { text: null }, { text: "x", publishedAt: "2024-01-01" }];
    for (const input of bad) {
      expect(() => extractArticle(input as never)).not.toThrow();
    }
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(newsLike, (text) => {
        const publishedAt = new Date("2025-03-10T18:00:00Z");
        expect(extractArticle({ text, publishedAt })).toEqual(extractArticle({ text, publishedAt }));
      }),
      { numRuns: 100 },
    );
  });

  it("does not depend on what was extracted before (no state leaks between calls)", () => {
    const publishedAt = new Date("2025-03-10T18:00:00Z");
    const after = (previous: string, probe: string) => {
      extractArticle({ text: previous, publishedAt });
      return extractArticle({ text: probe, publishedAt });
    };
    // A regex's lastIndex left over from the quotation once hid the verb of the next call's first sentence.
    const probe = "She added that 300 people had died. Peskov said the talks failed.";
    const texts = (previous: string) => after(previous, probe).statements.map((s) => s.text);
    const expected = ["300 people had died", "the talks failed"];
    expect(texts("“We are ready,” said the Kremlin spokesman, Dmitry Peskov, at length.")).toEqual(expected);
    expect(texts("")).toEqual(expected);
    fc.assert(
      fc.property(newsLike, newsLike, newsLike, (a, b, text) => {
        expect(after(a, text)).toEqual(after(b, text));
      }),
      { numRuns: 300 },
    );
  });

  it("stays linear on long repetitive input (no pathological backtracking)", () => {
    const inputs = [
      "the ".repeat(20_000),
      `${"At least 1,300 people, including ".repeat(2_000)}killed.`,
      `“${"Many nations, ".repeat(5_000)}`,
      `${"Kremlin spokesman Dmitry Peskov said that ".repeat(2_000)}.`,
      "a".repeat(100_000),
      `${"1 ".repeat(20_000)}people were killed`,
      `${"in the city of Aa, ".repeat(3_000)}`,
    ];
    for (const text of inputs) checkInvariants(text, extractArticle({ text }));
  });

  it("reads text without full stops in pieces, so no claim quotes a whole page and every figure is still found", () => {
    // A one-line paste of 95,000 characters once took a figure per count with the whole line as its claim: 5,000
    // copies of it (450 MB of answer), and the server ran out of memory building it.
    const text = "at least 3 killed, ".repeat(5_000);
    const result = extractArticle({ text });
    checkInvariants(text, result);
    expect(result.figures).toHaveLength(5_000);
    expect(result.figures.every((f) => f.metric === "KILLED" && f.low === 3 && f.qualifier === "AT_LEAST")).toBe(true);
    expect(Math.max(...result.figures.map((f) => f.claimText.length))).toBeLessThanOrEqual(1_200);
    // Real sentences, however long, are not cut.
    const sentence = `The ministry said at least 40 people were killed ${"and many more were hurt in the towns along the coast ".repeat(18)}on Sunday.`;
    expect(sentence.length).toBeGreaterThan(1_000);
    const [figure, ...others] = extractArticle({ text: sentence }).figures;
    expect(others).toEqual([]);
    expect(figure?.claimText).toMatch(/^The ministry said at least 40 people were killed .{900,} on Sunday\.?$/);
  });
});
