import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { maskFragments } from "gql.tada";
import { formatFigure, isOpenEnded } from "./figure-label";
import { FigureTable, FigureTable_ReportedFigureFragment } from "./figure-table";
import { latakiaToll } from "./test-support";

describe("formatFigure", () => {
  it.each([
    [{ qualifier: "AT_LEAST", low: 1300, high: null }, "≥ 1,300"],
    [{ qualifier: "MORE_THAN", low: 800, high: null }, "> 800"],
    [{ qualifier: "UP_TO", low: null, high: 50 }, "≤ 50"],
    [{ qualifier: "APPROXIMATELY", low: 300, high: 300 }, "~300"],
    [{ qualifier: "APPROXIMATELY", low: 250, high: 350 }, "~250–350"],
    [{ qualifier: "EXACT", low: 12, high: 12 }, "12"],
    [{ qualifier: "RANGE", low: 1000, high: 1500 }, "1,000–1,500"],
    // A range whose ends meet is one number.
    [{ qualifier: "RANGE", low: 100, high: 100 }, "100"],
    [{ qualifier: "VAGUE", low: 200, high: 999, statedText: "hundreds of civilian deaths" }, "200–999 (hundreds)"],
    [{ qualifier: "VAGUE", low: 24, high: 99, statedText: "Dozens were injured" }, "24–99 (dozens)"],
    [{ qualifier: "VAGUE", low: 2000, high: 9999, statedText: "tens of thousands displaced" }, "2,000–9,999 (tens of thousands)"],
  ])("%o → %s", (figure, label) => {
    expect(formatFigure(figure)).toBe(label);
  });

  it("never shows an open-ended figure as an exact number", () => {
    expect(isOpenEnded("AT_LEAST")).toBe(true);
    expect(isOpenEnded("MORE_THAN")).toBe(true);
    expect(isOpenEnded("RANGE")).toBe(false);
  });
});

describe("FigureTable", () => {
  it("keeps the qualifier in the number column and the stated words next to it", () => {
    const figure = maskFragments([FigureTable_ReportedFigureFragment], {
      id: "f1",
      ...latakiaToll,
      place: "Latakia and Tartus, Syria",
      periodStart: "2025-03-08T00:00:00.000Z",
      periodEnd: "2025-03-10T00:00:00.000Z",
      periodPrecision: "DAY",
      periodText: "in the past three days",
      scope: "CUMULATIVE",
      reportedAt: "2025-03-10T18:00:00.000Z",
      attributedTo: null,
      source: { id: "s1", url: "https://example.org/a", title: "An article", publisher: "Example News" },
    });
    render(<FigureTable figures={[figure]} caption="Reported killed figures" />);
    const table = screen.getByRole("table", { name: "Reported killed figures" });
    // "Who" alone read as the reporter; the column holds who the figure counts (the form's own words).
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((th) => th.textContent),
    ).toEqual(["Figure", "Who is counted", "As stated", "Period", "Place", "Source", "Reported"]);
    const row = table.querySelector("tbody tr")!;
    expect(within(row as HTMLElement).getByText("≥ 1,300")).toBeTruthy();
    expect(row.textContent).toContain("“At least 1,300 people”");
    expect(row.textContent).toContain("8 Mar 2025 – 10 Mar 2025");
    expect(within(row as HTMLElement).getByText("Running total")).toBeTruthy();
    expect(
      within(row as HTMLElement)
        .getByRole("link", { name: "Example News" })
        .getAttribute("href"),
    ).toBe("https://example.org/a");
  });
});
