import type { DbTx } from "../db.js";
import type { ClaimStatus } from "../generated/prisma/enums.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { lockClaims } from "./versioning.js";

/**
 * Refuses new work (evidence, a rating, an appearance, a note, a figure or media) on a claim nobody works on: one merged
 * away (its work moved to the kept claim, where it continues) or archived (restore it first). `path` names the input
 * field.
 */
export async function assertClaimTakesWork(tx: DbTx, claimId: string, path: string[]) {
  claimTakingWork(await tx.claim.findUnique({ where: { id: claimId }, select: { status: true, mergedIntoId: true } }), claimId, path);
}

/**
 * Locks the claim (see lockClaims), then refuses new work on it as assertClaimTakesWork does: an archiving or merge
 * committed meanwhile is seen before the work is written.
 */
export async function lockClaimTakingWork(tx: DbTx, claimId: string, path: string[]) {
  await lockClaims(tx, [claimId]);
  await assertClaimTakesWork(tx, claimId, path);
}

/** The claim as loaded, if it takes new work (see assertClaimTakesWork); refused with the same errors otherwise. */
export function claimTakingWork<Claim extends { status: ClaimStatus; mergedIntoId: string | null }>(
  claim: Claim | null,
  claimId: string,
  path: string[],
): Claim {
  if (!claim) throw new NotFoundError("Claim", claimId);
  if (claim.mergedIntoId)
    throw ValidationError.field(path, "This claim was merged into another: its work continues there.", "claim/merged");
  if (claim.status === "ARCHIVED") throw ValidationError.field(path, "The claim is archived: restore it first.", "claim/archived");
  return claim;
}
