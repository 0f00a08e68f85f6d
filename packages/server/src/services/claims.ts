import { z } from "zod";
import { claimKind, datePrecision, placePrecision } from "./enums.js";
import { inTransaction, type Db, type DbTx } from "../db.js";
import type { Viewer } from "../context.js";
import type { ClaimStatus, Role } from "../generated/prisma/enums.js";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { claimOwners, notify } from "./notifications.js";
import { scoreClaim } from "../ingest/checkworthiness.js";
import { writeAudit, type Author } from "./audit.js";
import { enqueueClaimCreated } from "./webhooks.js";
import { normalizeClaimText } from "./text.js";
import { graphqlFieldName, optionalText, parseInput, pastDate, text } from "./validation.js";
import { lockClaims, sameValue, updateWithVersion } from "./versioning.js";
import { appearanceFields, insertAppearance } from "./sources.js";
import { priorVerdictIdOf, similarClaimIds } from "./search.js";

const tags = z
  .array(
    z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "Tags must not be empty")
      .max(60, "Tags must be at most 60 characters")
      .regex(/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u, "Tags use letters, digits, spaces, - and _"),
  )
  .max(30, "At most 30 tags")
  .transform((list) => [...new Set(list)]);

const claimFields = {
  text: text(5000, "Claim text"),
  kind: claimKind,
  claimantId: z.string().nullish(),
  claimantRole: optionalText(300, "Claimant role"),
  claimDate: pastDate.nullish(),
  claimDatePrecision: datePrecision.nullish(),
  place: optionalText(300, "Place"),
  placePrecision: placePrecision.nullish(),
  tags: tags.nullish(),
  eventId: z.string().nullish(),
};

const createClaimSchema = z
  .object({
    ...claimFields,
    appearance: appearanceFields.nullish(),
    // Set by article ingest, not by the API.
    checkworthiness: z.number().min(0).max(1).nullish(),
    checkworthinessReasons: z.array(text(200, "Reason")).max(20).default([]),
  })
  .refine((c) => !c.claimDatePrecision || c.claimDate, {
    message: "A date precision needs a claim date",
    path: ["claimDatePrecision"],
  });

const updateClaimSchema = z.object({
  text: claimFields.text.optional(),
  kind: claimKind.optional(),
  claimantId: claimFields.claimantId,
  claimantRole: claimFields.claimantRole,
  claimDate: claimFields.claimDate,
  claimDatePrecision: claimFields.claimDatePrecision,
  place: claimFields.place,
  placePrecision: claimFields.placePrecision,
  tags: tags.optional(),
  eventId: claimFields.eventId,
});

export type CreateClaimInput = z.input<typeof createClaimSchema>;
export type UpdateClaimInput = z.input<typeof updateClaimSchema>;

/** Checks the claimant and event named exist; returns the claimant (its name and kind weigh in the claim's score). */
async function assertExists(tx: DbTx, ids: { claimantId?: string | null; eventId?: string | null }) {
  const claimant = ids.claimantId
    ? await tx.entity.findUnique({ where: { id: ids.claimantId }, select: { name: true, kind: true } })
    : null;
  if (ids.claimantId && !claimant) throw new NotFoundError("Entity", ids.claimantId);
  if (ids.eventId && !(await tx.event.findUnique({ where: { id: ids.eventId }, select: { id: true } }))) {
    throw new NotFoundError("Event", ids.eventId);
  }
  return claimant;
}

/**
 * The prior fact-check of a claim about to be created, already looked up by the caller (`priorVerdictIds` for a
 * whole article at once). A claim created with it skips both its own lookups and answers no duplicates.
 */
export interface KnownPriorFactCheck {
  priorVerdictId: string | null;
}

/**
 * Adds a claim, with its first appearance when given: the one way a claim row is written (the API, article ingest
 * and the demo desk all come here). `author` is a reviewer, a partner's key with claims:write (the audit log names
 * the key), or nobody for seeding; `origin` says in the audit log where the claim came from.
 */
export async function createClaim(
  db: Db | DbTx,
  author: Author | null,
  input: CreateClaimInput,
  origin?: string,
  known?: KnownPriorFactCheck,
) {
  const data = parseInput(createClaimSchema, input);
  return inTransaction(db, async (tx) => {
    const claimant = await assertExists(tx, data);
    // A claim that comes without a score (written by hand, or by a partner) is scored on save.
    const checkworthiness =
      data.checkworthiness == null
        ? scoreClaim({ text: data.text, kind: data.kind, claimant, claimantRole: data.claimantRole ?? null })
        : { score: data.checkworthiness, reasons: data.checkworthinessReasons };
    const normalizedText = normalizeClaimText(data.text);
    const duplicates = known ? [] : await similarClaimIds(tx, normalizedText);
    // Linked once, when the claim arrives: a desk should not check again what it has already published on.
    const priorVerdictId = known ? known.priorVerdictId : await priorVerdictIdOf(tx, data.text);
    const claim = await tx.claim.create({
      data: {
        text: data.text,
        normalizedText,
        kind: data.kind,
        claimantId: data.claimantId ?? null,
        claimantRole: data.claimantRole ?? null,
        claimDate: data.claimDate ?? null,
        claimDatePrecision: data.claimDatePrecision ?? null,
        place: data.place ?? null,
        placePrecision: data.placePrecision ?? null,
        tags: data.tags ?? [],
        eventId: data.eventId ?? null,
        checkworthiness: checkworthiness.score,
        checkworthinessReasons: checkworthiness.reasons,
        priorVerdictId,
        createdById: author?.id ?? null,
      },
    });
    await writeAudit(tx, author, {
      action: "claim.create",
      entityType: "Claim",
      entityId: claim.id,
      claimId: claim.id,
      after: { ...claim, origin },
    });
    if (data.appearance) await insertAppearance(tx, author, claim.id, data.appearance);
    await enqueueClaimCreated(tx, claim.id);
    return { claim, duplicates };
  });
}

/** The wording a verdict judges: frozen while a verdict is published or awaiting sign-off (see correctVerdict). */
const WORDING_FIELDS = ["text", "claimantId", "claimantRole", "claimDate", "claimDatePrecision"] as const;
const FROZEN_WHILE = new Set(["PUBLISHED", "AWAITING_SIGN_OFF"]);

export async function updateClaim(db: Db, viewer: Viewer, id: string, expectedVersion: number, input: UpdateClaimInput) {
  const patch = parseInput(updateClaimSchema, input);
  return db.$transaction(async (tx) => {
    await lockClaims(tx, [id]);
    await assertExists(tx, patch);
    const current = await tx.claim.findUnique({ where: { id }, include: { currentVerdict: { select: { state: true } } } });
    if (current?.status === "ARCHIVED") {
      throw ValidationError.field(["input", "id"], "Archived claims cannot be edited; restore it first.", "claim/archived");
    }
    const reworded = current
      ? WORDING_FIELDS.filter((field) => patch[field] !== undefined && !sameValue(patch[field], current[field]))
      : [];
    if (reworded.length && current?.currentVerdict && FROZEN_WHILE.has(current.currentVerdict.state)) {
      throw new ValidationError(
        reworded.map((field) => ({
          path: ["input", graphqlFieldName(field)],
          message:
            "A published verdict judged this wording, so it cannot be edited here: an editor corrects the verdict instead, and readers see the old and new wording.",
        })),
        "claim/wording_published",
      );
    }
    const data = {
      ...patch,
      ...(patch.text ? { normalizedText: normalizeClaimText(patch.text) } : {}),
      ...(reworded.length ? { wordingRevision: { increment: 1 } } : {}),
    };
    const { before, after, changed } = await updateWithVersion({
      entityType: "Claim",
      id,
      expectedVersion,
      load: () => tx.claim.findUnique({ where: { id } }),
      update: () => tx.claim.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } }),
      patch,
    });
    if (changed) await writeAudit(tx, viewer, { action: "claim.update", entityType: "Claim", entityId: id, claimId: id, before, after });
    return after;
  });
}

const rank: Record<Role, number> = { REVIEWER: 1, EDITOR: 2, ADMIN: 3 };

/** Statuses and roles as sentences say them (messages never show enum names). */
const statusText: Record<ClaimStatus, string> = {
  NEW: "new",
  IN_REVIEW: "in review",
  NEEDS_EDITOR: "waiting for an editor",
  PUBLISHED: "published",
  ARCHIVED: "archived",
};
const roleText: Record<Role, string> = { REVIEWER: "reviewers", EDITOR: "editors and admins", ADMIN: "admins" };

/** Allowed workflow moves and the least role each needs. PUBLISHED is reached only by publishing a verdict. */
export const claimTransitions: Record<ClaimStatus, Partial<Record<ClaimStatus, Role>>> = {
  NEW: { IN_REVIEW: "REVIEWER", ARCHIVED: "EDITOR" },
  IN_REVIEW: { NEEDS_EDITOR: "REVIEWER", NEW: "REVIEWER", ARCHIVED: "EDITOR" },
  NEEDS_EDITOR: { IN_REVIEW: "REVIEWER", ARCHIVED: "EDITOR" },
  PUBLISHED: { ARCHIVED: "EDITOR" },
  ARCHIVED: { NEW: "EDITOR" },
};

export function allowedNextStatuses(status: ClaimStatus, role: Role | undefined): ClaimStatus[] {
  if (!role) return [];
  return (Object.entries(claimTransitions[status]) as [ClaimStatus, Role][])
    .filter(([, least]) => rank[role] >= rank[least])
    .map(([next]) => next);
}

export async function setClaimStatus(db: Db, viewer: Viewer, id: string, expectedVersion: number, status: ClaimStatus) {
  return db.$transaction(async (tx) => {
    await lockClaims(tx, [id]);
    const current = await tx.claim.findUnique({ where: { id }, include: { currentVerdict: { select: { state: true } } } });
    if (!current) throw new NotFoundError("Claim", id);
    // A stale page is told the claim moved on (a conflict), before the move is judged against the new state.
    if (current.version !== expectedVersion) throw new ConflictError("Claim", id, current.version);
    if (current.mergedIntoId) {
      throw ValidationError.field(["input", "status"], "This claim was merged into another: its work continues there.", "claim/merged");
    }
    // A contested verdict waits for a second editor on the claim as it was proposed; it is withdrawn (retracted),
    // not left behind by moving the claim.
    if (current.currentVerdict?.state === "AWAITING_SIGN_OFF") {
      throw ValidationError.field(
        ["input", "status"],
        "A verdict on this claim awaits a second editor's sign-off: sign it off or withdraw it before moving the claim.",
        "verdict/awaiting_sign_off",
      );
    }
    const least = claimTransitions[current.status][status];
    if (!least) {
      const allowed = Object.keys(claimTransitions[current.status]) as ClaimStatus[];
      throw ValidationError.field(
        ["input", "status"],
        `A claim that is ${statusText[current.status]} cannot become ${statusText[status]}` +
          (status === "PUBLISHED"
            ? ": publish a verdict instead."
            : allowed.length
              ? `; it can become ${allowed.map((s) => statusText[s]).join(" or ")}.`
              : "."),
        "claim/invalid_transition",
      );
    }
    if (rank[viewer.role] < rank[least]) {
      throw new ForbiddenError(`Only ${roleText[least]} can make a claim ${statusText[status]}.`);
    }
    // A restored claim goes back to where its verdict left it: one with a published verdict is published, not new
    // work in the queue (where it could be neither published again nor reviewed into anything).
    const restoresPublished =
      current.status === "ARCHIVED" &&
      current.currentVerdictId !== null &&
      (await tx.verdict.findUnique({ where: { id: current.currentVerdictId }, select: { state: true } }))?.state === "PUBLISHED";
    const restoredTo = restoresPublished ? "PUBLISHED" : status;
    const { before, after } = await updateWithVersion({
      entityType: "Claim",
      id,
      expectedVersion,
      load: () => tx.claim.findUnique({ where: { id } }),
      update: () =>
        tx.claim.updateMany({ where: { id, version: expectedVersion }, data: { status: restoredTo, version: { increment: 1 } } }),
    });
    await writeAudit(tx, viewer, {
      action: "claim.set_status",
      entityType: "Claim",
      entityId: id,
      claimId: id,
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version },
    });
    if (status === "NEEDS_EDITOR") await notify(tx, viewer, { kind: "SENT_TO_EDITOR", recipients: await claimOwners(tx, id), claimId: id });
    return after;
  });
}

/** Moves a NEW claim into review when someone starts working on it (evidence or a rating). */
export async function startReviewIfNew(tx: DbTx, viewer: Viewer, claimId: string) {
  const { count } = await tx.claim.updateMany({
    where: { id: claimId, status: "NEW" },
    data: { status: "IN_REVIEW", version: { increment: 1 } },
  });
  if (count) {
    await writeAudit(tx, viewer, {
      action: "claim.set_status",
      entityType: "Claim",
      entityId: claimId,
      claimId,
      before: { status: "NEW" },
      after: { status: "IN_REVIEW", reason: "work started" },
    });
  }
}

export async function assignClaim(db: Db, viewer: Viewer, id: string, expectedVersion: number, assigneeId: string | null) {
  return db.$transaction(async (tx) => {
    await lockClaims(tx, [id]);
    const claim = await tx.claim.findUnique({ where: { id }, select: { status: true, version: true } });
    if (!claim) throw new NotFoundError("Claim", id);
    if (claim.version !== expectedVersion) throw new ConflictError("Claim", id, claim.version);
    if (claim.status === "ARCHIVED") {
      throw ValidationError.field(["input", "id"], "Archived claims are nobody's work: restore it first.", "claim/archived");
    }
    let assigneeName: string | null = null;
    if (assigneeId) {
      const assignee = await tx.user.findUnique({ where: { id: assigneeId } });
      if (!assignee) throw new NotFoundError("User", assigneeId);
      assigneeName = assignee.name;
      if (!assignee.active) {
        throw ValidationError.field(["input", "assignee"], `${assignee.name} can no longer sign in.`, "claim/assignee_role");
      }
    }
    if (viewer.role === "REVIEWER") {
      const current = await tx.claim.findUnique({ where: { id }, select: { assigneeId: true } });
      const others = (assigneeId ?? current?.assigneeId ?? viewer.id) !== viewer.id;
      if (others) {
        throw new ForbiddenError("Reviewers assign claims to themselves; ask an editor to assign someone else.", "claim/assign_others");
      }
    }
    const { before, after, changed } = await updateWithVersion({
      entityType: "Claim",
      id,
      expectedVersion,
      load: () => tx.claim.findUnique({ where: { id } }),
      update: () => tx.claim.updateMany({ where: { id, version: expectedVersion }, data: { assigneeId, version: { increment: 1 } } }),
      patch: { assigneeId },
    });
    if (!changed) return after;
    // The name as it was, so the history can say to whom (an id means nothing to a reader).
    await writeAudit(tx, viewer, {
      action: "claim.assign",
      entityType: "Claim",
      entityId: id,
      claimId: id,
      before: { assigneeId: before.assigneeId },
      after: { assigneeId: after.assigneeId, assigneeName },
    });
    if (after.assigneeId !== before.assigneeId) await notify(tx, viewer, { kind: "ASSIGNED", recipients: [after.assigneeId], claimId: id });
    return after;
  });
}
