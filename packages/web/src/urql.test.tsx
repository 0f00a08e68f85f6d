import { describe, expect, it, vi } from "vitest";
import { graphql } from "./gql/graphql";
import { createUrqlClient } from "./urql";

// The cache against a scripted server: pages merge, totalCount survives the merge, and a mutation makes the
// claim list stale so the next read goes back to the server.

const QueueQuery = graphql(`
  query TestQueue($after: String) {
    claims(filter: { status: [NEW] }, orderBy: NEWEST, first: 2, after: $after) {
      totalCount
      edges { cursor node { id text } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const CreateClaimMutation = graphql(`
  mutation TestCreateClaim($input: CreateClaimInput!) {
    createClaim(input: $input) {
      __typename
      ... on CreateClaimSuccess { claim { id text } }
    }
  }
`);

const claim = (n: number) => ({
  __typename: "QueryClaimsConnectionEdge",
  cursor: `c${n}`,
  node: { __typename: "Claim", id: `claim-${n}`, text: `Claim ${n}` },
});
const page = (edges: ReturnType<typeof claim>[], hasNextPage: boolean, totalCount: number) => ({
  __typename: "QueryClaimsConnection",
  totalCount,
  edges,
  pageInfo: { __typename: "PageInfo", hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
});

function scriptedServer() {
  const requests: { operationName: string; variables: Record<string, unknown> }[] = [];
  let total = 3;
  const fetchImpl = (async (url: RequestInfo | URL, init?: RequestInit) => {
    // urql sends queries as GET (within the URL length limit) and mutations as POST.
    const params = new URL(String(url)).searchParams;
    const body = (
      init?.body
        ? JSON.parse(String(init.body))
        : { operationName: params.get("operationName"), variables: JSON.parse(params.get("variables") ?? "{}") }
    ) as { operationName: string; variables: Record<string, unknown> };
    requests.push(body);
    let data: unknown;
    if (body.operationName === "TestQueue") {
      data = body.variables.after
        ? { claims: page([claim(3)], false, total) }
        : { claims: page(total === 3 ? [claim(1), claim(2)] : [claim(4), claim(1)], true, total) };
    } else {
      total = 4;
      data = { createClaim: { __typename: "CreateClaimSuccess", claim: { __typename: "Claim", id: "claim-4", text: "Claim 4" } } };
    }
    return new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  return { fetchImpl, requests };
}

describe("urql client", () => {
  it("renders on the server without printing a cache miss for every field it reads", async () => {
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    try {
      const onServer = createUrqlClient("http://test/graphql", { fetchImpl: scriptedServer().fetchImpl, rendering: { side: "server" } });
      const rendered = await onServer.client.query(QueueQuery, { after: null }).toPromise();
      expect(rendered.data?.claims.edges).toHaveLength(2);
      expect(debug).not.toHaveBeenCalled();
      // In the browser (and in development) the misses are still there to read in the console's verbose level.
      const inBrowser = createUrqlClient("http://test/graphql", { fetchImpl: scriptedServer().fetchImpl }).client;
      await inBrowser.query(QueueQuery, { after: null }).toPromise();
      expect(debug).toHaveBeenCalledWith(expect.stringMatching(/^No value for field "claims"/));
    } finally {
      debug.mockRestore();
    }
  });

  it("merges relay pages and keeps totalCount", async () => {
    const server = scriptedServer();
    const client = createUrqlClient("http://test/graphql", { fetchImpl: server.fetchImpl }).client;
    const first = await client.query(QueueQuery, { after: null }).toPromise();
    expect(first.data?.claims.edges.map((e) => e.node.id)).toEqual(["claim-1", "claim-2"]);
    const more = await client.query(QueueQuery, { after: "c2" }).toPromise();
    expect(more.data?.claims.edges.map((e) => e.node.id)).toEqual(["claim-1", "claim-2", "claim-3"]);
    expect(more.data?.claims.totalCount).toBe(3);
    expect(more.data?.claims.pageInfo.hasNextPage).toBe(false);
  });

  it("invalidates the claim lists after createClaim, so the queue is fetched again", async () => {
    const server = scriptedServer();
    const client = createUrqlClient("http://test/graphql", { fetchImpl: server.fetchImpl }).client;
    await client.query(QueueQuery, { after: null }).toPromise();
    await client.query(QueueQuery, { after: null }).toPromise();
    expect(server.requests.filter((r) => r.operationName === "TestQueue")).toHaveLength(1);

    const created = await client.mutation(CreateClaimMutation, { input: { kind: "STATEMENT", text: "Claim 4" } }).toPromise();
    expect(created.data?.createClaim.__typename).toBe("CreateClaimSuccess");

    const again = await client.query(QueueQuery, { after: null }).toPromise();
    expect(server.requests.filter((r) => r.operationName === "TestQueue")).toHaveLength(2);
    expect(again.data?.claims.totalCount).toBe(4);
    expect(again.data?.claims.edges[0]?.node.id).toBe("claim-4");
  });
});

// Ingest and search against a second scripted server: saving an article makes the queue (and its counts) stale,
// and "Load more" appends the next page of hits.

const QueueWithCountQuery = graphql(`
  query TestQueueWithCount {
    claims(filter: {}, orderBy: MOST_CHECKWORTHY, first: 50) {
      totalCount
      edges { cursor node { id text } }
      pageInfo { hasNextPage endCursor }
    }
    countNew: claims(filter: { status: [NEW] }, first: 1) { totalCount }
  }
`);

const IngestMutation = graphql(`
  mutation TestIngest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      __typename
      ... on IngestArticleSuccess { created claims { id } events { id } }
    }
  }
`);

const SearchQuery = graphql(`
  query TestSearch($query: String!, $after: String) {
    search(query: $query, first: 2, after: $after) {
      edges { cursor node { highlight node { __typename ... on Claim { id text } } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const json = (data: unknown) => new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });
const requestOf = (url: RequestInfo | URL, init?: RequestInit) => {
  const params = new URL(String(url)).searchParams;
  return (
    init?.body
      ? JSON.parse(String(init.body))
      : { operationName: params.get("operationName"), variables: JSON.parse(params.get("variables") ?? "{}") }
  ) as { operationName: string; variables: Record<string, unknown> };
};

describe("urql client: ingest and search", () => {
  it("refetches the queue and its counts after an article is saved", async () => {
    const requests: string[] = [];
    let saved = false;
    const fetchImpl = (async (url: RequestInfo | URL, init?: RequestInit) => {
      const body = requestOf(url, init);
      requests.push(body.operationName);
      if (body.operationName === "TestIngest") {
        saved = true;
        return json({
          ingestArticle: {
            __typename: "IngestArticleSuccess",
            created: true,
            claims: [{ __typename: "Claim", id: "claim-2" }],
            events: [{ __typename: "Event", id: "event-1" }],
          },
        });
      }
      const edges = (saved ? [claim(2), claim(1)] : [claim(1)]).map((e) => ({ ...e, node: { ...e.node } }));
      return json({
        claims: page(edges, false, edges.length),
        countNew: { __typename: "QueryClaimsConnection", totalCount: edges.length },
      });
    }) as typeof fetch;
    const client = createUrqlClient("http://test/graphql", { fetchImpl: fetchImpl }).client;

    const before = await client.query(QueueWithCountQuery, {}).toPromise();
    expect(before.data?.countNew.totalCount).toBe(1);
    await client.query(QueueWithCountQuery, {}).toPromise();
    expect(requests.filter((r) => r === "TestQueueWithCount")).toHaveLength(1);

    await client.mutation(IngestMutation, { input: { url: "https://wire.example/a", text: "…", skip: ["statement:1-2"] } }).toPromise();
    const after = await client.query(QueueWithCountQuery, {}).toPromise();
    expect(requests.filter((r) => r === "TestQueueWithCount")).toHaveLength(2);
    expect(after.data?.countNew.totalCount).toBe(2);
    expect(after.data?.claims.edges.map((e) => e.node.id)).toEqual(["claim-2", "claim-1"]);
  });

  it("appends the next page of search hits", async () => {
    const hit = (n: number) => ({
      __typename: "QuerySearchConnectionEdge",
      cursor: `h${n}`,
      node: { __typename: "SearchHit", highlight: `«Syria» ${n}`, node: { __typename: "Claim", id: `claim-${n}`, text: `Syria ${n}` } },
    });
    const fetchImpl = (async (url: RequestInfo | URL, init?: RequestInit) => {
      const { variables } = requestOf(url, init);
      const edges = variables.after ? [hit(3)] : [hit(1), hit(2)];
      return json({
        search: {
          __typename: "QuerySearchConnection",
          edges,
          pageInfo: { __typename: "PageInfo", hasNextPage: !variables.after, endCursor: edges.at(-1)!.cursor },
        },
      });
    }) as typeof fetch;
    const client = createUrqlClient("http://test/graphql", { fetchImpl: fetchImpl }).client;
    await client.query(SearchQuery, { query: "Syria", after: null }).toPromise();
    const more = await client.query(SearchQuery, { query: "Syria", after: "h2" }).toPromise();
    expect(more.data?.search.edges.map((e) => e.node.highlight)).toEqual(["«Syria» 1", "«Syria» 2", "«Syria» 3"]);
    expect(more.data?.search.pageInfo.hasNextPage).toBe(false);
  });
});

// Partners' API keys: a revoked key leaves the active list and changes in the full one, so both are fetched again.

const ApiKeysQuery = graphql(`
  query TestApiKeys($includeInactive: Boolean!) {
    apiKeys(first: 20, includeInactive: $includeInactive) {
      edges { cursor node { id state } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const RevokeApiKeyMutation = graphql(`
  mutation TestRevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      __typename
      ... on RevokeApiKeySuccess { apiKey { id state } }
    }
  }
`);

describe("urql client: API keys", () => {
  it("reloads every API key list after a key is revoked, and none after a conflict", async () => {
    const requests: { operationName: string; variables: Record<string, unknown> }[] = [];
    let revoked = false;
    let conflict = true;
    const fetchImpl = (async (url: RequestInfo | URL, init?: RequestInit) => {
      const body = requestOf(url, init);
      requests.push(body);
      if (body.operationName === "TestRevokeApiKey") {
        if (conflict) return json({ revokeApiKey: { __typename: "ConflictError" } });
        revoked = true;
        return json({
          revokeApiKey: { __typename: "RevokeApiKeySuccess", apiKey: { __typename: "ApiKey", id: "key-1", state: "REVOKED" } },
        });
      }
      const key = { __typename: "ApiKey", id: "key-1", state: revoked ? "REVOKED" : "ACTIVE" };
      const edges =
        revoked && !body.variables.includeInactive ? [] : [{ __typename: "QueryApiKeysConnectionEdge", cursor: "k1", node: key }];
      return json({
        apiKeys: {
          __typename: "QueryApiKeysConnection",
          edges,
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: edges.at(-1)?.cursor ?? null },
        },
      });
    }) as typeof fetch;
    const client = createUrqlClient("http://test/graphql", { fetchImpl: fetchImpl }).client;
    const listRequests = () => requests.filter((r) => r.operationName === "TestApiKeys").length;

    await client.query(ApiKeysQuery, { includeInactive: false }).toPromise();
    await client.query(ApiKeysQuery, { includeInactive: true }).toPromise();
    expect(listRequests()).toBe(2);

    await client.mutation(RevokeApiKeyMutation, { input: { id: "key-1", expectedVersion: 2 } }).toPromise();
    await client.query(ApiKeysQuery, { includeInactive: false }).toPromise();
    expect(listRequests()).toBe(2);

    conflict = false;
    await client.mutation(RevokeApiKeyMutation, { input: { id: "key-1", expectedVersion: 3 } }).toPromise();
    const active = await client.query(ApiKeysQuery, { includeInactive: false }).toPromise();
    const all = await client.query(ApiKeysQuery, { includeInactive: true }).toPromise();
    expect(listRequests()).toBe(4);
    expect(active.data?.apiKeys.edges).toEqual([]);
    expect(all.data?.apiKeys.edges.map((e) => e.node.state)).toEqual(["REVOKED"]);
  });
});

// Publishing a verdict: the answer names the claim's new verdict (as the publish form asks for it), so the claim reads
// it from the cache at once and the answer itself keeps its verdict.

const ClaimVerdictQuery = graphql(`
  query TestClaimVerdict($id: ID!) {
    claim(id: $id) { id verdict { id state } }
  }
`);

const PublishVerdictMutation = graphql(`
  mutation TestPublishVerdict($input: PublishVerdictInput!) {
    publishVerdict(input: $input) {
      __typename
      ... on PublishVerdictSuccess { verdict { id state claim { id verdict { id } } } }
    }
  }
`);

describe("urql client: publishing a verdict", () => {
  it("keeps the verdict in the answer and links it as the claim's verdict without asking again", async () => {
    const requests: string[] = [];
    const verdict = { __typename: "Verdict", id: "verdict-1", state: "PUBLISHED" };
    const fetchImpl = (async (url: RequestInfo | URL, init?: RequestInit) => {
      const body = requestOf(url, init);
      requests.push(body.operationName);
      if (body.operationName === "TestPublishVerdict") {
        return json({
          publishVerdict: {
            __typename: "PublishVerdictSuccess",
            verdict: { ...verdict, claim: { __typename: "Claim", id: "claim-1", verdict: { __typename: "Verdict", id: "verdict-1" } } },
          },
        });
      }
      return json({ claim: { __typename: "Claim", id: "claim-1", verdict: null } });
    }) as typeof fetch;
    const client = createUrqlClient("http://test/graphql", { fetchImpl }).client;

    const before = await client.query(ClaimVerdictQuery, { id: "claim-1" }).toPromise();
    expect(before.data?.claim?.verdict).toBeNull();

    const published = await client
      .mutation(PublishVerdictMutation, {
        input: { claim: "claim-1", label: "FALSE", headline: "No", summary: "Records show otherwise.", citedEvidence: ["e1"] },
      })
      .toPromise();
    expect(published.data?.publishVerdict).toEqual({
      __typename: "PublishVerdictSuccess",
      verdict: { id: "verdict-1", state: "PUBLISHED", claim: { id: "claim-1", verdict: { id: "verdict-1" } } },
    });

    const after = await client.query(ClaimVerdictQuery, { id: "claim-1" }).toPromise();
    expect(after.data?.claim?.verdict).toEqual({ id: "verdict-1", state: "PUBLISHED" });
    expect(requests).toEqual(["TestClaimVerdict", "TestPublishVerdict"]);
  });
});
