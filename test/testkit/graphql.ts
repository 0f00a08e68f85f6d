import { initGraphQLTada, type TadaDocumentNode } from "gql.tada";
import { Kind, print } from "graphql";
import type { introspection } from "../../packages/web/src/graphql-env.d.ts";

/**
 * The tests' `graphql()` tag, set up as the web client's (packages/web/src/gql/graphql.ts) over the same committed
 * introspection (kept fresh by test/unit/graphql-env-fresh.test.ts): documents are checked against the schema and
 * their results and variables are typed from it.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string; JSON: unknown };
}>();

export { readFragment } from "gql.tada";
export type { FragmentOf, ResultOf, TadaDocumentNode, VariablesOf } from "gql.tada";

/** A typed operation document (what `graphql()` returns for a query or a mutation). */
export type Operation<TData, TVariables> = TadaDocumentNode<TData, TVariables>;

/** The variables argument: optional when the operation has no required variable. */
export type VariablesArg<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** What goes over the wire for a typed document: its printed source and its operation's name. */
export interface WireDocument {
  query: string;
  operationName: string;
}

const printed = new WeakMap<object, WireDocument>();

/** The printed source and operation name of a document; throws unless it holds exactly one, named, operation. */
export function wireDocument<TData, TVariables>(document: Operation<TData, TVariables>): WireDocument {
  const known = printed.get(document);
  if (known) return known;
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const name = operations.length === 1 && operations[0]!.kind === Kind.OPERATION_DEFINITION ? operations[0]!.name?.value : undefined;
  // graphql's printer reads gql.tada's AST (the same node kinds); the cast is only between the two packages' node types.
  const query = print(document as unknown as Parameters<typeof print>[0]);
  if (!name) throw new Error(`The test kit sends named operations only (e.g. \`query ClaimDesk(...)\`), got:\n${query}`);
  const wire = { query, operationName: name };
  printed.set(document, wire);
  return wire;
}

/** The JSON body of a POST /graphql: a document's source and operation name, and its variables. */
export interface WireBody<TVariables = unknown> extends WireDocument {
  variables?: TVariables;
}

/** The JSON body of a POST /graphql for a typed document (for tests that send requests themselves). */
export function requestBody<TData, TVariables>(
  document: Operation<TData, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): WireBody<TVariables> {
  return { ...wireDocument(document), variables };
}

type Typed = { __typename?: string };

/**
 * A result union (or a `node(id:)` answer) read as its member `typename`, as a test that knows what it asked for
 * reads it. Throws, like a failed `!`, when the value is null or its `__typename` names another member. Where the
 * document does not select `__typename` (`node(id: $id) { ... on Claim { … } }`) only the type is narrowed.
 */
export function narrow<T extends Typed, N extends NonNullable<T["__typename"]>>(
  value: T | null | undefined,
  typename: N,
): Extract<T, { __typename?: N }> {
  if (value == null) throw new Error(`Expected a ${typename}, got ${value}`);
  if (value.__typename !== undefined && value.__typename !== typename)
    throw new Error(`Expected a ${typename}, got ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename?: N }>;
}

/** A result union read as one of its error members (every error type's name ends in `Error`); throws on a success. */
export function narrowError<T extends Typed>(value: T | null | undefined): Extract<T, { __typename: `${string}Error` }> {
  if (!value?.__typename?.endsWith("Error")) throw new Error(`Expected an error, got ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename: `${string}Error` }>;
}
