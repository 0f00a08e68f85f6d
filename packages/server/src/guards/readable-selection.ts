import {
  getNamedType,
  getOperationAST,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { createGraphQLError, type Plugin } from "graphql-yoga";
import type { Context } from "../context.js";
import type { ErrorCode } from "../error-codes.js";
import { authScopesFor } from "../services/access.js";
import { argumentVariables } from "./operation-limits.js";

// A mutation whose selection asks for a field the caller may not read used to run, write, and then lose its whole
// answer to the refusal of that field (a non-null field nulls its parents up to `data`): the partner saw an error,
// retried and wrote twice. So before a mutation runs, its selection is checked against the scopes scope-auth will
// check while answering it, and a mutation that could not be answered whole is refused with nothing written.
// Queries are not checked (nothing is written, and a refused field there costs only itself).

type Scopes = ReturnType<typeof authScopesFor>;
/** Whether a scope map passes: true or false, or null when only execution can tell (a function, `$granted`). */
type Outcome = boolean | null;

/** Pothos keeps a field's or type's options (`authScopes`, `skipTypeScopes` …) in its `extensions.pothosOptions`. */
const optionsOf = (element: { extensions?: unknown }) =>
  (element.extensions as { pothosOptions?: { authScopes?: unknown; skipTypeScopes?: boolean } } | undefined)?.pothosOptions;
const authScopesOf = (element: { extensions?: unknown }): unknown => optionsOf(element)?.authScopes;

/** scope-auth's evaluation of a scope map (request-cache.js `evaluateScopeMapWithScopes`), without running anything. */
function evaluate(map: unknown, scopes: Scopes, forAll = false): Outcome {
  if (map === undefined) return true;
  // A function decides per object (ApiKey, Verdict, webhooks): it still runs during execution.
  if (typeof map !== "object" || map === null) return null;
  const outcomes: Outcome[] = [];
  for (const [name, parameter] of Object.entries(map)) {
    if (name === "$any") outcomes.push(evaluate(parameter, scopes, false));
    else if (name === "$all") outcomes.push(evaluate(parameter, scopes, true));
    else if (name === "$granted") outcomes.push(null);
    else {
      const scope = (scopes as Record<string, unknown>)[name];
      outcomes.push(typeof scope === "function" ? null : !!scope);
    }
  }
  if (forAll) return outcomes.includes(false) ? false : outcomes.includes(null) ? null : true;
  return outcomes.includes(true) ? true : outcomes.includes(null) ? null : false;
}

/** Literal `@skip`/`@include` conditions are applied; one on a variable reads its value (part of the cache key). */
function included(node: { directives?: readonly DirectiveNode[] }, variables: Record<string, unknown>): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== "skip" && name !== "include") continue;
    const value = directive.arguments?.find((arg) => arg.name.value === "if")?.value;
    const condition = value?.kind === Kind.BOOLEAN ? value.value : value?.kind === Kind.VARIABLE ? !!variables[value.name.value] : true;
    if ((name === "skip") === condition) return false;
  }
  return true;
}

/** The most paths a refusal lists (a hostile selection could name thousands). */
const MAX_PATHS = 50;

/**
 * The paths (response keys, `createClaim.claim.evidence`) of a mutation's selection that scope-auth would refuse to
 * this caller: a field whose own `authScopes` fail, or a selection of fields on an object type whose `authScopes`
 * fail (named by the field that reaches the type). A selection on an interface or union checks the interface's
 * fields and the object types its fragments name, not every type that could come back. The root fields' own scopes
 * are left to execution, which answers them with their typed errors; a root field that refuses the caller outright
 * writes nothing, so its selection is not checked either.
 */
export function unreadablePaths(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  scopes: Scopes,
  variables: Record<string, unknown>,
): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const found = new Set<string>();
  const typeOutcomes = new Map<GraphQLNamedType, Outcome>();
  const typeReadable = (type: GraphQLNamedType) => {
    let outcome = typeOutcomes.get(type);
    if (outcome === undefined) {
      outcome = evaluate(authScopesOf(type), scopes);
      typeOutcomes.set(type, outcome);
    }
    return outcome !== false;
  };

  const possibleOf = (type: GraphQLCompositeType): readonly GraphQLObjectType[] =>
    isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
  // A fragment applies to the object types both its place and its condition allow. Typed errors are left out: a
  // mutation that answers with one wrote nothing, so a field of it the caller may not read costs only itself (the
  // web client's error fragment asks a ConflictError for its last change, which signing in never answers with).
  const isError = (type: GraphQLObjectType) => type.getInterfaces().some((i) => i.name === "Error");
  const narrowed = (possible: ReadonlySet<GraphQLObjectType>, condition: GraphQLCompositeType) =>
    new Set(possibleOf(condition).filter((type) => possible.has(type) && !isError(type)));

  // Walks one selection set on `parent` (the type its fields are selected on), reached at `path`, where the answer
  // can be of the object types `possible`.
  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    path: string,
    root: boolean,
    seen: Set<string>,
    possible: ReadonlySet<GraphQLObjectType>,
  ) => {
    for (const selection of selectionSet.selections) {
      if (found.size >= MAX_PATHS || !included(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith("__")) continue;
        if (!("getFields" in parent)) continue;
        const field: GraphQLField<unknown, unknown> | undefined = parent.getFields()[name];
        if (!field) continue;
        const key = `${path}${path ? "." : ""}${selection.alias?.value ?? name}`;
        const own = evaluate(authScopesOf(field), scopes);
        if (root) {
          if (own === false) continue;
        } else {
          if (isObjectType(parent) && !optionsOf(field)?.skipTypeScopes && !typeReadable(parent)) {
            found.add(path);
            continue;
          }
          if (own === false) {
            found.add(key);
            continue;
          }
        }
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type))
          walk(selection.selectionSet, type, key, false, seen, new Set(possibleOf(type)));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (!condition || !isCompositeType(condition)) continue;
        const applies = narrowed(possible, condition);
        if (applies.size) walk(selection.selectionSet, condition, path, root, seen, applies);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Validation refuses cycles; `seen` keeps a walk finite whatever it is given.
        if (!fragment || seen.has(name)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        if (!condition || !isCompositeType(condition)) continue;
        const applies = narrowed(possible, condition);
        if (applies.size) walk(fragment.selectionSet, condition, path, root, new Set(seen).add(name), applies);
      }
    }
  };
  const rootType = schema.getMutationType();
  if (rootType) walk(operation.selectionSet, rootType, "", true, new Set(), new Set([rootType]));
  return [...found];
}

/** `@skip`/`@include`'s argument: the variables it reads are part of the verdict's key. */
const CONDITION_ARGUMENTS = new Set(["if"]);

interface DocumentVerdicts {
  conditionVariables: string[];
  /** Paths refused, by operation name, caller's scopes and condition variables' values. */
  verdicts: Map<string, string[]>;
}
/** Callers differ by their scopes only: a handful of combinations in practice; the map is emptied past this. */
const VERDICTS_PER_DOCUMENT = 64;

/** What the refusal calls the caller. */
const whoOf = (context: Context) => (context.partner ? "This API key" : context.viewer ? "Your role" : "Without signing in, you");

/**
 * Refuses, before anything runs, a mutation whose selection asks for what the caller may not read (see above), with
 * `auth/unreadable_selection`, HTTP 403 and the paths to remove. Verdicts are kept with the document (yoga's parser
 * cache hands the same object to every request of the same text), per operation and set of scopes.
 */
export function useReadableMutationSelections(): Plugin {
  const byDocument = new WeakMap<DocumentNode, DocumentVerdicts>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== "mutation") return;
      const context = args.contextValue as Context;
      const scopes = authScopesFor(context.viewer, context.access);
      let entry = byDocument.get(args.document);
      if (!entry) {
        entry = { conditionVariables: argumentVariables(args.document, CONDITION_ARGUMENTS), verdicts: new Map() };
        byDocument.set(args.document, entry);
      }
      // The conditions' values as execution will see them: the request's, else the operation's defaults.
      const given = (args.variableValues ?? {}) as Record<string, unknown>;
      const conditions: Record<string, boolean> = {};
      for (const name of entry.conditionVariables) {
        const fallback = operation.variableDefinitions?.find((d) => d.variable.name.value === name)?.defaultValue;
        conditions[name] = name in given ? !!given[name] : fallback?.kind === Kind.BOOLEAN && fallback.value;
      }
      const key = JSON.stringify([args.operationName ?? null, Object.values(scopes).map(Number).join(""), conditions]);
      let paths = entry.verdicts.get(key);
      if (!paths) {
        paths = unreadablePaths(args.schema, args.document, operation, scopes, conditions);
        if (entry.verdicts.size >= VERDICTS_PER_DOCUMENT) entry.verdicts.clear();
        entry.verdicts.set(key, paths);
      }
      if (paths.length === 0) return;
      const listed = paths.length === MAX_PATHS ? `${paths.join(", ")} and possibly more` : paths.join(", ");
      setResultAndStopExecution({
        errors: [
          createGraphQLError(
            `${whoOf(context)} may not read ${listed}; the mutation did not run and nothing was saved. Remove ${paths.length === 1 ? "it" : "them"} from the selection.`,
            { extensions: { code: "auth/unreadable_selection" satisfies ErrorCode, paths, http: { status: 403 } } },
          ),
        ],
      });
    },
  };
}
