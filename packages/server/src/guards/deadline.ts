import { createGraphQLError, type Plugin } from "graphql-yoga";
import { currentBudget } from "./request-budget.js";

/** Why a request's deadline fired: the error its client sees. */
export const timeoutError = (limitMs: number) =>
  createGraphQLError(`The request ran longer than ${limitMs / 1000} s and was stopped; ask for less at once.`, {
    extensions: { code: "request/timeout", http: { status: 503, headers: { "retry-after": "1" } } },
  });

/**
 * Stops executing a request when its deadline passes or its client leaves: the executor resolves no further
 * fields, and the request's remaining SQL statements are refused (request-budget.ts).
 */
export function useDeadline(): Plugin {
  return {
    onExecute({ args }) {
      const budget = currentBudget();
      // @ts-expect-error graphql-tools' executor reads `signal`; envelop's ExecutionArgs type does not list it.
      if (budget) args.signal = budget.signal;
    },
  };
}
