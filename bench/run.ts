// `pnpm bench [--quick] [options]`: FactDesk side by side with PostGraphile 5 and a hand-written node:http + pg
// server on the same PostgreSQL database. For each workload it first checks that the servers return the same data,
// then drives each with autocannon (servers interleaved A, B, C, A, B, C …), and records req/s, latency, errors,
// CPU per request (server process and its PostgreSQL backends), SQL statements per request and memory, with
// FactDesk's ratios to the peers, in bench/results.json and bench/RESULTS.md. Then the micro-benchmarks run
// (bench/micro.ts). See bench/README.md.
//
//   --quick            CI form: a fresh 5,000-claim desk, 16 connections, short runs; compares FactDesk's ratios
//                      with the recorded quick run and fails if one fell more than 20 % (records when none exists)
//   --database URL     the desk (default factdesk_bench; --quick: factdesk_bench_quick, regenerated)
//   --claims N --seed N   (re)generate the desk first (--quick: 5,000 unless given)
//   --duration S  --rounds N  --warmup S  --connections 16,64  --workloads queue,claim-desk,…
//   --record           --quick: record the reference instead of comparing: the timed runs are made --record-runs
//                      times (default 3) and each ratio recorded is the lowest of them; with --workloads, only those
//                      workloads' references are replaced (after a change to what they ask), the others kept
//   --skip-micro       do not run the micro-benchmarks afterwards
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { isDeepStrictEqual, parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { BENCH_USER, DEFAULT_DATABASE_URL, QUICK_DATABASE_URL, benchDir, databaseName, repoRoot } from "./lib/config.js";
import { BackendCpu, percentile, processCpuMs, processRssMiB, round } from "./lib/measure.js";
import { buildFactDesk, buildPeers, startServer, stopAll, type RunningServer } from "./lib/servers.js";
import {
  SERVER_NAMES,
  SERVER_TITLES,
  WORKLOADS,
  setMixedFixtures,
  type Fixtures,
  type ServerName,
  type Workload,
} from "./lib/workloads.js";
import { words } from "./lib/vocabulary.js";
import { LOAD_ORDER, createBenchDesk } from "./data.js";
import { writeResultsMarkdown } from "./lib/report.js";
import { type Measurement, type RunResult, type ResultsFile, withWorkloadsRecorded } from "./lib/results.js";

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    database: { type: "string" },
    claims: { type: "string" },
    seed: { type: "string", default: "1" },
    duration: { type: "string" },
    rounds: { type: "string" },
    warmup: { type: "string" },
    connections: { type: "string" },
    workloads: { type: "string" },
    record: { type: "boolean", default: false },
    "record-runs": { type: "string", default: "3" },
    "skip-micro": { type: "boolean", default: false },
  },
});

const quick = args.quick!;
const settings = {
  durationSeconds: Number(args.duration ?? (quick ? 1.5 : 10)),
  // The quick form takes more, shorter rounds: its ratios are compared with a 20 % tolerance, so they must be steady.
  rounds: Number(args.rounds ?? (quick ? 4 : 2)),
  warmupSeconds: Number(args.warmup ?? (quick ? 1 : 3)),
  connections: (args.connections ?? (quick ? "16" : "16,64")).split(",").map(Number),
};
const databaseUrl = args.database ?? process.env.BENCH_DATABASE_URL ?? (quick ? QUICK_DATABASE_URL : DEFAULT_DATABASE_URL);
const selected = args.workloads ? WORKLOADS.filter((w) => args.workloads!.split(",").includes(w.name)) : WORKLOADS;
const resultsFile = path.join(benchDir, "results.json");
const log = (line: string) => console.log(line);
const readResults = (): ResultsFile => (fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, "utf8")) : {});

async function main() {
  const started = performance.now();
  const loadAverage = os.loadavg().map((l) => round(l));

  // 1. The desk.
  const claimsToGenerate = args.claims ? Number(args.claims) : quick ? 5000 : undefined;
  if (claimsToGenerate) await createBenchDesk({ claims: claimsToGenerate, seed: Number(args.seed), databaseUrl, log });
  const monitor = new pg.Client({ connectionString: databaseUrl, application_name: "bench_monitor" });
  try {
    await monitor.connect();
  } catch (error) {
    throw new Error(`Cannot open ${databaseUrl} (${(error as Error).message}). Generate the desk first: pnpm bench:data --claims 100000`);
  }
  const data = await describeData(monitor);
  log(`Desk: ${data.database}, ${(data.rows.Claim ?? 0).toLocaleString("en-US")} claims.`);

  // 2. The servers: FactDesk's production build, the peers bundled to plain JavaScript.
  log("Building FactDesk (pnpm --filter @factdesk/server build) and the peer servers…");
  buildFactDesk();
  await buildPeers();
  const servers: Partial<Record<ServerName, RunningServer>> = {};
  const startup: Record<string, number> = {};
  const memoryAtStart: Record<string, number | null> = {};
  for (const name of SERVER_NAMES) {
    const t0 = performance.now();
    servers[name] = await startServer(name, { databaseUrl });
    startup[name] = round((performance.now() - t0) / 1000);
    memoryAtStart[name] = processRssMiB(servers[name]!.pid);
    log(`  ${SERVER_TITLES[name]} ready at ${servers[name]!.url} in ${startup[name]} s (pid ${servers[name]!.pid}).`);
  }
  const token = await signIn(servers.factdesk!.url);
  const fixtures = await loadFixtures(monitor);
  setMixedFixtures(fixtures);

  // 3. Same data from every server, then statements per request (a separate FactDesk reporting its SQL count).
  for (const workload of selected) await verify(workload, servers, fixtures, token);
  const statements = await countStatements(servers, fixtures, token);

  // 4. Timed runs.
  let results: RunResult["workloads"] = {};
  let roundsOf: Record<string, Record<number, Partial<Record<ServerName, Measurement[]>>>> = {};
  const measure = async (workload: Workload, connections: number, roundCount = settings.rounds) => {
    roundsOf[workload.name] ??= {};
    const byConnections = roundsOf[workload.name]!;
    byConnections[connections] ??= {};
    const rounds = byConnections[connections]!;
    const params = workload.params(fixtures);
    for (let round = 0; round < roundCount; round += 1) {
      for (const server of workload.servers) {
        const m = await drive(servers[server]!, workload, params, token, connections, settings.durationSeconds, monitor);
        rounds[server] ??= [];
        rounds[server].push(m);
        log(
          `  ${workload.name.padEnd(15)} c=${String(connections).padEnd(3)} ${SERVER_TITLES[server].padEnd(15)} ${m.reqPerSec.toFixed(1).padStart(8)} req/s  p95 ${m.latencyMs.p95} ms  errors ${totalErrors(m)}`,
        );
      }
    }
    results[workload.name] ??= {};
    results[workload.name]![connections] = combine(workload, rounds);
  };
  const measureAll = async () => {
    for (const workload of selected) {
      const params = workload.params(fixtures);
      for (const server of workload.servers)
        await drive(servers[server]!, workload, params, token, settings.connections[0]!, settings.warmupSeconds, monitor);
      for (const connections of settings.connections) await measure(workload, connections);
    }
  };
  await measureAll();
  // Recording the quick form's reference: the whole set of timed runs again, each ratio kept at its lowest. One
  // lucky minute on a shared machine would otherwise set a bar that the next run misses by 20 % through no change.
  const recordRuns =
    quick && (args.record || !fs.existsSync(resultsFile) || !readResults().quick) ? Math.max(1, Number(args["record-runs"])) : 1;
  const runsOfResults = [results];
  for (let run = 1; run < recordRuns; run += 1) {
    log(`\nRecording the reference: timed runs ${run + 1} of ${recordRuns}`);
    results = {};
    roundsOf = {};
    await measureAll();
    runsOfResults.push(results);
  }
  if (recordRuns > 1) results = withLowestRatios(runsOfResults);
  // The quick form's check: a workload that fell behind (see fallenRatios) is measured again, over twice as many
  // rounds, and judged on the new rounds alone, so it fails only when it falls behind twice running: a slowdown does,
  // a noisy minute of a shared machine (whose bad rounds would otherwise drag the median of all rounds down) does not.
  const recorded = readResults();
  const reference = quick && !args.record ? recorded.quick : undefined;
  const suspects = reference ? fallenRatios(reference, results) : [];
  if (suspects.length) {
    log(
      `\nRe-measuring before comparing, as FactDesk fell more than ${TOLERANCE * 100} % behind their peers: ${suspects.map((s) => `${s.workload} c=${s.connections}`).join(", ")}`,
    );
    for (const suspect of suspects) {
      delete roundsOf[suspect.workload]![suspect.connections];
      await measure(WORKLOADS.find((w) => w.name === suspect.workload)!, suspect.connections, settings.rounds * 2);
    }
  }
  const memoryAfter: Record<string, number | null> = {};
  for (const name of SERVER_NAMES) memoryAfter[name] = processRssMiB(servers[name]!.pid);
  await stopAll();
  await monitor.end();

  const run: RunResult = {
    mode: quick ? "quick" : "full",
    at: new Date().toISOString(),
    git: gitInfo(),
    machine: await machineInfo(databaseUrl, loadAverage),
    data,
    settings,
    startupSeconds: startup,
    memoryMiB: { atStart: memoryAtStart, afterRun: memoryAfter },
    statements,
    workloads: results,
    totalSeconds: round((performance.now() - started) / 1000),
  };

  // 5. Record, or (quick) compare with the recorded ratios.
  let failed = false;
  if (reference) {
    failed = compareRatios(reference, run);
  } else {
    const previous = recorded[run.mode];
    recorded[run.mode] = args.workloads && previous ? withWorkloadsRecorded(previous, run) : run;
    fs.writeFileSync(resultsFile, `${JSON.stringify(recorded, null, 2)}\n`);
    writeResultsMarkdown(path.join(benchDir, "RESULTS.md"), recorded);
    log(`Recorded the ${run.mode} run in bench/results.json and bench/RESULTS.md (${run.totalSeconds} s).`);
  }
  printSummary(run);

  if (!quick && !args["skip-micro"]) {
    log("\nMicro-benchmarks (bench/micro.ts):");
    const { runMicroBenchmarks } = await import("./micro.js");
    await runMicroBenchmarks();
  }
  if (failed) process.exitCode = 1;
}

// --- the desk and its fixtures ------------------------------------------------------------------------------------

async function describeData(db: pg.Client): Promise<RunResult["data"]> {
  // The desk's own tables; Prisma's join tables (a leading underscore) are not counted.
  const tables = LOAD_ORDER.filter((name) => !name.startsWith("_"));
  const rows: Record<string, number> = {};
  for (const t of tables) rows[t] = Number((await db.query(`SELECT count(*) FROM "${t}"`)).rows[0].count);
  if (!rows.Claim) throw new Error(`${databaseName(databaseUrl)} has no claims: run pnpm bench:data --claims 100000 first.`);
  const size = (await db.query("SELECT pg_size_pretty(pg_database_size(current_database())) AS size")).rows[0].size as string;
  return { database: databaseName(databaseUrl), size, rows };
}

async function loadFixtures(db: pg.Client): Promise<Fixtures> {
  const ids = async (sql: string) => (await db.query<{ id: string }>(sql)).rows.map((r) => r.id);
  return {
    // A fixed sample of the desk (md5 of the id orders it reproducibly); merged duplicates are not opened.
    deskClaims: await ids(`SELECT id FROM "Claim" WHERE "mergedIntoId" IS NULL ORDER BY md5(id) LIMIT 50`),
    verdicts: [
      ...(await ids(
        `SELECT id FROM "Verdict" v WHERE state = 'PUBLISHED' AND EXISTS (SELECT 1 FROM "VerdictCorrection" c WHERE c."verdictId" = v.id) ORDER BY md5(id) LIMIT 25`,
      )),
      ...(await ids(
        `SELECT id FROM "Verdict" v WHERE state = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM "VerdictCorrection" c WHERE c."verdictId" = v.id) ORDER BY md5(id) LIMIT 25`,
      )),
    ],
    events: await ids(
      `SELECT "eventId" AS id FROM "ReportedFigure" WHERE metric = 'KILLED' GROUP BY "eventId" ORDER BY count(*) DESC, "eventId" LIMIT 10`,
    ),
    searchQueries: Array.from({ length: 40 }, (_, i) => `${words[(i * 7) % words.length]} ${words[(i * 13 + 5) % words.length]}`),
    writeClaims: await ids(`SELECT id FROM "Claim" WHERE status = 'IN_REVIEW' AND "mergedIntoId" IS NULL ORDER BY md5(id) LIMIT 200`),
    writeSources: await ids(`SELECT id FROM "Source" ORDER BY md5(id) LIMIT 200`),
  };
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query:
        "mutation BenchSignIn($input: SignInInput!) { signIn(input: $input) { __typename ... on SignInSuccess { token } ... on Error { message } } }",
      variables: { input: { email: BENCH_USER.email, password: BENCH_USER.password } },
    }),
  });
  const body = (await response.json()) as { data?: { signIn?: { token?: string; message?: string } } };
  const token = body.data?.signIn?.token;
  if (!token) throw new Error(`Signing in as ${BENCH_USER.email} failed: ${JSON.stringify(body)}`);
  return token;
}

function headersFor(server: ServerName, workload: Workload, token: string): Record<string, string> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (server === "factdesk" && !workload.anonymous) headers.authorization = `Bearer ${token}`;
  if (server === "factdesk") Object.assign(headers, workload.factdeskHeaders);
  return headers;
}

async function send(url: string, server: ServerName, workload: Workload, param: string, token: string, sequence = 0) {
  const request = workload.request(server, param, sequence);
  const response = await fetch(`${url}${request.path}`, {
    method: request.method,
    headers: headersFor(server, workload, token),
    body: request.body,
  });
  const text = await response.text();
  if (!response.ok || !workload.ok(text))
    throw new Error(`${server} ${workload.name} ${param}: HTTP ${response.status} ${text.slice(0, 500)}`);
  return JSON.parse(text) as unknown;
}

// --- same data ----------------------------------------------------------------------------------------------------

/** The first path at which two plain values differ. */
function firstDifference(a: unknown, b: unknown, at = "$"): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === "object" && typeof b === "object") {
    if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length) return `${at} (length ${a.length} vs ${b.length})`;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        Array.isArray(a) ? `${at}[${key}]` : `${at}.${key}`,
      );
      if (d) return d;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
}

async function verify(workload: Workload, servers: Partial<Record<ServerName, RunningServer>>, fixtures: Fixtures, token: string) {
  if (!workload.shape || workload.servers.length < 2) {
    // Single-server workloads are still checked for errors once per parameter.
    for (const param of workload.params(fixtures).slice(0, 5)) await send(servers.factdesk!.url, "factdesk", workload, param, token);
    log(`Checked ${workload.name}: FactDesk answers without errors.`);
    return;
  }
  const params = workload.params(fixtures);
  if (params.length === 0) throw new Error(`No fixtures for ${workload.name}: is the desk empty?`);
  let items = 0;
  for (const param of params) {
    const shaped: Partial<Record<ServerName, unknown>> = {};
    for (const server of workload.servers)
      shaped[server] = workload.shape(server, await send(servers[server]!.url, server, workload, param, token), param);
    const reference = shaped.factdesk;
    if (reference == null || (Array.isArray(reference) && reference.length === 0))
      throw new Error(`${workload.name} ${param}: FactDesk returned nothing to compare`);
    for (const server of workload.servers) {
      const difference = firstDifference(reference, shaped[server]);
      if (difference) {
        const file = path.join(benchDir, ".tmp", `mismatch-${workload.name}.json`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, JSON.stringify({ param, shaped }, null, 2));
        throw new Error(
          `MISMATCH in ${workload.name} (${param}): FactDesk and ${SERVER_TITLES[server]} differ at ${difference}\nBoth answers: ${file}`,
        );
      }
    }
    items += JSON.stringify(reference).length;
  }
  log(
    `Checked ${workload.name}: ${params.length} request(s) identical across ${workload.servers.map((s) => SERVER_TITLES[s]).join(", ")} (${Math.round(items / params.length)} characters of data each).`,
  );
}

// --- SQL statements per request -----------------------------------------------------------------------------------

async function countStatements(
  servers: Partial<Record<ServerName, RunningServer>>,
  fixtures: Fixtures,
  token: string,
): Promise<RunResult["statements"]> {
  const counting = await startServer("factdesk-counting", { databaseUrl, countSql: true });
  const out: RunResult["statements"] = {};
  try {
    for (const workload of selected) {
      const params = workload.params(fixtures);
      // The mixed workload cycles through 20 requests (18 reads, 2 writes); the others take 3 of their parameters.
      const samples =
        workload.name === "mixed"
          ? Array.from({ length: 20 }, (_, i) => [params[i % params.length]!, i] as const)
          : params.slice(0, 3).map((p) => [p, 0] as const);
      out[workload.name] = {};
      for (const server of workload.servers) {
        let total = 0;
        for (const [param, sequence] of samples) {
          if (server === "factdesk") {
            const body = (await send(counting.url, server, workload, param, token, sequence)) as {
              extensions?: { sqlStatements?: number };
            };
            total += body.extensions?.sqlStatements ?? NaN;
          } else {
            const before = await statementCounter(servers[server]!.url);
            await send(servers[server]!.url, server, workload, param, token, sequence);
            total += (await statementCounter(servers[server]!.url)) - before;
          }
        }
        out[workload.name]![server] = round(total / samples.length, 1);
      }
    }
  } finally {
    await counting.stop();
  }
  log(`SQL statements per request: ${JSON.stringify(out)}`);
  return out;
}

async function statementCounter(url: string): Promise<number> {
  return ((await (await fetch(`${url}/__bench/statements`)).json()) as { statements: number }).statements;
}

// --- load ---------------------------------------------------------------------------------------------------------

let sequence = 0;

async function drive(
  server: RunningServer,
  workload: Workload,
  params: string[],
  token: string,
  connections: number,
  seconds: number,
  monitor: pg.Client,
): Promise<Measurement> {
  const name = server.name as ServerName;
  const headers = headersFor(name, workload, token);
  const latencies: number[] = [];
  const backend = new BackendCpu(monitor, server.applicationName);
  await backend.start();
  const cpuBefore = processCpuMs(server.pid)!;
  const started = performance.now();
  const instance = autocannon({
    url: server.url,
    connections,
    duration: seconds,
    timeout: 10,
    headers,
    verifyBody: (body) => workload.ok(String(body ?? "")),
    requests: [
      {
        setupRequest: (request: autocannon.Request) => {
          const n = sequence++;
          const next = workload.request(name, params[n % params.length]!, n);
          return { ...request, method: next.method, path: next.path, body: next.body ?? "", headers };
        },
      },
    ],
  });
  (instance as unknown as NodeJS.EventEmitter).on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
    latencies.push(responseTime),
  );
  const result = (await instance) as autocannon.Result & { mismatches?: number };
  const elapsed = (performance.now() - started) / 1000;
  const serverCpu = processCpuMs(server.pid)! - cpuBefore;
  const postgresCpu = await backend.stop();
  latencies.sort((a, b) => a - b);
  const responses = latencies.length;
  return {
    seconds: round(elapsed),
    requests: responses,
    reqPerSec: round(responses / Math.max(result.duration, 1e-9), 1),
    latencyMs: {
      p50: round(percentile(latencies, 50), 1),
      p95: round(percentile(latencies, 95), 1),
      p99: round(percentile(latencies, 99), 1),
      max: round(latencies.at(-1) ?? NaN, 1),
    },
    errors: { non2xx: result.non2xx, graphql: result.mismatches ?? 0, socket: result.errors - result.timeouts, timeouts: result.timeouts },
    cpuMs: { server: round(serverCpu), postgres: round(postgresCpu) },
    cpuMsPerRequest: {
      server: round(serverCpu / Math.max(1, responses)),
      postgres: round(postgresCpu / Math.max(1, responses)),
      total: round((serverCpu + postgresCpu) / Math.max(1, responses)),
    },
  };
}

function medianOf(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
}

const totalErrors = (m: Measurement) => m.errors.non2xx + m.errors.graphql + m.errors.socket + m.errors.timeouts;

/** Rounds of one server merged: requests over the total time, latency percentiles weighted by rounds' medians. */
function combine(workload: Workload, rounds: Partial<Record<ServerName, Measurement[]>>): RunResult["workloads"][string][number] {
  const servers: Partial<Record<ServerName, Measurement & { rounds: number[] }>> = {};
  for (const [name, ms] of Object.entries(rounds) as [ServerName, Measurement[]][]) {
    const requests = ms.reduce((s, m) => s + m.requests, 0);
    const seconds = ms.reduce((s, m) => s + m.requests / Math.max(m.reqPerSec, 1e-9), 0);
    const cpuServer = ms.reduce((s, m) => s + m.cpuMs.server, 0);
    const cpuPostgres = ms.reduce((s, m) => s + m.cpuMs.postgres, 0);
    const worst = (pick: (m: Measurement) => number) => Math.max(...ms.map(pick));
    const median = (pick: (m: Measurement) => number) => medianOf(ms.map(pick));
    servers[name] = {
      seconds: round(ms.reduce((s, m) => s + m.seconds, 0)),
      requests,
      reqPerSec: round(requests / Math.max(seconds, 1e-9), 1),
      rounds: ms.map((m) => m.reqPerSec),
      latencyMs: {
        p50: round(
          median((m) => m.latencyMs.p50),
          1,
        ),
        p95: round(
          median((m) => m.latencyMs.p95),
          1,
        ),
        p99: round(
          median((m) => m.latencyMs.p99),
          1,
        ),
        max: worst((m) => m.latencyMs.max),
      },
      errors: {
        non2xx: ms.reduce((s, m) => s + m.errors.non2xx, 0),
        graphql: ms.reduce((s, m) => s + m.errors.graphql, 0),
        socket: ms.reduce((s, m) => s + m.errors.socket, 0),
        timeouts: ms.reduce((s, m) => s + m.errors.timeouts, 0),
      },
      cpuMs: { server: round(cpuServer), postgres: round(cpuPostgres) },
      cpuMsPerRequest: {
        server: round(cpuServer / Math.max(1, requests)),
        postgres: round(cpuPostgres / Math.max(1, requests)),
        total: round((cpuServer + cpuPostgres) / Math.max(1, requests)),
      },
    };
  }
  // Each round's FactDesk run sits next to the peers' in time, so the ratio is taken per round and the median kept:
  // a burst of load from elsewhere on the machine then moves one round's ratio, not the result.
  const ratio = (peer: ServerName) => {
    const f = rounds.factdesk;
    const p = rounds[peer];
    if (!f || !p || workload.latencyOnly) return null;
    const perRound = f.map((m, i) => m.reqPerSec / Math.max(p[i]!.reqPerSec, 1e-9));
    const cpu = servers[peer]!.cpuMsPerRequest.total / Math.max(servers.factdesk!.cpuMsPerRequest.total, 1e-9);
    return { reqPerSec: round(medianOf(perRound), 3), perRound: perRound.map((r) => round(r, 3)), cpuPerRequest: round(cpu, 3) };
  };
  return { servers, ratios: { postgraphile: ratio("postgraphile"), baseline: ratio("baseline") } };
}

// --- the quick form's check ---------------------------------------------------------------------------------------

/** The last run's measurements, with each ratio the lowest any run gave (and every run's ratio listed). */
function withLowestRatios(runs: RunResult["workloads"][]): RunResult["workloads"] {
  const last = runs.at(-1)!;
  for (const [workload, byConnections] of Object.entries(last)) {
    for (const [connections, result] of Object.entries(byConnections)) {
      for (const peer of ["postgraphile", "baseline"] as const) {
        const ratio = result.ratios[peer];
        if (!ratio) continue;
        const ofRuns = runs.map((r) => r[workload]![Number(connections)]!.ratios[peer]!.reqPerSec);
        result.ratios[peer] = { ...ratio, reqPerSec: Math.min(...ofRuns), ofRuns };
      }
    }
  }
  return last;
}

const TOLERANCE = 0.2;

/** Each FactDesk ratio that has a recorded counterpart, and whether it fell more than the tolerance below it. */
function ratioChanges(reference: RunResult, workloads: RunResult["workloads"]) {
  return Object.entries(workloads).flatMap(([workload, byConnections]) =>
    Object.entries(byConnections).flatMap(([connections, result]) =>
      (["postgraphile", "baseline"] as const).flatMap((peer) => {
        const now = result.ratios[peer]?.reqPerSec;
        const then = reference.workloads[workload]?.[Number(connections)]?.ratios[peer]?.reqPerSec;
        if (now == null || then == null) return [];
        return [{ workload, connections: Number(connections), peer, now, then, fell: now < then * (1 - TOLERANCE) }];
      }),
    ),
  );
}

/**
 * The workloads (and connection counts) where FactDesk fell behind: its ratio fell more than the tolerance below the
 * recorded one against every peer the workload has. A slower FactDesk lowers its ratio to each peer alike; one peer's
 * noisy run (the hand-written baseline's thousands of requests a second are as much the load generator's speed as
 * its own) lowers one ratio only.
 */
function fallenRatios(reference: RunResult, workloads: RunResult["workloads"]) {
  const byWorkload = new Map<string, { workload: string; connections: number; fell: boolean[] }>();
  for (const { workload, connections, fell } of ratioChanges(reference, workloads)) {
    const key = `${workload}@${connections}`;
    if (!byWorkload.has(key)) byWorkload.set(key, { workload, connections, fell: [] });
    byWorkload.get(key)!.fell.push(fell);
  }
  return [...byWorkload.values()].filter((w) => w.fell.every(Boolean)).map(({ workload, connections }) => ({ workload, connections }));
}

/** True when FactDesk fell more than 20 % behind the recorded ratios (see fallenRatios). */
function compareRatios(reference: RunResult, run: RunResult): boolean {
  log(`\nFactDesk's req/s ratios against the recorded quick run (${reference.at}, ${reference.git.commit.slice(0, 8)}):`);
  for (const { workload, connections, peer, now, then, fell } of ratioChanges(reference, run.workloads)) {
    log(
      `  ${fell ? "fell" : "ok  "} ${workload.padEnd(15)} c=${connections} vs ${SERVER_TITLES[peer].padEnd(15)} ${now.toFixed(3)} (recorded ${then.toFixed(3)}, ${((now / then - 1) * 100).toFixed(0)} %)`,
    );
  }
  const behind = fallenRatios(reference, run.workloads);
  for (const { workload, connections } of behind)
    log(`  FAIL ${workload} c=${connections}: behind every peer by more than ${TOLERANCE * 100} %`);
  log(
    behind.length
      ? "FactDesk fell behind the recorded ratios."
      : `FactDesk did not fall more than ${TOLERANCE * 100} % behind against all the peers of any workload.`,
  );
  return behind.length > 0;
}

function printSummary(run: RunResult) {
  log("\nFactDesk's throughput as a ratio of each peer's (1.0 = as fast):");
  for (const [workload, byConnections] of Object.entries(run.workloads)) {
    for (const [connections, result] of Object.entries(byConnections)) {
      const f = result.servers.factdesk;
      const r = result.ratios;
      log(
        `  ${workload.padEnd(15)} c=${connections.padEnd(3)} FactDesk ${f?.reqPerSec ?? "-"} req/s, p95 ${f?.latencyMs.p95 ?? "-"} ms` +
          (r.postgraphile ? `; ×${r.postgraphile.reqPerSec} PostGraphile` : "") +
          (r.baseline ? `, ×${r.baseline.reqPerSec} baseline` : ""),
      );
    }
  }
}

// --- where it ran -------------------------------------------------------------------------------------------------

function gitInfo(): RunResult["git"] {
  const git = (...a: string[]) => {
    try {
      return execFileSync("git", a, { cwd: repoRoot, encoding: "utf8" }).trim();
    } catch {
      return "";
    }
  };
  return { commit: git("rev-parse", "HEAD") || "unknown", dirty: git("status", "--porcelain", "--", "packages/server", "prisma") !== "" };
}

async function machineInfo(url: string, loadAverage: number[]): Promise<RunResult["machine"]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const version = (await client.query("SHOW server_version")).rows[0].server_version as string;
  const sharedBuffers = (await client.query("SHOW shared_buffers")).rows[0].shared_buffers as string;
  await client.end();
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres: `${version} (shared_buffers ${sharedBuffers})`,
    loadAverageAtStart: loadAverage,
  };
}

try {
  await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exitCode = 1;
}
