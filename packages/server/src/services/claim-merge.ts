import { z } from "zod";
import type { Db, DbTx } from "../db.js";
import type { Viewer } from "../context.js";
import type { ErrorCode } from "../error-codes.js";
import type { MergeProposal } from "../generated/prisma/client.js";
import { ConflictError, NotFoundError, ValidationError } from "../errors.js";
import { writeAudit } from "./audit.js";
import { editors, notify } from "./notifications.js";
import { optionalText, parseInput, text } from "./validation.js";
import { lockClaims, updateWithVersion } from "./versioning.js";

/**
 * Folds duplicates into the kept claim: appearances, evidence, ratings, figures, notes and media move over; each
 * duplicate is archived with `mergedInto` set, so it can still be found. A reviewer's current rating on the
 * kept claim wins over their rating on a duplicate, which becomes history.
 */
export async function mergeClaims(db: Db, viewer: Viewer, keepId: string, duplicates: { id: string; expectedVersion: number }[]) {
  if (!duplicates.length) throw ValidationError.field(["input", "duplicates"], "Name at least one duplicate.");
  const twice = duplicates.findIndex((d, i) => duplicates.findIndex((e) => e.id === d.id) !== i);
  if (twice >= 0) throw ValidationError.field(["input", "duplicates", String(twice)], "This claim is listed twice.");
  return db.$transaction(async (tx) => {
    await lockClaims(tx, [keepId, ...duplicates.map((d) => d.id)]);
    return mergeInto(tx, viewer, keepId, duplicates);
  });
}

/** Why `duplicateId` cannot be folded into `keepId` now (the claims' state, not the caller's rights), or null. */
async function mergeObstacle(
  tx: DbTx,
  keepId: string,
  duplicateId: string,
): Promise<{ field: "keep" | "duplicates"; message: string; code: ErrorCode } | null> {
  if (duplicateId === keepId) return { field: "duplicates", message: "A claim cannot be merged into itself.", code: "claim/merge_self" };
  const [kept, duplicate] = await Promise.all([
    tx.claim.findUnique({ where: { id: keepId }, select: { mergedIntoId: true } }),
    tx.claim.findUnique({ where: { id: duplicateId }, select: { mergedIntoId: true, currentVerdictId: true } }),
  ]);
  if (!kept) throw new NotFoundError("Claim", keepId);
  if (!duplicate) throw new NotFoundError("Claim", duplicateId);
  if (kept.mergedIntoId) return { field: "keep", message: "The kept claim was itself merged away.", code: "claim/merged" };
  if (duplicate.mergedIntoId) return { field: "duplicates", message: "That claim was already merged into another.", code: "claim/merged" };
  if (duplicate.currentVerdictId) {
    return { field: "duplicates", message: "A claim with a verdict cannot be merged away.", code: "claim/merge_has_verdict" };
  }
  return null;
}

async function mergeInto(tx: DbTx, viewer: Viewer, keepId: string, duplicates: { id: string; expectedVersion: number }[]) {
  for (const [i, dup] of duplicates.entries()) {
    const obstacle = await mergeObstacle(tx, keepId, dup.id);
    if (obstacle) {
      const path = obstacle.field === "keep" ? ["input", "keep"] : ["input", "duplicates", String(i)];
      throw ValidationError.field(path, obstacle.message, obstacle.code);
    }
    const { before } = await updateWithVersion({
      entityType: "Claim",
      id: dup.id,
      expectedVersion: dup.expectedVersion,
      load: () => tx.claim.findUnique({ where: { id: dup.id } }),
      update: () =>
        tx.claim.updateMany({
          where: { id: dup.id, version: dup.expectedVersion },
          data: { mergedIntoId: keepId, status: "ARCHIVED", version: { increment: 1 } },
        }),
    });
    const keptRaters = (await tx.rating.findMany({ where: { claimId: keepId, current: true }, select: { reviewerId: true } })).map(
      (r) => r.reviewerId,
    );
    await tx.rating.updateMany({
      where: { claimId: dup.id, current: true, reviewerId: { in: keptRaters } },
      data: { current: false, supersededAt: new Date() },
    });
    const moved = {
      appearances: (await tx.appearance.updateMany({ where: { claimId: dup.id }, data: { claimId: keepId } })).count,
      evidence: (await tx.evidence.updateMany({ where: { claimId: dup.id }, data: { claimId: keepId } })).count,
      // Ratings of the duplicate rated its wording, not the kept claim's: they count again once confirmed.
      ratings: (await tx.rating.updateMany({ where: { claimId: dup.id }, data: { claimId: keepId, wordingRevision: 0 } })).count,
      figures: (await tx.reportedFigure.updateMany({ where: { claimId: dup.id }, data: { claimId: keepId } })).count,
      notes: (await tx.note.updateMany({ where: { claimId: dup.id }, data: { claimId: keepId } })).count,
    };
    const media = await tx.mediaItem.findMany({ where: { claims: { some: { id: dup.id } } }, select: { id: true } });
    if (media.length) {
      await tx.claim.update({ where: { id: keepId }, data: { media: { connect: media } } });
      await tx.claim.update({ where: { id: dup.id }, data: { media: { disconnect: media } } });
    }
    await writeAudit(tx, viewer, {
      action: "claim.merge",
      entityType: "Claim",
      entityId: dup.id,
      claimId: dup.id,
      before: { status: before.status, mergedIntoId: null },
      after: { status: "ARCHIVED", mergedIntoId: keepId, moved: { ...moved, media: media.length } },
    });
    await writeAudit(tx, viewer, {
      action: "claim.merge_into",
      entityType: "Claim",
      entityId: keepId,
      claimId: keepId,
      after: { mergedClaimId: dup.id, moved: { ...moved, media: media.length } },
    });
    await settleProposals(tx, viewer, keepId, dup.id);
  }
  return tx.claim.update({ where: { id: keepId }, data: { version: { increment: 1 } } });
}

/**
 * After `duplicateId` was folded into `keepId`: open proposals of exactly that merge are accepted, and the other
 * open proposals that would move or keep the merged-away claim are superseded. Each proposer is told.
 */
async function settleProposals(tx: DbTx, viewer: Viewer, keepId: string, duplicateId: string) {
  const open = await tx.mergeProposal.findMany({
    where: { status: "OPEN", OR: [{ duplicateId }, { keepId: duplicateId }] },
  });
  for (const proposal of open) {
    const status = proposal.duplicateId === duplicateId && proposal.keepId === keepId ? "ACCEPTED" : "SUPERSEDED";
    await decide(tx, viewer, proposal, { status, decisionNote: null });
  }
}

const decisionActions = {
  ACCEPTED: "merge_proposal.accept",
  DECLINED: "merge_proposal.decline",
  SUPERSEDED: "merge_proposal.supersede",
} as const;

async function decide(
  tx: DbTx,
  viewer: Viewer,
  proposal: MergeProposal,
  decision: { status: "ACCEPTED" | "DECLINED" | "SUPERSEDED"; decisionNote: string | null },
) {
  const { after } = await updateWithVersion({
    entityType: "MergeProposal",
    id: proposal.id,
    expectedVersion: proposal.version,
    load: () => tx.mergeProposal.findUnique({ where: { id: proposal.id } }),
    update: () =>
      tx.mergeProposal.updateMany({
        where: { id: proposal.id, version: proposal.version },
        data: { ...decision, decidedById: viewer.id, decidedAt: new Date(), version: { increment: 1 } },
      }),
  });
  await writeAudit(tx, viewer, {
    action: decisionActions[decision.status],
    entityType: "MergeProposal",
    entityId: proposal.id,
    claimId: proposal.keepId,
    before: { status: proposal.status },
    after: { status: after.status, decisionNote: after.decisionNote, duplicateId: after.duplicateId },
  });
  await notify(tx, viewer, {
    kind: "MERGE_PROPOSAL_DECIDED",
    recipients: [proposal.proposedById],
    claimId: proposal.keepId,
    mergeProposalId: proposal.id,
  });
  return after;
}

const proposeSchema = z.object({ keepId: z.string(), duplicateId: z.string(), reason: optionalText(2000, "Reason") });

/**
 * A reviewer proposes folding `duplicateId` into `keepId`; every editor is notified and decides from their work
 * list. The claims must be mergeable now, and one open proposal per pair is enough.
 */
export async function proposeMerge(db: Db, viewer: Viewer, input: z.input<typeof proposeSchema>) {
  const data = parseInput(proposeSchema, input);
  return db.$transaction(async (tx) => {
    // Two reviewers proposing the same merge at once: the second finds the first's proposal.
    await lockClaims(tx, [data.keepId, data.duplicateId]);
    const obstacle = await mergeObstacle(tx, data.keepId, data.duplicateId);
    if (obstacle) {
      throw ValidationError.field(["input", obstacle.field === "keep" ? "keep" : "duplicate"], obstacle.message, obstacle.code);
    }
    const pending = await tx.mergeProposal.findFirst({
      where: { status: "OPEN", duplicateId: data.duplicateId, keepId: data.keepId },
      select: { id: true },
    });
    if (pending) {
      throw ValidationError.field(
        ["input", "duplicate"],
        "This merge is already proposed and waits for an editor.",
        "merge/already_proposed",
      );
    }
    const proposal = await tx.mergeProposal.create({
      data: { keepId: data.keepId, duplicateId: data.duplicateId, reason: data.reason ?? null, proposedById: viewer.id },
    });
    await writeAudit(tx, viewer, {
      action: "merge_proposal.create",
      entityType: "MergeProposal",
      entityId: proposal.id,
      claimId: data.keepId,
      after: { duplicateId: data.duplicateId, keepId: data.keepId, reason: proposal.reason },
    });
    await notify(tx, viewer, { kind: "MERGE_PROPOSED", recipients: await editors(tx), claimId: data.keepId, mergeProposalId: proposal.id });
    return proposal;
  });
}

/**
 * The proposal an editor decides: it must exist, be as the editor saw it and still be open. Its claims, then the
 * proposal itself, are locked first (claims before proposals, as a merge settles proposals after locking its claims),
 * so an accept and a decline sent at once are decided one after the other.
 */
async function openProposal(tx: DbTx, id: string, expectedVersion: number) {
  const pair = await tx.mergeProposal.findUnique({ where: { id }, select: { keepId: true, duplicateId: true } });
  if (!pair) throw new NotFoundError("MergeProposal", id);
  await lockClaims(tx, [pair.keepId, pair.duplicateId]);
  await tx.$queryRaw`SELECT 1 FROM "MergeProposal" WHERE id = ${id} FOR UPDATE`;
  const proposal = await tx.mergeProposal.findUniqueOrThrow({ where: { id } });
  if (proposal.version !== expectedVersion) throw new ConflictError("MergeProposal", id, proposal.version);
  if (proposal.status !== "OPEN") {
    throw ValidationError.field(["input", "id"], "The proposal was already decided.", "merge/proposal_decided");
  }
  return proposal;
}

/** An editor accepts a proposal: the duplicate is merged into the kept claim as it is now, in the same transaction. */
export async function acceptMergeProposal(db: Db, viewer: Viewer, id: string, expectedVersion: number) {
  return db.$transaction(async (tx) => {
    const proposal = await openProposal(tx, id, expectedVersion);
    // Merging settles the proposal: this one is accepted, others moving or keeping the duplicate are superseded.
    const duplicate = await tx.claim.findUniqueOrThrow({ where: { id: proposal.duplicateId }, select: { version: true } });
    await mergeInto(tx, viewer, proposal.keepId, [{ id: proposal.duplicateId, expectedVersion: duplicate.version }]);
    return tx.mergeProposal.findUniqueOrThrow({ where: { id } });
  });
}

/** An editor declines a proposal and says why; the proposer is told. */
export async function declineMergeProposal(db: Db, viewer: Viewer, id: string, expectedVersion: number, reason: string) {
  const note = parseInput(z.object({ reason: text(2000, "Reason") }), { reason }).reason;
  return db.$transaction(async (tx) => {
    const proposal = await openProposal(tx, id, expectedVersion);
    return decide(tx, viewer, proposal, { status: "DECLINED", decisionNote: note });
  });
}
