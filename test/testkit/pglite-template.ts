import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { listMigrationFiles } from "../../packages/server/src/migrate.js";

// Creating an embedded database (initdb) and migrating it takes seconds of CPU; the suite does it once and starts
// every in-memory PGlite test server from a copy (Config.embeddedTemplate). Start-up tests use real folders and
// never a copy.

/** Where the template for the current migrations lives (its name changes whenever a migration does). */
export function templatePath(): string {
  const hash = crypto.createHash("sha256");
  for (const { name, file } of listMigrationFiles()) hash.update(name).update(fs.readFileSync(file));
  return path.join(os.tmpdir(), `factdesk-pglite-template-${hash.digest("hex").slice(0, 16)}.tar`);
}

/** Vitest global setup: builds the template unless these migrations already have one. */
export default async function setup(): Promise<void> {
  const target = templatePath();
  if (fs.existsSync(target)) return;
  // Templates of earlier migrations are of no more use.
  for (const old of fs.readdirSync(path.dirname(target))) {
    if (old.startsWith("factdesk-pglite-template-") && old.endsWith(".tar"))
      fs.rmSync(path.join(path.dirname(target), old), { force: true });
  }
  const { openDatabase } = await import("../../packages/server/src/db.js");
  const { migrate } = await import("../../packages/server/src/migrate.js");
  const database = await openDatabase({ dataDir: `memory://template-${crypto.randomUUID()}` });
  try {
    await migrate(database.scripts);
    const dump = await database.dump!();
    // Written under another name first: a half-written template must never be picked up.
    const partial = `${target}.${process.pid}.partial`;
    fs.writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(partial, target);
  } finally {
    await database.close();
  }
}
