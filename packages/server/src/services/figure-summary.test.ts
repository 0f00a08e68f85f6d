import { describe, expect, it } from "vitest";
import { samePlaceKeys, summarizeFigures, type SummarizedFigure } from "./figure-summary.js";

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

describe("samePlaceKeys", () => {
  it("compares a place under the one fuller name that begins with all its parts", () => {
    const keys = samePlaceKeys(["derna", "derna, libya", "libya", "latakia and tartus", "latakia and tartus, syria", "syria"]);
    expect(Object.fromEntries(keys)).toEqual({
      derna: "derna, libya",
      "derna, libya": "derna, libya",
      libya: "libya",
      "latakia and tartus": "latakia and tartus, syria",
      "latakia and tartus, syria": "latakia and tartus, syria",
      syria: "syria",
    });
  });

  it("follows a chain of fuller names to the fullest and keeps a name two fuller names share apart", () => {
    const chain = samePlaceKeys(["derna", "derna, cyrenaica", "derna, cyrenaica, libya"]);
    expect(new Set(chain.values())).toEqual(new Set(["derna, cyrenaica, libya"]));
    const spelt = summarizeFigures(
      [
        { place: "Derna ,Libya", low: 5300, publisher: "A" },
        { place: " derna,  libya", low: 11300, publisher: "B" },
      ].map(({ place, low, publisher }, i) => ({
        id: `f${i}`,
        sourceId: `s${i}`,
        reportedAt: new Date(Date.UTC(2023, 8, 12 + i)),
        low,
        high: low,
        scope: null,
        qualifier: "EXACT" as const,
        subject: "people",
        place,
        attributedTo: null,
        source: { publisher, url: `https://${publisher.toLowerCase()}.example/toll` },
      })),
      "KILLED",
    );
    expect(spelt.comparisons.map((c) => [c.placeNames, c.reporterCount])).toEqual([[["Derna ,Libya", "derna,  libya"], 2]]);
    const ambiguous = samePlaceKeys(["tripoli", "tripoli, libya", "tripoli, lebanon"]);
    expect(Object.fromEntries(ambiguous)).toEqual({
      tripoli: "tripoli",
      "tripoli, libya": "tripoli, libya",
      "tripoli, lebanon": "tripoli, lebanon",
    });
  });
});
