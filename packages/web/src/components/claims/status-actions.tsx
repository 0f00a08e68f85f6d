import { useMutation } from "urql";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import {
  FormErrors_ValidationErrorFragment,
  FormErrors_ConflictErrorFragment,
  FormErrors_ForbiddenErrorFragment,
  FormErrors_NotFoundErrorFragment,
  failureOf,
  FormErrors,
} from "../forms/form-errors";
import { StatusBadge } from "./status-badge";
import type { Viewer } from "../../app";

export const StatusActions_ClaimFragment = graphql(`
  fragment StatusActions_ClaimFragment on Claim {
    id
    status
    version
    allowedNextStatuses
    assignee { id name }
  }
`);

const SetClaimStatusMutation = graphql(
  `
    mutation SetClaimStatus($id: ID!, $expectedVersion: Int!, $status: ClaimStatus!) {
      setClaimStatus(id: $id, expectedVersion: $expectedVersion, status: $status) {
        __typename
        ... on SetClaimStatusSuccess { claim { id status version updatedAt allowedNextStatuses } }
        ...FormErrors_ValidationErrorFragment
        ...FormErrors_ConflictErrorFragment
        ...FormErrors_ForbiddenErrorFragment
        ...FormErrors_NotFoundErrorFragment
      }
    }
  `,
  [
    FormErrors_ValidationErrorFragment,
    FormErrors_ConflictErrorFragment,
    FormErrors_ForbiddenErrorFragment,
    FormErrors_NotFoundErrorFragment,
  ],
);

const AssignClaimMutation = graphql(
  `
    mutation AssignClaim($id: ID!, $expectedVersion: Int!, $assignee: ID) {
      assignClaim(id: $id, expectedVersion: $expectedVersion, assignee: $assignee) {
        __typename
        ... on AssignClaimSuccess { claim { id version updatedAt assignee { id name } } }
        ...FormErrors_ValidationErrorFragment
        ...FormErrors_ConflictErrorFragment
        ...FormErrors_ForbiddenErrorFragment
        ...FormErrors_NotFoundErrorFragment
      }
    }
  `,
  [
    FormErrors_ValidationErrorFragment,
    FormErrors_ConflictErrorFragment,
    FormErrors_ForbiddenErrorFragment,
    FormErrors_NotFoundErrorFragment,
  ],
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

/** The workflow buttons: only the moves the server allows this viewer now. */
export function StatusActions({ claim, viewer, refetch }: StatusActionsProps) {
  const c = readFragment(StatusActions_ClaimFragment, claim);
  const [statusState, setStatus] = useMutation(SetClaimStatusMutation);
  const [assignState, assign] = useMutation(AssignClaimMutation);
  const failure = failureOf(statusState.data?.setClaimStatus) ?? failureOf(assignState.data?.assignClaim);
  const busy = statusState.fetching || assignState.fetching;

  const afterResult = (typename: string | undefined) => {
    if (typename === "ConflictError") refetch();
  };

  return (
    <section className="status-actions" aria-label="Workflow">
      <div className="status-line">
        <span className="muted">Status</span> <StatusBadge status={c.status} />
      </div>
      <div className="button-row">
        {c.allowedNextStatuses
          .filter((s) => s !== "PUBLISHED")
          .map((status) => (
            <button
              key={status}
              type="button"
              className={`button${status === "ARCHIVED" ? " button-quiet" : ""}`}
              disabled={busy}
              onClick={async () => {
                const result = await setStatus({ id: c.id, expectedVersion: c.version, status });
                afterResult(result.data?.setClaimStatus.__typename);
              }}
            >
              {actionLabel[status] ?? status}
            </button>
          ))}
        {c.assignee?.id === viewer.id ? (
          <button
            type="button"
            className="button button-quiet"
            disabled={busy}
            onClick={async () => afterResult((await assign({ id: c.id, expectedVersion: c.version, assignee: null })).data?.assignClaim.__typename)}
          >
            Unassign me
          </button>
        ) : (
          <button
            type="button"
            className="button button-quiet"
            disabled={busy}
            onClick={async () =>
              afterResult((await assign({ id: c.id, expectedVersion: c.version, assignee: viewer.id })).data?.assignClaim.__typename)
            }
          >
            Assign to me
          </button>
        )}
      </div>
      <FormErrors failure={failure} error={statusState.error ?? assignState.error} />
    </section>
  );
}
