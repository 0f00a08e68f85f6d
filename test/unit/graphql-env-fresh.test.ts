import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The web client's documents are typed from src/graphql-env.d.ts, which gql.tada generates from the committed
// schema.graphql: a stale copy lets a document typecheck against a schema the server no longer serves.

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../packages/web");
const committedPath = path.join(webDir, "src/graphql-env.d.ts");

/** What `pnpm --filter @factdesk/web generate` writes, generated into a scratch file. */
function generated(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "graphql-env-"));
  try {
    const output = path.join(dir, "graphql-env.d.ts");
    execFileSync(path.join(webDir, "node_modules/.bin/gql.tada"), ["generate", "output", "--output", output], {
      cwd: webDir,
      stdio: "pipe",
    });
    return fs.readFileSync(output, "utf8");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("packages/web/src/graphql-env.d.ts", () => {
  it("is generated from the committed schema.graphql", () => {
    const regenerate = "run `pnpm --filter @factdesk/web generate` and commit the result";
    expect(fs.existsSync(committedPath), `packages/web/src/graphql-env.d.ts is missing: ${regenerate}`).toBe(true);
    if (fs.readFileSync(committedPath, "utf8") !== generated()) {
      expect.fail(`packages/web/src/graphql-env.d.ts is stale (out of date with packages/server/schema.graphql): ${regenerate}.`);
    }
  });
});
