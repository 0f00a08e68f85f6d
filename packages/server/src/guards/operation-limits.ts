import {
  BREAK,
  GraphQLError,
  getVariableValues,
  Kind,
  validate,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
} from "graphql";
import type { ErrorCode } from "../error-codes.js";
import { createGraphQLError, type Plugin } from "graphql-yoga";
import { createComplexityRule } from "@pothos/plugin-complexity";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import type { Limits } from "../config.js";
import { identityOf } from "./identity.js";

const badRequest = (message: string, code: ErrorCode = "input/invalid") =>
  createGraphQLError(message, { extensions: { code, http: { status: 400 } } });

/**
 * Strings a database or a reader cannot take: NUL bytes (PostgreSQL text cannot hold them), lone UTF-16
 * surrogates (not text at all), and anything longer than the configured maximum.
 */
function stringProblem(value: string, limits: Limits): string | null {
  if (value.length > limits.maxStringLength) return `is longer than ${limits.maxStringLength} characters`;
  if (value.includes("\u0000")) return "contains a NUL character";
  // In a `u` regex a surrogate pair is one code point, so only unpaired halves match.
  if (/\p{Cs}/u.test(value)) return "contains an unpaired surrogate (not valid Unicode text)";
  return null;
}

/** Every string and list in the variables, with its path (`input.text`), checked; the first problem is thrown. */
function checkVariables(value: unknown, path: string, limits: Limits): void {
  if (typeof value === "string") {
    const problem = stringProblem(value, limits);
    if (problem) throw badRequest(`Variable ${path} ${problem}.`, "input/invalid_text");
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) checkVariables(item, `${path}[${i}]`, limits);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) checkVariables(item, `${path}.${key}`, limits);
  }
}

/** The operation about to run, as the checks see it. */
interface Operation {
  schema: GraphQLSchema;
  document: DocumentNode;
  context: object;
  variables: Record<string, unknown>;
  operationName: string | undefined | null;
}

/** What a check found wrong with an operation: the error it becomes, made anew for each request. */
type Problem = { message: string; code: ErrorCode };
const problemError = (problem: Problem) => badRequest(problem.message, problem.code);

/** String literals written into the document itself. */
function literalProblem(document: DocumentNode, limits: Limits): Problem | null {
  let found: Problem | null = null;
  visit(document, {
    StringValue(node) {
      const problem = stringProblem(node.value, limits);
      if (!problem) return;
      found = { message: `A string in the query ${problem}.`, code: "input/invalid_text" };
      return BREAK;
    },
  });
  return found;
}

/**
 * `nodes(ids: …)` fetches one object per ID: its lists are capped like a page, counted together wherever they sit
 * (in the operation, in fragments or inline fragments, under aliases). Only Query.nodes takes `ids`.
 */
function checkNodeIds(document: DocumentNode, variables: Record<string, unknown>, limits: Limits): void {
  let count = 0;
  visit(document, {
    Field(field) {
      if (field.name.value !== "nodes") return;
      const ids = field.arguments?.find((arg) => arg.name.value === "ids")?.value;
      count += ids?.kind === Kind.LIST ? ids.values.length : ids?.kind === Kind.VARIABLE ? [variables[ids.name.value]].flat().length : 0;
    },
  });
  if (count > limits.maxNodeIds)
    throw badRequest(`nodes(ids:) takes at most ${limits.maxNodeIds} IDs (got ${count}); page through them.`, "request/too_many_ids");
}

function selectedOperation(document: DocumentNode, operationName: string | undefined | null) {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
}

/**
 * Depth, cost, aliases and directives, measured on the operation about to run with its variables (so `first: $n`
 * counts as n): each field costs 1 and a list's selections count once per item it may return (`first`/`last`,
 * else the default page size; see builder.ts). Run after validation, whose results yoga caches per document, and
 * before any resolver.
 */
function shapeProblem({ schema, document, context, variables, operationName }: Operation, limits: Limits): Problem | null {
  const report = [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)];
  const errors = validate(schema, document, [
    maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: report }),
    maxDirectivesRule({ n: limits.maxDirectives, propagateOnRejection: false, onReject: report }),
    createComplexityRule({ context, variableValues: variables, operationName, maxComplexity: limits.maxCost, maxDepth: limits.maxDepth }),
  ]);
  const first = errors[0];
  if (!first) return null;
  const text = first.message.replace(/^Syntax Error: /, "");
  const rules: [RegExp, ErrorCode, (m: RegExpMatchArray) => string][] = [
    [
      /depth (?:of )?\(?(?:depth: )?(\d+).*max(?:imum)? depth (?:of )?\(?(?:max: )?(\d+)/i,
      "request/too_deep",
      (m) => `The query nests ${m[1]} levels deep; at most ${m[2]} are allowed.`,
    ],
    [
      /complexity (?:of )?\(?(?:complexity: )?(\d+).*max(?:imum)? complexity (?:of )?\(?(?:max: )?(\d+)/i,
      "request/too_expensive",
      (m) => `The query could return too much at once (cost ${m[1]}, at most ${m[2]}): ask for smaller pages or fewer nested lists.`,
    ],
    [
      /Aliases limit of (\d+) exceeded, found (\d+)/,
      "request/too_many_aliases",
      (m) => `The query has ${m[2]} aliases; at most ${m[1]} are allowed.`,
    ],
    [
      /Directives limit of (\d+) exceeded, found (\d+)/,
      "request/too_many_directives",
      (m) => `The query has ${m[2]} directives; at most ${m[1]} are allowed.`,
    ],
  ];
  for (const [pattern, code, say] of rules) {
    const match = text.match(pattern);
    if (match) return { message: say(match), code };
  }
  return { message: text, code: "input/invalid" };
}

/**
 * The arguments whose variables an operation's cost depends on: those builder.ts's `fieldComplexity` reads, and
 * `@skip`/`@include`'s `if` (plugin-complexity 4.2 counts skipped selections too; a version that does not stays right).
 */
const COST_ARGUMENTS = new Set(["first", "last", "ids", "if"]);

/**
 * The variables a document passes to arguments of these names, wherever they stand (a field's `first`, a
 * directive's `if`): the values a verdict kept with the document depends on.
 */
export function argumentVariables(document: DocumentNode, names: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  visit(document, {
    Argument(node) {
      if (!names.has(node.name.value)) return;
      visit(node.value, {
        Variable(variable) {
          found.add(variable.name.value);
        },
      });
    },
  });
  return [...found];
}

/**
 * What the checks found for one document, kept while yoga's parser cache keeps the document (it hands the same
 * object to every request with the same text): walking a document again on every request cost as much as running
 * a small query (8 % of the public verdict page's CPU). The shape's verdict is kept per operation and values of the
 * variables its cost reads, at most `SHAPES_PER_DOCUMENT` of them.
 */
interface DocumentChecks {
  literals: Problem | null;
  costVariables: string[];
  shapes: Map<string, Problem | null>;
}
const SHAPES_PER_DOCUMENT = 64;

function documentChecks(checksByDocument: WeakMap<DocumentNode, DocumentChecks>, document: DocumentNode, limits: Limits): DocumentChecks {
  let checks = checksByDocument.get(document);
  if (!checks) {
    checks = { literals: literalProblem(document, limits), costVariables: argumentVariables(document, COST_ARGUMENTS), shapes: new Map() };
    checksByDocument.set(document, checks);
  }
  return checks;
}

function cachedShapeProblem(checks: DocumentChecks, operation: Operation, limits: Limits): Problem | null {
  const { operationName, variables } = operation;
  const key = JSON.stringify([operationName ?? null, checks.costVariables.map((name) => variables[name] ?? null)]);
  let problem = checks.shapes.get(key);
  if (problem === undefined) {
    problem = shapeProblem(operation, limits);
    // A verdict on the input itself (a global ID that cannot be decoded while arguments are read for the cost) holds
    // for these variables only, not for every request of the document: it is never kept.
    if (problem?.code === "input/invalid") return problem;
    if (checks.shapes.size >= SHAPES_PER_DOCUMENT) checks.shapes.clear();
    checks.shapes.set(key, problem);
  }
  return problem;
}

/** Limits that hold before any work is done (see Limits in config.ts). */
export function useOperationLimits(limits: Limits, options: { anonymousIntrospection: boolean }): Plugin[] {
  const checksByDocument = new WeakMap<DocumentNode, DocumentChecks>();
  /** The first limit an operation breaks, as the error it is answered with; checked before any resolver runs. */
  const limitError = (args: ExecutionArgs): GraphQLError | null => {
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    try {
      checkVariables(variables, "$", limits);
      const checks = documentChecks(checksByDocument, args.document, limits);
      if (checks.literals) throw problemError(checks.literals);
      checkNodeIds(args.document, variables, limits);
      const operation = selectedOperation(args.document, args.operationName);
      const { schema, document, contextValue, operationName } = args;
      // Variables that do not fit their types are refused here, per request: the shape's verdict below is kept
      // per document and cost variables only, so a coercion error found while measuring it would be handed to
      // every later request of the same text, however right its variables.
      if (operation) {
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
        if (coerced.errors) throw badRequest(coerced.errors[0]!.message);
      }
      const shape = cachedShapeProblem(checks, { schema, document, context: contextValue as object, variables, operationName }, limits);
      if (shape) throw problemError(shape);
      return null;
    } catch (error) {
      if (error instanceof GraphQLError) return error;
      throw error;
    }
  };
  // Subscriptions are checked once, when they start: every event then runs the same selection.
  const inputGuard: Plugin = {
    onExecute({ args, setResultAndStopExecution }) {
      const error = limitError(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = limitError(args);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };

  // Field suggestions ("Did you mean …?") map the schema for whoever asks; callers without a session or key get the
  // error without them when introspection is off for them. Copies, never edits: yoga caches validation results.
  const anonymousSchemaPrivacy: Plugin = {
    onValidate({ context, addValidationRule }) {
      const request = (context as { request?: Request }).request;
      const anonymous = !request || !identityOf(request).known;
      if (!anonymous || options.anonymousIntrospection) return;
      addValidationRule(noIntrospection);
      return ({ valid, result, setResult }) => {
        if (valid) return;
        setResult(
          result.map((error) =>
            /Did you mean/.test(error.message)
              ? new GraphQLError(error.message.replace(/\s*Did you mean .+\?/g, ""), { nodes: error.nodes, extensions: error.extensions })
              : error,
          ),
        );
      };
    },
  };

  return [maxTokensPlugin({ n: limits.maxTokens }) as Plugin, anonymousSchemaPrivacy, inputGuard];
}

/** Refuses `__schema` and `__type` (named so yoga's validation cache keeps its results apart). */
function noIntrospection(context: ValidationContext) {
  return {
    Field(node: import("graphql").FieldNode) {
      if (node.name.value === "__schema" || node.name.value === "__type") {
        context.reportError(new GraphQLError("Introspection is available to signed-in users and API keys only.", { nodes: [node] }));
      }
    },
  };
}
