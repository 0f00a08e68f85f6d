import { AsyncLocalStorage } from "node:async_hooks";
import type { DbTx } from "../db.js";
import type { Prisma } from "../generated/prisma/client.js";
import { ValidationError } from "../errors.js";

/** A mutation request sent with an Idempotency-Key, waiting for its first write. */
export interface PendingIdempotentRequest {
  principal: string;
  key: string;
  requestHash: string;
  /** Set once the row is written (inside the transaction of the request's first change). */
  recorded: boolean;
}

const pending = new AsyncLocalStorage<PendingIdempotentRequest>();

export const runIdempotent = <T>(request: PendingIdempotentRequest, fn: () => T): T => pending.run(request, fn);

/**
 * Called by writeAudit inside every write transaction: the first write of a request with an Idempotency-Key
 * also stores the key, so the key exists exactly when the change does. A second request racing with the same key
 * fails on the unique index and its transaction rolls back.
 */
export async function recordIdempotentWrite(tx: DbTx): Promise<void> {
  const request = pending.getStore();
  if (!request || request.recorded) return;
  try {
    await tx.idempotentRequest.create({ data: { principal: request.principal, key: request.key, requestHash: request.requestHash } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw ValidationError.field(
        ["Idempotency-Key"],
        "Another request with this Idempotency-Key is being applied.",
        "request/idempotency_key_in_use",
      );
    }
    throw error;
  }
  request.recorded = true;
}

export async function findIdempotentRequest(db: DbTx, principal: string, key: string) {
  return db.idempotentRequest.findUnique({ where: { principal_key: { principal, key } } });
}

const KEEP_HOURS = 24;

/** Stores the response a retry will get, and forgets keys older than a day. */
export async function completeIdempotentRequest(db: DbTx, request: PendingIdempotentRequest, response: Prisma.InputJsonValue) {
  await db.idempotentRequest.update({
    where: { principal_key: { principal: request.principal, key: request.key } },
    data: { response, completedAt: new Date() },
  });
  await db.idempotentRequest.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - KEEP_HOURS * 3600_000) } } });
}
