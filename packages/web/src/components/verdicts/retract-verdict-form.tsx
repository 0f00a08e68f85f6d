import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql } from "../../gql/graphql";
import { FormErrors, FormErrors_ErrorFragment } from "../forms/form-errors";
import { FormActions } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import { useRefusalFocus } from "../forms/use-focus-after-render";
import { ReasonField } from "../forms/reason-field";
import { VerdictArticle, type VerdictArticleProps } from "./verdict-article";
import { VerdictChange_VerdictFragment } from "./verdict-change";

const RetractVerdictMutation = graphql(
  `
    mutation RetractVerdict($input: RetractVerdictInput!) {
      retractVerdict(input: $input) {
        __typename
        ... on RetractVerdictSuccess {
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

interface RetractVerdictFormProps {
  verdict: { id: string; version: number };
  /** The published verdict as readers see it now. */
  article: VerdictArticleProps;
  refetch: () => void;
  /** The verdict was retracted. */
  onDone: () => void;
  /** The editor changed their mind: nothing was sent. */
  onCancel: () => void;
}

/** Retracts a published verdict: it stays public, marked retracted with the reason. */
export function RetractVerdictForm({ verdict, article, refetch, onDone, onCancel }: RetractVerdictFormProps) {
  const [reason, setReason] = useState("");
  // The form replaces the button that opened it: focus starts at its heading, not at the top of the page.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const retract = useResultMutation(RetractVerdictMutation, "retractVerdict", refetch);
  // A refusal moves focus to what it says, at the top of the form.
  const refusal = useRefusalFocus(heading);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const payload = await retract.run({ input: { id: verdict.id, expectedVersion: verdict.version, reason } });
    if (payload?.__typename === "RetractVerdictSuccess") onDone();
    else refusal.refused();
  };

  return (
    <div className="editor-split">
      <form className="form" onSubmit={onSubmit} aria-label="Retract verdict" noValidate>
        <h3 ref={heading} tabIndex={-1}>
          Retract the verdict
        </h3>
        <p className="muted">The verdict stays public, marked retracted with your reason; the claim goes back to review.</p>
        {(retract.failure || retract.error) && (
          <div ref={refusal.said} tabIndex={-1}>
            <FormErrors
              failure={retract.failure}
              error={retract.error}
              fields={["reason"]}
              onRefresh={refusal.refreshing(retract.refresh)}
            />
          </div>
        )}
        <ReasonField
          hint="Shown to readers"
          label="Reason for retraction"
          value={reason}
          onChange={setReason}
          issues={retract.issues("reason")}
        />
        <FormActions
          label="Retract verdict"
          busyLabel="Retracting…"
          busy={retract.fetching}
          className="button button-danger"
          onCancel={onCancel}
        />
      </form>
      <section className="preview" aria-label="Preview of the retracted verdict">
        <VerdictArticle
          {...article}
          preview
          state="RETRACTED"
          retractedAt={new Date().toISOString()}
          retractionReason={reason || "(reason)"}
        />
      </section>
    </div>
  );
}
