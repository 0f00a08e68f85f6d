import { describe, expect, it } from "vitest";
import { databaseUnavailable } from "./errors.js";

const withCode = (code: string, message = "x") => Object.assign(new Error(message), { code });

describe("databaseUnavailable", () => {
  it.each([
    ["a refused connection", withCode("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:5432")],
    ["PostgreSQL shutting down", withCode("57P01", "terminating connection due to administrator command")],
    ["PostgreSQL out of connections", withCode("53300", "sorry, too many clients already")],
    ["Prisma's closed connection", withCode("P1017", "Server has closed the connection.")],
    ["Prisma's socket timeout", withCode("P1008", "Operation has timed out")],
    [
      "a pool that could not start a transaction in time",
      withCode("P2028", "Transaction API error: Unable to start a transaction in the given time."),
    ],
    ["a query on a client whose connection dropped", new Error("Client has encountered a connection error and is not queryable")],
    ["a query on a closed client", new Error("Client was closed and is not queryable")],
    [
      "a dropped connection deep in the cause chain",
      new Error("Invalid `tx.evidence.create()` invocation", { cause: new Error("Connection terminated unexpectedly") }),
    ],
  ])("is true for %s", (_what, error) => {
    expect(databaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique constraint violation", withCode("P2002", "Unique constraint failed on the fields: (`email`)")],
    [
      "an expired transaction (too much work in it: a bug to see, not an outage)",
      withCode("P2028", "Transaction API error: A commit cannot be executed on an expired transaction."),
    ],
    ["a programming error", new TypeError("Cannot read properties of undefined (reading 'id')")],
  ])("is false for %s", (_what, error) => {
    expect(databaseUnavailable(error)).toBe(false);
  });
});
