import { describe, it } from "vitest";
import { expect, expectAccessible, pageErrors, screenshot, useDemoDesk } from "./support/browser.js";

// What a reader sees without an account: the published fact-checks (the demo desk has two published, one of them
// corrected, and one retracted), each with its own page; and a sensible page for an address that holds no verdict.

const SHARAA = "Ahmed al-Sharaa has condemned the violence and vowed to hold those who harm civilians accountable.";
const TOLL = "There are reports of hundreds of civilian deaths in Syria in recent days.";
const MILITIAS = "The local militias clashing with the new security forces are loyal to former President Bashar Assad.";

const desk = useDemoDesk();

describe("the public side", () => {
  it("signed out, the front page lists the fact-checks, searchable and filterable in the URL, each opening its page", async () => {
    const page = await desk.openPage();
    await page.goto(`${desk.server.url}/`);
    await page.getByRole("heading", { level: 1, name: "Fact-checks" }).waitFor();
    await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();

    const list = page.getByRole("list", { name: "Fact-checks" });
    const items = list.getByRole("listitem");
    await expect(items).toHaveCount(3);
    await expect(page.getByText("3 fact-checks", { exact: true })).toBeVisible();
    const sharaa = items.filter({ hasText: SHARAA });
    await expect(sharaa.locator(".badge.label-true")).toHaveText("True");
    await expect(sharaa).toContainText(/Ahmed al-Sharaa, Syria’s de-facto leader/, { useInnerText: true });
    await expect(sharaa).toContainText("corrected", { useInnerText: true });
    await expect(sharaa.getByRole("heading", { level: 2 })).toHaveText(
      "True: al-Sharaa condemned the coastal killings and promised accountability",
    );
    await expect(items.filter({ hasText: TOLL }).locator(".badge.label-mostly-true")).toHaveText("Mostly true");
    // The retracted one is marked Retracted, its former rating struck through: no live label.
    const retracted = items.filter({ hasText: MILITIAS });
    await expect(retracted.locator(".badge-retracted")).toHaveText("Retracted");
    await expect(retracted.locator(".former-rating")).toHaveText("Former rating: Mixed", { useInnerText: true });
    await expect(retracted.locator(".former-rating del")).toHaveText("Mixed");
    await expect(retracted.locator(".badge.label-mixed")).toHaveCount(0);
    await screenshot(page, "public-front-page");
    await expectAccessible(page, "public front page");

    // Words narrow the list, and the URL keeps them.
    await page.getByLabel("Search fact-checks").fill("civilian deaths");
    await page.waitForURL(/[?&]q=civilian\+deaths/);
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText(TOLL, { useInnerText: true });
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect(items).toHaveCount(3);

    // So does the verdict, and a reload keeps the filter.
    await page.getByLabel("Verdict", { exact: true }).selectOption("TRUE");
    await page.waitForURL(/[?&]label=TRUE/);
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText(SHARAA, { useInnerText: true });
    await page.reload();
    await expect(page.getByLabel("Verdict", { exact: true })).toHaveValue("TRUE");
    await expect(items).toHaveCount(1);

    // A date range before anything was published leaves nothing; retracted fact-checks can be hidden.
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByLabel("Published until").fill("2020-01-31");
    await page.waitForURL(/[?&]to=2020-01-31/);
    await page.getByText("No fact-checks match these filters.").waitFor();
    // Dates the wrong way round are named as such.
    await page.goto(`${desk.server.url}/?from=2025-03-20&to=2025-03-01`);
    await page.getByText("The dates are the wrong way round", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByLabel("Include retracted fact-checks").uncheck();
    await page.waitForURL(/[?&]retracted=hide/);
    await expect(items).toHaveCount(2);
    await expect(list).not.toContainText(MILITIAS, { useInnerText: true });
    // Back undoes the last change of the filters, not the whole visit.
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("retracted=hide"));
    await expect(items).toHaveCount(3);
    await page.goForward();
    await page.waitForURL(/[?&]retracted=hide/);
    await expect(items).toHaveCount(2);

    await items.filter({ hasText: SHARAA }).getByRole("link").click();
    await page.waitForURL(/\/verdicts\/[^/?]+$/);
    await page
      .getByRole("heading", { level: 1, name: "True: al-Sharaa condemned the coastal killings and promised accountability" })
      .waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it("a corrected verdict shows the judged claim and the correction with its reason, old and new", async () => {
    const page = await desk.openPage();
    await page.goto(`${desk.server.url}/?q=al-Sharaa`);
    await page.getByRole("list", { name: "Fact-checks" }).getByRole("link").click();
    const article = page.getByRole("article");
    await article.getByRole("heading", { level: 1, name: /^True: al-Sharaa/ }).waitFor();
    await expect(article.locator(".verdict-claim blockquote")).toHaveText(SHARAA);
    const corrections = article.getByRole("region", { name: "Corrections" });
    await expect(corrections).toContainText("The headline said “to account”, which reads as if charges had been brought", {
      useInnerText: true,
    });
    await expect(corrections).toContainText("Headline changed:", { useInnerText: true });
    await expect(corrections.locator("del")).toHaveText(
      "True: al-Sharaa condemned the coastal killings and promised to hold those responsible to account",
    );
    await expect(corrections.locator("ins")).toHaveText("True: al-Sharaa condemned the coastal killings and promised accountability");
    // A published verdict carries its ClaimReview, with the corrected headline.
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd["@type"]).toBe("ClaimReview");
    expect(jsonLd.claimReviewed).toBe(SHARAA);
    await screenshot(page, "public-verdict-corrected");
    expect(pageErrors(page)).toEqual([]);
  });

  it("a retracted verdict's page leads with the retraction, strikes the former rating through and has no ClaimReview", async () => {
    const page = await desk.openPage();
    await page.goto(`${desk.server.url}/`);
    await page.getByRole("list", { name: "Fact-checks" }).getByRole("listitem").filter({ hasText: MILITIAS }).getByRole("link").click();
    const article = page.getByRole("article");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Retracted");
    await expect(article.getByRole("heading").first()).toHaveText("Retracted");
    const retraction = article.getByRole("region", { name: "Retraction" });
    // (The heading is set in capitals by the stylesheet; its text is "Retracted".)
    await expect(retraction).toContainText(/^Retracted\s*Retracted on \d{1,2} \w{3} \d{4}\./);
    await expect(retraction).toContainText("The explainer we relied on was withdrawn by its publisher while its sourcing is reviewed", {
      useInnerText: true,
    });
    await expect(retraction.locator(".former-rating")).toHaveText("Former rating: Mixed", { useInnerText: true });
    await expect(retraction.locator(".former-rating del")).toHaveText("Mixed");
    await expect(article.locator(".badge.label-mixed")).toHaveCount(0);
    await expect(article.locator(".verdict-claim blockquote")).toHaveText(MILITIAS);
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
    await screenshot(page, "public-verdict-retracted");
    await expectAccessible(page, "retracted verdict");
    expect(pageErrors(page)).toEqual([]);
  });

  it("an address that holds no verdict says so in words, with a way back to the list", async () => {
    const page = await desk.openPage();
    const wellFormedUnknown = Buffer.from("Verdict:no-such-verdict").toString("base64");
    for (const id of ["not-a-real-id", wellFormedUnknown]) {
      await page.goto(`${desk.server.url}/verdicts/${id}`);
      await page.getByRole("heading", { level: 1, name: "No such verdict" }).waitFor();
      const main = page.getByRole("main");
      await expect(main).not.toContainText(/GraphQL|Invalid global ID|input\/invalid/, { useInnerText: true });
      await expect(main.getByRole("link", { name: "See all published fact-checks" })).toHaveAttribute("href", "/verdicts");
    }
    await expect(page).toHaveTitle("No such verdict · FactDesk");
    await screenshot(page, "no-such-verdict");
    await expectAccessible(page, "no such verdict");
    await page.getByRole("link", { name: "See all published fact-checks" }).click();
    await page.getByRole("heading", { level: 1, name: "Published fact-checks" }).waitFor();
    await expect(page.getByRole("list", { name: "Fact-checks" }).getByRole("listitem")).toHaveCount(3);
    expect(pageErrors(page)).toEqual([]);
  });
});
