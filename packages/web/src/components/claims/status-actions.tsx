import { useEffect, useRef, useState } from "react";
import { Link } from "wouter";
import { useDeskUsers } from "../../lib/use-desk-users";
import { NodeOptions } from "../forms/options";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { useResultMutation } from "../forms/use-result-mutation";
import { ConflictNotice } from "../forms/conflict-notice";
import { StatusBadge } from "./status-badge";
import { StatusChange_ClaimFragment } from "./status-change";
import type { Enum } from "../../lib/enums";
import { statusLabel } from "../../lib/format";
import type { Viewer } from "../../lib/viewer";

export const StatusActions_ClaimFragment = graphql(`
  fragment StatusActions_ClaimFragment on Claim {
    id
    status
    version
    allowedNextStatuses
    assignee { id name }
    mergedInto { id text }
  }
`);

const SetClaimStatusMutation = graphql(
  `
    mutation SetClaimStatus($input: SetClaimStatusInput!) {
      setClaimStatus(input: $input) {
        __typename
        ... on SetClaimStatusSuccess { claim { ...StatusChange_ClaimFragment } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [StatusChange_ClaimFragment, FormErrors_ErrorFragment],
);

const AssignClaimMutation = graphql(
  `
    mutation AssignClaim($input: AssignClaimInput!) {
      assignClaim(input: $input) {
        __typename
        ... on AssignClaimSuccess { claim { id version updatedAt assignee { id name } } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

/** What a screen reader hears once a move is saved (the badge changes silently). */
const movedTo: Record<Enum<"ClaimStatus">, string> = {
  NEW: "Moved back to New.",
  IN_REVIEW: `Moved to ${statusLabel.IN_REVIEW}.`,
  NEEDS_EDITOR: "Sent to an editor.",
  ARCHIVED: "Archived.",
  PUBLISHED: "Marked published.",
};

const actionLabel: Record<Enum<"ClaimStatus">, string> = {
  NEW: "Back to New",
  IN_REVIEW: "Move to In review",
  NEEDS_EDITOR: "Send to editor",
  ARCHIVED: "Archive",
  PUBLISHED: "Mark published",
};

interface StatusActionsProps {
  claim: FragmentOf<typeof StatusActions_ClaimFragment>;
  viewer: Viewer;
  /** Reloads the claim from the server (after a conflict). */
  refetch: () => void;
}

/**
 * The workflow buttons: only the moves the server allows this viewer now. A click on a stale page (someone moved or
 * assigned the claim meanwhile) saves nothing: it says who changed what, and Refresh shows the claim as it is now.
 */
export function StatusActions({ claim, viewer, refetch }: StatusActionsProps) {
  const c = readFragment(StatusActions_ClaimFragment, claim);
  const setStatus = useResultMutation(SetClaimStatusMutation, "setClaimStatus");
  const assign = useResultMutation(AssignClaimMutation, "assignClaim");
  // Only the outcome of the last click is shown.
  const [last, setLast] = useState<"status" | "assign" | null>(null);
  const shown = last === "status" ? setStatus : last === "assign" ? assign : null;
  const busy = setStatus.fetching || assign.fetching;
  const assignedToMe = c.assignee?.id === viewer.id;
  // The pressed button is disabled while saving and often replaced once saved ("Move to In review" becomes "Send to
  // editor"), which dropped keyboard focus to the top of the page: it comes back to this row, and the outcome is said.
  const row = useRef<HTMLDivElement>(null);
  const [said, setSaid] = useState("");
  const assignButton = useRef<HTMLButtonElement>(null);
  // A move focuses the first move now offered; an assignment, the control that made it (its label changes).
  const returnFocus = useRef<"move" | "assign" | "select" | null>(null);
  const settle = (message: string, control: "move" | "assign" | "select") => {
    setSaid(message);
    returnFocus.current = control;
  };
  // After every render: the new moves may arrive a moment after the save (a refetch), replacing the button that had
  // focus again. Only focus that was lost is brought back; once it is elsewhere on the page, this row lets go.
  useEffect(() => {
    const control = returnFocus.current;
    if (!control) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) {
      if (!row.current?.contains(active)) returnFocus.current = null;
      return;
    }
    const target =
      control === "assign" ? assignButton.current : row.current?.querySelector<HTMLElement>(control === "select" ? "select" : "button");
    target?.focus();
  });
  const moveTo = async (status: Enum<"ClaimStatus">) => {
    setLast("status");
    setSaid("");
    const payload = await setStatus.run({ input: { id: c.id, expectedVersion: c.version, status } });
    if (payload?.__typename === "SetClaimStatusSuccess") settle(movedTo[status], "move");
  };
  const assignTo = async (assignee: string | null, control: "assign" | "select") => {
    setLast("assign");
    setSaid("");
    const payload = await assign.run({ input: { id: c.id, expectedVersion: c.version, assignee } });
    if (payload?.__typename !== "AssignClaimSuccess") return;
    const name = payload.claim.assignee?.name;
    settle(assignee === null ? "Unassigned." : assignee === viewer.id ? "Assigned to you." : `Assigned to ${name ?? "them"}.`, control);
  };

  const refresh = () => {
    setLast(null);
    refetch();
  };

  if (c.mergedInto) {
    return (
      <section className="status-actions" aria-label="Workflow">
        <div className="status-line">
          <span className="muted">Status</span> <StatusBadge status={c.status} />
        </div>
        <p className="merged-into">
          Merged into <Link href={`/claims/${c.mergedInto.id}`}>&ldquo;{c.mergedInto.text}&rdquo;</Link>
        </p>
      </section>
    );
  }

  return (
    <section className="status-actions" aria-label="Workflow">
      <div className="status-line">
        <span className="muted">Status</span> <StatusBadge status={c.status} />
        <span className="visually-hidden" role="status">
          {said}
        </span>
      </div>
      {shown?.conflict ? (
        <ConflictNotice conflict={shown.conflict} onRefresh={refresh} />
      ) : (
        <>
          <div className="button-row" ref={row}>
            {c.allowedNextStatuses
              .filter((s) => s !== "PUBLISHED")
              .map((status) => (
                <button
                  key={status}
                  type="button"
                  className={`button${status === "ARCHIVED" ? " button-quiet" : ""}`}
                  disabled={busy}
                  onClick={() => void moveTo(status)}
                >
                  {actionLabel[status]}
                </button>
              ))}
            <button
              type="button"
              className="button button-quiet"
              ref={assignButton}
              disabled={busy}
              onClick={() => void assignTo(assignedToMe ? null : viewer.id, "assign")}
            >
              {assignedToMe ? "Unassign me" : "Assign to me"}
            </button>
            {viewer.role !== "REVIEWER" && (
              <AssignToSelect
                assigneeId={c.assignee?.id ?? ""}
                disabled={busy}
                onAssign={(assignee) => void assignTo(assignee, "select")}
              />
            )}
          </div>
          <FormErrors failure={shown?.failure ?? null} error={shown?.error} onRefresh={refresh} />
        </>
      )}
    </section>
  );
}

/**
 * Editors hand a claim to anyone on the desk (who is notified), or take it off them. Choosing is not assigning: the
 * Assign button saves, so arrowing through a closed list with the keyboard does not assign (and notify) each person
 * in turn.
 */
function AssignToSelect({
  assigneeId,
  disabled,
  onAssign,
}: {
  assigneeId: string;
  disabled: boolean;
  onAssign: (id: string | null) => void;
}) {
  const users = useDeskUsers();
  const [choice, setChoice] = useState(assigneeId);
  useEffect(() => setChoice(assigneeId), [assigneeId]);
  return (
    <span className="inline-field assign-to">
      <label>
        <span className="assign-to-label">Assign to</span>{" "}
        <select value={choice} disabled={disabled} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Nobody</option>
          <NodeOptions nodes={users} label={(user) => user.name} />
        </select>
      </label>{" "}
      <button
        type="button"
        className="button button-quiet"
        disabled={disabled || choice === assigneeId}
        onClick={() => onAssign(choice || null)}
      >
        {!choice && assigneeId ? "Unassign" : "Assign"}
      </button>
    </span>
  );
}
