import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { preparingClient } from "./prepared-statements.js";
import { readReplicas } from "@prisma/extension-read-replicas";
import { PrismaClient } from "./generated/prisma/client.js";
import { StartupError } from "./errors.js";
import { spendStatement, spendTransactionStatement } from "./guards/request-budget.js";

export type Db = PrismaClient;
/** A Prisma client or the transaction client handed to `$transaction(async (tx) => …)`. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/**
 * Runs `fn` in a transaction: a new one, or the caller's when `db` already is one, so a service can be called on
 * its own (a mutation) or as one step of a larger write (the demo desk) with the same rules and audit entries.
 */
export function inTransaction<T>(db: Db | DbTx, fn: (tx: DbTx) => Promise<T>, options?: { timeout?: number }): Promise<T> {
  return "$transaction" in db ? db.$transaction(fn, options) : fn(db);
}

/** Runs one SQL script in a transaction; used by the migration runner. */
export interface ScriptRunner {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `statements` (a multi-statement script) and then `after` in one transaction. */
  execInTransaction(script: string, after: { sql: string; params: unknown[] }): Promise<void>;
  /** Serialises concurrent migrators: an advisory lock on PostgreSQL; PGlite has one process. */
  withLock<T>(fn: () => Promise<T>): Promise<T>;
}

export interface Database {
  kind: "pglite" | "postgres";
  /** The primary: every write, transaction and session check. */
  prisma: Db;
  /**
   * What GraphQL queries read through: with read replicas, a client that sends reads outside transactions to a
   * replica (and everything else to the primary); without, the primary itself.
   */
  reads: Db;
  /** How many read replicas `reads` spreads over (0: none). */
  replicaCount: number;
  scripts: ScriptRunner;
  /** Human description for start-up logs (never includes a password). */
  description: string;
  /** The embedded database's whole data folder as a tarball (a backup, or a template); PGlite only. */
  dump?(): Promise<Blob>;
  close(): Promise<void>;
}

/** Called with each SQL statement's duration in seconds (metrics). */
export type StatementObserver = (seconds: number) => void;

/** Runs one parameterised read on the driver itself, budgeted and timed as Prisma's statements are. */
export type RowReader = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;
const rowReaders = new WeakMap<object, RowReader>();

/**
 * The driver under a Prisma client opened here (primary or replica; not a transaction's client), for statements
 * FactDesk writes itself (compiled-reads.ts): Prisma's raw-query path costs more CPU than the read it carries, as
 * it plans the statement in its query compiler and converts every value of the answer on its way back.
 */
export const rowReaderOf = (client: object): RowReader | undefined => rowReaders.get(client);

function registerRowReader(client: object, run: RowReader, observe: StatementObserver | undefined) {
  rowReaders.set(client, (sql, params) => spendStatement(() => timed(() => run(sql, params), observe)));
}

function timed<T>(run: () => Promise<T>, observe: StatementObserver | undefined): Promise<T> {
  if (!observe) return run();
  const started = process.hrtime.bigint();
  const done = () => observe(Number(process.hrtime.bigint() - started) / 1e9);
  return run().finally(done);
}

/** How the engine ends a transaction on drivers that send it as a statement (node-postgres). */
const TRANSACTION_END = /^\s*(COMMIT|ROLLBACK)\b/i;

/**
 * Routes every SQL statement through the request's budget (guards/request-budget.ts). Statements inside an
 * interactive transaction are not queued: the transaction already holds its connection, and making it wait behind
 * statements that wait for that connection would deadlock.
 */
function budgeted<T extends object>(target: T, inTransaction = false, observe?: StatementObserver): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      if (typeof value !== "function") return value;
      if (key === "queryRaw" || key === "executeRaw") {
        return (...args: unknown[]) => {
          const run = () => timed(() => value.apply(obj, args), observe);
          if (!inTransaction) return spendStatement(run);
          return spendTransactionStatement(run, TRANSACTION_END.test((args[0] as { sql?: string } | undefined)?.sql ?? ""));
        };
      }
      if (key === "startTransaction") {
        return async (...args: unknown[]) => budgeted(await value.apply(obj, args), true, observe);
      }
      return value.bind(obj);
    },
  });
}

type AdapterFactory = ConstructorParameters<typeof PrismaClient>[0] extends infer O
  ? O extends { adapter?: infer A }
    ? NonNullable<A>
    : never
  : never;

function budgetedFactory(factory: AdapterFactory, observe?: StatementObserver): AdapterFactory {
  return new Proxy(factory, {
    get(obj, key, receiver) {
      const value = Reflect.get(obj, key, receiver);
      if (key === "connect" && typeof value === "function") {
        return async () => budgeted(await value.call(obj), false, observe);
      }
      return typeof value === "function" ? value.bind(obj) : value;
    },
  });
}

export interface DatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  poolSize?: number;
  /** Prepared statements each PostgreSQL connection keeps (see Limits.databasePreparedStatements). */
  preparedStatements?: number;
  /** A PGlite `dumpDataDir` tarball a new embedded database starts from (see Config.embeddedTemplate). */
  embeddedTemplate?: string;
  /** PostgreSQL read replicas of `databaseUrl` (see Database.reads). */
  replicaUrls?: string[];
  /** Reports each statement's duration, by database (metrics). */
  observeStatement?: (target: "primary" | "replica", seconds: number) => void;
}

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  const observe = opts.observeStatement;
  return opts.databaseUrl
    ? openPostgres(
        opts.databaseUrl,
        { poolSize: opts.poolSize ?? 10, preparedStatements: opts.preparedStatements ?? 200 },
        opts.replicaUrls ?? [],
        observe,
      )
    : openPglite(opts.dataDir, opts.embeddedTemplate, observe && ((seconds) => observe("primary", seconds)));
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

/** A pool whose first connection has been made, or a StartupError saying which server could not be reached. */
interface PoolOptions {
  poolSize: number;
  preparedStatements: number;
}

async function connectedPool(url: string, { poolSize, preparedStatements }: PoolOptions, what: string, hint: string): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    Client: preparingClient(preparedStatements),
  });
  // An idle connection dropped by the server (a restart, a failover) must not take the process down with it; the
  // pool replaces it on the next query.
  pool.on("error", (error) => console.error(`${what} connection lost: ${error.message}`));
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new StartupError(`Cannot reach ${what} at ${redactUrl(url)}: ${(error as Error).message}. ${hint}`);
  }
  return pool;
}

async function openPostgres(
  databaseUrl: string,
  poolOptions: PoolOptions,
  replicaUrls: string[],
  observe?: (target: "primary" | "replica", seconds: number) => void,
): Promise<Database> {
  const pool = await connectedPool(
    databaseUrl,
    poolOptions,
    "PostgreSQL",
    "Check DATABASE_URL and that the server is running, or unset DATABASE_URL to use the embedded database.",
  );
  const replicaPools: pg.Pool[] = [];
  try {
    for (const [i, url] of replicaUrls.entries()) {
      replicaPools.push(
        await connectedPool(url, poolOptions, `read replica ${i + 1}`, "Check DATABASE_REPLICA_URLS and that the replica is running."),
      );
    }
  } catch (error) {
    await Promise.all([pool, ...replicaPools].map((p) => p.end().catch(() => {})));
    throw error;
  }
  const primaryObserver = observe && ((seconds: number) => observe("primary", seconds));
  const replicaObserver = observe && ((seconds: number) => observe("replica", seconds));
  const prisma = new PrismaClient({ adapter: budgetedFactory(new PrismaPg(pool) as AdapterFactory, primaryObserver) });
  // Prisma's read-replicas extension takes ready-made clients (its `url` form builds clients without a driver
  // adapter, which this engineless client cannot run), so each replica gets its own pool and adapter.
  const replicaClients = replicaPools.map(
    (replicaPool) => new PrismaClient({ adapter: budgetedFactory(new PrismaPg(replicaPool) as AdapterFactory, replicaObserver) }),
  );
  registerRowReader(prisma, async (sql, params) => (await pool.query(sql, params)).rows, primaryObserver);
  for (const [i, client] of replicaClients.entries()) {
    registerRowReader(client, async (sql, params) => (await replicaPools[i]!.query(sql, params)).rows, replicaObserver);
  }
  const reads = replicaClients.length ? (prisma.$extends(readReplicas({ replicas: replicaClients })) as unknown as Db) : prisma;
  const scripts: ScriptRunner = {
    async query(sql, params) {
      return (await pool.query(sql, params as unknown[])).rows;
    },
    async execInTransaction(script, after) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query(script);
        await client.query(after.sql, after.params);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async withLock(fn) {
      const client = await pool.connect();
      try {
        // Arbitrary constant key shared by every FactDesk instance on this database.
        await client.query("SELECT pg_advisory_lock(74611001)");
        return await fn();
      } finally {
        await client.query("SELECT pg_advisory_unlock(74611001)").catch(() => {});
        client.release();
      }
    },
  };
  return {
    kind: "postgres",
    prisma,
    reads,
    replicaCount: replicaClients.length,
    scripts,
    description: `PostgreSQL ${redactUrl(databaseUrl)}${replicaUrls.length ? ` with ${replicaUrls.length} read replica(s)` : ""}`,
    async close() {
      await Promise.all([prisma, ...replicaClients].map((client) => client.$disconnect()));
      await Promise.all([pool, ...replicaPools].map((p) => p.end()));
    },
  };
}

const LOCK_FILE = "factdesk.lock";

/** Refuses a data folder another live FactDesk process holds; PGlite must have a single owner. */
function lockDataDir(dataDir: string): () => void {
  const lockPath = path.join(dataDir, LOCK_FILE);
  try {
    const holder = Number(fs.readFileSync(lockPath, "utf8"));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new StartupError(
        `The embedded database in ${dataDir} is in use by another FactDesk process (pid ${holder}). ` +
          "Stop it first, or set FACTDESK_DATA_DIR to another folder.",
      );
    }
  } catch (error) {
    if (error instanceof StartupError) throw error;
  }
  fs.writeFileSync(lockPath, String(process.pid));
  return () => fs.rmSync(lockPath, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function openPglite(dataDir: string, template?: string, observe?: StatementObserver): Promise<Database> {
  const inMemory = dataDir.startsWith("memory://");
  let unlock = () => {};
  if (!inMemory) {
    fs.mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  const pgdata = inMemory ? dataDir : path.join(dataDir, "pgdata");
  const isNew = inMemory || !fs.existsSync(pgdata);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(pgdata, {
      extensions: { pg_trgm },
      ...(template && isNew ? { loadDataDir: new Blob([fs.readFileSync(template)]) } : {}),
    });
  } catch (error) {
    unlock();
    throw new StartupError(
      `The embedded database in ${dataDir} could not be opened (${(error as Error).message}). ` +
        "If a FactDesk process was killed while writing, restore the folder from a backup or move it aside " +
        "to start a new desk; FACTDESK_DATA_DIR selects another folder.",
    );
  }
  const prisma = new PrismaClient({ adapter: budgetedFactory(new PrismaPGlite(pglite) as AdapterFactory, observe) });
  registerRowReader(prisma, async (sql, params) => (await pglite.query<Record<string, unknown>>(sql, params)).rows, observe);
  const scripts: ScriptRunner = {
    async query(sql, params) {
      return (await pglite.query(sql, params as unknown[])).rows as never[];
    },
    async execInTransaction(script, after) {
      await pglite.transaction(async (tx) => {
        await tx.exec(script);
        await tx.query(after.sql, after.params as unknown[]);
      });
      // PGlite serialises array parameters by the array types it knew when it opened: without this, a list of a
      // type the migration created (`$1::"VerdictState"[]`) is sent as "A,B" and refused, until the next start.
      await pglite.refreshArrayTypes();
    },
    withLock: (fn) => fn(),
  };
  let closed = false;
  return {
    kind: "pglite",
    prisma,
    reads: prisma,
    replicaCount: 0,
    scripts,
    description: inMemory ? "embedded PGlite (in memory)" : `embedded PGlite in ${dataDir}`,
    dump: async () => (await pglite.dumpDataDir("none")) as Blob,
    async close() {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await pglite.close();
      unlock();
    },
  };
}
