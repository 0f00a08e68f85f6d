import { z } from "zod";
import type { Db, DbTx } from "../db.js";
import type { Viewer } from "../context.js";
import { ForbiddenError, ValidationError } from "../errors.js";
import { writeAudit } from "./audit.js";
import { lockClaimTakingWork } from "./claim-guards.js";
import { notify } from "./notifications.js";
import { parseInput, text } from "./validation.js";
import { updateWithVersion } from "./versioning.js";

const body = text(10000, "Note");
const addNoteSchema = z.object({ claimId: z.string(), body });

/** Fenced code blocks (to their closing fence, or the end) and inline code spans, as rendered. */
const MARKDOWN_CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))|(`+)[^`]+?\2(?!`)/gm;

/** `text` with its code blanked out, for what the note's words say rather than what it quotes as code. */
const withoutCode = (text: string) => text.replace(MARKDOWN_CODE, (code) => " ".repeat(code.length));

/**
 * The users a note mentions: each "@" followed by an active user's name (case aside, the longest name that fits,
 * ending where a word ends), so "@Sam Okafor" mentions Sam Okafor and not a user called Sam. Code is left out: it
 * shows "@name" as written.
 */
export function findMentions(text: string, users: { id: string; name: string }[]): string[] {
  const byLength = [...users].sort((a, b) => b.name.length - a.name.length);
  const lower = withoutCode(text).toLowerCase();
  const found = new Set<string>();
  for (let at = lower.indexOf("@"); at !== -1; at = lower.indexOf("@", at + 1)) {
    if (at > 0 && /[\p{L}\p{N}_.]/u.test(lower[at - 1] ?? "")) continue; // an email address, not a mention
    const user = byLength.find((u) => {
      const end = at + 1 + u.name.length;
      return lower.startsWith(u.name.toLowerCase(), at + 1) && !/[\p{L}\p{N}_]/u.test(lower[end] ?? "");
    });
    if (user) found.add(user.id);
  }
  return [...found];
}

async function mentionsIn(db: DbTx, text: string) {
  return findMentions(text, await db.user.findMany({ where: { active: true }, select: { id: true, name: true } }));
}

/**
 * Adds a note to a claim's internal thread; everyone it mentions is notified. An archived or merged claim takes no
 * notes, as it takes no evidence or ratings: its discussion waits for its restoring, or continues on the kept claim.
 */
export async function addNote(db: Db, viewer: Viewer, input: z.input<typeof addNoteSchema>) {
  const data = parseInput(addNoteSchema, input);
  return db.$transaction(async (tx) => {
    // Locked like every write that decides from the claim's status, so an archiving committed meanwhile is seen.
    await lockClaimTakingWork(tx, data.claimId, ["input", "claim"]);
    const mentionedUserIds = await mentionsIn(tx, data.body);
    const note = await tx.note.create({ data: { claimId: data.claimId, authorId: viewer.id, body: data.body, mentionedUserIds } });
    await writeAudit(tx, viewer, { action: "note.add", entityType: "Note", entityId: note.id, claimId: data.claimId, after: note });
    await notify(tx, viewer, { kind: "MENTIONED", recipients: mentionedUserIds, claimId: data.claimId, noteId: note.id });
    return note;
  });
}

/**
 * Changes a note of the viewer's own, not deleted, still at `expectedVersion`; with `onWorkedClaim`, only while its
 * claim takes work (not archived or merged away).
 */
async function changeOwnNote(
  tx: DbTx,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  data: { body?: string; mentionedUserIds?: string[]; deletedAt?: Date },
  onWorkedClaim = false,
) {
  const note = await tx.note.findUnique({ where: { id } });
  if (note && note.authorId !== viewer.id) throw new ForbiddenError("Only the note's author may edit or delete it.", "note/not_yours");
  if (note?.deletedAt) throw ValidationError.field(["input", "id"], "The note was deleted.", "note/deleted");
  if (note && onWorkedClaim) {
    await lockClaimTakingWork(tx, note.claimId, ["input", "id"]);
  }
  return updateWithVersion({
    entityType: "Note",
    id,
    expectedVersion,
    load: () => tx.note.findUnique({ where: { id } }),
    update: () => tx.note.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } }),
  });
}

/** The author rewrites a note; the history keeps the words before and after, and newly mentioned users are told. */
export async function editNote(db: Db, viewer: Viewer, id: string, expectedVersion: number, newBody: string) {
  const changed = parseInput(z.object({ body }), { body: newBody }).body;
  return db.$transaction(async (tx) => {
    const mentionedUserIds = await mentionsIn(tx, changed);
    const { before, after } = await changeOwnNote(tx, viewer, id, expectedVersion, { body: changed, mentionedUserIds }, true);
    const audit = { entityType: "Note", entityId: id, claimId: after.claimId };
    await writeAudit(tx, viewer, { ...audit, action: "note.edit", before: { body: before.body }, after: { body: after.body } });
    const newlyMentioned = mentionedUserIds.filter((userId) => !before.mentionedUserIds.includes(userId));
    await notify(tx, viewer, { kind: "MENTIONED", recipients: newlyMentioned, claimId: after.claimId, noteId: id });
    return after;
  });
}

/** The author deletes a note: it leaves the thread; its words stay in the claim's history. */
export async function deleteNote(db: Db, viewer: Viewer, id: string, expectedVersion: number) {
  return db.$transaction(async (tx) => {
    const { before, after } = await changeOwnNote(tx, viewer, id, expectedVersion, { deletedAt: new Date() });
    await writeAudit(tx, viewer, {
      action: "note.delete",
      entityType: "Note",
      entityId: id,
      claimId: after.claimId,
      before: { body: before.body },
    });
    return after;
  });
}
