import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { startTestServer, type GraphQLResponse, type TestServer } from "../testkit/server.js";
import { graphql, requestBody } from "../testkit/graphql.js";
import type { Config } from "../../packages/server/src/config.js";
import { testDbKind } from "../testkit/database.js";
import { outageProxy, stallingProxy, type OutageProxy } from "../testkit/tcp-proxy.js";

// Several instances behind one load balancer share their rate limits through Redis; and when PostgreSQL goes
// away, requests fail cleanly (503 with Retry-After) and FactDesk recovers by itself once it is back.

const REDIS_URL = process.env.FACTDESK_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function anonymousQuery(server: TestServer, signal?: AbortSignal) {
  return fetch(`${server.url}/graphql`, {
    method: "POST",
    signal,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(requestBody(graphql(`query Typename { __typename }`))),
  });
}

describe("rate limits across instances", () => {
  it("makes two instances on one Redis hold an address to one budget", async () => {
    const prefix = `factdesk-test-${crypto.randomUUID()}`;
    const config = (defaults: Config) => ({
      redisUrl: REDIS_URL,
      redisPrefix: prefix,
      rateLimits: { ...defaults.rateLimits, anonymousPerMinute: 10 },
    });
    // The admin's sessions come straight from the session service: signing in over the API is an anonymous request
    // from this address, and would spend the budget under test before the first counted request.
    const [one, two] = await Promise.all([
      startTestServer({ config, adminSession: "direct" }),
      startTestServer({ config, adminSession: "direct" }),
    ]);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await anonymousQuery(i % 2 ? one : two)).status);
      const allowed = statuses.filter((s) => s === 200).length;
      // Ten in the bucket and one of the steady allowance, plus what refills meanwhile (one every 6 s, however slow
      // the machine is); two separate budgets would allow 22 and more. Everything else is refused as over the limit.
      expect(allowed).toBeGreaterThanOrEqual(11);
      expect(allowed).toBeLessThan(20);
      expect(statuses.filter((s) => s !== 200).every((s) => s === 429)).toBe(true);

      // A credential the desk refuses is no way around the address's budget: it is counted (and refused) like any other
      // request from there, not answered with a 401 on every instance for as long as the caller cares to guess.
      for (const server of [one, two]) {
        for (const token of ["not-a-session-token", `fdk_${"a".repeat(12)}_${"b".repeat(43)}`]) {
          const refused = await fetch(`${server.url}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
            body: JSON.stringify(requestBody(graphql(`query Typename { __typename }`))),
          });
          expect(refused.status).toBe(429);
        }
        const feed = await fetch(`${server.url}/claim-reviews.jsonld`, { headers: { authorization: "Bearer not-a-session-token" } });
        expect(feed.status).toBe(429);
      }
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});

describe.runIf(testDbKind() === "postgres")("a Redis that stops answering", () => {
  it("keeps answering requests and sign-ins, on this instance's own limits, while Redis hangs", async () => {
    // A hung Redis (or a network dropping its packets) refuses nothing: without a timeout on its commands, every
    // request waited on its rate limit for as long as Redis did.
    const proxy = await stallingProxy(new URL(REDIS_URL));
    const prefix = `factdesk-test-${crypto.randomUUID()}`;
    const server = await startTestServer({
      config: () => ({ redisUrl: proxy.url, redisPrefix: prefix, redisTimeoutMs: 200 }),
      adminSession: "direct",
    });
    try {
      // Counted in Redis: the instance's connection is up before it hangs.
      await expect.poll(async () => (await anonymousQuery(server)).status === 200 && proxy.hasSent(`${prefix}:`)).toBe(true);
      proxy.stall();
      expect((await anonymousQuery(server, AbortSignal.timeout(5_000))).status).toBe(200);
      const signIn = graphql(`mutation StalledSignIn($input: SignInInput!) { signIn(input: $input) { __typename ... on Error { code } } }`);
      const refused = await server.request(signIn, { input: { email: server.admin.email, password: "not the password" } });
      expect(refused.data?.signIn).toMatchObject({ code: "auth/invalid_credentials" });
    } finally {
      proxy.resume();
      await server.close();
      proxy.close();
    }
  }, 20_000);
});

describe.runIf(testDbKind() === "postgres")("a database outage", () => {
  it("answers 503 with Retry-After while PostgreSQL is away and recovers by itself", async () => {
    let proxy: OutageProxy | undefined;
    const server = await startTestServer({
      connectThrough: async (databaseUrl) => {
        proxy = await outageProxy(new URL(databaseUrl));
        return proxy.urlFor(databaseUrl);
      },
    });
    try {
      const reviewer = await server.createUser("REVIEWER");
      const query = graphql(`query ClaimCount { claims(first: 1) { totalCount } }`);
      expect((await server.execute(query, {}, reviewer)).claims.totalCount).toBe(0);

      await proxy!.cut();
      for (const token of [null, reviewer.token]) {
        const response = await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(requestBody(query)),
        });
        expect(response.status).toBe(503);
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(((await response.json()) as GraphQLResponse<unknown>).errors![0]!.extensions!.code).toBe("service/unavailable");
      }
      // The public front page still renders, saying it could not load the fact-checks, and no cache may keep it.
      const frontPage = () => fetch(`${server.url}/`, { headers: { accept: "text/html" } });
      const duringOutage = await frontPage();
      expect(duringOutage.headers.get("cache-control")).toBe("no-store");
      expect(await duringOutage.text()).toContain("Could not load");

      await proxy!.restore();
      await expect.poll(async () => (await server.request(query, {}, reviewer)).data?.claims?.totalCount, { timeout: 15_000 }).toBe(0);
      expect((await frontPage()).headers.get("cache-control")).toBe("public, max-age=60");
    } finally {
      await server.close();
      proxy?.close();
    }
  });
});
