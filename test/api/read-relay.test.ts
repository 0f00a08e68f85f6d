import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Actor,
  anonymous,
  apiKeyActor,
  expectNoErrors,
  startTestServer,
  type GraphQLResponse,
  type SignedInActor,
  type TestServer,
} from "../testkit/server.js";
import { factories } from "../testkit/factories.js";
import { graphql, narrow } from "../testkit/graphql.js";
import { decodeGlobalId, globalId, rawId } from "../testkit/ids.js";
import { edgeKey, PageInfoFields, walk, type Connection, type PageArgs } from "../testkit/relay.js";
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
  // A webhook endpoint with deliveries given up (FAILED), so the worker leaves them alone.
  await db.webhookSubscription.create({
    data: {
      name: "Relay partner",
      url: "https://partner.example/hook",
      events: ["CLAIM_CREATED"],
      secret: "whsec_relay",
      createdById: rawId(server.admin.id),
      deliveries: {
        create: [1, 2, 3].map((n) => ({ event: "CLAIM_CREATED" as const, payload: { n }, status: "FAILED" as const, attempts: 8 })),
      },
    },
  });
  // A note on the claim that mentions the admin, the admin's notification of it, and an archived copy of a source.
  const note = await db.note.create({ data: { claimId: richFull.id, authorId: adminId, body: "Relay note", mentionedUserIds: [adminId] } });
  await db.notification.create({ data: { recipientId: adminId, kind: "MENTIONED", claimId: richFull.id, noteId: note.id } });
  await db.mergeProposal.create({
    data: { keepId: richFull.id, duplicateId: others[0]!.id, proposedById: adminId, reason: "Relay twins" },
  });
  await db.sourceCapture.create({
    data: {
      sourceId: richFull.appearances[0]!.sourceId,
      sha256: "0".repeat(64),
      contentType: "text/html",
      byteSize: 1,
      origin: "UPLOADED",
      capturedById: adminId,
    },
  });
  // Node types added later (audit entries, API keys …) are covered with any row of theirs, found by model name.
  const models = db as unknown as Record<string, { findFirst(): Promise<{ id: string } | null> } | undefined>;
  for (const name of await nodeTypeNames()) {
    if (nodeIds[name]) continue;
    const row = await models[name.charAt(0).toLowerCase() + name.slice(1)]?.findFirst();
    if (row) nodeIds[name] = globalId(name, row.id);
  }
});
afterAll(() => server?.close());

/** The names of the types implementing Node, asked of the API. */
async function nodeTypeNames(): Promise<string[]> {
  const { __type } = await server.execute(graphql(`query NodeTypes { __type(name: "Node") { possibleTypes { name } } }`));
  // gql.tada leaves introspection fields untyped: the shape asked for above.
  return (__type as { possibleTypes: { name: string }[] }).possibleTypes.map((t) => t.name);
}

const NodeFields = graphql(`fragment NodeFields on Node @_unmask { __typename id
  ... on Claim { text } ... on Appearance { excerpt } ... on Source { url } ... on Entity { name } ... on Event { title }
  ... on Evidence { excerpt } ... on Rating { rationale } ... on Verdict { headline } ... on VerdictCorrection { reason }
  ... on ReportedFigure { statedText } ... on MediaItem { description } ... on User { name } }`);
const NODE = graphql(`query Node($id: ID!) { node(id: $id) { ...NodeFields } }`, [NodeFields]);
const NODE_ID = graphql(`query NodeId($id: ID!) { node(id: $id) { id } }`);

/** The field each type shows above, read straight from the database row. */
async function expectedNode(id: string): Promise<Record<string, unknown>> {
  const { type, id: raw } = decodeGlobalId(id);
  const where = { where: { id: raw } };
  const load: Record<string, () => Promise<Record<string, unknown>>> = {
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
  const row = await load[type]!();
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
    expect(Object.keys(nodeIds).sort()).toEqual((await nodeTypeNames()).sort());
  });

  it("resolves each type's global ID with node() to the same object, and the ID names the type and row", async () => {
    for (const [type, id] of Object.entries(nodeIds)) {
      const decoded = decodeGlobalId(id);
      expect(decoded.type).toBe(type);
      const { node } = await server.execute(NODE, { id }, server.admin);
      expect(node, type).toEqual(await expectedNode(id));
    }
  });

  it("returns the IDs the API hands out unchanged when read back through node()", async () => {
    const { claims } = await server.execute(
      graphql(
        `query ClaimIds { claims(first: 5) { edges { node { id claimant { id } appearances(first: 1) { edges { node { id source { id } } } } } } } }`,
      ),
      {},
      reviewer,
    );
    for (const { node: claim } of claims.edges) {
      const ids = [claim.id, claim.claimant?.id, claim.appearances.edges[0]?.node.id, claim.appearances.edges[0]?.node.source.id].filter(
        (id): id is string => Boolean(id),
      );
      for (const id of ids) {
        const { node } = await server.execute(NODE_ID, { id }, reviewer);
        expect(node!.id).toBe(id);
      }
    }
  });

  it("nodes() returns the objects in the order asked, with null for IDs that match nothing", async () => {
    const ids = Object.values(nodeIds).reverse();
    const missing = globalId("Claim", "no-such-claim");
    const asked = [...ids.slice(0, 3), missing, ...ids.slice(3)];
    const response = await server.request(
      graphql(`query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ...NodeFields } }`, [NodeFields]),
      { ids: asked },
      server.admin,
    );
    expect(response.errors).toBeUndefined();
    const expected = await Promise.all(asked.map((id) => (id === missing ? null : expectedNode(id))));
    expect(response.data!.nodes).toEqual(expected);
  });

  it("node() is null for a well-formed ID with no object, and an error for a malformed one", async () => {
    const missing = await server.request(NODE_ID, { id: globalId("Source", "nope") }, reviewer);
    expect(missing.errors).toBeUndefined();
    expect(missing.data!.node).toBeNull();
    for (const bad of ["not-base64!", globalId("NoSuchType", "x")]) {
      const response = await server.request(NODE_ID, { id: bad }, reviewer);
      expect(response.errors?.length, bad).toBeGreaterThan(0);
      expect(response.data?.node ?? null).toBeNull();
    }
  });

  it("answers a reader who may not see an object exactly as if it did not exist, for every Node type", async () => {
    // The same row of each type, asked by an anonymous visitor and by a key that reads only what the public sees.
    const key = await factories(server).apiKey(server.admin, { scopes: ["VERDICTS_READ"] });
    const readers: [string, Actor][] = [
      ["anonymous", anonymous],
      ["verdicts:read key", apiKeyActor(key.secret)],
    ];
    for (const [who, reader] of readers) {
      const hidden: string[] = [];
      for (const [type, id] of Object.entries(nodeIds)) {
        const response = await server.request(NODE, { id }, reader);
        expect(response.errors, `${who} ${type}`).toBeUndefined();
        if (response.data!.node === null) {
          hidden.push(type);
          // Not a hint of existence: the very answer an ID of that type naming no row gets.
          const missing = await server.request(NODE, { id: globalId(type, `no-such-${type}`) }, reader);
          expect(response, `${who} ${type}`).toEqual(missing);
        } else expect(response.data!.node, `${who} ${type}`).toEqual(await expectedNode(id));
      }
      // Staff's and admins' own rows are among what such readers may not see.
      for (const type of ["Rating", "Event", "ReportedFigure", "Note", "Notification", "ApiKey", "AuditEntry", "MergeProposal"])
        expect(hidden, who).toContain(type);
      // nodes() the same, in one list: null in place of each hidden object, no error.
      const ids = Object.values(nodeIds);
      const many = await server.request(
        graphql(`query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ...NodeFields } }`, [NodeFields]),
        { ids },
        reader,
      );
      expect(many.errors, who).toBeUndefined();
      const expected = await Promise.all(Object.entries(nodeIds).map(([type, id]) => (hidden.includes(type) ? null : expectedNode(id))));
      expect(many.data!.nodes, who).toEqual(expected);
    }
  });

  it("refuses a malformed global ID with input/invalid, to anonymous readers too, in node() and nodes()", async () => {
    for (const bad of ["not-base64!", globalId("NoSuchType", "x"), Buffer.from("Claim").toString("base64")]) {
      const one = await server.request(NODE_ID, { id: bad }, anonymous);
      expect(one.errors?.[0]?.extensions?.code, bad).toBe("input/invalid");
      const many = await server.request(
        graphql(`query NodeIds($ids: [ID!]!) { nodes(ids: $ids) { id } }`),
        { ids: [richClaimId, bad] },
        anonymous,
      );
      expect(many.errors?.[0]?.extensions?.code, bad).toBe("input/invalid");
    }
  });

  it("quotes a short malformed ID back whole and a long one cut to its first 64 characters", async () => {
    const short = await server.request(NODE_ID, { id: "not-base64!" }, anonymous);
    expect(short.errors?.[0]?.message).toBe("Invalid global ID: not-base64!");
    const long = `${"A".repeat(64)}${"B".repeat(100_000)}`;
    const answer = await server.request(NODE_ID, { id: long }, anonymous);
    expect(answer.errors?.[0]).toMatchObject({
      message: `Invalid global ID: ${"A".repeat(64)}… (100064 characters)`,
      extensions: { code: "input/invalid" },
    });
  });

  it("gives anonymous visitors nothing through node() that the claim list hides from them", async () => {
    const unpublished = (await db.claim.findFirstOrThrow({ where: { status: "NEW" } })).id;
    for (const id of [globalId("Claim", unpublished), nodeIds.Rating!]) {
      const response = await server.request(NODE, { id }, anonymous);
      expect(response.data?.node ?? null, decodeGlobalId(id).type).toBeNull();
    }
    const { node } = await server.execute(
      graphql(`query ClaimStatus($id: ID!) { node(id: $id) { id ... on Claim { status } } }`),
      { id: richClaimId },
      anonymous,
    );
    expect(node).toEqual({ id: richClaimId, status: "PUBLISHED" });
  });
});

interface ListCase {
  name: string;
  /** One page of the list as the admin reads it: the response, with the connection picked out of its data. */
  page: (args: PageArgs) => Promise<GraphQLResponse<Connection>>;
  /** Fewest items the seeded data gives this list (so paging by 2 spans several pages). */
  atLeast: number;
}

/** The response, with its data narrowed to the connection `pick` finds in it. */
async function pageOf<TData>(
  response: Promise<GraphQLResponse<TData>>,
  pick: (data: TData) => Connection,
): Promise<GraphQLResponse<Connection>> {
  const { data, ...rest } = await response;
  return { ...rest, data: data == null ? null : pick(data) };
}

// Every list, read with the same paging variables and selection.
const CLAIMS = graphql(
  `query ClaimsPage($first: Int, $after: String, $last: Int, $before: String, $orderBy: ClaimOrder, $filter: ClaimFilter) {
    claims(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
      totalCount pageInfo { ...PageInfoFields } edges { cursor node { id } } } }`,
  [PageInfoFields],
);
const SOURCES = graphql(
  `query SourcesPage($first: Int, $after: String, $last: Int, $before: String) {
    sources(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } }`,
  [PageInfoFields],
);
const ENTITIES = graphql(
  `query EntitiesPage($first: Int, $after: String, $last: Int, $before: String) {
    entities(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } }`,
  [PageInfoFields],
);
const EVENTS = graphql(
  `query EventsPage($first: Int, $after: String, $last: Int, $before: String) {
    events(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } }`,
  [PageInfoFields],
);
const MEDIA = graphql(
  `query MediaPage($first: Int, $after: String, $last: Int, $before: String) {
    media(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } }`,
  [PageInfoFields],
);
const FIGURES = graphql(
  `query FiguresPage($first: Int, $after: String, $last: Int, $before: String) {
    figures(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } }`,
  [PageInfoFields],
);
const USERS = graphql(
  `query UsersPage($first: Int, $after: String, $last: Int, $before: String) {
    users(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } }`,
  [PageInfoFields],
);
const VERDICTS = graphql(
  `query VerdictsPage($first: Int, $after: String, $last: Int, $before: String) {
    verdicts(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } }`,
  [PageInfoFields],
);
const CLAIM_APPEARANCES = graphql(
  `query ClaimAppearancesPage($first: Int, $after: String, $last: Int, $before: String, $id: ID!) { node(id: $id) { ... on Claim {
    appearances(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } } } }`,
  [PageInfoFields],
);
const CLAIM_EVIDENCE = graphql(
  `query ClaimEvidencePage($first: Int, $after: String, $last: Int, $before: String, $id: ID!) { node(id: $id) { ... on Claim {
    evidence(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } } } }`,
  [PageInfoFields],
);
const CLAIM_RATINGS = graphql(
  `query ClaimRatingsPage($first: Int, $after: String, $last: Int, $before: String, $id: ID!) { node(id: $id) { ... on Claim {
    ratings(first: $first, after: $after, last: $last, before: $before, includeHistory: true) {
      pageInfo { ...PageInfoFields } edges { cursor node { id } } } } } }`,
  [PageInfoFields],
);
const EVENT_CLAIMS = graphql(
  `query EventClaimsPage($first: Int, $after: String, $last: Int, $before: String, $id: ID!) { node(id: $id) { ... on Event {
    claims(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } } } }`,
  [PageInfoFields],
);
const EVENT_FIGURES = graphql(
  `query EventFiguresPage($first: Int, $after: String, $last: Int, $before: String, $id: ID!) { node(id: $id) { ... on Event {
    figures(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } } } }`,
  [PageInfoFields],
);
const ENTITY_CLAIMS = graphql(
  `query EntityClaimsPage($first: Int, $after: String, $last: Int, $before: String, $id: ID!) { node(id: $id) { ... on Entity {
    claims(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } } } }`,
  [PageInfoFields],
);
const SOURCE_APPEARANCES = graphql(
  `query SourceAppearancesPage($first: Int, $after: String, $last: Int, $before: String, $id: ID!) { node(id: $id) { ... on Source {
    appearances(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } } } }`,
  [PageInfoFields],
);
const MEDIA_ITEM_CLAIMS = graphql(
  `query MediaItemClaimsPage($first: Int, $after: String, $last: Int, $before: String, $id: ID!) { node(id: $id) { ... on MediaItem {
    claims(first: $first, after: $after, last: $last, before: $before) { pageInfo { ...PageInfoFields } edges { cursor node { id } } } } } }`,
  [PageInfoFields],
);

const lists = (): ListCase[] => {
  const admin = server.admin;
  return [
    ...(["NEWEST", "OLDEST", "RECENTLY_UPDATED", "MOST_CHECKWORTHY", "CLAIM_DATE"] as const).map((orderBy) => ({
      name: `claims(orderBy: ${orderBy})`,
      page: (args: PageArgs) => pageOf(server.request(CLAIMS, { ...args, orderBy }, admin), (d) => d.claims),
      atLeast: 24,
    })),
    {
      name: "claims(filter: same-instant ties)",
      page: (args) => pageOf(server.request(CLAIMS, { ...args, filter: { tag: "same-instant" } }, admin), (d) => d.claims),
      atLeast: 7,
    },
    ...(["CLAIM_DATE", "MOST_CHECKWORTHY"] as const).map((orderBy) => ({
      name: `claims(same-instant ties, orderBy: ${orderBy})`,
      page: (args: PageArgs) =>
        pageOf(server.request(CLAIMS, { ...args, orderBy, filter: { tag: "same-instant" } }, admin), (d) => d.claims),
      atLeast: 7,
    })),
    { name: "sources", page: (args) => pageOf(server.request(SOURCES, args, admin), (d) => d.sources), atLeast: 10 },
    { name: "entities", page: (args) => pageOf(server.request(ENTITIES, args, admin), (d) => d.entities), atLeast: 7 },
    { name: "events", page: (args) => pageOf(server.request(EVENTS, args, admin), (d) => d.events), atLeast: 4 },
    { name: "media", page: (args) => pageOf(server.request(MEDIA, args, admin), (d) => d.media), atLeast: 6 },
    { name: "figures", page: (args) => pageOf(server.request(FIGURES, args, admin), (d) => d.figures), atLeast: 3 },
    { name: "users", page: (args) => pageOf(server.request(USERS, args, admin), (d) => d.users), atLeast: 6 },
    { name: "verdicts", page: (args) => pageOf(server.request(VERDICTS, args, admin), (d) => d.verdicts), atLeast: 5 },
    {
      name: "Claim.appearances",
      page: (args) =>
        pageOf(server.request(CLAIM_APPEARANCES, { ...args, id: richClaimId }, admin), (d) => narrow(d.node, "Claim").appearances),
      atLeast: 5,
    },
    {
      name: "Claim.evidence",
      page: (args) => pageOf(server.request(CLAIM_EVIDENCE, { ...args, id: richClaimId }, admin), (d) => narrow(d.node, "Claim").evidence),
      atLeast: 3,
    },
    {
      name: "Claim.ratings",
      page: (args) => pageOf(server.request(CLAIM_RATINGS, { ...args, id: richClaimId }, admin), (d) => narrow(d.node, "Claim").ratings),
      atLeast: 4,
    },
    {
      name: "Event.claims",
      page: (args) => pageOf(server.request(EVENT_CLAIMS, { ...args, id: demoEventId }, admin), (d) => narrow(d.node, "Event").claims),
      atLeast: 12,
    },
    {
      name: "Event.figures",
      page: (args) => pageOf(server.request(EVENT_FIGURES, { ...args, id: demoEventId }, admin), (d) => narrow(d.node, "Event").figures),
      atLeast: 3,
    },
    {
      name: "Entity.claims",
      page: (args) => pageOf(server.request(ENTITY_CLAIMS, { ...args, id: nebenziaId }, admin), (d) => narrow(d.node, "Entity").claims),
      atLeast: 3,
    },
    {
      name: "Source.appearances",
      page: (args) =>
        pageOf(server.request(SOURCE_APPEARANCES, { ...args, id: demoArticleId }, admin), (d) => narrow(d.node, "Source").appearances),
      atLeast: 12,
    },
    {
      name: "MediaItem.claims",
      page: (args) =>
        pageOf(server.request(MEDIA_ITEM_CLAIMS, { ...args, id: sharedMediaId }, admin), (d) => narrow(d.node, "MediaItem").claims),
      atLeast: 4,
    },
  ];
};

// The introspection test builds its queries from the schema at run time, so it sends them as raw strings.
const ARGS = "first: $first, after: $after, last: $last, before: $before";
const VARS = "$first: Int, $after: String, $last: Int, $before: String";

describe("cursor pagination", () => {
  const fetcher = (list: ListCase) => async (args: PageArgs) => expectNoErrors(await list.page(args));

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
        // Raw strings: the documents are made here from the schema. Their data has the shape the selection asks for.
        const list: ListCase =
          type.name === "Query"
            ? {
                name,
                page: (args) =>
                  pageOf(
                    server.requestRaw(`query L(${VARS}) { ${call} }`, { ...args }, server.admin),
                    (d) => (d as Record<string, Connection>)[field.name]!,
                  ),
                atLeast: 0,
              }
            : {
                name,
                page: (args) =>
                  pageOf(
                    server.requestRaw(
                      `query L(${VARS}, $id: ID!) { node(id: $id) { ... on ${type.name} { ${call} } } }`,
                      { ...args, id: nodeIds[type.name] },
                      server.admin,
                    ),
                    (d) => (d as { node: Record<string, Connection> }).node[field.name]!,
                  ),
                atLeast: 0,
              };
        const fetchPage = fetcher(list);
        const all = await fetchPage({ first: 100 });
        const allKeys = all.edges.map(edgeKey);
        expect((await walk(fetchPage, 2, "forward")).ids, `${name}: forwards`).toEqual(allKeys);
        const fromEnd = await list.page({ last: 2 });
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
    const big = await server.execute(
      graphql(`query OversizedPage { claims(first: 150) { totalCount pageInfo { hasNextPage } edges { cursor } } }`),
      {},
      reviewer,
    );
    expect(big.claims.edges).toHaveLength(100);
    expect(big.claims.pageInfo.hasNextPage).toBe(true);
    expect(big.claims.totalCount).toBeGreaterThan(100);
    const standard = await server.execute(graphql(`query DefaultPage { claims { edges { cursor } } }`), {}, reviewer);
    expect(standard.claims.edges).toHaveLength(20);
    const negative = await server.request(graphql(`query NegativePage { claims(first: -1) { edges { cursor } } }`), {}, reviewer);
    expect(negative.errors?.length).toBeGreaterThan(0);
    const malformed = await server.request(
      graphql(`query MalformedCursor { claims(first: 2, after: "not a cursor") { edges { cursor } } }`),
      {},
      reviewer,
    );
    expect(malformed.errors?.length).toBeGreaterThan(0);
  });
});
