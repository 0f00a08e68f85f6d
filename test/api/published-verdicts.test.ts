import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type SignedInActor, type TestServer } from "../testkit/server.js";
import { ErrorFields, factories, mutate } from "../testkit/factories.js";
import { graphql, narrow, narrowError, type VariablesOf } from "../testkit/graphql.js";

// Published means fixed: a verdict freezes the wording it judged; only a public correction changes it. Ratings of an
// earlier wording stop counting until confirmed; a retraction removes the ClaimReview markup and keeps its page.

let server: TestServer;
let make: ReturnType<typeof factories>;
let reviewer: SignedInActor, reviewer2: SignedInActor, editor: SignedInActor, editor2: SignedInActor;

const UPDATE = graphql(
  `mutation UpdateClaim($input: UpdateClaimInput!) { updateClaim(input: $input) {
  __typename ... on UpdateClaimSuccess { claim { version text place } } ...ErrorFields } }`,
  [ErrorFields],
);
const CORRECT = graphql(
  `mutation CorrectVerdict($input: CorrectVerdictInput!) { correctVerdict(input: $input) {
  __typename ... on CorrectVerdictSuccess { verdict { version judgedClaim { text claimantRole } corrections { changedFields before after reason } } } ...ErrorFields } }`,
  [ErrorFields],
);
const PUBLIC = graphql(
  `query PublicVerdict($id: ID!) { node(id: $id) { ... on Verdict { state headline judgedClaim { text claimantName claimantRole claimDate place appearances { url excerpt } } claimReview } } }`,
);
/** The ClaimReview JSON-LD a verdict carries (a JSON scalar): the one field these tests read. */
const claimReviewed = (claimReview: unknown) => (claimReview as { claimReviewed: string }).claimReviewed;

async function publishedClaim(text: string) {
  const claimant = await make.entity(editor, { name: `Spokesperson ${Math.random()}` });
  const claim = await make.claim(reviewer, {
    text,
    claimant: claimant.id,
    claimantRole: "Ministry spokesperson",
    claimDate: "2025-03-09T00:00:00.000Z",
    claimDatePrecision: "DAY",
    place: "Latakia",
    appearance: { source: { url: `https://news.example/${Math.random()}` }, excerpt: `The spokesperson said: ${text}` },
  });
  const evidence = await make.evidence(reviewer, claim.id);
  await make.rating(reviewer, claim.id, { label: "FALSE" });
  const verdict = await make.verdict(editor, claim.id, [evidence.id], { headline: "False: the records say otherwise" });
  return { claim, claimant, evidence, verdict, version: await make.claimVersion(reviewer, claim.id) };
}

beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  [reviewer, reviewer2, editor, editor2] = [
    await server.createUser("REVIEWER"),
    await server.createUser("REVIEWER"),
    await server.createUser("EDITOR"),
    await server.createUser("EDITOR"),
  ];
});
afterAll(() => server?.close());

describe("frozen wording", () => {
  it("refuses to change a published claim's text, claimant, role or date, for every role, and changes nothing", async () => {
    const { claim, verdict, version } = await publishedClaim("The port was closed for three days.");
    const before = await server.execute(PUBLIC, { id: verdict.id }, anonymous);
    const other = await make.entity(editor);
    const attempts: Partial<VariablesOf<typeof UPDATE>["input"]>[] = [
      { text: "The port was closed for two days." },
      { claimant: other.id },
      { claimantRole: "Former spokesperson" },
      { claimDate: "2025-03-08T00:00:00.000Z" },
    ];
    for (const actor of [reviewer, editor, server.admin]) {
      for (const input of attempts) {
        const refused = await server.execute(UPDATE, { input: { id: claim.id, expectedVersion: version, ...input } }, actor);
        expect(refused.updateClaim).toMatchObject({ __typename: "ValidationError", code: "claim/wording_published" });
        const error = narrow(refused.updateClaim, "ValidationError");
        expect(error.issues[0]!.path).toEqual(["input", Object.keys(input)[0] === "claimant" ? "claimant" : Object.keys(input)[0]]);
        expect(error.message).toMatch(/correct/);
      }
    }
    expect(await make.claimVersion(reviewer, claim.id)).toBe(version);
    // What the verdict shows readers did not move.
    expect(await server.execute(PUBLIC, { id: verdict.id }, anonymous)).toEqual(before);
  });

  it("shows readers the wording judged, even after the claim's other fields change on the desk", async () => {
    const { claim, verdict, version } = await publishedClaim("Forty trucks of aid crossed on Monday.");
    // The old path: an edit of a published claim changed what readers saw. Non-wording fields may still change.
    const edited = await mutate(server, reviewer, UPDATE, { input: { id: claim.id, expectedVersion: version, place: "Tartus" } });
    expect(edited.claim.place).toBe("Tartus");
    await make.claim(reviewer); // unrelated activity
    const node = narrow((await server.execute(PUBLIC, { id: verdict.id }, anonymous)).node, "Verdict");
    expect(node.judgedClaim).toMatchObject({
      text: "Forty trucks of aid crossed on Monday.",
      claimantRole: "Ministry spokesperson",
      place: "Latakia",
      claimDate: "2025-03-09T00:00:00.000Z",
    });
    expect(node.judgedClaim!.appearances).toHaveLength(1);
    expect(claimReviewed(node.claimReview)).toBe("Forty trucks of aid crossed on Monday.");
    const feed = (await (await fetch(`${server.url}/claim-reviews.jsonld`)).json()) as { claimReviewed: string }[];
    expect(feed.map((r) => r.claimReviewed)).toContain("Forty trucks of aid crossed on Monday.");
  });

  it("changes the judged wording only by a public correction, which the claim follows", async () => {
    const { claim, verdict } = await publishedClaim("The hospital received 200 wounded.");
    const corrected = await mutate(server, editor2, CORRECT, {
      input: {
        id: verdict.id,
        expectedVersion: verdict.version,
        claimText: "The hospital received 120 wounded.",
        claimantRole: "Health ministry spokesperson",
        reason: "We quoted the wrong figure from the briefing.",
      },
    });
    expect(corrected.verdict.judgedClaim).toEqual({
      text: "The hospital received 120 wounded.",
      claimantRole: "Health ministry spokesperson",
    });
    expect(corrected.verdict.corrections).toEqual([
      {
        changedFields: ["claimText", "claimantRole"],
        before: { claimText: "The hospital received 200 wounded.", claimantRole: "Ministry spokesperson" },
        after: { claimText: "The hospital received 120 wounded.", claimantRole: "Health ministry spokesperson" },
        reason: "We quoted the wrong figure from the briefing.",
      },
    ]);
    const { node: claimNode } = await server.execute(
      graphql(
        `query ClaimWording($id: ID!) { node(id: $id) { ... on Claim { text claimantRole ratings { edges { node { ratesEarlierWording ratedText } } } consensus { ratingCount earlierWordingCount } } } }`,
      ),
      { id: claim.id },
      reviewer,
    );
    const node = narrow(claimNode, "Claim");
    expect(node).toMatchObject({ text: "The hospital received 120 wounded.", claimantRole: "Health ministry spokesperson" });
    // The rating was given to the old wording: kept, marked, not counted.
    expect(node.ratings.edges[0]!.node).toEqual({ ratesEarlierWording: true, ratedText: "The hospital received 200 wounded." });
    expect(node.consensus).toEqual({ ratingCount: 0, earlierWordingCount: 1 });
    const review = await server.execute(PUBLIC, { id: verdict.id }, anonymous);
    expect(claimReviewed(narrow(review.node, "Verdict").claimReview)).toBe("The hospital received 120 wounded.");
  });
});

describe("archiving", () => {
  const SET_STATUS = graphql(
    `mutation SetPublishedClaimStatus($input: SetClaimStatusInput!) { setClaimStatus(input: $input) {
    __typename ... on SetClaimStatusSuccess { claim { status version allowedNextStatuses verdict { state } } } ...ErrorFields } }`,
    [ErrorFields],
  );

  it("restores an archived claim with a published verdict as published, not as new work in the queue", async () => {
    const { claim, version } = await publishedClaim("The ferry carried twice its licensed load.");
    const archived = await mutate(server, editor, SET_STATUS, { input: { id: claim.id, expectedVersion: version, status: "ARCHIVED" } });
    expect(archived.claim.status).toBe("ARCHIVED");
    const restored = await mutate(server, editor, SET_STATUS, {
      input: { id: claim.id, expectedVersion: archived.claim.version, status: "NEW" },
    });
    expect(restored.claim).toMatchObject({ status: "PUBLISHED", allowedNextStatuses: ["ARCHIVED"], verdict: { state: "PUBLISHED" } });
  });
});

describe("media shown with a published verdict", () => {
  const VERIFY = graphql(
    `mutation VerifyPublishedMedia($input: SetMediaVerificationInput!) { setMediaVerification(input: $input) {
    __typename ... on SetMediaVerificationSuccess { media { version verification } } ...ErrorFields } }`,
    [ErrorFields],
  );
  const MEDIA = graphql(
    `query PublishedMedia($id: ID!) { node(id: $id) { ... on MediaItem { version verification verificationPublic } } }`,
  );
  const mediaReviewed = async () =>
    (await (await fetch(`${server.url}/media-reviews.jsonld`)).json()) as { mediaAuthenticityCategory: string }[];

  it("lets a reviewer verify media in review, but leaves a published verdict's public media review to editors", async () => {
    const { claim } = await publishedClaim("The video shows the harbour on 8 March.");
    const inReview = await make.claim(reviewer, { text: "A second video shows the same street." });
    const published = await make.media(editor, claim.id);
    const reviewing = await make.media(editor, inReview.id);
    const verified = await make.verification(editor, published, "DECONTEXTUALIZED");
    const before = await mediaReviewed();

    // In review, a reviewer's verification is inside the desk and theirs to set.
    const inDesk = await mutate(server, reviewer, VERIFY, {
      input: { id: reviewing.id, expectedVersion: reviewing.version, verification: "ORIGINAL" },
    });
    expect(inDesk.media.verification).toBe("ORIGINAL");

    // Shown with a published verdict, it is public: the reviewer is refused, nothing changes, the feed says what it said.
    expect(narrow((await server.execute(MEDIA, { id: published.id }, reviewer)).node, "MediaItem")).toMatchObject({
      verification: "DECONTEXTUALIZED",
      verificationPublic: true,
    });
    const refused = narrowError(
      (await server.execute(VERIFY, { input: { id: published.id, expectedVersion: verified.version, verification: "ORIGINAL" } }, reviewer))
        .setMediaVerification,
    );
    expect(refused).toMatchObject({ __typename: "ForbiddenError", code: "media/verification_published" });
    expect(narrow((await server.execute(MEDIA, { id: published.id }, reviewer)).node, "MediaItem")).toMatchObject({
      version: verified.version,
      verification: "DECONTEXTUALIZED",
    });
    expect(await mediaReviewed()).toEqual(before);

    // An editor changes it, in the open: the feed follows.
    const corrected = await mutate(server, editor, VERIFY, {
      input: { id: published.id, expectedVersion: verified.version, verification: "ORIGINAL" },
    });
    expect(corrected.media.verification).toBe("ORIGINAL");
    expect((await mediaReviewed()).map((m) => m.mediaAuthenticityCategory)).toContain("OriginalMediaContent");
  });
});

describe("ratings follow the wording", () => {
  it("marks ratings of an earlier wording, leaves them out of the consensus until confirmed, and shows the edit as a diff", async () => {
    const claim = await make.claim(reviewer, { text: "The convoy carried 30 tonnes of flour." });
    const ratingA = await make.rating(reviewer, claim.id, { label: "TRUE" });
    await make.rating(reviewer2, claim.id, { label: "FALSE" });
    const reworded = await mutate(server, reviewer2, UPDATE, {
      input: {
        id: claim.id,
        expectedVersion: await make.claimVersion(reviewer, claim.id),
        text: "The convoy carried 30 tonnes of flour and rice.",
      },
    });
    expect(reworded.claim.text).toBe("The convoy carried 30 tonnes of flour and rice.");
    const CLAIM =
      graphql(`query ClaimRatings($id: ID!) { node(id: $id) { ... on Claim { consensus { ratingCount earlierWordingCount contested }
      ratings { edges { node { id ratesEarlierWording reviewer { id } } } }
      history(first: 20) { edges { node { action changes { field before after } } } } } } }`);
    let { node } = await server.execute(CLAIM, { id: claim.id }, reviewer);
    expect(narrow(node, "Claim").consensus).toEqual({ ratingCount: 0, earlierWordingCount: 2, contested: false });
    expect(
      narrow(node, "Claim")
        .history.edges.map((e) => e.node)
        .find((n) => n.action === "claim.update")!.changes,
    ).toEqual([
      { field: "text", before: "The convoy carried 30 tonnes of flour.", after: "The convoy carried 30 tonnes of flour and rice." },
    ]);

    const CONFIRM = graphql(
      `mutation ConfirmRating($id: ID!) { confirmRating(input: { id: $id }) { __typename ... on ConfirmRatingSuccess { rating { ratesEarlierWording ratedText } } ...ErrorFields } }`,
      [ErrorFields],
    );
    const notYours = await server.execute(CONFIRM, { id: ratingA.id }, reviewer2);
    expect(notYours.confirmRating).toMatchObject({ __typename: "ForbiddenError", code: "rating/not_yours" });
    const confirmed = await mutate(server, reviewer, CONFIRM, { id: ratingA.id });
    expect(confirmed.rating).toEqual({ ratesEarlierWording: false, ratedText: "The convoy carried 30 tonnes of flour and rice." });
    const again = await server.execute(CONFIRM, { id: ratingA.id }, reviewer);
    expect(narrowError(again.confirmRating).code).toBe("rating/up_to_date");
    ({ node } = await server.execute(CLAIM, { id: claim.id }, reviewer));
    // One counted rating (TRUE); the FALSE of the earlier wording no longer makes the claim contested.
    expect(narrow(node, "Claim").consensus).toEqual({ ratingCount: 1, earlierWordingCount: 1, contested: false });
  });
});

describe("retraction", () => {
  const RETRACT = graphql(
    `mutation RetractVerdict($id: ID!, $v: Int!) { retractVerdict(input: { id: $id, expectedVersion: $v, reason: "The footage was from another dam." }) {
    __typename ... on RetractVerdictSuccess { verdict { state publishedAt } } ...ErrorFields } }`,
    [ErrorFields],
  );

  it("takes the verdict out of the feed, answers 410 for its JSON-LD, and gives a later verdict a page of its own", async () => {
    const { claim, evidence, verdict } = await publishedClaim("The dam was breached on purpose.");
    await mutate(server, editor, RETRACT, { id: verdict.id, v: verdict.version });
    const feed = (await (await fetch(`${server.url}/claim-reviews.jsonld`)).json()) as { claimReviewed: string }[];
    expect(feed.map((r) => r.claimReviewed)).not.toContain("The dam was breached on purpose.");
    const gone = await fetch(`${server.url}/claim-reviews/${encodeURIComponent(verdict.id)}.jsonld`);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ error: "This fact-check was retracted.", reason: "The footage was from another dam." });

    // Back in review, re-rated and published again: a new verdict, the retracted one keeps its page.
    await make.rating(reviewer, claim.id, { label: "MISLEADING" });
    const second = await make.verdict(editor2, claim.id, [evidence.id], {
      label: "MISLEADING",
      headline: "Misleading: the breach was not shown to be deliberate",
    });
    expect(second.id).not.toBe(verdict.id);
    const { node: claimNode } = await server.execute(
      graphql(
        `query ClaimVerdicts($id: ID!) { node(id: $id) { ... on Claim { verdict { id state } verdicts { totalCount edges { node { id state } } } } } }`,
      ),
      { id: claim.id },
      anonymous,
    );
    const node = narrow(claimNode, "Claim");
    expect(node.verdict).toEqual({ id: second.id, state: "PUBLISHED" });
    expect(node.verdicts.edges.map((e) => e.node)).toEqual([
      { id: second.id, state: "PUBLISHED" },
      { id: verdict.id, state: "RETRACTED" },
    ]);
    const old = await server.execute(PUBLIC, { id: verdict.id }, anonymous);
    expect(old.node).toMatchObject({ state: "RETRACTED", headline: "False: the records say otherwise", claimReview: null });
  });

  it("shows the public a retracted verdict's page, never the claim the desk is working on again, even reworded", async () => {
    const { claim, evidence, verdict } = await publishedClaim("The levee was left unguarded for a week.");
    const retracted = await mutate(server, editor, RETRACT, { id: verdict.id, v: verdict.version });
    expect(retracted.verdict.state).toBe("RETRACTED");
    // Back on the desk, the claim may be reworded: the public reads the retracted verdict and the wording it judged,
    // not the draft, through any path.
    await mutate(server, reviewer, UPDATE, {
      input: {
        id: claim.id,
        expectedVersion: await make.claimVersion(reviewer, claim.id),
        text: "INTERNAL DRAFT: the levee was unguarded.",
      },
    });
    // Back in review with opposite ratings: the next verdict is contested and waits for a second editor.
    await make.rating(reviewer, claim.id, { label: "TRUE" });
    await make.rating(reviewer2, claim.id, { label: "FALSE" });
    const proposal = await make.verdict(editor, claim.id, [evidence.id], { label: "MIXED", headline: "Mixed: awaiting sign-off" });
    expect(proposal.state).toBe("AWAITING_SIGN_OFF");

    const CLAIM_VERDICT = graphql(`query ClaimCurrentVerdict($id: ID!) { node(id: $id) { ... on Claim { text verdict { id state } } } }`);
    const seen = await server.request(CLAIM_VERDICT, { id: claim.id }, anonymous);
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.node).toBeNull();
    const VERDICT_CLAIM = graphql(
      `query RetractedVerdictClaim($id: ID!) { node(id: $id) { ... on Verdict { state judgedClaim { text } claim { text } } } }`,
    );
    expect((await server.execute(VERDICT_CLAIM, { id: verdict.id }, anonymous)).node).toEqual({
      state: "RETRACTED",
      judgedClaim: { text: "The levee was left unguarded for a week." },
      claim: null,
    });
    const LISTS = graphql(
      `query PublicClaimLists { claims(first: 100) { edges { node { text } } } verdicts(first: 100) { edges { node { claim { text } } } } }`,
    );
    expect(JSON.stringify(await server.execute(LISTS, {}, anonymous))).not.toContain("INTERNAL DRAFT");
    // The desk sees the proposal.
    expect((await server.execute(CLAIM_VERDICT, { id: claim.id }, editor)).node).toEqual({
      text: "INTERNAL DRAFT: the levee was unguarded.",
      verdict: { id: proposal.id, state: "AWAITING_SIGN_OFF" },
    });
  });

  it("keeps a verdict withdrawn while it awaited sign-off off every public surface: it was never published", async () => {
    const claim = await make.claim(reviewer, { text: "The spillway gates were opened at night." });
    const evidence = await make.evidence(reviewer, claim.id);
    await make.rating(reviewer, claim.id, { label: "TRUE" });
    await make.rating(reviewer2, claim.id, { label: "FALSE" });
    const proposal = await make.verdict(editor, claim.id, [evidence.id], { label: "MIXED", headline: "Mixed: a draft nobody signed off" });
    expect(proposal.state).toBe("AWAITING_SIGN_OFF");
    const withdrawn = await mutate(server, editor2, RETRACT, { id: proposal.id, v: proposal.version });
    expect(withdrawn.verdict).toEqual({ state: "RETRACTED", publishedAt: null });

    expect((await server.execute(PUBLIC, { id: proposal.id }, anonymous)).node).toBeNull();
    const CLAIM = graphql(`query PublicClaim($id: ID!) { node(id: $id) { id } }`);
    expect((await server.execute(CLAIM, { id: claim.id }, anonymous)).node).toBeNull();
    const { verdicts } = await server.execute(
      graphql(`query AllPublicVerdicts { verdicts(first: 100) { edges { node { id } } } }`),
      {},
      anonymous,
    );
    expect(verdicts.edges.map((e) => e.node.id)).not.toContain(proposal.id);
    expect((await fetch(`${server.url}/claim-reviews/${encodeURIComponent(proposal.id)}.jsonld`)).status).toBe(404);
    const page = await (await fetch(`${server.url}/verdicts/${encodeURIComponent(proposal.id)}`)).text();
    expect(page).not.toContain("a draft nobody signed off");
    // The desk still sees it, withdrawn.
    expect((await server.execute(PUBLIC, { id: proposal.id }, editor)).node).toMatchObject({ state: "RETRACTED" });
  });
});

describe("the public list of verdicts", () => {
  it("filters by label, words, event and date, with a total, and shows the public nothing unpublished", async () => {
    const event = await make.event(editor, { title: "Flood at the dam" });
    const claim = await make.claim(reviewer, { text: "Floodwater reached the third floor of the clinic.", event: event.id });
    const evidence = await make.evidence(reviewer, claim.id);
    await make.rating(reviewer, claim.id, { label: "MISLEADING" });
    const verdict = await make.verdict(editor, claim.id, [evidence.id], {
      label: "MISLEADING",
      headline: "Misleading: the water reached the first floor",
    });
    const LIST = graphql(
      `query Verdicts($filter: VerdictFilter) { verdicts(first: 20, filter: $filter) { totalCount edges { node { id label } } } }`,
    );
    const ids = async (filter: VariablesOf<typeof LIST>["filter"]) => (await server.execute(LIST, { filter }, anonymous)).verdicts;
    expect((await ids({ labels: ["MISLEADING"], text: "clinic floor" })).edges.map((e) => e.node.id)).toEqual([verdict.id]);
    expect(await ids({ event: event.id })).toEqual({ totalCount: 1, edges: [{ node: { id: verdict.id, label: "MISLEADING" } }] });
    expect((await ids({ event: event.id, publishedBefore: "2020-01-01T00:00:00Z" })).totalCount).toBe(0);
    expect((await ids({ labels: ["TRUE"], text: "clinic" })).totalCount).toBe(0);
    // A contested verdict awaiting sign-off is not listed for the public.
    const contested = await make.claim(reviewer, { text: "The clinic was hit twice." });
    const e2 = await make.evidence(reviewer, contested.id);
    await make.rating(reviewer, contested.id, { label: "TRUE" });
    await make.rating(reviewer2, contested.id, { label: "FALSE" });
    const awaiting = await make.verdict(editor, contested.id, [e2.id], { label: "MIXED" });
    expect(awaiting.state).toBe("AWAITING_SIGN_OFF");
    expect((await ids({ text: "clinic" })).edges.map((e) => e.node.id)).not.toContain(awaiting.id);
  });

  it("has the demo desk's published, corrected and retracted verdicts to show", async () => {
    const demo = await startTestServer({ demo: true });
    try {
      const { verdicts } = await demo.execute(
        graphql(
          `query DemoVerdicts { verdicts(first: 10) { edges { node { state label corrections { reason } judgedClaim { text } } } } }`,
        ),
        {},
        anonymous,
      );
      const nodes = verdicts.edges.map((e) => e.node);
      expect(nodes.filter((v) => v.state === "PUBLISHED")).toHaveLength(2);
      expect(nodes.filter((v) => v.state === "RETRACTED")).toHaveLength(1);
      expect(nodes.filter((v) => v.corrections.length > 0)).toHaveLength(1);
    } finally {
      await demo.close();
    }
  });
});
