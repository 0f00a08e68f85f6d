import type { IncomingMessage, ServerResponse } from "node:http";
import type pg from "pg";

// What the benchmark asks the peer servers outside their workloads: how many SQL statements they have sent so
// far (the counting pass reads it before and after each request; counting costs one increment per statement).
let statements = 0;

/** Counts every statement sent through the pool's clients. */
export function countStatements(pool: pg.Pool) {
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      statements += 1;
      return query(...args);
    };
  });
}

/** Answers GET /__bench/statements; returns false for every other request. */
export function benchRoute(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.url !== "/__bench/statements") return false;
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ statements }));
  return true;
}
