import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../packages/server/src/config.js";
import { startFactDesk, type RunningFactDesk } from "../../packages/server/src/start.js";
import { createScratchDatabase, testDbKind, type ScratchDatabase } from "../testkit/database.js";
import { graphql as typed } from "../testkit/graphql.js";
import { follow } from "../testkit/live.js";

const QueueChanged = typed(`subscription QueueChanged { queueChanged { action claim { text } } }`);

// Two instances of one desk behind a load balancer, on one PostgreSQL database and one Redis. Each keeps recent
// sessions and public responses in memory; what one instance changes must reach the other's caches at once, not
// when they expire. The caches here live ten minutes, so only the events through Redis can clear them in time.

const REDIS_URL = process.env.FACTDESK_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";
const ADMIN_PASSWORD = "admin-password-for-tests";

interface Answer<TData> {
  status: number;
  data?: TData;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function graphql<TData>(instance: RunningFactDesk, query: string, variables: object = {}, token?: string): Promise<Answer<TData>> {
  const response = await fetch(`${instance.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer<TData>, "status">) };
}

async function signIn(instance: RunningFactDesk, email: string, password: string) {
  const { data } = await graphql<{ signIn: { token?: string; user?: { id: string; version: number } } }>(
    instance,
    `mutation SignIn($input: SignInInput!) { signIn(input: $input) { ... on SignInSuccess { token user { id version } } } }`,
    { input: { email, password } },
  );
  if (!data?.signIn.token || !data.signIn.user) throw new Error(`${email} could not sign in`);
  return { token: data.signIn.token, ...data.signIn.user };
}

describe.runIf(testDbKind() === "postgres")("two instances on one Redis", () => {
  let scratch: ScratchDatabase;
  let one: RunningFactDesk;
  let two: RunningFactDesk;
  let admin: { token: string };
  const adminEmail = `admin-${crypto.randomUUID().slice(0, 8)}@test.factdesk`;

  beforeAll(async () => {
    scratch = await createScratchDatabase("postgres");
    const defaults = readConfig({});
    const config = {
      ...defaults,
      databaseUrl: scratch.databaseUrl,
      port: 0,
      demo: false,
      adminEmail,
      adminPassword: ADMIN_PASSWORD,
      logLevel: "silent" as const,
      redisUrl: REDIS_URL,
      redisPrefix: `factdesk-test-${crypto.randomUUID()}`,
      caches: { sessionSeconds: 600, publicResponseSeconds: 600 },
    };
    one = await startFactDesk(config, () => {});
    two = await startFactDesk(config, () => {});
    admin = await signIn(one, adminEmail, ADMIN_PASSWORD);
  });

  afterAll(async () => {
    await Promise.all([one?.close(), two?.close()]);
    await scratch?.drop();
  });

  async function createUser(role: "REVIEWER" | "ADMIN") {
    const email = `${role.toLowerCase()}-${crypto.randomUUID().slice(0, 8)}@test.factdesk`;
    const password = `password-${crypto.randomUUID()}`;
    const created = await graphql<{ createUser: { __typename: string } }>(
      one,
      `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { __typename } }`,
      { input: { email, password, role, name: `Shared ${role.toLowerCase()}` } },
      admin.token,
    );
    expect(created.data?.createUser.__typename).toBe("CreateUserSuccess");
    return signIn(one, email, password);
  }

  const roleOn = async (instance: RunningFactDesk, token: string) => {
    const answer = await graphql<{ me: { role: string } | null }>(instance, `query Me { me { role } }`, {}, token);
    return answer.status === 401 ? "refused" : answer.data?.me?.role;
  };

  it("drops a session signed out on one instance from the other's cache", async () => {
    const reviewer = await createUser("REVIEWER");
    expect(await roleOn(two, reviewer.token)).toBe("REVIEWER"); // now cached on the second instance

    const signedOut = await graphql<{ signOut: { __typename: string } }>(
      one,
      `mutation SignOut { signOut { __typename } }`,
      {},
      reviewer.token,
    );
    expect(signedOut.data?.signOut.__typename).toBe("SignOutSuccess");
    expect(await roleOn(one, reviewer.token)).toBe("refused");
    await expect.poll(() => roleOn(two, reviewer.token), { timeout: 5_000 }).toBe("refused");
  });

  it("applies a role change made on one instance to the sessions cached by the other", async () => {
    const colleague = await createUser("ADMIN");
    // What the cached viewer's role decides: admins may list the API keys, others may not.
    const listsKeysOnTwo = async () => {
      const answer = await graphql<{ apiKeys: { edges: unknown[] } }>(
        two,
        `query Keys { apiKeys(first: 1) { edges { cursor } } }`,
        {},
        colleague.token,
      );
      return answer.errors?.length ? "refused" : "listed";
    };
    expect(await listsKeysOnTwo()).toBe("listed");

    const changed = await graphql<{ updateUserRole: { __typename: string } }>(
      one,
      `mutation Demote($input: UpdateUserRoleInput!) { updateUserRole(input: $input) { __typename } }`,
      { input: { id: colleague.id, expectedVersion: colleague.version, role: "REVIEWER" } },
      admin.token,
    );
    expect(changed.data?.updateUserRole.__typename).toBe("UpdateUserRoleSuccess");
    await expect.poll(listsKeysOnTwo, { timeout: 5_000 }).toBe("refused");
  });

  it("empties the other instance's public response cache when one instance writes", async () => {
    const key = await graphql<{ createApiKey: { secret?: string } }>(
      one,
      `mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeySuccess { secret } } }`,
      { input: { name: "Shared partner", scopes: ["CLAIMS_READ"] } },
      admin.token,
    );
    const secret = key.data?.createApiKey.secret;
    expect(secret).toBeTruthy();
    const countOnTwo = async () =>
      (await graphql<{ claims: { totalCount: number } }>(two, `query Count { claims(first: 1) { totalCount } }`, {}, secret)).data?.claims
        .totalCount;
    const before = await countOnTwo();
    expect(before).toEqual(expect.any(Number));
    expect(await countOnTwo()).toBe(before); // answered from the second instance's cache from now on

    const reviewer = await createUser("REVIEWER");
    const created = await graphql<{ createClaim: { __typename: string } }>(
      one,
      `mutation NewClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename } }`,
      { input: { text: "The river flooded twelve villages on Monday.", kind: "STATEMENT" } },
      reviewer.token,
    );
    expect(created.data?.createClaim.__typename).toBe("CreateClaimSuccess");
    await expect.poll(countOnTwo, { timeout: 5_000 }).toBe(before! + 1);
  });

  it("does not confirm a copy written before a change on the other instance as current (If-None-Match)", async () => {
    const key = await graphql<{ createApiKey: { secret?: string } }>(
      one,
      `mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeySuccess { secret } } }`,
      { input: { name: "Revalidating partner", scopes: ["CLAIMS_READ"] } },
      admin.token,
    );
    const secret = key.data?.createApiKey.secret;
    const readOnTwo = (headers: Record<string, string> = {}) =>
      fetch(`${two.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${secret}`, ...headers },
        body: JSON.stringify({ query: `query Revalidated { claims(first: 1) { totalCount } }` }),
      });
    const countIn = async (response: Response) =>
      ((await response.json()) as { data: { claims: { totalCount: number } } }).data.claims.totalCount;
    const first = await readOnTwo();
    const before = await countIn(first);
    const etag = first.headers.get("etag")!;
    expect(etag).toBeTruthy();

    const reviewer = await createUser("REVIEWER");
    const created = await graphql<{ createClaim: { __typename: string } }>(
      one,
      `mutation NewClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename } }`,
      { input: { text: "The ferry stopped running on Tuesday.", kind: "STATEMENT" } },
      reviewer.token,
    );
    expect(created.data?.createClaim.__typename).toBe("CreateClaimSuccess");
    // The second instance's cache holds the new answer now, under the same key as the old one.
    await expect.poll(async () => countIn(await readOnTwo()), { timeout: 5_000 }).toBe(before + 1);

    // A partner revalidating the copy it holds (fetch marks a conditional request no-cache unless told otherwise).
    const revalidated = await readOnTwo({ "if-none-match": etag, "cache-control": "max-age=0" });
    expect(revalidated.status).toBe(200);
    expect(await countIn(revalidated)).toBe(before + 1);
    const unchanged = await readOnTwo({ "if-none-match": revalidated.headers.get("etag")!, "cache-control": "max-age=0" });
    expect(unchanged.status).toBe(304);
  });

  it("keeps the other instance's public responses when a request writes nothing (a failed sign-in, a refused write)", async () => {
    // Emptying every instance's cache is for changes: else one anonymous caller failing sign-ins keeps the whole desk
    // answering every public read from the database.
    const key = await graphql<{ createApiKey: { secret?: string } }>(
      one,
      `mutation CreateKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { ... on CreateApiKeySuccess { secret } } }`,
      { input: { name: "Cached partner", scopes: ["CLAIMS_READ"] } },
      admin.token,
    );
    const secret = key.data?.createApiKey.secret;
    const countOnTwo = async () =>
      (await graphql<{ claims: { totalCount: number } }>(two, `query Cached { claims(first: 1) { totalCount } }`, {}, secret)).data?.claims
        .totalCount;
    const cached = await countOnTwo();
    // A claim the cache cannot know of: written behind the desk's back, so only a cache emptied would show it.
    const text = "The bakery reopened after the storm.";
    await one.database.prisma.claim.create({ data: { text, normalizedText: text.toLowerCase(), kind: "STATEMENT" } });

    const failed = await graphql<{ signIn: { __typename: string } }>(
      one,
      `mutation FailedSignIn($input: SignInInput!) { signIn(input: $input) { __typename } }`,
      { input: { email: `nobody-${crypto.randomUUID().slice(0, 8)}@test.factdesk`, password: "not a password" } },
    );
    expect(failed.data?.signIn.__typename).toBe("ValidationError");
    const refused = await graphql<{ createClaim: { __typename: string } }>(
      one,
      `mutation AnonymousClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename } }`,
      { input: { text: "Anonymous callers submit nothing.", kind: "STATEMENT" } },
    );
    expect(refused.data?.createClaim.__typename).toBe("ForbiddenError");
    expect(await countOnTwo()).toBe(cached);
  });

  it("delivers a live update published on one instance to a subscriber on the other", async () => {
    const watcher = await createUser("REVIEWER");
    const live = await follow(two.url, { id: null, email: null, role: "REVIEWER", token: watcher.token }, QueueChanged);
    try {
      const author = await createUser("REVIEWER");
      const text = `A tip about the ${crypto.randomUUID()} bridge, sent to instance one.`;
      const created = await graphql<{ createClaim: { __typename: string } }>(
        one,
        `mutation NewClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename } }`,
        { input: { text, kind: "STATEMENT" } },
        author.token,
      );
      expect(created.data?.createClaim.__typename).toBe("CreateClaimSuccess");
      expect((await live.next()).data?.queueChanged).toMatchObject({ action: "claim.create", claim: { text } });
    } finally {
      live.close();
    }
  });
});
