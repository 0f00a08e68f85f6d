import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditServer } from "graphql-http";
import { anonymous, startTestServer, type SignedInActor, type TestServer } from "../testkit/server.js";
import { factories, mutate, ErrorFields } from "../testkit/factories.js";
import { graphql, requestBody } from "../testkit/graphql.js";
import { nestedAppearances, fanOut, aliasesOf } from "../security/attacks.js";

// The HTTP surface as partners, browsers and attackers reach it: GraphQL over HTTP conformance, request limits
// that hold before any work is done, CSRF and CORS, security headers and escaping. test/security floods the same
// surface; these tests pin each rule down once, on PGlite and on PostgreSQL.

let server: TestServer;
let reviewer: SignedInActor;
let cookie: string;

const graphqlUrl = () => `${server.url}/graphql`;
const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(graphqlUrl(), {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
const errorsOf = async (response: Response) =>
  ((await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] }).errors ?? [];

beforeAll(async () => {
  server = await startTestServer({
    demo: true,
    config: (defaults) => ({ security: { ...defaults.security, corsOrigins: ["https://partner.example"], anonymousIntrospection: false } }),
  });
  reviewer = await server.createUser("REVIEWER");
  // A browser session: the cookie signIn sets.
  const session = await fetch(graphqlUrl(), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(
      requestBody(graphql(`mutation SignIn($i: SignInInput!) { signIn(input: $i) { __typename } }`), {
        i: { email: "reviewer@demo.factdesk", password: "demo-reviewer-1" },
      }),
    ),
  });
  cookie = session.headers.get("set-cookie")!.split(";")[0]!;
});
afterAll(() => server?.close());

describe("GraphQL over HTTP", () => {
  it("passes graphql-http's server audits (every MUST; SHOULDs reported)", async () => {
    // As a signed-in client: the audits use introspection, which this server keeps from anonymous callers.
    const fetchFn = (input: RequestInfo | URL, init: RequestInit = {}) =>
      fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${reviewer.token}` } });
    const results = await auditServer({ url: graphqlUrl(), fetchFn });
    const failedMusts = results.filter((r) => r.status === "error").map((r) => `${r.id} ${r.name}: ${"reason" in r ? r.reason : ""}`);
    expect(failedMusts).toEqual([]);
  });
});

describe("limits that hold before any work is done", () => {
  it("refuses a query nested deeper than the limit, anonymous or signed in, before any resolver runs", async () => {
    for (const token of [null, reviewer.token]) {
      const response = await post({ query: nestedAppearances(22) }, token ? { authorization: `Bearer ${token}` } : {});
      expect(response.status).toBe(400);
      const [error] = await errorsOf(response);
      expect(error?.extensions?.code).toBe("request/too_deep");
      expect(error?.message).toMatch(/nests \d+ levels deep; at most 12 are allowed/);
    }
  });

  it("weighs lists by their page size: a first: 100 fan-out is too expensive, the queue page is not", async () => {
    const response = await post({ query: fanOut(3, 100) }, { authorization: `Bearer ${reviewer.token}` });
    expect(response.status).toBe(400);
    expect((await errorsOf(response))[0]?.extensions?.code).toBe("request/too_expensive");
    const page = await server.request(
      graphql(
        `query QueuePage { claims(first: 50) { totalCount edges { node { id text claimant { name } appearances(first: 5) { totalCount edges { node { excerpt source { url title } } } } ratings { totalCount } verdict { label } } } } }`,
      ),
      {},
      reviewer,
    );
    expect(page.errors).toBeUndefined();
  });

  it("counts page sizes given as variables", async () => {
    const query = graphql(
      `query NestedPages($n: Int!) { claims(first: $n) { edges { node { appearances(first: $n) { edges { node { claim { appearances(first: $n) { edges { node { id } } } } } } } } } } }`,
    );
    // Checks are kept per document and cost-bearing variable values: each value gets its own answer, every time.
    for (let round = 0; round < 2; round++) {
      expect((await server.request(query, { n: 3 }, reviewer)).errors).toBeUndefined();
      expect((await server.request(query, { n: 100 }, reviewer)).errors?.[0]?.extensions?.code).toBe("request/too_expensive");
    }
  });

  it("judges each request's variables on their own: one caller's bad variables never refuse the next caller's", async () => {
    // The web client's sign-in document, sent first by an anonymous caller with variables that do not fit.
    const signIn = graphql(`mutation SignInAfterBadVariables($i: SignInInput!) { signIn(input: $i) { __typename } }`);
    const bad = await post(requestBody(signIn, { i: {} as { email: string; password: string } }));
    expect(bad.status).toBe(400);
    expect((await errorsOf(bad))[0]?.message).toContain('"email"');
    const good = await post(requestBody(signIn, { i: { email: "reviewer@demo.factdesk", password: "demo-reviewer-1" } }));
    expect(await good.json()).toMatchObject({ data: { signIn: { __typename: "SignInSuccess" } } });
    // A second bad request is told what is wrong with its own variables, not the first one's.
    const wrongType = await post(requestBody(signIn, { i: { email: "x@y.zz", password: 7 as unknown as string } }));
    expect((await errorsOf(wrongType))[0]?.message).toContain("7");
  });

  it("a global ID that cannot be read refuses its own request only, even as the first run of its document", async () => {
    const claim = await factories(server).claim(reviewer);
    const lookUp = graphql(`query NodeAfterBadId($id: ID!) { node(id: $id) { id } }`);
    const bad = await server.request(lookUp, { id: "not-a-global-id" }, reviewer);
    expect(bad.errors?.[0]?.extensions?.code).toBe("input/invalid");
    const good = await server.request(lookUp, { id: claim.id }, reviewer);
    expect(good.errors).toBeUndefined();
    expect(good.data).toEqual({ node: { id: claim.id } });
  });

  it("caps aliases, directives, tokens and nodes(ids:)", async () => {
    const aliases = await post({ query: aliasesOf(31, "claims(first: 1) { totalCount }") });
    expect(aliases.status).toBe(400);
    expect((await errorsOf(aliases))[0]).toMatchObject({
      message: "The query has 31 aliases; at most 30 are allowed.",
      extensions: { code: "request/too_many_aliases" },
    });
    const directives = await post({
      query: `{ ${Array.from({ length: 31 }, (_, i) => `t${i}: __typename @include(if: true)`).join(" ")} }`,
    });
    expect(directives.status).toBe(400);
    expect((await errorsOf(directives))[0]?.extensions?.code).toBe("request/too_many_directives");
    const tokens = await post(
      { query: `{ ${Array.from({ length: 6000 }, () => "__typename").join(" ")} }` },
      { accept: "application/graphql-response+json" },
    );
    expect(tokens.status).toBe(400);
    expect((await errorsOf(tokens))[0]?.message).toMatch(/Token limit/);
    const ids = Array.from({ length: 101 }, (_, i) => Buffer.from(`Claim:${i}`).toString("base64"));
    const nodes = await post(
      { query: `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, variables: { ids } },
      { authorization: `Bearer ${reviewer.token}` },
    );
    expect(nodes.status).toBe(400);
    expect((await errorsOf(nodes))[0]?.extensions?.code).toBe("request/too_many_ids");
  });

  it("refuses bodies over 1 MB with 413, before reading them", async () => {
    const response = await post({ query: `{ __typename }`, variables: { pad: "x".repeat(1024 * 1024) } });
    expect(response.status).toBe(413);
    expect((await errorsOf(response))[0]?.extensions?.code).toBe("request/too_large");
  });

  it("stops a request at its deadline, and one that needs too many statements", async () => {
    // A colleague's long transaction holds the claims table: the request waits for it, and its deadline ends the wait.
    // (The admin's session comes straight from the service: signing in hashes a password, which a busy machine may
    // not finish within this server's deadline.)
    const slow = await startTestServer({ adminSession: "direct", config: (d) => ({ limits: { ...d.limits, requestTimeoutMs: 300 } }) });
    try {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const locked = new Promise<void>((resolve) => {
        void slow.app.database.prisma.$transaction(
          async (tx) => {
            await tx.$executeRawUnsafe(`LOCK TABLE "Claim" IN ACCESS EXCLUSIVE MODE`);
            resolve();
            await held;
          },
          { timeout: 20_000 },
        );
      });
      await locked;
      // The same query twice: its first run walks the document, its second runs compiled (compiled-execution.ts).
      for (const run of ["first run", "second run, compiled"]) {
        const started = Date.now();
        const response = await fetch(`${slow.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(requestBody(graphql(`query ClaimCount { claims(first: 5) { totalCount } }`))),
        });
        expect(response.status, run).toBe(503);
        expect(response.headers.get("retry-after"), run).toBe("1");
        expect((await errorsOf(response))[0]?.extensions?.code, run).toBe("request/timeout");
        expect(Date.now() - started, run).toBeLessThan(5_000);
      }
      release();
    } finally {
      await slow.close();
    }
    const thrifty = await startTestServer({
      adminSession: "direct",
      config: (d) => ({ limits: { ...d.limits, maxStatementsPerRequest: 3 } }),
    });
    try {
      const response = await thrifty.requestRaw(aliasesOf(8, "claims(first: 1) { totalCount }"), {}, thrifty.admin);
      expect(response.errors?.map((e) => e.extensions?.code)).toContain("request/too_expensive");
    } finally {
      await thrifty.close();
    }
  });
});

describe("bad input gets a 400 or a typed error, never a 500", () => {
  it("refuses NUL bytes, unpaired surrogates and overlong strings in variables and in the query", async () => {
    for (const text of ["a\u0000b", "lone \ud800 surrogate", "x".repeat(200_001)]) {
      const response = await post(
        requestBody(graphql(`mutation CreateClaim($i: CreateClaimInput!) { createClaim(input: $i) { __typename } }`), {
          i: { kind: "STATEMENT", text },
        }),
        { authorization: `Bearer ${reviewer.token}` },
      );
      expect(response.status).toBe(400);
      expect((await errorsOf(response))[0]?.extensions?.code).toBe("input/invalid_text");
    }
    const literal = await post(
      { query: `{ claims(filter: { text: "a\\u0000b" }) { totalCount } }` },
      { authorization: `Bearer ${reviewer.token}` },
    );
    expect(literal.status).toBe(400);
  });

  it("answers forged cursors and IDs, out-of-range numbers and an overlong search with typed errors", async () => {
    const cases: [string, Record<string, unknown>][] = [
      [`{ claims(first: 2, after: "bm90IGEgY3Vyc29y") { edges { node { id } } } }`, {}],
      [`{ claims(first: 2, after: "!!!") { edges { node { id } } } }`, {}],
      [`{ claims(first: -1) { edges { node { id } } } }`, {}],
      [`{ claim(id: "Zm9yZ2Vk") { id } }`, {}],
      [`{ claims(first: 1) { edges { node { similarClaims(threshold: 1e300) { similarity } } } } }`, {}],
      [`{ search(query: "${"a ".repeat(400)}") { edges { cursor } } }`, {}],
      [`{ search(query: "syria", after: "T2Zmc2V0Q29ubmVjdGlvbjo5OTk5OTk5") { edges { cursor } } }`, {}],
    ];
    // Raw strings: forged values written into the query itself, as an attacker sends them.
    for (const [query, variables] of cases) {
      const response = await server.requestRaw(query, variables, reviewer);
      const codes = response.errors?.map((e) => e.extensions?.code);
      expect(codes, query.slice(0, 60)).toBeDefined();
      expect(codes, query.slice(0, 60)).not.toContain("internal");
    }
    // GraphQL's own validation errors keep the spec's status: 400 for graphql-response+json clients.
    const tooBig = await post({ query: `{ claims(first: 2147483648) { totalCount } }` }, { accept: "application/graphql-response+json" });
    expect(tooBig.status).toBe(400);
    expect((await errorsOf(tooBig))[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("answers malformed JSON and GET variables with 400, without echoing the request", async () => {
    const junk = `{"query": "{ __typename }", "secret-marker-${crypto.randomUUID()}"`;
    const response = await post(junk);
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain("secret-marker");
    const get = await fetch(`${graphqlUrl()}?query=${encodeURIComponent("{ __typename }")}&variables=%7Bnot-json`);
    expect(get.status).toBe(400);
  });

  it("treats a mangled session cookie as no session", async () => {
    const response = await fetch(`${graphqlUrl()}?query=${encodeURIComponent("{ me { id } }")}`, {
      headers: { cookie: "factdesk_session=%E0%A4%A", "x-factdesk-csrf": "1" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { me: null } });
  });
});

describe("CSRF and CORS", () => {
  it("refuses form-encoded, multipart and text/plain requests whatever credentials they carry", async () => {
    const mutation = `mutation { createClaim(input: { kind: STATEMENT, text: "Forged from another site" }) { __typename } }`;
    const form = new URLSearchParams({ query: mutation });
    const multipart = new FormData();
    multipart.set("query", mutation);
    for (const body of [form, multipart, JSON.stringify({ query: mutation })]) {
      const headers: Record<string, string> = { cookie };
      if (typeof body === "string") headers["content-type"] = "text/plain";
      const response = await fetch(graphqlUrl(), { method: "POST", headers, body });
      expect(response.status).toBe(415);
    }
    expect(await server.app.database.prisma.claim.count({ where: { text: "Forged from another site" } })).toBe(0);
  });

  it("honours the session cookie only with the CSRF header", async () => {
    const me = `${graphqlUrl()}?query=${encodeURIComponent("{ me { email } }")}`;
    const bare = await fetch(me, { headers: { cookie } });
    expect(bare.status).toBe(403);
    expect((await errorsOf(bare))[0]?.extensions?.code).toBe("auth/csrf_header_missing");
    const withHeader = await fetch(me, { headers: { cookie, "x-factdesk-csrf": "1" } });
    expect(await withHeader.json()).toMatchObject({ data: { me: { email: "reviewer@demo.factdesk" } } });
  });

  it("sends CORS headers only to listed origins", async () => {
    const ask = (origin: string) =>
      fetch(graphqlUrl(), {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
      });
    const evil = await ask("https://evil.example");
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    expect(evil.headers.get("access-control-allow-credentials")).toBeNull();
    const partner = await ask("https://partner.example");
    expect(partner.headers.get("access-control-allow-origin")).toBe("https://partner.example");
    expect(partner.headers.get("access-control-allow-credentials")).toBe("true");
  });
});

describe("headers and escaping", () => {
  it("sends security headers on pages, the API and feeds; the client's CSP allows no inline script", async () => {
    for (const path of ["/", "/claims/x", "/graphql?query=%7B__typename%7D", "/claim-reviews.jsonld", "/healthz"]) {
      const response = await fetch(`${server.url}${path}`);
      const csp = response.headers.get("content-security-policy") ?? "";
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      expect(response.headers.get("strict-transport-security"), path).toBeNull(); // plain HTTP here
    }
    const app = await fetch(`${server.url}/`);
    expect(app.headers.get("content-security-policy")).toMatch(/script-src 'self'(;|$)/);
  });

  it("serves GraphiQL from the server itself, its inline code allowed by hash only", async () => {
    const response = await fetch(graphqlUrl(), { headers: { accept: "text/html", cookie } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("FactDesk GraphQL");
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'sha256-/);
  });

  it("keeps </script> and <!-- in claim text from breaking out of embedded JSON-LD", async () => {
    const editor = await server.signIn("editor@demo.factdesk", "demo-editor-1");
    const make = factories(server);
    const text = `He said </script><script>alert(1)</script> and <!-- then & more`;
    const claim = await make.claim(reviewer, { text });
    const evidence = await make.evidence(reviewer, claim.id);
    await mutate(
      server,
      reviewer,
      graphql(`mutation RateClaim($i: RateClaimInput!) { rateClaim(input: $i) { __typename ...ErrorFields } }`, [ErrorFields]),
      { i: { claim: claim.id, label: "FALSE", confidence: 90, rationale: "No." } },
    );
    await mutate(
      server,
      editor,
      graphql(`mutation PublishVerdict($i: PublishVerdictInput!) { publishVerdict(input: $i) { __typename ...ErrorFields } }`, [
        ErrorFields,
      ]),
      { i: { claim: claim.id, label: "FALSE", headline: "False </script>", summary: "No.", citedEvidence: [evidence.id] } },
    );
    const feed = await fetch(`${server.url}/claim-reviews.jsonld`);
    const raw = await feed.text();
    expect(raw).not.toMatch(/<\/script|<!--|<script/i);
    const reviews = JSON.parse(raw) as { claimReviewed: string; headline: string }[];
    expect(reviews.map((r) => r.claimReviewed)).toContain(text);
  });

  it("keeps introspection and field suggestions from anonymous callers when configured so", async () => {
    const anon = await server.request(graphql(`query TypeNames { __schema { types { name } } }`), {}, anonymous);
    expect(anon.errors?.[0]?.message).toMatch(/Introspection is available to signed-in users/);
    // Raw: a misspelt field the schema rejects.
    const typo = await server.requestRaw(`{ claimz(first: 1) { totalCount } }`, {}, anonymous);
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const staff = await server.request(graphql(`query QueryTypeName { __schema { queryType { name } } }`), {}, reviewer);
    expect(staff.data).toEqual({ __schema: { queryType: { name: "Query" } } });
    expect((await server.requestRaw(`{ claimz(first: 1) { totalCount } }`, {}, reviewer)).errors?.[0]?.message).toMatch(
      /Did you mean .*"claims"/,
    );
  });
});
