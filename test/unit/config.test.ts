import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultLimits, defaultRateLimits, envName, readConfig } from "../../packages/server/src/config.js";
import { StartupError } from "../../packages/server/src/errors.js";
import { repoRoot } from "../testkit/process.js";

describe("configuration", () => {
  it("reads every limit from its environment variable", () => {
    const config = readConfig({
      FACTDESK_MAX_DEPTH: "8",
      FACTDESK_ANONYMOUS_PER_MINUTE: "30",
      FACTDESK_CORS_ORIGINS: "https://a.example/, https://b.example",
    });
    expect(config.limits).toEqual({ ...defaultLimits, maxDepth: 8 });
    expect(config.rateLimits).toEqual({ ...defaultRateLimits, anonymousPerMinute: 30 });
    expect(config.security.corsOrigins).toEqual(["https://a.example", "https://b.example"]);
  });

  it("refuses a limit that is not a whole number of at least 1, naming the variable", () => {
    for (const value of ["0", "-3", "1.5", "lots"]) {
      expect(() => readConfig({ FACTDESK_MAX_BODY_BYTES: value })).toThrow(StartupError);
      expect(() => readConfig({ FACTDESK_MAX_BODY_BYTES: value })).toThrow(/FACTDESK_MAX_BODY_BYTES must be a whole number/);
    }
  });

  it("refuses a capture timeout that its request's deadline would cut short", () => {
    expect(() => readConfig({ FACTDESK_CAPTURE_TIMEOUT_MS: "10000" })).toThrow(/must be shorter than FACTDESK_REQUEST_TIMEOUT_MS/);
    expect(readConfig({ FACTDESK_CAPTURE_TIMEOUT_MS: "10000", FACTDESK_REQUEST_TIMEOUT_MS: "20000" }).captures.timeoutMs).toBe(10_000);
    // Left unset, it fits within a shorter request timeout instead of refusing to start.
    expect(readConfig({ FACTDESK_REQUEST_TIMEOUT_MS: "5000" }).captures.timeoutMs).toBe(4_000);
  });

  it("keeps an in-memory embedded database in memory instead of taking it for a folder", () => {
    expect(readConfig({ FACTDESK_DATA_DIR: "memory://scratch" }).dataDir).toBe("memory://scratch");
    expect(readConfig({ FACTDESK_DATA_DIR: "desk-data" }).dataDir).toBe(path.resolve("desk-data"));
  });

  it("documents every limit's variable in the README", () => {
    const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
    for (const key of [...Object.keys(defaultLimits), ...Object.keys(defaultRateLimits)]) expect(readme, key).toContain(envName(key));
  });
});

describe("error codes", () => {
  it("lists every stable error code in the README for partners", async () => {
    const { errorCodes } = await import("../../packages/server/src/error-codes.js");
    const readme = fs.readFileSync(path.join(repoRoot, "README.md"), "utf8");
    for (const code of Object.keys(errorCodes)) expect(readme, code).toContain(`| \`${code}\` |`);
  });
});
