import { z } from "zod";
import { stance } from "./enums.js";
import { inTransaction, type Db, type DbTx } from "../db.js";
import type { Evidence } from "../generated/prisma/client.js";
import type { Viewer } from "../context.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { writeAudit } from "./audit.js";
import { findOrCreateSource, sourceRefSchema } from "./sources.js";
import { optionalText, parseInput, text } from "./validation.js";
import { lockClaims, updateWithVersion } from "./versioning.js";
import { lockClaimTakingWork } from "./claim-guards.js";
import { startReviewIfNew } from "./claims.js";

const addEvidenceSchema = z.object({
  claimId: z.string(),
  source: sourceRefSchema,
  stance,
  excerpt: text(10000, "Excerpt"),
  note: optionalText(5000, "Note"),
});

export async function addEvidence(db: Db | DbTx, viewer: Viewer, input: z.input<typeof addEvidenceSchema>) {
  const data = parseInput(addEvidenceSchema, input);
  return inTransaction(db, async (tx) => {
    await lockClaimTakingWork(tx, data.claimId, ["input", "claim"]);
    const source = await findOrCreateSource(tx, viewer, data.source);
    const evidence = await tx.evidence.create({
      data: {
        claimId: data.claimId,
        sourceId: source.id,
        stance: data.stance,
        excerpt: data.excerpt,
        note: data.note ?? null,
        addedById: viewer.id,
      },
    });
    await writeAudit(tx, viewer, {
      action: "evidence.add",
      entityType: "Evidence",
      entityId: evidence.id,
      claimId: data.claimId,
      after: evidence,
    });
    await startReviewIfNew(tx, viewer, data.claimId);
    return evidence;
  });
}

const updateEvidenceSchema = z.object({
  stance: stance.optional(),
  excerpt: text(10000, "Excerpt").optional(),
  note: optionalText(5000, "Note"),
});

/** Writes a change to evidence `lockedEvidence` loaded: only its author or an editor may. */
async function changeEvidence(
  tx: DbTx,
  viewer: Viewer,
  current: Evidence,
  action: string,
  data: { stance?: "SUPPORTS" | "REFUTES" | "CONTEXT"; excerpt?: string; note?: string | null; removedAt?: Date | null },
) {
  const { id, version: expectedVersion } = current;
  if (current.addedById !== viewer.id && viewer.role === "REVIEWER") {
    throw new ForbiddenError("Only the reviewer who added this evidence, or an editor, can change or remove it.", "evidence/not_yours");
  }
  const { before, after, changed } = await updateWithVersion({
    entityType: "Evidence",
    id,
    expectedVersion,
    load: () => tx.evidence.findUnique({ where: { id } }),
    update: () => tx.evidence.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } }),
    patch: data,
  });
  if (changed) await writeAudit(tx, viewer, { action, entityType: "Evidence", entityId: id, claimId: after.claimId, before, after });
  return after;
}

/** What a verdict (published, or awaiting sign-off) cites is what readers see under it: it changes only by a correction. */
async function refuseIfCited(tx: DbTx, id: string) {
  const citing = await tx.verdict.count({ where: { state: { not: "RETRACTED" }, citedEvidence: { some: { id } } } });
  if (citing) {
    throw ValidationError.field(
      ["input", "id"],
      "This evidence is cited by a verdict; correct the verdict to stop citing it first.",
      "evidence/cited_by_verdict",
    );
  }
}

export async function updateEvidence(
  db: Db,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  input: z.input<typeof updateEvidenceSchema>,
) {
  const data = parseInput(updateEvidenceSchema, input);
  return db.$transaction(async (tx) => {
    const current = await lockedEvidence(tx, id, expectedVersion);
    if (current.removedAt)
      throw ValidationError.field(["input", "id"], "Removed evidence cannot be edited; restore it first.", "evidence/removed");
    await refuseIfCited(tx, id);
    return changeEvidence(tx, viewer, current, "evidence.update", data);
  });
}

/** Soft delete: removed evidence stays listable (`includeRemoved`) and can be restored. */
export async function removeEvidence(db: Db, viewer: Viewer, id: string, expectedVersion: number) {
  return db.$transaction(async (tx) => {
    const current = await lockedEvidence(tx, id, expectedVersion);
    // Removing it again would move the time it was removed, and say so twice in the history.
    if (current.removedAt) throw ValidationError.field(["input", "id"], "This evidence is already removed.", "evidence/removed");
    await refuseIfCited(tx, id);
    return changeEvidence(tx, viewer, current, "evidence.remove", { removedAt: new Date() });
  });
}

export async function restoreEvidence(db: Db, viewer: Viewer, id: string, expectedVersion: number) {
  return db.$transaction(async (tx) => {
    const current = await lockedEvidence(tx, id, expectedVersion);
    if (!current.removedAt) throw ValidationError.field(["input", "id"], "This evidence is not removed.", "evidence/not_removed");
    return changeEvidence(tx, viewer, current, "evidence.restore", { removedAt: null });
  });
}

/**
 * Evidence as it is now, its claim locked first (see lockClaims): a verdict published meanwhile, or another change
 * of the same evidence, is seen before deciding. A stale version is a conflict before anything else is judged; then
 * an archived claim's evidence stays as it was, as the claim does (evidence is added to it only once restored, too).
 */
async function lockedEvidence(tx: DbTx, id: string, expectedVersion: number) {
  const found = await tx.evidence.findUnique({ where: { id }, select: { claimId: true } });
  if (!found) throw new NotFoundError("Evidence", id);
  await lockClaims(tx, [found.claimId]);
  const current = await tx.evidence.findUniqueOrThrow({ where: { id }, include: { claim: { select: { status: true } } } });
  if (current.version !== expectedVersion) throw new ConflictError("Evidence", id, current.version);
  if (current.claim.status === "ARCHIVED")
    throw ValidationError.field(["input", "id"], "The claim is archived: restore it before changing its evidence.", "claim/archived");
  const { claim: _claim, ...evidence } = current;
  return evidence;
}

/** Checks that every id names live evidence of the claim; `path` points the error at the input field. */
export async function assertClaimEvidence(tx: DbTx, claimId: string, evidenceIds: string[], path: string[]) {
  const unique = [...new Set(evidenceIds)];
  const found = await tx.evidence.findMany({ where: { id: { in: unique }, claimId, removedAt: null }, select: { id: true } });
  const foundIds = new Set(found.map((e) => e.id));
  const issues = unique
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !foundIds.has(id))
    .map(({ i }) => ({ path: [...path, String(i)], message: "Not live evidence of this claim." }));
  if (issues.length) throw new ValidationError(issues, "evidence/not_on_claim");
  return unique;
}
