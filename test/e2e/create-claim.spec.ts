import { describe, it } from "vitest";
import { expect, expectAccessible, pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";

// A reviewer adds a claim the desk already has (worded differently) and is warned before moving on; an editor then
// folds the older claim into it from the desk's "Similar claims". A reviewer adds a claim with its event, date and
// place, attributed to someone the desk did not have yet, and re-attributes another claim to a new organisation.

const NEW_TEXT = "Russia and the United States are communicating about the situation in Syria.";
const DEMO_TEXT = "Russia and the US are communicating regarding the situation in Syria.";

let claimPath = "";

const desk = useDemoDesk();

describe("new claims and duplicates", () => {
  it("a reviewer adds a claim and is shown the similar claim already on the desk", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByRole("list", { name: "Claims" }).waitFor();

    await page.getByRole("button", { name: "New claim" }).click();
    const form = page.getByRole("form", { name: "New claim" });
    await form.getByRole("button", { name: "Add claim" }).click();
    await form.getByText("Claim text must not be empty").waitFor();
    await expect(form.getByLabel("Claim text")).toHaveAttribute("aria-invalid", "true");

    await form.getByLabel("Claim text").fill(NEW_TEXT);
    await form.getByLabel("Kind").selectOption("STATEMENT");
    await form.getByLabel("Claimant", { exact: true }).selectOption({ label: "Vassily Nebenzia (Russia’s UN ambassador)" });
    await form.getByLabel("Claimant's role").fill("Russia’s UN ambassador");
    await form.getByLabel("Tags").fill("Diplomacy, UN");
    await form.getByLabel("Source URL").fill("https://news.example/2025/03/10/nebenzia-briefing");
    await form.getByLabel("Excerpt").fill("Nebenzia said Russia and the United States are communicating about the situation in Syria.");
    await expectAccessible(page, "new claim form");
    await form.getByRole("button", { name: "Add claim" }).click();

    const warning = page.getByRole("region", { name: "Claim added, but the desk may already have it" });
    await warning.waitFor();
    // The form that was submitted is gone: focus is on the warning's heading, so a keyboard or screen-reader user
    // starts reading there instead of at the top of the page.
    await expect(warning.getByRole("heading", { name: "Claim added, but the desk may already have it" })).toBeFocused();
    const duplicates = warning.getByRole("list", { name: "Possible duplicates" });
    await expect(duplicates.getByRole("link", { name: DEMO_TEXT })).toHaveAttribute("href", /^\/claims\//);
    await screenshot(page, "new-claim-duplicate-warning");
    await expectAccessible(page, "new claim duplicate warning");

    await warning.getByRole("link", { name: "Open the new claim" }).click();
    await page.getByRole("heading", { level: 1, name: NEW_TEXT }).waitFor();
    claimPath = new URL(page.url()).pathname;
    await expect(page.getByRole("list", { name: "Tags" })).toContainText(/#diplomacy[\s\S]*#un/, { useInnerText: true });
    await page.getByRole("region", { name: "Appearances 1" }).waitFor();

    // Reviewers see similar claims but do not merge.
    const similar = page.getByRole("region", { name: /^Similar claims/ });
    await similar.getByRole("link", { name: DEMO_TEXT }).waitFor();
    await expect(similar).toContainText(/\d+% similar/, { useInnerText: true });
    await expect(similar.getByRole("button", { name: "Merge into this claim" })).toHaveCount(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("an editor merges the older claim into the new one from the claim desk", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    await page.goto(`${desk.server.url}${claimPath}`);
    await page.getByRole("heading", { level: 1, name: NEW_TEXT }).waitFor();

    const similar = page.getByRole("region", { name: /^Similar claims/ });
    const item = similar.getByRole("listitem").filter({ has: page.getByRole("link", { name: DEMO_TEXT }) });
    const duplicatePath = await item.getByRole("link", { name: DEMO_TEXT }).getAttribute("href");
    await item.getByRole("button", { name: "Merge into this claim" }).click();
    const confirm = item.getByRole("group", { name: "Confirm merge" });
    await expect(confirm).toContainText(`Merge “${DEMO_TEXT}” into this claim?`, { useInnerText: true });
    await screenshot(page, "merge-confirm");
    await confirm.getByRole("button", { name: "Confirm merge" }).click();

    await similar.getByText(`Merged “${DEMO_TEXT}” into this claim`).waitFor();
    // The merged claim leaves the similar-claims list once it has reloaded.
    await similar.getByRole("link", { name: DEMO_TEXT }).waitFor({ state: "detached" });
    // The demo claim's two appearances moved over and the desk shows them without a reload.
    await page.getByRole("region", { name: "Appearances 3" }).waitFor();
    await page.getByRole("region", { name: "History" }).getByText("merged a duplicate into this claim").waitFor();
    await screenshot(page, "merged-claim-desk");
    await expectAccessible(page, "claim desk after merge");

    // The duplicate's own desk points to the claim it was merged into, instead of offering workflow moves.
    await page.goto(`${desk.server.url}${duplicatePath}`);
    const workflow = page.getByRole("region", { name: "Workflow" });
    await expect(workflow).toContainText(`Merged into “${NEW_TEXT}”`, { useInnerText: true });
    await expect(workflow.getByRole("link", { name: `“${NEW_TEXT}”` })).toHaveAttribute("href", claimPath);
    await expect(workflow.getByRole("button")).toHaveCount(0);

    // The merged claim has left the queue.
    await page.getByRole("link", { name: "← Claim queue" }).click();
    await page.getByLabel("Search claims").fill("communicating regarding");
    await page.getByText("No claims match these filters.").waitFor();
    expect(pageErrors(page)).toEqual([]);
  });
});

describe("a claim's claimant, event, date and place", () => {
  const TEXT = "Water and electricity were cut off in three villages near Jableh for four days.";
  const EVENT = "Violence in coastal Syria, March 2025";

  it("a reviewer adds a claim with its event, date and place, by a person added from the form", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByRole("list", { name: "Claims" }).waitFor();
    // Cancel closes the panel and gives focus back to the button that opened it.
    await page.getByRole("button", { name: "New claim" }).click();
    await page.getByRole("form", { name: "New claim" }).getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("form", { name: "New claim" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "New claim" })).toBeFocused();

    await page.getByRole("button", { name: "New claim" }).click();
    const form = page.getByRole("form", { name: "New claim" });
    await form.getByLabel("Claim text").fill(TEXT);

    // The claimant is not on the desk yet: add them without leaving the claim.
    await form.getByRole("button", { name: "New person or organisation" }).click();
    const person = form.getByRole("group", { name: "New person or organisation" });
    await expect(person.getByLabel("Name", { exact: true })).toBeFocused();
    await person.getByRole("button", { name: "Add person or organisation" }).click();
    await person.getByText("Name must not be empty").waitFor();
    await expect(person.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(person.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(/Name must not be empty/);
    // The claim itself was not submitted, so none of its fields is marked.
    await expect(form.getByLabel("Claim text")).not.toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page, "new claim form adding a person");

    await person.getByLabel("Name", { exact: true }).fill("Nour Khatib");
    await person.getByLabel("Claimant kind").selectOption({ label: "Person" });
    await person.getByLabel("Title or role").fill("Jableh municipal council member");
    await person.getByRole("button", { name: "Add person or organisation" }).click();
    await person.waitFor({ state: "detached" });
    const claimant = form.getByLabel("Claimant", { exact: true });
    await expect(claimant).toBeFocused();
    await expect(claimant.locator("option:checked")).toHaveText("Nour Khatib (Jableh municipal council member)");
    await form.getByRole("status").getByText("Added Nour Khatib").waitFor();

    await form.getByLabel("Claimant's role").fill("Member of Jableh's municipal council");
    await expect(form.getByLabel("Date precision")).toBeDisabled();
    await form.getByLabel("Claim date").fill("2025-03-01");
    await expect(form.getByLabel("Date precision")).toHaveValue("DAY");
    await form.getByLabel("Date precision").selectOption({ label: "Month" });
    await form.getByLabel("Place", { exact: true }).fill("Jableh, Latakia governorate");
    await form.getByLabel("Place precision").selectOption({ label: "City" });
    await form.getByLabel("Event").selectOption({ label: EVENT });
    await screenshot(page, "new-claim-with-context");
    await expectAccessible(page, "new claim form with event, date and place");
    await form.getByRole("button", { name: "Add claim" }).click();

    await page.getByRole("heading", { level: 1, name: TEXT }).waitFor();
    const facts = page.locator(".claim-summary");
    await expect(facts).toContainText("Nour Khatib, Member of Jableh's municipal council", { useInnerText: true });
    await expect(facts).toContainText("March 2025", { useInnerText: true });
    await expect(facts).toContainText("Jableh, Latakia governorate", { useInnerText: true });
    await expect(facts.getByRole("link", { name: EVENT })).toHaveAttribute("href", /^\/events\//);
    expect(pageErrors(page)).toEqual([]);
  });

  it("a reviewer re-attributes a claim to an organisation added from the edit form", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByRole("link", { name: /Moscow is concerned about the increased violence/ }).click();
    await page.getByRole("heading", { level: 1, name: /Moscow is concerned/ }).waitFor();

    await page.getByRole("button", { name: "Edit claim" }).click();
    const form = page.getByRole("form", { name: "Edit claim" });
    // The form takes focus from the button it replaces, and gives it back when it closes.
    await expect(form.getByRole("heading", { name: "Edit claim" })).toBeFocused();
    await form.getByRole("button", { name: "New person or organisation" }).click();
    const organisation = form.getByRole("group", { name: "New person or organisation" });
    await organisation.getByLabel("Name", { exact: true }).fill("Coastal Monitoring Network");
    await organisation.getByLabel("Claimant kind").selectOption({ label: "Organisation" });
    await expectAccessible(page, "edit claim form adding an organisation");
    // Enter adds the organisation; it does not save the claim.
    await organisation.getByLabel("Name", { exact: true }).press("Enter");
    await organisation.waitFor({ state: "detached" });
    await expect(form.getByLabel("Claimant", { exact: true }).locator("option:checked")).toHaveText("Coastal Monitoring Network");
    await form.getByRole("button", { name: "Save claim" }).click();
    await form.waitFor({ state: "detached" });
    await expect(page.getByRole("button", { name: "Edit claim" })).toBeFocused();
    await expect(page.locator(".claim-summary")).toContainText("Coastal Monitoring Network", { useInnerText: true });

    // The desk's list of people and organisations has it now, without a reload.
    await page.getByRole("button", { name: "Edit claim" }).click();
    await expect(form.getByLabel("Claimant", { exact: true }).locator("option:checked")).toHaveText("Coastal Monitoring Network");
    await expect(form.getByLabel("Claimant", { exact: true }).getByRole("option", { name: "Coastal Monitoring Network" })).toHaveCount(1);
    await screenshot(page, "edit-claim-new-claimant");
    expect(pageErrors(page)).toEqual([]);
  });
});
