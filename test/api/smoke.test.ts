import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ demo: true });
});
afterAll(() => server?.close());

describe("smoke", () => {
  it("serves the demo claims to a reviewer", async () => {
    const reviewer = await server.createUser("REVIEWER");
    const data = await server.execute(`{ claims(first: 50) { totalCount edges { node { id text } } } }`, {}, reviewer);
    expect(data.claims.totalCount).toBe(12);
  });
});
