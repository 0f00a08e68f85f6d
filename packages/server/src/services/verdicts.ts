import { z } from "zod";
import type { Db, DbTx } from "../db.js";
import type { Viewer } from "../context.js";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { writeAudit } from "./audit.js";
import { parseInput, text } from "./validation.js";
import { updateWithVersion } from "./versioning.js";
import { assertClaimEvidence } from "./evidence.js";
import { consensusOf, ratingLabels } from "./ratings.js";

const verdictFields = {
  label: z.enum(ratingLabels),
  headline: text(300, "Headline"),
  summary: text(20000, "Summary"),
  citedEvidenceIds: z.array(z.string()).min(1, "Cite at least one piece of evidence").max(100),
};

const publishSchema = z.object({ claimId: z.string(), ...verdictFields });

const PUBLISHABLE = new Set(["IN_REVIEW", "NEEDS_EDITOR"]);

/**
 * Publishes a verdict. On a contested claim (ratings on opposite ends of the scale) the verdict waits for a
 * second editor's sign-off (`signOffVerdict`) and is not public until then.
 */
export async function publishVerdict(db: Db, viewer: Viewer, input: z.input<typeof publishSchema>) {
  const data = parseInput(publishSchema, input);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, include: { verdict: true } });
    if (!claim) throw new NotFoundError("Claim", data.claimId);
    if (claim.verdict && claim.verdict.state !== "RETRACTED") {
      throw ValidationError.field(["input", "claim"], "This claim already has a verdict; correct it instead.", "verdict/exists");
    }
    if (!PUBLISHABLE.has(claim.status)) {
      throw ValidationError.field(
        ["input", "claim"],
        `A ${claim.status} claim cannot be published; it must be IN_REVIEW or NEEDS_EDITOR.`,
        "claim/invalid_transition",
      );
    }
    const cited = await assertClaimEvidence(tx, claim.id, data.citedEvidenceIds, ["input", "citedEvidence"]);
    const ratings = await tx.rating.findMany({ where: { claimId: claim.id, current: true }, select: { label: true } });
    const contested = consensusOf(ratings.map((r) => r.label)).contested;
    const now = new Date();
    const fields = {
      label: data.label,
      headline: data.headline,
      summary: data.summary,
      state: contested ? ("AWAITING_SIGN_OFF" as const) : ("PUBLISHED" as const),
      publishedAt: contested ? null : now,
      publishedById: viewer.id,
      signedOffById: null,
      retractedAt: null,
      retractionReason: null,
    };
    const verdict = claim.verdict
      ? await tx.verdict.update({
          where: { id: claim.verdict.id },
          data: { ...fields, version: { increment: 1 }, citedEvidence: { set: cited.map((id) => ({ id })) } },
        })
      : await tx.verdict.create({ data: { ...fields, claimId: claim.id, citedEvidence: { connect: cited.map((id) => ({ id })) } } });
    if (!contested) await setPublished(tx, claim.id);
    await writeAudit(tx, viewer, {
      action: contested ? "verdict.propose" : "verdict.publish",
      entityType: "Verdict",
      entityId: verdict.id,
      claimId: claim.id,
      before: claim.verdict ?? undefined,
      after: { ...verdict, citedEvidenceIds: cited, contested },
    });
    return verdict;
  });
}

async function setPublished(tx: DbTx, claimId: string) {
  await tx.claim.update({ where: { id: claimId }, data: { status: "PUBLISHED", version: { increment: 1 } } });
}

export async function signOffVerdict(db: Db, viewer: Viewer, id: string, expectedVersion: number) {
  return db.$transaction(async (tx) => {
    const current = await tx.verdict.findUnique({ where: { id } });
    if (!current) throw new NotFoundError("Verdict", id);
    if (current.state !== "AWAITING_SIGN_OFF") {
      throw ValidationError.field(["id"], "Only a verdict awaiting sign-off can be signed off.", "verdict/not_awaiting_sign_off");
    }
    if (current.publishedById === viewer.id) {
      throw new ForbiddenError("A contested verdict needs a second editor: you proposed this one.", "verdict/same_editor");
    }
    const { before, after } = await updateWithVersion({
      entityType: "Verdict",
      id,
      expectedVersion,
      load: () => tx.verdict.findUnique({ where: { id } }),
      update: () =>
        tx.verdict.updateMany({
          where: { id, version: expectedVersion },
          data: { state: "PUBLISHED", publishedAt: new Date(), signedOffById: viewer.id, version: { increment: 1 } },
        }),
    });
    await setPublished(tx, after.claimId);
    await writeAudit(tx, viewer, { action: "verdict.sign_off", entityType: "Verdict", entityId: id, claimId: after.claimId, before, after });
    return after;
  });
}

const correctSchema = z.object({
  label: verdictFields.label.optional(),
  headline: verdictFields.headline.optional(),
  summary: verdictFields.summary.optional(),
  citedEvidenceIds: verdictFields.citedEvidenceIds.optional(),
  reason: text(5000, "Reason"),
});

/** Corrects a published verdict in the open: the change and its reason are appended to `corrections`. */
export async function correctVerdict(db: Db, viewer: Viewer, id: string, expectedVersion: number, input: z.input<typeof correctSchema>) {
  const data = parseInput(correctSchema, input);
  return db.$transaction(async (tx) => {
    const current = await tx.verdict.findUnique({ where: { id }, include: { citedEvidence: { select: { id: true } } } });
    if (!current) throw new NotFoundError("Verdict", id);
    if (current.state !== "PUBLISHED") {
      throw ValidationError.field(["id"], "Only a published verdict can be corrected.", "verdict/not_published");
    }
    const cited = data.citedEvidenceIds
      ? await assertClaimEvidence(tx, current.claimId, data.citedEvidenceIds, ["input", "citedEvidence"])
      : undefined;
    const beforeFields: Record<string, unknown> = {
      label: current.label,
      headline: current.headline,
      summary: current.summary,
      citedEvidenceIds: current.citedEvidence.map((e) => e.id).sort(),
    };
    const afterFields: Record<string, unknown> = {
      label: data.label ?? current.label,
      headline: data.headline ?? current.headline,
      summary: data.summary ?? current.summary,
      citedEvidenceIds: cited ? [...cited].sort() : beforeFields.citedEvidenceIds,
    };
    const changed = Object.keys(afterFields).filter((k) => JSON.stringify(afterFields[k]) !== JSON.stringify(beforeFields[k]));
    if (!changed.length) throw ValidationError.field(["input"], "The correction changes nothing.", "verdict/no_change");
    const { after } = await updateWithVersion({
      entityType: "Verdict",
      id,
      expectedVersion,
      load: () => tx.verdict.findUnique({ where: { id } }),
      update: () =>
        tx.verdict.updateMany({
          where: { id, version: expectedVersion },
          data: {
            ...(data.label ? { label: data.label } : {}),
            ...(data.headline ? { headline: data.headline } : {}),
            ...(data.summary ? { summary: data.summary } : {}),
            version: { increment: 1 },
          },
        }),
    });
    if (cited) await tx.verdict.update({ where: { id }, data: { citedEvidence: { set: cited.map((e) => ({ id: e })) } } });
    const pick = (o: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, o[k]]));
    const correction = await tx.verdictCorrection.create({
      data: { verdictId: id, changedFields: changed, before: pick(beforeFields) as object, after: pick(afterFields) as object, reason: data.reason, correctedById: viewer.id },
    });
    await writeAudit(tx, viewer, {
      action: "verdict.correct",
      entityType: "Verdict",
      entityId: id,
      claimId: current.claimId,
      before: pick(beforeFields),
      after: { ...pick(afterFields), reason: data.reason, correctionId: correction.id },
    });
    return after;
  });
}

/** Retracts a verdict; it stays public with the reason, and the claim returns to review. */
export async function retractVerdict(db: Db, viewer: Viewer, id: string, expectedVersion: number, reason: string) {
  const { reason: why } = parseInput(z.object({ reason: text(5000, "Reason") }), { reason }, []);
  return db.$transaction(async (tx) => {
    const current = await tx.verdict.findUnique({ where: { id } });
    if (!current) throw new NotFoundError("Verdict", id);
    if (current.state === "RETRACTED") throw ValidationError.field(["id"], "The verdict is already retracted.", "verdict/retracted");
    const { before, after } = await updateWithVersion({
      entityType: "Verdict",
      id,
      expectedVersion,
      load: () => tx.verdict.findUnique({ where: { id } }),
      update: () =>
        tx.verdict.updateMany({
          where: { id, version: expectedVersion },
          data: { state: "RETRACTED", retractedAt: new Date(), retractionReason: why, version: { increment: 1 } },
        }),
    });
    await tx.claim.update({ where: { id: after.claimId }, data: { status: "IN_REVIEW", version: { increment: 1 } } });
    await writeAudit(tx, viewer, { action: "verdict.retract", entityType: "Verdict", entityId: id, claimId: after.claimId, before, after });
    return after;
  });
}
