import { describe, it } from "vitest";
import { graphql } from "../testkit/graphql.js";
import { expect, pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";

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
    await form.getByLabel("Place", { exact: true }).fill("Moscow, the Kremlin");

    // Meanwhile a colleague saves the same claim through the API.
    const colleague = await desk.server.signIn("reviewer2@demo.factdesk", "demo-reviewer-2");
    const { claim } = await desk.server.execute(
      graphql(`query ClaimVersion($id: ID!) { claim(id: $id) { version } }`),
      { id: claimId },
      colleague,
    );
    const saved = await desk.server.execute(
      graphql(
        `mutation UpdateClaim($id: ID!, $v: Int!) { updateClaim(input: { id: $id, expectedVersion: $v, place: "Sochi, Russia", claimantRole: "Spokesman for the Kremlin" }) { __typename } }`,
      ),
      { id: claimId, v: claim!.version },
      colleague,
    );
    expect(saved.updateClaim.__typename).toBe("UpdateClaimSuccess");

    await form.getByRole("button", { name: "Save claim" }).click();
    await form.getByText("Your changes were not saved:").waitFor();
    await expect(form.getByTestId("theirs-place")).toHaveText("Sochi, Russia", { useInnerText: true });
    await expect(form.getByTestId("mine-place")).toHaveText("Moscow, the Kremlin", { useInnerText: true });
    await expect(form.getByTestId("theirs-claimantRole")).toHaveText("Spokesman for the Kremlin", { useInnerText: true });
    await expect(form.getByTestId("mine-claimantRole")).toHaveText("not changed by you (theirs stays)", { useInnerText: true });
    // The form is rebased: their values where this reviewer changed nothing, this reviewer's edit on top.
    await expect(form.getByLabel("Claimant's role")).toHaveValue("Spokesman for the Kremlin");
    await expect(form.getByLabel("Place", { exact: true })).toHaveValue("Moscow, the Kremlin");
    // Nothing was overwritten: the desk shows the colleague's saved values.
    await expect(page.locator(".claim-summary")).toContainText("Sochi, Russia", { useInnerText: true });
    await screenshot(page, "stale-edit-conflict");

    await form.getByRole("button", { name: "Save my edits over theirs" }).click();
    await form.waitFor({ state: "detached" });
    const summary = page.locator(".claim-summary");
    await expect(summary).toContainText("Moscow, the Kremlin", { useInnerText: true });
    // Only the field this reviewer changed was sent; the colleague's role edit survives.
    await expect(summary).toContainText("Spokesman for the Kremlin", { useInnerText: true });
    // The history shows each edit as a diff of the fields it changed.
    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText(
      /Sam Okafor edited the claim\s*Place:\s*Moscow, Russia\s*→\s*Sochi, Russia\s*Claimant's role:\s*Kremlin spokesman\s*→\s*Spokesman for the Kremlin/,
      {
        useInnerText: true,
      },
    );
    await expect(history).toContainText(/Rana Haddad edited the claim\s*Place:\s*Sochi, Russia\s*→\s*Moscow, the Kremlin/, {
      useInnerText: true,
    });
    expect(pageErrors(page)).toEqual([]);
  });
});
