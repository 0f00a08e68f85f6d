import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type Actor, type SignedInActor, type TestServer } from "../testkit/server.js";
import { graphql, narrow, type VariablesOf } from "../testkit/graphql.js";
import { globalId } from "../testkit/ids.js";
import { seedEvent, seedFigure, seedSource } from "../testkit/seed.js";
import { readDemoDesk } from "../../packages/server/src/seed/demo-desk.js";
import type { Db } from "../../packages/server/src/db.js";

// event.figureSummary(metric): for one event and metric, the lowest and highest bound reported, the latest figure
// from each source, the spread between those latest figures and the timeline of every report.

let server: TestServer;
let db: Db;
let reviewer: SignedInActor;
const demo = readDemoDesk().desk;
let demoEventId: string;
let floodsId: string;
const sourceIds: Record<string, string> = {};
const figureIds: Record<string, string> = {};

const SUMMARY = graphql(`query Summary($id: ID!, $metric: FigureMetric!, $subject: String) {
  node(id: $id) { ... on Event { figureSummary(metric: $metric, subject: $subject) {
    metric reportCount sourceCount lowestBound highestBound
    spread { lowest highest absolute relative }
    latestBySource { id statedText qualifier low high subject reportedAt source { id } }
    timeline { id statedText reportedAt source { id } }
  } } }
}`);

async function summary(eventId: string, metric: VariablesOf<typeof SUMMARY>["metric"], subject?: string, as: Actor = reviewer) {
  const data = await server.execute(SUMMARY, { id: eventId, metric, subject }, as);
  return narrow(data.node, "Event").figureSummary;
}

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  db = server.app.database.prisma;
  reviewer = await server.createUser("REVIEWER");
  demoEventId = globalId("Event", (await db.event.findFirstOrThrow({ where: { title: demo.event.title } })).id);

  // Three sources report the dead of one flood over five days; two of them revise their figure.
  const floods = await seedEvent(db, { title: "Floods", startDate: new Date("2023-09-10T00:00:00Z") });
  const other = await seedEvent(db, { title: "Another event" });
  floodsId = globalId("Event", floods.id);
  const ministry = await seedSource(db, { title: "Ministry" });
  const ngo = await seedSource(db, { title: "NGO" });
  const un = await seedSource(db, { title: "UN" });
  Object.assign(sourceIds, { ministry: globalId("Source", ministry.id), ngo: globalId("Source", ngo.id), un: globalId("Source", un.id) });
  const day = (d: number) => new Date(`2023-09-${String(d).padStart(2, "0")}T12:00:00Z`);
  const figures = {
    ministry100: await seedFigure(db, {
      eventId: floods.id,
      sourceId: ministry.id,
      metric: "KILLED",
      qualifier: "EXACT",
      low: 100,
      high: 100,
      reportedAt: day(11),
      statedText: "100 dead",
    }),
    ngo250to400: await seedFigure(db, {
      eventId: floods.id,
      sourceId: ngo.id,
      metric: "KILLED",
      qualifier: "RANGE",
      low: 250,
      high: 400,
      reportedAt: day(12),
      statedText: "between 250 and 400 dead",
    }),
    ministry300: await seedFigure(db, {
      eventId: floods.id,
      sourceId: ministry.id,
      metric: "KILLED",
      qualifier: "AT_LEAST",
      low: 300,
      high: null,
      reportedAt: day(13),
      statedText: "at least 300 dead",
    }),
    un500: await seedFigure(db, {
      eventId: floods.id,
      sourceId: un.id,
      metric: "KILLED",
      qualifier: "UP_TO",
      low: null,
      high: 500,
      reportedAt: day(14),
      statedText: "up to 500 dead",
    }),
    ngo200to240: await seedFigure(db, {
      eventId: floods.id,
      sourceId: ngo.id,
      metric: "KILLED",
      qualifier: "APPROXIMATELY",
      low: 200,
      high: 240,
      reportedAt: day(15),
      statedText: "about 220 dead",
      subject: "civilians",
    }),
    // Neither another metric nor another event counts.
    injured: await seedFigure(db, {
      eventId: floods.id,
      sourceId: ministry.id,
      metric: "INJURED",
      qualifier: "EXACT",
      low: 50,
      high: 50,
      reportedAt: day(16),
    }),
    elsewhere: await seedFigure(db, {
      eventId: other.id,
      sourceId: ministry.id,
      metric: "KILLED",
      qualifier: "EXACT",
      low: 9999,
      high: 9999,
      reportedAt: day(16),
    }),
    upToOnly: await seedFigure(db, {
      eventId: floods.id,
      sourceId: un.id,
      metric: "MISSING",
      qualifier: "UP_TO",
      low: null,
      high: 70,
      reportedAt: day(12),
    }),
  };
  for (const [key, figure] of Object.entries(figures)) figureIds[key] = globalId("ReportedFigure", figure.id);
});
afterAll(() => server?.close());

describe("figure summary", () => {
  it("summarises the demo event's death toll as the article reported it", async () => {
    const s = await summary(demoEventId, "KILLED");
    const killed = demo.figures.filter((f) => f.metric === "KILLED");
    expect(s).toMatchObject({
      metric: "KILLED",
      reportCount: killed.length,
      sourceCount: 1,
      lowestBound: Math.min(...killed.flatMap((f) => (f.low != null ? [f.low] : []))), // "hundreds" = 200
      highestBound: Math.max(...killed.map((f) => f.high ?? f.low!)), // "at least 1,300"
    });
    expect(s.lowestBound).toBe(200);
    expect(s.highestBound).toBe(1300);
    // Every report, in the order made (all at publication time, so in the article's order).
    expect(s.timeline.map((f) => f.statedText)).toEqual(killed.map((f) => f.statedText));
    expect(new Set(s.timeline.map((f) => f.reportedAt))).toEqual(new Set([demo.article.publishedAt]));
    // One source, so one latest report (of those made together, the most inclusive) and no spread between sources.
    expect(s.latestBySource).toHaveLength(1);
    expect(s.latestBySource[0]!.statedText).toBe("At least 1,300 people");
    expect(s.spread).toMatchObject({ absolute: 0, relative: 0 });
    expect(s.spread!.lowest).toBe(s.spread!.highest);
  });

  it("narrows the demo summary to one subject, case-insensitively", async () => {
    const people = await summary(demoEventId, "KILLED", "People");
    expect(people).toMatchObject({
      reportCount: 1,
      lowestBound: 1300,
      highestBound: 1300,
      spread: { lowest: 1300, highest: 1300, absolute: 0 },
    });
    expect(people.timeline.map((f) => f.statedText)).toEqual(["At least 1,300 people"]);
    const civilians = await summary(demoEventId, "KILLED", "civilians");
    expect(civilians).toMatchObject({ reportCount: 2, lowestBound: 200, highestBound: 999 });
  });

  it("gives the lowest and highest bound any report gives, over every report", async () => {
    const s = await summary(floodsId, "KILLED");
    expect(s.reportCount).toBe(5);
    expect(s.sourceCount).toBe(3);
    expect(s.lowestBound).toBe(100); // the ministry's first report, superseded later, still counts
    expect(s.highestBound).toBe(500); // "up to 500" has an upper bound only
  });

  it("takes the most recent report from each source, even when a source revised its figure down", async () => {
    const s = await summary(floodsId, "KILLED");
    expect(s.latestBySource.map((f) => f.id).sort()).toEqual([figureIds.ministry300, figureIds.ngo200to240, figureIds.un500].sort());
    // Ordered by source, one entry each.
    const sources = s.latestBySource.map((f) => f.source.id);
    expect(new Set(sources).size).toBe(3);
    expect(s.latestBySource.find((f) => f.source.id === sourceIds.ngo)).toMatchObject({
      qualifier: "APPROXIMATELY",
      low: 200,
      high: 240,
    });
  });

  it("measures the spread between the sources' latest figures by their central values", async () => {
    const { spread } = await summary(floodsId, "KILLED");
    // Latest central values: ministry "at least 300" → 300, NGO 200–240 → 220, UN "up to 500" → 500.
    expect(spread).toMatchObject({ lowest: 220, highest: 500, absolute: 280 });
    expect(spread!.relative).toBeCloseTo(0.56, 10);
  });

  it("lists every report of the metric in the order made, and nothing from other metrics or events", async () => {
    const s = await summary(floodsId, "KILLED");
    expect(s.timeline.map((f) => f.id)).toEqual([
      figureIds.ministry100,
      figureIds.ngo250to400,
      figureIds.ministry300,
      figureIds.un500,
      figureIds.ngo200to240,
    ]);
    expect(s.timeline.map((f) => f.id)).not.toContain(figureIds.injured);
    expect(s.timeline.map((f) => f.id)).not.toContain(figureIds.elsewhere);
  });

  it("handles a metric reported only as an upper bound, and one never reported", async () => {
    const missing = await summary(floodsId, "MISSING");
    expect(missing).toMatchObject({
      reportCount: 1,
      sourceCount: 1,
      lowestBound: null,
      highestBound: 70,
      spread: { lowest: 70, highest: 70, absolute: 0, relative: 0 },
    });
    const displaced = await summary(floodsId, "DISPLACED");
    expect(displaced).toEqual({
      metric: "DISPLACED",
      reportCount: 0,
      sourceCount: 0,
      lowestBound: null,
      highestBound: null,
      spread: null,
      latestBySource: [],
      timeline: [],
    });
  });

  it("does not compare one incident's count with running totals, but keeps it in the timeline", async () => {
    // A war: the ministry's running total, a monitor's count of one strike the next day, a report that says neither.
    const war = await seedEvent(db, { title: "War" });
    const [ministry, monitor, wire] = [
      await seedSource(db, { title: "Ministry" }),
      await seedSource(db, { title: "Monitor" }),
      await seedSource(db, { title: "Wire" }),
    ];
    const figure = (sourceId: string, low: number, day: number, scope: "CUMULATIVE" | "INCIDENT" | null) =>
      seedFigure(db, {
        eventId: war.id,
        sourceId,
        metric: "KILLED",
        qualifier: "EXACT",
        low,
        high: low,
        reportedAt: new Date(`2024-05-${day}T12:00:00Z`),
        scope,
      });
    await figure(ministry.id, 1300, 10, "CUMULATIVE");
    const strike = await figure(monitor.id, 17, 11, "INCIDENT");
    await figure(wire.id, 1250, 11, null);
    const toll = await summary(globalId("Event", war.id), "KILLED");
    expect(toll.latestBySource.map((f) => f.low).sort()).toEqual([1250, 1300]);
    expect(toll.spread).toMatchObject({ lowest: 1250, highest: 1300 });
    expect(toll.timeline.map((f) => f.id)).toContain(globalId("ReportedFigure", strike.id));
    expect(toll).toMatchObject({ reportCount: 3, sourceCount: 3 });

    // An event of incident counts only (one bombing, as each outlet counted it) compares them as before.
    const bombing = await seedEvent(db, { title: "Bombing" });
    for (const [sourceId, low] of [
      [ministry.id, 12],
      [monitor.id, 15],
    ] as const)
      await seedFigure(db, {
        eventId: bombing.id,
        sourceId,
        metric: "KILLED",
        qualifier: "EXACT",
        low,
        high: low,
        reportedAt: new Date("2024-05-12T12:00:00Z"),
        scope: "INCIDENT",
      });
    expect((await summary(globalId("Event", bombing.id), "KILLED")).spread).toMatchObject({ lowest: 12, highest: 15 });
  });

  it("is for signed-in users only", async () => {
    const response = await server.request(SUMMARY, { id: floodsId, metric: "KILLED" }, anonymous);
    expect(response.data?.node ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe("auth/forbidden");
  });
});
