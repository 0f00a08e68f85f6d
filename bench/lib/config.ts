import path from "node:path";
import { fileURLToPath } from "node:url";

/** The bench/ folder and the repository root. */
export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = path.resolve(benchDir, "..");

/** Where the generated desk lives unless `--database` says otherwise (the machine's PostgreSQL, trust auth). */
export const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/factdesk_bench";
/** The short form (CI) uses its own small desk, so it never disturbs (or depends on) the full one. */
export const QUICK_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/factdesk_bench_quick";

/**
 * The staff account the benchmark signs in with. It is created by the data generator with this password; the
 * desk is a throwaway benchmark database, never a real one.
 */
export const BENCH_USER = { email: "bench@factdesk.test", password: "bench-password-not-secret", name: "Bench Editor" };

/** The same URL pointing at another database on that server (the maintenance database `postgres` by default). */
export function withDatabase(url: string, database = "postgres"): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Unexpected database name "${name}": use letters, digits and _ only.`);
  return name;
}

/** A connection string with `application_name` set, so each server's PostgreSQL backends can be told apart. */
export function withApplicationName(url: string, name: string): string {
  const u = new URL(url);
  u.searchParams.set("application_name", name);
  return u.toString();
}
