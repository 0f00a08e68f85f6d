import { describe, expect, it } from "vitest";
import {
  changedFigureInput,
  draftBounds,
  figureDraftOf,
  figureValues,
  newFigureDraft,
  countProblem,
  parseCount,
  unreadableBounds,
  type StoredFigure,
} from "./figure-draft";
import { figureIssueFields } from "./figure-fields";
import { latakiaToll } from "./test-support";

const stored: StoredFigure = {
  ...latakiaToll,
  place: "Latakia and Tartus, Syria",
  placePrecision: "CITY",
  periodStart: "2025-03-07T00:00:00.000Z",
  periodEnd: "2025-03-10T00:00:00.000Z",
  periodPrecision: "DAY",
  periodText: "in the past three days",
  scope: "CUMULATIVE",
  attributedTo: null,
  reportedAt: "2025-03-10T00:00:00.000Z",
};

const opened = { ...figureDraftOf(stored), event: "event-1", source: "source-1" };

describe("figure drafts", () => {
  it("reads counts as typed, with thousands separators", () => {
    expect(parseCount("1,300")).toBe(1300);
    expect(parseCount(" 12 000 ")).toBe(12000);
    expect(parseCount("")).toBeNull();
    // A count of people has no decimals: a point between groups of three is a thousands separator.
    expect(parseCount("1.000")).toBe(1000);
    expect(parseCount("1.300.000")).toBe(1_300_000);
    expect(parseCount("1'300")).toBe(1300);
  });

  it.each([
    ["1.5", /whole number/],
    ["1.3000", /whole number/],
    ["1e3", /in digits/],
    ["0x10", /in digits/],
    ["1,30", /whole number/],
    ["1,300.000", /in digits/],
    ["-5", /in digits/],
  ])("refuses %s instead of guessing", (typed, message) => {
    expect(parseCount(typed)).toBeNaN();
    expect(countProblem(typed)).toMatch(message);
    expect(unreadableBounds({ qualifier: "RANGE", low: "12", high: typed })).toEqual([
      { path: ["input", "high"], message: expect.stringMatching(message) },
    ]);
  });

  it.each([
    ["EXACT", { low: 12, high: 12 }],
    ["AT_LEAST", { low: 12, high: null }],
    ["MORE_THAN", { low: 12, high: null }],
    ["UP_TO", { low: null, high: 40 }],
    ["APPROXIMATELY", { low: 12, high: 40 }],
    ["RANGE", { low: 12, high: 40 }],
    ["VAGUE", { low: 12, high: 40 }],
  ] as const)("sends only the bounds %s has", (qualifier, bounds) => {
    expect(draftBounds({ qualifier, low: "12", high: "40" })).toEqual(bounds);
  });

  it("leaves a bound the qualifier has no field for out of the fields its issues are shown under", () => {
    expect(figureIssueFields("EXACT")).not.toContain("high");
    expect(figureIssueFields("UP_TO")).not.toContain("low");
    expect(figureIssueFields("RANGE")).toEqual(expect.arrayContaining(["low", "high"]));
  });

  it("prefills a stored figure and gives back what it was", () => {
    expect(opened).toMatchObject({ qualifier: "AT_LEAST", low: "1300", high: "", periodStart: "2025-03-07", placePrecision: "CITY" });
    expect(figureValues(opened)).toEqual({
      ...latakiaToll,
      periodStart: stored.periodStart,
      periodEnd: stored.periodEnd,
      periodPrecision: "DAY",
      periodText: "in the past three days",
      scope: "CUMULATIVE",
      place: "Latakia and Tartus, Syria",
      placePrecision: "CITY",
      attributedTo: null,
      reportedAt: stored.reportedAt,
    });
  });

  it("shows an exact figure's number once, and an up-to figure's as its high", () => {
    expect(figureDraftOf({ ...stored, qualifier: "EXACT", low: 12, high: 12 })).toMatchObject({ low: "12", high: "" });
    expect(figureDraftOf({ ...stored, qualifier: "UP_TO", low: null, high: 50 })).toMatchObject({ low: "", high: "50" });
  });

  it("sends nothing when nothing changed", () => {
    expect(changedFigureInput(opened, { ...opened })).toEqual({});
  });

  it("sends the qualifier with both bounds when any of them changed", () => {
    expect(changedFigureInput(opened, { ...opened, qualifier: "RANGE", high: "1,500" })).toEqual({
      qualifier: "RANGE",
      low: 1300,
      high: 1500,
    });
    expect(changedFigureInput(opened, { ...opened, low: "1,400" })).toEqual({ qualifier: "AT_LEAST", low: 1400, high: null });
    // "Not stated" clears what a figure counts over time.
    expect(changedFigureInput(opened, { ...opened, scope: "" })).toEqual({ scope: null });
  });

  it("sends the period's dates with their precision, and clears the precision with the dates", () => {
    expect(changedFigureInput(opened, { ...opened, periodStart: "", periodEnd: "" })).toEqual({
      periodStart: null,
      periodEnd: null,
      periodPrecision: null,
    });
    expect(changedFigureInput(opened, { ...opened, periodPrecision: "WEEK" })).toEqual({
      periodStart: stored.periodStart,
      periodEnd: stored.periodEnd,
      periodPrecision: "WEEK",
    });
  });

  it("clears emptied optional text and sends changed links", () => {
    expect(changedFigureInput(opened, { ...opened, place: "  ", placePrecision: "", event: "event-2", source: "source-2" })).toEqual({
      place: null,
      placePrecision: null,
      event: "event-2",
      source: "source-2",
    });
  });

  it("starts a new figure as an exact count of the killed, reported today", () => {
    const draft = newFigureDraft(new Date("2025-03-12T09:00:00Z"));
    expect(draft).toMatchObject({ metric: "KILLED", qualifier: "EXACT", reportedAt: "2025-03-12" });
    expect(figureValues(draft)).toMatchObject({ periodStart: null, periodPrecision: null, place: null, attributedTo: null });
  });
});
