import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type SignedInActor, type TestServer } from "../testkit/server.js";
import { graphql, narrow, type Operation, type VariablesOf } from "../testkit/graphql.js";
import { globalId, rawId } from "../testkit/ids.js";
import { publishedClaim, seedClaim, seedEntity, seedEvent, seedFigure, seedSource } from "../testkit/seed.js";
import { readDemoDesk } from "../../packages/server/src/seed/demo-desk.js";
import type { Db } from "../../packages/server/src/db.js";

// The desk's other lists — sources, entities, events, media, figures, users, the verdict feed — with every
// filter they offer, the order they promise, and who may read them.

let server: TestServer;
let db: Db;
let reviewer: SignedInActor;
let editor: SignedInActor;
const id: Record<string, string> = {};
const demo = readDemoDesk().desk;

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  db = server.app.database.prisma;
  reviewer = await server.createUser("REVIEWER", "Catalog Reviewer");
  editor = await server.createUser("EDITOR", "Catalog Editor");

  const ministry = await seedSource(db, {
    kind: "OFFICIAL_STATEMENT",
    url: "https://moh.example.gov/statements/7",
    title: "Statement on the floods",
    publisher: "Ministry of Health",
    reliability: "B",
    publishedAt: new Date("2023-09-12T08:00:00Z"),
  });
  const post = await seedSource(db, { kind: "SOCIAL_POST", url: "https://social.example.com/Post/ABC123", title: null, publisher: null });
  const sohr = await seedEntity(db, { kind: "ORGANISATION", name: "Syrian Observatory for Human Rights", aliases: ["SOHR"] });
  const moh = await seedEntity(db, { kind: "GOVERNMENT", name: "Ministry of Health (Libya)", aliases: ["Libyan health ministry"] });
  const derna = await seedEvent(db, { title: "Floods in Derna", startDate: new Date("2023-09-10T00:00:00Z"), place: "Derna, Libya" });
  const hatay = await seedEvent(db, { title: "Earthquake in Hatay", startDate: new Date("2023-02-06T00:00:00Z") });
  const undated = await seedEvent(db, { title: "Riots, date unknown", startDate: null });
  const image = await db.mediaItem.create({
    data: { kind: "IMAGE", verification: "ORIGINAL", graphic: false, description: "Aerial photo of the flooded valley" },
  });
  const staged = await db.mediaItem.create({
    data: { kind: "VIDEO", verification: "STAGED", graphic: true, description: "Staged rescue video", firstSeenSourceId: post.id },
  });
  const f1 = await seedFigure(db, {
    eventId: derna.id,
    sourceId: ministry.id,
    metric: "KILLED",
    qualifier: "EXACT",
    low: 4000,
    high: 4000,
    reportedAt: new Date("2023-09-12T08:00:00Z"),
    attributedToId: moh.id,
    statedText: "4,000 dead",
  });
  const f2 = await seedFigure(db, {
    eventId: derna.id,
    sourceId: post.id,
    metric: "MISSING",
    qualifier: "AT_LEAST",
    low: 10000,
    high: null,
    reportedAt: new Date("2023-09-13T08:00:00Z"),
    attributedToId: sohr.id,
    statedText: "at least 10,000 missing",
  });
  const f3 = await seedFigure(db, {
    eventId: derna.id,
    sourceId: ministry.id,
    metric: "MISSING",
    qualifier: "APPROXIMATELY",
    low: 9000,
    high: 11000,
    reportedAt: new Date("2023-09-11T08:00:00Z"),
    attributedToId: moh.id,
    statedText: "about 10,000 missing",
  });
  const inactive = await db.user.create({ data: { email: "gone@test.factdesk", name: "Aaron Gone", role: "REVIEWER", active: false } });
  Object.assign(id, {
    ministry: globalId("Source", ministry.id),
    post: globalId("Source", post.id),
    demoArticle: globalId("Source", (await db.source.findUniqueOrThrow({ where: { url: demo.article.url } })).id),
    sohr: globalId("Entity", sohr.id),
    moh: globalId("Entity", moh.id),
    nebenzia: globalId("Entity", (await db.entity.findFirstOrThrow({ where: { name: "Vassily Nebenzia" } })).id),
    eu: globalId("Entity", (await db.entity.findFirstOrThrow({ where: { name: "European Union" } })).id),
    derna: globalId("Event", derna.id),
    hatay: globalId("Event", hatay.id),
    undated: globalId("Event", undated.id),
    demoEvent: globalId("Event", (await db.event.findFirstOrThrow({ where: { title: demo.event.title } })).id),
    image: globalId("MediaItem", image.id),
    staged: globalId("MediaItem", staged.id),
    demoVideo: globalId("MediaItem", (await db.mediaItem.findFirstOrThrow({ where: { hedge: { not: null } } })).id),
    f1: globalId("ReportedFigure", f1.id),
    f2: globalId("ReportedFigure", f2.id),
    f3: globalId("ReportedFigure", f3.id),
    inactive: globalId("User", inactive.id),
  });
});
afterAll(() => server?.close());

const nodesOf = <T>(connection: { edges: { node: T }[] }) => connection.edges.map((e) => e.node);

describe("sources", () => {
  const SOURCES = graphql(`query Sources($kind: SourceKind, $text: String) {
    sources(first: 100, kind: $kind, text: $text) { edges { node { id kind url title publisher reliability publishedAt createdAt } } } }`);
  const sources = async (variables: VariablesOf<typeof SOURCES> = {}) =>
    nodesOf((await server.execute(SOURCES, variables, reviewer)).sources);

  it("lists sources newest first", async () => {
    const all = await sources();
    expect(all.map((s) => s.id)).toEqual(expect.arrayContaining([id.ministry, id.post, id.demoArticle]));
    for (let i = 1; i < all.length; i++) expect(Date.parse(all[i - 1]!.createdAt)).toBeGreaterThanOrEqual(Date.parse(all[i]!.createdAt));
    expect(all.findIndex((s) => s.id === id.post)).toBeLessThan(all.findIndex((s) => s.id === id.ministry));
    expect(all.find((s) => s.id === id.ministry)).toMatchObject({
      kind: "OFFICIAL_STATEMENT",
      url: "https://moh.example.gov/statements/7",
      title: "Statement on the floods",
      publisher: "Ministry of Health",
      reliability: "B",
      publishedAt: "2023-09-12T08:00:00.000Z",
    });
  });

  it("filters by kind", async () => {
    expect((await sources({ kind: "OFFICIAL_STATEMENT" })).map((s) => s.id)).toEqual([id.ministry]);
    expect(await sources({ kind: "DATASET" })).toEqual([]);
  });

  it("filters by text in the title, publisher or URL, case-insensitively", async () => {
    expect((await sources({ text: "FLOODS" })).map((s) => s.id)).toEqual([id.ministry]); // title
    expect((await sources({ text: "ministry of" })).map((s) => s.id)).toEqual([id.ministry]); // publisher
    expect((await sources({ text: "post/abc" })).map((s) => s.id)).toEqual([id.post]); // URL
    expect((await sources({ text: "russia and us" })).map((s) => s.id)).toEqual([id.demoArticle]);
    expect(await sources({ text: "statements", kind: "SOCIAL_POST" })).toEqual([]);
    // LIKE wildcards in the text are matched as themselves.
    expect(await sources({ text: "_" })).toEqual([]);
    expect(await sources({ text: "%" })).toEqual([]);
  });

  it("shows the claims appearing in a source, with their excerpts", async () => {
    const { node } = await server.execute(
      graphql(
        `query SourceAppearances($id: ID!) { node(id: $id) { ... on Source { appearances(first: 100) { edges { node { excerpt startOffset endOffset claim { id text } } } } } } }`,
      ),
      { id: id.demoArticle! },
      reviewer,
    );
    const appearances = nodesOf(narrow(node, "Source").appearances);
    const excerpts = Object.values(demo.claims).flatMap((c) => c.excerpts);
    expect(appearances.map((a) => a.excerpt).sort()).toEqual([...excerpts].sort());
    const article = readDemoDesk().articleText;
    for (const a of appearances) expect(article.slice(a.startOffset!, a.endOffset!)).toBe(a.excerpt);
  });
});

describe("entities", () => {
  const ENTITIES = graphql(`query Entities($name: String, $kind: EntityKind) {
    entities(first: 100, name: $name, kind: $kind) { edges { node { id kind name title aliases } } } }`);
  const entities = async (variables: VariablesOf<typeof ENTITIES> = {}) =>
    nodesOf((await server.execute(ENTITIES, variables, reviewer)).entities);

  it("lists entities by name", async () => {
    const all = await entities();
    expect(all).toHaveLength(Object.keys(demo.entities).length + 2);
    const names = all.map((e) => e.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
    expect(all.find((e) => e.id === id.nebenzia)).toMatchObject({
      kind: "PERSON",
      name: "Vassily Nebenzia",
      title: "Russia’s UN ambassador",
      aliases: ["Nebenzia"],
    });
  });

  it("finds an entity by part of its name, case-insensitively", async () => {
    expect((await entities({ name: "nebenz" })).map((e) => e.id)).toEqual([id.nebenzia]);
    expect((await entities({ name: "OBSERVATORY" })).map((e) => e.id)).toEqual([id.sohr]);
  });

  it("finds an entity by an alias, whole or in part, case-insensitively", async () => {
    expect((await entities({ name: "SOHR" })).map((e) => e.id)).toEqual([id.sohr]);
    expect((await entities({ name: "sohr" })).map((e) => e.id)).toEqual([id.sohr]);
    expect((await entities({ name: "the eu" })).map((e) => e.id)).toEqual([id.eu]);
    expect((await entities({ name: "libyan health" })).map((e) => e.id)).toEqual([id.moh]);
    expect(await entities({ name: "%" })).toEqual([]);
  });

  it("filters by kind", async () => {
    expect((await entities({ kind: "GOVERNMENT" })).map((e) => e.id)).toEqual([id.moh]);
    expect((await entities({ kind: "ORGANISATION", name: "union" })).map((e) => e.id)).toEqual([id.eu]);
  });

  it("lists the claims an entity made, newest first", async () => {
    const { node } = await server.execute(
      graphql(
        `query EntityClaims($id: ID!) { node(id: $id) { ... on Entity { claims(first: 10) { edges { node { text createdAt claimant { id } } } } } } }`,
      ),
      { id: id.nebenzia! },
      reviewer,
    );
    const claims = nodesOf(narrow(node, "Entity").claims);
    expect(claims.map((c) => c.text).sort()).toEqual(
      Object.values(demo.claims)
        .filter((c) => c.claimant === "nebenzia")
        .map((c) => c.text)
        .sort(),
    );
    expect(claims.every((c) => c.claimant!.id === id.nebenzia)).toBe(true);
  });
});

describe("events", () => {
  const EVENTS = graphql(`query Events($text: String) { events(first: 100, text: $text) { edges { node { id title place startDate } } } }`);
  const events = async (variables: VariablesOf<typeof EVENTS> = {}) => nodesOf((await server.execute(EVENTS, variables, reviewer)).events);

  it("lists events most recent first, undated ones last", async () => {
    expect((await events()).map((e) => e.id)).toEqual([id.demoEvent, id.derna, id.hatay, id.undated]);
  });

  it("filters by title text, case-insensitively", async () => {
    expect((await events({ text: "DERNA" })).map((e) => e.id)).toEqual([id.derna]);
    expect((await events({ text: "in" })).map((e) => e.id)).toEqual([id.demoEvent, id.derna, id.hatay]);
    expect(await events({ text: "volcano" })).toEqual([]);
    expect(await events({ text: "%" })).toEqual([]);
  });

  it("shows an event's claims and its figures, optionally of one metric", async () => {
    const { node: dernaNode } = await server.execute(
      graphql(`query EventClaimsAndFigures($id: ID!) { node(id: $id) { ... on Event { title place
         claims(first: 50) { edges { node { id } } }
         all: figures(first: 50) { edges { node { id } } }
         missing: figures(first: 50, metric: MISSING) { edges { node { id } } } } } }`),
      { id: id.derna! },
      reviewer,
    );
    const node = narrow(dernaNode, "Event");
    expect(node).toMatchObject({ title: "Floods in Derna", place: "Derna, Libya" });
    expect(node.claims.edges).toEqual([]);
    expect(nodesOf(node.all).map((f) => f.id)).toEqual([id.f3, id.f1, id.f2]); // in the order reported
    expect(nodesOf(node.missing).map((f) => f.id)).toEqual([id.f3, id.f2]);
    const demoEvent = await server.execute(
      graphql(`query EventClaims($id: ID!) { node(id: $id) { ... on Event { claims(first: 50) { edges { node { id } } } } } }`),
      { id: id.demoEvent! },
      reviewer,
    );
    expect(narrow(demoEvent.node, "Event").claims.edges).toHaveLength(Object.keys(demo.claims).length);
  });
});

describe("media", () => {
  const MEDIA = graphql(`query Media($verification: MediaVerification, $graphic: Boolean) {
    media(first: 100, verification: $verification, graphic: $graphic) {
      edges { node { id kind verification unverifiedReason graphic description hedge firstSeenSource { id } claims(first: 5) { edges { node { id text } } } } } } }`);
  const media = async (variables: VariablesOf<typeof MEDIA> = {}) => nodesOf((await server.execute(MEDIA, variables, reviewer)).media);

  it("lists media newest first", async () => {
    expect((await media()).map((m) => m.id)).toEqual([id.staged, id.image, id.demoVideo]);
  });

  it("filters by verification status and by graphic content", async () => {
    expect((await media({ verification: "STAGED" })).map((m) => m.id)).toEqual([id.staged]);
    expect((await media({ verification: "UNVERIFIED" })).map((m) => m.id)).toEqual([id.demoVideo]);
    expect((await media({ graphic: true })).map((m) => m.id)).toEqual([id.staged, id.demoVideo]);
    expect((await media({ graphic: false })).map((m) => m.id)).toEqual([id.image]);
    expect(await media({ graphic: false, verification: "STAGED" })).toEqual([]);
  });

  it("shows a media item's provenance and the claims about it", async () => {
    const all = await media();
    const video = all.find((m) => m.id === id.demoVideo);
    const demoMedia = demo.media[0]!;
    expect(video).toMatchObject({
      kind: "VIDEO",
      verification: "UNVERIFIED",
      unverifiedReason: demoMedia.unverifiedReason,
      graphic: true,
      hedge: demoMedia.hedge,
      firstSeenSource: { id: id.demoArticle },
    });
    expect(nodesOf(video!.claims).map((c) => c.text)).toEqual([demo.claims[demoMedia.claim]!.text]);
    expect(all.find((m) => m.id === id.staged)!.firstSeenSource).toEqual({ id: id.post });
  });
});

describe("figures", () => {
  const FIGURES = graphql(`query Figures($filter: FigureFilter) {
    figures(first: 100, filter: $filter) { edges { node { id metric subject qualifier low high statedText reportedAt
      periodText event { id } source { id } attributedTo { id name } claim { id } } } } }`);
  const figures = async (filter: VariablesOf<typeof FIGURES>["filter"] = null) =>
    nodesOf((await server.execute(FIGURES, { filter }, reviewer)).figures);

  it("lists every figure in the order reported", async () => {
    const all = await figures();
    expect(all).toHaveLength(demo.figures.length + 3);
    for (let i = 1; i < all.length; i++) expect(Date.parse(all[i - 1]!.reportedAt)).toBeLessThanOrEqual(Date.parse(all[i]!.reportedAt));
  });

  it("filters by event, metric, source and attributed entity, alone and together", async () => {
    expect((await figures({ event: id.derna })).map((f) => f.id)).toEqual([id.f3, id.f1, id.f2]);
    const demoFigures = await figures({ event: id.demoEvent });
    expect(demoFigures.map((f) => f.statedText)).toEqual(demo.figures.map((f) => f.statedText));
    expect(demoFigures.every((f) => f.source.id === id.demoArticle && f.claim !== null)).toBe(true);
    expect((await figures({ metric: "MISSING" })).map((f) => f.id)).toEqual([id.f3, id.f2]);
    expect((await figures({ metric: "KILLED" })).map((f) => f.id)).toHaveLength(demo.figures.length + 1);
    expect((await figures({ source: id.ministry })).map((f) => f.id)).toEqual([id.f3, id.f1]);
    expect((await figures({ attributedTo: id.sohr })).map((f) => f.id)).toEqual([id.f2]);
    expect((await figures({ event: id.derna, metric: "MISSING", attributedTo: id.moh })).map((f) => f.id)).toEqual([id.f3]);
    expect(await figures({ event: id.hatay })).toEqual([]);
  });

  it("filters by when figures were reported, and by what changed since a moment, to keep a copy in sync", async () => {
    expect((await figures({ event: id.derna, reportedSince: "2023-09-12T08:00:00Z" })).map((f) => f.id)).toEqual([id.f1, id.f2]);
    expect((await figures({ event: id.derna, reportedBefore: "2023-09-12T08:00:00Z" })).map((f) => f.id)).toEqual([id.f3]);
    expect((await figures({ reportedSince: "2023-09-11T00:00:00Z", reportedBefore: "2023-09-13T00:00:00Z" })).map((f) => f.id)).toEqual([
      id.f3,
      id.f1,
    ]);

    const lastPull = new Date().toISOString();
    expect(await figures({ changedSince: lastPull })).toEqual([]);
    const UpdateFigure = graphql(`mutation CorrectFigure($id: ID!, $v: Int!) {
      updateFigure(input: { id: $id, expectedVersion: $v, periodText: "by Tuesday evening" }) { __typename } }`);
    const corrected = await server.execute(UpdateFigure, { id: id.f1!, v: 1 }, editor);
    expect(corrected.updateFigure.__typename).toBe("UpdateFigureSuccess");
    const changed = await figures({ changedSince: lastPull });
    expect(changed.map((f) => [f.id, f.periodText])).toEqual([[id.f1, "by Tuesday evening"]]);
  });

  it("keeps each figure exactly as stated, with its bounds and attribution", async () => {
    const [f2] = await figures({ source: id.post });
    expect(f2).toMatchObject({
      id: id.f2,
      metric: "MISSING",
      qualifier: "AT_LEAST",
      low: 10000,
      high: null,
      statedText: "at least 10,000 missing",
      event: { id: id.derna },
      attributedTo: { id: id.sohr, name: "Syrian Observatory for Human Rights" },
      claim: null,
    });
  });
});

describe("users and me", () => {
  const USERS = graphql(
    `query Users($all: Boolean) { users(first: 100, includeInactive: $all) { edges { node { id name role email active } } } }`,
  );

  it("me is the signed-in user, and null for anonymous visitors", async () => {
    expect((await server.execute(graphql(`query Me { me { id name role email } }`), {}, reviewer)).me).toEqual({
      id: reviewer.id,
      name: "Catalog Reviewer",
      role: "REVIEWER",
      email: reviewer.email,
    });
    expect((await server.execute(graphql(`query Me { me { id } }`), {}, anonymous)).me).toBeNull();
  });

  it("lists active users by name, deactivated ones only when asked", async () => {
    const active = nodesOf((await server.execute(USERS, {}, reviewer)).users);
    expect(active.map((u) => u.name)).toEqual([...active.map((u) => u.name)].sort((a, b) => a.localeCompare(b, "en")));
    expect(active.map((u) => u.id)).not.toContain(id.inactive);
    expect(active.map((u) => u.id)).toEqual(expect.arrayContaining([reviewer.id, editor.id, server.admin.id]));
    expect(active).toHaveLength(demo.users.length + 3);
    const all = nodesOf((await server.execute(USERS, { all: true }, reviewer)).users);
    expect(all.find((u) => u.id === id.inactive)).toMatchObject({ name: "Aaron Gone", active: false });
  });

  it("shows an email only to its owner and to admins", async () => {
    const asReviewer = nodesOf((await server.execute(USERS, {}, reviewer)).users);
    expect(asReviewer.find((u) => u.id === reviewer.id)!.email).toBe(reviewer.email);
    expect(asReviewer.find((u) => u.id === editor.id)!.email).toBeNull();
    const asAdmin = nodesOf((await server.execute(USERS, {}, server.admin)).users);
    expect(asAdmin.find((u) => u.id === editor.id)!.email).toBe(editor.email);
  });
});

describe("the verdict feed", () => {
  it("shows anonymous partners published verdicts, most recent first, and never one awaiting sign-off", async () => {
    const editorId = rawId(editor.id);
    const older = await seedClaim(db, publishedClaim(editorId));
    const newer = await seedClaim(db, publishedClaim(editorId));
    await db.verdict.updateMany({ where: { claimId: older.id }, data: { publishedAt: new Date("2024-01-01T00:00:00Z") } });
    await db.verdict.updateMany({ where: { claimId: newer.id }, data: { publishedAt: new Date("2024-06-01T00:00:00Z") } });
    const awaiting = await seedClaim(db, { status: "NEEDS_EDITOR", verdict: { state: "AWAITING_SIGN_OFF", publishedById: editorId } });
    const { verdicts } = await server.execute(
      // Before 2025: the demo desk's own verdicts were published just now.
      graphql(
        `query OlderVerdicts { verdicts(first: 50, includeRetracted: false, filter: { publishedBefore: "2025-01-01T00:00:00Z" }) { edges { node { id state publishedAt headline } } } }`,
      ),
      {},
      anonymous,
    );
    const feed = nodesOf(verdicts);
    const byClaim = async (claimId: string) => globalId("Verdict", (await db.verdict.findFirstOrThrow({ where: { claimId } })).id);
    expect(feed.map((v) => v.id)).toEqual([await byClaim(newer.id), await byClaim(older.id)]);
    expect(feed.map((v) => v.id)).not.toContain(await byClaim(awaiting.id));
    expect(feed.every((v) => v.state === "PUBLISHED")).toBe(true);
  });
});

describe("who may read the lists", () => {
  // Each list's document answers `{ [list]: { edges } }`.
  const LISTS: Record<string, Operation<Record<string, { edges: unknown[] }>, Record<string, never>>> = {
    sources: graphql(`query Sources { sources(first: 1) { edges { node { id } } } }`),
    entities: graphql(`query Entities { entities(first: 1) { edges { node { id } } } }`),
    events: graphql(`query Events { events(first: 1) { edges { node { id } } } }`),
    media: graphql(`query Media { media(first: 1) { edges { node { id } } } }`),
    figures: graphql(`query Figures { figures(first: 1) { edges { node { id } } } }`),
    users: graphql(`query Users { users(first: 1) { edges { node { id } } } }`),
  };

  it("refuses anonymous visitors every signed-in-only list, with a stable code", async () => {
    for (const [name, query] of Object.entries(LISTS)) {
      const response = await server.request(query, {}, anonymous);
      expect(response.data ?? null, name).toBeNull();
      expect(
        response.errors?.map((e) => e.extensions?.code),
        name,
      ).toEqual(["auth/forbidden"]);
    }
  });

  it("answers a made-up token with a clear error instead of treating it as a visitor", async () => {
    const madeUp = { ...reviewer, token: "not-a-real-token" };
    const response = await server.request(LISTS.sources!, {}, madeUp);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe("auth/invalid_token");
    expect(response.errors?.[0]?.message).toMatch(/sign in again/);
  });

  it("serves every list to a signed-in reviewer", async () => {
    for (const [name, query] of Object.entries(LISTS)) {
      const data = await server.execute(query, {}, reviewer);
      expect(data[name]!.edges, name).toHaveLength(1);
    }
  });
});
