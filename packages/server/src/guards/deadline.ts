import { createGraphQLError, type Plugin } from "graphql-yoga";
import { currentBudget } from "./request-budget.js";

/** Why a request's deadline fired: the error its client sees. */
export const timeoutError = (limitMs: number) =>
  createGraphQLError(`The request ran longer than ${limitMs / 1000} s and was stopped; ask for less at once.`, {
    extensions: { code: "request/timeout", http: { status: 503, headers: { "retry-after": "1" } } },
  });

/**
 * Stops executing a request when its deadline passes or its client leaves: the executor resolves no further
 * fields, and the request's remaining SQL statements are refused (request-budget.ts). The compiled executor
 * (compiled-execution.ts) does not read the signal, so the answer is given up when it fires; what that executor
 * still has in flight finds its statements refused.
 */
export function useDeadline(): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const budget = currentBudget();
      if (!budget) return;
      // @ts-expect-error graphql-tools' executor reads `signal`; envelop's ExecutionArgs type does not list it.
      args.signal = budget.signal;
      const { signal } = budget;
      setExecuteFn((executionArgs) => givenUpOnAbort(executeFn(executionArgs), signal));
    },
  };
}

const isPromiseLike = <T>(value: T | PromiseLike<T>): value is PromiseLike<T> =>
  typeof (value as PromiseLike<T> | null)?.then === "function";

function givenUpOnAbort<T>(result: T | PromiseLike<T>, signal: AbortSignal): T | Promise<T> {
  if (!isPromiseLike(result)) return result;
  const aborted = new Promise<never>((_resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
  return Promise.race([result, aborted]);
}
