import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger, routeConsoleTo } from "./logger.js";

const original = { debug: console.debug, log: console.log, info: console.info, warn: console.warn, error: console.error };
afterEach(() => Object.assign(console, original));

function capturingLogger(level: "debug" | "info") {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger(level, destination), lines };
}

describe("routeConsoleTo", () => {
  it("turns every console method, debug included, into a JSON line at its level", () => {
    const { logger, lines } = capturingLogger("debug");
    routeConsoleTo(logger);
    console.debug('No value for field "me" on entity "Query"');
    console.log("plain %s", "log");
    console.warn("a warning");
    console.error(new Error("broken"));
    expect(lines.map((line) => [line.level, line.msg])).toEqual([
      ["debug", 'No value for field "me" on entity "Query"'],
      ["info", "plain log"],
      ["warn", "a warning"],
      ["error", "broken"],
    ]);
  });

  it("drops debug messages below the configured level instead of printing them as plain text", () => {
    const { logger, lines } = capturingLogger("info");
    routeConsoleTo(logger);
    console.debug("a cache miss");
    expect(lines).toEqual([]);
  });
});
