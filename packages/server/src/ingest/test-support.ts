import type { ExtractionResult } from "./types.js";

// Shared by the extractor's tests (*.test.ts); nothing else imports it.

/** Dates as ISO strings, so expectations read like the demo desk. */
export function comparable(result: ExtractionResult) {
  return {
    ...result,
    figures: result.figures.map((f) => ({
      ...f,
      periodStart: f.periodStart?.toISOString() ?? null,
      periodEnd: f.periodEnd?.toISOString() ?? null,
    })),
  };
}
