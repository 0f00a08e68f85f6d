import fs from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type CorpusArticle,
  RATE_NAMES,
  type Rates,
  corpusDir,
  evaluate,
  readRecorded,
  scoreArticle,
} from "../../bench/lib/ingest-eval.js";

// Extraction quality may not slip: every overall rate (dev and test totals) stays within 2 points of the one
// recorded by `pnpm eval:ingest` in bench/results/ingest-eval.json. Re-record there after an intended change.

const TOLERANCE = 2;
const dir = corpusDir();
const present = fs.existsSync(dir);
const missing = `the labelled corpus is not at ${dir}: clone the repository next to shared/ or set FACTDESK_CORPUS`;

// A checkout without the corpus beside it (../shared/corpus) cannot measure anything: the check is skipped, saying
// so loudly, rather than failing every other test's run with it. FACTDESK_REQUIRE_CORPUS=1 makes it a failure.
if (!present) console.warn(`ingest evaluation skipped: ${missing}`);

describe("extraction quality on the labelled corpus", () => {
  if (!present && process.env.FACTDESK_REQUIRE_CORPUS === "1") {
    it("has the corpus", () => {
      expect.fail(missing);
    });
    return;
  }

  it.skipIf(!present)(`stays within ${TOLERANCE} points of the recorded rates`, () => {
    const recorded = readRecorded();
    const { evaluation } = evaluate();
    const drops: string[] = [];
    for (const split of ["dev", "test"] as const) {
      for (const rate of Object.keys(RATE_NAMES) as (keyof Rates)[]) {
        const was = recorded[split].total[rate];
        const now = evaluation[split].total[rate];
        if (now < was - TOLERANCE) drops.push(`${split} ${RATE_NAMES[rate]}: ${now} % (recorded ${was} %)`);
      }
    }
    expect(drops, "rates more than 2 points below bench/results/ingest-eval.json").toEqual([]);
  });
});

describe("matching statements to labels", () => {
  const article = (body: string, starts: string[]): CorpusArticle => ({
    name: "sample",
    split: "dev",
    url: null,
    title: null,
    publishedAt: null,
    body,
    labels: { figures: [], statements: starts.map((s) => ({ speaker: "A military spokesman", role: null, starts: s })) },
  });

  it("finds a statement told through an act verb by the words after the verb, and its particle", () => {
    const body =
      "A military spokesman accused the rebels of using civilians as shields. The UN called for an end to the violence. The army denied that civilians were killed.";
    const { counts } = scoreArticle(
      article(body, ["the rebels of using civilians as shields", "an end to the violence", "civilians were killed"]),
    );
    expect(counts.foundStatements).toBe(3);
  });

  it("finds no statement whose words differ after the verb", () => {
    const { counts } = scoreArticle(
      article("A military spokesman accused the rebels of using civilians as shields.", ["the army of using"]),
    );
    expect(counts.foundStatements).toBe(0);
  });
});
