import { AsyncLocalStorage } from "node:async_hooks";
import type { ErrorCode } from "../error-codes.js";
import pLimit, { type LimitFunction } from "p-limit";
import { GraphQLError } from "graphql";
import type { Limits } from "../config.js";

/**
 * What one request may spend on the database. Every SQL statement a request runs passes through `gate` (db.ts):
 * at most `maxConcurrentStatementsPerRequest` at a time, so one request with a thousand aliased lists cannot take
 * every pooled connection from other users; at most `maxStatementsPerRequest` in all; none after the request's
 * deadline passed or its client went away. A mutation's own transaction is bounded by its input instead
 * (`spendTransactionStatement`): its statements are not held against the reads that answer it once it committed.
 */
export interface RequestBudget {
  /** Statements run so far (also reported to tests and benchmarks as `extensions.sqlStatements`). */
  count: number;
  /** Of `count`, those run inside transactions. */
  inTransactions: number;
  readonly maxStatements: number;
  readonly gate: LimitFunction;
  /** Aborted when the request times out or its connection closes. */
  readonly signal: AbortSignal;
  /**
   * Stops the request if its deadline has passed. The deadline's timer cannot fire while a request keeps the event
   * loop busy with statements that never wait for I/O (the embedded database answers in-process), so each statement
   * also looks at the clock.
   */
  readonly checkDeadline: () => void;
}

const storage = new AsyncLocalStorage<RequestBudget>();

export const currentBudget = () => storage.getStore();

/** Runs `fn` outside any request's budget: for work one request does on behalf of another (a live update's checks). */
export const outsideRequestBudget = <T>(fn: () => T): T => storage.exit(fn);

/** Runs `fn` (a request) with a budget; `checkDeadline` stops it once its deadline passed (see RequestBudget). */
export function runWithBudget<T>(limits: Limits, signal: AbortSignal, fn: () => T, checkDeadline = () => {}): T {
  return storage.run(
    {
      count: 0,
      inTransactions: 0,
      maxStatements: limits.maxStatementsPerRequest,
      gate: pLimit(limits.maxConcurrentStatementsPerRequest),
      signal,
      checkDeadline,
    },
    fn,
  );
}

/** Thrown into a resolver whose request has used up its budget; shown to the client (it is not a server fault). */
export class BudgetExceededError extends GraphQLError {
  constructor(message: string, code: ErrorCode) {
    super(message, { extensions: { code } });
  }
}

function stopped(budget: RequestBudget): GraphQLError {
  const reason = budget.signal.reason;
  return reason instanceof GraphQLError ? reason : new BudgetExceededError("The request was stopped: its client left.", "request/aborted");
}

/** Runs one SQL statement within the current request's budget (statements outside a request run directly). */
export function spendStatement<T>(run: () => Promise<T>): Promise<T> {
  const budget = storage.getStore();
  if (!budget) return run();
  budget.checkDeadline();
  if (budget.signal.aborted) return Promise.reject(stopped(budget));
  budget.count += 1;
  if (budget.count - budget.inTransactions > budget.maxStatements) {
    return Promise.reject(
      new BudgetExceededError(
        `The request needs more than ${budget.maxStatements} database statements; ask for less at once.`,
        "request/too_expensive",
      ),
    );
  }
  return budget.gate(run);
}

/**
 * Runs one statement of a transaction the request holds: counted, never queued (the transaction has its connection
 * already), and refused once the request's deadline passed, so that the transaction rolls back instead of
 * committing what its client was told had failed. A client that left was told nothing: what it asked to save is
 * saved. The statement that ends the transaction (`control`: COMMIT or ROLLBACK) always runs: refusing a ROLLBACK
 * would leave the connection inside the transaction.
 */
export function spendTransactionStatement<T>(run: () => Promise<T>, control = false): Promise<T> {
  const budget = storage.getStore();
  if (!budget) return run();
  if (!control) budget.checkDeadline();
  // The deadline aborts with the error its client sees; a client leaving aborts with a plain Error.
  if (!control && budget.signal.reason instanceof GraphQLError) return Promise.reject(budget.signal.reason);
  budget.count += 1;
  budget.inTransactions += 1;
  return run();
}
