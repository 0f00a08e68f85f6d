import { describe, expect, it } from "vitest";
import { summarizeFigures, type SummarizedFigure } from "./figure-summary.js";

describe("summarizeFigures", () => {
  it("summarises more reports than a function call takes arguments (Math.min(...lows) overflowed the stack)", () => {
    const count = 200_000;
    const figures: SummarizedFigure[] = Array.from({ length: count }, (_, i) => ({
      id: `f${i}`,
      sourceId: `s${i}`,
      reportedAt: new Date(Date.UTC(2020, 0, 1) + i * 60_000),
      low: 1_000 + i,
      high: 1_000 + i,
      scope: null,
      qualifier: "EXACT",
      subject: "people",
      place: null,
      attributedTo: null,
      // Every report from an outlet of its own: as many reporters as reports.
      source: { publisher: `Outlet ${i}`, url: `https://outlet-${i}.example/report` },
    }));
    const summary = summarizeFigures(figures, "KILLED");
    expect(summary.comparison).toMatchObject({
      reportCount: count,
      reporterCount: count,
      lowestBound: 1_000,
      highestBound: 1_000 + count - 1,
      spread: { lowest: 1_000, highest: 1_000 + count - 1 },
    });
  });
});
