import { describe, it } from "vitest";
import type { Page } from "playwright-core";
import { expect, expectAccessible, screenshot, signIn, useDemoDesk } from "./support/browser.js";

const desk = useDemoDesk();
let narrowPage: Page | undefined;

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("360 px wide", () => {
  it("the queue, the claim desk and the toll tracker fit without sideways scrolling", async () => {
    const page = await desk.openPage({ width: 360, height: 740 });
    narrowPage = page;
    await signIn(page, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    await page.getByRole("heading", { name: "Claim queue" }).waitFor();
    await page.getByRole("list", { name: "Claims" }).waitFor();
    await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await screenshot(page, "narrow-queue");
    await expectAccessible(page, "claim queue at 360 px");

    await page.getByRole("link", { name: /Videos circulating online/ }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByRole("region", { name: /^Media/ }).waitFor();
    await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "narrow-claim-desk");
    await expectAccessible(page, "claim desk at 360 px");

    await page.getByRole("link", { name: "Violence in coastal Syria, March 2025" }).first().click();
    await page.getByTestId("toll-chart").locator(".recharts-wrapper > svg").waitFor();
    await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "narrow-toll-tracker");
  });

  it("the new-claim form, a pasted article's preview and search results fit too", async () => {
    // Continues in the first test's signed-in page.
    const page = narrowPage!;
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claim queue" }).click();
    await page.getByRole("button", { name: "New claim" }).click();
    await page.getByRole("form", { name: "New claim" }).waitFor();
    await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Paste an article" }).click();
    const form = page.getByRole("form", { name: "Article" });
    await form.getByLabel("URL").fill("https://wire.example/latakia-short");
    await form.getByLabel("Published at").fill("2025-03-11");
    await form
      .getByLabel("Article text")
      .fill(
        "Kremlin spokesman Dmitry Peskov said that Russia was deeply concerned about the situation in Syria. " +
          "At least 40 people were reportedly killed in Latakia on Tuesday. " +
          "Graphic videos circulating online allegedly show the aftermath of the shelling.",
      );
    await form.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("region", { name: "Found in the article" }).waitFor();
    await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
    // Scrolled to the end, the sticky save bar sits in its place instead of over the list.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await screenshot(page, "narrow-ingest-preview");
    await expectAccessible(page, "ingest preview at 360 px");

    const box = page.getByRole("search", { name: "Search the desk" }).getByLabel("Search", { exact: true });
    await box.fill("Peskov");
    await box.press("Enter");
    await page.getByRole("region", { name: /^People and organisations/ }).waitFor();
    await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "narrow-search");
    await expectAccessible(page, "search at 360 px");
  });
});

describe("a phone, 390 × 844", () => {
  it("the queue's filters fold behind a button; the claim desk keeps its actions and Rate in a bar, one tap from the rating form", async () => {
    const page = await desk.openPage({ width: 390, height: 844 });
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByRole("heading", { name: "Claim queue" }).waitFor();
    const filters = page.getByRole("search", { name: "Filter claims" });
    const toggle = page.getByRole("button", { name: "Filters" });
    await expect(filters).toBeHidden();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await toggle.click();
    await expect(filters).toBeVisible();
    await expect(page.getByRole("button", { name: "Hide filters" })).toHaveAttribute("aria-expanded", "true");
    await filters.getByLabel("Search claims").fill("communicating");
    await expect(page.getByRole("list", { name: "Claims" }).getByRole("listitem")).toHaveCount(1);
    await screenshot(page, "phone-queue-filters");
    await expectAccessible(page, "claim queue on a phone");

    await page.getByRole("link", { name: /Russia and the US are communicating/ }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    const workflow = page.getByRole("region", { name: "Workflow" });
    const rate = page.getByRole("button", { name: "Rate", exact: true });
    // The actions stay on screen wherever the reader has scrolled to.
    await page.getByRole("region", { name: "History" }).scrollIntoViewIfNeeded();
    await expect(workflow).toBeInViewport();
    await expect(rate).toBeInViewport();
    await expect.poll(() => horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "phone-claim-desk");

    await rate.click();
    const label = page.getByRole("form", { name: "Rate this claim" }).getByLabel("Label");
    await expect(label).toBeFocused();
    await expect(label).toBeInViewport();
    await screenshot(page, "phone-rate");
    await expectAccessible(page, "claim desk on a phone");

    // Times are the reader's, with UTC on hover.
    const when = page.getByRole("region", { name: "History" }).locator("time").first();
    await expect(when).toHaveAttribute("title", /UTC$/);
  });
  it("a claim's figures are cards, each value labelled with its column, with nothing to scroll sideways", async () => {
    const page = await desk.openPage({ width: 390, height: 844 });
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByRole("link", { name: /At least 1,300 people/ }).click();
    const figures = page.getByRole("region", { name: /^Figures/ });
    const table = figures.getByRole("region", { name: "Figures this claim reports" });
    const card = table.getByRole("row").filter({ hasText: "At least 1,300 people" });
    await card.scrollIntoViewIfNeeded();
    const sidewaysScroll = () => table.evaluate((scroller) => scroller.scrollWidth - scroller.clientWidth);
    await expect.poll(sidewaysScroll).toBeLessThanOrEqual(0);
    // Every value is in view on the card, under the label of its column (which screen readers get from the headers).
    const labels = await card
      .getByRole("cell")
      .evaluateAll((cells) => cells.map((cell) => getComputedStyle(cell, "::before").content.replace(/^"|" \/ ""$/g, "")));
    expect(labels).toEqual(["none", "Who is counted", "As stated", "Period", "Place", "Source", "Reported", "none"]);
    await expect(card.getByRole("cell", { name: "in the past three days" })).toBeInViewport();
    await expect(figures.getByRole("columnheader", { name: "As stated" })).toHaveCount(1);
    await screenshot(page, "phone-figures");
    await expectAccessible(page, "claim figures on a phone");

    await card.getByRole("button", { name: "Edit “At least 1,300 people”" }).click();
    await expect(figures.getByRole("form", { name: "Edit figure" }).getByLabel("Qualifier")).toHaveValue("AT_LEAST");
  });
  it("an editor's bar keeps to the workflow and Rate, low enough to read the claim above it; editing and export stay in the page", async () => {
    const page = await desk.openPage({ width: 375, height: 740 });
    await signIn(page, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    await page.getByRole("heading", { name: "Claim queue" }).waitFor();
    await page.getByRole("link", { name: /Russia and the US are communicating/ }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    const workflow = page.getByRole("region", { name: "Workflow" });
    await expect(workflow).toBeInViewport();
    const barHeight = () => page.locator(".desk-header-actions").evaluate((bar) => bar.getBoundingClientRect().height);
    // The editor's bar holds the status moves, the assignee and Rate: at most a fifth of the screen.
    await expect.poll(barHeight).toBeLessThanOrEqual(740 / 5);
    await screenshot(page, "phone-editor-bar");
    // Editing the claim and exporting it are in the page, not in the bar.
    const edit = page.getByRole("button", { name: "Edit claim" });
    await expect(page.locator(".desk-header-actions").getByRole("button", { name: "Edit claim" })).toHaveCount(0);
    await edit.click();
    await expect(page.getByRole("form", { name: /Edit claim/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Export (JSON)" })).toHaveAttribute("href", /^\/exports\/claims\/.+\.json$/);
  });
});
