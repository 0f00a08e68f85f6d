// `pnpm bench:data --claims 100000 [--seed N] [--database URL]` (or `tsx bench/data.ts …`): creates a fresh
// PostgreSQL database, applies FactDesk's migrations as the server does at start-up, and loads a generated desk with
// COPY. The same claims count and seed always give the same rows.
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase } from "../packages/server/src/db.js";
import { migrate } from "../packages/server/src/migrate.js";
import { hashPassword } from "../packages/server/src/services/passwords.js";
import { copyRows } from "./lib/copy.js";
import { generateDesk } from "./lib/desk-generator.js";
import { BENCH_USER, DEFAULT_DATABASE_URL, databaseName, withDatabase } from "./lib/config.js";

export interface BenchDeskOptions {
  claims: number;
  seed: number;
  databaseUrl: string;
  log?: (line: string) => void;
}

export interface BenchDeskReport {
  database: string;
  claims: number;
  seed: number;
  rows: Record<string, number>;
  seconds: { migrate: number; generate: number; load: number; indexes: number; analyze: number; total: number };
}

// Tables in load order (foreign keys are not checked during the load: the generator keeps them consistent).
export const LOAD_ORDER = [
  "User",
  "Entity",
  "Event",
  "Source",
  "MediaItem",
  "Claim",
  "Appearance",
  "Evidence",
  "Rating",
  "Verdict",
  "VerdictCorrection",
  "ReportedFigure",
  "_ClaimMedia",
  "_RatingEvidence",
  "_VerdictEvidence",
];

const seconds = (start: number) => Math.round((performance.now() - start) / 10) / 100;

/** Drops and recreates the database, migrates it and loads a generated desk. */
export async function createBenchDesk(opts: BenchDeskOptions): Promise<BenchDeskReport> {
  const log = opts.log ?? console.log;
  const name = databaseName(opts.databaseUrl);
  const started = performance.now();

  const admin = new pg.Client({ connectionString: withDatabase(opts.databaseUrl) });
  await admin.connect();
  try {
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", [name]);
    await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }

  // Migrations exactly as the server applies them at start-up (packages/server/src/migrate.ts).
  let phase = performance.now();
  const database = await openDatabase({ databaseUrl: opts.databaseUrl, dataDir: "unused", poolSize: 2 });
  try {
    const migrated = await migrate(database.scripts);
    log(`Created ${name} and applied ${migrated.applied.length} migration(s).`);
  } finally {
    await database.close();
  }
  const migrateSeconds = seconds(phase);

  phase = performance.now();
  const desk = generateDesk({
    claims: opts.claims,
    seed: opts.seed,
    passwordHash: await hashPassword(BENCH_USER.password),
    benchUser: BENCH_USER,
  });
  const generateSeconds = seconds(phase);
  log(`Generated ${opts.claims.toLocaleString("en-US")} claims and their rows in ${generateSeconds} s (seed ${opts.seed}).`);

  const client = new pg.Client({ connectionString: opts.databaseUrl });
  await client.connect();
  let loadSeconds = 0;
  let indexSeconds = 0;
  let analyzeSeconds = 0;
  let indexCount = 0;
  try {
    // Secondary indexes are dropped for the load and rebuilt from their own definitions afterwards (much faster
    // than maintaining GIN indexes row by row); foreign-key triggers are skipped for this session only.
    phase = performance.now();
    const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      [LOAD_ORDER],
    );
    indexCount = indexes.length;
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);
    for (const tableName of LOAD_ORDER) {
      const tableRows = desk.tables[tableName]!;
      await copyRows(client, tableName, tableRows.columns, tableRows.rows);
    }
    loadSeconds = seconds(phase);
    phase = performance.now();
    await client.query("SET LOCAL maintenance_work_mem = '512MB'");
    for (const index of indexes) await client.query(index.indexdef);
    await client.query("COMMIT");
    indexSeconds = seconds(phase);
    phase = performance.now();
    await client.query("VACUUM ANALYZE");
    analyzeSeconds = seconds(phase);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }

  const report: BenchDeskReport = {
    database: name,
    claims: opts.claims,
    seed: opts.seed,
    rows: desk.counts,
    seconds: {
      migrate: migrateSeconds,
      generate: generateSeconds,
      load: loadSeconds,
      indexes: indexSeconds,
      analyze: analyzeSeconds,
      total: seconds(started),
    },
  };
  log(`Loaded with COPY in ${loadSeconds} s, rebuilt ${indexCount} indexes in ${indexSeconds} s, VACUUM ANALYZE ${analyzeSeconds} s.`);
  log("Rows:");
  for (const tableName of LOAD_ORDER) log(`  ${tableName.padEnd(18)} ${String(desk.counts[tableName]).padStart(9)}`);
  log(`Done in ${report.seconds.total} s. Staff sign-in for the benchmark: ${BENCH_USER.email}.`);
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      claims: { type: "string", default: "100000" },
      seed: { type: "string", default: "1" },
      database: { type: "string", default: process.env.BENCH_DATABASE_URL ?? DEFAULT_DATABASE_URL },
    },
  });
  const claims = Number(values.claims);
  const seed = Number(values.seed);
  if (!Number.isSafeInteger(claims) || claims < 100) throw new Error("--claims must be a whole number of at least 100");
  if (!Number.isSafeInteger(seed)) throw new Error("--seed must be a whole number");
  await createBenchDesk({ claims, seed, databaseUrl: values.database! });
}
