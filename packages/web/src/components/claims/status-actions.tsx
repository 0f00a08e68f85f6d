import { useState } from "react";
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
      </div>
      {shown?.conflict ? (
        <ConflictNotice conflict={shown.conflict} onRefresh={refresh} />
      ) : (
        <>
          <div className="button-row">
            {c.allowedNextStatuses
              .filter((s) => s !== "PUBLISHED")
              .map((status) => (
                <button
                  key={status}
                  type="button"
                  className={`button${status === "ARCHIVED" ? " button-quiet" : ""}`}
                  disabled={busy}
                  onClick={() => {
                    setLast("status");
                    void setStatus.run({ input: { id: c.id, expectedVersion: c.version, status } });
                  }}
                >
                  {actionLabel[status]}
                </button>
              ))}
            <button
              type="button"
              className="button button-quiet"
              disabled={busy}
              onClick={() => {
                setLast("assign");
                void assign.run({ input: { id: c.id, expectedVersion: c.version, assignee: assignedToMe ? null : viewer.id } });
              }}
            >
              {assignedToMe ? "Unassign me" : "Assign to me"}
            </button>
            {viewer.role !== "REVIEWER" && (
              <AssignToSelect
                assigneeId={c.assignee?.id ?? ""}
                disabled={busy}
                onAssign={(assignee) => {
                  setLast("assign");
                  void assign.run({ input: { id: c.id, expectedVersion: c.version, assignee } });
                }}
              />
            )}
          </div>
          <FormErrors failure={shown?.failure ?? null} error={shown?.error} onRefresh={refresh} />
        </>
      )}
    </section>
  );
}

/** Editors hand a claim to anyone on the desk (who is notified), or take it off them. */
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
  return (
    <label className="inline-field assign-to">
      <span className="assign-to-label">Assign to</span>{" "}
      <select value={assigneeId} disabled={disabled} onChange={(e) => onAssign(e.target.value || null)}>
        <option value="">Nobody</option>
        <NodeOptions nodes={users} label={(user) => user.name} />
      </select>
    </label>
  );
}
