import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type Actor, type SignedInActor, type TestServer } from "../testkit/server.js";
import { ErrorFields, factories, mutate } from "../testkit/factories.js";
import { graphql, narrow, narrowError } from "../testkit/graphql.js";

// Merge proposals: a reviewer who finds a duplicate proposes folding it into another claim; the editors are told,
// and one accepts it (the claims are merged in the same transaction) or declines it with a reason the proposer reads.

const Propose = graphql(
  `mutation Propose($input: ProposeMergeInput!) { proposeMerge(input: $input) { __typename
    ... on ProposeMergeSuccess { mergeProposal { id version status reason proposedBy { id } keep { id } duplicate { id } } }
    ...ErrorFields } }`,
  [ErrorFields],
);
const Accept = graphql(
  `mutation Accept($input: AcceptMergeProposalInput!) { acceptMergeProposal(input: $input) { __typename
    ... on AcceptMergeProposalSuccess { mergeProposal { id version status decidedBy { id } decidedAt
      keep { id appearances { totalCount } } duplicate { id status mergedInto { id } } } }
    ...ErrorFields } }`,
  [ErrorFields],
);
const Decline = graphql(
  `mutation Decline($input: DeclineMergeProposalInput!) { declineMergeProposal(input: $input) { __typename
    ... on DeclineMergeProposalSuccess { mergeProposal { id version status decisionNote decidedBy { id } } }
    ...ErrorFields } }`,
  [ErrorFields],
);
const Merge = graphql(`mutation Merge($input: MergeClaimsInput!) { mergeClaims(input: $input) { __typename ...ErrorFields } }`, [
  ErrorFields,
]);
const Proposals = graphql(`query Proposals($status: [MergeProposalStatus!]) {
  mergeProposals(first: 50, status: $status) { totalCount edges { node { id status decisionNote duplicate { id } keep { id } } } } }`);
const OnClaim = graphql(`query OnClaim($id: ID!) { node(id: $id) { ... on Claim { id version status
  openMergeProposals { id status proposedBy { name } duplicate { id } keep { id } }
  history(first: 50) { edges { node { action actor { id } } } } } } }`);
const Notifications = graphql(`query MergeNotifications {
  notifications(first: 50) { edges { node { kind actor { id } claim { id } mergeProposal { id status } } } } }`);

let server: TestServer;
let make: ReturnType<typeof factories>;
let leila: SignedInActor, omar: SignedInActor, editor: SignedInActor, secondEditor: SignedInActor;

beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  leila = await server.createUser("REVIEWER", "Leila Nasser");
  omar = await server.createUser("REVIEWER", "Omar Farouk");
  editor = await server.createUser("EDITOR", "Grace Mwangi");
  secondEditor = await server.createUser("EDITOR", "Tomás Ruiz");
});
afterAll(() => server?.close());

const claimOf = async (id: string, as: Actor = editor) => narrow((await server.execute(OnClaim, { id }, as)).node, "Claim");
const notificationsOf = async (as: Actor) => (await server.execute(Notifications, {}, as)).notifications.edges.map((e) => e.node);
const proposalCount = () => server.app.database.prisma.mergeProposal.count();

async function twoClaims() {
  const keep = await make.claim(leila, { appearance: { source: { url: `https://a.example/${Math.random()}` }, excerpt: "as said" } });
  const duplicate = await make.claim(omar, { appearance: { source: { url: `https://b.example/${Math.random()}` }, excerpt: "as said" } });
  return { keep, duplicate };
}

describe("proposing a merge", () => {
  it("a reviewer proposes; every editor is told; the claim and the editors' list show it; the history records it", async () => {
    const { keep, duplicate } = await twoClaims();
    const { mergeProposal } = await mutate(server, leila, Propose, {
      input: { keep: keep.id, duplicate: duplicate.id, reason: "Same quote, reported by another outlet." },
    });
    expect(mergeProposal).toMatchObject({
      status: "OPEN",
      reason: "Same quote, reported by another outlet.",
      proposedBy: { id: leila.id },
      keep: { id: keep.id },
      duplicate: { id: duplicate.id },
    });

    for (const who of [editor, secondEditor]) {
      expect(await notificationsOf(who)).toContainEqual({
        kind: "MERGE_PROPOSED",
        actor: { id: leila.id },
        claim: { id: keep.id },
        mergeProposal: { id: mergeProposal.id, status: "OPEN" },
      });
    }
    expect((await notificationsOf(leila)).filter((n) => n.kind === "MERGE_PROPOSED")).toEqual([]);
    expect((await notificationsOf(omar)).filter((n) => n.kind === "MERGE_PROPOSED")).toEqual([]);

    // Both claims show the open proposal to the desk.
    for (const id of [keep.id, duplicate.id]) {
      expect((await claimOf(id, omar)).openMergeProposals).toEqual([
        {
          id: mergeProposal.id,
          status: "OPEN",
          proposedBy: { name: "Leila Nasser" },
          duplicate: { id: duplicate.id },
          keep: { id: keep.id },
        },
      ]);
    }
    const open = (await server.execute(Proposals, {}, editor)).mergeProposals.edges.map((e) => e.node.id);
    expect(open).toContain(mergeProposal.id);
    expect((await claimOf(keep.id)).history.edges.map((e) => e.node)).toContainEqual({
      action: "merge_proposal.create",
      actor: { id: leila.id },
    });
  });

  it("refuses a second proposal of the same merge, a claim into itself and a claim with a verdict, changing nothing", async () => {
    const { keep, duplicate } = await twoClaims();
    await mutate(server, leila, Propose, { input: { keep: keep.id, duplicate: duplicate.id } });
    const published = await make.claim(leila);
    const evidence = await make.evidence(leila, published.id);
    await make.verdict(editor, published.id, [evidence.id]);
    const before = await proposalCount();

    const again = narrowError((await server.execute(Propose, { input: { keep: keep.id, duplicate: duplicate.id } }, omar)).proposeMerge);
    expect(again).toMatchObject({
      __typename: "ValidationError",
      code: "merge/already_proposed",
      issues: [{ path: ["input", "duplicate"] }],
    });
    const self = narrowError((await server.execute(Propose, { input: { keep: keep.id, duplicate: keep.id } }, omar)).proposeMerge);
    expect(self).toMatchObject({ __typename: "ValidationError", code: "claim/merge_self" });
    const judged = narrowError((await server.execute(Propose, { input: { keep: keep.id, duplicate: published.id } }, omar)).proposeMerge);
    expect(judged).toMatchObject({ __typename: "ValidationError", code: "claim/merge_has_verdict" });
    expect(await proposalCount()).toBe(before);
  });

  it("is for staff: anonymous callers neither propose nor read proposals", async () => {
    const { keep, duplicate } = await twoClaims();
    const refused = await server.execute(Propose, { input: { keep: keep.id, duplicate: duplicate.id } }, anonymous);
    expect(refused.proposeMerge.__typename).toBe("ForbiddenError");
    const read = await server.request(Proposals, {}, anonymous);
    expect(read.data?.mergeProposals ?? null).toBeNull();
    expect(read.errors?.[0]?.extensions?.code).toBe("auth/forbidden");
  });
});

describe("deciding a proposal", () => {
  it("an editor accepts: the claims merge, the proposal is accepted, proposals overtaken by it are superseded, the proposers are told", async () => {
    const { keep, duplicate } = await twoClaims();
    const third = await make.claim(omar);
    const proposed = (await mutate(server, leila, Propose, { input: { keep: keep.id, duplicate: duplicate.id } })).mergeProposal;
    // Omar thinks the duplicate belongs with a third claim: accepting Leila's proposal overtakes his.
    const rival = (await mutate(server, omar, Propose, { input: { keep: third.id, duplicate: duplicate.id } })).mergeProposal;

    const stale = narrowError(
      (await server.execute(Accept, { input: { id: proposed.id, expectedVersion: 7 } }, editor)).acceptMergeProposal,
    );
    expect(stale).toMatchObject({ __typename: "ConflictError", currentVersion: 1 });
    expect((await claimOf(duplicate.id)).status).not.toBe("ARCHIVED");

    const { mergeProposal } = await mutate(server, editor, Accept, { input: { id: proposed.id, expectedVersion: proposed.version } });
    expect(mergeProposal).toMatchObject({
      status: "ACCEPTED",
      decidedBy: { id: editor.id },
      decidedAt: expect.any(String),
      keep: { id: keep.id, appearances: { totalCount: 2 } },
      duplicate: { id: duplicate.id, status: "ARCHIVED", mergedInto: { id: keep.id } },
    });

    const all = (await server.execute(Proposals, { status: [] }, editor)).mergeProposals.edges.map((e) => e.node);
    expect(all.find((p) => p.id === rival.id)).toMatchObject({ status: "SUPERSEDED" });
    expect(await notificationsOf(leila)).toContainEqual({
      kind: "MERGE_PROPOSAL_DECIDED",
      actor: { id: editor.id },
      claim: { id: keep.id },
      mergeProposal: { id: proposed.id, status: "ACCEPTED" },
    });
    expect(await notificationsOf(omar)).toContainEqual(
      expect.objectContaining({ kind: "MERGE_PROPOSAL_DECIDED", mergeProposal: { id: rival.id, status: "SUPERSEDED" } }),
    );
    expect((await claimOf(keep.id)).openMergeProposals).toEqual([]);
    expect((await claimOf(third.id)).openMergeProposals).toEqual([]);
    const actions = (await claimOf(keep.id)).history.edges.map((e) => e.node.action);
    expect(actions).toEqual(expect.arrayContaining(["merge_proposal.create", "claim.merge_into", "merge_proposal.accept"]));

    const again = narrowError(
      (await server.execute(Accept, { input: { id: proposed.id, expectedVersion: 2 } }, secondEditor)).acceptMergeProposal,
    );
    expect(again).toMatchObject({ __typename: "ValidationError", code: "merge/proposal_decided" });
  });

  it("an editor declines with a reason the proposer reads; a reason is required and a declined proposal stays declined", async () => {
    const { keep, duplicate } = await twoClaims();
    const proposed = (await mutate(server, leila, Propose, { input: { keep: keep.id, duplicate: duplicate.id } })).mergeProposal;

    const blank = narrowError(
      (await server.execute(Decline, { input: { id: proposed.id, expectedVersion: 1, reason: "  " } }, editor)).declineMergeProposal,
    );
    expect(blank).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "reason"], message: "Reason must not be empty" }],
    });

    const reason = "Different days: the first is about Friday's clashes, this one about Sunday's.";
    const { mergeProposal } = await mutate(server, editor, Decline, { input: { id: proposed.id, expectedVersion: 1, reason } });
    expect(mergeProposal).toMatchObject({ status: "DECLINED", decisionNote: reason, decidedBy: { id: editor.id }, version: 2 });
    expect(await notificationsOf(leila)).toContainEqual({
      kind: "MERGE_PROPOSAL_DECIDED",
      actor: { id: editor.id },
      claim: { id: keep.id },
      mergeProposal: { id: proposed.id, status: "DECLINED" },
    });
    expect((await claimOf(duplicate.id)).status).not.toBe("ARCHIVED");

    const accept = narrowError(
      (await server.execute(Accept, { input: { id: proposed.id, expectedVersion: 2 } }, editor)).acceptMergeProposal,
    );
    expect(accept).toMatchObject({ __typename: "ValidationError", code: "merge/proposal_decided" });
    expect((await claimOf(duplicate.id)).status).not.toBe("ARCHIVED");
    // Declined, the same merge may be proposed again later (with better evidence).
    await mutate(server, omar, Propose, { input: { keep: keep.id, duplicate: duplicate.id, reason: "Same footage." } });
  });

  it("merging the claims directly settles an open proposal of that merge", async () => {
    const { keep, duplicate } = await twoClaims();
    const proposed = (await mutate(server, leila, Propose, { input: { keep: keep.id, duplicate: duplicate.id } })).mergeProposal;
    const version = await make.claimVersion(editor, duplicate.id);
    await mutate(server, editor, Merge, { input: { keep: keep.id, duplicates: [{ id: duplicate.id, expectedVersion: version }] } });
    const all = (await server.execute(Proposals, { status: ["ACCEPTED"] }, editor)).mergeProposals.edges.map((e) => e.node.id);
    expect(all).toContain(proposed.id);
  });
});
