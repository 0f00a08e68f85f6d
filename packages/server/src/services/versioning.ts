import { ConflictError, NotFoundError } from "../errors.js";

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
}): Promise<{ before: T; after: T }> {
  const before = await opts.load();
  if (!before) throw new NotFoundError(opts.entityType, opts.id);
  if (before.version !== opts.expectedVersion) throw new ConflictError(opts.entityType, opts.id, before.version);
  const { count } = await opts.update();
  if (count === 0) {
    const current = await opts.load();
    throw new ConflictError(opts.entityType, opts.id, current?.version ?? before.version);
  }
  const after = await opts.load();
  return { before, after: after! };
}
