import { AsyncLocalStorage } from "node:async_hooks";
import type { ErrorCode } from "../error-codes.js";
import pLimit, { type LimitFunction } from "p-limit";
import { GraphQLError } from "graphql";
import type { Limits } from "../config.js";

/**
 * What one request may spend on the database. Every SQL statement a request runs passes through `gate` (db.ts):
 * at most `maxConcurrentStatementsPerRequest` at a time, so one request with a thousand aliased lists cannot take
 * every pooled connection from other users; at most `maxStatementsPerRequest` in all; none after the request's
 * deadline passed or its client went away.
 */
export interface RequestBudget {
  /** Statements run so far (also reported to tests and benchmarks as `extensions.sqlStatements`). */
  count: number;
  readonly maxStatements: number;
  readonly gate: LimitFunction;
  /** Aborted when the request times out or its connection closes. */
  readonly signal: AbortSignal;
}

const storage = new AsyncLocalStorage<RequestBudget>();

export const currentBudget = () => storage.getStore();

export function runWithBudget<T>(limits: Limits, signal: AbortSignal, fn: () => T): T {
  return storage.run(
    { count: 0, maxStatements: limits.maxStatementsPerRequest, gate: pLimit(limits.maxConcurrentStatementsPerRequest), signal },
    fn,
  );
}

/** Thrown into a resolver whose request has used up its budget; shown to the client (it is not a server fault). */
export class BudgetExceededError extends GraphQLError {
  constructor(message: string, code: ErrorCode) {
    super(message, { extensions: { code } });
  }
}

/** Runs one SQL statement within the current request's budget (statements outside a request run directly). */
export function spendStatement<T>(run: () => Promise<T>): Promise<T> {
  const budget = storage.getStore();
  if (!budget) return run();
  if (budget.signal.aborted) {
    const reason = budget.signal.reason;
    return Promise.reject(
      reason instanceof GraphQLError ? reason : new BudgetExceededError("The request was stopped: its client left.", "request/aborted"),
    );
  }
  budget.count += 1;
  if (budget.count > budget.maxStatements) {
    return Promise.reject(
      new BudgetExceededError(
        `The request needs more than ${budget.maxStatements} database statements; ask for less at once.`,
        "request/too_expensive",
      ),
    );
  }
  return budget.gate(run);
}
