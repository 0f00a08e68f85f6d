import { describe, it } from "vitest";
import { graphql } from "../testkit/graphql.js";
import type { Actor } from "../testkit/server.js";
import { expect, expectAccessible, pageErrors, screenshot, signIn, signOut, useDemoDesk } from "./support/browser.js";

// Two reviewers have the same claim open. One moves it on; the other's page is now stale, and a click there must save
// nothing, say who changed what, and offer the current state in one click.

const MILITIAS = "The local militias clashing with the new security forces are loyal to former President Bashar Assad.";

let reviewer: Actor;
const desk = useDemoDesk({
  setup: async (server) => {
    reviewer = await server.signIn("reviewer@demo.factdesk", "demo-reviewer-1");
  },
});

async function claimState(id: string) {
  const { claim } = await desk.server.execute(
    graphql(`query ClaimState($id: ID!) { claim(id: $id) { status assignee { name } } }`),
    { id },
    reviewer,
  );
  return claim!;
}

describe("stale actions", () => {
  it("a status click on a stale page is a conflict: who moved the claim, what changed, and Refresh shows it as it is now", async () => {
    // The demo's retracted verdict sent this claim back to review.
    const { claims } = await desk.server.execute(
      graphql(`query MilitiasClaim { claims(filter: { text: "local militias clashing" }, first: 1) { edges { node { id status } } } }`),
      {},
      reviewer,
    );
    const claim = claims.edges[0]!.node;
    expect(claim.status).toBe("IN_REVIEW");

    const first = await desk.openPage();
    const second = await desk.openPage();
    await Promise.all([
      signIn(first, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1"),
      signIn(second, desk.server.url, "reviewer2@demo.factdesk", "demo-reviewer-2"),
    ]);
    // Sam's live updates never arrive (a proxy that buffers event streams, a flaky connection): his page stays as
    // he opened it.
    await second.route("**/graphql", (route) =>
      // Only the subscription's stream: urql's queries also list text/event-stream among what they accept.
      route.request().headers().accept === "text/event-stream" ? route.abort() : route.continue(),
    );
    for (const page of [first, second]) {
      await page.goto(`${desk.server.url}/claims/${claim.id}`);
      await page.getByRole("heading", { level: 1, name: MILITIAS }).waitFor();
      await page.getByRole("region", { name: "Workflow" }).getByText("In review", { exact: true }).waitFor();
    }

    // Rana sends it to an editor.
    const firstWorkflow = first.getByRole("region", { name: "Workflow" });
    await firstWorkflow.getByRole("button", { name: "Send to editor" }).click();
    await firstWorkflow.getByText("Needs editor", { exact: true }).waitFor();

    // Sam, on the page he opened before that, moves it back to New.
    const workflow = second.getByRole("region", { name: "Workflow" });
    await workflow.getByRole("button", { name: "Back to New" }).click();
    const alert = workflow.getByRole("alert");
    await expect(alert).toContainText("Nothing was saved: someone else changed this claim first.", { useInnerText: true });
    await expect(alert).toContainText(/Rana Haddad sent it to an editor \(\d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC\)\./, {
      useInnerText: true,
    });
    await expect(alert.getByRole("list", { name: "What they changed" })).toHaveText(/^Status:\s*In review\s*→\s*Needs editor$/, {
      useInnerText: true,
    });
    await expect(alert).not.toContainText(/IN_REVIEW|NEEDS_EDITOR|version/, { useInnerText: true });
    // The stale moves are gone until the page shows what is current.
    await expect(workflow.getByRole("button", { name: "Back to New" })).toHaveCount(0);
    await screenshot(second, "stale-status-conflict");
    await expectAccessible(second, "stale status conflict");

    // Nothing was overwritten.
    expect((await claimState(claim.id)).status).toBe("NEEDS_EDITOR");

    await workflow.getByRole("button", { name: "Refresh" }).click();
    await expect(workflow.getByRole("alert")).toHaveCount(0);
    await workflow.getByText("Needs editor", { exact: true }).waitFor();
    await workflow.getByRole("button", { name: "Move to In review" }).waitFor();
    // The history shows the move as a diff.
    await expect(second.getByRole("region", { name: "History" })).toContainText(
      /Rana Haddad changed the status\s*Status:\s*In review\s*→\s*Needs editor/,
      {
        useInnerText: true,
      },
    );

    // Assigning from a stale page is a conflict too.
    await firstWorkflow.getByRole("button", { name: "Assign to me" }).click();
    await firstWorkflow.getByRole("button", { name: "Unassign me" }).waitFor();
    await workflow.getByRole("button", { name: "Assign to me" }).click();
    await expect(workflow.getByRole("alert")).toContainText("Rana Haddad assigned the claim to themselves", { useInnerText: true });
    expect((await claimState(claim.id)).assignee?.name).toBe("Rana Haddad");
    await workflow.getByRole("button", { name: "Refresh" }).click();
    // (textContent: the stylesheet sets the field names in capitals.)
    await expect(second.locator(".claim-summary")).toContainText(/Assigned to\s*Rana Haddad/);

    expect(pageErrors(first)).toEqual([]);
    expect(pageErrors(second)).toEqual([]);
  });

  it("a rating sent after the session ended in another tab says so, offers to sign in again, and keeps the text", async () => {
    const tab = await desk.openPage();
    await signIn(tab, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await tab.getByRole("link", { name: new RegExp(MILITIAS.slice(0, 40)) }).click();
    await tab.getByRole("heading", { level: 1, name: MILITIAS }).waitFor();
    const rate = tab.getByRole("form", { name: "Rate this claim" });
    await rate.getByLabel("Label").selectOption("MISLEADING");
    const rationale = "The militias' loyalties are disputed in the reporting.";
    await rate.getByLabel("Rationale").fill(rationale);

    // The same browser, another tab: signing out there ends this tab's session too.
    const other = await tab.context().newPage();
    await other.goto(desk.server.url);
    await signOut(other);

    // (Rana rated this claim in the demo desk: her form updates her rating.)
    await rate.getByRole("button", { name: "Update rating" }).click();
    const alert = rate.getByRole("alert");
    await expect(alert).toContainText("you are signed out", { useInnerText: true });
    await expect(alert.getByRole("link", { name: "Sign in again in a new tab" })).toHaveAttribute("target", "_blank");
    await expect(rate.getByLabel("Rationale")).toHaveValue(rationale);
    expect(pageErrors(tab)).toEqual([]);
  });

  it("what a reviewer is writing survives a reload of the tab, and is gone once signed out", async () => {
    const tab = await desk.openPage();
    await signIn(tab, desk.server.url, "reviewer2@demo.factdesk", "demo-reviewer-2");
    await tab.getByRole("link", { name: new RegExp(MILITIAS.slice(0, 40)) }).click();
    await tab.getByRole("heading", { level: 1, name: MILITIAS }).waitFor();
    const rationale = "Half written: the loyalties are reported, not shown.";
    const note = "Draft for @Rana: check the second video first.";
    await tab.getByRole("form", { name: "Rate this claim" }).getByLabel("Rationale").fill(rationale);
    await tab.getByRole("form", { name: "Add a note" }).getByLabel("New note").fill(note);

    await tab.reload();
    await tab.getByRole("heading", { level: 1, name: MILITIAS }).waitFor();
    await expect(tab.getByRole("form", { name: "Rate this claim" }).getByLabel("Rationale")).toHaveValue(rationale);
    await expect(tab.getByRole("form", { name: "Add a note" }).getByLabel("New note")).toHaveValue(note);

    await signOut(tab);
    await signIn(tab, desk.server.url, "reviewer2@demo.factdesk", "demo-reviewer-2");
    await tab.getByRole("link", { name: new RegExp(MILITIAS.slice(0, 40)) }).click();
    await tab.getByRole("heading", { level: 1, name: MILITIAS }).waitFor();
    await expect(tab.getByRole("form", { name: "Add a note" }).getByLabel("New note")).toHaveValue("");
    expect(pageErrors(tab)).toEqual([]);
  });
});
