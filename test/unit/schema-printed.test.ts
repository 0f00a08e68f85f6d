import fs from "node:fs";
import path from "node:path";
import { isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, printSchema, type GraphQLNamedType } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../packages/server/src/schema/index.js";
import { repoRoot } from "../../packages/server/src/config.js";

// Partners and the web client read the committed schema.graphql, not the code: it must match what the code
// builds, and everything in it must say what it is.

const committedPath = path.join(repoRoot, "packages/server/schema.graphql");

/** What `pnpm schema:print` writes (packages/server/src/print-schema.ts). */
const printed = () => `${printSchema(schema)}\n`;

function firstDifference(expected: string, actual: string): string {
  const a = expected.split("\n");
  const b = actual.split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  code:      ${a[i] ?? "(end of schema)"}\n  committed: ${b[i] ?? "(end of file)"}`;
  }
  return "";
}

/** Everything in the schema that should have a description but has none. */
function undescribed(types: readonly GraphQLNamedType[]): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text?.trim();
  for (const type of types) {
    if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) if (blank(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields()))
        if (blank(field.description)) missing.push(`input field ${type.name}.${field.name}`);
    }
    // Enum values are exempt: most are self-explanatory (KILLED, VIDEO) and each enum's description explains the
    // ones that are not (FigureQualifier, Reliability, VerdictState …).
  }
  return missing;
}

describe("schema.graphql", () => {
  it("is committed and matches the schema the code builds", () => {
    expect(fs.existsSync(committedPath), "packages/server/schema.graphql is missing: run `pnpm schema:print` and commit it").toBe(true);
    const committed = fs.readFileSync(committedPath, "utf8");
    const current = printed();
    if (committed.trimEnd() !== current.trimEnd()) {
      expect.fail(
        `packages/server/schema.graphql is stale: run \`pnpm schema:print\` and commit the result.\nFirst difference at ${firstDifference(current, committed)}`,
      );
    }
  });

  it("describes every type, field, argument and input field", () => {
    const missing = undescribed(Object.values(schema.getTypeMap()));
    expect(missing, `add a description to each of these:\n${missing.join("\n")}`).toEqual([]);
  });

  it("the description check finds a missing description", async () => {
    const { GraphQLObjectType, GraphQLString } = await import("graphql");
    const bare = new GraphQLObjectType({
      name: "Bare",
      description: "Has one undescribed field.",
      fields: { text: { type: GraphQLString, args: { lang: { type: GraphQLString } } } },
    });
    expect(undescribed([bare])).toEqual(["field Bare.text", "argument Bare.text(lang)"]);
  });
});
