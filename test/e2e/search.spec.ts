import { describe, expect, it } from "vitest";
import { expectAccessible, pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";

const desk = useDemoDesk();

describe("search", () => {
  it("finds Peskov and his claims with the matches marked, and pages through many hits", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByRole("list", { name: "Claims" }).waitFor();

    // On the queue, `/` still goes to the queue's own filter; elsewhere it goes to the header's search box.
    await page.getByRole("heading", { name: "Claim queue" }).click();
    await page.keyboard.press("/");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("queue-search");
    await page.getByRole("list", { name: "Claims" }).getByRole("link").first().click();
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("/");
    const box = page.getByRole("search", { name: "Search the desk" }).getByLabel("Search", { exact: true });
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await page.keyboard.type("Peskov");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\?q=Peskov$/);
    await page.getByRole("heading", { level: 1, name: "Search results for “Peskov”" }).waitFor();

    const people = page.getByRole("region", { name: /^People and organisations/ });
    const peskov = people.getByRole("listitem").filter({ hasText: "Dmitry Peskov" }).first();
    await peskov.waitFor();
    await expect(peskov.locator("mark").first().innerText()).resolves.toBe("Peskov");
    const hisClaims = peskov.getByRole("list", { name: "Claims by Dmitry Peskov" });
    await hisClaims.getByRole("link", { name: /Many nations and international organizations, including the UN, share our concern/ }).waitFor();
    await hisClaims.getByRole("link", { name: /Moscow is concerned about the increased violence in Syria/ }).waitFor();
    // The article that quotes him is a hit too, its passage marked, linking out to the source.
    const sources = page.getByRole("region", { name: /^Sources/ });
    const article = sources.getByRole("link", { name: "Moscow: Russia and US in Communication Regarding Syrian Crisis" });
    await expect(article.getAttribute("href")).resolves.toBe("https://demo.factdesk.example/articles/moscow-russia-us-communication-syrian-crisis");
    await expect(sources.locator("mark").first().innerText()).resolves.toBe("Peskov");
    await screenshot(page, "search-peskov");
    await expectAccessible(page, "search results");

    await hisClaims.getByRole("link", { name: /Many nations and international organizations/ }).click();
    await page.getByRole("heading", { level: 1, name: /Many nations and international organizations/ }).waitFor();
    await page.goBack();
    await people.waitFor();

    // Narrowing to claims keeps the words and finds his claims by their claimant, the match marked in his name.
    await page.getByRole("button", { name: "Claims", exact: true }).click();
    await page.waitForURL(/type=CLAIM/);
    await page.getByRole("link", { name: /Moscow is concerned about the increased violence/ }).waitFor();
    await expect(page.getByRole("link", { name: /Many nations and international organizations/ }).isVisible()).resolves.toBe(true);
    await expect(people.count()).resolves.toBe(0);
    // A search with nothing to find says so.
    await box.fill("zanzibar");
    await box.press("Enter");
    await page.getByText("Nothing on the desk matches “zanzibar”.").waitFor();

    // More hits than one page: the next page is appended under "Load more".
    const reviewer = await desk.server.signIn("reviewer@demo.factdesk", "demo-reviewer-1");
    for (const n of [1, 2]) {
      const saved = await desk.server.execute<{ ingestArticle: { __typename: string } }>(
        `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename } }`,
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
    await expect(page.getByText(/^20 results so far$/).isVisible()).resolves.toBe(true);
    await page.getByRole("button", { name: "Load more" }).click();
    await expect.poll(async () => Number((await page.locator(".result-count").innerText()).split(" ")[0])).toBeGreaterThan(20);
    expect(pageErrors(page)).toEqual([]);
  });
});
