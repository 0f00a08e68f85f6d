import http from "node:http";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { requestBody, type ResultOf } from "../testkit/graphql.js";
import type { GraphQLResponse } from "../testkit/server.js";
import { seedDesk, startLoadServer, CLAIM_DESK, type LoadServer } from "./harness.js";

// SIGTERM lets the requests in flight finish: new connections are refused at once, the slow requests are answered
// 200 with their data, and the process exits 0 within the drain timeout. "Slow" here is a client still sending
// its body, which holds a request open for as long as the test likes without any server-side sleep.

const DRAIN_TIMEOUT_MS = 4_000;
let load: LoadServer | undefined;
afterEach(async () => load?.close());

/** Starts a POST /graphql and sends all but the last bytes of its body; `finish()` sends them and reads the answer. */
function slowRequest(url: string, token: string, body: string) {
  const bytes = Buffer.from(body);
  const request = http.request(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "content-length": bytes.length, authorization: `Bearer ${token}` },
    agent: false,
  });
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request.on("response", (response) => {
      let text = "";
      response.setEncoding("utf8").on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, body: text }));
    });
    request.on("error", reject);
  });
  request.write(bytes.subarray(0, bytes.length - 5));
  const finish = () => {
    request.end(bytes.subarray(bytes.length - 5));
    return answer;
  };
  return { finish, answer };
}

const connects = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

describe("SIGTERM", () => {
  it("refuses new connections, finishes the requests in flight with 200, then exits 0", async () => {
    load = await startLoadServer({ FACTDESK_DRAIN_TIMEOUT_MS: String(DRAIN_TIMEOUT_MS), FACTDESK_LOG_LEVEL: "debug" });
    const { server } = load;
    const desk = await seedDesk(server, 2, 1);
    const started = () => server.stdout().split("request started").length - 1;
    const before = started();
    const slow = desk.claims.map((id) => slowRequest(server.url, desk.reviewer, JSON.stringify(requestBody(CLAIM_DESK, { id }))));
    // Both requests have reached the server (its debug log says so) before the signal.
    await expect.poll(started, { timeout: 10_000 }).toBe(before + 2);

    const signalled = Date.now();
    server.child.kill("SIGTERM");
    await expect
      .poll(() => server.stdout().match(/SIGTERM: refusing new connections, finishing (\d+) request/)?.[1], { timeout: 10_000 })
      .toBe("2");
    expect(await connects(server.port), "a new connection after SIGTERM").toBe(false);
    expect(server.child.exitCode, "still running while requests are in flight").toBeNull();

    const answers = await Promise.all(slow.map((request) => request.finish()));
    for (const [i, answer] of answers.entries()) {
      expect(answer.status).toBe(200);
      expect((JSON.parse(answer.body) as GraphQLResponse<ResultOf<typeof CLAIM_DESK>>).data!.node!.id).toBe(desk.claims[i]);
    }
    const exit = await server.exited;
    expect(exit.signal).toBeNull();
    expect(exit.code, exit.stdout + exit.stderr).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(DRAIN_TIMEOUT_MS + 5_000);
    expect(exit.stdout).toContain("SIGTERM: closing the database");
    expect(exit.stdout).not.toContain("were cut off");
  });

  it("cuts off a request still running after the drain timeout and exits 0", async () => {
    load = await startLoadServer({ FACTDESK_DRAIN_TIMEOUT_MS: "1500", FACTDESK_LOG_LEVEL: "debug" });
    const { server } = load;
    const desk = await seedDesk(server, 1, 1);
    const before = server.stdout().split("request started").length;
    const stuck = slowRequest(server.url, desk.reviewer, JSON.stringify(requestBody(CLAIM_DESK, { id: desk.claims[0]! })));
    stuck.answer.catch(() => {});
    await expect.poll(() => server.stdout().split("request started").length, { timeout: 10_000 }).toBeGreaterThan(before);
    const signalled = Date.now();
    server.child.kill("SIGTERM");
    const exit = await server.exited;
    const waited = Date.now() - signalled;
    expect(exit.code, exit.stdout + exit.stderr).toBe(0);
    expect(waited).toBeGreaterThanOrEqual(1_400);
    expect(waited).toBeLessThan(1_500 + 5_000);
    expect(exit.stdout).toContain("1 request(s) still running after 1500 ms were cut off");
    await expect(stuck.answer).rejects.toThrow();
  });
});
