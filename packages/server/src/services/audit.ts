import type { DbTx } from "../db.js";
import type { Viewer } from "../context.js";
import type { Prisma } from "../generated/prisma/client.js";

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

/** Appends one audit entry; call it inside the transaction that makes the change. */
export async function writeAudit(tx: DbTx, actor: Pick<Viewer, "id"> | null, record: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: actor?.id ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      claimId: record.claimId ?? null,
      before: snapshot(record.before),
      after: snapshot(record.after),
    },
  });
}
