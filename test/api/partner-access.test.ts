import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADMIN_PASSWORD,
  anonymous,
  apiKeyActor,
  startTestServer,
  type GraphQLResponse,
  type SignedInActor,
  type TestServer,
} from "../testkit/server.js";
import { ErrorFields, factories, mutate, type ApiKeyInput } from "../testkit/factories.js";
import { graphql, narrow, requestBody, type ResultOf } from "../testkit/graphql.js";
import { globalId, rawId } from "../testkit/ids.js";
import { publishedClaim, seedClaim, seedEvent, seedFigure, seedSource } from "../testkit/seed.js";

// Partners' API keys: created, rotated and revoked by admins, sent as `Authorization: Bearer fdk_…`, each scope
// opening exactly its part of the desk; refused keys say why.

let server: TestServer;
let make: ReturnType<typeof factories>;
let reviewer: SignedInActor;
let publishedId: string;
let unpublishedId: string;
let eventId: string;

async function keyWith(scopes: NonNullable<ApiKeyInput["scopes"]>, input: ApiKeyInput = {}) {
  const key = await make.apiKey(server.admin, { scopes, ...input });
  return { ...key, actor: apiKeyActor(key.secret) };
}

const CLAIM = graphql(`query Claim($id: ID!) { claim(id: $id) { id text } }`);
const CURRENT_API_KEY = graphql(`query CurrentApiKey { currentApiKey { id } }`);
const TYPENAME = graphql(`query Typename { __typename }`);

beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  reviewer = await server.createUser("REVIEWER");
  const db = server.app.database.prisma;
  const event = await seedEvent(db, { title: "Partner event" });
  eventId = globalId("Event", event.id);
  const published = await seedClaim(db, { ...publishedClaim(rawId(server.admin.id)), eventId: event.id });
  const unpublished = await seedClaim(db, { eventId: event.id, text: "An unpublished claim the public must not see" });
  publishedId = globalId("Claim", published.id);
  unpublishedId = globalId("Claim", unpublished.id);
  const source = await seedSource(db);
  await seedFigure(db, {
    eventId: event.id,
    sourceId: source.id,
    metric: "KILLED",
    qualifier: "AT_LEAST",
    low: 12,
    high: null,
    reportedAt: new Date("2025-03-09T00:00:00Z"),
  });
});
afterAll(() => server?.close());

describe("API keys", () => {
  it("shows the secret once, stores only a hash, and names the key by a public prefix", async () => {
    const key = await keyWith(["VERDICTS_READ"], { name: "Newsroom feed" });
    expect(key.secret).toMatch(/^fdk_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/);
    expect(key.secret.startsWith(`${key.prefix}_`)).toBe(true);
    const row = await server.app.database.prisma.apiKey.findUniqueOrThrow({ where: { id: rawId(key.id) } });
    expect(JSON.stringify(row)).not.toContain(key.secret.slice(key.prefix.length + 1));
    expect(row.secretHash).toBe(
      crypto
        .createHash("sha256")
        .update(key.secret.slice(key.prefix.length + 1))
        .digest("hex"),
    );
    // The key can read what it is, and the admin's list shows it, last used now.
    const { currentApiKey } = await server.execute(
      graphql(`query CurrentApiKey { currentApiKey { name prefix scopes state } }`),
      {},
      key.actor,
    );
    expect(currentApiKey).toEqual({ name: "Newsroom feed", prefix: key.prefix, scopes: ["VERDICTS_READ"], state: "ACTIVE" });
    const { apiKeys } = await server.execute(
      graphql(`query ApiKeys { apiKeys(first: 100) { edges { node { id lastUsedAt createdBy { id } } } } }`),
      {},
      server.admin,
    );
    const listed = apiKeys.edges.find((e) => e.node.id === key.id)!.node;
    expect(listed.createdBy.id).toBe(server.admin.id);
    expect(Date.now() - Date.parse(listed.lastUsedAt!)).toBeLessThan(60_000);
    // Nobody but admins lists keys, and the audit log records the creation.
    expect(
      (await server.request(graphql(`query ApiKeys { apiKeys(first: 1) { edges { node { id } } } }`), {}, reviewer)).errors?.[0]?.extensions
        ?.code,
    ).toBe("auth/forbidden");
    const audit = await server.app.database.prisma.auditEntry.findFirstOrThrow({
      where: { entityId: rawId(key.id), action: "api_key.create" },
    });
    expect(audit.actorId).toBe(rawId(server.admin.id));
  });

  it("verdicts:read sees what the public sees", async () => {
    const { actor } = await keyWith(["VERDICTS_READ"]);
    expect((await server.execute(CLAIM, { id: publishedId }, actor)).claim!.id).toBe(publishedId);
    expect((await server.execute(CLAIM, { id: unpublishedId }, actor)).claim).toBeNull();
    const figures = await server.request(graphql(`query Figures { figures(first: 1) { edges { node { id } } } }`), {}, actor);
    expect(figures.errors?.[0]?.extensions?.code).toBe("auth/forbidden");
  });

  it("claims:read reads the whole desk but changes nothing", async () => {
    const { actor } = await keyWith(["CLAIMS_READ"]);
    const { claim } = await server.execute(
      graphql(
        `query ClaimDesk($id: ID!) { claim(id: $id) { id evidence { totalCount } history(first: 1) { edges { node { action } } } } }`,
      ),
      { id: unpublishedId },
      actor,
    );
    expect(claim!.id).toBe(unpublishedId);
    const refused = await server.execute(
      graphql(`mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename ...ErrorFields } }`, [
        ErrorFields,
      ]),
      { input: { kind: "STATEMENT", text: "A partner tries to write without claims:write" } },
      actor,
    );
    expect(refused.createClaim).toMatchObject({
      __typename: "ForbiddenError",
      message: "This API key cannot do this: it needs claims:write.",
    });
    const staffOnly = await server.execute(
      graphql(`mutation KeyRates($input: RateClaimInput!) { rateClaim(input: $input) { __typename ...ErrorFields } }`, [ErrorFields]),
      { input: { claim: unpublishedId, label: "TRUE", confidence: 50, rationale: "A key tries to rate." } },
      actor,
    );
    expect(staffOnly.rateClaim).toMatchObject({ __typename: "ForbiddenError", message: "API keys cannot do this: sign in to the desk." });
  });

  it("figures:read reads events and figures, but only the published claims about them", async () => {
    const { actor } = await keyWith(["FIGURES_READ"]);
    const { node: eventNode } = await server.execute(
      graphql(
        `query EventFigures($id: ID!) { node(id: $id) { ... on Event { title figures { edges { node { statedText qualifier low source { url } } } } claims { edges { node { id } } } } } }`,
      ),
      { id: eventId },
      actor,
    );
    const node = narrow(eventNode, "Event");
    expect(node.title).toBe("Partner event");
    expect(node.figures.edges).toHaveLength(1);
    expect(node.claims.edges.map((e) => e.node.id)).toEqual([publishedId]);
    expect((await server.execute(CLAIM, { id: unpublishedId }, actor)).claim).toBeNull();
  });

  it("claims:write submits claims and articles, recorded against the key; it does not read the desk", async () => {
    const { actor, id: keyId } = await keyWith(["CLAIMS_WRITE"], { name: "Platform tipline" });
    const text = "The tipline reports that the bridge at Jableh was destroyed on Monday.";
    const created = await mutate(
      server,
      actor,
      graphql(
        `mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename
      ... on CreateClaimSuccess { claim { id status } possibleDuplicates { id } } ...ErrorFields } }`,
        [ErrorFields],
      ),
      { input: { kind: "STATEMENT", text } },
    );
    expect(created.claim.status).toBe("NEW");
    const audit = await server.app.database.prisma.auditEntry.findFirstOrThrow({
      where: { entityId: rawId(created.claim.id), action: "claim.create" },
    });
    expect({ actorId: audit.actorId, apiKeyId: audit.apiKeyId }).toEqual({ actorId: null, apiKeyId: rawId(keyId) });
    // The same claim again: reviewers would be warned of the duplicate, the partner is not shown the desk's claims.
    const again = await mutate(
      server,
      actor,
      graphql(
        `mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename
      ... on CreateClaimSuccess { possibleDuplicates { id } } ...ErrorFields } }`,
        [ErrorFields],
      ),
      { input: { kind: "STATEMENT", text } },
    );
    expect(again.possibleDuplicates).toEqual([]);
    const ingested = await mutate(
      server,
      actor,
      graphql(
        `mutation IngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename
      ... on IngestArticleSuccess { created } ...ErrorFields } }`,
        [ErrorFields],
      ),
      {
        input: {
          url: `https://tips.example/${crypto.randomUUID()}`,
          text: "Residents said at least 14 people were killed when the shelling hit Baniyas on Sunday.",
        },
      },
    );
    expect(ingested.created).toBe(true);
    expect((await server.execute(CLAIM, { id: unpublishedId }, actor)).claim).toBeNull();
  });

  it("refuses malformed, unknown, revoked and expired keys, saying which", async () => {
    const cases: [string, RegExp][] = [
      ["fdk_nonsense", /malformed: check that it was copied whole/],
      [`fdk_${"a".repeat(12)}_${"b".repeat(43)}`, /Unknown API key/],
    ];
    const revoked = await keyWith(["VERDICTS_READ"]);
    await mutate(
      server,
      server.admin,
      graphql(`mutation RevokeApiKey($id: ID!) { revokeApiKey(input: { id: $id, expectedVersion: 1 }) { __typename ...ErrorFields } }`, [
        ErrorFields,
      ]),
      { id: revoked.id },
    );
    cases.push([revoked.secret, /was revoked on/]);
    // Keys are created with an expiry in the future only: this one expires 3 s from now (room for a slow creation on a
    // busy machine), and the requests wait for the clock to pass it.
    const expiresAt = Date.now() + 3000;
    const expiring = await keyWith(["VERDICTS_READ"], { expiresAt: new Date(expiresAt).toISOString() });
    await new Promise((resolve) => setTimeout(resolve, expiresAt + 50 - Date.now()));
    cases.push([expiring.secret, /expired on/]);
    for (const [secret, message] of cases) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
        body: JSON.stringify(requestBody(TYPENAME)),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as GraphQLResponse<unknown>;
      expect(body.errors![0]!.extensions!.code).toBe("auth/invalid_api_key");
      expect(body.errors![0]!.message).toMatch(message);
    }
  });

  it("says on every 401 how to authenticate (WWW-Authenticate: Bearer), as HTTP requires", async () => {
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    const refusals: [string, Record<string, string>, RegExp][] = [
      // A credential that was sent and refused: RFC 6750's invalid_token.
      ["/graphql?query=%7B__typename%7D", bearer("fdk_nonsense"), /^Bearer realm="FactDesk", error="invalid_token"$/],
      ["/graphql?query=%7B__typename%7D", bearer("not-a-session"), /^Bearer realm="FactDesk", error="invalid_token"$/],
      ["/claim-reviews.jsonld", bearer("fdk_nonsense"), /^Bearer realm="FactDesk", error="invalid_token"$/],
      ["/v1alpha1/claims:search?query=plant", bearer("fdk_nonsense"), /^Bearer realm="FactDesk", error="invalid_token"$/],
      ["/exports/verdicts.csv", bearer("fdk_nonsense"), /^Bearer realm="FactDesk", error="invalid_token"$/],
      // None sent where one is needed: the challenge alone.
      [`/exports/claims/${encodeURIComponent(unpublishedId)}.json`, {}, /^Bearer realm="FactDesk"$/],
      [`/captures/${"0".repeat(64)}`, {}, /^Bearer realm="FactDesk"$/],
    ];
    for (const [path, headers, challenge] of refusals) {
      const response = await fetch(`${server.url}${path}`, { headers });
      expect(response.status, path).toBe(401);
      expect(response.headers.get("www-authenticate"), path).toMatch(challenge);
    }
  });

  it("rotates a key: the new secret works at once, the old one for the grace period only", async () => {
    const old = await keyWith(["VERDICTS_READ"], { rateLimitPerMinute: 90 });
    const rotated = await mutate(
      server,
      server.admin,
      graphql(
        `mutation RotateApiKey($id: ID!) { rotateApiKey(input: { id: $id, expectedVersion: 1, graceMinutes: 10 }) { __typename
      ... on RotateApiKeySuccess { secret apiKey { id scopes rateLimitPerMinute } } ...ErrorFields } }`,
        [ErrorFields],
      ),
      { id: old.id },
    );
    expect(rotated.apiKey).toMatchObject({ scopes: ["VERDICTS_READ"], rateLimitPerMinute: 90 });
    expect((await server.execute(CURRENT_API_KEY, {}, apiKeyActor(rotated.secret))).currentApiKey!.id).toBe(rotated.apiKey.id);
    expect((await server.execute(CURRENT_API_KEY, {}, old.actor)).currentApiKey!.id).toBe(old.id);
    const { node: keyNode } = await server.execute(
      graphql(`query ReplacedKey($id: ID!) { node(id: $id) { ... on ApiKey { replacedBy { id } expiresAt } } }`),
      { id: old.id },
      server.admin,
    );
    const node = narrow(keyNode, "ApiKey");
    expect(node.replacedBy!.id).toBe(rotated.apiKey.id);
    expect(Date.parse(node.expiresAt!) - Date.now()).toBeGreaterThan(9 * 60_000);
    // Without a grace period the old key stops now; a stale version is a conflict, not a second rotation.
    const ROTATE_NOW = graphql(
      `mutation RotateApiKeyNow($id: ID!) { rotateApiKey(input: { id: $id, expectedVersion: 1 }) { __typename ...ErrorFields } }`,
      [ErrorFields],
    );
    const stale = await server.execute(ROTATE_NOW, { id: rotated.apiKey.id }, server.admin);
    expect(stale.rotateApiKey.__typename).toBe("RotateApiKeySuccess");
    const twice = await server.execute(ROTATE_NOW, { id: rotated.apiKey.id }, server.admin);
    expect(twice.rotateApiKey).toMatchObject({ __typename: "ValidationError", code: "api_key/revoked" });
    expect((await server.request(TYPENAME, {}, apiKeyActor(rotated.secret))).errors?.[0]?.extensions?.code).toBe("auth/invalid_api_key");
  });

  it("refuses a key without scopes, an expiry in the past and a silly limit, changing nothing", async () => {
    const before = await server.app.database.prisma.apiKey.count();
    const CREATE = graphql(
      `mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename ...ErrorFields } }`,
      [ErrorFields],
    );
    const bad = await server.execute(
      CREATE,
      { input: { name: " ", scopes: [], expiresAt: "2001-01-01T00:00:00Z", rateLimitPerMinute: 0 } },
      server.admin,
    );
    expect(bad.createApiKey.__typename).toBe("ValidationError");
    expect(narrow(bad.createApiKey, "ValidationError").issues.map((i: { path: string[] }) => i.path.join("."))).toEqual(
      expect.arrayContaining(["input.name", "input.scopes", "input.expiresAt", "input.rateLimitPerMinute"]),
    );
    expect(await server.app.database.prisma.apiKey.count()).toBe(before);
  });
});

describe("rate limits", () => {
  it("gives each key its own bucket, with RateLimit headers and Retry-After once it is empty", async () => {
    const key = await keyWith(["VERDICTS_READ"], { rateLimitPerMinute: 3 });
    const statuses: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < 12; i++) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key.secret}` },
        body: JSON.stringify(requestBody(TYPENAME)),
      });
      statuses.push(response.status);
      if (response.status === 200) expect(response.headers.get("ratelimit-limit")).toBe("3");
      if (response.status === 429) refused ??= response;
    }
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(7);
    expect(refused).toBeDefined();
    expect(Number(refused!.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused!.json()) as GraphQLResponse<unknown>).errors![0]!.extensions!.code).toBe("rate_limited");
    // Another key, and staff, are not affected.
    const other = await keyWith(["VERDICTS_READ"]);
    expect((await server.request(TYPENAME, {}, other.actor)).data).toEqual({ __typename: "Query" });
  });

  it("counts RateLimit-Remaining down over the whole minute's allowance, to the request before the first refusal", async () => {
    const key = await keyWith(["VERDICTS_READ"], { rateLimitPerMinute: 20 });
    const answers: { status: number; remaining: number }[] = [];
    for (let i = 0; i < 30; i++) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key.secret}` },
        body: JSON.stringify(requestBody(TYPENAME)),
      });
      answers.push({ status: response.status, remaining: Number(response.headers.get("ratelimit-remaining")) });
    }
    const served = answers.slice(
      0,
      answers.findIndex((a) => a.status === 429),
    );
    expect(served.length).toBeGreaterThanOrEqual(20);
    expect(served[0]!.remaining).toBeGreaterThanOrEqual(18);
    // Each answer has one fewer left than the one before (a second's refill may give one back).
    for (const [i, answer] of served.entries()) if (i > 0) expect(answer.remaining).toBeLessThanOrEqual(served[i - 1]!.remaining);
    expect(served.at(-1)!.remaining).toBeLessThanOrEqual(1);
  });
});

describe("idempotency keys", () => {
  const CREATE = graphql(
    `mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename ... on CreateClaimSuccess { claim { id } } ...ErrorFields } }`,
    [ErrorFields],
  );
  const send = (key: string, text: string, token = reviewer.token) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "idempotency-key": key },
      body: JSON.stringify(requestBody(CREATE, { input: { kind: "STATEMENT", text } })),
    });
  const bodyOf = async (response: Response) => (await response.json()) as GraphQLResponse<ResultOf<typeof CREATE>>;

  it("answers a retry with the first result and writes once", async () => {
    const key = crypto.randomUUID();
    const text = `An idempotent claim ${key}`;
    const first = await send(key, text);
    const firstBody = await bodyOf(first);
    expect(firstBody.data!.createClaim.__typename).toBe("CreateClaimSuccess");
    const retry = await send(key, text);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect((await bodyOf(retry)).data).toEqual(firstBody.data);
    expect(await server.app.database.prisma.claim.count({ where: { text } })).toBe(1);
    // The same key for another request is refused; keys are per caller.
    const reused = await send(key, `${text} (changed)`);
    expect(reused.status).toBe(422);
    const other = await server.createUser("REVIEWER");
    expect((await bodyOf(await send(key, text, other.token))).data!.createClaim.__typename).toBe("CreateClaimSuccess");
  });

  it("lets exactly one of several simultaneous requests with one key write", async () => {
    const key = crypto.randomUUID();
    const text = `A raced idempotent claim ${key}`;
    const responses = await Promise.all(Array.from({ length: 5 }, () => send(key, text)));
    const bodies = await Promise.all(responses.map(bodyOf));
    expect(await server.app.database.prisma.claim.count({ where: { text } })).toBe(1);
    const succeeded = bodies.filter((b) => b.data?.createClaim?.__typename === "CreateClaimSuccess");
    expect(new Set(succeeded.map((b) => narrow(b.data!.createClaim, "CreateClaimSuccess").claim.id)).size).toBe(1);
    for (const body of bodies) {
      const createClaim: { __typename: string; code?: string } | undefined = body.data?.createClaim;
      const outcome = createClaim?.code ?? body.errors?.[0]?.extensions?.code ?? createClaim?.__typename;
      expect(["CreateClaimSuccess", "request/idempotency_key_in_use", "request/idempotency_key_unfinished"]).toContain(outcome);
    }
  });
});

describe("anonymous visitors", () => {
  it("cannot use API keys' or staff scopes", async () => {
    expect((await server.execute(CURRENT_API_KEY, {}, anonymous)).currentApiKey).toBeNull();
  });

  it("meet the desk's people as bylines: a name and a role, not whether the account still works or when it was made", async () => {
    const BYLINE = graphql(`query Byline($id: ID!) {
      claim(id: $id) { verdict { publishedBy { id name role active createdAt version email } } }
    }`);
    const claimsReader = (await keyWith(["CLAIMS_READ"])).actor;
    for (const reader of [anonymous, claimsReader]) {
      const { claim } = await server.execute(BYLINE, { id: publishedId }, reader);
      expect(claim!.verdict!.publishedBy).toEqual({
        id: server.admin.id,
        name: expect.any(String),
        role: "ADMIN",
        active: null,
        createdAt: null,
        version: null,
        email: null,
      });
    }
    const { claim } = await server.execute(BYLINE, { id: publishedId }, reviewer);
    expect(claim!.verdict!.publishedBy).toMatchObject({
      active: true,
      createdAt: expect.any(String),
      version: expect.any(Number),
      email: null,
    });

    // Signing in is the one anonymous request that answers with the caller's own account, whole.
    const { signIn } = await server.execute(
      graphql(`mutation OwnAccount($input: SignInInput!) {
        signIn(input: $input) { __typename ... on SignInSuccess { user { email active createdAt version } } }
      }`),
      { input: { email: server.admin.email, password: ADMIN_PASSWORD } },
      anonymous,
    );
    expect(narrow(signIn, "SignInSuccess").user).toEqual({
      email: server.admin.email,
      active: true,
      createdAt: expect.any(String),
      version: expect.any(Number),
    });
  });
});
