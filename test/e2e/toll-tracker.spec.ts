import fs from "node:fs";
import { describe, it } from "vitest";
import { expect, expectAccessible, pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";
import { seedEvent, seedFigure, seedSource } from "../testkit/seed.js";
import { globalId } from "../testkit/ids.js";

const desk = useDemoDesk();

describe("event and toll tracker", () => {
  it("charts the demo event's reported figures with their qualifiers, loading the chart only when needed", async () => {
    const page = await desk.openPage();
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });

    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByRole("link", { name: /At least 1,300 people/ }).click();
    await page.getByRole("heading", { level: 1, name: /At least 1,300 people/ }).waitFor();
    // The chart library is not part of the queue or the desk.
    expect(scripts.filter((s) => /toll-chart/.test(s))).toEqual([]);

    // A second source's figure, recorded from the desk. Bounds that contradict the qualifier come back as a
    // ValidationError shown under the bound.
    const figures = page.getByRole("region", { name: /^Figures/ });
    await figures.getByRole("button", { name: "Record a figure" }).click();
    const form = page.getByRole("form", { name: "Record a figure" });
    await form.getByLabel("Who is counted").fill("civilians");
    await form.getByLabel("Qualifier").selectOption("RANGE");
    await form.getByLabel("Low bound").fill("1,500");
    await form.getByLabel("High bound").fill("1,000");
    await form.getByLabel("Stated text").fill("between 1,000 and 1,500 civilians");
    await form.getByLabel("Period as stated").fill("since 6 March");
    await form.getByLabel("Place", { exact: true }).fill("Latakia and Tartus, Syria");
    await form.getByLabel("Reported on").fill("2025-03-12");
    await form.getByLabel("Attributed to").selectOption({ label: "European Union" });
    await form.getByLabel("Source", { exact: true }).selectOption({ label: "Another source (enter its URL)…" });
    await form.getByLabel("Source URL").fill("https://monitor.example.org/syria/coast-toll-2025-03-12");
    await form.getByRole("button", { name: "Record figure" }).click();
    await form.getByText("high must not be below low").waitFor();
    await expect(form.getByLabel("High bound")).toHaveAttribute("aria-invalid", "true");
    // A count with decimals is named under its field and never sent as a guess; a point between groups of three is
    // a thousands separator.
    await form.getByLabel("High bound").fill("1.5");
    await form.getByRole("button", { name: "Record figure" }).click();
    await form.getByText("A count is a whole number", { exact: false }).waitFor();
    await expect(form.locator(".figure-preview")).toContainText("—", { useInnerText: true });
    await form.getByLabel("Low bound").fill("1,000");
    await form.getByLabel("High bound").fill("1.500");
    await expect(form.getByText("A count is a whole number", { exact: false })).toHaveCount(0);
    await expect(form.locator(".figure-preview")).toContainText("1,000–1,500", { useInnerText: true });
    await form.getByRole("button", { name: "Record figure" }).click();
    await form.waitFor({ state: "detached" });
    await figures.getByText("between 1,000 and 1,500 civilians", { exact: false }).waitFor();

    await page.getByRole("link", { name: "Violence in coastal Syria, March 2025" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Violence in coastal Syria, March 2025" }).waitFor();
    const chart = page.getByTestId("toll-chart");
    await chart.locator(".recharts-wrapper > svg").waitFor();
    expect(scripts.some((s) => /toll-chart/.test(s))).toBe(true);

    // Every figure is labelled with its qualifier on the chart, a vague one with its words (not as 200–999) …
    const labels = chart.locator(".toll-chart-labels text");
    await expect.poll(() => labels.allTextContents()).toEqual(expect.arrayContaining(["≥ 1,300", "> 800", "“hundreds”", "1,000–1,500"]));
    expect(await labels.allTextContents()).not.toContain("200–999 (hundreds)");
    // The demo article's two figures were reported at the same moment; their labels never print over each other.
    const boxes = await labels.evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect().toJSON() as DOMRect));
    const overlapping = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom),
    );
    expect(overlapping).toEqual([]);
    // … one series per reporter and counted group (and place, where one reporter names several), the outlet that
    // carried it as a secondary label …
    await expect
      .poll(async () => (await chart.locator(".recharts-legend-item-text").allTextContents()).sort())
      .toEqual([
        "European Union (via monitor.example.org): civilians",
        "demo.factdesk.example: civilians in Latakia and Tartus, Syria",
        "demo.factdesk.example: civilians in Syria",
        "demo.factdesk.example: people",
      ]);
    // … ranges and open-ended figures are drawn as bands …
    await expect(chart.locator(".recharts-reference-area")).toHaveCount(4);
    // … and the table lists them as stated.
    const rows = page.getByRole("table", { name: "Reported killed figures" }).locator("tbody tr");
    await expect(rows).toHaveCount(4);
    for (const row of [
      /≥ 1,300[\s\S]*At least 1,300 people/,
      /> 800[\s\S]*over 800 civilians/,
      /200–999 \(hundreds\)[\s\S]*hundreds of civilian deaths/,
      /1,000–1,500[\s\S]*between 1,000 and 1,500 civilians[\s\S]*monitor\.example\.org/,
    ]) {
      await expect(rows.filter({ hasText: row })).toHaveCount(1);
    }
    // The bounds and spread compare like with like: the two reporters' counts of civilians in Latakia and Tartus, not
    // "at least 1,300 people" (a count of everyone) nor "hundreds of civilian deaths" (words, across Syria).
    const stats = page.locator(".stats");
    for (const stat of [
      /reports\s*4/i,
      /sources\s*2/i,
      /reporters\s*2/i,
      /lowest bound\s*800/i,
      /highest bound\s*1,500/i,
      /spread between reporters\s*800–1,250 \(36%\)/i,
    ]) {
      await expect(stats).toContainText(stat, { useInnerText: true });
    }
    await expect(page.getByTestId("compared")).toContainText(
      "compare civilians in Latakia and Tartus, Syria: European Union, demo.factdesk.example",
    );
    await screenshot(page, "toll-tracker");
    await expectAccessible(page, "event and toll tracker");

    // The same figures download as a spreadsheet, with the session the page already has.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("violence-in-coastal-syria-march-2025-figures.csv");
    const csv = fs.readFileSync((await download.path())!, "utf8");
    // A byte order mark first, so that Excel opens it as UTF-8.
    expect(csv.split("\n")[0]).toMatch(/^\uFEFFid,event,metric,subject,qualifier,low,high,statedText,/);
    expect(csv).toContain("between 1,000 and 1,500 civilians");

    await page.getByLabel("Metric").selectOption("INJURED");
    await page.getByText("No injured figures reported for this event.").waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it("pages the figure table past its first 100 rows, in report order, up to the newest, and corrects a figure there", async () => {
    const db = desk.server.app.database.prisma;
    const event = await seedEvent(db, { title: "A long war" });
    const source = await seedSource(db, { publisher: "Ministry" });
    for (let day = 0; day < 105; day++)
      await seedFigure(db, {
        eventId: event.id,
        sourceId: source.id,
        metric: "KILLED",
        qualifier: "EXACT",
        low: 100 + day,
        high: 100 + day,
        reportedAt: new Date(Date.UTC(2024, 0, 1 + day, 12)),
        statedText: `${100 + day} killed so far`,
        scope: "CUMULATIVE",
      });

    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.goto(`${desk.server.url}/events/${globalId("Event", event.id)}`);
    await page.getByRole("heading", { level: 1, name: "A long war" }).waitFor();
    await expect(page.locator(".stats")).toContainText(/reports\s*105/i, { useInnerText: true });
    // The chart draws a page of the timeline, and says so when there are more reports than it shows.
    await expect(page.getByText("The chart shows the latest 100 of 105 reports")).toBeVisible();
    const rows = page.getByRole("table", { name: "Reported killed figures" }).locator("tbody tr");
    await expect(rows).toHaveCount(100);
    await expect(page.getByText("Showing 100 of 105")).toBeVisible();
    await expect(rows.filter({ hasText: "204 killed so far" })).toHaveCount(0);

    await page.getByRole("button", { name: "Show more figures" }).click();
    await expect(rows).toHaveCount(105);
    // Oldest report first, through to the newest, which the first page had left out.
    await expect(rows.first()).toContainText("100 killed so far");
    await expect(rows.last()).toContainText("204 killed so far");
    await expect(page.getByRole("button", { name: "Show more figures" })).toHaveCount(0);

    // These figures were recorded against the event alone, with no claim desk to correct them on: the event's own
    // table corrects them, and the toll follows.
    await rows.first().getByRole("button", { name: "Edit “100 killed so far”" }).click();
    const form = page.getByRole("form", { name: "Edit figure" });
    await expect(form.getByLabel("Number")).toHaveValue("100");
    await form.getByLabel("Number").fill("90");
    await form.getByRole("button", { name: "Save figure" }).click();
    await form.waitFor({ state: "detached" });
    await expect(rows.filter({ hasText: "100 killed so far" }).locator(".figure-number")).toHaveText("90");
    await expect(page.locator(".stats")).toContainText(/lowest bound\s*90/i, { useInnerText: true });
    expect(pageErrors(page)).toEqual([]);
  });

  it("draws a place named more and less fully as one line, the place the summary compares, and a wider place apart", async () => {
    const db = desk.server.app.database.prisma;
    const event = await seedEvent(db, { title: "Storm Daniel" });
    const source = await seedSource(db, { publisher: "Wire" });
    const reports = [
      { place: "Derna", low: 2000, day: 12 },
      { place: "Derna, Libya", low: 11300, day: 14 },
      { place: "Libya", low: 6000, day: 15 },
    ];
    for (const { place, low, day } of reports)
      await seedFigure(db, {
        eventId: event.id,
        sourceId: source.id,
        metric: "KILLED",
        qualifier: "EXACT",
        low,
        high: low,
        place,
        reportedAt: new Date(Date.UTC(2023, 8, day, 12)),
        statedText: `${low} dead`,
        scope: "CUMULATIVE",
      });

    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.goto(`${desk.server.url}/events/${globalId("Event", event.id)}`);
    await page.getByRole("heading", { level: 1, name: "Storm Daniel" }).waitFor();
    const chart = page.getByTestId("toll-chart");
    await expect
      .poll(async () => (await chart.locator(".recharts-legend-item-text").allTextContents()).sort())
      .toEqual(["Wire: people in Derna, Libya", "Wire: people in Libya"]);
    expect(pageErrors(page)).toEqual([]);
  });
});
