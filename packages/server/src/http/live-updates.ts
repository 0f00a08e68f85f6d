import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { DeskEvents } from "../desk-events.js";
import { collectChanges, type NotedChange } from "../services/live-changes.js";

const QUEUE_ACTIONS = /^claim\.(create|set_status|merge|merge_into|assign)$|^verdict\./;
const PUBLISHING_ACTIONS = new Set(["verdict.publish", "verdict.sign_off"]);

/**
 * What subscribers hear about a request's changes: each claim touched, queue moves, published verdicts,
 * notifications; and every instance's public response cache is emptied. A mutation that wrote nothing (a failed
 * sign-in, a refused or invalid write) empties no cache: else any anonymous caller could keep every instance's empty.
 */
function announceChanges(events: DeskEvents, changes: NotedChange[]) {
  if (changes.length > 0) events.publish("public-responses.clear", {});
  const claims = new Set<string>();
  for (const change of changes) {
    if (change.recipientId) {
      events.publish("notification.created", { recipientId: change.recipientId, notificationId: change.entityId });
      continue;
    }
    if (change.claimId) claims.add(change.claimId);
    if (change.claimId && QUEUE_ACTIONS.test(change.action))
      events.publish("queue.changed", { claimId: change.claimId, action: change.action });
    if (PUBLISHING_ACTIONS.has(change.action)) events.publish("verdict.published", { verdictId: change.entityId });
  }
  for (const claimId of claims) events.publish("claim.updated", { claimId });
}

/**
 * Collects the changes a mutation writes (through the audit log, which every change passes) and announces them
 * once it has run (see `announceChanges`). A change whose transaction rolled back may be announced too: subscribers then read the claim
 * again and find it as it was.
 */
export function useLiveUpdates(events: DeskEvents): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
      setExecuteFn(async (executionArgs) => {
        const { result, changes } = await collectChanges(async () => executeFn(executionArgs));
        announceChanges(events, changes);
        return result;
      });
    },
  };
}
