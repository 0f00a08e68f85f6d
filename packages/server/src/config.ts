import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const migrationsDir = path.join(repoRoot, "prisma/migrations");
export const demoDir = path.join(repoRoot, "prisma/demo");
export const webDistDir = path.join(repoRoot, "packages/web/dist");

/** Everything FactDesk reads from its environment, in one place (see the README's configuration table). */
export interface Config {
  /** PostgreSQL connection string; when absent FactDesk runs on embedded PGlite. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database. */
  dataDir: string;
  port: number;
  /** Load the demo desk into an empty embedded database on first start. */
  demo: boolean;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Adds the number of SQL statements a request ran to its response extensions (tests, benchmarks). */
  exposeSqlStatementCount: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.FACTDESK_DATA_DIR || path.join(repoRoot, "data")),
    port: Number(env.PORT || 4000),
    demo: env.FACTDESK_DEMO !== "0",
    adminEmail: env.FACTDESK_ADMIN_EMAIL || undefined,
    adminPassword: env.FACTDESK_ADMIN_PASSWORD || undefined,
    exposeSqlStatementCount: env.FACTDESK_EXPOSE_SQL_COUNT === "1",
  };
}

/** The address readers reach FactDesk at (FACTDESK_PUBLIC_URL), else the origin the request came to. */
export function publicBaseUrl(requestOrigin: string): string {
  return (process.env.FACTDESK_PUBLIC_URL || requestOrigin).replace(/\/$/, "");
}

/** The organisation named as author of published fact-checks (FACTDESK_PUBLISHER_NAME). */
export const publisherName = () => process.env.FACTDESK_PUBLISHER_NAME || "FactDesk";
