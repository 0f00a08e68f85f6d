import { describe, it } from "vitest";
import { graphql } from "../testkit/graphql.js";
import { ErrorFields, mutate } from "../testkit/factories.js";
import { expect, expectAccessible, pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";

// A reviewer who finds a duplicate proposes the merge from the claim desk; the editor decides it from "My work"
// (a refusal needs a reason), and the reviewer reads the outcome in their notifications.

const NEW_TEXT = "Russia and the United States are communicating about the situation in Syria.";
const DEMO_TEXT = "Russia and the US are communicating regarding the situation in Syria.";
const REASON = "Same Nebenzia briefing, reported by another outlet.";

const AddClaim = graphql(
  `mutation AddClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename
    ... on CreateClaimSuccess { claim { id } } ...ErrorFields } }`,
  [ErrorFields],
);

let claimId = "";

const desk = useDemoDesk({
  setup: async (server) => {
    claimId = (await mutate(server, server.admin, AddClaim, { input: { text: NEW_TEXT, kind: "STATEMENT" } })).claim.id;
  },
});

describe("merge proposals", () => {
  it("a reviewer proposes a merge; the editor declines only with a reason, then accepts; the reviewer is told", async () => {
    const reviewer = await desk.openPage();
    await signIn(reviewer, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await reviewer.goto(`${desk.server.url}/claims/${claimId}`);
    await reviewer.getByRole("heading", { level: 1, name: NEW_TEXT }).waitFor();

    const similar = reviewer.getByRole("region", { name: /^Similar claims/ });
    const item = similar.getByRole("listitem").filter({ has: reviewer.getByRole("link", { name: DEMO_TEXT }) });
    const duplicatePath = await item.getByRole("link", { name: DEMO_TEXT }).getAttribute("href");
    await item.getByRole("button", { name: "Propose merge" }).click();
    const step = item.getByRole("group", { name: "Propose merge" });
    await expect(step).toContainText(`Propose merging “${DEMO_TEXT}” into this claim?`, { useInnerText: true });
    await step.getByLabel("Why they are the same claim").fill(REASON);
    await expectAccessible(reviewer, "merge proposal step");
    await step.getByRole("button", { name: "Send proposal" }).click();
    await item.getByText(`Merge proposed by Rana Haddad: “${REASON}”`).waitFor();
    await expect(item.getByRole("button", { name: "Propose merge" })).toHaveCount(0);
    await reviewer.getByRole("region", { name: "History" }).getByText("proposed merging a duplicate into this claim").waitFor();
    await screenshot(reviewer, "merge-proposed");

    const editor = await desk.openPage();
    await signIn(editor, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    await editor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My work" }).click();
    const proposals = editor.getByRole("region", { name: /^Merge proposals/ });
    await expect(proposals.getByRole("heading", { level: 2 })).toHaveText("Merge proposals 1");
    const proposal = proposals.getByRole("listitem").filter({ hasText: REASON });
    await expect(proposal).toContainText(`Merge ${DEMO_TEXT} into ${NEW_TEXT}`, { useInnerText: true });
    await expect(proposal).toContainText("Proposed by Rana Haddad");
    await screenshot(editor, "my-work-merge-proposals");
    await expectAccessible(editor, "my work with a merge proposal");

    // Declining asks why; an empty reason is refused on the field and nothing changes.
    await proposal.getByRole("button", { name: "Decline" }).click();
    const decline = proposal.getByRole("group", { name: "Decline proposal" });
    await decline.getByRole("button", { name: "Decline proposal" }).click();
    await decline.getByText("Reason must not be empty").first().waitFor();
    await expect(decline.getByLabel("Why they are not the same claim")).toHaveAttribute("aria-invalid", "true");
    await decline.getByRole("button", { name: "Cancel" }).click();

    await proposal.getByRole("button", { name: "Accept" }).click();
    await proposal.getByRole("group", { name: "Confirm merge" }).getByRole("button", { name: "Accept and merge" }).click();
    await proposals
      .getByRole("status")
      .getByText(/^Merged “Russia and the US are communicating/)
      .waitFor();
    await proposals.getByText("No reviewer has proposed a merge.").waitFor();
    await expect(proposals.getByRole("heading", { level: 2 })).toHaveText("Merge proposals 0");

    // The kept claim now holds the demo claim's appearances; its history shows the merge and the decision.
    await editor.goto(`${desk.server.url}/claims/${claimId}`);
    await editor.getByRole("region", { name: "Appearances 2" }).waitFor();
    const history = editor.getByRole("region", { name: "History" });
    await history.getByText("merged a duplicate into this claim").waitFor();
    await history.getByText("accepted a merge proposal").waitFor();

    // The merged-away claim keeps its record, says where the work went, and offers none of the work it would refuse.
    await editor.goto(`${desk.server.url}${duplicatePath}`);
    await editor.getByText(/^This claim was merged into another, which took its evidence, ratings and notes/).waitFor();
    for (const name of ["Add evidence", "Rate", "Edit claim", "Record a figure"]) {
      await expect(editor.getByRole("button", { name, exact: true }), name).toHaveCount(0);
    }
    await expect(editor.getByRole("heading", { name: "Your rating" })).toHaveCount(0);
    await expect(editor.getByRole("form", { name: "Add a note" })).toHaveCount(0);

    // The reviewer hears of it.
    await reviewer
      .getByRole("navigation", { name: "Account" })
      .getByRole("link", { name: /^Notifications/ })
      .click();
    const notice = reviewer.getByRole("list", { name: "Notifications" }).getByRole("listitem").first();
    await expect(notice).toContainText(`Elena Petrova accepted your merge proposal: ${NEW_TEXT}`, { useInnerText: true });
    await expectAccessible(reviewer, "notifications with a merge decision");
    expect(pageErrors(reviewer)).toEqual([]);
    expect(pageErrors(editor)).toEqual([]);
  });
});
