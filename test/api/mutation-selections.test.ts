import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_PASSWORD,
  anonymous,
  apiKeyActor,
  startTestServer,
  type Actor,
  type GraphQLResponse,
  type SignedInActor,
  type TestServer,
} from "../testkit/server.js";
import { ErrorFields, factories, mutate } from "../testkit/factories.js";
import { graphql, narrow, requestBody } from "../testkit/graphql.js";
import { globalId, rawId } from "../testkit/ids.js";
import { publishedClaim, seedClaim } from "../testkit/seed.js";

// A mutation whose selection asks for what the caller may not read is refused before it runs, naming what to
// remove: it used to write, then lose its whole answer to the refused field, and the partner retried (duplicates).

let server: TestServer;
let make: ReturnType<typeof factories>;
let reviewer: SignedInActor;
let tipline: Actor;
let publishedId: string;

const CREATE_CLAIM_READING_THE_DESK = graphql(
  `mutation CreateClaimReadingTheDesk($input: CreateClaimInput!) { createClaim(input: $input) { __typename
    ... on CreateClaimSuccess { claim { id evidence { totalCount } notes { totalCount } } } ...ErrorFields } }`,
  [ErrorFields],
);
const CREATE_CLAIM = graphql(
  `mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename
    ... on CreateClaimSuccess { claim { id text } } ...ErrorFields } }`,
  [ErrorFields],
);

const claimsWithText = (text: string) => server.app.database.prisma.claim.count({ where: { text } });
const unique = (text: string) => `${text} (${crypto.randomUUID().slice(0, 8)})`;

beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  reviewer = await server.createUser("REVIEWER");
  const key = await make.apiKey(server.admin, { scopes: ["CLAIMS_WRITE"] });
  tipline = apiKeyActor(key.secret);
  const published = await seedClaim(server.app.database.prisma, publishedClaim(rawId(server.admin.id)));
  publishedId = globalId("Claim", published.id);
});
afterAll(() => server?.close());

describe("a mutation's selection", () => {
  it("is refused before it runs when it asks for what the key may not read, naming the paths; nothing is saved", async () => {
    const text = unique("The tipline says the port of Tartus closed on Monday.");
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${tipline.token}` },
      body: JSON.stringify(requestBody(CREATE_CLAIM_READING_THE_DESK, { input: { kind: "STATEMENT", text } })),
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as GraphQLResponse<unknown>;
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    const [error] = body.errors!;
    expect(error!.extensions).toMatchObject({
      code: "auth/unreadable_selection",
      paths: ["createClaim.claim.evidence", "createClaim.claim.notes"],
    });
    expect(error!.message).toBe(
      "This API key may not read createClaim.claim.evidence, createClaim.claim.notes; the mutation did not run and nothing was saved. Remove them from the selection.",
    );
    expect(await claimsWithText(text)).toBe(0);
    // The same text and key again: still refused, still nothing (the verdict kept with the document says the same).
    const again = await server.request(CREATE_CLAIM_READING_THE_DESK, { input: { kind: "STATEMENT", text } }, tipline);
    expect(again.errors?.[0]?.extensions?.code).toBe("auth/unreadable_selection");
    expect(await claimsWithText(text)).toBe(0);
  });

  it("follows fragments, aliases and @include to what the mutation would really answer", async () => {
    const document = graphql(
      `mutation CreateClaimWithFragment($input: CreateClaimInput!, $withRatings: Boolean!) { submitted: createClaim(input: $input) {
        __typename ...SubmittedClaim ...ErrorFields } }
      fragment SubmittedClaim on CreateClaimSuccess { claim { id scores: ratings @include(if: $withRatings) { totalCount } } }`,
      [ErrorFields],
    );
    const text = unique("The tipline says the airport at Latakia reopened.");
    const refused = await server.request(document, { input: { kind: "STATEMENT", text }, withRatings: true }, tipline);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "auth/unreadable_selection", paths: ["submitted.claim.scores"] });
    expect(await claimsWithText(text)).toBe(0);
    const { submitted } = await server.execute(document, { input: { kind: "STATEMENT", text }, withRatings: false }, tipline);
    expect(narrow(submitted, "CreateClaimSuccess").claim.id).toMatch(/.+/);
    expect(await claimsWithText(text)).toBe(1);
  });

  it("runs as before when it selects only what the key may read", async () => {
    const text = unique("The tipline says the bridge at Jableh was destroyed.");
    const created = await mutate(server, tipline, CREATE_CLAIM, { input: { kind: "STATEMENT", text } });
    expect(created.claim.text).toBe(text);
    expect(rawId(created.claim.id)).toBe(
      (await server.app.database.prisma.claim.findFirstOrThrow({ where: { text }, select: { id: true } })).id,
    );
  });

  it("leaves staff, who read the whole desk, unaffected", async () => {
    const text = unique("A reviewer files a claim about the Homs power station.");
    const created = await mutate(server, reviewer, CREATE_CLAIM_READING_THE_DESK, { input: { kind: "STATEMENT", text } });
    expect(created.claim).toMatchObject({ evidence: { totalCount: 0 }, notes: { totalCount: 0 } });
    expect(await claimsWithText(text)).toBe(1);
  });

  it("refuses an article ingest that asks for what the key may not read, and ingests nothing", async () => {
    const url = `https://tips.example/${crypto.randomUUID()}`;
    const text = "Residents said at least 14 people were killed when the shelling hit Baniyas on Sunday.";
    const claimsBefore = await server.app.database.prisma.claim.count();
    const refused = await server.request(
      graphql(
        `mutation IngestArticleReadingTheDesk($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename
          ... on IngestArticleSuccess { created claims { id text evidence { edges { node { id } } } } events { id title } } ...ErrorFields } }`,
        [ErrorFields],
      ),
      { input: { url, text } },
      tipline,
    );
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "auth/unreadable_selection",
      // A type the key may not read (Event) is named once, by the field that reaches it.
      paths: ["ingestArticle.claims.evidence", "ingestArticle.events"],
    });
    expect(await server.app.database.prisma.source.count({ where: { url } })).toBe(0);
    expect(await server.app.database.prisma.claim.count()).toBe(claimsBefore);
  });

  it("leaves out what only a typed error would answer: an error means nothing was written", async () => {
    // The web client's sign-in asks a ConflictError for its last change (desk-only), as every form's error fragment
    // does; signing in never answers with one, and the anonymous visitor must still be able to sign in.
    const signIn = await server.request(
      graphql(`mutation SignInAsTheWebDoes($input: SignInInput!) { signIn(input: $input) { __typename
        ... on SignInSuccess { user { id name } }
        ... on Error { code message ... on ConflictError { currentVersion lastChange { id action at } } } } }`),
      { input: { email: server.admin.email, password: ADMIN_PASSWORD } },
      anonymous,
    );
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data).toMatchObject({ signIn: { __typename: "SignInSuccess", user: { id: server.admin.id } } });
  });

  it("does not change queries: a refused field is answered as before, alone", async () => {
    const nonNull = await server.request(
      graphql(`query ClaimWithEvidence($id: ID!) { claim(id: $id) { id evidence { totalCount } } }`),
      { id: publishedId },
      tipline,
    );
    expect(nonNull.data).toEqual({ claim: null });
    expect(nonNull.errors?.map((e) => e.extensions?.code)).toEqual(["auth/forbidden"]);
    const nullable = await server.request(
      graphql(`query ClaimWithAssignee($id: ID!) { claim(id: $id) { id assignee { id } } }`),
      { id: publishedId },
      tipline,
    );
    expect(nullable.data).toEqual({ claim: { id: publishedId, assignee: null } });
    expect(nullable.errors?.map((e) => e.extensions?.code)).toEqual(["auth/forbidden"]);
  });
});
