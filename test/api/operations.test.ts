import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../packages/server/src/logger.js";
import { openDatabase } from "../../packages/server/src/db.js";
import { migrate } from "../../packages/server/src/migrate.js";
import { preparingClient } from "../../packages/server/src/prepared-statements.js";
import { createScratchDatabase, postgresAdminUrl, testDbKind } from "../testkit/database.js";
import { factories } from "../testkit/factories.js";
import { graphql, requestBody } from "../testkit/graphql.js";
import { expectNoErrors, startTestServer, type TestServer } from "../testkit/server.js";

// What an operator relies on (README, "Deployment"): /metrics only for the scraper holding the token, request ids
// that tie a caller's report to the server's JSON log lines, a log that never holds a credential, and GraphQL
// queries read from the read replicas while writes stay on the primary.

const METRICS_TOKEN = `metrics-${crypto.randomUUID()}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const QUEUE = graphql(`query OperationsQueue { claims(first: 5) { totalCount edges { node { id text } } } }`);

/** A server's log as JSON lines, read through the test kit's `logger` option. */
function captureLog() {
  const lines: string[] = [];
  const logger = createLogger("debug", { write: (line: string) => void lines.push(line) });
  return { lines, logger, entries: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

let plain: TestServer;
let ops: TestServer;
const log = captureLog();

beforeAll(async () => {
  [plain, ops] = await Promise.all([
    startTestServer(),
    startTestServer({ config: () => ({ metricsToken: METRICS_TOKEN }), logger: log.logger }),
  ]);
});
afterAll(async () => {
  await Promise.all([plain?.close(), ops?.close()]);
});

const getMetrics = (server: TestServer, authorization?: string) =>
  fetch(`${server.url}/metrics`, { headers: authorization ? { authorization } : {} });

describe("GET /metrics", () => {
  it("does not exist without a configured token", async () => {
    for (const authorization of [undefined, `Bearer ${METRICS_TOKEN}`]) {
      const response = await getMetrics(plain, authorization);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("# TYPE");
    }
  });

  it("refuses a missing or wrong token", async () => {
    // A staff session's token is no metrics token either.
    for (const authorization of [
      undefined,
      "Bearer wrong-token",
      `Bearer ${METRICS_TOKEN}x`,
      `Basic ${METRICS_TOKEN}`,
      METRICS_TOKEN,
      `Bearer ${ops.admin.token}`,
    ]) {
      const response = await getMetrics(ops, authorization);
      expect(response.status, String(authorization)).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await response.text()).not.toContain("# TYPE");
    }
  });

  it("serves request, resolver and SQL metrics in Prometheus' text format to the scraper", async () => {
    const reviewer = await ops.createUser("REVIEWER");
    await factories(ops).claim(reviewer);
    // Operation names are chosen by callers: they must not become labels.
    const operationName = `CallerChosenName${crypto.randomUUID().replaceAll("-", "")}`;
    for (let i = 0; i < 3; i++) {
      // Raw: the operation's name is made up at run time.
      const data = expectNoErrors(await ops.requestRaw(`query ${operationName} { claims(first: 5) { totalCount } }`, {}, reviewer)) as {
        claims: { totalCount: number };
      };
      expect(data.claims.totalCount).toBe(1);
    }

    const response = await getMetrics(ops, `Bearer ${METRICS_TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const sample = (name: string, labels: RegExp = /.*/) =>
      text
        .split("\n")
        .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
        .filter((line) => labels.test(line))
        .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(" ") + 1)), 0);

    expect(text).toContain("# TYPE graphql_yoga_http_duration histogram");
    expect(sample("graphql_yoga_http_duration_count", /statusCode="200"/)).toBeGreaterThanOrEqual(3);
    expect(sample("graphql_envelop_request_duration_count", /operationType="query"/)).toBeGreaterThanOrEqual(3);
    expect(sample("graphql_envelop_phase_execute_count")).toBeGreaterThanOrEqual(3);
    expect(
      sample("graphql_envelop_execute_resolver_count", /typeName="Query".*fieldName="claims"|fieldName="claims".*typeName="Query"/),
    ).toBeGreaterThanOrEqual(3);
    expect(sample("factdesk_database_statement_seconds_count", /database="primary"/)).toBeGreaterThan(0);
    expect(sample("factdesk_database_statement_seconds_count", /database="replica"/)).toBe(0);
    expect(sample("process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(text).not.toContain(operationName);
  });
});

describe("request ids", () => {
  const idOf = async (server: TestServer, requestId?: string, path = "/graphql") => {
    const response = await fetch(`${server.url}${path}`, {
      method: path === "/graphql" ? "POST" : "GET",
      headers: { "content-type": "application/json", ...(requestId === undefined ? {} : { "x-request-id": requestId }) },
      body: path === "/graphql" ? JSON.stringify(requestBody(graphql(`query Typename { __typename }`))) : undefined,
    });
    expect(response.status).toBe(path === "/metrics" ? 401 : 200);
    return response.headers.get("x-request-id");
  };

  it("echoes a caller's safe X-Request-Id, on GraphQL and other routes", async () => {
    for (const id of ["lb-7f3a.b:c_D-9", "x".repeat(100), crypto.randomUUID()]) {
      expect(await idOf(ops, id)).toBe(id);
    }
    expect(await idOf(ops, "from-the-balancer", "/healthz")).toBe("from-the-balancer");
    expect(await idOf(ops, "from-the-scraper", "/metrics")).toBe("from-the-scraper");
  });

  it("generates a new id when there is none or the caller's is unsafe to log", async () => {
    const given = ["", "has space", "x".repeat(101), "<script>alert(1)</script>", 'quote"d', "a,b", '{"level":"fatal"}'];
    const ids = [await idOf(ops), await idOf(ops), ...(await Promise.all(given.map((id) => idOf(ops, id))))];
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the JSON log", () => {
  it("carries the request id on the request's lines and never a password or token", async () => {
    const password = `pw-${crypto.randomUUID()}`;
    const wrongPassword = `wrong-${crypto.randomUUID()}`;
    const email = `log-${crypto.randomUUID().slice(0, 8)}@test.factdesk`;
    await ops.execute(
      graphql(`mutation LogUser($input: CreateUserInput!) { createUser(input: $input) { __typename } }`),
      { input: { email, password, role: "REVIEWER", name: "Log" } },
      ops.admin,
    );
    const signInRequest = (secret: string) =>
      ops.request(graphql(`mutation LogSignIn($input: SignInInput!) { signIn(input: $input) { __typename } }`), {
        input: { email, password: secret },
      });
    expect((await signInRequest(wrongPassword)).data?.signIn.__typename).not.toBe("SignInSuccess");
    const user = await ops.signIn(email, password);

    // A traced request with the user's token, and one with a secret in the query string (GET variables).
    const requestId = `trace-${crypto.randomUUID()}`;
    const traced = await fetch(`${ops.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${user.token}`, "x-request-id": requestId },
      body: JSON.stringify(requestBody(QUEUE)),
    });
    expect(traced.status).toBe(200);
    const querySecret = `qs-${crypto.randomUUID()}`;
    const withQueryString = await fetch(
      `${ops.url}/graphql?query=${encodeURIComponent("query Q($s: String) { __typename }")}&variables=${encodeURIComponent(JSON.stringify({ s: querySecret }))}&token=${querySecret}`,
      { headers: { authorization: `Bearer ${user.token}`, "x-request-id": `${requestId}-get` } },
    );
    await withQueryString.text();
    const metrics = await getMetrics(ops, `Bearer ${METRICS_TOKEN}`);
    await metrics.text();

    // The request line is written when the response closes, which can come after the client has read it.
    await expect
      .poll(() => log.entries().filter((e) => e.msg === "request" && e.requestId === requestId).length, { timeout: 5_000 })
      .toBe(1);
    const entries = log.entries();
    const line = entries.find((e) => e.msg === "request" && e.requestId === requestId)!;
    expect(line).toMatchObject({ level: "info", service: "factdesk", method: "POST", path: "/graphql", status: 200 });
    expect(typeof line.durationMs).toBe("number");
    expect(typeof line.time).toBe("string");
    // Every line about a request names it (the debug "request started" line too).
    expect(entries.filter((e) => e.requestId === requestId).map((e) => e.msg)).toEqual(["request started", "request"]);
    expect(entries.filter((e) => e.msg === "request" && !e.requestId)).toEqual([]);
    await expect
      .poll(() => log.entries().some((e) => e.msg === "request" && e.requestId === `${requestId}-get` && e.path === "/graphql"))
      .toBe(true);

    const text = log.lines.join("");
    for (const secret of [password, wrongPassword, user.token, ops.admin.token, querySecret, METRICS_TOKEN]) {
      expect(text.includes(secret), `the log holds a secret (${secret.slice(0, 6)}…)`).toBe(false);
    }
    // The log did see the sign-ins (so the check above looked at the right requests).
    expect(entries.filter((e) => e.msg === "request" && e.method === "POST").length).toBeGreaterThanOrEqual(4);
  });
});

describe.runIf(testDbKind() === "postgres")("read replicas", () => {
  it("serves GraphQL queries from the replica and keeps writes on the primary", async () => {
    // A second, separately migrated database stands in for a streaming replica: what is only in it can only have
    // been read from it.
    const replica = await createScratchDatabase("postgres");
    let server: TestServer | undefined;
    const clients: pg.Client[] = [];
    try {
      const migrator = await openDatabase({ databaseUrl: replica.databaseUrl, dataDir: "unused" });
      await migrate(migrator.scripts).finally(() => migrator.close());
      let primaryUrl = "";
      server = await startTestServer({
        // Not a proxy: only to learn the scratch primary's address, for the direct checks below.
        connectThrough: async (databaseUrl) => (primaryUrl = databaseUrl),
        config: () => ({ databaseReplicaUrls: [replica.databaseUrl!], metricsToken: METRICS_TOKEN }),
      });
      const [primary, standIn] = [
        new pg.Client({ connectionString: primaryUrl }),
        new pg.Client({ connectionString: replica.databaseUrl }),
      ];
      clients.push(primary, standIn);
      await Promise.all(clients.map((client) => client.connect()));
      const countNamed = async (client: pg.Client, name: string) =>
        Number((await client.query<{ count: string }>(`SELECT count(*) FROM "Entity" WHERE name = $1`, [name])).rows[0]!.count);
      const reviewer = await server.createUser("REVIEWER");
      const entitiesNamed = async (name: string) =>
        (
          await server!.execute(
            graphql(`query ReplicaEntities($name: String!) { entities(name: $name, first: 5) { edges { node { id name } } } }`),
            { name },
            reviewer,
          )
        ).entities.edges.map((edge) => edge.node.name);

      const marker = `Replica marker ${crypto.randomUUID()}`;
      await standIn.query(`INSERT INTO "Entity" (id, kind, name, "updatedAt") VALUES ($1, 'PERSON', $2, now())`, [
        `replica-${crypto.randomUUID()}`,
        marker,
      ]);
      expect(await entitiesNamed(marker)).toEqual([marker]);
      expect(await countNamed(primary, marker)).toBe(0);

      const written = `Written ${crypto.randomUUID()}`;
      const created = await factories(server).entity(reviewer, { name: written });
      // The mutation's own answer reads its write back from the primary.
      expect(created.name).toBe(written);
      expect(await countNamed(primary, written)).toBe(1);
      expect(await countNamed(standIn, written)).toBe(0);
      // …and a query reads the replica, which (with no replication here) has not got it.
      expect(await entitiesNamed(written)).toEqual([]);

      const metrics = await (await getMetrics(server, `Bearer ${METRICS_TOKEN}`)).text();
      expect(metrics).toMatch(/^factdesk_database_statement_seconds_count\{database="replica"\} [1-9]/m);
      expect(metrics).toMatch(/^factdesk_database_statement_seconds_count\{database="primary"\} [1-9]/m);
    } finally {
      await Promise.all(clients.map((client) => client.end().catch(() => {})));
      await server?.close();
      await replica.drop();
    }
  });
});

describe.runIf(testDbKind() === "postgres")("prepared statements", () => {
  // One connection keeping at most three statements, as FACTDESK_DATABASE_PREPARED_STATEMENTS=3 would.
  let pool: pg.Pool;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: postgresAdminUrl(), max: 1, Client: preparingClient(3) });
  });
  afterAll(() => pool?.end());

  const preparedOnConnection = async () =>
    (await pool.query<{ statement: string }>("SELECT statement FROM pg_prepared_statements ORDER BY prepare_time")).rows.map(
      (r) => r.statement,
    );
  const distinct = (n: number) => `SELECT $1::int + ${n} AS value`;

  it("prepares each parameterised query once per connection and keeps the most recently used", async () => {
    for (const n of [1, 2, 1, 3, 4, 5]) expect((await pool.query(distinct(n), [10])).rows).toEqual([{ value: 10 + n }]);
    expect(await preparedOnConnection()).toEqual([distinct(3), distinct(4), distinct(5)]);
    // A dropped statement is prepared again when it comes back.
    expect((await pool.query(distinct(1), [1])).rows).toEqual([{ value: 2 }]);
    expect(await preparedOnConnection()).toEqual([distinct(4), distinct(5), distinct(1)]);
  });

  it("answers queries queued behind the one that drops their statement", async () => {
    const values = await Promise.all([6, 7, 8, 9, 6, 10, 7, 11, 6].map(async (n) => (await pool.query(distinct(n), [0])).rows[0].value));
    expect(values).toEqual([6, 7, 8, 9, 6, 10, 7, 11, 6]);
    expect((await preparedOnConnection()).length).toBeLessThanOrEqual(3);
  });

  it("keeps a statement PostgreSQL could not drop inside a failed transaction usable afterwards", async () => {
    const client = await pool.connect();
    try {
      await client.query(distinct(20), [0]);
      await client.query("BEGIN");
      await expect(client.query("SELECT 1 / $1::int", [0])).rejects.toThrow(/division by zero/);
      // These fail (the transaction is aborted) and push the first statement out, whose DEALLOCATE fails too.
      for (const n of [21, 22, 23]) await expect(client.query(distinct(n), [0])).rejects.toThrow(/aborted/);
      await client.query("ROLLBACK");
      expect((await client.query(distinct(20), [1])).rows).toEqual([{ value: 21 }]);
      for (const n of [21, 22, 23]) expect((await client.query(distinct(n), [1])).rows).toEqual([{ value: n + 1 }]);
    } finally {
      client.release();
    }
  });
});
