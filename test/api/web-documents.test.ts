import fs from "node:fs";
import path from "node:path";
import {
  Kind,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  parse,
  print,
  typeFromAST,
  visit,
  type DefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from "graphql";
import { schema } from "../../packages/server/src/schema/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../testkit/server.js";
import { repoRoot } from "../testkit/process.js";
import { globalId } from "../testkit/ids.js";

// Every query and mutation the web client sends stays within the API's operation limits (depth, cost, aliases,
// directives), with its fragments as the client spreads them. A screen whose query grows past the cost limit is
// otherwise only seen as a page that never loads.

const webSources = path.join(repoRoot, "packages/web/src");

/** The GraphQL documents written in the web client's `graphql(`…`)` calls, parsed. */
function webDefinitions(): DefinitionNode[] {
  const files = fs
    .readdirSync(webSources, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));
  return files.flatMap((file) =>
    [...fs.readFileSync(path.join(webSources, file), "utf8").matchAll(/\bgraphql\(\s*`([^`]*)`/g)].flatMap(
      // `@_unmask` is gql.tada's, for the client only; gql.tada removes it before sending.
      (m) => parse(m[1]!.replaceAll("@_unmask", "")).definitions,
    ),
  );
}

/** The operation with every fragment it spreads, directly or through other fragments. */
function withFragments(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): string {
  const needed = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (needed.has(name)) return;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`fragment ${name} (spread in ${operation.name?.value}) is not defined in packages/web/src`);
        needed.set(name, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  return [operation, ...needed.values()].map((d) => print(withTypenames(d))).join("\n");
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } };

/** What urql sends: `__typename` added to every selection set below the root (it costs like any field). */
const withTypenames = <D extends OperationDefinitionNode | FragmentDefinitionNode>(definition: D): D =>
  visit(definition, {
    SelectionSet(set, _key, parent) {
      if ((parent as { kind?: string } | undefined)?.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (set.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "__typename")) return undefined;
      return { ...set, selections: [...set.selections, TYPENAME] };
    },
  });

/** A value the variable's type accepts (what it says does not matter: the limits are checked before anything runs). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type))
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  return { Int: 1, Float: 1, Boolean: false, DateTime: "2025-03-10T00:00:00Z", ID: globalId("Claim", "none") }[type.name] ?? "x";
}

/** Values for the operation's required variables. */
const requiredVariables = (operation: OperationDefinitionNode) =>
  Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((v) => v.type.kind === Kind.NON_NULL_TYPE)
      .map((v) => [v.variable.name.value, sample(typeFromAST(schema, v.type) as GraphQLInputType)]),
  );

const definitions = webDefinitions();
const fragments = new Map(
  definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
);
// Subscriptions go over SSE and hold the connection open: they are not sent here.
const operations = definitions.filter(
  (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.operation !== "subscription",
);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("the web client's operations", () => {
  it("are found", () => {
    expect(operations.length).toBeGreaterThan(40);
    expect(operations.map((o) => o.name?.value)).toContain("ClaimDeskPage");
  });

  // Sent with made-up values for its required variables only: the limits are checked before any resolver runs, a
  // page size given by an optional variable counts as the default page size, and the made-up IDs change nothing.
  it.each(operations.map((o) => [o.name?.value ?? "(anonymous)", o] as const))(
    "%s stays within the API's limits",
    async (_name, operation) => {
      const response = await server.requestRaw(withFragments(operation, fragments), requiredVariables(operation), server.admin);
      const refused = (response.errors ?? []).filter((e) => String(e.extensions?.code ?? "").startsWith("request/"));
      expect(refused.map((e) => e.message)).toEqual([]);
    },
  );
});
