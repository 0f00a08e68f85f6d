import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createScratchDatabase, postgresAdminUrl, testDbKind, type ScratchDatabase } from "../testkit/database.js";
import {
  expectStartFailure,
  hasStackTrace,
  repoRoot,
  runCli,
  signInOverHttp,
  startServerProcess,
  tempDataDir,
  type Exit,
  type ServerProcess,
} from "../testkit/process.js";
import { graphql } from "../testkit/graphql.js";
import { openDatabase } from "../../packages/server/src/db.js";
import { listMigrationFiles } from "../../packages/server/src/migrate.js";
import { readDemoDesk } from "../../packages/server/src/seed/demo-desk.js";

// FactDesk started the way its users start it — a child process running main.ts or cli.ts — on an empty and an
// existing database, with and without the demo desk, and failing clearly when it must. The embedded-database
// cases run in the PGlite project, the DATABASE_URL cases in the PostgreSQL project.

const demo = readDemoDesk().desk;
const migrationCount = listMigrationFiles().length;
const ADMIN = { FACTDESK_ADMIN_EMAIL: "boot-admin@test.factdesk", FACTDESK_ADMIN_PASSWORD: "boot-admin-password" };
const FUTURE_MIGRATION = "99991231000000_from_a_newer_factdesk";

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

// A test that fails half-way must not leave its server holding the data folder for the next one.
const running = new Set<ServerProcess>();
afterEach(async () => {
  for (const server of running) await server.stop("SIGKILL");
  running.clear();
});
async function start(env: Record<string, string | undefined>): Promise<ServerProcess> {
  const server = await startServerProcess(env);
  running.add(server);
  return server;
}

function newDataDir(label: string): string {
  const dir = tempDataDir(label);
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function scratchPostgres(): Promise<ScratchDatabase> {
  const scratch = await createScratchDatabase("postgres");
  cleanups.push(() => scratch.drop());
  return scratch;
}

/** Stops a server that must still be running, and checks it stopped cleanly. */
async function stopCleanly(server: ServerProcess, signal: NodeJS.Signals) {
  const exit = await server.stop(signal);
  expect(exit.signal, `${signal} should end FactDesk by itself, not kill it`).toBeNull();
  expect(exit.code, `exit code after ${signal}:\n${exit.stdout}\n${exit.stderr}`).toBe(0);
  expect(exit.stdout).toContain(`${signal}: closing the database`);
  expect(hasStackTrace(exit.stderr)).toBe(false);
  return exit;
}

async function claimCount(server: ServerProcess, token: string): Promise<number> {
  const response = await server.request(graphql(`query ClaimCount { claims(first: 1) { totalCount } }`), {}, token);
  expect(response.errors).toBeUndefined();
  return response.data!.claims.totalCount;
}

async function createUserOverApi(server: ServerProcess, adminToken: string, email: string, password: string) {
  const response = await server.request(
    graphql(`mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { __typename } }`),
    { input: { email, password, name: "Kept User", role: "EDITOR" } },
    adminToken,
  );
  expect(response.data?.createUser.__typename).toBe("CreateUserSuccess");
}

/** Everything a command printed: the CLI reports on stderr (stdout is for data), pnpm may move output around. */
const output = (result: { stdout: string; stderr: string }) => result.stdout + result.stderr;

/** A refusal to start: exit code 1, one clear sentence, no stack trace. */
function expectClearFailure(exit: Exit, ...phrases: (string | RegExp)[]) {
  const output = `${exit.stdout}\n${exit.stderr}`;
  expect(exit.code, output).toBe(1);
  for (const phrase of phrases) expect(exit.stderr).toMatch(phrase);
  expect(hasStackTrace(output), `a stack trace was printed:\n${output}`).toBe(false);
}

describe.runIf(testDbKind() === "pglite")("embedded database (no DATABASE_URL)", { timeout: 240_000 }, () => {
  const dataDir = path.join(newDataDir("startup"), "desk"); // does not exist yet
  const kept = { email: "kept-user@test.factdesk", password: "kept-user-password" };

  it("first start on an empty data folder migrates, loads the demo desk and prints the URL and demo logins", async () => {
    const server = await start({ FACTDESK_DATA_DIR: dataDir, ...ADMIN });
    const out = server.stdout();
    expect(out).toContain(`embedded PGlite in ${dataDir}`);
    expect(out).toContain(`applied ${migrationCount} migration(s)`);
    expect(out).toContain(`FactDesk is running: ${server.url}/`);
    expect(out).toContain("Loaded the demo desk");
    for (const user of demo.users) expect(out).toMatch(new RegExp(`${user.email}\\s+password: ${user.password}`));
    expect(fs.existsSync(path.join(dataDir, "pgdata", "PG_VERSION"))).toBe(true);

    // The printed logins work, and the demo claims are there.
    const reviewerToken = await signInOverHttp(server, demo.users[0]!.email, demo.users[0]!.password);
    expect(reviewerToken).toBeTruthy();
    expect(await claimCount(server, reviewerToken!)).toBe(Object.keys(demo.claims).length);
    // A reader's first visit: the public verdicts (a list of states, so a list parameter of a migrated enum type).
    const publicVerdicts = await server.request(graphql(`query PublicVerdicts { verdicts(first: 10) { edges { node { state } } } }`), {});
    expect(publicVerdicts.errors).toBeUndefined();
    expect(new Set(publicVerdicts.data!.verdicts.edges.map((edge) => edge.node.state))).toEqual(new Set(["PUBLISHED", "RETRACTED"]));
    const adminToken = await signInOverHttp(server, ADMIN.FACTDESK_ADMIN_EMAIL, ADMIN.FACTDESK_ADMIN_PASSWORD);
    await createUserOverApi(server, adminToken!, kept.email, kept.password);
    await stopCleanly(server, "SIGTERM");
  });

  it("restart on the existing folder keeps every row and does not load the demo again", async () => {
    const started = Date.now();
    const server = await start({ FACTDESK_DATA_DIR: dataDir, ...ADMIN });
    console.log(`start-up on an existing embedded database: ${Date.now() - started} ms (recorded, not asserted)`);
    const out = server.stdout();
    expect(out).toContain("schema up to date");
    expect(out).not.toContain("Loaded the demo desk");
    expect(out).not.toContain("Created an admin");
    const token = await signInOverHttp(server, kept.email, kept.password);
    expect(token, "the user created over the API before the restart can sign in").toBeTruthy();
    expect(await claimCount(server, token!)).toBe(Object.keys(demo.claims).length);
    await stopCleanly(server, "SIGINT");
  });

  it("reopens cleanly after SIGINT, and refuses a second server on the same folder", async () => {
    const first = await start({ FACTDESK_DATA_DIR: dataDir });
    const second = await expectStartFailure({ FACTDESK_DATA_DIR: dataDir });
    expectClearFailure(second, "in use by another FactDesk process", String(first.child.pid));
    // The refused start left the running server and its lock alone.
    const token = await signInOverHttp(first, kept.email, kept.password);
    expect(await claimCount(first, token!)).toBe(Object.keys(demo.claims).length);
    await stopCleanly(first, "SIGTERM");
    expect(fs.existsSync(path.join(dataDir, "factdesk.lock"))).toBe(false);
  });

  it("refuses a folder migrated by a newer FactDesk, clearly and with exit code 1", async () => {
    const database = await openDatabase({ dataDir });
    await database.scripts.query(`INSERT INTO factdesk_migrations (name) VALUES ($1)`, [FUTURE_MIGRATION]);
    await database.close();
    const exit = await expectStartFailure({ FACTDESK_DATA_DIR: dataDir });
    expectClearFailure(exit, "newer FactDesk", FUTURE_MIGRATION);
    const cli = await runCli(["migrate"], { FACTDESK_DATA_DIR: dataDir });
    expectClearFailure(cli, "newer FactDesk");
  });

  describe("a desk created with `cli.ts migrate` and started with FACTDESK_DEMO=0", () => {
    const emptyDir = newDataDir("nodemo");

    it("`cli.ts migrate` creates and migrates the embedded database, and running it again changes nothing", async () => {
      const first = await runCli(["migrate"], { FACTDESK_DATA_DIR: emptyDir });
      expect(first.code, first.stderr).toBe(0);
      expect(output(first)).toContain(`applied ${migrationCount} of ${migrationCount} migration(s)`);
      const again = await runCli(["migrate"], { FACTDESK_DATA_DIR: emptyDir });
      expect(output(again)).toContain(`applied 0 of ${migrationCount} migration(s)`);
    });

    it("FACTDESK_DEMO=0 leaves the desk empty", async () => {
      const server = await start({ FACTDESK_DATA_DIR: emptyDir, FACTDESK_DEMO: "0", ...ADMIN });
      expect(server.stdout()).not.toContain("Loaded the demo desk");
      expect(server.stdout()).toContain(`Created an admin, ${ADMIN.FACTDESK_ADMIN_EMAIL}`);
      expect(await signInOverHttp(server, demo.users[0]!.email, demo.users[0]!.password)).toBeNull();
      const adminToken = await signInOverHttp(server, ADMIN.FACTDESK_ADMIN_EMAIL, ADMIN.FACTDESK_ADMIN_PASSWORD);
      expect(await claimCount(server, adminToken!)).toBe(0);
      await stopCleanly(server, "SIGTERM");
    });

    it("a damaged data folder is refused with a message saying what to do", async () => {
      fs.writeFileSync(path.join(emptyDir, "pgdata", "global", "pg_control"), Buffer.alloc(8192, 0xab));
      const exit = await expectStartFailure({ FACTDESK_DATA_DIR: emptyDir, FACTDESK_DEMO: "0" });
      expectClearFailure(exit, `The embedded database in ${emptyDir} could not be opened`, "FACTDESK_DATA_DIR");
      expect(fs.existsSync(path.join(emptyDir, "factdesk.lock")), "a failed start leaves no lock behind").toBe(false);
    });
  });
});

describe.runIf(testDbKind() === "postgres")("PostgreSQL (DATABASE_URL)", { timeout: 240_000 }, () => {
  const tableRows = async (url: string, sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };

  it("starts on an empty database: migrates, never loads the demo desk, keeps data across a restart", async () => {
    const scratch = await scratchPostgres();
    const env = { DATABASE_URL: scratch.databaseUrl, ...ADMIN };
    const server = await start(env);
    expect(server.stdout()).toContain(`applied ${migrationCount} migration(s)`);
    expect(server.stdout()).toMatch(/Database: PostgreSQL postgresql:\/\//);
    expect(server.stdout()).not.toContain("Loaded the demo desk");
    const adminToken = await signInOverHttp(server, ADMIN.FACTDESK_ADMIN_EMAIL, ADMIN.FACTDESK_ADMIN_PASSWORD);
    expect(await claimCount(server, adminToken!)).toBe(0);
    await createUserOverApi(server, adminToken!, "pg-kept@test.factdesk", "pg-kept-password");
    await stopCleanly(server, "SIGTERM");

    const again = await start(env);
    expect(again.stdout()).toContain("schema up to date");
    expect(await signInOverHttp(again, "pg-kept@test.factdesk", "pg-kept-password")).toBeTruthy();
    await stopCleanly(again, "SIGINT");
  });

  it("`cli.ts demo` (pnpm db:demo) loads the demo desk into it, once", async () => {
    const scratch = await scratchPostgres();
    const loaded = await runCli(["demo"], { DATABASE_URL: scratch.databaseUrl });
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(output(loaded)).toContain("Loaded the demo desk.");
    const again = await runCli(["demo"], { DATABASE_URL: scratch.databaseUrl });
    expect(again.code).toBe(0);
    expect(output(again)).toContain("demo not loaded");
    const [{ count }] = await tableRows(scratch.databaseUrl!, `SELECT count(*)::int AS count FROM "Claim"`);
    expect(count).toBe(Object.keys(demo.claims).length);
    // The demo's staff are reviewers and editors: the admin the README's setup names is created beside them, once.
    const server = await start({ DATABASE_URL: scratch.databaseUrl, ...ADMIN });
    expect(server.stdout()).toContain(`Created an admin, ${ADMIN.FACTDESK_ADMIN_EMAIL}`);
    const token = await signInOverHttp(server, demo.users[2]!.email, demo.users[2]!.password);
    expect(await claimCount(server, token!)).toBe(Object.keys(demo.claims).length);
    expect(await signInOverHttp(server, ADMIN.FACTDESK_ADMIN_EMAIL, ADMIN.FACTDESK_ADMIN_PASSWORD)).not.toBeNull();
    await stopCleanly(server, "SIGTERM");
    const restarted = await start({ DATABASE_URL: scratch.databaseUrl, ...ADMIN });
    expect(restarted.stdout()).not.toContain("Created an admin");
    await stopCleanly(restarted, "SIGTERM");
    // An existing account is never turned into the admin: start-up says why none was made.
    const other = await scratchPostgres();
    expect((await runCli(["demo"], { DATABASE_URL: other.databaseUrl })).code).toBe(0);
    const taken = await start({
      DATABASE_URL: other.databaseUrl,
      FACTDESK_ADMIN_EMAIL: demo.users[0]!.email,
      FACTDESK_ADMIN_PASSWORD: "a long admin passphrase",
    });
    expect(taken.stdout()).toContain(`${demo.users[0]!.email} is already a reviewer`);
    expect(await signInOverHttp(taken, demo.users[0]!.email, "a long admin passphrase")).toBeNull();
    await stopCleanly(taken, "SIGTERM");
  });

  it("`pnpm db:migrate` applies the migrations, and applying them again changes nothing", async () => {
    const scratch = await scratchPostgres();
    const { spawnSync } = await import("node:child_process");
    const run = () =>
      spawnSync("pnpm", ["db:migrate"], {
        cwd: repoRoot,
        env: { ...process.env, DATABASE_URL: scratch.databaseUrl },
        encoding: "utf8",
      });
    const first = run();
    expect(first.status, output(first)).toBe(0);
    expect(output(first)).toContain(`applied ${migrationCount} of ${migrationCount} migration(s)`);
    const names = (await tableRows(scratch.databaseUrl!, `SELECT name FROM factdesk_migrations ORDER BY name`)).map((r) => r.name);
    expect(names).toEqual(listMigrationFiles().map((m) => m.name));
    const second = run();
    expect(second.status).toBe(0);
    expect(output(second)).toContain(`applied 0 of ${migrationCount} migration(s)`);
  });

  it("two servers starting together on an empty database apply each migration once and both serve", async () => {
    const scratch = await scratchPostgres();
    const [a, b] = await Promise.all([start({ DATABASE_URL: scratch.databaseUrl }), start({ DATABASE_URL: scratch.databaseUrl })]);
    const applied = [a, b].map((s) => s.stdout().includes(`applied ${migrationCount} migration(s)`));
    expect(applied.filter(Boolean)).toHaveLength(1);
    for (const server of [a, b]) expect((await server.request(graphql(`query Me { me { id } }`))).data).toEqual({ me: null });
    await Promise.all([stopCleanly(a, "SIGTERM"), stopCleanly(b, "SIGTERM")]);
  });

  it("refuses a database migrated by a newer FactDesk, clearly and with exit code 1", async () => {
    const scratch = await scratchPostgres();
    expect((await runCli(["migrate"], { DATABASE_URL: scratch.databaseUrl })).code).toBe(0);
    await tableRows(scratch.databaseUrl!, `INSERT INTO factdesk_migrations (name) VALUES ('${FUTURE_MIGRATION}') RETURNING name`);
    expectClearFailure(await expectStartFailure({ DATABASE_URL: scratch.databaseUrl }), "newer FactDesk", FUTURE_MIGRATION);
    expectClearFailure(await runCli(["migrate"], { DATABASE_URL: scratch.databaseUrl }), "newer FactDesk", FUTURE_MIGRATION);
  });

  it("refuses an unreachable server or a missing database, clearly and with exit code 1", async () => {
    const unreachable = new URL(postgresAdminUrl());
    unreachable.port = "1";
    unreachable.password = "secret-password";
    for (const exit of [
      await expectStartFailure({ DATABASE_URL: unreachable.toString() }),
      await runCli(["migrate"], { DATABASE_URL: unreachable.toString() }),
    ]) {
      expectClearFailure(exit, "Cannot reach PostgreSQL", "DATABASE_URL");
      expect(exit.stderr, "the password is never printed").not.toContain("secret-password");
    }
    const missing = new URL(postgresAdminUrl());
    missing.pathname = "/factdesk_no_such_database";
    expectClearFailure(await expectStartFailure({ DATABASE_URL: missing.toString() }), "factdesk_no_such_database");
  });
});
