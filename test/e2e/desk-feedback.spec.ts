import { describe, it } from "vitest";
import { factories } from "../testkit/factories.js";
import { expect, pageErrors, signIn, useDemoDesk } from "./support/browser.js";

// What a fact-checker is told after acting on the desk: a notification they follow is read, and the history says whom
// a claim went to.

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

describe("feedback on the claim desk", () => {
  it("the history says whom a claim was assigned to, and the assignee's notification is read once they open it", async () => {
    const editor = await desk.openPage();
    await signIn(editor, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    await editor.goto(`${desk.server.url}/claims/${claimId}`);
    await editor.getByRole("heading", { level: 1, name: CLAIM }).waitFor();
    await editor.getByLabel("Assign to").selectOption({ label: "Sam Okafor" });
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
});
