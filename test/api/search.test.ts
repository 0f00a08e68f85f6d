import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type Actor, type TestServer } from "../testkit/server.js";
import { ErrorFields, factories, mutate } from "../testkit/factories.js";
import { graphql, narrow, type ResultOf } from "../testkit/graphql.js";

let server: TestServer;
let make: ReturnType<typeof factories>;
let reviewer: Actor;

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  make = factories(server);
  reviewer = await server.signIn("reviewer@demo.factdesk", "demo-reviewer-1");
});
afterAll(() => server?.close());

const SEARCH = graphql(`query Search($q: String!, $types: [SearchType!], $first: Int, $after: String) {
  search(query: $q, types: $types, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node { rank highlight node { __typename ... on Claim { id text } ... on Entity { name } ... on Event { title } ... on Source { sourceTitle: title } } } } } }`);

describe("search", () => {
  it("finds demo claims with stemming, ranks them and highlights the match", async () => {
    const data = await server.execute(SEARCH, { q: "communicate Syria" }, reviewer);
    const first = data.search.edges[0]!.node;
    expect(first.node.__typename).toBe("Claim");
    expect(narrow(first.node, "Claim").text).toMatch(/communicating regarding the situation in Syria/);
    expect(first.highlight).toMatch(/«communicating»/);
    const ranks = data.search.edges.map((e) => e.node.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it("searches entities by name and alias, events and sources, and filters by type", async () => {
    const byClaimant = await server.execute(SEARCH, { q: "Peskov", types: ["CLAIM"] }, reviewer);
    expect(byClaimant.search.edges.map((e) => narrow(e.node.node, "Claim").text).sort()).toEqual([
      "Many nations and international organizations, including the UN, share our concern",
      "Moscow is concerned about the increased violence in Syria and urges immediate action.",
    ]);
    expect(byClaimant.search.edges[0]!.node.highlight).toMatch(/^Dmitry «Peskov»: /);
    const people = await server.execute(SEARCH, { q: "Peskov", types: ["ENTITY"] }, reviewer);
    expect(people.search.edges.map((e) => narrow(e.node.node, "Entity").name)).toEqual(["Dmitry Peskov"]);
    const eu = await server.execute(SEARCH, { q: "EU", types: ["ENTITY"] }, reviewer);
    expect(narrow(eu.search.edges[0]!.node.node, "Entity").name).toBe("European Union");
    const events = await server.execute(SEARCH, { q: "coastal violence", types: ["EVENT"] }, reviewer);
    expect(narrow(events.search.edges[0]!.node.node, "Event").title).toBe("Violence in coastal Syria, March 2025");
    const sources = await server.execute(SEARCH, { q: "Alawites", types: ["SOURCE"] }, reviewer);
    expect(narrow(sources.search.edges[0]!.node.node, "Source").sourceTitle).toBe(
      "Moscow: Russia and US in Communication Regarding Syrian Crisis",
    );
    const phrase = await server.execute(SEARCH, { q: '"pro-Assad elements" -Rubio', types: ["CLAIM"] }, reviewer);
    expect(phrase.search.edges.map((e) => narrow(e.node.node, "Claim").text)).toEqual([expect.stringMatching(/pro-Assad elements/)]);
  });

  it("ranks a source whose title matches above one that mentions the words deep in its text, and highlights both", async () => {
    // Made-up words, unique to this test, so nothing else on the desk matches them.
    const letters = (n: number) =>
      Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => String.fromCharCode(97 + (b % 26))).join("");
    const [first, second] = [`zq${letters(8)}`, `zq${letters(8)}`];
    const filler = "The council met again on Tuesday and said the roads to the valley stay closed until the water recedes. ".repeat(8);
    const ingest = graphql(
      `mutation IngestForSearch($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename
        ... on IngestArticleSuccess { source { id } } ...ErrorFields } }`,
      [ErrorFields],
    );
    const add = async (title: string, text: string) =>
      (await mutate(server, reviewer, ingest, { input: { url: `https://news.example/${letters(10)}`, title, text } })).source.id;
    const deep = await add("Flood update from the valley", `${filler}Officials also mentioned ${first} ${second} in passing. ${filler}`);
    const titled = await add(`${first} ${second} reach the valley`, filler);
    const found = await server.execute(
      graphql(`query SearchSources($q: String!) { search(query: $q, types: [SOURCE]) {
        edges { node { rank highlight node { __typename ... on Source { id } } } } } }`),
      { q: `${first} ${second}` },
      reviewer,
    );
    const hits = found.search.edges.map((e) => e.node);
    expect(hits.map((h) => narrow(h.node, "Source").id)).toEqual([titled, deep]);
    expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank);
    expect(hits[0]!.highlight).toContain(`«${first}» «${second}»`);
    expect(hits[1]!.highlight).toContain(`«${first}» «${second}»`);
  });

  it("pages through results with cursors and is for signed-in users only", async () => {
    const all = await server.execute(SEARCH, { q: "Syria", first: 50 }, reviewer);
    expect(all.search.edges.length).toBeGreaterThan(3);
    const page1 = await server.execute(SEARCH, { q: "Syria", first: 2 }, reviewer);
    const page2 = await server.execute(SEARCH, { q: "Syria", first: 2, after: page1.search.pageInfo.endCursor }, reviewer);
    const ids = (page: ResultOf<typeof SEARCH>) =>
      page.search.edges.map((e) => {
        const hit: { __typename: string; id?: string; name?: string; title?: string } = e.node.node;
        return hit.id ?? hit.name ?? hit.title;
      });
    expect([...ids(page1), ...ids(page2)]).toEqual(ids(all).slice(0, 4));
    const denied = await server.request(SEARCH, { q: "Syria" }, anonymous);
    expect(denied.errors?.[0]?.extensions?.code).toBe("auth/forbidden");
    expect((await server.execute(SEARCH, { q: "   " }, reviewer)).search.edges).toEqual([]);
  });

  it("offers the same statement reported by another outlet as a duplicate", async () => {
    const reworded = await mutate(
      server,
      reviewer,
      graphql(
        `mutation CreateClaim($input: CreateClaimInput!) { createClaim(input: $input) { __typename
        ... on CreateClaimSuccess { claim { id similarClaims { similarity claim { text } } } possibleDuplicates { text } } ...ErrorFields } }`,
        [ErrorFields],
      ),
      { input: { text: "Russia and the United States are communicating about the situation in Syria", kind: "STATEMENT" } },
    );
    expect(reworded.possibleDuplicates.map((c) => c.text)).toContain(
      "Russia and the US are communicating regarding the situation in Syria.",
    );
    expect(reworded.claim.similarClaims[0]!.similarity).toBeGreaterThan(0.45);
    const unrelated = await make.claim(reviewer, { text: "Wheat prices rose by a third in Aleppo markets." });
    const check = await server.execute(
      graphql(`query SimilarClaims($id: ID!) { claim(id: $id) { similarClaims { claim { id } } } }`),
      { id: unrelated.id },
      reviewer,
    );
    expect(check.claim!.similarClaims).toEqual([]);
  });
});
