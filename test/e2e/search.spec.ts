import { describe, it } from "vitest";
import { graphql } from "../testkit/graphql.js";
import { expect, expectAccessible, pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";

const desk = useDemoDesk();

describe("search", () => {
  it("finds Peskov and his claims with the matches marked, and pages through many hits", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByRole("list", { name: "Claims" }).waitFor();

    // On the queue, `/` still goes to the queue's own filter; elsewhere it goes to the header's search box.
    await page.getByRole("heading", { name: "Claim queue" }).click();
    await page.keyboard.press("/");
    await expect(page.getByLabel("Search claims")).toBeFocused();
    await page.getByRole("list", { name: "Claims" }).getByRole("link").first().click();
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("/");
    const box = page.getByRole("search", { name: "Search the desk" }).getByLabel("Search", { exact: true });
    await expect(box).toBeFocused();

    await page.keyboard.type("Peskov");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\?q=Peskov$/);
    await page.getByRole("heading", { level: 1, name: "Search results for “Peskov”" }).waitFor();

    const people = page.getByRole("region", { name: /^People and organisations/ });
    const peskov = people.getByRole("listitem").filter({ hasText: "Dmitry Peskov" }).first();
    await peskov.waitFor();
    await expect(peskov.locator("mark").first()).toHaveText("Peskov", { useInnerText: true });
    const hisClaims = peskov.getByRole("list", { name: "Claims by Dmitry Peskov" });
    await hisClaims
      .getByRole("link", { name: /Many nations and international organizations, including the UN, share our concern/ })
      .waitFor();
    await hisClaims.getByRole("link", { name: /Moscow is concerned about the increased violence in Syria/ }).waitFor();
    // The article that quotes him is a hit too, its passage marked, linking out to the source.
    const sources = page.getByRole("region", { name: /^Sources/ });
    const article = sources.getByRole("link", { name: "Moscow: Russia and US in Communication Regarding Syrian Crisis" });
    await expect(article).toHaveAttribute("href", "https://demo.factdesk.example/articles/moscow-russia-us-communication-syrian-crisis");
    await expect(sources.locator("mark").first()).toHaveText("Peskov", { useInnerText: true });
    await screenshot(page, "search-peskov");
    await expectAccessible(page, "search results");

    await hisClaims.getByRole("link", { name: /Many nations and international organizations/ }).click();
    await page.getByRole("heading", { level: 1, name: /Many nations and international organizations/ }).waitFor();
    await page.goBack();
    await people.waitFor();

    // Narrowing to claims keeps the words and finds his claims by their claimant, the match marked in his name.
    // The URL changes before the list does: wait for the list a user sees, holding claims only, and look inside it.
    const claimsTab = page.getByRole("navigation", { name: "Kinds of results" }).getByRole("button", { name: "Claims", exact: true });
    await claimsTab.click();
    await expect(claimsTab).toHaveAttribute("aria-pressed", "true");
    const claimHits = page.getByRole("region", { name: /^Claims/ });
    await expect(page.getByRole("main").getByRole("region")).toHaveCount(1);
    await expect(claimHits.getByRole("link", { name: /Moscow is concerned about the increased violence/ })).toBeVisible();
    await expect(claimHits.getByRole("link", { name: /Many nations and international organizations/ })).toBeVisible();
    await expect(people).toHaveCount(0);
    // A search with nothing to find says so.
    await box.fill("zanzibar");
    await box.press("Enter");
    await page.getByText("Nothing on the desk matches “zanzibar”.").waitFor();

    // More hits than one page: the next page is appended under "Load more".
    const reviewer = await desk.server.signIn("reviewer@demo.factdesk", "demo-reviewer-1");
    for (const n of [1, 2]) {
      const saved = await desk.server.execute(
        graphql(`mutation IngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }`),
        {
          input: {
            url: `https://wire.example/syria-${n}`,
            text: `Syria update ${n}. ${Array.from({ length: 12 }, (_, i) => `Officials in Syria said that convoy ${n}-${i} had reached the coast of Syria.`).join(" ")}`,
          },
        },
        reviewer,
      );
      expect(saved.ingestArticle.__typename).toBe("IngestArticleSuccess");
    }
    await box.fill("Syria");
    await box.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Search results for “Syria”" }).waitFor();
    await expect(page.getByText(/^20 results so far$/)).toBeVisible();
    await page.getByRole("button", { name: "Load more" }).click();
    await expect(page.locator(".result-count")).toHaveText(/^(2[1-9]|[3-9]\d|\d{3,}) results?( so far)?$/);
    expect(pageErrors(page)).toEqual([]);
  });
});
