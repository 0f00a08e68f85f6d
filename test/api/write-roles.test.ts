import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type Actor, type TestServer } from "../testkit/server.js";
import { ERROR_FIELDS, factories } from "../testkit/factories.js";

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
  /** Makes fresh objects for one attempt, using a privileged actor; returns the variables. */
  setup: () => Promise<Record<string, unknown>>;
  document: string;
}

const seedReviewer = () => actors.ADMIN;

async function claimWithEvidence() {
  const claim = await make.claim(seedReviewer());
  const evidence = await make.evidence(seedReviewer(), claim.id);
  return { claim, evidence, version: await make.claimVersion(seedReviewer(), claim.id) };
}

const cases: Case[] = [
  {
    mutation: "createClaim",
    least: "REVIEWER",
    setup: async () => ({ input: { text: `A new claim ${Math.random()}`, kind: "STATEMENT" } }),
    document: `mutation($input: CreateClaimInput!) { createClaim(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "updateClaim",
    least: "REVIEWER",
    setup: async () => {
      const claim = await make.claim(seedReviewer());
      return { input: { id: claim.id, expectedVersion: claim.version, place: "Latakia" } };
    },
    document: `mutation($input: UpdateClaimInput!) { updateClaim(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "setClaimStatus (start review)",
    least: "REVIEWER",
    setup: async () => {
      const claim = await make.claim(seedReviewer());
      return { id: claim.id, v: claim.version, status: "IN_REVIEW" };
    },
    document: `mutation($id: ID!, $v: Int!, $status: ClaimStatus!) { setClaimStatus(input: { id: $id, expectedVersion: $v, status: $status }) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "setClaimStatus (archive)",
    least: "EDITOR",
    setup: async () => {
      const claim = await make.claim(seedReviewer());
      return { id: claim.id, v: claim.version, status: "ARCHIVED" };
    },
    document: `mutation($id: ID!, $v: Int!, $status: ClaimStatus!) { setClaimStatus(input: { id: $id, expectedVersion: $v, status: $status }) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "assignClaim",
    least: "REVIEWER",
    setup: async () => {
      const claim = await make.claim(seedReviewer());
      return { id: claim.id, v: claim.version, assignee: actors.REVIEWER.id };
    },
    document: `mutation($id: ID!, $v: Int!, $assignee: ID) { assignClaim(input: { id: $id, expectedVersion: $v, assignee: $assignee }) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "mergeClaims",
    least: "EDITOR",
    setup: async () => {
      const keep = await make.claim(seedReviewer());
      const dup = await make.claim(seedReviewer());
      return { keep: keep.id, duplicates: [{ id: dup.id, expectedVersion: dup.version }] };
    },
    document: `mutation($keep: ID!, $duplicates: [MergeDuplicateInput!]!) { mergeClaims(input: { keep: $keep, duplicates: $duplicates }) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "addSource",
    least: "REVIEWER",
    setup: async () => ({ input: { url: `https://src.example/${Math.random()}`, kind: "OFFICIAL_STATEMENT" } }),
    document: `mutation($input: AddSourceInput!) { addSource(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "updateSource",
    least: "REVIEWER",
    setup: async () => ({ input: { id: (await make.source(seedReviewer())).id, expectedVersion: 1, reliability: "B" } }),
    document: `mutation($input: UpdateSourceInput!) { updateSource(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "addAppearance",
    least: "REVIEWER",
    setup: async () => ({
      input: { claim: (await make.claim(seedReviewer())).id, source: { url: "https://outlet.example/a" }, excerpt: "as quoted" },
    }),
    document: `mutation($input: AddAppearanceInput!) { addAppearance(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "createEntity",
    least: "REVIEWER",
    setup: async () => ({ input: { kind: "GOVERNMENT", name: "Ministry of Health" } }),
    document: `mutation($input: CreateEntityInput!) { createEntity(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "addEvidence",
    least: "REVIEWER",
    setup: async () => ({
      input: { claim: (await make.claim(seedReviewer())).id, source: { url: "https://e.example/1" }, stance: "SUPPORTS", excerpt: "yes" },
    }),
    document: `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    // Evidence added by someone else: its author or an editor may change it (write-rules tests the author).
    mutation: "updateEvidence (someone else's)",
    least: "EDITOR",
    setup: async () => {
      const { evidence } = await claimWithEvidence();
      return { input: { id: evidence.id, expectedVersion: evidence.version, note: "checked" } };
    },
    document: `mutation($input: UpdateEvidenceInput!) { updateEvidence(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    // Evidence added by someone else: its author or an editor may change it (write-rules tests the author).
    mutation: "removeEvidence (someone else's)",
    least: "EDITOR",
    setup: async () => {
      const { evidence } = await claimWithEvidence();
      return { id: evidence.id, v: evidence.version };
    },
    document: `mutation($id: ID!, $v: Int!) { removeEvidence(input: { id: $id, expectedVersion: $v }) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    // Evidence added by someone else: its author or an editor may change it (write-rules tests the author).
    mutation: "restoreEvidence (someone else's)",
    least: "EDITOR",
    setup: async () => {
      const { evidence } = await claimWithEvidence();
      await server.execute(
        `mutation($id: ID!) { removeEvidence(input: { id: $id, expectedVersion: 1 }) { __typename } }`,
        { id: evidence.id },
        actors.ADMIN,
      );
      return { id: evidence.id, v: 2 };
    },
    document: `mutation($id: ID!, $v: Int!) { restoreEvidence(input: { id: $id, expectedVersion: $v }) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "rateClaim",
    least: "REVIEWER",
    setup: async () => ({ input: { claim: (await make.claim(seedReviewer())).id, label: "MIXED", confidence: 50, rationale: "partly" } }),
    document: `mutation($input: RateClaimInput!) { rateClaim(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "publishVerdict",
    least: "EDITOR",
    setup: async () => {
      const { claim, evidence } = await claimWithEvidence();
      return { input: { claim: claim.id, label: "FALSE", headline: "False", summary: "Because.", citedEvidence: [evidence.id] } };
    },
    document: `mutation($input: PublishVerdictInput!) { publishVerdict(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "signOffVerdict",
    least: "EDITOR",
    setup: async () => {
      const { claim, evidence } = await claimWithEvidence();
      await make.rating(actors.REVIEWER, claim.id, { label: "TRUE" });
      await make.rating(actors.ADMIN, claim.id, { label: "FALSE" });
      const verdict = await make.verdict(editor2, claim.id, [evidence.id]);
      return { id: verdict.id, v: verdict.version };
    },
    document: `mutation($id: ID!, $v: Int!) { signOffVerdict(input: { id: $id, expectedVersion: $v }) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "correctVerdict",
    least: "EDITOR",
    setup: async () => {
      const { claim, evidence } = await claimWithEvidence();
      const verdict = await make.verdict(editor2, claim.id, [evidence.id]);
      return { input: { id: verdict.id, expectedVersion: verdict.version, summary: "Better reasoning.", reason: "Typo" } };
    },
    document: `mutation($input: CorrectVerdictInput!) { correctVerdict(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "retractVerdict",
    least: "EDITOR",
    setup: async () => {
      const { claim, evidence } = await claimWithEvidence();
      const verdict = await make.verdict(editor2, claim.id, [evidence.id]);
      return { id: verdict.id, v: verdict.version, reason: "New evidence." };
    },
    document: `mutation($id: ID!, $v: Int!, $reason: String!) { retractVerdict(input: { id: $id, expectedVersion: $v, reason: $reason }) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "createEvent",
    least: "REVIEWER",
    setup: async () => ({ input: { title: "Flood in the valley" } }),
    document: `mutation($input: CreateEventInput!) { createEvent(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "recordFigure",
    least: "REVIEWER",
    setup: async () => ({ input: await figureInput() }),
    document: `mutation($input: RecordFigureInput!) { recordFigure(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "updateFigure",
    least: "REVIEWER",
    setup: async () => {
      const r = await server.execute(
        `mutation($input: RecordFigureInput!) { recordFigure(input: $input) { ... on RecordFigureSuccess { figure { id version } } } }`,
        { input: await figureInput() },
        actors.ADMIN,
      );
      return { input: { id: r.recordFigure.figure.id, expectedVersion: r.recordFigure.figure.version, low: 12, high: 12 } };
    },
    document: `mutation($input: UpdateFigureInput!) { updateFigure(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "addMedia",
    least: "REVIEWER",
    setup: async () => ({ input: { kind: "IMAGE", description: "A photo of the bridge", graphic: false } }),
    document: `mutation($input: AddMediaInput!) { addMedia(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "setMediaVerification",
    least: "REVIEWER",
    setup: async () => {
      const r = await server.execute(
        `mutation { addMedia(input: { kind: VIDEO, description: "clip", graphic: true }) { ... on AddMediaSuccess { media { id } } } }`,
        {},
        actors.ADMIN,
      );
      return { id: r.addMedia.media.id, v: 1, verification: "DECONTEXTUALIZED" };
    },
    document: `mutation($id: ID!, $v: Int!, $verification: MediaVerification!) { setMediaVerification(input: { id: $id, expectedVersion: $v, verification: $verification }) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "createUser",
    least: "ADMIN",
    setup: async () => ({
      input: { email: `new-${Math.random()}@test.factdesk`, name: "New", role: "REVIEWER", password: "long-enough-password" },
    }),
    document: `mutation($input: CreateUserInput!) { createUser(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "updateUserRole",
    least: "ADMIN",
    setup: async () => ({ id: (await server.createUser("REVIEWER")).id, v: 1, role: "EDITOR" }),
    document: `mutation($id: ID!, $v: Int!, $role: Role!) { updateUserRole(input: { id: $id, expectedVersion: $v, role: $role }) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "deactivateUser",
    least: "ADMIN",
    setup: async () => ({ id: (await server.createUser("REVIEWER")).id, v: 1 }),
    document: `mutation($id: ID!, $v: Int!) { deactivateUser(input: { id: $id, expectedVersion: $v }) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "ingestArticle",
    least: "REVIEWER",
    setup: async () => ({
      input: {
        url: `https://wire.example/${crypto.randomUUID()}`,
        text: "Officials said at least 12 people were killed in the flooding on Tuesday.",
      },
    }),
    document: `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "createApiKey",
    least: "ADMIN",
    setup: async () => ({ input: { name: "Partner", scopes: ["VERDICTS_READ"] } }),
    document: `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "rotateApiKey",
    least: "ADMIN",
    setup: async () => ({ id: (await make.apiKey(actors.ADMIN)).id, v: 1 }),
    document: `mutation($id: ID!, $v: Int!) { rotateApiKey(input: { id: $id, expectedVersion: $v }) { __typename ${ERROR_FIELDS} } }`,
  },
  {
    mutation: "revokeApiKey",
    least: "ADMIN",
    setup: async () => ({ id: (await make.apiKey(actors.ADMIN)).id, v: 1 }),
    document: `mutation($id: ID!, $v: Int!) { revokeApiKey(input: { id: $id, expectedVersion: $v }) { __typename ${ERROR_FIELDS} } }`,
  },
];

async function figureInput() {
  const event = await make.event(actors.ADMIN);
  const source = await make.source(actors.ADMIN);
  return {
    event: event.id,
    source: source.id,
    metric: "INJURED",
    subject: "people",
    qualifier: "EXACT",
    low: 10,
    high: 10,
    statedText: "10 people were injured",
    reportedAt: "2025-03-09T12:00:00.000Z",
  };
}

describe("role matrix", () => {
  it("covers every mutation in the schema", async () => {
    const { __schema } = await server.execute(`{ __schema { mutationType { fields { name } } } }`, {}, actors.ADMIN);
    const inSchema = __schema.mutationType.fields.map((f: { name: string }) => f.name).sort();
    // Tested on their own: signing in and out, and confirming a rating (only its reviewer may; published-verdicts).
    const tried = [...new Set(cases.map((c) => c.mutation.split(" ")[0]!)), "signIn", "signOut", "confirmRating"].sort();
    expect(tried).toEqual(inSchema);
  });

  for (const testCase of cases) {
    it(`${testCase.mutation}: ${testCase.least} and up`, async () => {
      const outcome: Record<string, string> = {};
      for (const role of ladder) {
        const variables = await testCase.setup();
        const auditBefore = await server.app.database.prisma.auditEntry.count();
        const response = await server.request(testCase.document, variables, actors[role]);
        expect(response.errors).toBeUndefined();
        const result = Object.values(response.data as Record<string, { __typename: string }>)[0]!;
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
    const out = await server.request(`mutation { signOut { __typename ${ERROR_FIELDS} } }`, {}, anonymous);
    expect((out.data as any).signOut.__typename).toBe("ForbiddenError");
    const user = await server.createUser("REVIEWER");
    const ok = await server.request(`mutation { signOut { __typename } }`, {}, user);
    expect((ok.data as any).signOut.__typename).toBe("SignOutSuccess");
    const after = await server.request(`{ me { id } }`, {}, user);
    expect(after.errors?.[0]?.extensions?.code).toBe("auth/invalid_token");
  });

  it("anonymous visitors read neither unpublished claims nor the desk's lists", async () => {
    const claim = await make.claim(actors.REVIEWER);
    expect((await server.request(`query($id: ID!) { node(id: $id) { id } }`, { id: claim.id }, anonymous)).data).toEqual({ node: null });
    const listed = await server.execute(`{ claims(first: 100) { edges { node { id } } } }`, {}, anonymous);
    expect(listed.claims.edges.map((e: any) => e.node.id)).not.toContain(claim.id);
    for (const list of ["sources", "entities", "events", "media", "figures", "users"]) {
      const response = await server.request(`{ ${list}(first: 1) { edges { node { id } } } }`, {}, anonymous);
      expect(response.errors?.[0]?.extensions?.code, list).toBe("auth/forbidden");
    }
  });
});
