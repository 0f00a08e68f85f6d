import { useState } from "react";
import { Link } from "wouter";
import { useMutation } from "urql";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import {
  FormErrors_ErrorFragment,
  conflictOf,
  failureOf,
  FormErrors,
  type ConflictFailure,
} from "../forms/form-errors";
import { ConflictNotice } from "../forms/conflict-notice";
import { StatusBadge } from "./status-badge";
import { statusLabel } from "../../lib/format";
import type { Viewer } from "../../app";

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
    mutation SetClaimStatus($id: ID!, $expectedVersion: Int!, $status: ClaimStatus!) {
      setClaimStatus(id: $id, expectedVersion: $expectedVersion, status: $status) {
        __typename
        ... on SetClaimStatusSuccess { claim { id status version updatedAt allowedNextStatuses } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

const AssignClaimMutation = graphql(
  `
    mutation AssignClaim($id: ID!, $expectedVersion: Int!, $assignee: ID) {
      assignClaim(id: $id, expectedVersion: $expectedVersion, assignee: $assignee) {
        __typename
        ... on AssignClaimSuccess { claim { id version updatedAt assignee { id name } } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

const actionLabel: Record<string, string> = {
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
  const [statusState, setStatus] = useMutation(SetClaimStatusMutation);
  const [assignState, assign] = useMutation(AssignClaimMutation);
  const [last, setLast] = useState<"status" | "assign" | null>(null);
  const [conflict, setConflict] = useState<ConflictFailure | null>(null);
  const failure = last === "status" ? failureOf(statusState.data?.setClaimStatus) : last === "assign" ? failureOf(assignState.data?.assignClaim) : null;
  const error = last === "status" ? statusState.error : last === "assign" ? assignState.error : undefined;
  const busy = statusState.fetching || assignState.fetching;

  const run = async (which: "status" | "assign", action: () => Promise<{ __typename?: string } | undefined>) => {
    setLast(which);
    setConflict(conflictOf(await action()));
  };

  const refresh = () => {
    setConflict(null);
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
      {conflict ? (
        <ConflictNotice conflict={conflict} onRefresh={refresh} />
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
                  onClick={() =>
                    void run("status", async () => (await setStatus({ id: c.id, expectedVersion: c.version, status })).data?.setClaimStatus)
                  }
                >
                  {actionLabel[status] ?? `Move to ${statusLabel[status] ?? "the next step"}`}
                </button>
              ))}
            {c.assignee?.id === viewer.id ? (
              <button
                type="button"
                className="button button-quiet"
                disabled={busy}
                onClick={() => void run("assign", async () => (await assign({ id: c.id, expectedVersion: c.version, assignee: null })).data?.assignClaim)}
              >
                Unassign me
              </button>
            ) : (
              <button
                type="button"
                className="button button-quiet"
                disabled={busy}
                onClick={() =>
                  void run("assign", async () => (await assign({ id: c.id, expectedVersion: c.version, assignee: viewer.id })).data?.assignClaim)
                }
              >
                Assign to me
              </button>
            )}
          </div>
          <FormErrors failure={failure?.__typename === "ConflictError" ? null : failure} error={error} onRefresh={refresh} />
        </>
      )}
    </section>
  );
}
