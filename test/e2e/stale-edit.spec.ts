import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { startTestServer, type TestServer } from "../testkit/server.js";
import { launchBrowser, newPage, pageErrors, screenshot, signIn } from "./support/browser.js";

let server: TestServer;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ demo: true }), launchBrowser()]);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

describe("a stale edit", () => {
  it("shows the conflict with the other person's current values instead of overwriting them", async () => {
    const opened = await newPage(browser);
    context = opened.context;
    const page = opened.page;
    await signIn(page, server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByRole("link", { name: /Moscow is concerned about the increased violence/ }).click();
    await page.getByRole("heading", { level: 1, name: /Moscow is concerned/ }).waitFor();
    const claimId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);

    await page.getByRole("button", { name: "Edit claim" }).click();
    const form = page.getByRole("form", { name: "Edit claim" });
    await form.getByLabel("Place").fill("Moscow, the Kremlin");

    // Meanwhile a colleague saves the same claim through the API.
    const colleague = await server.signIn("reviewer2@demo.factdesk", "demo-reviewer-2");
    const { claim } = await server.execute<{ claim: { version: number } }>(`query ($id: ID!) { claim(id: $id) { version } }`, { id: claimId }, colleague);
    const saved = await server.execute<{ updateClaim: { __typename: string } }>(
      `mutation ($id: ID!, $v: Int!) { updateClaim(id: $id, expectedVersion: $v, input: { place: "Sochi, Russia", claimantRole: "Spokesman for the Kremlin" }) { __typename } }`,
      { id: claimId, v: claim.version },
      colleague,
    );
    expect(saved.updateClaim.__typename).toBe("UpdateClaimSuccess");

    await form.getByRole("button", { name: "Save claim" }).click();
    await form.getByText("Your changes were not saved:").waitFor();
    await expect(form.getByTestId("theirs-place").innerText()).resolves.toBe("Sochi, Russia");
    await expect(form.getByTestId("mine-place").innerText()).resolves.toBe("Moscow, the Kremlin");
    await expect(form.getByTestId("theirs-claimantRole").innerText()).resolves.toBe("Spokesman for the Kremlin");
    await expect(form.getByTestId("mine-claimantRole").innerText()).resolves.toBe("not changed by you (theirs stays)");
    // The form is rebased: their values where this reviewer changed nothing, this reviewer's edit on top.
    await expect(form.getByLabel("Claimant's role").inputValue()).resolves.toBe("Spokesman for the Kremlin");
    await expect(form.getByLabel("Place").inputValue()).resolves.toBe("Moscow, the Kremlin");
    // Nothing was overwritten: the desk shows the colleague's saved values.
    await expect(page.locator(".claim-summary").innerText()).resolves.toContain("Sochi, Russia");
    await screenshot(page, "stale-edit-conflict");

    await form.getByRole("button", { name: "Save my edits over theirs" }).click();
    await form.waitFor({ state: "detached" });
    const summary = page.locator(".claim-summary");
    await expect.poll(() => summary.innerText()).toContain("Moscow, the Kremlin");
    // Only the field this reviewer changed was sent; the colleague's role edit survives.
    await expect(summary.innerText()).resolves.toContain("Spokesman for the Kremlin");
    expect(pageErrors(page)).toEqual([]);
  });
});
