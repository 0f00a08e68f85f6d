import fs from "node:fs";
import path from "node:path";
import { printSchema } from "graphql";
import { schema } from "./schema/index.js";
import { repoRoot } from "./config.js";

// Writes the committed schema.graphql that clients generate their types from; a test fails when it is stale.
const target = path.join(repoRoot, "packages/server/schema.graphql");
fs.writeFileSync(target, `${printSchema(schema)}\n`);
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
