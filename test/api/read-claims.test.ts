import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type Actor, type SignedInActor, type TestServer } from "../testkit/server.js";
import { graphql, type Operation, type VariablesOf } from "../testkit/graphql.js";
import { globalId, rawId } from "../testkit/ids.js";
import { publishedClaim, seedClaim, seedEntity, seedEvent } from "../testkit/seed.js";
import type { Db } from "../../packages/server/src/db.js";

// The claim list and claim page as reviewers and anonymous visitors read them, on the demo desk plus seeded claims
// whose statuses, kinds, tags, claimants, events, verdicts and texts each filter must tell apart.

let server: TestServer;
let db: Db;
let reviewer: SignedInActor;
let editor: SignedInActor;
const id: Record<string, string> = {};
let demoEventId: string;
let nebenziaId: string;

const DEMO_CLAIMS = 12;
/** Demo claims by where the demo's review left them (two published verdicts, one retracted: back in review). */
const demo = { withVerdict: [] as string[], published: [] as string[], inReview: [] as string[], new: [] as string[] };
/** Seeded claims a reviewer sees in the default list (the merged duplicate is hidden). */
const SEEDED_VISIBLE = 4;

const LIST = graphql(`query Claims($filter: ClaimFilter, $orderBy: ClaimOrder) {
  claims(first: 100, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { node { id text kind status createdAt updatedAt claimDate checkworthiness verdict { state } } }
  }
}`);
type ClaimFilter = VariablesOf<typeof LIST>["filter"];

async function list(filter: ClaimFilter, as: Actor = reviewer, orderBy?: VariablesOf<typeof LIST>["orderBy"]) {
  const data = await server.execute(LIST, { filter, ...(orderBy ? { orderBy } : {}) }, as);
  const nodes = data.claims.edges.map((e) => e.node);
  expect(data.claims.totalCount, "totalCount counts the same claims the list returns").toBe(nodes.length);
  return nodes;
}

const idsOf = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();
const expectIds = async (filter: ClaimFilter, expected: string[], as: Actor = reviewer) =>
  expect(idsOf(await list(filter, as))).toEqual([...expected].sort());

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  db = server.app.database.prisma;
  reviewer = await server.createUser("REVIEWER", "Rita Reviewer");
  editor = await server.createUser("EDITOR", "Eddie Editor");
  const editorId = rawId(editor.id);
  const claimant = await seedEntity(db, { name: "Filterina Claimant" });
  const event = await seedEvent(db, { title: "Bridge collapse" });
  id.claimant = globalId("Entity", claimant.id);
  id.event = globalId("Event", event.id);
  demoEventId = globalId("Event", (await db.event.findFirstOrThrow({ where: { title: { startsWith: "Violence in coastal Syria" } } })).id);
  nebenziaId = globalId("Entity", (await db.entity.findFirstOrThrow({ where: { name: "Vassily Nebenzia" } })).id);
  for (const claim of await db.claim.findMany({ select: { id: true, status: true, currentVerdictId: true } })) {
    const gid = globalId("Claim", claim.id);
    if (claim.currentVerdictId) demo.withVerdict.push(gid);
    if (claim.status === "PUBLISHED") demo.published.push(gid);
    if (claim.status === "IN_REVIEW") demo.inReview.push(gid);
    if (claim.status === "NEW") demo.new.push(gid);
  }
  expect([demo.withVerdict.length, demo.published.length, demo.inReview.length]).toEqual([3, 2, 1]);

  const published = await seedClaim(db, {
    ...publishedClaim(editorId),
    text: "The bridge at Qardaha was destroyed on Tuesday",
    kind: "QUOTE",
    tags: ["bridge-story"],
    claimantId: claimant.id,
    eventId: event.id,
    checkworthiness: 0.9,
    claimDate: new Date("2024-02-01T00:00:00Z"),
    appearances: 2,
    evidence: 3,
    ratedBy: [rawId(reviewer.id)],
    media: 1,
  });
  const inReview = await seedClaim(db, {
    text: "The BRIDGE was rebuilt within a week",
    status: "IN_REVIEW",
    tags: ["bridge-story", "rebuild"],
    claimantId: claimant.id,
    assigneeId: rawId(reviewer.id),
    checkworthiness: 0.2,
  });
  const awaiting = await seedClaim(db, {
    text: "Nine hundred families were displaced",
    kind: "FIGURE",
    status: "NEEDS_EDITOR",
    tags: ["displacement"],
    eventId: event.id,
    claimDate: new Date("2024-03-01T00:00:00Z"),
    verdict: { state: "AWAITING_SIGN_OFF", publishedById: editorId },
  });
  const merged = await seedClaim(db, { text: "Video shows the bridge intact", kind: "MEDIA", mergedIntoId: published.id });
  const archived = await seedClaim(db, {
    text: "Archived claim about a market fire",
    kind: "EVENT",
    status: "ARCHIVED",
    tags: ["rebuild"],
  });
  for (const [key, claim] of Object.entries({ published, inReview, awaiting, merged, archived })) id[key] = globalId("Claim", claim.id);
});
afterAll(() => server?.close());

describe("claims for a signed-in reviewer", () => {
  it("lists every claim except merged duplicates, with a matching totalCount", async () => {
    const nodes = await list(null);
    expect(nodes).toHaveLength(DEMO_CLAIMS + SEEDED_VISIBLE);
    expect(idsOf(nodes)).not.toContain(id.merged);
    expect(idsOf(nodes)).toEqual(expect.arrayContaining([id.published, id.inReview, id.awaiting, id.archived]));
  });

  it("filters by status (any of several)", async () => {
    await expectIds({ status: ["IN_REVIEW", "NEEDS_EDITOR"] }, [id.inReview!, id.awaiting!, ...demo.inReview]);
    await expectIds({ status: ["NEW"] }, demo.new);
    await expectIds({ status: ["ARCHIVED"] }, [id.archived!]);
  });

  it("filters by kind (any of several)", async () => {
    const nodes = await list({ kind: ["QUOTE", "FIGURE"] });
    expect(nodes).toHaveLength(2 + 2 + 2); // two demo quotes, two demo figures, two seeded
    expect(new Set(nodes.map((n) => n.kind))).toEqual(new Set(["QUOTE", "FIGURE"]));
    await expectIds({ kind: ["EVENT"] }, [id.archived!]);
  });

  it("filters by tag", async () => {
    await expectIds({ tag: "rebuild" }, [id.inReview!, id.archived!]);
    await expectIds({ tag: "bridge-story" }, [id.published!, id.inReview!]);
    expect(await list({ tag: "death-toll" })).toHaveLength(2);
    expect(await list({ tag: "no-such-tag" })).toEqual([]);
  });

  it("filters by claimant", async () => {
    await expectIds({ claimant: id.claimant }, [id.published!, id.inReview!]);
    const nebenzia = await list({ claimant: nebenziaId });
    expect(nebenzia).toHaveLength(3);
    expect(nebenzia.every((n) => n.text.length > 0)).toBe(true);
    expect(await list({ claimant: globalId("Entity", "no-such-entity") })).toEqual([]);
  });

  it("filters by event", async () => {
    await expectIds({ event: id.event }, [id.published!, id.awaiting!]);
    expect(await list({ event: demoEventId })).toHaveLength(DEMO_CLAIMS);
  });

  it("filters by whether a verdict exists", async () => {
    await expectIds({ hasVerdict: true }, [id.published!, id.awaiting!, ...demo.withVerdict]);
    const without = await list({ hasVerdict: false });
    expect(without).toHaveLength(DEMO_CLAIMS + SEEDED_VISIBLE - 2 - demo.withVerdict.length);
    expect(without.every((n) => n.verdict === null)).toBe(true);
  });

  it("filters by text: every word must occur, case-insensitively", async () => {
    await expectIds({ text: "bridge" }, [id.published!, id.inReview!]);
    await expectIds({ text: "  qardaha   BRIDGE " }, [id.published!]);
    await expectIds({ text: "bridge fire" }, []);
    // A claimant's name counts too, as in the header search: the demo's claims by Nebenzia (none says his name).
    const byNebenzia = await list({ text: "Nebenzia" });
    expect(byNebenzia.length).toBeGreaterThan(0);
    expect(byNebenzia.every((n) => !n.text.includes("Nebenzia"))).toBe(true);
    // LIKE wildcards are matched as themselves, not as "anything".
    await expectIds({ text: "%" }, []);
    await expectIds({ text: "bridge_was" }, []);
    expect((await list({ text: "UN Security Council" })).length).toBeGreaterThan(0);
  });

  it("shows merged duplicates only when asked", async () => {
    await expectIds({ text: "bridge", includeMerged: true }, [id.published!, id.inReview!, id.merged!]);
  });

  it("filters by assignee and by 'assigned to me'", async () => {
    await expectIds({ assignee: reviewer.id }, [id.inReview!]);
    await expectIds({ assignedToMe: true }, [id.inReview!], reviewer);
    await expectIds({ assignedToMe: true }, [], editor);
  });

  it("filters by whether anybody is assigned: 'unassigned' lists the claims nobody works on yet", async () => {
    const assigned = (await db.claim.findMany({ where: { assigneeId: { not: null }, mergedIntoId: null }, select: { id: true } })).map(
      (c) => globalId("Claim", c.id),
    );
    expect(assigned).toContain(id.inReview);
    const everyone = idsOf(await list(null));
    await expectIds(
      { unassigned: true },
      everyone.filter((claim) => !assigned.includes(claim)),
    );
    await expectIds({ unassigned: false }, assigned);
    await expectIds({ unassigned: true, status: ["ARCHIVED"] }, [id.archived!]);
    // Nobody and somebody at once: all conditions must hold, so none does.
    await expectIds({ unassigned: true, assignee: reviewer.id }, []);
    await expectIds({ unassigned: true, assignedToMe: true }, [], reviewer);
  });

  it("combines filters: all conditions must hold", async () => {
    await expectIds({ tag: "bridge-story", status: ["IN_REVIEW"] }, [id.inReview!]);
    await expectIds({ claimant: id.claimant, hasVerdict: true, kind: ["QUOTE"], text: "destroyed" }, [id.published!]);
    await expectIds({ event: id.event, kind: ["STATEMENT"] }, []);
  });
});

describe("claim ordering", () => {
  it("lists newest first by default, and OLDEST is exactly the reverse", async () => {
    const newest = await list(null);
    for (let i = 1; i < newest.length; i++) {
      expect(Date.parse(newest[i - 1]!.createdAt)).toBeGreaterThanOrEqual(Date.parse(newest[i]!.createdAt));
    }
    expect((await list(null, reviewer, "NEWEST")).map((n) => n.id)).toEqual(newest.map((n) => n.id));
    expect((await list(null, reviewer, "OLDEST")).map((n) => n.id)).toEqual(newest.map((n) => n.id).reverse());
    // Seeded claims were created after the demo desk.
    expect(newest[0]!.id).toBe(id.archived);
  });

  it("MOST_CHECKWORTHY puts the highest score first and unscored claims last", async () => {
    const nodes = await list(null, reviewer, "MOST_CHECKWORTHY");
    const scores = nodes.map((n) => n.checkworthiness);
    const scored = scores.filter((score) => score !== null);
    // The demo's claims were scored when saved; the seeded ones without a score come last.
    expect(scores.slice(scored.length).every((score) => score === null)).toBe(true);
    expect(scored).toEqual([...scored].sort((a, b) => b - a));
    const ids = nodes.map((n) => n.id);
    expect(ids.indexOf(id.published!)).toBeLessThan(ids.indexOf(id.inReview!));
  });

  it("CLAIM_DATE puts the most recent claim date first and undated claims last", async () => {
    const nodes = await list(null, reviewer, "CLAIM_DATE");
    const dated = nodes.filter((n) => n.claimDate !== null);
    expect(nodes.slice(0, dated.length)).toEqual(dated);
    for (let i = 1; i < dated.length; i++) {
      expect(Date.parse(dated[i - 1]!.claimDate!)).toBeGreaterThanOrEqual(Date.parse(dated[i]!.claimDate!));
    }
    const seededOrder = dated.map((n) => n.id).filter((x) => x === id.awaiting || x === id.published);
    expect(seededOrder).toEqual([id.awaiting, id.published]);
  });

  it("RECENTLY_UPDATED puts the claim changed last first", async () => {
    await db.claim.update({ where: { id: rawId(id.awaiting!) }, data: { place: "Tartus" } });
    const nodes = await list(null, reviewer, "RECENTLY_UPDATED");
    expect(nodes[0]!.id).toBe(id.awaiting);
    for (let i = 1; i < nodes.length; i++) {
      expect(Date.parse(nodes[i - 1]!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(nodes[i]!.updatedAt));
    }
  });
});

const CLAIM_PAGE = graphql(`query ClaimPage($id: ID!, $history: Boolean, $removed: Boolean) {
  claim(id: $id) {
    id text normalizedText kind status tags checkworthiness claimDate version
    claimant { id name }
    event { id title }
    assignee { id }
    appearances { edges { node { id excerpt source { id url } } } }
    evidence(includeRemoved: $removed) { edges { node { id stance excerpt removedAt source { id url } } } }
    ratings(includeHistory: $history) { edges { node { id label confidence current reviewer { id name } citedEvidence { id } } } }
    verdict { id state label headline publishedBy { id name } citedEvidence { id } }
    media { edges { node { id kind description firstSeenSource { url } } } }
    figures { edges { node { id statedText } } }
  }
}`);

describe("one claim", () => {
  it("returns the claim with claimant, event, appearances, evidence, ratings, verdict and media", async () => {
    const claim = (await server.execute(CLAIM_PAGE, { id: id.published! }, reviewer)).claim!;
    expect(claim).toMatchObject({
      id: id.published,
      text: "The bridge at Qardaha was destroyed on Tuesday",
      normalizedText: "the bridge at qardaha was destroyed on tuesday",
      kind: "QUOTE",
      status: "PUBLISHED",
      tags: ["bridge-story"],
      checkworthiness: 0.9,
      claimDate: "2024-02-01T00:00:00.000Z",
      version: 1,
      claimant: { id: id.claimant, name: "Filterina Claimant" },
      event: { id: id.event, title: "Bridge collapse" },
      assignee: null,
      verdict: { state: "PUBLISHED", publishedBy: { id: editor.id, name: "Eddie Editor" } },
    });
    expect(claim.appearances.edges).toHaveLength(2);
    for (const { node } of claim.appearances.edges) expect(node.source.url).toMatch(/^https:\/\/seed\.example\.org\/appearance\//);
    expect(claim.evidence.edges.map((e) => e.node.stance)).toEqual(["SUPPORTS", "REFUTES", "CONTEXT"]);
    for (const { node } of claim.evidence.edges) expect(node.source.url).toMatch(/^https:\/\/seed\.example\.org\/evidence\//);
    const evidenceIds = claim.evidence.edges.map((e) => e.node.id).sort();
    // Only the reviewer's current rating by default; it cites all three pieces of evidence.
    expect(claim.ratings.edges).toHaveLength(1);
    expect(claim.ratings.edges[0]!.node).toMatchObject({
      label: "MOSTLY_TRUE",
      confidence: 80,
      current: true,
      reviewer: { id: reviewer.id, name: "Rita Reviewer" },
    });
    expect(claim.ratings.edges[0]!.node.citedEvidence.map((e) => e.id).sort()).toEqual(evidenceIds);
    expect(claim.verdict!.citedEvidence.map((e) => e.id).sort()).toEqual(evidenceIds);
    expect(claim.media.edges).toHaveLength(1);
    expect(claim.media.edges[0]!.node.firstSeenSource!.url).toMatch(/^https:\/\/seed\.example\.org\/media\//);
    expect(claim.figures.edges).toEqual([]);
  });

  it("shows superseded ratings only with includeHistory, oldest first", async () => {
    const claim = (await server.execute(CLAIM_PAGE, { id: id.published!, history: true }, reviewer)).claim!;
    expect(claim.ratings.edges.map((e) => [e.node.label, e.node.current])).toEqual([
      ["MIXED", false],
      ["MOSTLY_TRUE", true],
    ]);
  });

  it("hides removed evidence unless includeRemoved", async () => {
    const claim = await seedClaim(db, { evidence: 3 });
    const removed = await db.evidence.findFirstOrThrow({ where: { claimId: claim.id, stance: "REFUTES" } });
    await db.evidence.update({ where: { id: removed.id }, data: { removedAt: new Date() } });
    const visible = (await server.execute(CLAIM_PAGE, { id: globalId("Claim", claim.id) }, reviewer)).claim!;
    expect(visible.evidence.edges.map((e) => e.node.stance)).toEqual(["SUPPORTS", "CONTEXT"]);
    const all = (await server.execute(CLAIM_PAGE, { id: globalId("Claim", claim.id), removed: true }, reviewer)).claim!;
    expect(all.evidence.edges.map((e) => e.node.stance)).toEqual(["SUPPORTS", "REFUTES", "CONTEXT"]);
    expect(all.evidence.edges[1]!.node.removedAt).not.toBeNull();
  });

  it("shows a demo figure claim with its figures and the graphic-media claim with its video", async () => {
    const [figureClaim] = await list({ text: "At least 1,300 people" });
    const figures = (await server.execute(CLAIM_PAGE, { id: figureClaim!.id }, reviewer)).claim!.figures.edges;
    expect(figures.map((e) => e.node.statedText)).toEqual(["At least 1,300 people", "over 800 civilians"]);
    const [mediaClaim] = await list({ kind: ["MEDIA"], tag: "graphic-media" });
    const media = (await server.execute(CLAIM_PAGE, { id: mediaClaim!.id }, reviewer)).claim!.media.edges;
    expect(media).toHaveLength(1);
    expect(media[0]!.node.kind).toBe("VIDEO");
  });

  it("returns null for an unknown claim and an error for an ID of another type", async () => {
    expect((await server.execute(CLAIM_PAGE, { id: globalId("Claim", "no-such-claim") }, reviewer)).claim).toBeNull();
    const wrongType = await server.request(CLAIM_PAGE, { id: id.claimant! }, reviewer);
    expect(wrongType.errors?.length).toBeGreaterThan(0);
    expect(wrongType.data?.claim ?? null).toBeNull();
  });
});

describe("claims for anonymous visitors", () => {
  it("lists only claims on which a published verdict stands", async () => {
    const nodes = await list(null, anonymous);
    expect(idsOf(nodes)).toEqual([id.published!, ...demo.published].sort());
    expect(nodes.map((n) => n.verdict?.state).sort()).toEqual(["PUBLISHED", "PUBLISHED", "PUBLISHED"]);
  });

  it("cannot widen the list with filters", async () => {
    // The demo's retracted verdict put its claim back in review: the desk's work again, so not the public's (the
    // retracted verdict keeps its page).
    await expectIds({ status: ["NEW", "IN_REVIEW", "NEEDS_EDITOR", "ARCHIVED"] }, [], anonymous);
    await expectIds({ hasVerdict: true }, [id.published!, ...demo.published], anonymous);
    await expectIds({ includeMerged: true, text: "bridge" }, [id.published!], anonymous);
    await expectIds({ event: demoEventId }, demo.published, anonymous);
  });

  it("gets null for claims that are not published, and the published one with its verdict", async () => {
    const query = graphql(`query PublicClaim($id: ID!) { claim(id: $id) { id text verdict { state headline } } }`);
    for (const hidden of [id.inReview!, id.awaiting!, id.archived!, id.merged!]) {
      const response = await server.request(query, { id: hidden }, anonymous);
      expect(response.data?.claim ?? null, `claim ${hidden} leaked to an anonymous visitor`).toBeNull();
    }
    const { claim } = await server.execute(query, { id: id.published! }, anonymous);
    expect(claim).toMatchObject({ id: id.published, verdict: { state: "PUBLISHED" } });
  });

  it("is refused the reviewers' ratings and the assignee of a published claim", async () => {
    const fields: [string, Operation<unknown, { id: string }>][] = [
      [
        "ratings { edges { node { id } } }",
        graphql(`query ClaimRatings($id: ID!) { claim(id: $id) { id ratings { edges { node { id } } } } }`),
      ],
      ["assignee { id }", graphql(`query ClaimAssignee($id: ID!) { claim(id: $id) { id assignee { id } } }`)],
    ];
    for (const [field, document] of fields) {
      const response = await server.request(document, { id: id.published! }, anonymous);
      expect(response.errors?.[0]?.extensions?.code, field).toBe("auth/forbidden");
      expect(JSON.stringify(response.data ?? null)).not.toContain("MOSTLY_TRUE");
    }
  });
});
