import { useRef } from "react";
import { FormErrors, FormErrors_ErrorFragment } from "../forms/form-errors";
import { ConflictNotice } from "../forms/conflict-notice";
import { useResultMutation } from "../forms/use-result-mutation";
import { useRefusalFocus } from "../forms/use-focus-after-render";
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
  // The button is disabled while the request runs, which takes focus from it: a refusal moves focus to what it says
  // (focus fell to the top of the page, and the message went unheard by keyboard and screen reader users).
  const button = useRef<HTMLButtonElement>(null);
  const refusal = useRefusalFocus(button);
  if (self) return <p className="muted">You proposed this verdict; another editor must sign it off.</p>;
  const onSignOff = async () => {
    const payload = await signOff.run({ input: { id: verdictId, expectedVersion: version } });
    if (payload?.__typename === "SignOffVerdictSuccess") onSignedOff();
    else refusal.refused();
  };
  return (
    <div className="form">
      <div ref={refusal.said} tabIndex={-1}>
        {signOff.conflict ? (
          <ConflictNotice conflict={signOff.conflict} onRefresh={refusal.refreshing(signOff.refresh)} />
        ) : (
          <FormErrors failure={signOff.failure} error={signOff.error} />
        )}
      </div>
      {!signOff.conflict && (
        <button type="button" className="button button-primary" ref={button} disabled={signOff.fetching} onClick={() => void onSignOff()}>
          Sign off and publish
        </button>
      )}
    </div>
  );
}
