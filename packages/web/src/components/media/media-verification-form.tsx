import { useState, type FormEvent } from "react";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { Field } from "../forms/field";
import { SubmitButton } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import type { Enum } from "../../lib/enums";
import { EnumOptions } from "../forms/options";
import { mediaVerificationLabel } from "../../lib/format";

export const MediaVerificationForm_MediaItemFragment = graphql(`
  fragment MediaVerificationForm_MediaItemFragment on MediaItem {
    id
    version
    verification
    unverifiedReason
  }
`);

const SetMediaVerificationMutation = graphql(
  `
    mutation SetMediaVerification($input: SetMediaVerificationInput!) {
      setMediaVerification(input: $input) {
        __typename
        ... on SetMediaVerificationSuccess {
          media {
            id
            version
            verification
            unverifiedReason
            claims(first: 20) { edges { node { id } } }
          }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

const reasonLabel: Record<Enum<"UnverifiedReason">, string> = {
  PENDING: "Pending",
  ORIGINAL_NOT_FOUND: "Original not found",
  SINGLE_SOURCE: "Single source",
  NO_ACCESS_TO_AREA: "No access to area",
};

/** Sets the MediaReview rating, or UNVERIFIED with the reason it still is. */
export function MediaVerificationForm({
  media,
  refetch,
}: {
  media: FragmentOf<typeof MediaVerificationForm_MediaItemFragment>;
  refetch: () => void;
}) {
  const m = readFragment(MediaVerificationForm_MediaItemFragment, media);
  const [verification, setVerification] = useState<Enum<"MediaVerification">>(m.verification);
  const [reason, setReason] = useState<Enum<"UnverifiedReason">>(m.unverifiedReason ?? "PENDING");
  const save = useResultMutation(SetMediaVerificationMutation, "setMediaVerification");

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const payload = await save.run({
      input: {
        id: m.id,
        expectedVersion: m.version,
        verification,
        unverifiedReason: verification === "UNVERIFIED" ? reason : null,
      },
    });
    if (payload?.__typename === "ConflictError") refetch();
  };

  return (
    <form className="form form-inline" onSubmit={onSubmit} aria-label="Set media verification" noValidate>
      <FormErrors failure={save.failure} error={save.error} fields={["verification", "unverifiedReason"]} />
      <Field label="Verification" issues={save.issues("verification")}>
        {(control) => (
          <select {...control} value={verification} onChange={(e) => setVerification(e.target.value as typeof verification)}>
            <EnumOptions labels={mediaVerificationLabel} />
          </select>
        )}
      </Field>
      {verification === "UNVERIFIED" && (
        <Field label="Why unverified" issues={save.issues("unverifiedReason")}>
          {(control) => (
            <select {...control} value={reason} onChange={(e) => setReason(e.target.value as typeof reason)}>
              <EnumOptions labels={reasonLabel} />
            </select>
          )}
        </Field>
      )}
      <SubmitButton label="Save verification" busyLabel="Saving…" busy={save.fetching} className="button" />
    </form>
  );
}
