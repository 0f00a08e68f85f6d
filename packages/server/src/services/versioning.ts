import { ConflictError, NotFoundError } from "../errors.js";
import type { DbTx } from "../db.js";

/**
 * Optimistic concurrency for one row: `update` must be an `updateMany` guarded by `version: expectedVersion`
 * (and must increment `version`). When it touches no row, someone else won: a ConflictError carries the
 * version now stored, and the caller's transaction rolls back.
 */
export async function updateWithVersion<T extends { version: number }>(opts: {
  entityType: string;
  id: string;
  expectedVersion: number;
  load: () => Promise<T | null>;
  update: () => Promise<{ count: number }>;
  /**
   * The fields the update writes, as given: when every one already has its value, nothing is written and `changed`
   * is false (the version stays, so colleagues' open copies do not become stale, and the caller writes no audit entry).
   */
  patch?: Record<string, unknown>;
}): Promise<{ before: T; after: T; changed: boolean }> {
  const before = await opts.load();
  if (!before) throw new NotFoundError(opts.entityType, opts.id);
  if (before.version !== opts.expectedVersion) throw new ConflictError(opts.entityType, opts.id, before.version);
  if (opts.patch && changesNothing(before as Record<string, unknown>, opts.patch)) return { before, after: before, changed: false };
  const { count } = await opts.update();
  if (count === 0) {
    const current = await opts.load();
    throw new ConflictError(opts.entityType, opts.id, current?.version ?? before.version);
  }
  const after = await opts.load();
  return { before, after: after!, changed: true };
}

/** Whether a stored value and a written one are the same (dates by their instant, lists and objects by content). */
export const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Whether writing `patch` over `row` would leave it as it is (fields left undefined are not written). */
export function changesNothing(row: Record<string, unknown>, patch: Record<string, unknown>): boolean {
  return Object.entries(patch).every(([field, value]) => value === undefined || sameValue(row[field], value));
}

/**
 * Locks claim rows until the transaction ends. Every write that decides from a claim's state (its status, its
 * verdict, its evidence, its ratings, whether it was merged) takes this lock first, so two such writes on one claim
 * run one after the other and the second decides from what the first committed. Rows are locked in id order, so
 * transactions locking the same claims never wait on each other in a circle.
 */
export async function lockClaims(tx: DbTx, ids: readonly string[]) {
  const sorted = [...new Set(ids)].sort();
  if (sorted.length) await tx.$queryRaw`SELECT 1 FROM "Claim" WHERE id = ANY(${sorted}) ORDER BY id FOR UPDATE`;
}

/**
 * Serialises the transactions that may create the row named by `key` (a source's URL, an account's email): the
 * second waits for the first to commit and then finds its row, instead of failing on the unique index.
 */
export async function lockName(tx: DbTx, kind: string, key: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${kind}:${key}`}))`;
}
