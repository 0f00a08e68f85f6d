import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { graphql } from "../testkit/graphql.js";
import { factories } from "../testkit/factories.js";
import { expect, expectAccessible, pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";

const desk = useDemoDesk();

async function openClaim(page: Page, text: RegExp) {
  await page.getByRole("link", { name: text }).click();
  await page.getByRole("heading", { level: 1, name: text }).waitFor();
  return decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
}

const EvidenceVersions = graphql(`
  query EvidenceVersions($id: ID!) {
    claim(id: $id) { evidence(first: 100) { edges { node { id version excerpt } } } }
  }
`);

const ColleagueEditsEvidence = graphql(`
  mutation ColleagueEditsEvidence($input: UpdateEvidenceInput!) { updateEvidence(input: $input) { __typename } }
`);

/** Rana Haddad's evidence on the published al-Sharaa claim, which its verdict cites. */
async function openPublishedEvidence() {
  const page = await desk.openPage();
  await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
  await page
    .getByRole("navigation", { name: "Claims by status" })
    .getByRole("button", { name: /Published/ })
    .click();
  await openClaim(page, /al-Sharaa has condemned the violence/);
  const item = page.getByRole("region", { name: "Evidence" }).getByRole("listitem").filter({ hasText: "In a televised address" });
  return { page, item };
}

describe("editing what exists on the claim desk", () => {
  it("edits evidence, shows a stale edit as a conflict, removes and restores it", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    const claimId = await openClaim(page, /Moscow is concerned about the increased violence/);
    const section = page.getByRole("region", { name: "Evidence" });

    const excerpt = "The Kremlin spokesman told reporters Moscow was following events in Syria closely.";
    await section.getByRole("button", { name: "Add evidence" }).click();
    const add = section.getByRole("form", { name: "Add evidence" });
    await add.getByLabel("Source URL").fill("https://tass.example/kremlin-syria");
    await add.getByLabel("Excerpt").fill(excerpt);
    await add.getByRole("radio", { name: "Context" }).check();
    await add.getByRole("button", { name: "Add evidence" }).click();
    await add.getByText("Evidence added.").waitFor();
    await add.getByRole("button", { name: "Close" }).click();

    const item = section.getByRole("listitem").filter({ hasText: "Moscow was following events" });
    await item.getByRole("button", { name: /^Edit evidence “The Kremlin spokesman/ }).click();
    let form = item.getByRole("form", { name: "Edit evidence" });
    await expect(form.getByLabel("Excerpt")).toHaveValue(excerpt);
    await form.getByRole("radio", { name: "Supports" }).check();
    await form.getByLabel("Note").fill("Peskov's words, as TASS reported them.");
    await expectAccessible(page, "editing evidence");
    await form.getByRole("button", { name: "Save evidence" }).click();
    await form.waitFor({ state: "detached" });
    const supports = section.locator(".evidence-group.stance-supports");
    await expect(supports).toContainText("Peskov's words, as TASS reported them.", { useInnerText: true });

    // A stale edit: an editor changes the same evidence while this reviewer's form is open.
    await item.getByRole("button", { name: /^Edit evidence “The Kremlin spokesman/ }).click();
    form = item.getByRole("form", { name: "Edit evidence" });
    await form.getByLabel("Note").fill("Quoted by TASS on the day.");
    const editor = await desk.server.signIn("editor@demo.factdesk", "demo-editor-1");
    const { claim } = await desk.server.execute(EvidenceVersions, { id: claimId }, editor);
    const current = claim!.evidence.edges.map((e) => e.node).find((e) => e.excerpt === excerpt)!;
    const theirs = await desk.server.execute(
      ColleagueEditsEvidence,
      { input: { id: current.id, expectedVersion: current.version, note: "Checked against the Kremlin's transcript." } },
      editor,
    );
    expect(theirs.updateEvidence.__typename).toBe("UpdateEvidenceSuccess");
    await form.getByRole("button", { name: "Save evidence" }).click();
    const conflict = form.getByRole("alert");
    await expect(conflict).toContainText("someone else changed this evidence first", { useInnerText: true });
    await expect(conflict).toContainText("Elena Petrova", { useInnerText: true });
    await screenshot(page, "editing-evidence-conflict");
    await conflict.getByRole("button", { name: "Refresh" }).click();
    await expect(form.getByRole("alert")).toHaveCount(0);
    await form.getByRole("button", { name: "Save evidence" }).click();
    await form.waitFor({ state: "detached" });
    await expect(item).toContainText("Quoted by TASS on the day.", { useInnerText: true });

    // Remove, after a confirm step; removed evidence is listed on request, struck through, and can be restored.
    await item.getByRole("button", { name: /^Remove evidence “The Kremlin spokesman/ }).click();
    await item
      .getByRole("group", { name: /Remove this evidence\?/ })
      .getByRole("button", { name: "Remove evidence" })
      .click();
    await expect(section.locator(".evidence-groups")).toHaveCount(0);
    await section.getByRole("button", { name: "Show removed evidence" }).click();
    const removed = section.getByRole("list", { name: "Removed evidence" }).getByRole("listitem");
    await expect(removed.locator("del")).toHaveText(excerpt);
    await expectAccessible(page, "removed evidence");
    await screenshot(page, "editing-evidence-removed");
    await removed.getByRole("button", { name: /^Restore evidence “The Kremlin spokesman/ }).click();
    await expect(section.getByRole("list", { name: "Removed evidence" })).toHaveCount(0);
    await expect(supports).toContainText("Moscow was following events", { useInnerText: true });
    expect(pageErrors(page)).toEqual([]);
  });

  it("explains why evidence a verdict cites cannot be removed", async () => {
    const { page, item } = await openPublishedEvidence();
    await item.getByRole("button", { name: /^Remove evidence “In a televised address/ }).click();
    await item.getByRole("button", { name: "Remove evidence" }).click();
    await expect(item.getByRole("alert")).toContainText(
      "This evidence is cited by a verdict; correct the verdict to stop citing it first.",
      { useInnerText: true },
    );
    expect(pageErrors(page)).toEqual([]);
  });

  it("names each evidence item's buttons after its excerpt, so a screen reader tells the items apart", async () => {
    const make = factories(desk.server);
    const reviewer = await desk.server.signIn("reviewer@demo.factdesk", "demo-reviewer-1");
    const claim = await make.claim(reviewer);
    const excerpts = [
      "The ministry's count lists 212 villages under water by Tuesday.",
      "Satellite images show water over 12 villages on the western bank.",
    ];
    for (const excerpt of excerpts) await make.evidence(reviewer, claim.id, { excerpt });

    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.goto(`${desk.server.url}/claims/${claim.id}`);
    const section = page.getByRole("region", { name: "Evidence" });
    for (const excerpt of excerpts) await section.getByRole("listitem").filter({ hasText: excerpt }).waitFor();

    // What a screen reader announces for each button in the section: no two alike.
    const names = [...(await section.ariaSnapshot()).matchAll(/- button "([^"]*)"/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThanOrEqual(8);
    expect(names.length - new Set(names).size, `repeated button names: ${names.join(" | ")}`).toBe(0);
    for (const excerpt of excerpts) {
      const item = section.getByRole("listitem").filter({ hasText: excerpt });
      const start = excerpt.slice(0, 20);
      for (const name of [
        `Edit evidence “${start}`,
        `Remove evidence “${start}`,
        `Grade source of evidence “${start}`,
        `Archived copies for evidence “${start}`,
      ]) {
        await expect(item.getByRole("button", { name })).toBeVisible();
      }
      // The visible words stay short.
      await expect(item.getByRole("button", { name: `Edit evidence “${start}` })).toHaveText(/^Edit/);
    }
    await expectAccessible(page, "claim desk with two pieces of evidence");
    expect(pageErrors(page)).toEqual([]);
  });

  it("sets a source's kind and reliability grade", async () => {
    const { page, item } = await openPublishedEvidence();
    await item.getByRole("button", { name: /^Grade source of evidence “In a televised address/ }).click();
    const form = item.getByRole("form", { name: "Grade source" });
    await form.getByLabel("Kind of source").selectOption({ label: "Official statement" });
    await form.getByLabel("Reliability").selectOption({ label: "B: usually reliable" });
    await expectAccessible(page, "grading a source");
    await screenshot(page, "editing-source-grade");
    await form.getByRole("button", { name: "Save source" }).click();
    await form.waitFor({ state: "detached" });
    await expect(item.locator(".source-meta")).toContainText(/Official statement.*reliability B/, { useInnerText: true });
    expect(pageErrors(page)).toEqual([]);
  });
});
