import crypto from "node:crypto";
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDbKind } from "../testkit/database.js";
import { signInOverHttp, spawnServerProcess, startServerProcess, tempDataDir, type ServerProcess } from "../testkit/process.js";
import { readDemoDesk } from "../../packages/server/src/seed/demo-desk.js";
import type { GraphQLResponse } from "../testkit/server.js";
import { graphql, type ResultOf } from "../testkit/graphql.js";

// The embedded database must survive a crash: every write the server acknowledged is there after a SIGKILL.
// PostgreSQL's own durability is not ours to test, so this runs in the PGlite project only.
const ADMIN_EMAIL = "crash-admin@test.factdesk";
const ADMIN_PASSWORD = "crash-admin-password";
const ROUNDS = Number(process.env.FACTDESK_CRASH_ROUNDS ?? 3);
const STREAMS = 8;
/** Acknowledged writes to wait for before the kill; the other streams still have requests in flight. */
const KILL_AFTER_ACKS = 24;
/** Varies where in the stream of writes each round is killed. */
const killAfter = (round: number) => KILL_AFTER_ACKS + ((round * 7) % 17);

const env = (dataDir: string) => ({
  FACTDESK_DATA_DIR: dataDir,
  FACTDESK_DEMO: "0",
  FACTDESK_ADMIN_EMAIL: ADMIN_EMAIL,
  FACTDESK_ADMIN_PASSWORD: ADMIN_PASSWORD,
});

const CREATE_USER = graphql(`mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { __typename } }`);
const USERS = graphql(`query Users($after: String) { users(first: 100, after: $after, includeInactive: true) {
  pageInfo { hasNextPage endCursor } edges { node { email } } } }`);

interface Acknowledged {
  emails: string[];
  tokens: string[];
}

/** Fires createUser and signIn mutations from several streams until `stop()` resolves; records what succeeded. */
async function writeUntilKilled(server: ServerProcess, adminToken: string, round: number): Promise<Acknowledged> {
  const acked: Acknowledged = { emails: [], tokens: [] };
  let killed = false;
  let resolveEnough!: () => void;
  const enough = new Promise<void>((resolve) => (resolveEnough = resolve));
  const ack = () => {
    if (acked.emails.length + acked.tokens.length >= killAfter(round)) resolveEnough();
  };
  const stream = async (s: number) => {
    for (let i = 0; !killed; i++) {
      try {
        if (i % 3 === 2) {
          const token = await signInOverHttp(server, ADMIN_EMAIL, ADMIN_PASSWORD);
          if (token) acked.tokens.push(token);
        } else {
          const email = `r${round}-s${s}-${i}-${crypto.randomBytes(3).toString("hex")}@crash.test`;
          const response = await server.request(
            CREATE_USER,
            { input: { email, name: `Crash ${round}.${s}.${i}`, role: "REVIEWER", password: "crash-password-123" } },
            adminToken,
          );
          if (response.data?.createUser.__typename === "CreateUserSuccess") acked.emails.push(email);
        }
        ack();
      } catch {
        return; // the connection died with the server: this write was not acknowledged
      }
    }
  };
  const streams = Array.from({ length: STREAMS }, (_, s) => stream(s));
  await enough;
  killed = true;
  server.child.kill("SIGKILL");
  await Promise.all(streams);
  return acked;
}

async function allUserEmails(server: ServerProcess, adminToken: string): Promise<Set<string>> {
  const emails = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const response: GraphQLResponse<ResultOf<typeof USERS>> = await server.request(USERS, { after }, adminToken);
    expect(response.errors).toBeUndefined();
    for (const edge of response.data!.users.edges) emails.add(edge.node.email!);
    if (!response.data!.users.pageInfo.hasNextPage) return emails;
    after = response.data!.users.pageInfo.endCursor;
  }
}

describe.runIf(testDbKind() === "pglite")("embedded database after a crash", () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = tempDataDir("crash");
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it(`reopens with every acknowledged write after SIGKILL mid-write (${ROUNDS} rounds)`, { timeout: (ROUNDS + 1) * 60_000 }, async () => {
    const everAcked: Acknowledged = { emails: [], tokens: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      const server = await startServerProcess(env(dataDir));
      const adminToken = await signInOverHttp(server, ADMIN_EMAIL, ADMIN_PASSWORD);
      expect(adminToken, `round ${round}: the admin can sign in after the restart`).toBeTruthy();

      // Everything acknowledged in earlier rounds survived the kill.
      const emails = await allUserEmails(server, adminToken!);
      const lost = everAcked.emails.filter((email) => !emails.has(email));
      expect(lost, `round ${round}: acknowledged users missing after restart`).toEqual([]);
      for (const token of everAcked.tokens) {
        const me = await server.request(graphql(`query MyEmail { me { email } }`), {}, token);
        expect(me.data?.me?.email, `round ${round}: an acknowledged session is gone`).toBe(ADMIN_EMAIL);
      }

      const acked = await writeUntilKilled(server, adminToken!, round);
      const exit = await server.exited;
      expect(exit.signal).toBe("SIGKILL");
      expect(acked.emails.length + acked.tokens.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
      everAcked.emails.push(...acked.emails);
      everAcked.tokens.push(...acked.tokens);
    }

    // A last start checks the final round, then a clean stop.
    const server = await startServerProcess(env(dataDir));
    const adminToken = await signInOverHttp(server, ADMIN_EMAIL, ADMIN_PASSWORD);
    const emails = await allUserEmails(server, adminToken!);
    expect(everAcked.emails.filter((email) => !emails.has(email))).toEqual([]);
    console.log(
      `crash test: ${ROUNDS} SIGKILLs, ${everAcked.emails.length} acknowledged users and ${everAcked.tokens.length} sessions all present`,
    );
    const exit = await server.stop("SIGTERM");
    expect(exit.code).toBe(0);
  });

  it("finishes a first start that was killed while loading the demo desk: all of the demo, once", { timeout: 240_000 }, async () => {
    const dir = tempDataDir("crash-first-start");
    try {
      const first = await spawnServerProcess({ FACTDESK_DATA_DIR: dir });
      await first.until("migration(s)"); // migrated; the demo desk is being loaded now
      first.child.kill("SIGKILL");
      expect((await first.exited).stdout).not.toContain("FactDesk is running");

      const server = await startServerProcess({ FACTDESK_DATA_DIR: dir });
      const demo = readDemoDesk().desk;
      const token = await signInOverHttp(server, demo.users[0]!.email, demo.users[0]!.password);
      expect(token, "the demo logins work after the interrupted first start").toBeTruthy();
      const response = await server.request(graphql(`query ClaimCount { claims(first: 1) { totalCount } }`), {}, token);
      expect(response.data?.claims.totalCount).toBe(Object.keys(demo.claims).length);
      expect((await server.stop("SIGTERM")).code).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
