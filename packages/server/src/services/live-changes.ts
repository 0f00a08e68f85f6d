import { AsyncLocalStorage } from "node:async_hooks";
import type { AuditRecord } from "./audit.js";

/** A change a request made, as its audit entry names it: what live updates tell subscribers about. */
export interface NotedChange {
  action: string;
  entityType: string;
  entityId: string;
  claimId: string | null;
  /** For a notification: the user it is for. */
  recipientId?: string;
}

const changesOfRequest = new AsyncLocalStorage<NotedChange[]>();

/** Runs `fn` collecting the changes written inside it (see `noteChange`), then hands them over. */
export async function collectChanges<T>(fn: () => Promise<T>): Promise<{ result: T; changes: NotedChange[] }> {
  const changes: NotedChange[] = [];
  const result = await changesOfRequest.run(changes, fn);
  return { result, changes };
}

/** Called by writeAudit: every change passes there, so every change reaches live updates. */
export function noteChange(record: AuditRecord) {
  changesOfRequest
    .getStore()
    ?.push({ action: record.action, entityType: record.entityType, entityId: record.entityId, claimId: record.claimId ?? null });
}

/** Called by notify: a notification was written for `recipientId`, who hears of it live once the request is done. */
export function noteNotification(recipientId: string, notificationId: string) {
  changesOfRequest
    .getStore()
    ?.push({ action: "notification.create", entityType: "Notification", entityId: notificationId, claimId: null, recipientId });
}
