import { describe, it } from "vitest";
import { graphql } from "../testkit/graphql.js";
import { factories } from "../testkit/factories.js";
import type { Actor } from "../testkit/server.js";
import { expect, expectAccessible, pageErrors, screenshot, signIn, signOut, useDemoDesk } from "./support/browser.js";

// Published means fixed: the wording a published verdict judged cannot be edited on the desk; an editor changes it
// only by correcting the verdict, which readers see. Ratings of the old wording stop counting until confirmed.

const SHARAA = "Ahmed al-Sharaa has condemned the violence and vowed to hold those who harm civilians accountable.";
const REWORDED = "Ahmed al-Sharaa condemned the violence on the coast and vowed that no one who harmed civilians would be above the law.";
const ROLE = "Syria’s de-facto leader and former head of the jihadist force HTS";
const NEW_ROLE = "Syria’s interim president";
const REASON = "We had quoted a paraphrase of the address; this is his wording as broadcast.";
const FROZEN = "A published verdict judged this wording. To change it, an editor corrects the verdict, and readers see the correction.";

let editor: Actor;
let claimPath = "";
let verdictPath = "";

const desk = useDemoDesk({
  setup: async (server) => {
    editor = await server.signIn("editor@demo.factdesk", "demo-editor-1");
    const { claims } = await server.execute(
      graphql(
        `query SharaaClaim { claims(filter: { text: "al-Sharaa has condemned" }, first: 1) { edges { node { id verdict { id } } } } }`,
      ),
      {},
      editor,
    );
    claimPath = `/claims/${claims.edges[0]!.node.id}`;
    verdictPath = `/verdicts/${claims.edges[0]!.node.verdict!.id}`;
  },
});

describe("frozen wording", () => {
  it("a published claim's wording is read-only on the desk; an editor corrects it through the verdict and readers see the correction", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    await page.goto(`${desk.server.url}${claimPath}`);
    await page.getByRole("heading", { level: 1, name: SHARAA }).waitFor();

    await page.getByRole("button", { name: "Edit claim" }).click();
    const edit = page.getByRole("form", { name: "Edit claim" });
    await expect(edit.getByText(FROZEN)).toBeVisible();
    await expect(edit.getByLabel("Claim text")).not.toBeEditable();
    await expect(edit.getByLabel("Claim text")).toHaveAccessibleDescription(FROZEN);
    await expect(edit.getByLabel("Claimant", { exact: true })).toBeDisabled();
    await expect(edit.getByLabel("Claimant's role")).not.toBeEditable();
    await expect(edit.getByLabel("Claim date")).not.toBeEditable();
    await expect(edit.getByLabel("Date precision")).toBeDisabled();
    await expect(edit.getByRole("button", { name: "New person or organisation" })).toHaveCount(0);
    // What the verdict did not judge stays editable.
    await expect(edit.getByLabel("Place", { exact: true })).toBeEditable();
    await expect(edit.getByLabel("Tags")).toBeEditable();
    await screenshot(page, "frozen-wording-edit-form");
    await expectAccessible(page, "edit form with frozen wording");
    await edit.getByRole("button", { name: "Cancel" }).click();

    const section = page.getByRole("region", { name: "Verdict", exact: true });
    await section.getByRole("button", { name: "Correct verdict" }).click();
    const correct = page.getByRole("form", { name: "Correct verdict" });
    // Prefilled with the wording as judged.
    await expect(correct.getByLabel("Claim text")).toHaveValue(SHARAA);
    await expect(correct.getByLabel("Claimant's role")).toHaveValue(ROLE);
    await expect(correct.getByLabel("Claimant", { exact: true }).locator("option:checked")).toHaveText("Ahmed al-Sharaa");
    await correct.getByLabel("Claim text").fill(REWORDED);
    await correct.getByLabel("Claimant's role").fill(NEW_ROLE);
    await correct.getByLabel("Claim date").fill("2025-03-09");
    await correct.getByLabel("Reason for the correction").fill(REASON);

    // The live preview shows the new wording, and the correction with the old and new wording.
    const preview = page.getByRole("region", { name: "Preview of the corrected verdict" });
    await expect(preview.locator(".verdict-claim blockquote")).toHaveText(REWORDED);
    await expect(preview.locator(".verdict-claim figcaption")).toContainText(`Ahmed al-Sharaa, ${NEW_ROLE} · 9 Mar 2025`, {
      useInnerText: true,
    });
    const pending = preview.getByRole("region", { name: "Corrections" });
    await expect(pending.locator(".correction-wording del")).toHaveText(SHARAA);
    await expect(pending.locator(".correction-wording ins")).toHaveText(REWORDED);
    await expect(pending).toContainText(`Claimant's role changed: ${ROLE} → ${NEW_ROLE}`, { useInnerText: true });
    await expect(pending).toContainText("Claim date changed: none → 9 Mar 2025", { useInnerText: true });
    await screenshot(page, "correct-wording-preview");

    await correct.getByRole("button", { name: "Publish correction" }).click();
    await correct.waitFor({ state: "detached" });
    // The claim on the desk follows the corrected wording.
    await page.getByRole("heading", { level: 1, name: REWORDED }).waitFor();
    await expect(section.locator(".verdict-claim blockquote")).toHaveText(REWORDED);
    const history = page.getByRole("region", { name: "History" });
    await expect(history).toContainText("reworded the claim through a verdict correction", { useInnerText: true });
    await expect(history.locator(".change-long del").filter({ hasText: SHARAA }).first()).toBeVisible();
    // Both reviewers rated the old wording: kept, set apart, not counted.
    const ratings = page.getByRole("region", { name: "Ratings", exact: true });
    await expect(ratings).toContainText("2 ratings of an earlier wording are not counted.", { useInnerText: true });
    await expect(ratings.getByRole("list", { name: "Ratings of an earlier wording" }).getByRole("listitem")).toHaveCount(2);

    await signOut(page);
    await page.goto(`${desk.server.url}${verdictPath}`);
    const article = page.getByRole("article");
    await article.getByRole("heading", { level: 1, name: /^True: al-Sharaa/ }).waitFor();
    await expect(article.locator(".verdict-claim blockquote")).toHaveText(REWORDED);
    await expect(article.locator(".verdict-claim figcaption")).toContainText(NEW_ROLE, { useInnerText: true });
    const corrections = article.getByRole("region", { name: "Corrections" });
    await expect(corrections.getByRole("listitem").filter({ hasText: REASON })).toHaveCount(1);
    await expect(corrections.locator(".correction-wording del")).toHaveText(SHARAA);
    await expect(corrections.locator(".correction-wording ins")).toHaveText(REWORDED);
    await expect(corrections).toContainText(`Claimant's role changed: ${ROLE} → ${NEW_ROLE}`, { useInnerText: true });
    // The earlier correction (of the headline) is still listed.
    await expect(corrections).toContainText("Headline changed:", { useInnerText: true });
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd.claimReviewed).toBe(REWORDED);
    await screenshot(page, "public-verdict-reworded");
    await expectAccessible(page, "public verdict after a wording correction");
    expect(pageErrors(page)).toEqual([]);
  });

  it("a reviewer whose rating judged the old wording sees it set apart, and confirms it for the new wording", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.goto(`${desk.server.url}${claimPath}`);
    await page.getByRole("heading", { level: 1, name: REWORDED }).waitFor();
    const ratings = page.getByRole("region", { name: "Ratings", exact: true });
    await expect(ratings).toContainText("No ratings of the present wording yet.", { useInnerText: true });
    const earlier = ratings.getByRole("list", { name: "Ratings of an earlier wording" }).getByRole("listitem");
    const mine = earlier.filter({ hasText: "Rana Haddad" });
    const theirs = earlier.filter({ hasText: "Sam Okafor" });
    await expect(mine).toContainText("Rated an earlier wording", { useInnerText: true });
    await expect(mine.locator(".rated-text blockquote")).toHaveText(SHARAA);
    await expect(mine.locator(".badge.label-true")).toHaveCount(0);
    // Only their own reviewer may confirm a rating.
    await expect(theirs.getByRole("button")).toHaveCount(0);
    await mine.getByRole("button", { name: "Rate again" }).click();
    await expect(page.getByRole("form", { name: "Rate this claim" }).getByLabel("Label")).toBeFocused();
    await screenshot(page, "rating-of-earlier-wording");
    await expectAccessible(page, "ratings of an earlier wording");

    await mine.getByRole("button", { name: "Confirm for the new wording" }).click();
    await expect(ratings).toContainText(/Majority:\s*True\s*· 1 rating/, { useInnerText: true });
    await expect(ratings).toContainText("1 rating of an earlier wording is not counted.", { useInnerText: true });
    await expect(ratings.getByRole("list", { name: "Ratings of the present wording" })).toContainText("Rana Haddad", {
      useInnerText: true,
    });
    await expect(page.getByRole("region", { name: "History" })).toContainText("confirmed their rating for the new wording", {
      useInnerText: true,
    });
    expect(pageErrors(page)).toEqual([]);
  });

  it("staff find the public list under Published, with the event filter", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer2@demo.factdesk", "demo-reviewer-2");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Published" }).click();
    await page.getByRole("heading", { level: 1, name: "Published fact-checks" }).waitFor();
    const items = page.getByRole("list", { name: "Fact-checks" }).getByRole("listitem");
    await expect(items).toHaveCount(3);
    await page.getByLabel("Event").selectOption({ label: "Violence in coastal Syria, March 2025" });
    await page.waitForURL(/[?&]event=/);
    await expect(items).toHaveCount(3);
    expect(pageErrors(page)).toEqual([]);
  });

  it("a verdict published while a reviewer rewords the claim shows the judged wording and what they typed, unsaved", async () => {
    const make = factories(desk.server);
    const reviewer = await desk.server.signIn("reviewer@demo.factdesk", "demo-reviewer-1");
    const claim = await make.claim(reviewer, { text: "The Baniyas water plant was shelled on 8 March." });
    const evidence = await make.evidence(reviewer, claim.id);
    await make.rating(reviewer, claim.id, { label: "TRUE" });

    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.goto(`${desk.server.url}/claims/${claim.id}`);
    await page.getByRole("heading", { level: 1, name: "The Baniyas water plant was shelled on 8 March." }).waitFor();
    await page.getByRole("button", { name: "Edit claim" }).click();
    const edit = page.getByRole("form", { name: "Edit claim" });
    await edit.getByLabel("Claim text").fill("The Baniyas water plant was shelled twice.");
    await edit.getByLabel("Tags").fill("water");

    await make.verdict(editor, claim.id, [evidence.id], { label: "TRUE", headline: "True: the plant was shelled" });
    await expect(edit.getByRole("alert")).toContainText("Your wording was not saved", { useInnerText: true });
    await expect(edit.getByRole("alert")).toContainText("The Baniyas water plant was shelled twice.", { useInnerText: true });
    await expect(edit.getByLabel("Claim text")).toHaveValue("The Baniyas water plant was shelled on 8 March.");
    await expect(edit.getByLabel("Claim text")).not.toBeEditable();
    // What the verdict did not judge is still the reviewer's edit, and saves.
    await expect(edit.getByLabel("Tags")).toHaveValue("water");
    await edit.getByRole("button", { name: "Save claim" }).click();
    await expect(page.getByRole("form", { name: "Edit claim" })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("The Baniyas water plant was shelled on 8 March.");
    expect(pageErrors(page)).toEqual([]);
  });
});
