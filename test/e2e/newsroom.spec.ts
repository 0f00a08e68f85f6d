import { describe, it } from "vitest";
import type { Page } from "playwright-core";
import { factories } from "../testkit/factories.js";
import { expect, expectAccessible, pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";

// Working together on a claim: a note that mentions a colleague reaches them as a notification while they work,
// and an editor finds a contested verdict waiting for their sign-off under "My work".

const CONTESTED = "A second strike hit the Jableh field hospital on 8 March.";
const PROPOSED_HEADLINE = "Mixed: one strike is documented, the second is not";

const desk = useDemoDesk({
  // A contested verdict (one TRUE, one FALSE rating) proposed by the admin: it waits for a second editor.
  setup: async (server) => {
    const make = factories(server);
    const first = await server.signIn("reviewer@demo.factdesk", "demo-reviewer-1");
    const second = await server.signIn("reviewer2@demo.factdesk", "demo-reviewer-2");
    const claim = await make.claim(first, { text: CONTESTED });
    const evidence = await make.evidence(first, claim.id);
    await make.rating(first, claim.id, { label: "TRUE" });
    await make.rating(second, claim.id, { label: "FALSE" });
    await make.verdict(server.admin, claim.id, [evidence.id], { label: "MIXED", headline: PROPOSED_HEADLINE });
  },
});

describe("the newsroom loop", () => {
  let colleague: Page;

  it("a note that mentions a colleague renders its markdown safely and reaches them as a live notification", async () => {
    colleague = await desk.openPage();
    // The header follows the colleague's notifications over a live stream from the moment they are signed in.
    const following = colleague.waitForResponse((response) => (response.request().postData() ?? "").includes("NotificationArrived"));
    await signIn(colleague, desk.server.url, "reviewer2@demo.factdesk", "demo-reviewer-2");
    await colleague.getByRole("heading", { name: "Claim queue" }).waitFor();
    const bell = colleague.getByRole("navigation", { name: "Account" }).getByRole("link", { name: /^Notifications/ });
    await expect(bell).toHaveAccessibleName("Notifications");
    await following;

    const author = await desk.openPage();
    await signIn(author, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await author.getByRole("link", { name: /Russia and the US are communicating/ }).click();
    const notes = author.getByRole("region", { name: /^Notes/ });
    await expect(notes).toContainText("No notes yet.");
    const form = notes.getByRole("form", { name: "Add a note" });
    await form.getByLabel("New note").fill("**Check the timestamp** first. <img src=x onerror=alert(1)> ");
    await form.getByLabel("Mention").selectOption({ label: "Sam Okafor" });
    await expect(form.getByLabel("New note")).toHaveValue(/first\. <img src=x onerror=alert\(1\)> @Sam Okafor $/);
    // Picking a colleague puts focus back in the text, with the caret after the name: typing goes on from there.
    await expect(form.getByLabel("New note")).toBeFocused();
    await author.keyboard.type("can you geolocate the video?");
    await form.getByRole("button", { name: "Add note" }).click();
    await form.getByText("Note added.").waitFor();

    const note = notes.getByRole("listitem", { name: "Note by Rana Haddad" });
    await expect(note.locator("strong", { hasText: "Check the timestamp" })).toBeVisible();
    await expect(note).toContainText("@Sam Okafor can you geolocate the video?", { useInnerText: true });
    // Raw HTML in a note is never rendered: no image element, no handler.
    await expect(note.locator("img")).toHaveCount(0);
    await screenshot(author, "claim-desk-notes");
    await expectAccessible(author, "claim desk with notes");

    // The colleague, on another page, sees the badge rise without reloading, and follows it to the claim.
    await expect(bell).toHaveAccessibleName("Notifications (1 unread)");
    await bell.click();
    await colleague.getByRole("heading", { level: 1, name: "Notifications" }).waitFor();
    const item = colleague.getByRole("list", { name: "Notifications" }).getByRole("listitem").first();
    await expect(item).toContainText(/Rana Haddad mentioned you in a note: Russia and the US are communicating/, { useInnerText: true });
    await screenshot(colleague, "notifications");
    await expectAccessible(colleague, "notifications");
    await item.getByRole("button", { name: /^Mark read/ }).click();
    await expect(bell).toHaveAccessibleName("Notifications");
    await expect(colleague.getByRole("status").filter({ hasText: "Nothing unread." })).toBeVisible();

    // The mention is listed under "My work" too, and leads to the thread.
    await colleague.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My work" }).click();
    const mentions = colleague.getByRole("region", { name: /^Mentions/ });
    await expect(mentions).toContainText("Check the timestamp", { useInnerText: true });
    await mentions.getByRole("link", { name: /Russia and the US are communicating/ }).click();
    await colleague
      .getByRole("region", { name: /^Notes/ })
      .getByRole("listitem", { name: "Note by Rana Haddad" })
      .waitFor();
    // Not hers: no way to edit or delete it.
    await expect(colleague.getByRole("button", { name: "Edit note" })).toHaveCount(0);

    // Its author edits it; the history keeps both wordings.
    await note.getByRole("button", { name: "Edit note" }).click();
    const edit = note.getByRole("form", { name: "Edit note" });
    await edit.getByLabel("Note").fill("Timestamp checked: 7 March. @Sam Okafor can you geolocate the video?");
    await edit.getByRole("button", { name: "Save note" }).click();
    await expect(note).toContainText("Timestamp checked: 7 March.", { useInnerText: true });
    await expect(note).toContainText("edited", { useInnerText: true });

    // The same note open for editing in two tabs: the second save is told about the first, never overwrites it, even
    // once a live update has brought the first save's wording into its page.
    await note.getByRole("button", { name: "Edit note" }).click();
    const otherTab = await desk.openPage();
    await signIn(otherTab, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await otherTab.goto(author.url());
    const otherNote = otherTab.getByRole("region", { name: /^Notes/ }).getByRole("listitem", { name: "Note by Rana Haddad" });
    await otherNote.getByRole("button", { name: "Edit note" }).click();
    await otherNote.getByRole("form", { name: "Edit note" }).getByLabel("Note").fill("Saved first, from the other tab.");
    await otherNote.getByRole("form", { name: "Edit note" }).getByRole("button", { name: "Save note" }).click();
    await expect(otherNote).toContainText("Saved first, from the other tab.", { useInnerText: true });
    await edit.getByLabel("Note").fill("Saved second, over a stale copy.");
    await edit.getByRole("button", { name: "Save note" }).click();
    await expect(edit.getByRole("alert")).toContainText("Nothing was saved: someone else changed", { useInnerText: true });
    await otherTab.reload();
    await expect(otherTab.getByRole("region", { name: /^Notes/ })).toContainText("Saved first, from the other tab.", {
      useInnerText: true,
    });

    // Refresh keeps the form open with the rewording, shows the note as it is now, and the next save goes against it.
    await edit.getByRole("alert").getByRole("button", { name: "Refresh" }).click();
    const now = edit.getByRole("region", { name: "Current wording" });
    await expect(now).toContainText("Saved first, from the other tab.", { useInnerText: true });
    await expect(now).toBeFocused();
    await expect(edit.getByRole("alert")).toHaveCount(0);
    await expect(edit.getByLabel("Note")).toHaveValue("Saved second, over a stale copy.");
    await expectAccessible(author, "note edit after a conflict");
    await edit.getByRole("button", { name: "Save note" }).click();
    await edit.waitFor({ state: "detached" });
    await expect(note).toContainText("Saved second, over a stale copy.", { useInnerText: true });
    await expect(note.getByRole("button", { name: "Edit note" })).toBeFocused();
    expect(pageErrors(otherTab)).toEqual([]);
    expect(pageErrors(author)).toEqual([]);
    expect(pageErrors(colleague)).toEqual([]);
  });

  it("an editor finds a contested verdict under My work, awaiting their sign-off, and signs it off", async () => {
    const editor = await desk.openPage();
    await signIn(editor, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    await editor.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Notifications (1 unread)" }).waitFor();
    await editor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My work" }).click();
    const awaiting = editor.getByRole("region", { name: /^Awaiting your sign-off/ });
    await expect(awaiting).toContainText(PROPOSED_HEADLINE, { useInnerText: true });
    await expect(awaiting).toContainText("Proposed by", { useInnerText: true });
    await screenshot(editor, "my-work");
    await expectAccessible(editor, "my work");

    await awaiting.getByRole("link", { name: PROPOSED_HEADLINE }).click();
    await editor.getByRole("heading", { level: 1, name: CONTESTED }).waitFor();
    await editor.getByRole("button", { name: "Sign off and publish" }).click();
    await editor.getByRole("region", { name: "Workflow" }).getByText("Published", { exact: true }).waitFor();

    await editor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My work" }).click();
    await expect(editor.getByRole("region", { name: /^Awaiting your sign-off/ })).toContainText("No contested verdict is waiting");
    expect(pageErrors(editor)).toEqual([]);
  });
});
