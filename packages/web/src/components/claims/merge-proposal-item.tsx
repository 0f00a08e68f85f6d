import { useState } from "react";
import { Link } from "wouter";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { useResultMutation } from "../forms/use-result-mutation";
import { ConfirmStep } from "../forms/confirm-step";
import { ConflictNotice } from "../forms/conflict-notice";
import { ReasonField } from "../forms/reason-field";
import { DateTime } from "../layout/date-time";
import { shorten } from "../../lib/format";

export const MergeProposalItem_MergeProposalFragment = graphql(`
  fragment MergeProposalItem_MergeProposalFragment on MergeProposal {
    id version reason createdAt
    proposedBy { id name }
    duplicate { id text }
    keep { id text }
  }
`);

/** What a decision changes (the cache updates read `status`, `keep` and `duplicate` to know what is stale). */
const MergeProposalItem_DecisionFragment = graphql(`
  fragment MergeProposalItem_DecisionFragment on MergeProposal { id version status decisionNote keep { id } duplicate { id } }
`);

const AcceptMergeProposalMutation = graphql(
  `
    mutation AcceptMergeProposal($input: AcceptMergeProposalInput!) {
      acceptMergeProposal(input: $input) {
        __typename
        ... on AcceptMergeProposalSuccess { mergeProposal { ...MergeProposalItem_DecisionFragment } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment, MergeProposalItem_DecisionFragment],
);

const DeclineMergeProposalMutation = graphql(
  `
    mutation DeclineMergeProposal($input: DeclineMergeProposalInput!) {
      declineMergeProposal(input: $input) {
        __typename
        ... on DeclineMergeProposalSuccess { mergeProposal { ...MergeProposalItem_DecisionFragment } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment, MergeProposalItem_DecisionFragment],
);

interface MergeProposalItemProps {
  proposal: FragmentOf<typeof MergeProposalItem_MergeProposalFragment>;
  /** The proposal was decided and leaves the list: what happened, to say so where the list is. */
  onDecided: (outcome: string) => void;
}

/** A reviewer's merge proposal on an editor's work list: both claims, the reason, and accept or decline. */
export function MergeProposalItem({ proposal, onDecided }: MergeProposalItemProps) {
  const p = readFragment(MergeProposalItem_MergeProposalFragment, proposal);
  const accept = useResultMutation(AcceptMergeProposalMutation, "acceptMergeProposal");
  const decline = useResultMutation(DeclineMergeProposalMutation, "declineMergeProposal");
  const [step, setStep] = useState<"accept" | "decline" | null>(null);
  const [reason, setReason] = useState("");
  const busy = accept.fetching || decline.fetching;
  const conflict = accept.conflict ?? decline.conflict;
  const input = { id: p.id, expectedVersion: p.version };
  const decide = async (run: Promise<{ __typename: string } | undefined>, outcome: string) => {
    if ((await run)?.__typename.endsWith("Success")) onDecided(outcome);
  };

  return (
    <li className="merge-proposal">
      <p>
        Merge <Link href={`/claims/${p.duplicate.id}`}>{shorten(p.duplicate.text, 160)}</Link> into{" "}
        <Link href={`/claims/${p.keep.id}`}>{shorten(p.keep.text, 160)}</Link>
      </p>
      <p className="muted">
        Proposed by {p.proposedBy.name}, <DateTime iso={p.createdAt} />
      </p>
      {p.reason && <blockquote className="note-excerpt">{p.reason}</blockquote>}
      {conflict ? (
        <ConflictNotice conflict={conflict} subject="the proposal" onRefresh={step === "accept" ? accept.refresh : decline.refresh} />
      ) : null}
      {step === "accept" ? (
        <ConfirmStep
          name="Confirm merge"
          tone="neutral"
          question={<>Merge the first claim into the second? It will be archived and point there.</>}
          confirmLabel="Accept and merge"
          busyLabel="Merging…"
          busy={accept.fetching}
          onConfirm={() =>
            void decide(accept.run({ input }), `Merged “${shorten(p.duplicate.text, 80)}” into “${shorten(p.keep.text, 80)}”.`)
          }
          onCancel={() => setStep(null)}
          autoFocus
        >
          <FormErrors failure={accept.conflict ? null : accept.failure} error={accept.error} />
        </ConfirmStep>
      ) : step === "decline" ? (
        <ConfirmStep
          name="Decline proposal"
          question={<>Decline the merge? {p.proposedBy.name} is told why.</>}
          confirmLabel="Decline proposal"
          busyLabel="Declining…"
          busy={decline.fetching}
          onConfirm={() =>
            void decide(
              decline.run({ input: { ...input, reason } }),
              `Declined merging “${shorten(p.duplicate.text, 80)}”; ${p.proposedBy.name} is told why.`,
            )
          }
          onCancel={() => setStep(null)}
        >
          <ReasonField
            label="Why they are not the same claim"
            hint={`Shown to ${p.proposedBy.name}`}
            value={reason}
            onChange={setReason}
            issues={decline.issues("reason")}
          />
          <FormErrors failure={decline.conflict ? null : decline.failure} error={decline.error} />
        </ConfirmStep>
      ) : (
        <p className="actions">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => setStep("accept")}>
            Accept
          </button>{" "}
          <button type="button" className="button" disabled={busy} onClick={() => setStep("decline")}>
            Decline
          </button>
        </p>
      )}
    </li>
  );
}
