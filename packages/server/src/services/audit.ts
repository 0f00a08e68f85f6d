import type { DbTx } from "../db.js";
import type { Prisma } from "../generated/prisma/client.js";
import { recordIdempotentWrite } from "./idempotency.js";
import { noteChange } from "./live-changes.js";

/**
 * Who a change is recorded against: a signed-in user (`id`), a partner's API key (`apiKeyId`, no user), or
 * nobody (start-up and seeding). A `Viewer` is an Author.
 */
export interface Author {
  id: string | null;
  apiKeyId?: string | null;
}

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string;
  claimId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Plain JSON for the audit log: dates become ISO strings, undefined fields disappear. */
export function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? String(v) : v)));
}

/**
 * Appends one audit entry; call it inside the transaction that makes the change. Every change passes here, so
 * this is also where a request's Idempotency-Key is stored with its first change (services/idempotency.ts).
 */
export async function writeAudit(tx: DbTx, actor: Author | null, record: AuditRecord): Promise<void> {
  await recordIdempotentWrite(tx);
  noteChange(record);
  await tx.auditEntry.create({
    data: {
      actorId: actor?.id ?? null,
      apiKeyId: actor?.apiKeyId ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      claimId: record.claimId ?? null,
      before: snapshot(record.before),
      after: snapshot(record.after),
    },
  });
}
