import { describe, expect, it } from "vitest";
import { maskFragments } from "gql.tada";
import { TollChart_ReportedFigureFragment, hasTrend, tollChartData } from "./toll-chart-data";

type SourceShape = { id: string; url: string; title: string | null; publisher: string | null };
const article: SourceShape = { id: "s1", url: "https://demo.factdesk.example/articles/a", title: "An article", publisher: null };
const monitor: SourceShape = { id: "s2", url: "https://monitor.example.org/toll", title: null, publisher: "Coast Monitor" };

const figure = (
  id: string,
  subject: string,
  qualifier: string,
  low: number | null,
  high: number | null,
  reportedAt: string,
  source = article,
  attributedTo: { id: string; name: string } | null = null,
  scope: "CUMULATIVE" | "INCIDENT" | null = null,
  place: string | null = null,
) =>
  maskFragments([TollChart_ReportedFigureFragment], {
    id,
    subject,
    place,
    qualifier,
    low,
    high,
    statedText: qualifier === "VAGUE" ? "hundreds of civilian deaths" : `${subject} ${id}`,
    reportedAt,
    scope,
    attributedTo,
    // What the server's ReportedFigure.reporter answers (services/figure-summary.ts reporterOf).
    reporter: attributedTo
      ? { key: `entity:${attributedTo.id}`, name: attributedTo.name }
      : {
          key: `outlet:${(source.publisher ?? new URL(source.url).hostname).toLowerCase()}`,
          name: source.publisher ?? new URL(source.url).hostname,
        },
    source,
  } as never);

const ministry = { id: "m1", name: "Health Ministry" };
const wire: SourceShape = { id: "s3", url: "https://wire.example/toll", title: null, publisher: "Wire" };

describe("tollChartData", () => {
  const data = tollChartData([
    figure("a", "people", "AT_LEAST", 1300, null, "2025-03-10T18:00:00.000Z"),
    figure("b", "civilians", "MORE_THAN", 800, null, "2025-03-10T18:00:00.000Z"),
    figure("c", "civilians", "VAGUE", 200, 999, "2025-03-10T18:00:00.000Z"),
    figure("d", "civilians", "RANGE", 1000, 1500, "2025-03-12T00:00:00.000Z", monitor),
  ]);

  it("makes one series per outlet and counted group when nobody is named for the figures, named by publisher or host", () => {
    expect(data.series.map((s) => s.name)).toEqual([
      "demo.factdesk.example: people",
      "demo.factdesk.example: civilians",
      "Coast Monitor: civilians",
    ]);
  });

  it("makes one series of a reporter's figures whichever outlet carried them, the outlets as a secondary label", () => {
    const byReporter = tollChartData([
      figure("m-a", "people", "AT_LEAST", 40, null, "2025-03-10T00:00:00.000Z", monitor, ministry),
      figure("m-b", "people", "AT_LEAST", 55, null, "2025-03-11T00:00:00.000Z", wire, ministry),
      figure("w", "people", "EXACT", 60, null, "2025-03-11T00:00:00.000Z", wire),
    ]);
    expect(byReporter.series.map((s) => [s.name, s.points.map((p) => [p.label, p.publisher])])).toEqual([
      [
        "Health Ministry (via Coast Monitor, Wire): people",
        [
          ["≥ 40", "Coast Monitor"],
          ["≥ 55", "Wire"],
        ],
      ],
      ["Wire: people", [["60", "Wire"]]],
    ]);
  });

  it("keeps a reporter's single-incident counts apart from its running total, and never draws them as a trend", () => {
    const war = tollChartData([
      figure("t1", "people", "AT_LEAST", 1300, null, "2025-03-10T00:00:00.000Z", monitor, ministry, "CUMULATIVE"),
      figure("t2", "people", "AT_LEAST", 1500, null, "2025-03-12T00:00:00.000Z", monitor, ministry, "CUMULATIVE"),
      figure("i1", "people", "EXACT", 17, null, "2025-03-11T00:00:00.000Z", monitor, ministry, "INCIDENT"),
      figure("i2", "people", "EXACT", 9, null, "2025-03-12T00:00:00.000Z", monitor, ministry, "INCIDENT"),
    ]);
    expect(war.series.map((s) => [s.name, s.points.map((p) => p.label), hasTrend(s)])).toEqual([
      ["Health Ministry (via Coast Monitor): people", ["≥ 1,300", "≥ 1,500"], true],
      ["Health Ministry (via Coast Monitor): people, single incidents", ["17", "9"], false],
    ]);
  });

  it("never joins one reporter's counts of different places into one line, as the summary never compares them", () => {
    const cumulative = "CUMULATIVE" as const;
    const storm = tollChartData([
      figure("d1", "people", "AT_LEAST", 2000, null, "2023-09-12T00:00:00.000Z", wire, ministry, cumulative, "Derna, Libya"),
      figure("d2", "people", "EXACT", 11300, null, "2023-09-14T00:00:00.000Z", wire, ministry, cumulative, " derna,  Libya"),
      // Was drawn as the toll falling from 11,300 to 150: it is another city's count.
      figure("b1", "people", "AT_LEAST", 150, null, "2023-09-15T00:00:00.000Z", wire, ministry, cumulative, "Benghazi, Libya"),
      figure("n1", "people", "AT_LEAST", 90, null, "2023-09-16T00:00:00.000Z", wire, ministry, cumulative),
      // One place named: nothing to tell apart, so no place in the name.
      figure("w1", "people", "EXACT", 60, null, "2023-09-12T00:00:00.000Z", wire, null, cumulative, "Derna, Libya"),
      figure("w2", "people", "EXACT", 70, null, "2023-09-13T00:00:00.000Z", wire, null, cumulative),
    ]);
    expect(storm.series.map((s) => [s.name, s.points.map((p) => p.label), hasTrend(s)])).toEqual([
      ["Health Ministry (via Wire): people in Derna, Libya", ["≥ 2,000", "11,300"], true],
      ["Health Ministry (via Wire): people in Benghazi, Libya", ["≥ 150"], false],
      ["Health Ministry (via Wire): people, place not given", ["≥ 90"], false],
      ["Wire: people", ["60", "70"], true],
    ]);
  });

  it("draws one line for a place the figure summary compares as one, however fully each report names it", () => {
    const cumulative = "CUMULATIVE" as const;
    const reports = [
      figure("d1", "people", "AT_LEAST", 2000, null, "2023-09-12T00:00:00.000Z", wire, ministry, cumulative, "Derna"),
      figure("d2", "people", "EXACT", 11300, null, "2023-09-14T00:00:00.000Z", wire, ministry, cumulative, "Derna, Libya"),
      figure("l1", "people", "EXACT", 6000, null, "2023-09-15T00:00:00.000Z", wire, ministry, cumulative, "Libya"),
    ];
    const comparisons = [
      { subject: "people", place: "Derna, Libya", placeNames: ["Derna", "Derna, Libya"] },
      { subject: "people", place: "Libya", placeNames: ["Libya"] },
    ];
    expect(tollChartData(reports, comparisons).series.map((s) => [s.name, s.points.map((p) => p.label)])).toEqual([
      ["Health Ministry (via Wire): people in Derna, Libya", ["≥ 2,000", "11,300"]],
      ["Health Ministry (via Wire): people in Libya", ["6,000"]],
    ]);
    // Without the summary's word on it, two names are two places.
    expect(tollChartData(reports).series).toHaveLength(3);
  });

  it("keeps a vague figure's upper bound from stretching the scale", () => {
    const vague = tollChartData([
      figure("v", "people", "VAGUE", 1000, 9999, "2025-03-10T00:00:00.000Z"),
      figure("n", "people", "AT_LEAST", 1300, null, "2025-03-11T00:00:00.000Z"),
    ]);
    expect(vague.yMax).toBeLessThan(2500);
    expect(vague.series[0]!.points[0]).toMatchObject({ vague: true, y: 1000, label: "“hundreds”" });
  });

  it("labels every point with its qualifier and plots it at its central value or its one bound, a vague one at its floor with its words", () => {
    const points = data.series.flatMap((s) => s.points);
    expect(points.map((p) => [p.label, p.y, p.openEnded])).toEqual([
      ["≥ 1,300", 1300, true],
      ["> 800", 800, true],
      ["“hundreds”", 200, false],
      ["1,000–1,500", 1250, false],
    ]);
  });

  it("spreads same-time reports side by side and ticks only the report dates", () => {
    const sameTime = data.series.flatMap((s) => s.points).filter((p) => p.reportedAt === Date.parse("2025-03-10T18:00:00.000Z"));
    expect(new Set(sameTime.map((p) => p.x)).size).toBe(3);
    expect(data.xTicks).toEqual([Date.parse("2025-03-10T18:00:00.000Z"), Date.parse("2025-03-12T00:00:00.000Z")]);
  });

  it("leaves room above the highest bound with round ticks", () => {
    expect(data.yMax).toBeGreaterThan(1500);
    expect(data.yTicks[0]).toBe(0);
    expect(data.yTicks.at(-1)).toBe(data.yMax);
    expect(data.yTicks.every((t) => t % 100 === 0)).toBe(true);
  });
});
