import http from "node:http";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ADMIN_PASSWORD,
  anonymous,
  apiKeyActor,
  startTestServer,
  type GraphQLResponse,
  type SignedInActor,
  type TestServer,
} from "../testkit/server.js";
import { ErrorFields, factories } from "../testkit/factories.js";
import { graphql, narrow, requestBody, type ResultOf } from "../testkit/graphql.js";
import { rawId } from "../testkit/ids.js";
import { publishedClaim, seedClaim } from "../testkit/seed.js";

// Public reads are served from a short-lived response cache that any mutation empties; staff sessions always read
// live; a cached session never outlives its sign-out or a change of its user's role. The cache lifetimes are set
// long here so that nothing in the test depends on timing.

let server: TestServer;
let editor: SignedInActor;
let reviewer: SignedInActor;
let claimId: string;

const PUBLIC_CLAIM = graphql(`query PublicClaim($id: ID!) { node(id: $id) { ... on Claim { id text verdict { label headline } } } }`);
const ME_NAME = graphql(`query MyName { me { name } }`);
const ME_ROLE = graphql(`query MyRole { me { role } }`);
const headlineOf = async (as = anonymous) =>
  narrow((await server.execute(PUBLIC_CLAIM, { id: claimId }, as)).node, "Claim").verdict!.headline;

beforeAll(async () => {
  server = await startTestServer({ config: () => ({ caches: { sessionSeconds: 600, publicResponseSeconds: 600 } }) });
  editor = await server.createUser("EDITOR", "Cache Editor");
  reviewer = await server.createUser("REVIEWER", "Cache Reviewer");
  const claim = await seedClaim(server.app.database.prisma, publishedClaim(rawId(editor.id)));
  claimId = Buffer.from(`Claim:${claim.id}`).toString("base64");
}, 120_000);
afterAll(() => server?.close());

/** A change made behind the API's back (as another instance would), so only a cache can explain an old answer. */
async function rewordHeadlineInTheDatabase(headline: string) {
  const id = Buffer.from(claimId, "base64").toString().split(":")[1]!;
  await server.app.database.prisma.verdict.updateMany({ where: { claimId: id }, data: { headline } });
}

describe("the public response cache", () => {
  it("serves an anonymous reader the same answer again without reading the database", async () => {
    const before = await headlineOf();
    const again = await server.request(PUBLIC_CLAIM, { id: claimId });
    expect(narrow(again.data!.node, "Claim").verdict!.headline).toBe(before);
    expect(again.extensions?.sqlStatements ?? 0, "a cached answer runs no SQL").toBe(0);
  });

  it("never serves staff from it: a reviewer reads live while anonymous readers keep the cached copy", async () => {
    const cached = await headlineOf();
    await rewordHeadlineInTheDatabase("Reworded behind the cache");
    expect(await headlineOf(reviewer)).toBe("Reworded behind the cache");
    expect(await headlineOf()).toBe(cached);
  });

  it("answers a reader who asks for a fresh copy (Cache-Control: no-cache) from the database", async () => {
    const cached = await headlineOf();
    await rewordHeadlineInTheDatabase("Reworded again behind the cache");
    expect(await headlineOf()).toBe(cached);
    const fresh = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "cache-control": "no-cache" },
      body: JSON.stringify(requestBody(PUBLIC_CLAIM, { id: claimId })),
    });
    const answer = (await fresh.json()) as GraphQLResponse<ResultOf<typeof PUBLIC_CLAIM>>;
    expect(narrow(answer.data!.node, "Claim").verdict!.headline).toBe("Reworded again behind the cache");
  });

  it("keeps answers built for one Host header from readers who sent another (links are built from it)", async () => {
    // Links in ClaimReview follow the request's Host when FACTDESK_PUBLIC_URL is unset (as in this test server).
    const body = JSON.stringify(
      requestBody(graphql(`query CachedClaimReviews { verdicts(first: 5, includeRetracted: false) { edges { node { claimReview } } } }`)),
    );
    const postWithHost = (host: string) =>
      new Promise<string>((resolve, reject) => {
        const url = new URL(`${server.url}/graphql`);
        const req = http.request(
          { host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { host, "content-type": "application/json" } },
          (res) => {
            let text = "";
            res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
            res.on("end", () => resolve(text));
          },
        );
        req.on("error", reject).end(body);
      });
    expect(await postWithHost("attacker.example")).toContain("http://attacker.example/verdicts/");
    for (let round = 0; round < 2; round++) {
      const answer = await postWithHost("desk.example");
      expect(answer).toContain("http://desk.example/verdicts/");
      expect(answer).not.toContain("attacker.example");
    }
  });

  it("is not set up for a read the operation limits refuse (it warned of a misordered plugin on every such read)", async () => {
    const warn = vi.spyOn(console, "warn");
    try {
      const tooBig = await server.request(
        graphql(`query TooBig { verdicts(first: 100) { edges { node { citedEvidence { source { appearances(first: 100) {
          edges { node { claim { appearances(first: 100) { totalCount } } } } } } } } } } }`),
        {},
        anonymous,
      );
      expect(tooBig.errors?.[0]?.extensions?.code).toBe("request/too_expensive");
      expect(warn.mock.calls.flat().join("\n")).not.toMatch(/useResponseCache/);
    } finally {
      warn.mockRestore();
    }
  });

  it("never answers a mutation from it: the same sign-in or submission sent twice runs twice", async () => {
    const signIn = async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: "mutation($i: SignInInput!) { signIn(input: $i) { __typename } }",
          variables: { i: { email: server.admin.email, password: ADMIN_PASSWORD } },
        }),
      });
      return response.headers.get("set-cookie") ?? "";
    };
    const [first, second] = [await signIn(), await signIn()];
    expect(first).toMatch(/factdesk_session=/);
    expect(second).toMatch(/factdesk_session=/);
    expect(second).not.toBe(first);

    const key = await factories(server).apiKey(server.admin, { scopes: ["CLAIMS_WRITE"] });
    const partner = apiKeyActor(key.secret);
    const Submit = graphql(
      `mutation SubmitTwice($input: CreateClaimInput!) { createClaim(input: $input) { __typename ... on CreateClaimSuccess { claim { id } } ...ErrorFields } }`,
      [ErrorFields],
    );
    const input = { kind: "STATEMENT" as const, text: "The tipline heard that the bakery in Jableh reopened." };
    const ids = [];
    for (let i = 0; i < 2; i++)
      ids.push(narrow((await server.execute(Submit, { input }, partner)).createClaim, "CreateClaimSuccess").claim.id);
    expect(new Set(ids).size).toBe(2);
  });

  it("is emptied by any mutation that changes something, so readers see a change made through the API at once", async () => {
    const { claim } = factories(server);
    await claim(reviewer);
    expect(await headlineOf()).toBe("Reworded again behind the cache");
  });
});

describe("cached answers sent before GraphQL runs", () => {
  const body = () => JSON.stringify(requestBody(PUBLIC_CLAIM, { id: claimId }));
  const post = (headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...headers },
      body: body(),
    });
  const headlineIn = async (response: Response) =>
    narrow(((await response.json()) as GraphQLResponse<ResultOf<typeof PUBLIC_CLAIM>>).data!.node, "Claim").verdict!.headline;

  it("repeat GraphQL's own cached answer byte for byte, with its validators, security and rate-limit headers", async () => {
    await post();
    // A reader asking for GraphQL's response type is answered by yoga, from the same cache entry.
    const fromYoga = await post({ accept: "application/graphql-response+json" });
    const early = await post();
    expect(await early.text()).toBe(await fromYoga.text());
    for (const name of ["etag", "last-modified", "x-content-type-options", "content-security-policy"])
      expect(early.headers.get(name), name).toBe(fromYoga.headers.get(name));
    expect(early.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(Number(early.headers.get("content-length"))).toBeGreaterThan(0);
    expect(early.headers.get("x-request-id")).toMatch(/\S/);
    // The early answer takes one request from the reader's allowance, as yoga does. What remains is counted per
    // step of the steady refill (a second at the test limits): a pair that straddles a step starts the new step at
    // the limit less one, so such a pair is measured again.
    const left = (response: Response) => Number(response.headers.get("ratelimit-remaining"));
    const limit = Number(early.headers.get("ratelimit-limit"));
    let [before, after] = [fromYoga, early];
    for (let attempt = 0; attempt < 3 && left(after) === limit - 1; attempt++) {
      before = await post({ accept: "application/graphql-response+json" });
      after = await post();
      await Promise.all([before.body?.cancel(), after.body?.cancel()]);
    }
    expect(left(after)).toBe(left(before) - 1);
  });

  it("serve the same query sent as a GET query string, and answer If-None-Match with 304", async () => {
    const cached = await headlineIn(await post());
    await rewordHeadlineInTheDatabase("Reworded while the GET was cached");
    const { query, operationName } = JSON.parse(body()) as { query: string; operationName: string };
    const params = new URLSearchParams({ query, operationName, variables: JSON.stringify({ id: claimId }) });
    const viaGet = await fetch(`${server.url}/graphql?${params}`, { headers: { accept: "application/json" } });
    expect(await headlineIn(viaGet)).toBe(cached);
    // fetch marks a conditional request no-cache unless told otherwise, as a revalidating cache would not.
    const unchanged = await post({ "if-none-match": viaGet.headers.get("etag")!, "cache-control": "max-age=0" });
    expect(unchanged.status).toBe(304);
  });

  it("are never sent to a request carrying a session: a cookie without the CSRF header is refused, a bearer reads live", async () => {
    await post();
    await rewordHeadlineInTheDatabase("Reworded for the signed-in reader");
    const withCookie = await post({ cookie: `factdesk_session=${encodeURIComponent(reviewer.token)}` });
    expect(withCookie.status).toBe(403);
    const withBearer = await post({ authorization: `Bearer ${reviewer.token}` });
    expect(await headlineIn(withBearer)).toBe("Reworded for the signed-in reader");
  });

  it("still count against the reader's rate limit", async () => {
    const limited = await startTestServer({
      config: (defaults) => ({
        caches: { sessionSeconds: 600, publicResponseSeconds: 600 },
        rateLimits: { ...defaults.rateLimits, anonymousPerMinute: 3 },
      }),
    });
    try {
      const read = () =>
        fetch(`${limited.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json" },
          body: JSON.stringify(requestBody(ME_NAME)),
        });
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await read()).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe("rendered public pages", () => {
  // A verdict's page of its own, reworded behind the cache as above.
  let verdictId: string;
  let pagePath: string;
  beforeAll(async () => {
    const claim = await seedClaim(server.app.database.prisma, publishedClaim(rawId(editor.id)));
    const verdict = await server.app.database.prisma.verdict.findFirstOrThrow({ where: { claimId: claim.id } });
    verdictId = verdict.id;
    pagePath = `/verdicts/${Buffer.from(`Verdict:${verdict.id}`).toString("base64")}`;
  });
  const reword = (headline: string) => server.app.database.prisma.verdict.update({ where: { id: verdictId }, data: { headline } });
  const page = (headers: Record<string, string> = {}) =>
    fetch(`${server.url}${pagePath}`, { headers: { accept: "text/html", ...headers } });
  const titleOf = async (response: Response) => (await response.text()).match(/<title>([^<]*) · FactDesk<\/title>/)?.[1];

  it("keep a verdict's page for the next readers until something changes, and answer 304 to one who holds it", async () => {
    await reword("As first rendered");
    const first = await page();
    expect(await titleOf(first)).toBe("As first rendered");
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    await reword("Reworded behind the page cache");
    const again = await page();
    expect(await titleOf(again), "the stored page").toBe("As first rendered");
    expect(again.headers.get("etag")).toBe(etag);
    // fetch marks a conditional request no-cache unless told otherwise, as a revalidating cache would not.
    const held = await page({ "if-none-match": etag, "cache-control": "max-age=0" });
    expect(held.status).toBe(304);
    expect(await held.text()).toBe("");

    expect(await titleOf(await page({ "cache-control": "no-cache" })), "asked fresh").toBe("Reworded behind the page cache");
    await reword("Reworded before a change through the API");
    expect(await titleOf(await page())).not.toBe("Reworded before a change through the API");
    await factories(server).claim(reviewer);
    const changed = await page();
    expect(await titleOf(changed), "after a mutation").toBe("Reworded before a change through the API");
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("keep a page built for one Host header from readers who sent another (its canonical address is built from it)", async () => {
    const getWithHost = (host: string) =>
      new Promise<string>((resolve, reject) => {
        const url = new URL(`${server.url}${pagePath}`);
        http
          .get({ host: url.hostname, port: url.port, path: url.pathname, headers: { host, accept: "text/html" } }, (res) => {
            let text = "";
            res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
            res.on("end", () => resolve(text));
          })
          .on("error", reject);
      });
    expect(await getWithHost("attacker.example")).toContain(`<link rel="canonical" href="http://attacker.example${pagePath}" />`);
    for (let round = 0; round < 2; round++) {
      const text = await getWithHost("desk.example");
      expect(text).toContain(`<link rel="canonical" href="http://desk.example${pagePath}" />`);
      expect(text).not.toContain("attacker.example");
    }
  });

  it("are one request of the reader's rate limit, rendered or stored, and a short page saying so over it", async () => {
    const limited = await startTestServer({
      config: (defaults) => ({
        caches: { sessionSeconds: 600, publicResponseSeconds: 600 },
        rateLimits: { ...defaults.rateLimits, anonymousPerMinute: 3 },
      }),
      // Signing the admin in over the API would spend one of the address's three requests.
      adminSession: "direct",
    });
    try {
      const claim = await seedClaim(limited.app.database.prisma, publishedClaim(rawId(limited.admin.id)));
      const verdict = await limited.app.database.prisma.verdict.findFirstOrThrow({ where: { claimId: claim.id } });
      const path = `/verdicts/${Buffer.from(`Verdict:${verdict.id}`).toString("base64")}`;
      const read = (headers: Record<string, string> = {}) =>
        fetch(`${limited.url}${path}`, { headers: { accept: "text/html", ...headers } });
      // The address holds a minute's bucket plus the current step of its steady refill: four requests. Rendered
      // (its GraphQL reads are not counted again), stored, rendered afresh, stored: the four; the fifth is refused.
      const answers = [await read(), await read(), await read({ "cache-control": "no-cache" }), await read(), await read()];
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 429]);
      expect(answers.slice(0, 4).map((answer) => answer.headers.get("ratelimit-remaining"))).toEqual(["2", "1", "0", "0"]);
      const refused = answers[4]!;
      expect(refused.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(refused.headers.get("cache-control")).toBe("no-store");
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await refused.text()).toMatch(/Too many requests: at most 3 a minute/);
    } finally {
      await limited.close();
    }
  });
});

describe("the session cache", () => {
  it("forgets a session when it signs out: the same token is refused on the next request", async () => {
    const someone = await server.createUser("REVIEWER", "Signing Out");
    expect((await server.execute(ME_NAME, {}, someone)).me!.name).toBe("Signing Out");
    const out = await server.execute(graphql(`mutation SignOut { signOut { __typename ...ErrorFields } }`, [ErrorFields]), {}, someone);
    expect(out.signOut.__typename).toBe("SignOutSuccess");
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${someone.token}` },
      body: JSON.stringify(requestBody(ME_NAME)),
    });
    expect(response.status).toBe(401);
  });

  it("forgets a user's sessions when an admin changes their role: the new role applies to their next request", async () => {
    const demoted = await server.createUser("EDITOR", "Demoted Editor");
    expect((await server.execute(ME_ROLE, {}, demoted)).me!.role).toBe("EDITOR");
    const user = await server.execute(
      graphql(`query UserVersion($id: ID!) { node(id: $id) { ... on User { version } } }`),
      { id: demoted.id },
      server.admin,
    );
    const changed = await server.execute(
      graphql(
        `mutation DemoteToReviewer($id: ID!, $v: Int!) { updateUserRole(input: { id: $id, expectedVersion: $v, role: REVIEWER }) { __typename ...ErrorFields } }`,
        [ErrorFields],
      ),
      { id: demoted.id, v: narrow(user.node, "User").version! },
      server.admin,
    );
    expect(changed.updateUserRole.__typename).toBe("UpdateUserRoleSuccess");
    expect((await server.execute(ME_ROLE, {}, demoted)).me!.role).toBe("REVIEWER");
  });
});
