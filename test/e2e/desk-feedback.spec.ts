import { describe, it } from "vitest";
import { factories } from "../testkit/factories.js";
import { expect, expectAccessible, pageErrors, signIn, useDemoDesk } from "./support/browser.js";

// What a fact-checker is told after acting on the desk: a notification they follow is read, the history says whom a
// claim went to and which evidence left the list, and removing evidence or deleting a note says so and keeps focus
// where they were working.

const CLAIM = "The coastal road was closed to aid convoys on 9 March.";
const EXCERPT = "Convoys reached Baniyas on 9 March, according to the Red Crescent.";
let claimId = "";

const desk = useDemoDesk({
  setup: async (server) => {
    const make = factories(server);
    const reviewer = await server.signIn("reviewer@demo.factdesk", "demo-reviewer-1");
    const claim = await make.claim(reviewer, { text: CLAIM });
    claimId = claim.id;
    await make.evidence(reviewer, claim.id, { excerpt: EXCERPT, stance: "REFUTES" });
  },
});

const focused = (page: import("playwright-core").Page) =>
  page.evaluate(() => document.activeElement?.textContent?.replace(/\s+/g, " ").trim() ?? "");

describe("feedback on the claim desk", () => {
  it("the history says whom a claim was assigned to, and the assignee's notification is read once they open it", async () => {
    const editor = await desk.openPage();
    await signIn(editor, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    await editor.goto(`${desk.server.url}/claims/${claimId}`);
    await editor.getByRole("heading", { level: 1, name: CLAIM }).waitFor();
    // Choosing a name is not yet assigning (a keyboard user arrowing through the list would assign everyone on it).
    const workflow = editor.getByRole("region", { name: "Workflow" });
    await expect(workflow.getByRole("button", { name: "Assign", exact: true })).toBeDisabled();
    await editor.getByLabel("Assign to").selectOption({ label: "Sam Okafor" });
    await workflow.getByRole("button", { name: "Assign", exact: true }).click();
    await expect(workflow.getByRole("status")).toHaveText("Assigned to Sam Okafor.");
    await expect(editor.getByLabel("Assign to")).toBeFocused();
    const history = editor.getByRole("region", { name: "History" });
    await expect(history).toContainText("Elena Petrova assigned the claim to Sam Okafor", { useInnerText: true });

    const assignee = await desk.openPage();
    await signIn(assignee, desk.server.url, "reviewer2@demo.factdesk", "demo-reviewer-2");
    const bell = assignee.getByRole("navigation", { name: "Account" }).getByRole("link", { name: /^Notifications/ });
    await expect(bell).toHaveAccessibleName("Notifications (1 unread)");
    await bell.click();
    const item = assignee.getByRole("list", { name: "Notifications" }).getByRole("listitem");
    await expect(item).toContainText("Elena Petrova assigned you a claim", { useInnerText: true });
    await item.getByRole("link", { name: CLAIM }).click();
    await assignee.getByRole("heading", { level: 1, name: CLAIM }).waitFor();
    // Opening it was reading it: the badge clears without a trip back to "Mark read".
    await expect(bell).toHaveAccessibleName("Notifications");
    await assignee.goBack();
    await expect(assignee.getByRole("status").filter({ hasText: "Nothing unread." })).toBeVisible();
    await expect(item.getByRole("button", { name: /^Mark read/ })).toHaveCount(0);
    expect(pageErrors(editor)).toEqual([]);
    expect(pageErrors(assignee)).toEqual([]);
  });

  it("marking notifications read keeps focus on the list instead of the top of the page", async () => {
    const editor = await desk.openPage();
    await signIn(editor, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    for (const claim of [/Russia and the US are communicating/, /Moscow is concerned/]) {
      await editor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Claim queue" }).click();
      await editor.getByRole("link", { name: claim }).click();
      await editor.getByLabel("Assign to").selectOption({ label: "Sam Okafor" });
      await editor.getByRole("button", { name: "Assign", exact: true }).click();
      await expect(editor.getByRole("region", { name: "Workflow" }).getByRole("status")).toHaveText("Assigned to Sam Okafor.");
    }

    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer2@demo.factdesk", "demo-reviewer-2");
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Notifications (2 unread)" }).click();
    const items = page.getByRole("list", { name: "Notifications" }).getByRole("listitem");
    await items
      .first()
      .getByRole("button", { name: /^Mark read/ })
      .focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "1 unread" })).toBeVisible();
    await expect(items.first()).toBeFocused();
    await page.getByRole("button", { name: "Mark all read" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Nothing unread." })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeFocused();
    expect(pageErrors(page)).toEqual([]);
  });

  it("the queue filters by one assignee at a time: 'Assigned to me' and a chosen colleague replace each other", async () => {
    // Continues from the first test: the claim is assigned to Sam Okafor.
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer2@demo.factdesk", "demo-reviewer-2");
    const filters = page.getByRole("search", { name: "Filter claims" });
    const claims = page.getByRole("list", { name: "Claims" });
    await filters.getByLabel("Assignee").selectOption({ label: "Rana Haddad" });
    await expect(page).toHaveURL(/assignee=/);
    await expect(claims.getByRole("link", { name: CLAIM })).toHaveCount(0);

    await filters.getByLabel("Assigned to me").check();
    await expect(filters.getByLabel("Assignee")).toHaveValue("");
    await expect(page).toHaveURL(/\?mine=1$/);
    await expect(claims.getByRole("link", { name: CLAIM })).toHaveCount(1);

    await filters.getByLabel("Assignee").selectOption({ label: "Sam Okafor" });
    await expect(filters.getByLabel("Assigned to me")).not.toBeChecked();
    await expect(claims.getByRole("link", { name: CLAIM })).toHaveCount(1);
    expect(pageErrors(page)).toEqual([]);
  });

  it("the workflow buttons keep keyboard focus in their row and say what they did", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByRole("link", { name: /Videos circulating online/ }).click();
    const workflow = page.getByRole("region", { name: "Workflow" });
    await workflow.getByRole("button", { name: "Assign to me" }).focus();
    await page.keyboard.press("Enter");
    await expect(workflow.getByRole("status")).toHaveText("Assigned to you.");
    await expect(workflow.getByRole("button", { name: "Unassign me" })).toBeFocused();

    await workflow.getByRole("button", { name: "Move to In review" }).focus();
    await page.keyboard.press("Enter");
    await expect(workflow.getByRole("status")).toHaveText("Moved to In review.");
    // The pressed button is gone; the next move takes its place under the keyboard.
    await expect(workflow.getByRole("button", { name: "Send to editor" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(workflow.getByRole("status")).toHaveText("Sent to an editor.");
    await expect(workflow.getByRole("button").first()).toBeFocused();
    expect(pageErrors(page)).toEqual([]);
  });

  it("on a phone, removing and restoring evidence says so, keeps focus in the section, and the history names the evidence", async () => {
    const page = await desk.openPage({ width: 390, height: 844 });
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.goto(`${desk.server.url}/claims/${claimId}`);
    const evidence = page.getByRole("region", { name: /^Evidence/ });
    const item = evidence.getByRole("listitem").filter({ hasText: EXCERPT });
    const remove = item.getByRole("button", { name: /^Remove evidence “Convoys reached Baniyas/ });

    // A form opened from an item takes focus, and closing it goes back to the button that opened it.
    const edit = item.getByRole("button", { name: /^Edit evidence “Convoys reached Baniyas/ });
    await edit.click();
    await expect(evidence.getByRole("form", { name: "Edit evidence" }).getByLabel("Excerpt")).toBeFocused();
    await evidence.getByRole("form", { name: "Edit evidence" }).getByRole("button", { name: "Cancel" }).click();
    await expect(edit).toBeFocused();
    const grade = item.getByRole("button", { name: /^Grade source of evidence “Convoys reached Baniyas/ });
    await grade.click();
    await expect(evidence.getByLabel("Kind of source")).toBeFocused();
    await evidence.getByRole("button", { name: "Save source" }).click();
    await expect(grade).toBeFocused();

    // Changing one's mind goes back to the button that asked.
    await remove.click();
    await item
      .getByRole("group", { name: /Remove this evidence\?/ })
      .getByRole("button", { name: "Cancel" })
      .click();
    await expect(remove).toBeFocused();

    await remove.click();
    await item.getByRole("button", { name: "Remove evidence" }).click();
    await expect(evidence.getByRole("status")).toHaveText("Evidence removed. You can restore it from the removed evidence.");
    await expect(evidence).toContainText("No evidence yet.");
    const toggle = evidence.getByRole("button", { name: "Show removed evidence" });
    await expect(toggle).toBeFocused();
    const history = page.getByRole("region", { name: "History" });
    await expect(history.getByRole("listitem").last()).toContainText(`Rana Haddad removed evidence · “${EXCERPT}”`, {
      useInnerText: true,
    });
    await expect(history).not.toContainText("Removed:");

    await toggle.click();
    await evidence.getByRole("button", { name: /^Restore evidence “Convoys reached Baniyas/ }).click();
    await expect(evidence.getByRole("status")).toHaveText("Evidence restored to the list.");
    await expect(evidence.getByRole("listitem").filter({ hasText: EXCERPT })).toHaveCount(1);
    expect(await focused(page)).toBe("Hide removed evidence");
    await expect(history.getByRole("listitem").last()).toContainText(`Rana Haddad restored evidence · “${EXCERPT}”`, {
      useInnerText: true,
    });
    await expectAccessible(page, "claim desk after restoring evidence, at 390 px");
    expect(pageErrors(page)).toEqual([]);
  });

  it("deleting a note asks first, then says it is gone and keeps focus in the thread", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.goto(`${desk.server.url}/claims/${claimId}`);
    const notes = page.getByRole("region", { name: /^Notes/ });
    await notes.getByLabel("New note").fill("Ask the Red Crescent for the convoy log.");
    await notes.getByRole("button", { name: "Add note" }).click();
    const note = notes.getByRole("listitem", { name: "Note by Rana Haddad" });
    await expect(note).toContainText("Ask the Red Crescent for the convoy log.");

    const edit = note.getByRole("button", { name: "Edit note" });
    await edit.click();
    await expect(note.getByLabel("Note", { exact: true })).toBeFocused();
    await note.getByLabel("Note", { exact: true }).fill("Ask the Red Crescent for the convoy log. And the 9 March list.");
    await note.getByRole("button", { name: "Save note" }).click();
    await expect(edit).toBeFocused();

    const del = note.getByRole("button", { name: "Delete note" });
    await del.click();
    const confirm = note.getByRole("group", { name: /Delete this note\?/ });
    await expect(note).toContainText("Ask the Red Crescent for the convoy log.");
    await confirm.getByRole("button", { name: "Cancel" }).click();
    await expect(del).toBeFocused();

    await del.click();
    await confirm.getByRole("button", { name: "Delete note" }).click();
    await expect(notes.getByRole("status").filter({ hasText: "Note deleted." })).toBeVisible();
    await expect(note).toHaveCount(0);
    await expect(notes.getByRole("heading", { name: /^Notes/ })).toBeFocused();
    expect(pageErrors(page)).toEqual([]);
  });
});
