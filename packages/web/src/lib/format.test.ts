import { describe, expect, it } from "vitest";
import { formatDate } from "./format";

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
