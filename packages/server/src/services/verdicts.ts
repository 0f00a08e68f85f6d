import { z } from "zod";
import { inTransaction, type Db, type DbTx } from "../db.js";
import type { Viewer } from "../context.js";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { editors, notify } from "./notifications.js";
import { writeAudit } from "./audit.js";
import { optionalText, parseInput, pastDate, text } from "./validation.js";
import { normalizeClaimText } from "./text.js";
import { datePrecision, ratingLabel } from "./enums.js";
import type { DatePrecision } from "../generated/prisma/enums.js";
import type { Prisma } from "../generated/prisma/client.js";
import { lockClaims, updateWithVersion } from "./versioning.js";
import { assertClaimEvidence } from "./evidence.js";
import { consensusOf } from "./ratings.js";
import { enqueueVerdictEvent, enqueueVerdictRetracted } from "./webhooks.js";

const verdictFields = {
  label: ratingLabel,
  headline: text(300, "Headline"),
  summary: text(20000, "Summary"),
  citedEvidenceIds: z.array(z.string()).min(1, "Cite at least one piece of evidence").max(100),
};

const publishSchema = z.object({ claimId: z.string(), ...verdictFields });

const PUBLISHABLE = new Set(["IN_REVIEW", "NEEDS_EDITOR"]);

/** What readers see a verdict judged: the claim's wording, claimant, date, place and appearances, frozen. */
async function judgedWording(tx: DbTx, claimId: string) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    include: { claimant: true, appearances: { include: { source: true }, orderBy: [{ seenAt: "asc" }, { id: "asc" }] } },
  });
  return {
    claimText: claim.text,
    claimantName: claim.claimant?.name ?? null,
    claimantKind: claim.claimant?.kind ?? null,
    claimantRole: claim.claimantRole,
    claimDate: claim.claimDate,
    claimDatePrecision: claim.claimDatePrecision,
    claimPlace: claim.place,
    appearances: claim.appearances.map((a) => ({
      url: a.source.url,
      title: a.source.title,
      publisher: a.source.publisher,
      excerpt: a.excerpt,
      seenAt: a.seenAt.toISOString(),
    })),
  };
}

/** The current ratings that count: those of the claim's present wording (an earlier wording's wait to be confirmed). */
export async function countedRatingLabels(tx: DbTx, claimId: string) {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: claimId }, select: { wordingRevision: true } });
  const ratings = await tx.rating.findMany({
    where: { claimId, current: true, wordingRevision: claim.wordingRevision },
    select: { label: true },
  });
  return ratings.map((r) => r.label);
}

/**
 * Publishes a verdict on the wording the claim has now (frozen in the verdict). On a contested claim (ratings on
 * opposite ends of the scale) it waits for a second editor's sign-off (`signOffVerdict`) and is not public until
 * then. A claim whose verdict was retracted gets a new verdict, with a page of its own; the retracted one stays.
 */
export async function publishVerdict(db: Db | DbTx, viewer: Viewer, input: z.input<typeof publishSchema>) {
  const data = parseInput(publishSchema, input);
  return inTransaction(db, async (tx) => {
    await lockClaims(tx, [data.claimId]);
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, include: { currentVerdict: true } });
    if (!claim) throw new NotFoundError("Claim", data.claimId);
    if (claim.mergedIntoId) throw ValidationError.field(["input", "claim"], "This claim was merged into another.", "claim/merged");
    if (claim.currentVerdict && claim.currentVerdict.state !== "RETRACTED") {
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
    const contested = consensusOf(await countedRatingLabels(tx, claim.id)).contested;
    const verdict = await tx.verdict.create({
      data: {
        claimId: claim.id,
        label: data.label,
        headline: data.headline,
        summary: data.summary,
        state: contested ? "AWAITING_SIGN_OFF" : "PUBLISHED",
        publishedAt: contested ? null : new Date(),
        publishedById: viewer.id,
        ...(await judgedWording(tx, claim.id)),
        citedEvidence: { connect: cited.map((id) => ({ id })) },
      },
    });
    await tx.claim.update({
      where: { id: claim.id },
      data: { currentVerdictId: verdict.id, ...(contested ? {} : { status: "PUBLISHED" }), version: { increment: 1 } },
    });
    await writeAudit(tx, viewer, {
      action: contested ? "verdict.propose" : "verdict.publish",
      entityType: "Verdict",
      entityId: verdict.id,
      claimId: claim.id,
      before: claim.currentVerdict ? { replacesRetractedVerdict: claim.currentVerdict.id } : undefined,
      after: { ...verdict, citedEvidenceIds: cited, contested },
    });
    if (!contested) await enqueueVerdictEvent(tx, "VERDICT_PUBLISHED", verdict.id);
    else {
      const signOff = { kind: "SIGN_OFF_REQUESTED" as const, claimId: claim.id, verdictId: verdict.id };
      await notify(tx, viewer, { ...signOff, recipients: await editors(tx) });
    }
    return verdict;
  });
}

/** Locks a verdict's claim (see lockClaims) before the verdict is read: what is decided from them holds until commit. */
async function lockVerdictClaim(tx: DbTx, id: string) {
  const found = await tx.verdict.findUnique({ where: { id }, select: { claimId: true } });
  if (!found) throw new NotFoundError("Verdict", id);
  await lockClaims(tx, [found.claimId]);
}

/** A verdict as it is now, its claim locked first. */
async function lockedVerdict(tx: DbTx, id: string) {
  await lockVerdictClaim(tx, id);
  return tx.verdict.findUniqueOrThrow({ where: { id } });
}

/** Changes a verdict still at `expectedVersion` and moves its version on (see updateWithVersion). */
function updateVerdict(tx: DbTx, id: string, expectedVersion: number, data: Prisma.VerdictUncheckedUpdateManyInput) {
  return updateWithVersion({
    entityType: "Verdict",
    id,
    expectedVersion,
    load: () => tx.verdict.findUnique({ where: { id } }),
    update: () => tx.verdict.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } }),
  });
}

async function setPublished(tx: DbTx, claimId: string) {
  await tx.claim.update({ where: { id: claimId }, data: { status: "PUBLISHED", version: { increment: 1 } } });
}

export async function signOffVerdict(db: Db | DbTx, viewer: Viewer, id: string, expectedVersion: number) {
  return inTransaction(db, async (tx) => {
    const current = await lockedVerdict(tx, id);
    if (current.state !== "AWAITING_SIGN_OFF") {
      throw ValidationError.field(["input", "id"], "Only a verdict awaiting sign-off can be signed off.", "verdict/not_awaiting_sign_off");
    }
    if (current.publishedById === viewer.id) {
      throw new ForbiddenError("A contested verdict needs a second editor: you proposed this one.", "verdict/same_editor");
    }
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: current.claimId }, select: { status: true } });
    if (claim.status === "ARCHIVED") {
      throw ValidationError.field(
        ["input", "id"],
        "The claim was archived while this verdict waited: restore the claim before signing the verdict off.",
        "claim/archived",
      );
    }
    const { before, after } = await updateVerdict(tx, id, expectedVersion, {
      state: "PUBLISHED",
      publishedAt: new Date(),
      signedOffById: viewer.id,
    });
    await setPublished(tx, after.claimId);
    await writeAudit(tx, viewer, {
      action: "verdict.sign_off",
      entityType: "Verdict",
      entityId: id,
      claimId: after.claimId,
      before,
      after,
    });
    await enqueueVerdictEvent(tx, "VERDICT_PUBLISHED", id);
    const signedOff = { kind: "VERDICT_SIGNED_OFF" as const, claimId: after.claimId, verdictId: id };
    await notify(tx, viewer, { ...signedOff, recipients: [after.publishedById] });
    return after;
  });
}

const correctSchema = z.object({
  label: verdictFields.label.optional(),
  headline: verdictFields.headline.optional(),
  summary: verdictFields.summary.optional(),
  citedEvidenceIds: verdictFields.citedEvidenceIds.optional(),
  claimText: text(5000, "Claim text").optional(),
  claimantId: z.string().nullish(),
  claimantRole: optionalText(300, "Claimant role"),
  claimDate: pastDate.nullish(),
  claimDatePrecision: datePrecision.nullish(),
  reason: text(5000, "Reason"),
});

/** Fields of the judged wording: a correction that changes one of them rewords the claim too. */
const WORDING_FIELDS = ["claimText", "claimant", "claimantRole", "claimDate", "claimDatePrecision"] as const;

/**
 * Corrects a published verdict in the open: the change and its reason are appended to `corrections`, which readers
 * see with the old and new values. This is the only way to change the wording a verdict judged; the claim's text,
 * claimant, role and date follow the corrected wording in the same transaction.
 */
export async function correctVerdict(
  db: Db | DbTx,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  input: z.input<typeof correctSchema>,
) {
  const data = parseInput(correctSchema, input);
  return inTransaction(db, async (tx) => {
    await lockVerdictClaim(tx, id);
    const current = await tx.verdict.findUniqueOrThrow({ where: { id }, include: { citedEvidence: { select: { id: true } } } });
    if (current.state !== "PUBLISHED") {
      throw ValidationError.field(["input", "id"], "Only a published verdict can be corrected.", "verdict/not_published");
    }
    const cited = data.citedEvidenceIds
      ? await assertClaimEvidence(tx, current.claimId, data.citedEvidenceIds, ["input", "citedEvidence"])
      : undefined;
    const claimant =
      data.claimantId === undefined
        ? undefined
        : data.claimantId === null
          ? null
          : await tx.entity.findUnique({ where: { id: data.claimantId } });
    if (data.claimantId && !claimant) throw new NotFoundError("Entity", data.claimantId);
    const beforeFields: Record<string, unknown> = {
      label: current.label,
      headline: current.headline,
      summary: current.summary,
      citedEvidenceIds: current.citedEvidence.map((e) => e.id).sort(),
      claimText: current.claimText,
      claimant: current.claimantName,
      claimantRole: current.claimantRole,
      claimDate: current.claimDate?.toISOString() ?? null,
      claimDatePrecision: current.claimDatePrecision,
    };
    const afterFields: Record<string, unknown> = {
      label: data.label ?? current.label,
      headline: data.headline ?? current.headline,
      summary: data.summary ?? current.summary,
      citedEvidenceIds: cited ? [...cited].sort() : beforeFields.citedEvidenceIds,
      claimText: data.claimText ?? current.claimText,
      claimant: claimant === undefined ? current.claimantName : (claimant?.name ?? null),
      claimantRole: data.claimantRole === undefined ? current.claimantRole : data.claimantRole,
      claimDate: data.claimDate === undefined ? beforeFields.claimDate : (data.claimDate?.toISOString() ?? null),
      claimDatePrecision: data.claimDatePrecision === undefined ? current.claimDatePrecision : data.claimDatePrecision,
    };
    const changed = Object.keys(afterFields).filter((k) => JSON.stringify(afterFields[k]) !== JSON.stringify(beforeFields[k]));
    if (!changed.length) throw ValidationError.field(["input"], "The correction changes nothing.", "verdict/no_change");
    const reworded = changed.some((k) => (WORDING_FIELDS as readonly string[]).includes(k));
    const wording = {
      claimText: afterFields.claimText as string,
      ...(claimant !== undefined ? { claimantName: claimant?.name ?? null, claimantKind: claimant?.kind ?? null } : {}),
      claimantRole: afterFields.claimantRole as string | null,
      claimDate: afterFields.claimDate ? new Date(afterFields.claimDate as string) : null,
      claimDatePrecision: afterFields.claimDatePrecision as DatePrecision | null,
    };
    const { after } = await updateVerdict(tx, id, expectedVersion, {
      ...(data.label ? { label: data.label } : {}),
      ...(data.headline ? { headline: data.headline } : {}),
      ...(data.summary ? { summary: data.summary } : {}),
      ...(reworded ? wording : {}),
    });
    if (cited) await tx.verdict.update({ where: { id }, data: { citedEvidence: { set: cited.map((e) => ({ id: e })) } } });
    if (reworded) await rewordClaim(tx, viewer, current.claimId, wording, claimant === undefined ? undefined : (claimant?.id ?? null));
    const pick = (o: Record<string, unknown>) => Object.fromEntries(changed.map((k) => [k, o[k]]));
    const correction = await tx.verdictCorrection.create({
      data: {
        verdictId: id,
        changedFields: changed,
        before: pick(beforeFields) as object,
        after: pick(afterFields) as object,
        reason: data.reason,
        correctedById: viewer.id,
      },
    });
    await writeAudit(tx, viewer, {
      action: "verdict.correct",
      entityType: "Verdict",
      entityId: id,
      claimId: current.claimId,
      before: pick(beforeFields),
      after: { ...pick(afterFields), reason: data.reason, correctionId: correction.id },
    });
    await enqueueVerdictEvent(tx, "VERDICT_CORRECTED", id);
    const corrected = { kind: "VERDICT_CORRECTED" as const, claimId: current.claimId, verdictId: id };
    await notify(tx, viewer, { ...corrected, recipients: [current.publishedById, current.signedOffById] });
    return after;
  });
}

/** The claim row follows a corrected wording (a new wording revision: ratings of the old one stop counting). */
async function rewordClaim(
  tx: DbTx,
  viewer: Viewer,
  claimId: string,
  wording: { claimText: string; claimantRole: string | null; claimDate: Date | null; claimDatePrecision: DatePrecision | null },
  claimantId: string | null | undefined,
) {
  const before = await tx.claim.findUniqueOrThrow({ where: { id: claimId } });
  const after = await tx.claim.update({
    where: { id: claimId },
    data: {
      text: wording.claimText,
      normalizedText: normalizeClaimText(wording.claimText),
      claimantRole: wording.claimantRole,
      claimDate: wording.claimDate,
      claimDatePrecision: wording.claimDatePrecision,
      ...(claimantId !== undefined ? { claimantId } : {}),
      wordingRevision: { increment: 1 },
      version: { increment: 1 },
    },
  });
  await writeAudit(tx, viewer, {
    action: "claim.update",
    entityType: "Claim",
    entityId: claimId,
    claimId,
    before,
    after: { ...after, via: "verdict.correct" },
  });
}

/**
 * Retracts a verdict; it stays public with the reason, and the claim returns to review (an archived claim stays
 * archived). The claim's move is in its history like any other.
 */
export async function retractVerdict(db: Db | DbTx, viewer: Viewer, id: string, expectedVersion: number, reason: string) {
  const { reason: why } = parseInput(z.object({ reason: text(5000, "Reason") }), { reason });
  return inTransaction(db, async (tx) => {
    const current = await lockedVerdict(tx, id);
    if (current.state === "RETRACTED")
      throw ValidationError.field(["input", "id"], "The verdict is already retracted.", "verdict/retracted");
    const { before, after } = await updateVerdict(tx, id, expectedVersion, {
      state: "RETRACTED",
      retractedAt: new Date(),
      retractionReason: why,
    });
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: after.claimId }, select: { status: true } });
    const status = claim.status === "ARCHIVED" ? "ARCHIVED" : "IN_REVIEW";
    await tx.claim.update({ where: { id: after.claimId }, data: { status, version: { increment: 1 } } });
    if (status !== claim.status) {
      await writeAudit(tx, viewer, {
        action: "claim.set_status",
        entityType: "Claim",
        entityId: after.claimId,
        claimId: after.claimId,
        before: { status: claim.status },
        after: { status, reason: "verdict retracted" },
      });
    }
    await writeAudit(tx, viewer, { action: "verdict.retract", entityType: "Verdict", entityId: id, claimId: after.claimId, before, after });
    // Only a retraction of what readers saw is news to partners; withdrawing a proposal awaiting sign-off is not.
    if (before.state === "PUBLISHED") await enqueueVerdictRetracted(tx, after);
    return after;
  });
}
