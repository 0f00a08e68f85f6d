import { get as httpGet, type ClientRequest } from "node:http";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type Actor, type SignedInActor, type TestServer } from "../testkit/server.js";
import { ErrorFields, factories, mutate } from "../testkit/factories.js";
import { graphql } from "../testkit/graphql.js";
import { rawId } from "../testkit/ids.js";

// Files the desk hands out: an event's reported figures (CSV and JSON, with bounds, qualifier, period, place, source
// and attribution), one claim's whole dossier (JSON), and the published verdicts (CSV). Who may download what
// follows the API's rules; a cell a spreadsheet would run as a formula is defused.

let server: TestServer;
let make: ReturnType<typeof factories>;
let reviewer: SignedInActor, editor: SignedInActor;
let eventId: string, claimId: string;

const RecordFigure = graphql(
  `mutation RecordFigure($input: RecordFigureInput!) { recordFigure(input: $input) { __typename
    ... on RecordFigureSuccess { figure { id } } ...ErrorFields } }`,
  [ErrorFields],
);

const BOM = [0xef, 0xbb, 0xbf];
/** A CSV download's bytes: its first three are the UTF-8 byte order mark (fetch's text() would silently drop it). */
async function csvOf(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual(BOM);
  return parse(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), { bom: true, columns: true }) as Record<string, string>[];
}

const download = (path: string, as: Actor = anonymous) =>
  fetch(`${server.url}${path}`, { headers: as.token ? { authorization: `Bearer ${as.token}` } : {} });

beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  [reviewer, editor] = [await server.createUser("REVIEWER"), await server.createUser("EDITOR")];
  const event = await make.event(editor, { title: "Coastal violence, March 2025" });
  eventId = event.id;
  const ministry = await make.entity(editor, { kind: "ORGANISATION", name: "Syrian Observatory for Human Rights" });
  const source = await make.source(editor, { url: "https://wire.example/syria-coast" });
  await mutate(server, editor, RecordFigure, {
    input: {
      event: eventId,
      source: source.id,
      attributedTo: ministry.id,
      metric: "KILLED",
      subject: "people, including over 800 civilians",
      qualifier: "AT_LEAST",
      low: 1300,
      statedText: "at least 1,300 people, including over 800 civilians",
      place: "Latakia and Tartous",
      periodText: "in the past three days",
      periodStart: "2025-03-06T00:00:00.000Z",
      periodEnd: "2025-03-09T00:00:00.000Z",
      reportedAt: "2025-03-09T12:00:00.000Z",
    },
  });
  await mutate(server, editor, RecordFigure, {
    input: {
      event: eventId,
      source: source.id,
      metric: "KILLED",
      subject: "civilians",
      qualifier: "APPROXIMATELY",
      low: 300,
      high: 900,
      statedText: '=HYPERLINK("https://evil.example","hundreds") of civilian deaths',
      reportedAt: "2025-03-10T08:00:00.000Z",
    },
  });
  // Recorded last but reported first: the export follows report time, not the order rows were written.
  await mutate(server, editor, RecordFigure, {
    input: {
      event: eventId,
      source: source.id,
      metric: "KILLED",
      subject: "civilians",
      qualifier: "VAGUE",
      low: 200,
      high: 999,
      statedText: "hundreds of civilians",
      place: "Jablé, اللاذقية",
      reportedAt: "2025-03-08T07:00:00.000Z",
    },
  });

  const claim = await make.claim(reviewer, { text: "=1+1 officials said the curfew was lifted on Sunday." });
  claimId = claim.id;
  await mutate(server, editor, RecordFigure, {
    input: {
      event: eventId,
      source: source.id,
      claim: claimId,
      metric: "DETAINED",
      subject: "protesters",
      qualifier: "AT_LEAST",
      low: 40,
      statedText: "at least 40 protesters detained",
      reportedAt: "2025-03-11T08:00:00.000Z",
    },
  });
  await make.media(reviewer, claimId, { description: "A video of the curfew checkpoint", graphic: false });
  const evidence = await make.evidence(reviewer, claimId);
  await make.rating(reviewer, claimId, { label: "FALSE" });
  await make.verdict(editor, claimId, [evidence.id], { headline: "No, the curfew stayed" });
});

afterAll(() => server?.close());

describe("an event's figures", () => {
  it("downloads as CSV with every column a toll's history needs, in report order, readable by Excel, and defuses formulas", async () => {
    const response = await download(`/exports/events/${eventId}/figures.csv`, reviewer);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="coastal-violence-march-2025-figures.csv"');
    const rows = await csvOf(response);
    // By report time (8, 9, 10, 11 March), whatever order they were recorded in (the vague one was recorded third).
    expect(rows.map((r) => r.reportedAt)).toEqual([
      "2025-03-08T07:00:00.000Z",
      "2025-03-09T12:00:00.000Z",
      "2025-03-10T08:00:00.000Z",
      "2025-03-11T08:00:00.000Z",
    ]);
    expect(rows[1]).toMatchObject({
      event: "Coastal violence, March 2025",
      metric: "KILLED",
      qualifier: "AT_LEAST",
      low: "1300",
      high: "",
      place: "Latakia and Tartous",
      periodText: "in the past three days",
      periodStart: "2025-03-06T00:00:00.000Z",
      attributedTo: "Syrian Observatory for Human Rights",
      sourceUrl: "https://wire.example/syria-coast",
    });
    // A vague figure's conventional bounds travel with the qualifier that says they are not reported numbers; the
    // non-ASCII place survives (the BOM tells Excel the file is UTF-8).
    expect(rows[0]).toMatchObject({
      qualifier: "VAGUE",
      low: "200",
      high: "999",
      statedText: "hundreds of civilians",
      place: "Jablé, اللاذقية",
    });
    expect(rows.find((r) => r.qualifier === "APPROXIMATELY")?.statedText).toBe(
      '\'=HYPERLINK("https://evil.example","hundreds") of civilian deaths',
    );
  });

  it("downloads as JSON, and only for readers of figures", async () => {
    const response = await download(`/exports/events/${eventId}/figures.json`, editor);
    const figures = (await response.json()) as { low: number | null; high: number | null; qualifier: string }[];
    // In report order, each with its qualifier.
    expect(figures.map((f) => [f.qualifier, f.low, f.high])).toEqual([
      ["VAGUE", 200, 999],
      ["AT_LEAST", 1300, null],
      ["APPROXIMATELY", 300, 900],
      ["AT_LEAST", 40, null],
    ]);

    const refused = await download(`/exports/events/${eventId}/figures.csv`);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/figures:read or claims:read/), code: "auth/forbidden" });
    const publicKey = await make.apiKey(server.admin, { scopes: ["VERDICTS_READ"] });
    expect((await download(`/exports/events/${eventId}/figures.csv`, { ...anonymous, token: publicKey.secret })).status).toBe(403);
    const figuresKey = await make.apiKey(server.admin, { scopes: ["FIGURES_READ"] });
    expect((await download(`/exports/events/${eventId}/figures.json`, { ...anonymous, token: figuresKey.secret })).status).toBe(200);
    expect((await download("/exports/events/not-an-id/figures.csv", reviewer)).status).toBe(404);
  });

  it("names each figure's reporter as the figure summary and the toll chart group them (ReportedFigure.reporter)", async () => {
    const json = (await (await download(`/exports/events/${eventId}/figures.json`, reviewer)).json()) as Record<string, unknown>[];
    const csv = await csvOf(await download(`/exports/events/${eventId}/figures.csv`, reviewer));
    // Credited to the Observatory, or to nobody: then the outlet that carried it, here known by its site's host.
    const expected = ["wire.example", "Syrian Observatory for Human Rights", "wire.example", "wire.example"];
    expect(json.map((f) => f.reporter)).toEqual(expected);
    expect(csv.map((r) => r.reporter)).toEqual(expected);
    expect(Object.keys(csv[0]!).at(-1)).toBe("reporter");
  });

  it("names the claim a figure belongs to only to callers who may read claims, as the API does", async () => {
    const claimOf = async (as: Actor) =>
      ((await (await download(`/exports/events/${eventId}/figures.json`, as)).json()) as { claim: string | null }[]).map((f) => f.claim);
    expect(await claimOf(reviewer)).toEqual([null, null, null, claimId]);
    // ReportedFigure.claim is refused to a key without claims:read: its file must not name the desk's claims either.
    const figuresKey = await make.apiKey(server.admin, { scopes: ["FIGURES_READ"] });
    expect(await claimOf({ ...anonymous, token: figuresKey.secret })).toEqual([null, null, null, null]);
    const csv = await csvOf(await download(`/exports/events/${eventId}/figures.csv`, { ...anonymous, token: figuresKey.secret }));
    expect(csv.map((r) => r.claim)).toEqual(["", "", "", ""]);
    const deskKey = await make.apiKey(server.admin, { scopes: ["CLAIMS_READ"] });
    expect(await claimOf({ ...anonymous, token: deskKey.secret })).toEqual([null, null, null, claimId]);
  });
});

describe("a figure's period", () => {
  const UpdateFigure = graphql(
    `mutation UpdateFigureForExport($input: UpdateFigureInput!) { updateFigure(input: $input) { __typename
      ... on UpdateFigureSuccess { figure { id version } } ...ErrorFields } }`,
    [ErrorFields],
  );

  it("comes out as the days its writer meant when it is known to the day, whatever offset the dates were written with", async () => {
    const event = await make.event(editor, { title: "Floods in Derna" });
    const source = await make.source(editor, { url: "https://wire.example/derna" });
    const figure = (
      periodPrecision: "DAY" | "HOUR" | "MONTH",
      periodStart: string,
      periodEnd: string | null,
      statedText: string,
      reportedAt: string,
    ) =>
      mutate(server, reviewer, RecordFigure, {
        input: {
          event: event.id,
          source: source.id,
          metric: "KILLED",
          subject: "people",
          qualifier: "AT_LEAST",
          low: 2000,
          statedText,
          periodStart,
          periodEnd,
          periodPrecision,
          reportedAt,
        },
      });
    // "Since Sunday" in Libya (UTC+2): the 10th, which is 22:00 on the 9th in UTC; it ended on the 12th in New York.
    const sinceSunday = await figure(
      "DAY",
      "2023-09-10T00:00:00+02:00",
      "2023-09-12T23:30:00-05:00",
      "since Sunday",
      "2023-09-13T08:00:00Z",
    );
    await figure("MONTH", "2023-09-01T00:00:00+02:00", null, "this month", "2023-09-14T08:00:00Z");
    // Known to the hour: kept as the instant it is.
    await figure("HOUR", "2023-09-10T03:00:00+02:00", null, "since the dam burst", "2023-09-15T08:00:00Z");

    const periods = async () =>
      (await csvOf(await download(`/exports/events/${event.id}/figures.csv`, reviewer))).map((r) => [
        r.statedText,
        r.periodStart,
        r.periodEnd,
      ]);
    expect(await periods()).toEqual([
      ["since Sunday", "2023-09-10T00:00:00.000Z", "2023-09-12T00:00:00.000Z"],
      ["this month", "2023-09-01T00:00:00.000Z", ""],
      ["since the dam burst", "2023-09-10T01:00:00.000Z", ""],
    ]);

    // Corrected with an offset too: still the day written.
    await mutate(server, reviewer, UpdateFigure, {
      input: { id: sinceSunday.figure.id, expectedVersion: 1, periodStart: "2023-09-11T01:00:00+03:00" },
    });
    expect((await periods())[0]).toEqual(["since Sunday", "2023-09-11T00:00:00.000Z", "2023-09-12T00:00:00.000Z"]);
  });
});

describe("a claim's dossier", () => {
  it("holds the claim, its evidence, ratings, verdict, figures, media and history, under a clean file name", async () => {
    // The global ID in the address is URL-encoded, as the web client writes it ("==" as "%3D%3D").
    const response = await download(`/exports/claims/${encodeURIComponent(claimId)}.json`, reviewer);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="claim-${claimId.replace(/=+$/, "").replace(/[^A-Za-z0-9]/g, "")}.json"`,
    );
    expect(response.headers.get("content-disposition")).not.toMatch(/3D|%|=\./);
    const dossier = (await response.json()) as {
      claim: { id: string; text: string };
      evidence: unknown[];
      ratings: { label: string; reviewer: string }[];
      verdicts: { state: string; headline: string }[];
      history: { action: string }[];
      figures: { metric: string; qualifier: string; low: number; statedText: string; claim: string }[];
      media: { id: string; description: string; verification: string; graphic: boolean }[];
    };
    expect(dossier.claim).toMatchObject({ id: claimId, text: "=1+1 officials said the curfew was lifted on Sunday." });
    expect(dossier.evidence).toHaveLength(1);
    expect(dossier.ratings).toEqual([expect.objectContaining({ label: "FALSE" })]);
    expect(dossier.verdicts).toEqual([expect.objectContaining({ state: "PUBLISHED", headline: "No, the curfew stayed" })]);
    expect(dossier.history.map((h) => h.action)).toEqual(expect.arrayContaining(["claim.create", "evidence.add"]));
    expect(dossier.figures).toEqual([
      expect.objectContaining({
        metric: "DETAINED",
        qualifier: "AT_LEAST",
        low: 40,
        statedText: "at least 40 protesters detained",
        claim: claimId,
      }),
    ]);
    expect(dossier.media).toEqual([
      expect.objectContaining({ description: "A video of the curfew checkpoint", verification: "UNVERIFIED", graphic: false }),
    ]);
    // A partner key with claims:read reads the same figures and media (both are readable with it over GraphQL).
    const claimsKey = await make.apiKey(server.admin, { scopes: ["CLAIMS_READ"] });
    const forKey = (await (
      await download(`/exports/claims/${claimId}.json`, { ...anonymous, token: claimsKey.secret })
    ).json()) as typeof dossier;
    expect([forKey.figures.length, forKey.media.length]).toEqual([1, 1]);
    expect((await download(`/exports/claims/${claimId}.json`)).status).toBe(401);
  });

  it("downloads through a plain link in the browser: the session cookie is enough for a GET that changes nothing", async () => {
    const cookie = { cookie: `factdesk_session=${encodeURIComponent(reviewer.token)}` };
    expect((await fetch(`${server.url}/exports/claims/${claimId}.json`, { headers: cookie })).status).toBe(200);
    // GraphQL still wants the CSRF header next to the cookie.
    const graphql = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { ...cookie, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ me { id } }" }),
    });
    expect(graphql.status).toBe(403);
  });
});

describe("the published verdicts", () => {
  it("download as CSV for everyone, formulas defused", async () => {
    const response = await download("/exports/verdicts.csv");
    expect(response.status).toBe(200);
    const rows = await csvOf(response);
    expect(rows).toEqual([
      expect.objectContaining({
        rating: "False",
        headline: "No, the curfew stayed",
        claim: "'=1+1 officials said the curfew was lifted on Sunday.",
        corrections: "0",
      }),
    ]);
    expect(rows[0]!.url).toMatch(/\/verdicts\//);
  });
});

describe("refusals", () => {
  it("come in the exports' own shape, whether the key or the route refused", async () => {
    // The route's own refusal…
    const forbidden = await download(`/exports/claims/${claimId}.json`);
    expect(await forbidden.json()).toEqual({ error: expect.any(String), code: "auth/forbidden" });
    // …and one made before the route ran (a revoked or mistyped key) read alike, so a partner parses one shape.
    for (const token of ["fdk_abcdefghijkl_short", "not-a-key"]) {
      const refused = await download("/exports/verdicts.csv", { ...anonymous, token });
      expect(refused.status, token).toBe(401);
      expect(await refused.json(), token).toEqual({ error: expect.any(String), code: expect.stringMatching(/^auth\/invalid_/) });
    }
  });

  it("answer anything but GET and HEAD with 405 and Allow", async () => {
    for (const path of ["/exports/verdicts.csv", `/exports/claims/${claimId}.json`, `/exports/events/${eventId}/figures.csv`]) {
      const response = await fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { authorization: `Bearer ${editor.token}` },
        body: "{}",
      });
      expect(response.status, path).toBe(405);
      expect(response.headers.get("allow"), path).toBe("GET, HEAD");
      expect(await response.json(), path).toEqual({ error: expect.any(String), code: "request/method_not_allowed" });
    }
  });
});

describe("exports at once", () => {
  it("streams at most two at a time for one caller, who is told to retry, while others still download", async () => {
    // An event whose figures make a file of megabytes, more than a client that stops reading lets the server send.
    const event = await make.event(editor, { title: "A long toll" });
    const source = await make.source(editor);
    await server.app.database.prisma.reportedFigure.createMany({
      data: Array.from({ length: 4_000 }, (_, i) => ({
        eventId: rawId(event.id),
        sourceId: rawId(source.id),
        metric: "KILLED" as const,
        subject: "people",
        qualifier: "EXACT" as const,
        low: i,
        high: i,
        statedText: `${i} people ${"were reported killed in the long toll ".repeat(50)}`,
        reportedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000),
      })),
    });
    const path = `/exports/events/${encodeURIComponent(event.id)}/figures.csv`;
    // Two downloads the reviewer starts and stops reading: each keeps its slot while its response is unfinished.
    const held = await Promise.all(
      [1, 2].map(
        () =>
          new Promise<ClientRequest>((resolve, reject) => {
            const request = httpGet(`${server.url}${path}`, { headers: { authorization: `Bearer ${reviewer.token}` } }, (response) => {
              expect(response.statusCode).toBe(200);
              response.pause();
              resolve(request);
            });
            request.on("error", reject);
          }),
      ),
    );
    const third = await download(path, reviewer);
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toBe("5");
    expect(await third.json()).toEqual({ error: expect.stringMatching(/as many exports downloading/), code: "export/too_many_at_once" });
    // Another caller is not held up by the reviewer's downloads.
    const editors = await download(path, editor);
    expect(editors.status).toBe(200);
    expect((await editors.text()).length).toBeGreaterThan(4_000_000);
    // The reviewer gives one up: its slot comes back.
    held[0]!.destroy();
    await expect
      .poll(async () => {
        const again = await download(path, reviewer);
        await again.body?.cancel();
        return again.status;
      })
      .toBe(200);
    held[1]!.destroy();
  });
});
