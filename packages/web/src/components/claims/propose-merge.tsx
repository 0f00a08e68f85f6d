import { useState } from "react";
import { graphql } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { useResultMutation } from "../forms/use-result-mutation";
import { ConfirmStep } from "../forms/confirm-step";
import { ReasonField } from "../forms/reason-field";

const ProposeMergeMutation = graphql(
  `
    mutation ProposeMerge($input: ProposeMergeInput!) {
      proposeMerge(input: $input) {
        __typename
        ... on ProposeMergeSuccess { mergeProposal { id status reason proposedBy { id name } duplicate { id } keep { id } } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

interface ProposeMergeProps {
  /** The claim on screen, which would keep the duplicate's appearances, evidence and ratings. */
  keepId: string;
  duplicate: { id: string; text: string };
}

/** A reviewer's "these are the same claim": a reason for the editor, who accepts or declines the merge. */
export function ProposeMerge({ keepId, duplicate }: ProposeMergeProps) {
  const propose = useResultMutation(ProposeMergeMutation, "proposeMerge");
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");

  const onPropose = async () => {
    const payload = await propose.run({ input: { keep: keepId, duplicate: duplicate.id, reason } });
    if (payload?.__typename === "ProposeMergeSuccess") setOpen(false);
  };

  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        Propose merge
      </button>
    );
  }
  return (
    <ConfirmStep
      name="Propose merge"
      tone="neutral"
      question={<>Propose merging &ldquo;{duplicate.text}&rdquo; into this claim? An editor decides.</>}
      confirmLabel="Send proposal"
      busyLabel="Sending…"
      busy={propose.fetching}
      onConfirm={() => void onPropose()}
      onCancel={() => setOpen(false)}
    >
      <ReasonField
        label="Why they are the same claim"
        hint="Shown to the editors"
        value={reason}
        onChange={setReason}
        issues={propose.issues("reason")}
      />
      <FormErrors failure={propose.failure} error={propose.error} />
    </ConfirmStep>
  );
}
