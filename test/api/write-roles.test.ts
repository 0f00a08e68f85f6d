import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type Actor, type GraphQLResponse, type OperationArgs, type TestServer } from "../testkit/server.js";
import { ErrorFields, factories } from "../testkit/factories.js";
import { graphql, narrow, type Operation } from "../testkit/graphql.js";
import { globalId, rawId } from "../testkit/ids.js";

// The role matrix: every mutation tried as anonymous, reviewer, editor and admin; only the allowed roles succeed,
// the others get a typed ForbiddenError and nothing changes.

type Role = "ANONYMOUS" | "REVIEWER" | "EDITOR" | "ADMIN";
const ladder: Role[] = ["ANONYMOUS", "REVIEWER", "EDITOR", "ADMIN"];

let server: TestServer;
let make: ReturnType<typeof factories>;
let actors: Record<Role, Actor>;
let editor2: Actor;

beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  actors = {
    ANONYMOUS: anonymous,
    REVIEWER: await server.createUser("REVIEWER"),
    EDITOR: await server.createUser("EDITOR"),
    ADMIN: server.admin,
  };
  editor2 = await server.createUser("EDITOR");
});
afterAll(() => server?.close());

interface Case {
  mutation: string;
  least: Role;
  /** Makes fresh objects for one attempt, using a privileged actor; returns the attempt, to send as a role. */
  setup: () => Promise<(as: Actor) => Promise<GraphQLResponse<Record<string, { __typename: string }>>>>;
}

/**
 * A case of the matrix: `document`, sent with the variables `setup` makes. Two calls, `caseOf(document)({ … })`, so
 * that the document's variables type is known when `setup` is checked against it.
 */
const caseOf =
  <TData extends Record<string, { __typename: string }>, TVariables>(document: Operation<TData, TVariables>) =>
  (spec: { mutation: string; least: Role; setup: () => Promise<TVariables> }): Case => ({
    mutation: spec.mutation,
    least: spec.least,
    setup: async () => {
      const variables = await spec.setup();
      return (as) => server.request(document, ...([variables, as] as OperationArgs<TVariables>));
    },
  });

const seedReviewer = () => actors.ADMIN;

const ProposeMergeForSetup = graphql(
  `mutation ProposeMergeForSetup($input: ProposeMergeInput!) { proposeMerge(input: $input) { __typename
    ... on ProposeMergeSuccess { mergeProposal { id } } ...ErrorFields } }`,
  [ErrorFields],
);

/** An open proposal to merge one fresh claim into another. */
async function mergeProposal() {
  const input = { keep: (await make.claim(seedReviewer())).id, duplicate: (await make.claim(seedReviewer())).id };
  return narrow((await server.execute(ProposeMergeForSetup, { input }, seedReviewer())).proposeMerge, "ProposeMergeSuccess").mergeProposal
    .id;
}

async function claimWithEvidence() {
  const claim = await make.claim(seedReviewer());
  const evidence = await make.evidence(seedReviewer(), claim.id);
  return { claim, evidence, version: await make.claimVersion(seedReviewer(), claim.id) };
}

const cases: Case[] = [
  caseOf(
    graphql(`mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename ...ErrorFields } }`, [ErrorFields]),
  )({
    mutation: "createClaim",
    least: "REVIEWER",
    setup: async () => ({ input: { text: `A new claim ${Math.random()}`, kind: "STATEMENT" } }),
  }),
  caseOf(
    graphql(`mutation UpdateClaim($input: UpdateClaimInput!) { updateClaim(input: $input) { __typename ...ErrorFields } }`, [ErrorFields]),
  )({
    mutation: "updateClaim",
    least: "REVIEWER",
    setup: async () => {
      const claim = await make.claim(seedReviewer());
      return { input: { id: claim.id, expectedVersion: claim.version, place: "Latakia" } };
    },
  }),
  caseOf(
    graphql(
      `mutation SetClaimStatus($id: ID!, $v: Int!, $status: ClaimStatus!) { setClaimStatus(input: { id: $id, expectedVersion: $v, status: $status }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "setClaimStatus (start review)",
    least: "REVIEWER",
    setup: async () => {
      const claim = await make.claim(seedReviewer());
      return { id: claim.id, v: claim.version, status: "IN_REVIEW" };
    },
  }),
  caseOf(
    graphql(
      `mutation SetClaimStatus($id: ID!, $v: Int!, $status: ClaimStatus!) { setClaimStatus(input: { id: $id, expectedVersion: $v, status: $status }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "setClaimStatus (archive)",
    least: "EDITOR",
    setup: async () => {
      const claim = await make.claim(seedReviewer());
      return { id: claim.id, v: claim.version, status: "ARCHIVED" };
    },
  }),
  caseOf(
    graphql(
      `mutation AssignClaim($id: ID!, $v: Int!, $assignee: ID) { assignClaim(input: { id: $id, expectedVersion: $v, assignee: $assignee }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "assignClaim",
    least: "REVIEWER",
    setup: async () => {
      const claim = await make.claim(seedReviewer());
      return { id: claim.id, v: claim.version, assignee: actors.REVIEWER.id };
    },
  }),
  caseOf(
    graphql(`mutation AddNote($claim: ID!) { addNote(input: { claim: $claim, body: "Worth a look." }) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]),
  )({
    mutation: "addNote",
    least: "REVIEWER",
    setup: async () => ({ claim: (await make.claim(seedReviewer())).id }),
  }),
  caseOf(graphql(`mutation MarkAllNotificationsRead { markAllNotificationsRead { __typename ...ErrorFields } }`, [ErrorFields]))({
    mutation: "markAllNotificationsRead",
    least: "REVIEWER",
    setup: async () => ({}),
  }),
  caseOf(
    graphql(
      `mutation MergeClaims($keep: ID!, $duplicates: [MergeDuplicateInput!]!) { mergeClaims(input: { keep: $keep, duplicates: $duplicates }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "mergeClaims",
    least: "EDITOR",
    setup: async () => {
      const keep = await make.claim(seedReviewer());
      const dup = await make.claim(seedReviewer());
      return { keep: keep.id, duplicates: [{ id: dup.id, expectedVersion: dup.version }] };
    },
  }),
  caseOf(
    graphql(`mutation ProposeMerge($input: ProposeMergeInput!) { proposeMerge(input: $input) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]),
  )({
    mutation: "proposeMerge",
    least: "REVIEWER",
    setup: async () => ({ input: { keep: (await make.claim(seedReviewer())).id, duplicate: (await make.claim(seedReviewer())).id } }),
  }),
  caseOf(
    graphql(
      `mutation AcceptMergeProposal($input: AcceptMergeProposalInput!) { acceptMergeProposal(input: $input) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "acceptMergeProposal",
    least: "EDITOR",
    setup: async () => ({ input: { id: await mergeProposal(), expectedVersion: 1 } }),
  }),
  caseOf(
    graphql(
      `mutation DeclineMergeProposal($input: DeclineMergeProposalInput!) { declineMergeProposal(input: $input) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "declineMergeProposal",
    least: "EDITOR",
    setup: async () => ({ input: { id: await mergeProposal(), expectedVersion: 1, reason: "Different days." } }),
  }),
  caseOf(graphql(`mutation AddSource($input: AddSourceInput!) { addSource(input: $input) { __typename ...ErrorFields } }`, [ErrorFields]))({
    mutation: "addSource",
    least: "REVIEWER",
    setup: async () => ({ input: { url: `https://src.example/${Math.random()}`, kind: "OFFICIAL_STATEMENT" } }),
  }),
  caseOf(
    graphql(`mutation UpdateSource($input: UpdateSourceInput!) { updateSource(input: $input) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]),
  )({
    mutation: "updateSource",
    least: "REVIEWER",
    setup: async () => ({ input: { id: (await make.source(seedReviewer())).id, expectedVersion: 1, reliability: "B" } }),
  }),
  caseOf(
    graphql(`mutation AddAppearance($input: AddAppearanceInput!) { addAppearance(input: $input) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]),
  )({
    mutation: "addAppearance",
    least: "REVIEWER",
    setup: async () => ({
      input: { claim: (await make.claim(seedReviewer())).id, source: { url: "https://outlet.example/a" }, excerpt: "as quoted" },
    }),
  }),
  caseOf(
    graphql(`mutation CreateEntity($input: CreateEntityInput!) { createEntity(input: $input) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]),
  )({
    mutation: "createEntity",
    least: "REVIEWER",
    setup: async () => ({ input: { kind: "GOVERNMENT", name: "Ministry of Health" } }),
  }),
  caseOf(
    graphql(`mutation AddEvidence($input: AddEvidenceInput!) { addEvidence(input: $input) { __typename ...ErrorFields } }`, [ErrorFields]),
  )({
    mutation: "addEvidence",
    least: "REVIEWER",
    setup: async () => ({
      input: { claim: (await make.claim(seedReviewer())).id, source: { url: "https://e.example/1" }, stance: "SUPPORTS", excerpt: "yes" },
    }),
  }),
  caseOf(
    graphql(`mutation UpdateEvidence($input: UpdateEvidenceInput!) { updateEvidence(input: $input) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]),
  )({
    // Evidence added by someone else: its author or an editor may change it (write-rules tests the author).
    mutation: "updateEvidence (someone else's)",
    least: "EDITOR",
    setup: async () => {
      const { evidence } = await claimWithEvidence();
      return { input: { id: evidence.id, expectedVersion: evidence.version, note: "checked" } };
    },
  }),
  caseOf(
    graphql(
      `mutation RemoveEvidence($id: ID!, $v: Int!) { removeEvidence(input: { id: $id, expectedVersion: $v }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    // Evidence added by someone else: its author or an editor may change it (write-rules tests the author).
    mutation: "removeEvidence (someone else's)",
    least: "EDITOR",
    setup: async () => {
      const { evidence } = await claimWithEvidence();
      return { id: evidence.id, v: evidence.version };
    },
  }),
  caseOf(
    graphql(
      `mutation RestoreEvidence($id: ID!, $v: Int!) { restoreEvidence(input: { id: $id, expectedVersion: $v }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    // Evidence added by someone else: its author or an editor may change it (write-rules tests the author).
    mutation: "restoreEvidence (someone else's)",
    least: "EDITOR",
    setup: async () => {
      const { evidence } = await claimWithEvidence();
      await server.execute(
        graphql(`mutation RemoveEvidence($id: ID!) { removeEvidence(input: { id: $id, expectedVersion: 1 }) { __typename } }`),
        { id: evidence.id },
        actors.ADMIN,
      );
      return { id: evidence.id, v: 2 };
    },
  }),
  caseOf(graphql(`mutation RateClaim($input: RateClaimInput!) { rateClaim(input: $input) { __typename ...ErrorFields } }`, [ErrorFields]))({
    mutation: "rateClaim",
    least: "REVIEWER",
    setup: async () => ({ input: { claim: (await make.claim(seedReviewer())).id, label: "MIXED", confidence: 50, rationale: "partly" } }),
  }),
  caseOf(
    graphql(`mutation PublishVerdict($input: PublishVerdictInput!) { publishVerdict(input: $input) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]),
  )({
    mutation: "publishVerdict",
    least: "EDITOR",
    setup: async () => {
      const { claim, evidence } = await claimWithEvidence();
      return { input: { claim: claim.id, label: "FALSE", headline: "False", summary: "Because.", citedEvidence: [evidence.id] } };
    },
  }),
  caseOf(
    graphql(
      `mutation SignOffVerdict($id: ID!, $v: Int!) { signOffVerdict(input: { id: $id, expectedVersion: $v }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "signOffVerdict",
    least: "EDITOR",
    setup: async () => {
      const { claim, evidence } = await claimWithEvidence();
      await make.rating(actors.REVIEWER, claim.id, { label: "TRUE" });
      await make.rating(actors.ADMIN, claim.id, { label: "FALSE" });
      const verdict = await make.verdict(editor2, claim.id, [evidence.id]);
      return { id: verdict.id, v: verdict.version };
    },
  }),
  caseOf(
    graphql(`mutation CorrectVerdict($input: CorrectVerdictInput!) { correctVerdict(input: $input) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]),
  )({
    mutation: "correctVerdict",
    least: "EDITOR",
    setup: async () => {
      const { claim, evidence } = await claimWithEvidence();
      const verdict = await make.verdict(editor2, claim.id, [evidence.id]);
      return { input: { id: verdict.id, expectedVersion: verdict.version, summary: "Better reasoning.", reason: "Typo" } };
    },
  }),
  caseOf(
    graphql(
      `mutation RetractVerdict($id: ID!, $v: Int!, $reason: String!) { retractVerdict(input: { id: $id, expectedVersion: $v, reason: $reason }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "retractVerdict",
    least: "EDITOR",
    setup: async () => {
      const { claim, evidence } = await claimWithEvidence();
      const verdict = await make.verdict(editor2, claim.id, [evidence.id]);
      return { id: verdict.id, v: verdict.version, reason: "New evidence." };
    },
  }),
  caseOf(
    graphql(`mutation CreateEvent($input: CreateEventInput!) { createEvent(input: $input) { __typename ...ErrorFields } }`, [ErrorFields]),
  )({
    mutation: "createEvent",
    least: "REVIEWER",
    setup: async () => ({ input: { title: "Flood in the valley" } }),
  }),
  caseOf(
    graphql(`mutation RecordFigure($input: RecordFigureInput!) { recordFigure(input: $input) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]),
  )({
    mutation: "recordFigure",
    least: "REVIEWER",
    setup: async () => ({ input: await figureInput() }),
  }),
  caseOf(
    graphql(`mutation UpdateFigure($input: UpdateFigureInput!) { updateFigure(input: $input) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]),
  )({
    mutation: "updateFigure",
    least: "REVIEWER",
    setup: async () => {
      const r = await server.execute(
        graphql(
          `mutation RecordFigure($input: RecordFigureInput!) { recordFigure(input: $input) { ... on RecordFigureSuccess { figure { id version } } } }`,
        ),
        { input: await figureInput() },
        actors.ADMIN,
      );
      const { figure } = narrow(r.recordFigure, "RecordFigureSuccess");
      return { input: { id: figure.id, expectedVersion: figure.version, low: 12, high: 12 } };
    },
  }),
  caseOf(graphql(`mutation AddMedia($input: AddMediaInput!) { addMedia(input: $input) { __typename ...ErrorFields } }`, [ErrorFields]))({
    mutation: "addMedia",
    least: "REVIEWER",
    setup: async () => ({ input: { kind: "IMAGE", description: "A photo of the bridge", graphic: false } }),
  }),
  caseOf(
    graphql(`mutation UpdateMedia($input: UpdateMediaInput!) { updateMedia(input: $input) { __typename ...ErrorFields } }`, [ErrorFields]),
  )({
    mutation: "updateMedia",
    least: "REVIEWER",
    setup: async () => {
      const r = await server.execute(
        graphql(
          `mutation AddMedia { addMedia(input: { kind: IMAGE, description: "A photo of the square", graphic: false }) { ... on AddMediaSuccess { media { id } } } }`,
        ),
        {},
        actors.ADMIN,
      );
      return { input: { id: narrow(r.addMedia, "AddMediaSuccess").media.id, expectedVersion: 1, graphic: true } };
    },
  }),
  caseOf(
    graphql(
      `mutation SetMediaVerification($id: ID!, $v: Int!, $verification: MediaVerification!) { setMediaVerification(input: { id: $id, expectedVersion: $v, verification: $verification }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "setMediaVerification",
    least: "REVIEWER",
    setup: async () => {
      const r = await server.execute(
        graphql(
          `mutation AddMedia { addMedia(input: { kind: VIDEO, description: "clip", graphic: true }) { ... on AddMediaSuccess { media { id } } } }`,
        ),
        {},
        actors.ADMIN,
      );
      return { id: narrow(r.addMedia, "AddMediaSuccess").media.id, v: 1, verification: "DECONTEXTUALIZED" };
    },
  }),
  caseOf(
    graphql(`mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { __typename ...ErrorFields } }`, [ErrorFields]),
  )({
    mutation: "createUser",
    least: "ADMIN",
    setup: async () => ({
      input: { email: `new-${Math.random()}@test.factdesk`, name: "New", role: "REVIEWER", password: "long-enough-password" },
    }),
  }),
  caseOf(
    graphql(
      `mutation UpdateUserRole($id: ID!, $v: Int!, $role: Role!) { updateUserRole(input: { id: $id, expectedVersion: $v, role: $role }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "updateUserRole",
    least: "ADMIN",
    setup: async () => ({ id: (await server.createUser("REVIEWER")).id, v: 1, role: "EDITOR" }),
  }),
  caseOf(
    graphql(
      `mutation DeactivateUser($id: ID!, $v: Int!) { deactivateUser(input: { id: $id, expectedVersion: $v }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "deactivateUser",
    least: "ADMIN",
    setup: async () => ({ id: (await server.createUser("REVIEWER")).id, v: 1 }),
  }),
  caseOf(
    graphql(`mutation IngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]),
  )({
    mutation: "ingestArticle",
    least: "REVIEWER",
    setup: async () => ({
      input: {
        url: `https://wire.example/${crypto.randomUUID()}`,
        text: "Officials said at least 12 people were killed in the flooding on Tuesday.",
      },
    }),
  }),
  caseOf(
    graphql(`mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]),
  )({
    mutation: "createApiKey",
    least: "ADMIN",
    setup: async () => ({ input: { name: "Partner", scopes: ["VERDICTS_READ"] } }),
  }),
  caseOf(
    graphql(
      `mutation RotateApiKey($id: ID!, $v: Int!) { rotateApiKey(input: { id: $id, expectedVersion: $v }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "rotateApiKey",
    least: "ADMIN",
    setup: async () => ({ id: (await make.apiKey(actors.ADMIN)).id, v: 1 }),
  }),
  caseOf(
    graphql(
      `mutation RevokeApiKey($id: ID!, $v: Int!) { revokeApiKey(input: { id: $id, expectedVersion: $v }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "revokeApiKey",
    least: "ADMIN",
    setup: async () => ({ id: (await make.apiKey(actors.ADMIN)).id, v: 1 }),
  }),
  caseOf(
    graphql(
      `mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
        createWebhookSubscription(input: $input) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "createWebhookSubscription",
    least: "ADMIN",
    setup: async () => ({ input: webhookInput }),
  }),
  caseOf(
    graphql(
      `mutation UpdateWebhookSubscription($id: ID!, $v: Int!) {
        updateWebhookSubscription(input: { id: $id, expectedVersion: $v, active: false }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "updateWebhookSubscription",
    least: "ADMIN",
    setup: async () => ({ id: await webhook(), v: 1 }),
  }),
  caseOf(
    graphql(
      `mutation RotateWebhookSecret($id: ID!, $v: Int!) {
        rotateWebhookSecret(input: { id: $id, expectedVersion: $v }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "rotateWebhookSecret",
    least: "ADMIN",
    setup: async () => ({ id: await webhook(), v: 1 }),
  }),
  caseOf(
    graphql(
      `mutation DeleteWebhookSubscription($id: ID!, $v: Int!) {
        deleteWebhookSubscription(input: { id: $id, expectedVersion: $v }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    ),
  )({
    mutation: "deleteWebhookSubscription",
    least: "ADMIN",
    setup: async () => ({ id: await webhook(), v: 1 }),
  }),
  caseOf(
    graphql(`mutation ReplayWebhookDelivery($id: ID!) { replayWebhookDelivery(input: { id: $id }) { __typename ...ErrorFields } }`, [
      ErrorFields,
    ]),
  )({
    mutation: "replayWebhookDelivery",
    least: "ADMIN",
    setup: async () => {
      // A delivery given up on (a replay queues it again; its endpoint does not exist).
      const subscriptionId = rawId(await webhook());
      const delivery = await server.app.database.prisma.webhookDelivery.create({
        data: { subscriptionId, event: "VERDICT_RETRACTED", payload: {}, status: "FAILED", attempts: 8 },
      });
      return { id: globalId("WebhookDelivery", delivery.id) };
    },
  }),
];

const webhookInput = { name: "Partner", url: "https://partner.example/hook", events: ["VERDICT_RETRACTED" as const] };

/** A webhook endpoint registered directly (the service's rules are tested in webhooks.test.ts); its global ID. */
async function webhook() {
  const row = await server.app.database.prisma.webhookSubscription.create({
    data: { ...webhookInput, secret: "whsec_roles", createdById: rawId(actors.ADMIN.id!) },
  });
  return globalId("WebhookSubscription", row.id);
}

async function figureInput() {
  const event = await make.event(actors.ADMIN);
  const source = await make.source(actors.ADMIN);
  return {
    event: event.id,
    source: source.id,
    metric: "INJURED" as const,
    subject: "people",
    qualifier: "EXACT" as const,
    low: 10,
    high: 10,
    statedText: "10 people were injured",
    reportedAt: "2025-03-09T12:00:00.000Z",
  };
}

describe("role matrix", () => {
  it("covers every mutation in the schema", async () => {
    const { __schema } = await server.execute(
      graphql(`query MutationNames { __schema { mutationType { fields { name } } } }`),
      {},
      actors.ADMIN,
    );
    // gql.tada leaves introspection fields untyped: the shape asked for above.
    const { mutationType } = __schema as { mutationType: { fields: { name: string }[] } };
    const inSchema = mutationType.fields.map((f) => f.name).sort();
    // Tested on their own: signing in and out, what only the owner may do: confirming a rating
    // (published-verdicts), editing or deleting a note and marking a notification read (newsroom-loop), and
    // capturing a source, which needs a site to fetch (source-capture).
    const onTheirOwn = ["confirmRating", "editNote", "deleteNote", "markNotificationRead", "captureSource"];
    const tried = [...new Set(cases.map((c) => c.mutation.split(" ")[0]!)), "signIn", "signOut", ...onTheirOwn].sort();
    expect(tried).toEqual(inSchema);
  });

  for (const testCase of cases) {
    it(`${testCase.mutation}: ${testCase.least} and up`, async () => {
      const outcome: Record<string, string> = {};
      for (const role of ladder) {
        const send = await testCase.setup();
        const auditBefore = await server.app.database.prisma.auditEntry.count();
        const response = await send(actors[role]);
        expect(response.errors).toBeUndefined();
        const result = Object.values(response.data!)[0]!;
        outcome[role] = result.__typename;
        if (result.__typename === "ForbiddenError") {
          expect(await server.app.database.prisma.auditEntry.count()).toBe(auditBefore);
        }
      }
      const allowed = ladder.slice(ladder.indexOf(testCase.least));
      for (const role of ladder) {
        if (allowed.includes(role)) expect(outcome[role], `${role} should succeed`).toMatch(/(Success)$/);
        else expect(outcome[role], `${role} should be refused`).toBe("ForbiddenError");
      }
    });
  }

  it("signOut needs a session; signIn is open to everyone", async () => {
    const out = await server.request(graphql(`mutation SignOut { signOut { __typename ...ErrorFields } }`, [ErrorFields]), {}, anonymous);
    expect(out.data!.signOut.__typename).toBe("ForbiddenError");
    const user = await server.createUser("REVIEWER");
    const ok = await server.request(graphql(`mutation SignOut { signOut { __typename } }`), {}, user);
    expect(ok.data!.signOut.__typename).toBe("SignOutSuccess");
    const after = await server.request(graphql(`query Me { me { id } }`), {}, user);
    expect(after.errors?.[0]?.extensions?.code).toBe("auth/invalid_token");
  });

  it("anonymous visitors read neither unpublished claims nor the desk's lists", async () => {
    const claim = await make.claim(actors.REVIEWER);
    expect((await server.request(graphql(`query NodeId($id: ID!) { node(id: $id) { id } }`), { id: claim.id }, anonymous)).data).toEqual({
      node: null,
    });
    const listed = await server.execute(graphql(`query ClaimIds { claims(first: 100) { edges { node { id } } } }`), {}, anonymous);
    expect(listed.claims.edges.map((e) => e.node.id)).not.toContain(claim.id);
    const lists: [string, Operation<unknown, Record<string, never>>][] = [
      ["sources", graphql(`query Sources { sources(first: 1) { edges { node { id } } } }`)],
      ["entities", graphql(`query Entities { entities(first: 1) { edges { node { id } } } }`)],
      ["events", graphql(`query Events { events(first: 1) { edges { node { id } } } }`)],
      ["media", graphql(`query Media { media(first: 1) { edges { node { id } } } }`)],
      ["figures", graphql(`query Figures { figures(first: 1) { edges { node { id } } } }`)],
      ["users", graphql(`query Users { users(first: 1) { edges { node { id } } } }`)],
    ];
    for (const [list, document] of lists) {
      const response = await server.request(document, {}, anonymous);
      expect(response.errors?.[0]?.extensions?.code, list).toBe("auth/forbidden");
    }
  });
});
