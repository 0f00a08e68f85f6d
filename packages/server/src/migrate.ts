import fs from "node:fs";
import path from "node:path";
import { Umzug, type UmzugStorage } from "umzug";
import type { ScriptRunner } from "./db.js";
import { migrationsDir } from "./config.js";
import { StartupError } from "./errors.js";

const TABLE = "factdesk_migrations";

/**
 * Records applied migrations in our own table. The row is written by the migration itself, inside the
 * same transaction as its SQL, so a crash can never leave a migration applied but unrecorded.
 */
function migrationTable(scripts: ScriptRunner): UmzugStorage {
  return {
    async executed() {
      const rows = await scripts.query<{ name: string }>(`SELECT name FROM ${TABLE} ORDER BY name`);
      return rows.map((row) => row.name);
    },
    async logMigration() {},
    async unlogMigration() {
      throw new Error("FactDesk migrations are forward-only");
    },
  };
}

export function listMigrationFiles(dir = migrationsDir): { name: string; file: string }[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => ({ name: entry.name, file: path.join(dir, entry.name, "migration.sql") }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export interface MigrationReport {
  applied: string[];
  total: number;
}

/** Applies pending migrations in order, each in its own transaction, under a lock. */
export async function migrate(scripts: ScriptRunner, dir = migrationsDir): Promise<MigrationReport> {
  return scripts.withLock(async () => {
    await scripts.query(`CREATE TABLE IF NOT EXISTS ${TABLE} (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`);
    const files = listMigrationFiles(dir);
    const known = new Set(files.map((f) => f.name));
    const storage = migrationTable(scripts);
    const unknown = (await storage.executed({ context: {} })).filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new StartupError(
        `This database was migrated by a newer FactDesk (unknown migration ${unknown.join(", ")}). ` +
          "Upgrade FactDesk to the version that wrote it; this version will not touch it.",
      );
    }
    const umzug = new Umzug({
      logger: undefined,
      storage,
      migrations: files.map(({ name, file }) => ({
        name,
        path: file,
        up: async () =>
          scripts.execInTransaction(fs.readFileSync(file, "utf8"), {
            sql: `INSERT INTO ${TABLE} (name) VALUES ($1)`,
            params: [name],
          }),
      })),
    });
    const applied = await umzug.up();
    return { applied: applied.map((m) => m.name), total: files.length };
  });
}
