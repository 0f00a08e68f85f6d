import crypto from "node:crypto";
import fs from "node:fs";
import { templatePath } from "./pglite-template.js";
import pg from "pg";

export type TestDbKind = "pglite" | "postgres";

export const testDbKind = (): TestDbKind => (process.env.FACTDESK_TEST_DB === "postgres" ? "postgres" : "pglite");

/** Admin connection to the machine's PostgreSQL (trust auth); override with FACTDESK_TEST_PG_URL. */
export const postgresAdminUrl = () => process.env.FACTDESK_TEST_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test";

export interface ScratchDatabase {
  /** DATABASE_URL for PostgreSQL, undefined for PGlite. */
  databaseUrl: string | undefined;
  /** Data folder for PGlite (`memory://…` unless a folder was asked for). */
  dataDir: string;
  /** The migrated PGlite template a new in-memory database starts from, when the suite built one. */
  embeddedTemplate: string | undefined;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file: a new PostgreSQL database, or a new PGlite. */
export async function createScratchDatabase(kind = testDbKind(), dataDir?: string): Promise<ScratchDatabase> {
  if (kind === "pglite") {
    const template = templatePath();
    return {
      databaseUrl: undefined,
      dataDir: dataDir ?? `memory://${crypto.randomUUID()}`,
      embeddedTemplate: !dataDir && fs.existsSync(template) ? template : undefined,
      drop: async () => {},
    };
  }
  const name = `factdesk_test_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    dataDir: "unused",
    embeddedTemplate: undefined,
    async drop() {
      const client = new pg.Client({ connectionString: postgresAdminUrl() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
