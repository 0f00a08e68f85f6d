import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { Config } from "../config.js";
import type { Database, Db, DbTx } from "../db.js";

/**
 * Where the bytes of captured and uploaded copies live, named by their SHA-256 (the same bytes are kept once,
 * however many captures name them). Rows of SourceCapture say which source a copy belongs to; a copy is written
 * before (or, in the database, with) its row, so a failed capture can at worst leave bytes no row names, never
 * a row without bytes.
 */
export interface CaptureStore {
  /** Where copies are kept, for the start-up log and the README's wording. */
  readonly description: string;
  /** Keeps `bytes` under `sha256` (their hash) unless they are already kept; runs in the capture's transaction. */
  put(tx: DbTx, sha256: string, bytes: Buffer): Promise<void>;
  /** The bytes kept under `sha256`, or null. */
  get(db: Db, sha256: string): Promise<Buffer | null>;
}

export const sha256Of = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");

const HASH = /^[0-9a-f]{64}$/;

/** Files `<dir>/<first two hex digits>/<sha256>`, written to a temporary name and renamed (never half a file). */
export function diskCaptureStore(dir: string): CaptureStore {
  const fileOf = (sha256: string) => {
    if (!HASH.test(sha256)) throw new Error("Not a SHA-256");
    return path.join(dir, sha256.slice(0, 2), sha256);
  };
  return {
    description: `files in ${dir}`,
    async put(_tx, sha256, bytes) {
      const file = fileOf(sha256);
      try {
        await fs.access(file);
        return;
      } catch {}
      await fs.mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${crypto.randomBytes(6).toString("hex")}.tmp`;
      await fs.writeFile(temporary, bytes, { flag: "wx" });
      await fs.rename(temporary, file);
    },
    async get(_db, sha256) {
      try {
        return await fs.readFile(fileOf(sha256));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
  };
}

/**
 * Rows of CaptureBlob (bytea), inserted in the capture's own transaction; a second insert of a hash is a no-op.
 * The bytes cross the driver as base64 text, decoded and encoded by PostgreSQL: the embedded database's Prisma
 * adapter cannot bind a bytea parameter, and reads a bytea column as an array of numbers.
 */
export function databaseCaptureStore(): CaptureStore {
  return {
    description: "the database (CaptureBlob)",
    async put(tx, sha256, bytes) {
      await tx.$executeRaw`
        INSERT INTO "CaptureBlob" ("sha256", "content", "byteSize")
        VALUES (${sha256}, decode(${bytes.toString("base64")}, 'base64'), ${bytes.length})
        ON CONFLICT ("sha256") DO NOTHING`;
    },
    async get(db, sha256) {
      const rows = await db.$queryRaw<{ content: string }[]>`
        SELECT encode("content", 'base64') AS "content" FROM "CaptureBlob" WHERE "sha256" = ${sha256}`;
      return rows[0] ? Buffer.from(rows[0].content, "base64") : null;
    },
  };
}

const stores = new WeakMap<Database, CaptureStore>();

/**
 * The store of this desk: FACTDESK_CAPTURES_DIR when set; else files under the data folder of an embedded database
 * kept on disk; else (PostgreSQL, or an embedded database in memory) the database itself, so every instance
 * sharing a PostgreSQL database sees every copy.
 */
export function captureStoreFor(database: Database, config: Pick<Config, "captures" | "dataDir">): CaptureStore {
  let store = stores.get(database);
  if (!store) {
    const onDisk = database.kind === "pglite" && !config.dataDir.startsWith("memory://");
    store = config.captures.dir
      ? diskCaptureStore(config.captures.dir)
      : onDisk
        ? diskCaptureStore(path.join(config.dataDir, "captures"))
        : databaseCaptureStore();
    stores.set(database, store);
  }
  return store;
}
