import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type Actor, type SignedInActor, type TestServer } from "../testkit/server.js";
import { graphql, narrow, type VariablesOf } from "../testkit/graphql.js";
import { globalId } from "../testkit/ids.js";
import { seedEntity, seedEvent, seedFigure, seedSource } from "../testkit/seed.js";
import { readDemoDesk } from "../../packages/server/src/seed/demo-desk.js";
import type { Db } from "../../packages/server/src/db.js";

// event.figureSummary(metric): for one event and metric, the reports compared like with like (one subject, one place;
// running totals without incident counts, numbers without vague words), each comparison's bounds, the latest figure
// from each reporter (who the figure is attributed to, or the outlet) and the spread between them, and the timeline.

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
    reporterCount
    spread { lowest highest absolute relative }
    latestBySource { id }
    latestByReporter { id statedText qualifier low high subject reportedAt source { id } reporter { key name } }
    comparison { subject place scope vagueOnly reporterCount lowestBound highestBound }
    comparisons {
      subject place placeNames scope vagueOnly reportCount reporterCount lowestBound highestBound
      spread { lowest highest absolute relative }
      latestByReporter { id statedText reporter { name } }
    }
    timeline { id statedText reportedAt source { id } }
  } } }
}`);

async function summary(eventId: string, metric: VariablesOf<typeof SUMMARY>["metric"], subject?: string, as: Actor = reviewer) {
  const data = await server.execute(SUMMARY, { id: eventId, metric, subject }, as);
  return narrow(data.node, "Event").figureSummary;
}

beforeAll(async () => {
  // The session cache is off so that every request reads its session (one statement) and statement counts compare:
  // a cached session expiring between two requests made them differ by one.
  server = await startTestServer({ demo: true, config: (d) => ({ caches: { ...d.caches, sessionSeconds: 0 } }) });
  db = server.app.database.prisma;
  reviewer = await server.createUser("REVIEWER");
  demoEventId = globalId("Event", (await db.event.findFirstOrThrow({ where: { title: demo.event.title } })).id);

  // Three sources report the dead of one flood over five days; two of them revise their figure.
  const floods = await seedEvent(db, { title: "Floods", startDate: new Date("2023-09-10T00:00:00Z") });
  const other = await seedEvent(db, { title: "Another event" });
  floodsId = globalId("Event", floods.id);
  // Three outlets reporting their own counts (nobody else is credited), so each is a reporter.
  const ministry = await seedSource(db, { title: "Ministry", publisher: "Ministry" });
  const ngo = await seedSource(db, { title: "NGO", publisher: "NGO" });
  const un = await seedSource(db, { title: "UN", publisher: "UN" });
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
  it("summarises the demo event's death toll comparing like with like: people with people, numbers before words", async () => {
    const s = await summary(demoEventId, "KILLED");
    const killed = demo.figures.filter((f) => f.metric === "KILLED");
    expect(s).toMatchObject({ metric: "KILLED", reportCount: killed.length, sourceCount: 1, reporterCount: 1 });
    // "At least 1,300 people" leads; "over 800 civilians" counts a part of them and is compared only with other
    // counts of civilians in Latakia and Tartus; "hundreds of civilian deaths" across Syria is vague, so its
    // conventional 200–999 gives a floor and no upper bound. The old summary gave bounds 200–1,300 from the three.
    expect(s).toMatchObject({ lowestBound: 1300, highestBound: 1300, comparison: { subject: "people", reporterCount: 1 } });
    expect(s.comparisons.map((c) => [c.subject, c.place, c.vagueOnly, c.lowestBound, c.highestBound])).toEqual([
      ["people", "Latakia and Tartus, Syria", false, 1300, 1300],
      ["civilians", "Latakia and Tartus, Syria", false, 800, 800],
      ["civilians", "Syria", true, 200, null],
    ]);
    // Every report, in the order made (all at publication time, so in the article's order).
    expect(s.timeline.map((f) => f.statedText)).toEqual(killed.map((f) => f.statedText));
    expect(new Set(s.timeline.map((f) => f.reportedAt))).toEqual(new Set([demo.article.publishedAt]));
    // One reporter, so one latest report and no spread between reporters: nothing to compare, not agreement.
    expect(s.latestByReporter.map((f) => f.statedText)).toEqual(["At least 1,300 people"]);
    expect(s.latestBySource).toEqual(s.latestByReporter.map(({ id }) => ({ id })));
    expect(s.spread).toBeNull();
  });

  it("narrows the demo summary to one subject, case and spacing aside", async () => {
    const people = await summary(demoEventId, "KILLED", "People");
    expect(people).toMatchObject({
      reportCount: 1,
      lowestBound: 1300,
      highestBound: 1300,
      spread: null,
    });
    expect(people.timeline.map((f) => f.statedText)).toEqual(["At least 1,300 people"]);
    // "hundreds" (200–999) is kept out of the bounds where a number exists: 999 was never reported.
    const civilians = await summary(demoEventId, "KILLED", "civilians");
    expect(civilians).toMatchObject({ reportCount: 2, lowestBound: 800, highestBound: 800 });
    // Spacing aside too, as the summary groups subjects.
    expect((await summary(demoEventId, "KILLED", "  PEOPLE ")).timeline.map((f) => f.statedText)).toEqual(["At least 1,300 people"]);
  });

  it("gives the lowest and highest bound any report gives, over every report", async () => {
    const s = await summary(floodsId, "KILLED");
    expect(s.reportCount).toBe(5);
    expect(s.sourceCount).toBe(3);
    expect(s.lowestBound).toBe(100); // the ministry's first report, superseded later, still counts
    expect(s.highestBound).toBe(500); // "up to 500" has an upper bound only
  });

  it("takes the most recent report from each reporter, even when a reporter revised its figure down", async () => {
    const s = await summary(floodsId, "KILLED");
    expect(s.latestByReporter.map((f) => f.id).sort()).toEqual([figureIds.ministry300, figureIds.ngo200to240, figureIds.un500].sort());
    // Ordered by reporter, one entry each; the deprecated latestBySource answers the same list.
    expect(s.latestByReporter.map((f) => f.reporter.name)).toEqual(["Ministry", "NGO", "UN"]);
    expect(s.latestBySource.map((f) => f.id)).toEqual(s.latestByReporter.map((f) => f.id));
    expect(s.latestByReporter.find((f) => f.source.id === sourceIds.ngo)).toMatchObject({
      qualifier: "APPROXIMATELY",
      low: 200,
      high: 240,
    });
  });

  it("measures the spread between the reporters' latest figures by their central values", async () => {
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
      spread: null,
    });
    const displaced = await summary(floodsId, "DISPLACED");
    expect(displaced).toEqual({
      metric: "DISPLACED",
      reportCount: 0,
      sourceCount: 0,
      lowestBound: null,
      highestBound: null,
      spread: null,
      reporterCount: 0,
      latestBySource: [],
      latestByReporter: [],
      comparison: null,
      comparisons: [],
      timeline: [],
    });
  });

  it("does not compare one incident's count with running totals, but keeps it in the timeline", async () => {
    // A war: the ministry's running total, a monitor's count of one strike the next day, a report that says neither.
    const war = await seedEvent(db, { title: "War" });
    const [ministry, monitor, wire] = [
      await seedSource(db, { title: "Ministry", publisher: "Ministry" }),
      await seedSource(db, { title: "Monitor", publisher: "Monitor" }),
      await seedSource(db, { title: "Wire", publisher: "Wire" }),
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
    expect(toll.latestByReporter.map((f) => f.low).sort()).toEqual([1250, 1300]);
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

  describe("compares reporters, not the outlets that carried them", () => {
    const at = (date: string) => new Date(`${date}T12:00:00Z`);
    const killed = (
      eventId: string,
      sourceId: string,
      low: number,
      reportedAt: Date,
      rest: Partial<Parameters<typeof seedFigure>[1]> = {},
    ) =>
      seedFigure(db, {
        eventId,
        sourceId,
        metric: "KILLED",
        qualifier: "AT_LEAST",
        low,
        high: null,
        reportedAt,
        scope: "CUMULATIVE",
        ...rest,
      });

    it("shows two reporters' figures carried by one article as a disagreement (was hidden as one source)", async () => {
      const event = await seedEvent(db, { title: "Coast, one article" });
      const reuters = await seedSource(db, { publisher: "Reuters", url: "https://www.reuters.com/world/syria-coast" });
      const ministry = await seedEntity(db, { kind: "ORGANISATION", name: "Health Ministry" });
      const observatory = await seedEntity(db, { kind: "ORGANISATION", name: "Syrian Observatory for Human Rights" });
      await killed(event.id, reuters.id, 1300, at("2025-03-10"), { attributedToId: ministry.id, statedText: "at least 1,300" });
      await killed(event.id, reuters.id, 2000, at("2025-03-10"), { attributedToId: observatory.id, statedText: "at least 2,000" });
      const s = await summary(globalId("Event", event.id), "KILLED");
      expect(s).toMatchObject({ sourceCount: 1, reporterCount: 2, spread: { lowest: 1300, highest: 2000, absolute: 700 } });
      expect(s.spread!.relative).toBeCloseTo(0.35, 10);
      expect(s.latestByReporter.map((f) => [f.reporter.name, f.low])).toEqual([
        ["Health Ministry", 1300],
        ["Syrian Observatory for Human Rights", 2000],
      ]);
    });

    it("takes one reporter's updated toll as an update, whichever outlet carried it (was a 7 % spread)", async () => {
      const event = await seedEvent(db, { title: "Coast, an update" });
      const first = await seedSource(db, { publisher: "S1" });
      const reuters = await seedSource(db, { publisher: "Reuters", url: "https://www.reuters.com/world/syria-coast-update" });
      const ministry = await seedEntity(db, { kind: "ORGANISATION", name: "Health Ministry" });
      await killed(event.id, first.id, 1300, at("2025-03-08"), { attributedToId: ministry.id });
      const update = await killed(event.id, reuters.id, 1400, at("2025-03-10"), { attributedToId: ministry.id });
      const s = await summary(globalId("Event", event.id), "KILLED");
      expect(s).toMatchObject({ sourceCount: 2, reporterCount: 1, spread: null });
      expect(s.latestByReporter.map((f) => f.id)).toEqual([globalId("ReportedFigure", update.id)]);
      // The bounds still say what was ever reported.
      expect(s).toMatchObject({ lowestBound: 1300, highestBound: 1400 });
    });

    it("groups unattributed figures by their outlet: two articles of one publisher are one reporter", async () => {
      const event = await seedEvent(db, { title: "Two articles of one wire" });
      const [a, b] = [await seedSource(db, { publisher: "Reuters" }), await seedSource(db, { publisher: "Reuters" })];
      await killed(event.id, a.id, 10, at("2025-03-08"));
      await killed(event.id, b.id, 14, at("2025-03-09"));
      const s = await summary(globalId("Event", event.id), "KILLED");
      expect(s).toMatchObject({ sourceCount: 2, reporterCount: 1, spread: null });
      expect(s.latestByReporter.map((f) => f.reporter.name)).toEqual(["Reuters"]);
    });

    it("takes a figure credited to an outlet as that outlet's own (was a 23 % spread between Reuters and Reuters)", async () => {
      // Ingest credits "…, Reuters reported" to the outlet's entity; the wire's later toll, credited to nobody, is its own.
      const event = await seedEvent(db, { title: "Quake, one wire" });
      const wire = await seedEntity(db, { kind: "MEDIA_OUTLET", name: "Reuters" });
      const [first, later] = [await seedSource(db, { publisher: "Reuters" }), await seedSource(db, { publisher: "AP" })];
      await killed(event.id, first.id, 40, at("2025-03-08"), { attributedToId: wire.id, statedText: "at least 40, Reuters reported" });
      const update = await killed(event.id, (await seedSource(db, { publisher: "Reuters" })).id, 52, at("2025-03-09"));
      // Another outlet carrying the wire's figure credits the same reporter.
      await killed(event.id, later.id, 30, at("2025-03-07"), { attributedToId: wire.id });
      const s = await summary(globalId("Event", event.id), "KILLED");
      expect(s).toMatchObject({ reporterCount: 1, spread: null });
      expect(s.latestByReporter.map((f) => [f.id, f.reporter.name])).toEqual([[globalId("ReportedFigure", update.id), "Reuters"]]);
      expect(new Set(s.latestByReporter.map((f) => f.reporter.key)).size).toBe(1);
    });
  });

  describe("compares like with like", () => {
    const at = new Date("2025-03-10T12:00:00Z");

    it("keeps a count of civilians apart from a count of people (was a 38 % spread)", async () => {
      const event = await seedEvent(db, { title: "People and civilians" });
      const [ministry, monitor] = [await seedSource(db, { publisher: "Ministry" }), await seedSource(db, { publisher: "Monitor" })];
      const base = { eventId: event.id, metric: "KILLED", reportedAt: at, high: null } as const;
      await seedFigure(db, {
        ...base,
        sourceId: ministry.id,
        qualifier: "AT_LEAST",
        low: 1300,
        subject: "people",
        statedText: "at least 1,300 people",
      });
      await seedFigure(db, {
        ...base,
        sourceId: monitor.id,
        qualifier: "MORE_THAN",
        low: 800,
        subject: "civilians",
        statedText: "over 800 civilians",
      });
      const s = await summary(globalId("Event", event.id), "KILLED");
      expect(s).toMatchObject({
        reporterCount: 2,
        lowestBound: 1300,
        highestBound: 1300,
        spread: null,
      });
      expect(s.comparisons).toMatchObject([
        { subject: "people", reporterCount: 1, lowestBound: 1300, highestBound: 1300 },
        { subject: "civilians", reporterCount: 1, lowestBound: 800, highestBound: 800, spread: null },
      ]);
    });

    it("keeps an incident's count out of the bounds where running totals exist", async () => {
      const event = await seedEvent(db, { title: "A strike in a war" });
      const [ministry, monitor] = [await seedSource(db, { publisher: "Ministry" }), await seedSource(db, { publisher: "Monitor" })];
      const base = { eventId: event.id, metric: "KILLED", qualifier: "EXACT" } as const;
      await seedFigure(db, { ...base, sourceId: ministry.id, low: 1300, high: 1300, reportedAt: at, scope: "CUMULATIVE" });
      const strike = await seedFigure(db, {
        ...base,
        sourceId: monitor.id,
        low: 12,
        high: 12,
        reportedAt: new Date("2025-03-11T12:00:00Z"),
        scope: "INCIDENT",
        statedText: "12 killed in the strike",
      });
      const s = await summary(globalId("Event", event.id), "KILLED");
      expect(s).toMatchObject({ lowestBound: 1300, highestBound: 1300, comparison: { scope: "CUMULATIVE", reporterCount: 1 } });
      expect(s.timeline.map((f) => f.id)).toContain(globalId("ReportedFigure", strike.id));
    });

    /** The deaths of an event as one outlet each (A, B, C …) reports them: an exact count and the place it names. */
    const tollsByPlace = async (title: string, reports: [low: number, place: string][]) => {
      const event = await seedEvent(db, { title });
      const base = { eventId: event.id, metric: "KILLED", qualifier: "EXACT", reportedAt: at } as const;
      for (const [i, [low, place]] of reports.entries()) {
        const outlet = await seedSource(db, { publisher: String.fromCharCode(65 + i) });
        await seedFigure(db, { ...base, sourceId: outlet.id, low, high: low, place });
      }
      return summary(globalId("Event", event.id), "KILLED");
    };

    it("compares places apart when reports name different places", async () => {
      const s = await tollsByPlace("Two provinces", [
        [900, "Latakia"],
        [1000, "latakia "],
        [400, "Tartus"],
      ]);
      expect(s.comparisons.map((x) => [x.place, x.reporterCount, x.spread?.lowest, x.spread?.highest])).toEqual([
        ["Latakia", 2, 900, 1000],
        ["Tartus", 1, undefined, undefined],
      ]);
    });

    it("compares a place with the same place named more fully (Derna and Derna, Libya), not with a wider one", async () => {
      const s = await tollsByPlace("Derna floods", [
        [5300, "Derna"],
        [11300, "Derna, Libya"],
        [6000, "Libya"],
      ]);
      expect(s.comparisons.map((x) => [x.place, x.placeNames, x.reporterCount, x.spread?.lowest, x.spread?.highest])).toEqual([
        ["Derna, Libya", ["Derna", "Derna, Libya"], 2, 5300, 11300],
        ["Libya", ["Libya"], 1, undefined, undefined],
      ]);
    });

    it("never takes a vague figure's conventional bounds (hundreds: 200–999) for reported numbers", async () => {
      const event = await seedEvent(db, { title: "Hundreds" });
      const [a, b] = [await seedSource(db, { publisher: "A" }), await seedSource(db, { publisher: "B" })];
      const base = { eventId: event.id, metric: "KILLED", reportedAt: at, subject: "civilians" } as const;
      await seedFigure(db, { ...base, sourceId: a.id, qualifier: "MORE_THAN", low: 800, high: null, statedText: "over 800 civilians" });
      await seedFigure(db, { ...base, sourceId: b.id, qualifier: "VAGUE", low: 200, high: 999, statedText: "hundreds of civilian deaths" });
      const s = await summary(globalId("Event", event.id), "KILLED");
      expect(s).toMatchObject({ lowestBound: 800, highestBound: 800, spread: null, reportCount: 2 });
      expect(s.latestByReporter.map((f) => f.statedText)).toEqual(["over 800 civilians"]);

      // Words alone: their floor is a lower bound, and there is neither an upper bound nor a spread to measure.
      const words = await seedEvent(db, { title: "Only words" });
      await seedFigure(db, { ...base, eventId: words.id, sourceId: b.id, qualifier: "VAGUE", low: 200, high: 999, statedText: "hundreds" });
      expect(await summary(globalId("Event", words.id), "KILLED")).toMatchObject({
        lowestBound: 200,
        highestBound: null,
        spread: null,
        comparison: { vagueOnly: true },
      });
    });
  });

  it("reads the reports it compares, with their reporters and sources, in as many statements for 3 reports as for 105", async () => {
    const event = await seedEvent(db, { title: "Many reports" });
    const outlets = [await seedSource(db, { publisher: "A" }), await seedSource(db, { publisher: "B" })];
    const ministry = await seedEntity(db, { kind: "ORGANISATION", name: "Ministry of Health" });
    const statements = async () =>
      (await server.request(SUMMARY, { id: globalId("Event", event.id), metric: "KILLED" }, reviewer)).extensions?.sqlStatements;
    const add = (from: number, to: number) =>
      Promise.all(
        Array.from({ length: to - from }, (_, i) =>
          seedFigure(db, {
            eventId: event.id,
            sourceId: outlets[(from + i) % 2]!.id,
            attributedToId: (from + i) % 3 === 0 ? ministry.id : null,
            metric: "KILLED",
            qualifier: "EXACT",
            low: 10 + from + i,
            high: 10 + from + i,
            reportedAt: new Date(Date.UTC(2024, 0, 1 + from + i)),
          }),
        ),
      );
    await add(0, 3);
    const few = await statements();
    await add(3, 105);
    expect(few).toBeTypeOf("number");
    expect(await statements()).toBe(few);
  });

  it("caps the timeline like a page (first 20 by default, first or last up to 100) and weighs it in the query cost", async () => {
    const event = await seedEvent(db, { title: "A long timeline" });
    const outlet = await seedSource(db, { publisher: "A" });
    const count = 130;
    await db.$executeRaw`
      INSERT INTO "ReportedFigure" ("id", "eventId", "sourceId", "metric", "subject", "qualifier", "low", "high", "statedText",
                                    "reportedAt", "updatedAt")
      SELECT ${event.id} || '-' || g, ${event.id}, ${outlet.id}, 'KILLED', 'people', 'EXACT', g, g, g || ' people',
             TIMESTAMP '2020-01-01' + g * INTERVAL '1 minute', now()
        FROM generate_series(1, ${count}) AS g`;
    const Timeline = graphql(`query CappedTimeline($id: ID!, $first: Int, $last: Int) { node(id: $id) { ... on Event {
      figureSummary(metric: KILLED) { reportCount timeline(first: $first, last: $last) { low } } } } }`);
    const id = globalId("Event", event.id);
    const timeline = async (args: { first?: number; last?: number }) => {
      const { figureSummary } = narrow((await server.execute(Timeline, { id, ...args }, reviewer)).node, "Event");
      expect(figureSummary.reportCount).toBe(count);
      return figureSummary.timeline.map((f) => f.low);
    };
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    expect(await timeline({})).toEqual(range(1, 20));
    expect(await timeline({ first: 100 })).toEqual(range(1, 100));
    expect(await timeline({ last: 5 })).toEqual(range(126, 130));
    for (const args of [{ first: 101 }, { last: 0 }, { first: 1, last: 1 }]) {
      const response = await server.request(Timeline, { id, ...args }, reviewer);
      expect(response.errors?.[0]?.extensions?.code, JSON.stringify(args)).toMatch(/^input\/(out_of_range|invalid)$/);
    }
    // Weighed like a page: 100 events' timelines of 100 reports each are more than one request may ask for.
    const everywhere = await server.request(
      graphql(`query EveryTimeline { events(first: 100) { edges { node { figureSummary(metric: KILLED) {
        timeline(first: 100) { id low high statedText } } } } } }`),
      {},
      reviewer,
    );
    expect(everywhere.errors?.[0]?.extensions?.code).toBe("request/too_expensive");
  });

  it("summarises an event of 40,000 reports of one count, in one reading of them", async () => {
    // Grouping the reports copied each group at every report it added: 40,000 reports took minutes in which the
    // server, busy in one synchronous loop, answered nobody (no request deadline can stop such a loop).
    const event = await seedEvent(db, { title: "A long war" });
    const outlets = [await seedSource(db, { publisher: "A" }), await seedSource(db, { publisher: "B" })];
    const count = 40_000;
    // Written by the database itself: Prisma's createMany of so many rows takes longer than the summary ever should.
    await db.$executeRaw`
      INSERT INTO "ReportedFigure" ("id", "eventId", "sourceId", "metric", "subject", "qualifier", "low", "high", "statedText",
                                    "reportedAt", "updatedAt")
      SELECT ${event.id} || '-' || g, ${event.id}, CASE WHEN g % 2 = 0 THEN ${outlets[0]!.id} ELSE ${outlets[1]!.id} END,
             'KILLED', 'people', 'EXACT', 100 + g, 100 + g, (100 + g) || ' people',
             TIMESTAMP '2020-01-01' + g * INTERVAL '1 minute', now()
        FROM generate_series(0, ${count - 1}) AS g`;
    const data = await server.execute(
      graphql(`query LongWarSummary($id: ID!) { node(id: $id) { ... on Event { figureSummary(metric: KILLED) {
        reportCount reporterCount lowestBound highestBound spread { lowest highest } } } } }`),
      { id: globalId("Event", event.id) },
      reviewer,
    );
    expect(narrow(data.node, "Event").figureSummary).toEqual({
      reportCount: count,
      reporterCount: 2,
      lowestBound: 100,
      highestBound: 100 + count - 1,
      spread: { lowest: 100 + count - 2, highest: 100 + count - 1 },
    });
  });

  it("is for signed-in users only: to anyone else the event is null, as if it did not exist", async () => {
    const response = await server.request(SUMMARY, { id: floodsId, metric: "KILLED" }, anonymous);
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ node: null });
  });
});
