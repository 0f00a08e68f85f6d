import crypto from "node:crypto";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit/server.js";
import type { Config } from "../../packages/server/src/config.js";
import { testDbKind } from "../testkit/database.js";

// Several instances behind one load balancer share their rate limits through Redis; and when PostgreSQL goes
// away, requests fail cleanly (503 with Retry-After) and FactDesk recovers by itself once it is back.

const REDIS_URL = process.env.FACTDESK_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

async function anonymousQuery(server: TestServer) {
  return fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: "{ __typename }" }),
  });
}

describe("rate limits across instances", () => {
  it("makes two instances on one Redis hold an address to one budget", async () => {
    const prefix = `factdesk-test-${crypto.randomUUID()}`;
    const config = (defaults: Config) => ({
      redisUrl: REDIS_URL,
      redisPrefix: prefix,
      rateLimits: { ...defaults.rateLimits, anonymousPerMinute: 10 },
    });
    const [one, two] = await Promise.all([startTestServer({ config }), startTestServer({ config })]);
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) statuses.push((await anonymousQuery(i % 2 ? one : two)).status);
      const allowed = statuses.filter((s) => s === 200).length;
      // Ten in the bucket plus what refills meanwhile (one a second); two separate budgets would allow 20 or more.
      expect(allowed).toBeGreaterThanOrEqual(10);
      expect(allowed).toBeLessThan(16);
      expect(statuses.slice(-5).every((s) => s === 429)).toBe(true);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});

/** A TCP proxy in front of PostgreSQL that the test can cut and restore, to play a database outage. */
async function outageProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let port = 0;
  const open = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => {
        port = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await open();
  return {
    get port() {
      return port;
    },
    /** Refuses new connections and drops the open ones, as a PostgreSQL restart does. */
    async cut() {
      await new Promise<void>((resolve) => {
        server!.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
    restore: open,
    close() {
      for (const socket of sockets) socket.destroy();
      server?.close();
    },
  };
}

describe.runIf(testDbKind() === "postgres")("a database outage", () => {
  it("answers 503 with Retry-After while PostgreSQL is away and recovers by itself", async () => {
    let proxy: Awaited<ReturnType<typeof outageProxy>> | undefined;
    const server = await startTestServer({
      connectThrough: async (databaseUrl) => {
        proxy = await outageProxy(new URL(databaseUrl));
        const url = new URL(databaseUrl);
        url.port = String(proxy.port);
        return url.toString();
      },
    });
    try {
      const reviewer = await server.createUser("REVIEWER");
      const query = `{ claims(first: 1) { totalCount } }`;
      expect((await server.execute(query, {}, reviewer)).claims.totalCount).toBe(0);

      await proxy!.cut();
      for (const token of [null, reviewer.token]) {
        const response = await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query }),
        });
        expect(response.status).toBe(503);
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        expect((await response.json()).errors[0].extensions.code).toBe("service/unavailable");
      }

      await proxy!.restore();
      await expect.poll(async () => (await server.request(query, {}, reviewer)).data?.claims?.totalCount, { timeout: 15_000 }).toBe(0);
    } finally {
      await server.close();
      proxy?.close();
    }
  });
});
