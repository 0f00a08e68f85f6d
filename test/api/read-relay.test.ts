import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type SignedInActor, type TestServer } from "../testkit/server.js";
import { factories } from "../testkit/factories.js";
import { decodeGlobalId, globalId, rawId } from "../testkit/ids.js";
import { edgeKey, PAGE_SELECTION, walk, type Connection, type PageArgs } from "../testkit/relay.js";
import { publishedClaim, seedClaim, seedEntity, seedEvent } from "../testkit/seed.js";
import type { Db } from "../../packages/server/src/db.js";
import { readDemoDesk } from "../../packages/server/src/seed/demo-desk.js";
import { schema } from "../../packages/server/src/schema/index.js";
import { getNamedType, isNonNullType, isObjectType, type GraphQLObjectType } from "graphql";

// Relay: every object is a Node with a global ID that node/nodes resolve, and every list is a cursor connection
// that pages forwards and backwards through the same stable order, ties included.

let server: TestServer;
let db: Db;
let reviewer: SignedInActor;
/** One global ID of every Node type. */
const nodeIds: Record<string, string> = {};
let richClaimId: string;
let sharedMediaId: string;
let demoEventId: string;
let demoArticleId: string;
let nebenziaId: string;

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  db = server.app.database.prisma;
  reviewer = await server.createUser("REVIEWER", "Relay Reviewer");
  const adminId = rawId(server.admin.id);
  const claimant = await seedEntity(db, { name: "Relay Claimant" });
  const event = await seedEvent(db, { title: "Relay event" });
  await seedEvent(db, { title: "Undated relay event", startDate: null });
  await seedEvent(db, { title: "Older relay event", startDate: new Date("2020-01-01T00:00:00Z") });

  const rich = await seedClaim(db, {
    ...publishedClaim(adminId),
    claimantId: claimant.id,
    eventId: event.id,
    appearances: 5,
    evidence: 3,
    ratedBy: [rawId(reviewer.id), adminId],
    media: 1,
  });
  richClaimId = globalId("Claim", rich.id);
  const verdict = await db.verdict.findFirstOrThrow({ where: { claimId: rich.id } });
  const correction = await db.verdictCorrection.create({
    data: {
      verdictId: verdict.id,
      changedFields: ["headline"],
      before: { headline: "Old" },
      after: { headline: verdict.headline },
      reason: "Typo in the headline",
      correctedById: adminId,
    },
  });
  // More published verdicts for the partner feed, and claims sharing one media item.
  const others = [];
  for (let i = 0; i < 4; i++) others.push(await seedClaim(db, publishedClaim(adminId, { media: 1 })));
  const shared = await db.mediaItem.create({
    data: { kind: "IMAGE", description: "An image several claims are about", claims: { connect: others.map((c) => ({ id: c.id })) } },
  });
  sharedMediaId = globalId("MediaItem", shared.id);

  // Claims that tie on every ordering column: only the id tie-breaker orders them.
  const instant = new Date("2025-01-01T12:00:00Z");
  for (let i = 0; i < 7; i++) {
    await seedClaim(db, {
      tags: ["same-instant"],
      createdAt: instant,
      updatedAt: instant,
      checkworthiness: i % 3 === 0 ? null : 0.5,
      claimDate: i % 2 === 0 ? null : new Date("2025-01-01T00:00:00Z"),
    });
  }

  demoEventId = globalId("Event", (await db.event.findFirstOrThrow({ where: { title: { startsWith: "Violence in coastal Syria" } } })).id);
  demoArticleId = globalId("Source", (await db.source.findFirstOrThrow({ where: { url: readDemoDesk().desk.article.url } })).id);
  nebenziaId = globalId("Entity", (await db.entity.findFirstOrThrow({ where: { name: "Vassily Nebenzia" } })).id);

  const richFull = await db.claim.findUniqueOrThrow({
    where: { id: rich.id },
    include: { appearances: true, evidence: true, ratings: true, media: true },
  });
  const figure = await db.reportedFigure.findFirstOrThrow();
  Object.assign(nodeIds, {
    Claim: richClaimId,
    Appearance: globalId("Appearance", richFull.appearances[0]!.id),
    Source: globalId("Source", richFull.appearances[0]!.sourceId),
    Entity: globalId("Entity", claimant.id),
    Event: globalId("Event", event.id),
    Evidence: globalId("Evidence", richFull.evidence[0]!.id),
    Rating: globalId("Rating", richFull.ratings.find((r) => r.current)!.id),
    Verdict: globalId("Verdict", verdict.id),
    VerdictCorrection: globalId("VerdictCorrection", correction.id),
    ReportedFigure: globalId("ReportedFigure", figure.id),
    MediaItem: globalId("MediaItem", richFull.media[0]!.id),
    User: reviewer.id,
  });
  await factories(server).apiKey(server.admin);
  // Node types added later (audit entries, API keys …) are covered with any row of theirs, found by model name.
  const { __type } = await server.execute(`{ __type(name: "Node") { possibleTypes { name } } }`);
  for (const { name } of __type.possibleTypes as { name: string }[]) {
    if (nodeIds[name]) continue;
    const row = await (db as any)[name.charAt(0).toLowerCase() + name.slice(1)]?.findFirst();
    if (row) nodeIds[name] = globalId(name, row.id);
  }
});
afterAll(() => server?.close());

const NODE_FIELDS = `__typename id
  ... on Claim { text } ... on Appearance { excerpt } ... on Source { url } ... on Entity { name } ... on Event { title }
  ... on Evidence { excerpt } ... on Rating { rationale } ... on Verdict { headline } ... on VerdictCorrection { reason }
  ... on ReportedFigure { statedText } ... on MediaItem { description } ... on User { name }`;

/** The field each type shows above, read straight from the database row. */
async function expectedNode(id: string): Promise<Record<string, unknown>> {
  const { type, id: raw } = decodeGlobalId(id);
  const where = { where: { id: raw } };
  const load: Record<string, () => Promise<unknown>> = {
    Claim: () => db.claim.findUniqueOrThrow(where),
    Appearance: () => db.appearance.findUniqueOrThrow(where),
    Source: () => db.source.findUniqueOrThrow(where),
    Entity: () => db.entity.findUniqueOrThrow(where),
    Event: () => db.event.findUniqueOrThrow(where),
    Evidence: () => db.evidence.findUniqueOrThrow(where),
    Rating: () => db.rating.findUniqueOrThrow(where),
    Verdict: () => db.verdict.findUniqueOrThrow(where),
    VerdictCorrection: () => db.verdictCorrection.findUniqueOrThrow(where),
    ReportedFigure: () => db.reportedFigure.findUniqueOrThrow(where),
    MediaItem: () => db.mediaItem.findUniqueOrThrow(where),
    User: () => db.user.findUniqueOrThrow(where),
  };
  if (!load[type]) return { __typename: type, id };
  const row: any = await load[type]!();
  const field = {
    Claim: "text",
    Appearance: "excerpt",
    Source: "url",
    Entity: "name",
    Event: "title",
    Evidence: "excerpt",
    Rating: "rationale",
    Verdict: "headline",
    VerdictCorrection: "reason",
    ReportedFigure: "statedText",
    MediaItem: "description",
    User: "name",
  }[type]!;
  return { __typename: type, id, [field]: row[field] };
}

describe("global IDs and node/nodes", () => {
  it("has an object of every Node type in the schema to test with", async () => {
    const { __type } = await server.execute<{ __type: { possibleTypes: { name: string }[] } }>(
      `{ __type(name: "Node") { possibleTypes { name } } }`,
    );
    expect(Object.keys(nodeIds).sort()).toEqual(__type.possibleTypes.map((t) => t.name).sort());
  });

  it("resolves each type's global ID with node() to the same object, and the ID names the type and row", async () => {
    for (const [type, id] of Object.entries(nodeIds)) {
      const decoded = decodeGlobalId(id);
      expect(decoded.type).toBe(type);
      const { node } = await server.execute(`query Node($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`, { id }, server.admin);
      expect(node, type).toEqual(await expectedNode(id));
    }
  });

  it("returns the IDs the API hands out unchanged when read back through node()", async () => {
    const { claims } = await server.execute(
      `{ claims(first: 5) { edges { node { id claimant { id } appearances(first: 1) { edges { node { id source { id } } } } } } } }`,
      {},
      reviewer,
    );
    for (const { node: claim } of claims.edges) {
      const ids = [claim.id, claim.claimant?.id, claim.appearances.edges[0]?.node.id, claim.appearances.edges[0]?.node.source.id].filter(
        Boolean,
      );
      for (const id of ids) {
        const { node } = await server.execute(`query Node($id: ID!) { node(id: $id) { id } }`, { id }, reviewer);
        expect(node.id).toBe(id);
      }
    }
  });

  it("nodes() returns the objects in the order asked, with null for IDs that match nothing", async () => {
    const ids = Object.values(nodeIds).reverse();
    const missing = globalId("Claim", "no-such-claim");
    const asked = [...ids.slice(0, 3), missing, ...ids.slice(3)];
    const response = await server.request(
      `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`,
      { ids: asked },
      server.admin,
    );
    expect(response.errors).toBeUndefined();
    const expected = await Promise.all(asked.map((id) => (id === missing ? null : expectedNode(id))));
    expect(response.data.nodes).toEqual(expected);
  });

  it("node() is null for a well-formed ID with no object, and an error for a malformed one", async () => {
    const missing = await server.request(`query Node($id: ID!) { node(id: $id) { id } }`, { id: globalId("Source", "nope") }, reviewer);
    expect(missing.errors).toBeUndefined();
    expect(missing.data.node).toBeNull();
    for (const bad of ["not-base64!", globalId("NoSuchType", "x")]) {
      const response = await server.request(`query Node($id: ID!) { node(id: $id) { id } }`, { id: bad }, reviewer);
      expect(response.errors?.length, bad).toBeGreaterThan(0);
      expect(response.data?.node ?? null).toBeNull();
    }
  });

  it("gives anonymous visitors nothing through node() that the claim list hides from them", async () => {
    const unpublished = (await db.claim.findFirstOrThrow({ where: { status: "NEW" } })).id;
    for (const id of [globalId("Claim", unpublished), nodeIds.Rating!]) {
      const response = await server.request(`query Node($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`, { id }, anonymous);
      expect(response.data?.node ?? null, decodeGlobalId(id).type).toBeNull();
    }
    const { node } = await server.execute(
      `query Node($id: ID!) { node(id: $id) { id ... on Claim { status } } }`,
      { id: richClaimId },
      anonymous,
    );
    expect(node).toEqual({ id: richClaimId, status: "PUBLISHED" });
  });
});

const ARGS = "first: $first, after: $after, last: $last, before: $before";
const VARS = "$first: Int, $after: String, $last: Int, $before: String";

interface ListCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  pick: (data: any) => Connection;
  /** Fewest items the seeded data gives this list (so paging by 2 spans several pages). */
  atLeast: number;
}

const nodeList = (type: string, field: string, args = ""): Omit<ListCase, "name" | "atLeast"> => ({
  query: `query L(${VARS}, $id: ID!) { node(id: $id) { ... on ${type} { ${field}(${ARGS}${args}) { ${PAGE_SELECTION} } } } }`,
  pick: (data) => data.node[field],
});

const lists = (): ListCase[] => [
  ...["NEWEST", "OLDEST", "RECENTLY_UPDATED", "MOST_CHECKWORTHY", "CLAIM_DATE"].map((order) => ({
    name: `claims(orderBy: ${order})`,
    query: `query L(${VARS}) { claims(${ARGS}, orderBy: ${order}) { totalCount ${PAGE_SELECTION} } }`,
    pick: (data: any) => data.claims,
    atLeast: 24,
  })),
  {
    name: "claims(filter: same-instant ties)",
    query: `query L(${VARS}) { claims(${ARGS}, filter: { tag: "same-instant" }) { totalCount ${PAGE_SELECTION} } }`,
    pick: (data) => data.claims,
    atLeast: 7,
  },
  ...["CLAIM_DATE", "MOST_CHECKWORTHY"].map((order) => ({
    name: `claims(same-instant ties, orderBy: ${order})`,
    query: `query L(${VARS}) { claims(${ARGS}, orderBy: ${order}, filter: { tag: "same-instant" }) { totalCount ${PAGE_SELECTION} } }`,
    pick: (data: any) => data.claims,
    atLeast: 7,
  })),
  { name: "sources", query: `query L(${VARS}) { sources(${ARGS}) { ${PAGE_SELECTION} } }`, pick: (d) => d.sources, atLeast: 10 },
  { name: "entities", query: `query L(${VARS}) { entities(${ARGS}) { ${PAGE_SELECTION} } }`, pick: (d) => d.entities, atLeast: 7 },
  { name: "events", query: `query L(${VARS}) { events(${ARGS}) { ${PAGE_SELECTION} } }`, pick: (d) => d.events, atLeast: 4 },
  { name: "media", query: `query L(${VARS}) { media(${ARGS}) { ${PAGE_SELECTION} } }`, pick: (d) => d.media, atLeast: 6 },
  { name: "figures", query: `query L(${VARS}) { figures(${ARGS}) { ${PAGE_SELECTION} } }`, pick: (d) => d.figures, atLeast: 3 },
  { name: "users", query: `query L(${VARS}) { users(${ARGS}) { ${PAGE_SELECTION} } }`, pick: (d) => d.users, atLeast: 6 },
  { name: "verdicts", query: `query L(${VARS}) { verdicts(${ARGS}) { ${PAGE_SELECTION} } }`, pick: (d) => d.verdicts, atLeast: 5 },
  { name: "Claim.appearances", ...nodeList("Claim", "appearances"), variables: { id: richClaimId }, atLeast: 5 },
  { name: "Claim.evidence", ...nodeList("Claim", "evidence"), variables: { id: richClaimId }, atLeast: 3 },
  { name: "Claim.ratings", ...nodeList("Claim", "ratings", ", includeHistory: true"), variables: { id: richClaimId }, atLeast: 4 },
  { name: "Event.claims", ...nodeList("Event", "claims"), variables: { id: demoEventId }, atLeast: 12 },
  { name: "Event.figures", ...nodeList("Event", "figures"), variables: { id: demoEventId }, atLeast: 3 },
  { name: "Entity.claims", ...nodeList("Entity", "claims"), variables: { id: nebenziaId }, atLeast: 3 },
  { name: "Source.appearances", ...nodeList("Source", "appearances"), variables: { id: demoArticleId }, atLeast: 12 },
  { name: "MediaItem.claims", ...nodeList("MediaItem", "claims"), variables: { id: sharedMediaId }, atLeast: 4 },
];

describe("cursor pagination", () => {
  const fetcher = (list: ListCase) => async (args: PageArgs) =>
    list.pick(await server.execute(list.query, { ...list.variables, ...args }, server.admin));

  it("every list pages forwards and backwards through exactly the items of a single page, in the same order", async () => {
    for (const list of lists()) {
      const fetchPage = fetcher(list);
      const all = await fetchPage({ first: 100 });
      const allIds = all.edges.map(edgeKey);
      expect(allIds.length, `${list.name}: seeded items`).toBeGreaterThanOrEqual(list.atLeast);
      expect(new Set(allIds).size, `${list.name}: duplicates`).toBe(allIds.length);
      for (const size of [2, 3]) {
        const forward = await walk(fetchPage, size, "forward");
        expect(forward.ids, `${list.name}: forwards by ${size}`).toEqual(allIds);
        const backward = await walk(fetchPage, size, "backward");
        expect(backward.ids, `${list.name}: backwards by ${size}`).toEqual(allIds);
      }
      if (all.totalCount !== undefined) {
        const { pages } = await walk(fetchPage, 3, "forward");
        expect(new Set(pages.map((p) => p.totalCount)), `${list.name}: totalCount on every page`).toEqual(new Set([allIds.length]));
      }
    }
  });

  it("every connection in the schema pages the same way forwards and backwards (found by introspection)", async () => {
    // Arguments a connection needs before it lists anything.
    const requiredArgs: Record<string, string> = { "Query.search": `, query: "Syria"` };
    const checked: string[] = [];
    const unchecked: string[] = [];
    const fromTheEndUnsupported: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.values(type.getFields())) {
        const connection = getNamedType(field.type);
        if (!isObjectType(connection) || !connection.name.endsWith("Connection")) continue;
        const name = `${type.name}.${field.name}`;
        const needsArgs = field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined);
        const parentIsNode = type.getInterfaces().some((i) => i.name === "Node");
        if ((needsArgs && !requiredArgs[name]) || (type.name !== "Query" && (!parentIsNode || !nodeIds[type.name]))) {
          unchecked.push(name);
          continue;
        }
        const edge = getNamedType((connection as GraphQLObjectType).getFields().edges!.type) as GraphQLObjectType;
        const node = getNamedType(edge.getFields().node!.type);
        const nodeSelection = isObjectType(node) && node.getInterfaces().some((i) => i.name === "Node") ? "id" : "__typename";
        const selection = `pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${nodeSelection} } }`;
        const call = `${field.name}(${ARGS}${requiredArgs[name] ?? ""}) { ${selection} }`;
        const list: ListCase =
          type.name === "Query"
            ? { name, query: `query L(${VARS}) { ${call} }`, pick: (d) => d[field.name], atLeast: 0 }
            : {
                name,
                query: `query L(${VARS}, $id: ID!) { node(id: $id) { ... on ${type.name} { ${call} } } }`,
                variables: { id: nodeIds[type.name] },
                pick: (d) => d.node[field.name],
                atLeast: 0,
              };
        const fetchPage = fetcher(list);
        const all = await fetchPage({ first: 100 });
        const allKeys = all.edges.map(edgeKey);
        expect((await walk(fetchPage, 2, "forward")).ids, `${name}: forwards`).toEqual(allKeys);
        const fromEnd = await server.request(list.query, { ...list.variables, last: 2 }, server.admin);
        if (fromEnd.errors?.some((e) => /only be used in combination with "before"/.test(e.message))) {
          // An offset connection cannot start from the end; it still pages backwards from any item.
          fromTheEndUnsupported.push(name);
          const lastCursor = all.edges.at(-1)?.cursor ?? null;
          if (lastCursor) {
            expect((await walk(fetchPage, 2, "backward", lastCursor)).ids, `${name}: backwards`).toEqual(allKeys.slice(0, -1));
          }
        } else {
          expect((await walk(fetchPage, 2, "backward")).ids, `${name}: backwards`).toEqual(allKeys);
        }
        checked.push(`${name} (${allKeys.length})`);
      }
    }
    console.log(`connections paged both ways: ${checked.join(", ")}`);
    if (fromTheEndUnsupported.length)
      console.log(`connections that cannot page from the end (last without before): ${fromTheEndUnsupported.join(", ")}`);
    expect(unchecked, "connections this test cannot reach: give them arguments or an object to start from").toEqual([]);
  });

  it("the first page says nothing precedes it and the last page says nothing follows it", async () => {
    const fetchPage = fetcher(lists()[0]!);
    const first = await fetchPage({ first: 3 });
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const last = await fetchPage({ last: 3 });
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const middle = await fetchPage({ first: 3, after: first.pageInfo.endCursor });
    expect(middle.pageInfo.hasPreviousPage).toBe(true);
  });

  it("turning back from page three with last/before gives page two again", async () => {
    const fetchPage = fetcher(lists()[0]!);
    const one = await fetchPage({ first: 4 });
    const two = await fetchPage({ first: 4, after: one.pageInfo.endCursor });
    const three = await fetchPage({ first: 4, after: two.pageInfo.endCursor });
    const back = await fetchPage({ last: 4, before: three.pageInfo.startCursor });
    expect(back.edges).toEqual(two.edges);
    expect(back.pageInfo.hasPreviousPage).toBe(true);
  });

  it("keeps the same order when rows tie on every sort column", async () => {
    const list = lists().find((l) => l.name.includes("same-instant ties"))!;
    const fetchPage = fetcher(list);
    const ids = (await fetchPage({ first: 100 })).edges.map((e) => e.node.id!);
    expect(ids).toHaveLength(7);
    // Newest first with equal timestamps means descending ids.
    expect(ids.map((id) => rawId(id))).toEqual(
      ids
        .map((id) => rawId(id))
        .sort()
        .reverse(),
    );
    for (let i = 0; i < 3; i++) expect((await fetchPage({ first: 100 })).edges.map((e) => e.node.id)).toEqual(ids);
  });

  it("caps a page at 100 items, defaults to 20, and rejects a negative size and a malformed cursor", async () => {
    await db.claim.createMany({
      data: Array.from({ length: 100 }, (_, i) => ({
        text: `Bulk claim ${i}`,
        normalizedText: `bulk claim ${i}`,
        kind: "STATEMENT" as const,
      })),
    });
    const big = await server.execute(`{ claims(first: 150) { totalCount pageInfo { hasNextPage } edges { cursor } } }`, {}, reviewer);
    expect(big.claims.edges).toHaveLength(100);
    expect(big.claims.pageInfo.hasNextPage).toBe(true);
    expect(big.claims.totalCount).toBeGreaterThan(100);
    const standard = await server.execute(`{ claims { edges { cursor } } }`, {}, reviewer);
    expect(standard.claims.edges).toHaveLength(20);
    const negative = await server.request(`{ claims(first: -1) { edges { cursor } } }`, {}, reviewer);
    expect(negative.errors?.length).toBeGreaterThan(0);
    const malformed = await server.request(`{ claims(first: 2, after: "not a cursor") { edges { cursor } } }`, {}, reviewer);
    expect(malformed.errors?.length).toBeGreaterThan(0);
  });
});
