import { describe, expect, it } from "vitest";
import { pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";

const desk = useDemoDesk();

describe("a stale edit", () => {
  it("shows the conflict with the other person's current values instead of overwriting them", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByRole("link", { name: /Moscow is concerned about the increased violence/ }).click();
    await page.getByRole("heading", { level: 1, name: /Moscow is concerned/ }).waitFor();
    const claimId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);

    await page.getByRole("button", { name: "Edit claim" }).click();
    const form = page.getByRole("form", { name: "Edit claim" });
    await form.getByLabel("Place").fill("Moscow, the Kremlin");

    // Meanwhile a colleague saves the same claim through the API.
    const colleague = await desk.server.signIn("reviewer2@demo.factdesk", "demo-reviewer-2");
    const { claim } = await desk.server.execute<{ claim: { version: number } }>(`query ($id: ID!) { claim(id: $id) { version } }`, { id: claimId }, colleague);
    const saved = await desk.server.execute<{ updateClaim: { __typename: string } }>(
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
