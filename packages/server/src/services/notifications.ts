import type { Db, DbTx } from "../db.js";
import type { NotificationKind } from "../generated/prisma/client.js";
import type { Viewer } from "../context.js";
import { writeAudit, type Author } from "./audit.js";
import { noteNotification } from "./live-changes.js";

interface Notice {
  kind: NotificationKind;
  /** Who should hear of it; missing, repeated and inactive users and the actor themself are left out. */
  recipients: (string | null | undefined)[];
  claimId?: string | null;
  verdictId?: string | null;
  noteId?: string | null;
  mergeProposalId?: string | null;
}

/**
 * Writes one notification per recipient, inside the transaction of the change that causes it (so a notification
 * exists if and only if its change committed), and has each recipient told live once the request is done.
 */
export async function notify(tx: DbTx, actor: Author | null, notice: Notice) {
  const wanted = [...new Set(notice.recipients)].filter((id): id is string => !!id && id !== actor?.id);
  if (!wanted.length) return;
  const recipients = await tx.user.findMany({ where: { id: { in: wanted }, active: true }, select: { id: true } });
  if (!recipients.length) return;
  const created = await tx.notification.createManyAndReturn({
    data: recipients.map(({ id }) => ({
      recipientId: id,
      kind: notice.kind,
      actorId: actor?.id ?? null,
      claimId: notice.claimId ?? null,
      verdictId: notice.verdictId ?? null,
      noteId: notice.noteId ?? null,
      mergeProposalId: notice.mergeProposalId ?? null,
    })),
    select: { id: true, recipientId: true },
  });
  for (const notification of created) noteNotification(notification.recipientId, notification.id);
}

/** Who a claim's news goes to: whoever it is assigned to and whoever created it. */
export async function claimOwners(tx: DbTx, claimId: string) {
  const claim = await tx.claim.findUnique({ where: { id: claimId }, select: { assigneeId: true, createdById: true } });
  return [claim?.assigneeId, claim?.createdById];
}

/** Every editor and admin who can sign in: who may sign off a contested verdict. */
export async function editors(tx: DbTx) {
  const users = await tx.user.findMany({ where: { active: true, role: { in: ["EDITOR", "ADMIN"] } }, select: { id: true } });
  return users.map((u) => u.id);
}

export const unreadCount = (db: Db, userId: string) => db.notification.count({ where: { recipientId: userId, readAt: null } });

/** Marks one of the user's notifications read (again is fine); false when it is not theirs or does not exist. */
export async function markRead(db: Db, reader: Viewer, id: string) {
  return db.$transaction(async (tx) => {
    const readAt = new Date();
    const { count } = await tx.notification.updateMany({ where: { id, recipientId: reader.id, readAt: null }, data: { readAt } });
    if (count) await writeAudit(tx, reader, { action: "notification.read", entityType: "Notification", entityId: id, after: { readAt } });
    return (await tx.notification.count({ where: { id, recipientId: reader.id } })) > 0;
  });
}

/** Marks everything the user has not read as read; returns how many. */
export async function markAllRead(db: Db, reader: Viewer) {
  return db.$transaction(async (tx) => {
    const readAt = new Date();
    const { count } = await tx.notification.updateMany({ where: { recipientId: reader.id, readAt: null }, data: { readAt } });
    if (count)
      await writeAudit(tx, reader, { action: "notification.read_all", entityType: "User", entityId: reader.id, after: { count, readAt } });
    return count;
  });
}
