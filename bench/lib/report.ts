import fs from "node:fs";
import path from "node:path";
import { SERVER_NAMES, SERVER_TITLES, WORKLOADS, type ServerName } from "./workloads.js";
import type { ResultsFile, RunResult } from "./results.js";

const n = (value: number | null | undefined, digits = 1) =>
  value == null || Number.isNaN(value)
    ? "–"
    : value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (value: number | null | undefined) => (value == null ? "–" : `${value.toFixed(2)}×`);

function runSection(run: RunResult, heading: string): string[] {
  const out: string[] = [];
  const rows = run.data.rows;
  out.push(`## ${heading}`, "");
  out.push(
    `- **When:** ${run.at} — commit \`${run.git.commit.slice(0, 12)}\`${run.git.dirty ? " (with uncommitted changes in packages/server or prisma)" : ""}`,
    `- **Machine:** ${run.machine.cpus} × ${run.machine.cpuModel}, ${run.machine.memoryGiB} GiB; Node ${run.machine.node}; PostgreSQL ${run.machine.postgres}; load average at start ${run.machine.loadAverageAtStart.join(" / ")}. The load generator (autocannon), the server under test and PostgreSQL share these cores.`,
    `- **Data:** \`${run.data.database}\` (${run.data.size}): ${rows.Claim?.toLocaleString("en-US")} claims, ${rows.Appearance?.toLocaleString("en-US")} appearances, ${rows.Evidence?.toLocaleString("en-US")} evidence, ${rows.Rating?.toLocaleString("en-US")} ratings, ${rows.Verdict?.toLocaleString("en-US")} verdicts (${rows.VerdictCorrection?.toLocaleString("en-US")} corrections), ${rows.Source?.toLocaleString("en-US")} sources, ${rows.Entity?.toLocaleString("en-US")} claimants, ${rows.Event?.toLocaleString("en-US")} events, ${rows.ReportedFigure?.toLocaleString("en-US")} reported figures, ${rows.MediaItem?.toLocaleString("en-US")} media items.`,
    ...Object.entries(run.rerecorded ?? {}).map(
      ([workload, { at, commit }]) => `- **Recorded again on its own:** ${title(workload)}, ${at} — commit \`${commit.slice(0, 12)}\`.`,
    ),
    `- **Runs:** ${run.settings.rounds} round(s) of ${run.settings.durationSeconds} s per server, workload and connection count (${run.settings.connections.join(" and ")} connections), servers interleaved, after a ${run.settings.warmupSeconds} s warm-up; whole run ${Math.round(run.totalSeconds)} s.`,
    "",
  );

  out.push(
    "### FactDesk against the peers",
    "",
    "Throughput ratio = FactDesk's req/s ÷ the peer's in the same round, median over the rounds (1.00× = as fast); CPU ratio = the peer's CPU per request ÷ FactDesk's (server process + its PostgreSQL backends).",
    "",
  );
  out.push(
    "| workload | conns | FactDesk req/s | PostGraphile req/s | baseline req/s | ×PostGraphile | ×baseline | CPU ×PostGraphile | CPU ×baseline |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const [name, byConnections] of Object.entries(run.workloads)) {
    for (const [connections, result] of Object.entries(byConnections)) {
      const s = result.servers;
      out.push(
        `| ${title(name)} | ${connections} | ${n(s.factdesk?.reqPerSec)} | ${n(s.postgraphile?.reqPerSec)} | ${n(s.baseline?.reqPerSec)} | ${ratio(result.ratios.postgraphile?.reqPerSec)} | ${ratio(result.ratios.baseline?.reqPerSec)} | ${ratio(result.ratios.postgraphile?.cpuPerRequest)} | ${ratio(result.ratios.baseline?.cpuPerRequest)} |`,
      );
    }
  }
  out.push("");

  for (const [name, byConnections] of Object.entries(run.workloads)) {
    const workload = WORKLOADS.find((w) => w.name === name);
    out.push(`### ${title(name)}`, "", workload?.description ?? "", "");
    out.push(
      "| conns | server | req/s (per round) | p50 ms | p95 ms | p99 ms | max ms | errors | CPU ms/req server + PostgreSQL | SQL/req |",
      "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    );
    for (const [connections, result] of Object.entries(byConnections)) {
      for (const server of SERVER_NAMES) {
        const m = result.servers[server];
        if (!m) continue;
        const errors = m.errors.non2xx + m.errors.graphql + m.errors.socket + m.errors.timeouts;
        const errorText =
          errors === 0
            ? "0"
            : `${errors} (${[m.errors.non2xx && `${m.errors.non2xx} non-2xx`, m.errors.graphql && `${m.errors.graphql} GraphQL`, m.errors.timeouts && `${m.errors.timeouts} timeouts`, m.errors.socket && `${m.errors.socket} socket`].filter(Boolean).join(", ")})`;
        out.push(
          `| ${connections} | ${SERVER_TITLES[server]} | ${n(m.reqPerSec)} (${m.rounds.map((r) => n(r)).join(", ")}) | ${n(m.latencyMs.p50)} | ${n(m.latencyMs.p95)} | ${n(m.latencyMs.p99)} | ${n(m.latencyMs.max, 0)} | ${errorText} | ${n(m.cpuMsPerRequest.server, 2)} + ${n(m.cpuMsPerRequest.postgres, 2)} = ${n(m.cpuMsPerRequest.total, 2)} | ${n(run.statements[name]?.[server])} |`,
        );
      }
    }
    out.push("");
  }

  out.push("### Memory and start-up", "", "| server | start-up s | RSS at start MiB | RSS after the run MiB |", "|---|---:|---:|---:|");
  for (const server of SERVER_NAMES as ServerName[]) {
    out.push(
      `| ${SERVER_TITLES[server]} | ${n(run.startupSeconds[server], 2)} | ${n(run.memoryMiB.atStart[server])} | ${n(run.memoryMiB.afterRun[server])} |`,
    );
  }
  out.push("");
  return out;
}

const title = (name: string) => WORKLOADS.find((w) => w.name === name)?.title ?? name;

/** Issue 12's targets, each checked against a run: what was measured and whether it is met. */
function targetsSection(run: RunResult): string[] {
  const rows: string[] = [];
  const check = (target: string, measured: string, met: boolean | null) =>
    rows.push(`| ${target} | ${measured} | ${met == null ? "not measured" : met ? "met" : "**not met**"} |`);
  const byConnections = (name: string) => Object.entries(run.workloads[name] ?? {});
  const ratioTarget = (name: string, peer: "postgraphile" | "baseline", at: number) => {
    const results = byConnections(name);
    const measured = results.map(([c, r]) => `${ratio(r.ratios[peer]?.reqPerSec)} at ${c}`).join(", ") || "–";
    const values = results.map(([, r]) => r.ratios[peer]?.reqPerSec).filter((v): v is number => v != null);
    check(
      `${title(name)}: at least ${at}× ${peer === "postgraphile" ? "PostGraphile" : "the baseline"}`,
      measured,
      values.length ? values.every((v) => v >= at) : null,
    );
  };
  ratioTarget("queue", "postgraphile", 1);
  ratioTarget("queue", "baseline", 0.3);
  ratioTarget("claim-desk", "postgraphile", 1);
  ratioTarget("claim-desk", "baseline", 0.3);
  ratioTarget("figure-summary", "baseline", 0.3);
  ratioTarget("verdict-page-cached", "baseline", 1);
  const search = byConnections("search").map(([c, r]) => [c, r.servers.factdesk?.latencyMs.p95] as const);
  check(
    `Search p95 under 50 ms (${run.data.rows.Claim?.toLocaleString("en-US")} claims)`,
    search.map(([c, p95]) => `${n(p95)} ms at ${c}`).join(", ") || "–",
    search.length ? search.every(([, p95]) => p95 != null && p95 < 50) : null,
  );
  const at64 = Object.entries(run.workloads).flatMap(([name, byC]) =>
    byC[64]?.servers.factdesk ? [[name, byC[64].servers.factdesk] as const] : [],
  );
  const errors64 = at64.reduce((sum, [, m]) => sum + m.errors.non2xx + m.errors.graphql + m.errors.socket + m.errors.timeouts, 0);
  // A workload that got no answer within its runs has no errors counted, but it failed all the same.
  const unanswered = at64.filter(([, m]) => m.reqPerSec === 0).map(([name]) => title(name));
  check(
    "No errors at 64 connections (FactDesk, every workload)",
    at64.length
      ? `${errors64} errors in ${at64.length} workloads${unanswered.length ? `; no answer within the runs: ${unanswered.join(", ")}` : ""}`
      : "–",
    at64.length ? errors64 === 0 && unanswered.length === 0 : null,
  );
  return ["### Targets", "", "| target | measured | |", "|---|---|---|", ...rows, ""];
}

/** bench/RESULTS.md from the recorded runs. */
export function writeResultsMarkdown(file: string, results: ResultsFile) {
  const out: string[] = [
    "# Benchmark results: FactDesk, PostGraphile 5 and hand-written SQL",
    "",
    "Written by `pnpm bench` from `bench/results.json` (do not edit by hand). How the benchmark works and how to run it: `bench/README.md`.",
    "",
    "Servers, all on the same PostgreSQL database and connection-pool size (10):",
    "",
    "- **FactDesk**: `node packages/server/dist/main.js` (the production build), rate limits raised, no Redis; staff requests carry a session (`Authorization: Bearer`), the verdict page is anonymous.",
    "- **PostGraphile 5**: `postgraphile` 5.1.5 with the amber preset and `postgraphile-plugin-connection-filter`, every column filterable and orderable, no auth; bundled and run on node.",
    "- **node:http + pg**: one prepared statement per page with PostgreSQL building nested lists as JSON (`bench/servers/baseline.ts`).",
    "",
    "Every workload is first checked to return the same data from all three servers (normalized to one plain shape). CPU per request adds the server process's CPU time and that of its PostgreSQL backends (from /proc, found by `application_name`). SQL statements per request come from a separate counting pass (FactDesk's `extensions.sqlStatements`, the peers' pool counters), not from the timed runs.",
    "",
  ];
  const analysis = path.join(path.dirname(file), "ANALYSIS.md");
  if (fs.existsSync(analysis)) out.push(fs.readFileSync(analysis, "utf8").trim(), "");
  if (results.full) out.push(...runSection(results.full, "Full run"), ...targetsSection(results.full));
  if (results.quick) out.push(...runSection(results.quick, "Quick run (the reference `pnpm bench --quick` compares with)"));
  out.push(
    "## Micro-benchmarks",
    "",
    "`bench/micro.ts` (run after the comparison by `pnpm bench`) records extraction speed, the claims page through the test kit, search over 100,000 claims and the web bundle in `bench/results/*.json`.",
    "",
  );
  fs.writeFileSync(file, out.join("\n"));
}
