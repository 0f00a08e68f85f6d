import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql, readFragment, type FragmentOf, type ResultOf } from "../../gql/graphql";
import { FormErrors, FormErrors_ErrorFragment } from "../forms/form-errors";
import { SubmitButton } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import { useRefusalFocus } from "../forms/use-focus-after-render";
import { asSentence } from "../../lib/errors";
import { statusLabel } from "../../lib/format";
import { VerdictArticle, type VerdictArticleProps } from "./verdict-article";
import { blankVerdictFields, VerdictFields, type VerdictDraft, type VerdictEvidence, type VerdictMissing } from "./verdict-fields";
import { VerdictChange_VerdictFragment } from "./verdict-change";

export const PublishVerdictForm_ClaimFragment = graphql(`
    fragment PublishVerdictForm_ClaimFragment on Claim {
      id
      text
      kind
      status
      claimantRole
      claimDate
      claimDatePrecision
      place
      claimant { id name }
      consensus { contested majorityLabel }
    }
  `);

type ClaimData = ResultOf<typeof PublishVerdictForm_ClaimFragment>;

const PublishVerdictMutation = graphql(
  `
    mutation PublishVerdict($input: PublishVerdictInput!) {
      publishVerdict(input: $input) {
        __typename
        ... on PublishVerdictSuccess {
          verdict {
            ...VerdictChange_VerdictFragment
            # The claim's verdict is now this one.
            claim { id verdict { id } }
          }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [VerdictChange_VerdictFragment, FormErrors_ErrorFragment],
);

/** The claim as it reads on the desk now: what a new verdict would judge. */
const claimForArticle = (c: ClaimData): VerdictArticleProps["claim"] => ({
  text: c.text,
  kind: c.kind,
  claimant: c.claimant?.name ?? null,
  claimantRole: c.claimantRole,
  claimDate: c.claimDate,
  claimDatePrecision: c.claimDatePrecision,
  place: c.place,
});

interface PublishVerdictFormProps {
  claim: FragmentOf<typeof PublishVerdictForm_ClaimFragment>;
  /** The claim's evidence, which the verdict may cite. */
  evidence: readonly VerdictEvidence[];
  refetch: () => void;
  /** It was published, or (contested) proposed for a second editor's sign-off. */
  onPublished: (state: "PUBLISHED" | "AWAITING_SIGN_OFF") => void;
}

/** Publishes the verdict on a claim in review, beside a preview of the public page. */
export function PublishVerdictForm({ claim, evidence, refetch, onPublished }: PublishVerdictFormProps) {
  const c = readFragment(PublishVerdictForm_ClaimFragment, claim);
  const [draft, setDraft] = useState<VerdictDraft>({
    label: c.consensus.majorityLabel ?? "",
    headline: "",
    summary: "",
    citedEvidence: [],
  });
  const publish = useResultMutation(PublishVerdictMutation, "publishVerdict", refetch);
  // Every required field is checked before sending, so the editor sees all that is missing at once (the label, an
  // enum, cannot even be sent blank).
  const [missing, setMissing] = useState<VerdictMissing>({});
  // Until the editor picks a label, the form proposes the reviewers' current majority (ratings may arrive later).
  const majority = c.consensus.majorityLabel;
  useEffect(() => {
    if (majority) setDraft((d) => (d.label ? d : { ...d, label: majority }));
  }, [majority]);
  const publishable = c.status === "IN_REVIEW" || c.status === "NEEDS_EDITOR";
  // What is missing, or why the server refused, is said at the top of the form: focus goes there from the button.
  const heading = useRef<HTMLHeadingElement>(null);
  const refusal = useRefusalFocus(heading);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const blank = blankVerdictFields(draft);
    setMissing(blank);
    if (!draft.label || Object.values(blank).some(Boolean)) {
      refusal.refused();
      return;
    }
    const payload = await publish.run({
      input: {
        claim: c.id,
        label: draft.label,
        headline: draft.headline,
        summary: draft.summary,
        citedEvidence: draft.citedEvidence,
      },
    });
    // A contested claim's verdict waits for a sign-off, as the warning above the form says.
    if (payload?.__typename === "PublishVerdictSuccess") onPublished(c.consensus.contested ? "AWAITING_SIGN_OFF" : "PUBLISHED");
    else refusal.refused();
  };

  const blank = blankVerdictFields(draft);
  const stillMissing = (Object.keys(blank) as (keyof typeof blank)[]).filter((field) => missing[field] && blank[field]).length;
  // While fields are missing, the last answer's errors are stale: only what is missing is shown.
  const failure = stillMissing ? null : publish.failure;

  const preview: VerdictArticleProps = {
    state: "PREVIEW",
    label: draft.label,
    headline: draft.headline,
    summary: draft.summary,
    claim: claimForArticle(c),
    citedEvidence: evidence.filter((e) => draft.citedEvidence.includes(e.id)),
    corrections: [],
  };

  return (
    <div className="editor-split">
      <form className="form" onSubmit={onSubmit} aria-label="Publish verdict" noValidate>
        <h3 ref={heading} tabIndex={-1}>
          Publish a verdict
        </h3>
        {!publishable && (
          <p className="alert alert-info">
            A claim is published from In review or Needs editor; this one is {statusLabel[c.status].toLowerCase()}.
          </p>
        )}
        {c.consensus.contested && (
          <p className="alert alert-warning">Reviewers disagree sharply: the verdict will wait for a second editor&rsquo;s sign-off.</p>
        )}
        <div ref={refusal.said} tabIndex={-1}>
          {stillMissing ? (
            <div className="alert alert-error" role="alert">
              <strong>
                {stillMissing === 1
                  ? "Nothing was published: one field needs filling in (see below)."
                  : `Nothing was published: ${stillMissing} fields need filling in (see below).`}
              </strong>
            </div>
          ) : (
            <>
              <FormErrors
                failure={publish.failure}
                error={publish.error}
                fields={["label", "headline", "summary", "citedEvidence", "claim"]}
                onRefresh={refusal.refreshing(publish.refresh)}
              />
              {publish.issues("claim").map((i) => (
                <p key={i.message} className="field-issue">
                  {asSentence(i.message)}
                </p>
              ))}
            </>
          )}
        </div>
        <VerdictFields draft={draft} onChange={setDraft} evidence={evidence} failure={failure} missing={missing} />
        <SubmitButton label="Publish verdict" busyLabel="Publishing…" busy={publish.fetching} />
      </form>
      <section className="preview" aria-label="Preview of the public verdict">
        <VerdictArticle {...preview} />
      </section>
    </div>
  );
}
