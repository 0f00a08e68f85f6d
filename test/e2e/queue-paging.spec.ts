import { describe, it } from "vitest";
import { graphql } from "../testkit/graphql.js";
import { expect, pageErrors, signIn, useDemoDesk } from "./support/browser.js";

// A queue longer than one page: cursors, "Load more", counts and keyboard selection across pages.

const BULK = 130;

const desk = useDemoDesk({
  setup: async (server) => {
    for (let i = 1; i <= BULK; i++) {
      const data = await server.execute(
        graphql(`mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename } }`),
        {
          input: {
            kind: "STATEMENT",
            text: `Bulk claim number ${String(i).padStart(3, "0")} about shelling near the coast`,
            tags: ["bulk"],
          },
        },
        server.admin,
      );
      expect(data.createClaim.__typename).toBe("CreateClaimSuccess");
    }
  },
});

describe("a long queue", () => {
  it("pages with Load more, keeps the counts, and moves the selection with j/k", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.goto(`${desk.server.url}/?tag=bulk&sort=OLDEST`);
    const rows = page.getByRole("list", { name: "Claims" }).getByRole("listitem");
    await expect(rows).toHaveCount(50);
    await page.getByText(`${BULK} claims · showing 50`).waitFor();
    await expect(rows.first()).toContainText("Bulk claim number 001", { useInnerText: true });

    await page.getByRole("button", { name: "Load more" }).click();
    await expect(rows).toHaveCount(100);
    await page.getByRole("button", { name: "Load more" }).click();
    await expect(rows).toHaveCount(BULK);
    await expect(page.getByRole("button", { name: "Load more" })).toHaveCount(0);
    // textContent: rows far below the fold are not rendered (content-visibility), so they have no innerText yet.
    await expect(rows.nth(BULK - 1)).toContainText(`Bulk claim number ${BULK}`);
    // Every bulk claim is NEW; the count tab agrees with the list.
    await page.getByRole("button", { name: new RegExp(`^New\\s+${BULK}`) }).waitFor();

    await page.getByRole("heading", { name: "Claim queue" }).click();
    for (let i = 0; i < 3; i++) await page.keyboard.press("j");
    await page.keyboard.press("k");
    await expect(rows.nth(1).getByRole("link")).toHaveAttribute("aria-current", "true");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: /Bulk claim number 002/ }).waitFor();

    // Back in the queue, the list is still there (from the cache) with all the pages loaded.
    await page.goBack();
    await expect(rows).toHaveCount(BULK);
    // … and keeps its selection: the claim just opened is selected and focused, and j moves on from it.
    await expect(rows.nth(1).getByRole("link")).toHaveAttribute("aria-current", "true");
    await expect(rows.nth(1).getByRole("link")).toBeFocused();
    await page.keyboard.press("j");
    await expect(rows.nth(2).getByRole("link")).toHaveAttribute("aria-current", "true");
    expect(pageErrors(page)).toEqual([]);
  });
});
