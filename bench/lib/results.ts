import type { ServerName } from "./workloads.js";

/** One server's numbers for one workload at one connection count. */
export interface Measurement {
  seconds: number;
  requests: number;
  reqPerSec: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** non2xx: HTTP errors; graphql: 2xx answers with GraphQL errors or a typed error result; socket/timeouts: autocannon's. */
  errors: { non2xx: number; graphql: number; socket: number; timeouts: number };
  /** CPU used during the run: the server's process, and its PostgreSQL backends. */
  cpuMs: { server: number; postgres: number };
  cpuMsPerRequest: { server: number; postgres: number; total: number };
}

export interface Ratio {
  /** FactDesk's req/s divided by the peer's in the same round (1.0 = as fast); the median over rounds. */
  reqPerSec: number;
  perRound: number[];
  /** A recorded quick reference: each timed run's ratio (reqPerSec is the lowest of them). */
  ofRuns?: number[];
  /** The peer's CPU per request divided by FactDesk's (1.0 = as frugal). */
  cpuPerRequest: number;
}

export interface WorkloadResult {
  servers: Partial<Record<ServerName, Measurement & { rounds: number[] }>>;
  ratios: { postgraphile: Ratio | null; baseline: Ratio | null };
}

export interface RunResult {
  mode: "full" | "quick";
  at: string;
  git: { commit: string; dirty: boolean };
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; postgres: string; loadAverageAtStart: number[] };
  data: { database: string; size: string; rows: Record<string, number> };
  settings: { durationSeconds: number; rounds: number; warmupSeconds: number; connections: number[] };
  startupSeconds: Record<string, number>;
  memoryMiB: { atStart: Record<string, number | null>; afterRun: Record<string, number | null> };
  /** SQL statements per request, per workload and server (a separate counting pass). */
  statements: Record<string, Partial<Record<ServerName, number>>>;
  /** workload → connections → result */
  workloads: Record<string, Record<number, WorkloadResult>>;
  totalSeconds: number;
  /** Workloads recorded again later on their own (`--record --workloads …`), with when and at which commit. */
  rerecorded?: Record<string, { at: string; commit: string }>;
}

/**
 * The recorded run with the given workloads taken from a newer run of only those workloads (after a change to what a
 * workload asks, the others keep the reference they were measured against).
 */
export function withWorkloadsRecorded(recorded: RunResult, run: RunResult): RunResult {
  const rerecorded = { ...recorded.rerecorded };
  for (const workload of Object.keys(run.workloads)) rerecorded[workload] = { at: run.at, commit: run.git.commit };
  return {
    ...recorded,
    statements: { ...recorded.statements, ...run.statements },
    workloads: { ...recorded.workloads, ...run.workloads },
    rerecorded,
  };
}

export type ResultsFile = Partial<Record<RunResult["mode"], RunResult>>;
