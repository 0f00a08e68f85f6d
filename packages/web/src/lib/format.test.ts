import { describe, expect, it } from "vitest";
import { formatDate, formatSpread } from "./format";

describe("dates as precise as they are known", () => {
  it.each([
    ["2025-03-10T00:00:00.000Z", "DAY", "10 Mar 2025"],
    ["2025-03-03T00:00:00.000Z", "WEEK", "week of 3 Mar 2025"],
    ["2025-03-01T00:00:00.000Z", "MONTH", "March 2025"],
    ["2025-01-01T00:00:00.000Z", "YEAR", "2025"],
    ["2025-03-10T18:00:00.000Z", "HOUR", "10 Mar 2025, 18:00 UTC"],
  ])("%s at %s precision → %s", (iso, precision, text) => {
    expect(formatDate(iso, precision)).toBe(text);
  });
});

describe("the spread between reporters", () => {
  it.each([
    [{ lowest: 800, highest: 1250, relative: 0.36 }, 2, "800–1,250 (36%)"],
    [{ lowest: 1300, highest: 1305, relative: 5 / 1305 }, 2, "1,300–1,305 (under 1%)"],
    [{ lowest: 1300, highest: 1300, relative: 0 }, 3, "none (each says 1,300)"],
    [{ lowest: 1300, highest: 1300, relative: 0 }, 1, null],
    [null, 2, null],
  ])("%o among %i reporters → %s", (spread, reporters, text) => {
    expect(formatSpread({ spread, reporterCount: reporters })).toBe(text);
  });
});
