import type { ServerResponse } from "node:http";
import { GraphQLError } from "graphql";
import type { ErrorCode } from "../error-codes.js";
import { createGraphQLError, type YogaMaskedErrorOpts } from "graphql-yoga";
import { PothosSchemaError, PothosValidationError } from "@pothos/core";

/** The body of a request refused before GraphQL runs, shaped like a GraphQL error response. */
export const graphqlErrorBody = (code: ErrorCode, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** Such a refusal as a Fetch Response (within yoga's plugins). */
export function jsonErrorResponse(status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(graphqlErrorBody(code, message)), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

/** Such a refusal written on a node:http response (the routes outside yoga). */
export function sendJsonError(res: ServerResponse, status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}) {
  res
    .writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers })
    .end(JSON.stringify(graphqlErrorBody(code, message)));
}

// Codes node-postgres, PGlite and Prisma use for "the database is not there right now" (as opposed to a bad
// query): connection refused or reset, the server shutting down or out of connections, and Prisma's connection-level
// errors (P1008 socket timeout, P1017 connection closed, P1018 transaction closed under it, P2024 pool timeout,
// P2037 too many connections).
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "53300",
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P1018",
  "P2024",
  "P2037",
]);
// The first is the driver adapter's error as a raw statement (a compiled read) meets it: Prisma turns it into P1017
// only for the queries it compiles itself. The last is Prisma's P2028 when a transaction waited past `maxWait` for a
// connection of the pool (all busy or reconnecting).
const UNAVAILABLE_MESSAGES =
  /^ConnectionClosed$|Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|server (has )?closed the connection|Can't reach database server|terminating connection|Unable to start a transaction in the given time/i;

/** Whether an error (anywhere in its cause chain) means the database could not be reached. */
export function databaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; message?: unknown; cause?: unknown; originalError?: unknown; kind?: unknown };
    if (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code)) return true;
    if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.test(e.message)) return true;
    current = e.originalError ?? e.cause;
  }
  return false;
}

/** Errors Pothos raises for input it cannot decode (forged cursors, malformed global IDs): the client's fault. */
const isBadInput = (error: unknown) =>
  error instanceof PothosValidationError ||
  (error instanceof Error && /^(Invalid (cursor|global ID|offset)|Expected .* to be a (positive|valid))/i.test(error.message));

/** Longest part of a rejected cursor or ID quoted back to the client; it may have sent a megabyte of it. */
const QUOTED_INPUT_LIMIT = 64;

/** "Invalid cursor: <input>" with the input cut to QUOTED_INPUT_LIMIT characters and its length said. */
function withShortQuote(message: string): string {
  const quoted = /^(Invalid [^:]+): ([\s\S]*)$/.exec(message);
  if (!quoted || quoted[2]!.length <= QUOTED_INPUT_LIMIT) return message;
  return `${quoted[1]}: ${quoted[2]!.slice(0, QUOTED_INPUT_LIMIT)}… (${quoted[2]!.length} characters)`;
}

/**
 * Which errors clients see. Expected failures (GraphQLErrors we raise, with a `code`) pass; undecodable input
 * becomes `input/invalid`; an unreachable database becomes `service/unavailable` with HTTP 503 and Retry-After;
 * anything else is masked: its details stay in the server log.
 */
export const maskedErrors: Partial<YogaMaskedErrorOpts> = {
  maskError(error, message) {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (databaseUnavailable(original)) {
      return createGraphQLError("The database is unavailable; try again shortly.", {
        extensions: { code: "service/unavailable", http: { status: 503, headers: { "retry-after": "5" } } },
      });
    }
    // JSON.parse of a GET request's `variables` or `extensions`; the message would quote the input.
    if (original instanceof SyntaxError) {
      return createGraphQLError("The request's variables or extensions are not valid JSON.", {
        extensions: { code: "BAD_REQUEST", http: { status: 400 } },
      });
    }
    // A forged global ID naming a type the schema lacks ("Session:x") or one that is no object ("Error:x"): Pothos
    // looks the type up while resolving it.
    if (original instanceof PothosSchemaError && /has not been implemented|^Expected ref to resolve/.test(original.message)) {
      const path = error instanceof GraphQLError ? error.path : undefined;
      return createGraphQLError("Invalid global ID: it names no kind of object this API serves.", {
        path,
        extensions: { code: "input/invalid" },
      });
    }
    if (isBadInput(original)) {
      const path = error instanceof GraphQLError ? error.path : undefined;
      return createGraphQLError(withShortQuote((original as Error).message), { path, extensions: { code: "input/invalid" } });
    }
    // yoga attaches the parser's complaint (which quotes the request body) to bad-JSON errors: never echo input.
    // A request yoga could not read is a 400 whatever the client accepts.
    if (error instanceof GraphQLError && (error.extensions?.originalError || error.extensions?.code === "BAD_REQUEST")) {
      const { originalError: _echo, http: _status, ...extensions } = error.extensions;
      return createGraphQLError(error.message, { path: error.path, extensions: { ...extensions, http: { status: 400 } } });
    }
    if (error instanceof GraphQLError && !error.originalError) return error;
    if (error instanceof GraphQLError && error.originalError instanceof GraphQLError) return error;
    console.error(original);
    const path = error instanceof GraphQLError ? error.path : undefined;
    return createGraphQLError(message, { path, extensions: { code: "internal" } });
  },
};
