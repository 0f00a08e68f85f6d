import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { expect, expectAccessible, pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";

// A reviewer pastes the reference article under a new URL, unticks one statement, saves, and finds the new claims
// at the top of the queue sorted by check-worthiness. The demo desk already holds this article (another URL, same
// text), and ingest is idempotent per URL or text, so the copy gets one extra line: a wire desk's re-filing.

const here = path.dirname(fileURLToPath(import.meta.url));
const ARTICLE = fs.readFileSync(path.resolve(here, "../../prisma/demo/syria-coast-article.txt"), "utf8");
const COPY_TEXT = `${ARTICLE.trimEnd()}\n\nThis copy was filed by the wire desk.\n`;
const COPY_URL = "https://wire.example/syria-coast-copy";

const RUBIO = "Condemned “radical Islamist terrorists";
const EU = "Attributed the situation to “pro-Assad elements”";
const DEMO_NEBENZIA = "Russia and the US are communicating regarding the situation in Syria.";

const desk = useDemoDesk();

describe("paste an article", () => {
  it("previews what the article holds, saves the ticked items, and the queue shows them", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    // 12 demo claims, 3 of them with verdicts.
    await page.getByRole("button", { name: /^New\s+9/ }).waitFor();

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Paste an article" }).click();
    await page.getByRole("heading", { level: 1, name: "Paste an article" }).waitFor();
    const form = page.getByRole("form", { name: "Article" });

    // The server's ValidationError lands under the URL field.
    await form.getByLabel("URL").fill("ftp://wire.example/syria-coast-copy");
    await form.getByLabel("Article text").fill(COPY_TEXT);
    await form.getByRole("button", { name: "Preview" }).click();
    await form.getByText("Must be an http:// or https:// URL").waitFor();
    await expect(form.getByLabel("URL")).toHaveAttribute("aria-invalid", "true");

    await form.getByLabel("URL").fill(COPY_URL);
    await form.getByLabel("Title").fill("Moscow: Russia and US in Communication Regarding Syrian Crisis (wire copy)");
    await form.getByLabel("Publisher").fill("Wire Example");
    await form.getByLabel("Published at").fill("2025-03-10");
    await form.getByRole("button", { name: "Preview" }).click();

    const preview = page.getByRole("region", { name: "Found in the article" });
    await preview.waitFor();
    await expect(form.getByLabel("URL")).not.toHaveAttribute("aria-invalid");
    const statements = preview.getByRole("group", { name: /^Statements/ });
    await expect(statements.getByRole("checkbox")).toHaveCount(10);
    const figures = preview.getByRole("group", { name: /^Figures/ });
    // The qualifier stays in front of the number, as everywhere on the desk.
    await expect(figures.getByRole("checkbox", { name: "≥ 1,300 people killed" })).toBeChecked();
    await figures.getByRole("checkbox", { name: "> 800 civilians killed" }).waitFor();
    const media = preview.getByRole("group", { name: /^Media/ });
    const video = media
      .getByRole("listitem")
      .filter({ has: page.getByRole("checkbox", { name: /^Video: militants from the new security forces/ }) });
    await expect(video).toContainText(/Reported as: “allegedly depict”[\s\S]*Graphic/, { useInnerText: true });

    // Speaker and role, score with its reasons, and the demo's claim as a duplicate warning with a link.
    const nebenzia = statements.getByRole("listitem").filter({
      has: page.getByRole("checkbox", { name: "Russia and the US are communicating regarding the situation in Syria", exact: true }),
    });
    await expect(nebenzia).toContainText(/Vassily Nebenzia, Russia’s UN ambassador/, { useInnerText: true });
    await expect(nebenzia).toContainText(/Check-worthiness 32\/100 reported speech · attribution: official/, { useInnerText: true });
    const duplicate = nebenzia.getByRole("link", { name: DEMO_NEBENZIA });
    await expect(nebenzia.getByText("Already on the desk:")).toBeVisible();
    await expect(duplicate).toHaveAttribute("href", /^\/claims\//);
    // The desk has published a verdict on al-Sharaa's pledge: the statement that repeats it says so, with a link.
    const factChecked = statements.getByRole("listitem").filter({ hasText: "Already fact-checked:" });
    await expect(factChecked).toHaveCount(1);
    await expect(factChecked).toContainText(/al-Sharaa[\s\S]*Already fact-checked: True, \d+ \w+ \d{4} · True: al-Sharaa condemned/, {
      useInnerText: true,
    });
    await expect(factChecked.getByRole("link", { name: /^True: al-Sharaa condemned/ })).toHaveAttribute("href", /^\/verdicts\//);

    // The demo event's place and dates match the article's tolls: it is suggested, and saving files the article there.
    await expect(preview.getByLabel("Event").locator("option:checked")).toHaveText(/^Violence in coastal Syria.* \(suggested\)$/);

    const save = preview.getByRole("button", { name: /^Save \d+ items$/ });
    await expect(save).toHaveText("Save 14 items", { useInnerText: true });
    await statements.getByRole("checkbox", { name: new RegExp(`^${EU}`) }).uncheck();
    await expect(save).toHaveText("Save 13 items", { useInnerText: true });
    // Scrolled to the end, the sticky save bar sits in its place instead of over the list.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await screenshot(page, "ingest-preview");
    await expectAccessible(page, "ingest preview");

    await save.click();
    const result = page.getByRole("region", { name: "Saved to the desk" });
    await result.waitFor();
    const stats = result.locator(".stats");
    // 9 ticked statements, one claim per figure sentence (2), one per media item (1).
    for (const stat of [/Claims\s+12/i, /Figures\s+3/i, /Media\s+1/i]) await expect(stats).toContainText(stat, { useInnerText: true });
    const created = result.getByRole("list", { name: "New claims" });
    await expect(created.getByRole("listitem")).toHaveCount(12);
    await expect(created.getByRole("listitem").first()).toContainText(RUBIO, { useInnerText: true });
    await expect(created).not.toContainText(EU, { useInnerText: true });
    // No event named after the wire copy's headline: everything went under the suggested one.
    const eventLinks = result.locator('a[href^="/events/"]');
    await expect(eventLinks).toHaveCount(1);
    await expect(eventLinks).toHaveText(/^Violence in coastal Syria/);
    await screenshot(page, "ingest-saved");
    // Hovered, a link styled as a primary button keeps its contrast.
    await result.getByRole("link", { name: "Open the queue, most check-worthy first" }).hover();
    await expectAccessible(page, "ingest result");

    // The queue was cached before the save; the mutation made its lists and counts stale.
    await result.getByRole("link", { name: "Open the queue, most check-worthy first" }).click();
    await page.getByRole("heading", { name: "Claim queue" }).waitFor();
    await expect(page.getByLabel("Sort by")).toHaveValue("MOST_CHECKWORTHY");
    await page.getByRole("button", { name: /^New\s+21/ }).waitFor();
    const rows = page.getByRole("list", { name: "Claims" }).getByRole("listitem");
    await expect(rows).toHaveCount(21);
    await expect(rows.first()).toContainText(new RegExp(`Check-worthiness 71[\\s\\S]*${RUBIO}`), { useInnerText: true });
    await expect(page.getByRole("list", { name: "Claims" })).not.toContainText(EU, { useInnerText: true });
    await screenshot(page, "queue-most-checkworthy");

    // Pasting the same article again finds it on the desk and offers nothing to save.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Paste an article" }).click();
    await form.getByLabel("URL").fill(COPY_URL);
    await form.getByLabel("Article text").fill(COPY_TEXT);
    await form.getByRole("button", { name: "Preview" }).click();
    const existing = page.getByRole("region", { name: "Already on the desk" });
    await existing.waitFor();
    await existing.getByRole("link", { name: /wire copy/ }).waitFor();
    await expect(existing.getByRole("link", { name: new RegExp(`^${RUBIO}`) })).toHaveCount(1);
    await expect(page.getByRole("button", { name: /^Save/ })).toHaveCount(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("starts the next article in an empty form, with focus in its URL field", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Paste an article" }).click();
    const form = page.getByRole("form", { name: "Article" });
    await form.getByLabel("URL").fill("https://wire.example/river-floods");
    await form
      .getByLabel("Article text")
      .fill("At least 12 people were killed in the floods on Monday, the regional governor said. Rescue teams were still searching.");
    await form.getByRole("button", { name: "Preview" }).click();
    await page.getByRole("button", { name: /^Save \d+ items?$/ }).click();
    const result = page.getByRole("region", { name: "Saved to the desk" });
    // "Paste another article" takes the result away, with the button that was pressed.
    await result.getByRole("button", { name: "Paste another article" }).click();
    await expect(result).toHaveCount(0);
    await expect(form.getByLabel("URL")).toBeFocused();
    await expect(form.getByLabel("URL")).toHaveValue("");
    await expect(form.getByLabel("Article text")).toHaveValue("");
    expect(pageErrors(page)).toEqual([]);
  });
});
