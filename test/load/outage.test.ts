import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql, requestBody, type ResultOf } from "../testkit/graphql.js";
import { outageProxy, type OutageProxy } from "../testkit/tcp-proxy.js";
import { ADD_EVIDENCE, CLAIM_DESK, QUEUE_PAGE, seedDesk, startLoadServer, type Desk, type LoadServer } from "./harness.js";

// PostgreSQL cut off in the middle of a read/write load and brought back (a restart or a failover as FactDesk sees
// it: open connections dropped, new ones refused). While it is away every request is answered 200 or 503
// `service/unavailable` — never left hanging, never a 500, never a crash; once it is back the server recovers by
// itself; and every addEvidence it acknowledged is in the database afterwards.

const REQUEST_TIMEOUT_MS = 5_000;
// A request without an answer this long after the deadline counts as hanging.
const HANG_MS = REQUEST_TIMEOUT_MS + 5_000;
const WORKERS = 16;

type Phase = "before" | "outage" | "restoring" | "after";
interface Answer {
  /** The phase the request was sent in. */
  phase: Phase;
  write: boolean;
  status: number;
  /** Error codes of the answer (top-level errors, and the result union's for a write). */
  codes: string[];
  /** The evidence an addEvidence answered success for. */
  evidenceId?: string;
  /** Anything that is not an answer FactDesk promises: a bad status, a non-JSON body, no answer in time. */
  failure?: string;
}

let load: LoadServer;
let desk: Desk;
let proxy: OutageProxy | undefined;

beforeAll(async () => {
  load = await startLoadServer({ FACTDESK_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS) }, async (databaseUrl) => {
    proxy = await outageProxy(new URL(databaseUrl));
    return proxy.urlFor(databaseUrl);
  });
  desk = await seedDesk(load.server, 6, 2);
});
afterAll(async () => {
  await load?.close();
  proxy?.close();
});

/** Request `i` of the load: reads of the queue page and a claim desk, one in four an addEvidence. */
function nextRequest(i: number) {
  const claim = desk.claims[i % desk.claims.length]!;
  const token = desk.reviewers[i % desk.reviewers.length]!;
  if (i % 4 === 3) {
    const input = {
      claim,
      source: { url: `https://outage.example/${crypto.randomUUID()}` },
      stance: "CONTEXT" as const,
      excerpt: `Outage evidence ${i}`,
    };
    return { write: true, token, body: requestBody(ADD_EVIDENCE, { input }) };
  }
  return { write: false, token, body: i % 2 ? requestBody(CLAIM_DESK, { id: claim }) : requestBody(QUEUE_PAGE) };
}

async function send(request: ReturnType<typeof nextRequest>, phase: Phase): Promise<Answer> {
  const answer: Answer = { phase, write: request.write, status: 0, codes: [] };
  try {
    const response = await fetch(`${load.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${request.token}` },
      body: JSON.stringify(request.body),
      signal: AbortSignal.timeout(HANG_MS),
    });
    answer.status = response.status;
    const text = await response.text();
    // Whichever request it answers, only an addEvidence's result is read.
    let body: { data?: Partial<ResultOf<typeof ADD_EVIDENCE>> | null; errors?: { extensions?: { code?: string } }[] };
    try {
      body = JSON.parse(text);
    } catch {
      return { ...answer, failure: `${response.status} with a body that is not JSON: ${text.slice(0, 200)}` };
    }
    answer.codes = (body.errors ?? []).map((error) => error.extensions?.code ?? "(no code)");
    const result = body.data?.addEvidence;
    if (result && "code" in result && result.code) answer.codes.push(result.code);
    if (result?.__typename === "AddEvidenceSuccess") answer.evidenceId = result.evidence.id;
    if (response.status !== 200 && response.status !== 503) answer.failure = `status ${response.status}: ${text.slice(0, 300)}`;
    else if (answer.codes.some((code) => code !== "service/unavailable"))
      answer.failure = `codes ${answer.codes.join(", ")}: ${text.slice(0, 300)}`;
    else if (response.status === 503 && !answer.codes.length) answer.failure = `503 without service/unavailable: ${text.slice(0, 300)}`;
    else if (response.status === 200 && !answer.codes.length && !body.data) answer.failure = `200 without data: ${text.slice(0, 300)}`;
    return answer;
  } catch (error) {
    return { ...answer, failure: `no answer: ${(error as Error).message}` };
  }
}

const clean = (answer: Answer) => answer.status === 200 && !answer.failure && !answer.codes.length;
const unavailable = (answer: Answer) => !answer.failure && answer.codes.includes("service/unavailable");

describe("a database outage under load", () => {
  it("answers 200 or 503 while PostgreSQL is away, recovers by itself and keeps every acknowledged write", async () => {
    const answers: Answer[] = [];
    let phase: Phase = "before";
    let stopped = false;
    let counter = 0;
    const workers = Array.from({ length: WORKERS }, async () => {
      while (!stopped) answers.push(await send(nextRequest(counter++), phase));
    });
    const inPhase = (p: Phase, test: (a: Answer) => boolean) => answers.filter((a) => a.phase === p && test(a)).length;

    try {
      // Load is flowing, writes included.
      await expect.poll(() => inPhase("before", (a) => clean(a) && a.write), { timeout: 20_000 }).toBeGreaterThanOrEqual(5);

      phase = "outage";
      await proxy!.cut();
      // The outage is seen (this would stay at 0 if the proxy did not stand between FactDesk and PostgreSQL).
      await expect.poll(() => inPhase("outage", unavailable), { timeout: 15_000 }).toBeGreaterThanOrEqual(3 * WORKERS);

      phase = "restoring";
      await proxy!.restore();
      // No one restarts anything: the pool reconnects on its own.
      await expect.poll(() => inPhase("restoring", clean), { timeout: 20_000 }).toBeGreaterThan(0);

      // Recovered means every request from now on is served, writes included.
      phase = "after";
      await expect.poll(() => inPhase("after", (a) => clean(a) && a.write), { timeout: 20_000 }).toBeGreaterThanOrEqual(5);
    } finally {
      stopped = true;
      await Promise.all(workers);
    }

    const count = (p: Phase, test: (a: Answer) => boolean) => `${inPhase(p, test)}/${inPhase(p, () => true)}`;
    console.log(
      `outage under load: clean answers before ${count("before", clean)}, during ${count("outage", clean)} ` +
        `(503 ${count("outage", unavailable)}), restoring ${count("restoring", clean)}, after ${count("after", clean)}; ` +
        `${answers.filter((a) => a.evidenceId).length} addEvidence acknowledged`,
    );
    const failures = answers.filter((a) => a.failure);
    expect(
      failures.slice(0, 5).map((a) => `${a.phase}: ${a.failure}`),
      `${failures.length} unexpected answers; the server's log ends:\n${load.server.stderr().slice(-3000)}`,
    ).toEqual([]);
    const afterRecovery = answers.filter((a) => a.phase === "after");
    expect(afterRecovery.filter((a) => !clean(a)).slice(0, 5), "answers after the recovery").toEqual([]);
    expect(load.server.child.exitCode, load.server.stdout().slice(-2000) + load.server.stderr()).toBeNull();

    // Every addEvidence answered with success is in the database, whichever phase it was answered in.
    const acknowledged = answers.flatMap((a) => (a.evidenceId ? [a.evidenceId] : []));
    expect(acknowledged.length).toBeGreaterThan(0);
    const found = new Set<string>();
    for (let i = 0; i < acknowledged.length; i += 100) {
      const ids = acknowledged.slice(i, i + 100);
      const response = await load.server.request(
        graphql(`query AcknowledgedEvidence($ids: [ID!]!) { nodes(ids: $ids) { ... on Evidence { id excerpt } } }`),
        { ids },
        desk.reviewer,
      );
      expect(response.errors).toBeUndefined();
      for (const node of response.data!.nodes) if (node && "id" in node && node.id) found.add(node.id);
    }
    expect(acknowledged.filter((id) => !found.has(id))).toEqual([]);
  });
});
