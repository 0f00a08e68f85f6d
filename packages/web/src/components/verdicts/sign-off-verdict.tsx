import { FormErrors, FormErrors_ErrorFragment } from "../forms/form-errors";
import { ConflictNotice } from "../forms/conflict-notice";
import { useResultMutation } from "../forms/use-result-mutation";
import { graphql } from "../../gql/graphql";
import { VerdictChange_VerdictFragment } from "./verdict-change";

const SignOffVerdictMutation = graphql(
  `
    mutation SignOffVerdict($input: SignOffVerdictInput!) {
      signOffVerdict(input: $input) {
        __typename
        ... on SignOffVerdictSuccess {
          verdict {
            ...VerdictChange_VerdictFragment
          }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [VerdictChange_VerdictFragment, FormErrors_ErrorFragment],
);

interface SignOffVerdictProps {
  verdictId: string;
  version: number;
  /** The viewer proposed this verdict: another editor must sign it off. */
  self: boolean;
  refetch: () => void;
  /** It was signed off (and so published). */
  onSignedOff: () => void;
}

/** The second editor's sign-off of a contested verdict, which publishes it. */
export function SignOffVerdict({ verdictId, version, self, refetch, onSignedOff }: SignOffVerdictProps) {
  const signOff = useResultMutation(SignOffVerdictMutation, "signOffVerdict", refetch);
  if (self) return <p className="muted">You proposed this verdict; another editor must sign it off.</p>;
  if (signOff.conflict) return <ConflictNotice conflict={signOff.conflict} onRefresh={signOff.refresh} />;
  return (
    <div className="form">
      <FormErrors failure={signOff.failure} error={signOff.error} />
      <button
        type="button"
        className="button button-primary"
        disabled={signOff.fetching}
        onClick={async () => {
          const payload = await signOff.run({ input: { id: verdictId, expectedVersion: version } });
          if (payload?.__typename === "SignOffVerdictSuccess") onSignedOff();
        }}
      >
        Sign off and publish
      </button>
    </div>
  );
}
