import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Vitest global setup: builds the server (esbuild, well under a second) so tests that run it as a process run
 * today's code. Every project inherits this setup; the build runs for the first one only.
 */
export default function setup(): void {
  if (process.env.FACTDESK_TEST_SERVER_BUILT === "1") return;
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
  execFileSync("pnpm", ["--filter", "@factdesk/server", "build"], { cwd: repoRoot, stdio: "inherit" });
  process.env.FACTDESK_TEST_SERVER_BUILT = "1";
}
