import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type Actor, type TestServer } from "../testkit/server.js";
import { ErrorFields, factories, mutate } from "../testkit/factories.js";
import { graphql, narrow } from "../testkit/graphql.js";
import { repoRoot } from "../testkit/process.js";

const article = fs.readFileSync(path.join(repoRoot, "prisma/demo/syria-coast-article.txt"), "utf8");
const articleInput = {
  url: "https://news.example/world/syria-coast?utm_source=feed",
  title: "Moscow: Russia and US in Communication Regarding Syrian Crisis",
  publishedAt: "2025-03-10T18:00:00.000Z",
  text: article,
};

const PREVIEW = graphql(
  `query PreviewIngest($input: IngestArticleInput!) { previewIngest(input: $input) { __typename
  ... on IngestPreview { existingSource { id }
    statements { key kind text claimText speaker { name } speakerRole excerpt start end checkworthiness { score reasons } }
    figures { key metric subject qualifier low high scope statedText excerpt claimText statementKey place periodText periodStart periodEnd attributedTo { name } }
    media { key kind hedge graphic } maxItems }
  ...ErrorFields } }`,
  [ErrorFields],
);

const INGEST = graphql(
  `mutation IngestArticle($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename
  ... on IngestArticleSuccess { created source { id url }
    claims { id kind text status claimant { name } appearances { edges { node { excerpt startOffset } } } checkworthiness }
    figures { metric statedText qualifier low high scope event { id title } claim { id } }
    media { kind verification graphic hedge }
    events { id title } }
  ...ErrorFields } }`,
  [ErrorFields],
);

let server: TestServer;
let reviewer: Actor;

beforeAll(async () => {
  // The session cache is off so that every request reads its session (one statement) and statement counts compare:
  // a cached session expiring between two requests made them differ by one.
  server = await startTestServer({ config: (d) => ({ caches: { ...d.caches, sessionSeconds: 0 } }) });
  reviewer = await server.createUser("REVIEWER");
});
afterAll(() => server?.close());

describe("article ingest", () => {
  it("counts 'yesterday' and 'on Monday' from the day the article was published where it was published", async () => {
    const text =
      "Another 40 people were killed on Monday, according to the Syrian Observatory for Human Rights. Yesterday, 12 people were wounded in a strike.";
    const periods = async (publishedAt: string) => {
      const { previewIngest } = await server.execute(
        PREVIEW,
        { input: { url: `https://news.example/offsets-${encodeURIComponent(publishedAt)}`, text, publishedAt } },
        reviewer,
      );
      return narrow(previewIngest, "IngestPreview").figures.map((f) => [f.periodText, f.periodStart]);
    };
    // 01:00 on Monday 10 March in Damascus is still Sunday in UTC.
    expect(await periods("2025-03-10T01:00:00+03:00")).toEqual([
      ["on Monday", "2025-03-10T00:00:00.000Z"],
      ["Yesterday", "2025-03-09T00:00:00.000Z"],
    ]);
    // 23:30 on Monday 10 March in New York is Tuesday in UTC.
    expect(await periods("2025-03-10T23:30:00-05:00")).toEqual([
      ["on Monday", "2025-03-10T00:00:00.000Z"],
      ["Yesterday", "2025-03-09T00:00:00.000Z"],
    ]);
  });

  it("previews the reference article without writing anything", async () => {
    const claimsBefore = await server.app.database.prisma.claim.count();
    const { previewIngest } = await server.execute(PREVIEW, { input: articleInput }, reviewer);
    expect(previewIngest.__typename).toBe("IngestPreview");
    const preview = narrow(previewIngest, "IngestPreview");
    expect(preview.existingSource).toBeNull();
    const speakers = new Set(preview.statements.map((s) => s.speaker?.name));
    for (const name of ["Vassily Nebenzia", "Dmitry Peskov", "Marco Rubio", "Ahmed al-Sharaa"]) expect(speakers).toContain(name);
    for (const s of preview.statements) expect(article.slice(s.start, s.end)).toBe(s.excerpt);
    expect(preview.figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ metric: "KILLED", qualifier: "AT_LEAST", low: 1300, high: null, subject: "people" }),
        expect.objectContaining({ metric: "KILLED", qualifier: "MORE_THAN", low: 800, high: null, subject: "civilians" }),
        expect.objectContaining({ metric: "KILLED", qualifier: "VAGUE", low: 200, high: 999 }),
      ]),
    );
    expect(preview.media).toEqual([expect.objectContaining({ kind: "VIDEO", graphic: true, hedge: "allegedly depict" })]);
    expect(await server.app.database.prisma.claim.count()).toBe(claimsBefore);
  });

  it("stores claims, figures and media in one step, leaves out unticked items, and is idempotent", async () => {
    const preview = narrow((await server.execute(PREVIEW, { input: articleInput }, reviewer)).previewIngest, "IngestPreview");
    const unticked = preview.statements.find((s) => s.speaker?.name === "Dmitry Peskov" && s.kind === "QUOTE")!;
    expect(unticked).toBeDefined();
    const { ingestArticle } = await server.execute(INGEST, { input: { ...articleInput, skip: [unticked.key] } }, reviewer);
    expect(ingestArticle.__typename).toBe("IngestArticleSuccess");
    const result = narrow(ingestArticle, "IngestArticleSuccess");
    expect(result.created).toBe(true);
    expect(result.source.url).toBe("https://news.example/world/syria-coast");
    expect(result.claims.every((c) => c.status === "NEW")).toBe(true);
    // Every statement but the unticked one, one FIGURE claim per sentence with figures no statement states, one MEDIA
    // claim per media item.
    const figureSentences = new Set(preview.figures.filter((f) => !f.statementKey).map((f) => f.excerpt)).size;
    expect(result.claims).toHaveLength(preview.statements.length - 1 + figureSentences + preview.media.length);
    const texts = result.claims.flatMap((c) => c.appearances.edges.map((e) => e.node.excerpt));
    expect(texts).not.toContain(unticked.excerpt);
    const scores = result.claims.map((c) => c.checkworthiness);
    expect(scores).toEqual([...scores].sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect(result.figures.map((f) => [f.statedText, f.qualifier, f.low, f.high])).toEqual(
      expect.arrayContaining([["At least 1,300 people", "AT_LEAST", 1300, null]]),
    );
    expect(new Set(result.figures.map((f) => f.event.id)).size).toBe(1);
    expect(result.media).toEqual([{ kind: "VIDEO", verification: "UNVERIFIED", graphic: true, hedge: "allegedly depict" }]);

    const claimsAfter = await server.app.database.prisma.claim.count();
    const again = await server.execute(INGEST, { input: { ...articleInput, url: "https://mirror.example/copy" } }, reviewer);
    expect(narrow(again.ingestArticle, "IngestArticleSuccess").created).toBe(false);
    expect(narrow(again.ingestArticle, "IngestArticleSuccess").source.id).toBe(result.source.id);
    // The same answer as the first time: its figures, their event and its media, nothing new.
    const repeated = narrow(again.ingestArticle, "IngestArticleSuccess");
    expect(repeated.figures.map((f) => f.statedText).sort()).toEqual(result.figures.map((f) => f.statedText).sort());
    expect(repeated.media).toEqual(result.media);
    expect(await server.app.database.prisma.claim.count()).toBe(claimsAfter);
    const preview2 = await server.execute(PREVIEW, { input: articleInput }, reviewer);
    expect(narrow(preview2.previewIngest, "IngestPreview").existingSource!.id).toBe(result.source.id);
  });

  it("files a later toll for the same place and period under the same event", async () => {
    const first = await server.execute(
      INGEST,
      {
        input: {
          url: "https://wire.example/quake-day-1",
          title: "Earthquake hits Hatay",
          publishedAt: "2025-02-07T10:00:00Z",
          text: "At least 120 people were killed in Antakya after the earthquake, the health ministry said on Thursday.",
        },
      },
      reviewer,
    );
    const second = await server.execute(
      INGEST,
      {
        input: {
          url: "https://wire.example/quake-day-2",
          title: "Quake toll rises",
          publishedAt: "2025-02-08T10:00:00Z",
          text: "The death toll in Antakya rose to more than 300 people killed, the health ministry said on Friday.",
        },
      },
      reviewer,
    );
    const e1 = narrow(first.ingestArticle, "IngestArticleSuccess").figures[0]?.event.id;
    const e2 = narrow(second.ingestArticle, "IngestArticleSuccess").figures[0]?.event.id;
    expect(e1).toBeDefined();
    expect(e2).toBe(e1);
    const summary = await server.execute(
      graphql(
        `query KilledSummary($id: ID!) { node(id: $id) { ... on Event { figureSummary(metric: KILLED) { reportCount sourceCount lowestBound highestBound } } } }`,
      ),
      { id: e1! },
      reviewer,
    );
    expect(narrow(summary.node, "Event").figureSummary).toMatchObject({
      reportCount: 2,
      sourceCount: 2,
      lowestBound: 120,
      highestBound: 300,
    });
  });

  it("proposes the matching event in the preview, files statements under it too, and starts a new event only when asked", async () => {
    const EventChoice = graphql(`query EventChoice($input: IngestArticleInput!) { previewIngest(input: $input) { ... on IngestPreview {
      proposedEvent { id title } } } }`);
    const IngestEvents = graphql(
      `mutation IngestEvents($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename
        ... on IngestArticleSuccess { claims { kind event { id } } figures { event { id } } events { id title } } ...ErrorFields } }`,
      [ErrorFields],
    );
    const day = (n: number, text: string, extra: object = {}) => ({
      url: `https://wire.example/flood-day-${n}`,
      title: `Floods in Dhaka, day ${n}`,
      publishedAt: `2025-06-0${n}T10:00:00Z`,
      text,
      ...extra,
    });
    const first = narrow(
      (
        await server.execute(
          IngestEvents,
          {
            input: day(
              1,
              'At least 40 people were killed in Dhaka by the floods, officials said on Sunday. "The water came at night," the mayor, Anwarul Haque, said.',
            ),
          },
          reviewer,
        )
      ).ingestArticle,
      "IngestArticleSuccess",
    );
    const floods = first.events[0]!;
    expect(floods.title).toBe("Floods in Dhaka, day 1");
    // The event made for the figures is the article's: the mayor's words, which state no figure, are filed under it too.
    expect(first.claims.map((c) => [c.kind, c.event?.id])).toEqual(expect.arrayContaining([["QUOTE", floods.id]]));
    expect(first.claims.every((c) => c.event?.id === floods.id)).toBe(true);

    const laterText =
      'The toll in Dhaka rose to more than 60 people killed, officials said on Monday. "We need boats, not promises," the mayor, Anwarul Haque, said.';
    const proposed = narrow((await server.execute(EventChoice, { input: day(2, laterText) }, reviewer)).previewIngest, "IngestPreview");
    expect(proposed.proposedEvent).toEqual(floods);
    const second = narrow(
      (await server.execute(IngestEvents, { input: day(2, laterText) }, reviewer)).ingestArticle,
      "IngestArticleSuccess",
    );
    // Nothing named after the second headline: its figures and its statement join the event the preview proposed.
    expect(second.events).toEqual([floods]);
    expect(second.figures.map((f) => f.event.id)).toEqual([floods.id]);
    expect(second.claims.find((c) => c.kind === "QUOTE")?.event).toEqual({ id: floods.id });

    // A reviewer who knows better files the article under a new event, named after it.
    const separate = narrow(
      (await server.execute(IngestEvents, { input: day(3, laterText.replace("Monday", "Tuesday"), { newEvent: true }) }, reviewer))
        .ingestArticle,
      "IngestArticleSuccess",
    );
    expect(separate.events.map((e) => e.title)).toEqual(["Floods in Dhaka, day 3"]);
    expect(separate.figures.map((f) => f.event.id)).toEqual([separate.events[0]!.id]);
    const both = await server.execute(IngestEvents, { input: day(4, laterText, { newEvent: true, event: floods.id }) }, reviewer);
    expect(both.ingestArticle).toMatchObject({ __typename: "ValidationError", issues: [{ path: ["input", "newEvent"] }] });
  });

  it("proposes an event by the dateline's country when no sentence places the figures, never one that ended years before", async () => {
    const EventChoice =
      graphql(`query DatelineEventChoice($input: IngestArticleInput!) { previewIngest(input: $input) { ... on IngestPreview {
      proposedEvent { id title } } } }`);
    const CreateEvent = graphql(
      `mutation CreateDatelineEvent($input: CreateEventInput!) { createEvent(input: $input) { __typename ... on CreateEventSuccess { event { id title } } ...ErrorFields } }`,
      [ErrorFields],
    );
    const editor = await server.createUser("EDITOR");
    const outbreak2012 = (
      await mutate(server, editor, CreateEvent, {
        input: { title: "Ebola in Uganda, 2012", place: "Uganda", startDate: "2012-08-01T00:00:00Z" },
      })
    ).event;
    const clashes = (
      await mutate(server, editor, CreateEvent, {
        input: { title: "Clashes in Malawi, 2025", place: "Malawi", startDate: "2025-03-06T00:00:00Z" },
      })
    ).event;
    const article = (text: string, publishedAt: string) => ({
      url: `https://wire.example/${Math.random()}`,
      title: "Toll rises",
      publishedAt,
      text,
    });
    const unplaced = "The death toll from three days of clashes has risen to at least 1,500 people, a war monitor said on Tuesday.";
    const filed = narrow(
      (await server.execute(EventChoice, { input: article(`BLANTYRE, Malawi (Reuters) — ${unplaced}`, "2025-03-11T10:00:00Z") }, reviewer))
        .previewIngest,
      "IngestPreview",
    );
    expect(filed.proposedEvent).toEqual(clashes);
    // A city alone says where the agency is, not where the figures are.
    const fromGeneva = narrow(
      (await server.execute(EventChoice, { input: article(`GENEVA (Reuters) — ${unplaced}`, "2025-03-11T10:00:00Z") }, reviewer))
        .previewIngest,
      "IngestPreview",
    );
    expect(fromGeneva.proposedEvent).toBeNull();
    // An event without an end date is not open for ever: eight years on, the same province is another outbreak.
    const later = narrow(
      (
        await server.execute(
          EventChoice,
          { input: article("At least 43 people died of Ebola in Uganda since June 1, the health ministry said.", "2020-07-17T10:00:00Z") },
          reviewer,
        )
      ).previewIngest,
      "IngestPreview",
    );
    expect(later.proposedEvent).toBeNull();
    const sameYear = narrow(
      (
        await server.execute(
          EventChoice,
          {
            input: article("At least 43 people died of Ebola in Uganda since August 1, the health ministry said.", "2012-09-17T10:00:00Z"),
          },
          reviewer,
        )
      ).previewIngest,
      "IngestPreview",
    );
    expect(sameYear.proposedEvent).toEqual(outbreak2012);
  });

  it("makes one claim of a statement that states a figure, and words claims without the dateline", async () => {
    const wire = {
      url: "https://wire.example/2025/03/12/khan-younis-strikes",
      title: "Strikes on Khan Younis",
      publishedAt: "2025-03-12T09:00:00.000Z",
      text: [
        "KHAN YOUNIS, Gaza Strip (AP) — Israeli strikes on Khan Younis killed at least 17 people overnight.",
        "The Health Ministry said at least 40 people were killed in the strikes on Tuesday.",
        "UN-backed clinics treated dozens of injured people in the southern city.",
      ].join("\n\n"),
    };
    const preview = narrow((await server.execute(PREVIEW, { input: wire }, reviewer)).previewIngest, "IngestPreview");
    const ministry = preview.statements.find((s) => s.speaker?.name === "Health Ministry")!;
    expect(ministry.claimText).toBe("At least 40 people were killed in the strikes on Tuesday");
    const stated = preview.figures.find((f) => f.low === 40)!;
    expect(stated.statementKey).toBe(ministry.key);
    // Killed "in the strikes on Tuesday": one incident's count, not the city's running toll.
    expect(stated.scope).toBe("INCIDENT");
    const unstated = preview.figures.find((f) => f.metric === "INJURED")!;
    expect(unstated.statementKey).toBeNull();
    expect(unstated.claimText).toBe("UN-backed clinics treated dozens of injured people in the southern city");

    const { ingestArticle } = await server.execute(INGEST, { input: wire }, reviewer);
    const result = narrow(ingestArticle, "IngestArticleSuccess");
    const claimOf = (figure: (typeof result.figures)[number]) => result.claims.find((c) => c.id === figure.claim?.id)!;
    // The ministry's statement is one claim, with its figure attached; no FIGURE claim repeats the sentence.
    const forty = result.figures.find((f) => f.low === 40)!;
    expect(forty.scope).toBe("INCIDENT");
    expect(claimOf(forty)).toMatchObject({
      kind: "STATEMENT",
      text: ministry.claimText,
      claimant: { name: expect.stringMatching(/^health ministry$/i) },
    });
    expect(result.claims.filter((c) => c.text.includes("40 people"))).toHaveLength(1);
    // A figure no statement states makes a FIGURE claim of its sentence, worded without the dateline and the full stop;
    // the appearance keeps the article's words verbatim.
    const seventeen = result.figures.find((f) => f.low === 17)!;
    const dated = claimOf(seventeen);
    expect(dated.text).not.toMatch(/KHAN YOUNIS|\(AP\)/);
    expect(dated.appearances.edges[0]!.node.excerpt).toMatch(/^KHAN YOUNIS, Gaza Strip \(AP\) — /);
    expect(claimOf(result.figures.find((f) => f.metric === "INJURED")!)).toMatchObject({ kind: "FIGURE", text: unstated.claimText });
  });

  it("gives a figure a claim of its own when the statement that states it is left out", async () => {
    const wire = {
      url: "https://wire.example/2025/03/13/rafah",
      title: "Rafah toll",
      publishedAt: "2025-03-13T09:00:00.000Z",
      text: "The Health Ministry said at least 12 people were killed in Rafah on Wednesday.",
    };
    const preview = narrow((await server.execute(PREVIEW, { input: wire }, reviewer)).previewIngest, "IngestPreview");
    const statement = preview.statements[0]!;
    expect(preview.figures[0]!.statementKey).toBe(statement.key);
    const { ingestArticle } = await server.execute(INGEST, { input: { ...wire, skip: [statement.key] } }, reviewer);
    const result = narrow(ingestArticle, "IngestArticleSuccess");
    expect(result.claims).toEqual([
      expect.objectContaining({ kind: "FIGURE", text: "The Health Ministry said at least 12 people were killed in Rafah on Wednesday" }),
    ]);
    expect(result.figures[0]!.claim?.id).toBe(result.claims[0]!.id);
  });

  it("warns in the preview when a statement is already on the desk", async () => {
    const other = {
      ...articleInput,
      url: "https://other-outlet.example/syria",
      text: `${article}\nAdditional reporting by our correspondent.`,
    };
    const { previewIngest } = await server.execute(
      graphql(`query PreviewDuplicates($input: IngestArticleInput!) { previewIngest(input: $input) { ... on IngestPreview {
        statements { speaker { name } possibleDuplicates { similarity claim { text } } } } } }`),
      { input: other },
      reviewer,
    );
    const rubio = narrow(previewIngest, "IngestPreview").statements.find((s) => s.speaker?.name === "Marco Rubio");
    expect(rubio!.possibleDuplicates.length).toBeGreaterThan(0);
    expect(rubio!.possibleDuplicates[0]!.similarity).toBeGreaterThan(0.9);
  });

  it("looks up duplicates and prior fact-checks for all of an article's statements at once, not per statement", async () => {
    const LOOKUPS = graphql(`query PreviewLookups($input: IngestArticleInput!) { previewIngest(input: $input) { ... on IngestPreview {
      statements { claimText possibleDuplicates { claim { id } } priorFactCheck { id } } } } }`);
    const subjects = ["convoy", "warehouse", "checkpoint", "bridge", "clinic", "school", "market", "pipeline", "depot", "airstrip"];
    const quotes = (count: number) =>
      Array.from(
        { length: count },
        (_, i) => `Ahmed Nasser, a spokesman for the ministry, said: "The ${subjects[i % 10]} number ${i + 1} was never used by fighters."`,
      ).join("\n\n");
    const lookups = async (count: number) => {
      const response = await server.request(
        LOOKUPS,
        { input: { ...articleInput, url: `https://quotes.example/${count}`, text: quotes(count) } },
        reviewer,
      );
      expect(response.errors).toBeUndefined();
      const preview = narrow(response.data!.previewIngest, "IngestPreview");
      expect(preview.statements.length).toBeGreaterThanOrEqual(count);
      return response.extensions!.sqlStatements!;
    };
    expect(await lookups(20)).toBe(await lookups(4));
  });

  it("names a statement the desk has already fact-checked, and links the claim it stores to that verdict", async () => {
    const make = factories(server);
    const editor = await server.createUser("EDITOR");
    const PriorChecks = graphql(`query PriorChecks($input: IngestArticleInput!) { previewIngest(input: $input) { ... on IngestPreview {
      statements { key text claimText speaker { name } priorFactCheck { id label publishedAt } } } } }`);
    // Another outlet's copy (a new source: ingest of a text already stored only returns what it stored then).
    const elsewhere = { ...articleInput, url: "https://third-outlet.example/syria", text: `${article}\nWith reporting from Damascus.` };
    const first = narrow((await server.execute(PriorChecks, { input: elsewhere }, reviewer)).previewIngest, "IngestPreview");
    const peskov = first.statements.find((s) => s.speaker?.name === "Dmitry Peskov")!;
    expect(first.statements.every((s) => s.priorFactCheck === null)).toBe(true);

    // The desk checked the same statement, reported in other words, and published a verdict on it.
    const checked = await make.claim(reviewer, { text: `Reportedly, ${peskov.text}`, kind: "STATEMENT" });
    const evidence = await make.evidence(reviewer, checked.id);
    const verdict = await make.verdict(editor, checked.id, [evidence.id], { label: "MISLEADING" });

    const again = narrow((await server.execute(PriorChecks, { input: elsewhere }, reviewer)).previewIngest, "IngestPreview");
    const flagged = again.statements.filter((s) => s.priorFactCheck);
    expect(flagged.map((s) => s.key)).toEqual([peskov.key]);
    expect(flagged[0]!.priorFactCheck).toEqual({ id: verdict.id, label: "MISLEADING", publishedAt: expect.any(String) });

    const { ingestArticle } = await server.execute(
      graphql(`mutation IngestPrior($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename
        ... on IngestArticleSuccess { claims { text priorFactCheck { id } } } } }`),
      { input: elsewhere },
      reviewer,
    );
    const stored = narrow(ingestArticle, "IngestArticleSuccess").claims;
    expect(stored.filter((c) => c.priorFactCheck).map((c) => [c.text, c.priorFactCheck!.id])).toEqual([[peskov.claimText, verdict.id]]);

    // A claim added by hand is linked the same way; one about something else is not.
    const ClaimPrior = graphql(`query ClaimPrior($id: ID!) { node(id: $id) { ... on Claim { priorFactCheck { id } } } }`);
    const byHand = await make.claim(reviewer, { text: peskov.text, kind: "STATEMENT" });
    expect(narrow((await server.execute(ClaimPrior, { id: byHand.id }, reviewer)).node, "Claim").priorFactCheck).toEqual({
      id: verdict.id,
    });
    const unrelated = await make.claim(reviewer, { text: "The harvest in the valley was the largest in a decade.", kind: "STATEMENT" });
    expect(narrow((await server.execute(ClaimPrior, { id: unrelated.id }, reviewer)).node, "Claim").priorFactCheck).toBeNull();
  });

  it("rejects bad input and anonymous callers", async () => {
    const bad = await server.execute(INGEST, { input: { url: "javascript:alert(1)", text: " " } }, reviewer);
    expect(narrow(bad.ingestArticle, "ValidationError").issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining(["input.url", "input.text"]),
    );
    const anon = await server.execute(INGEST, { input: articleInput }, anonymous);
    expect(anon.ingestArticle.__typename).toBe("ForbiddenError");
  });
});

describe("saving a long article", () => {
  it("refuses more items than one ingest saves, naming the limit, and saves once enough are unticked", async () => {
    const small = await startTestServer({ config: (d) => ({ limits: { ...d.limits, maxIngestItems: 5 } }) });
    try {
      const author = await small.createUser("REVIEWER");
      const input = { ...articleInput, url: "https://news.example/too-many-items" };
      const preview = narrow((await small.execute(PREVIEW, { input }, author)).previewIngest, "IngestPreview");
      const keys = [...preview.statements, ...preview.figures, ...preview.media].map((item) => item.key);
      expect(keys.length).toBeGreaterThan(5);
      expect(preview.maxItems).toBe(5);
      const claimsBefore = await small.app.database.prisma.claim.count();
      const refused = await small.execute(INGEST, { input }, author);
      expect(refused.ingestArticle).toMatchObject({
        __typename: "ValidationError",
        code: "ingest/too_many_items",
        message: expect.stringContaining(`would add ${keys.length} claims, figures and media; at most 5`),
      });
      expect(await small.app.database.prisma.claim.count()).toBe(claimsBefore);
      // Statements first in the preview's order; keeping five of them saves.
      const saved = await small.execute(INGEST, { input: { ...input, skip: keys.slice(5) } }, author);
      expect(narrow(saved.ingestArticle, "IngestArticleSuccess").claims.length).toBeGreaterThan(0);
    } finally {
      await small.close();
    }
  });

  it("answers a save that wrote more statements than a read may run, with what it saved", async () => {
    const strict = await startTestServer({ config: (d) => ({ limits: { ...d.limits, maxStatementsPerRequest: 40 } }) });
    try {
      const author = await strict.createUser("REVIEWER");
      const response = await strict.request(INGEST, { input: { ...articleInput, url: "https://news.example/many-statements" } }, author);
      expect(response.errors).toBeUndefined();
      expect(response.extensions!.sqlStatements!).toBeGreaterThan(40);
      const saved = narrow(response.data!.ingestArticle, "IngestArticleSuccess");
      expect(saved.claims.length).toBe(await strict.app.database.prisma.claim.count());
    } finally {
      await strict.close();
    }
  });

  it("saves nothing when the request's deadline passes before the article is stored, and says so", async () => {
    const hurried = await startTestServer({ adminSession: "direct", config: (d) => ({ limits: { ...d.limits, requestTimeoutMs: 200 } }) });
    try {
      // The admin's session comes straight from the service: creating and signing in a user hashes passwords, which a
      // busy machine may not finish within this server's deadline.
      const author = hurried.admin;
      // Five articles' worth of statements and figures: far more than 200 ms of writing.
      const long = Array.from({ length: 5 }, (_, i) => article.replaceAll("Latakia", `Latakia ${i}`)).join("\n\n");
      const before = await Promise.all([hurried.app.database.prisma.claim.count(), hurried.app.database.prisma.source.count()]);
      const response = await hurried.request(INGEST, { input: { ...articleInput, url: "https://news.example/late", text: long } }, author);
      expect(response.errors?.[0]?.extensions?.code).toBe("request/timeout");
      // The write goes on until its next statement is refused; once no other session is busy, it has ended.
      const busySessions = async () =>
        Number(
          (
            await hurried.app.database.prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity
              WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IS NOT NULL AND state <> 'idle'`
          )[0]!.n,
        );
      await expect.poll(busySessions).toBe(0);
      expect(await Promise.all([hurried.app.database.prisma.claim.count(), hurried.app.database.prisma.source.count()])).toEqual(before);
      expect(await hurried.app.database.prisma.auditEntry.count({ where: { action: "article.ingest" } })).toBe(0);
    } finally {
      await hurried.close();
    }
  });
});
