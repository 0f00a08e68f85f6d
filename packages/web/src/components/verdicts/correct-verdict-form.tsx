import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { FormErrors, FormErrors_ErrorFragment } from "../forms/form-errors";
import { FormActions } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import { useRefusalFocus } from "../forms/use-focus-after-render";
import { VerdictArticle, type ArticleCorrection, type VerdictArticleProps } from "./verdict-article";
import { VerdictFields, type VerdictDraft, type VerdictEvidence } from "./verdict-fields";
import { ReasonField } from "../forms/reason-field";
import { WordingFields, wordingDraftOf, wordingInput, wordingRecord, type EntityOption, type WordingDraft } from "./wording-fields";
import { VerdictChange_VerdictFragment } from "./verdict-change";

export const CorrectVerdictForm_ClaimFragment = graphql(`
    fragment CorrectVerdictForm_ClaimFragment on Claim {
      id
      claimant { id name }
      verdict {
        id
        version
        label
        headline
        summary
        citedEvidence { id }
        judgedClaim { text claimantName claimantRole claimDate claimDatePrecision }
      }
    }
  `);

const CorrectVerdictMutation = graphql(
  `
    mutation CorrectVerdict($input: CorrectVerdictInput!) {
      correctVerdict(input: $input) {
        __typename
        ... on CorrectVerdictSuccess {
          verdict {
            ...VerdictChange_VerdictFragment
            # A corrected wording moves the claim on the desk too.
            claim { id text claimantRole claimDate claimDatePrecision claimant { id name } }
          }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [VerdictChange_VerdictFragment, FormErrors_ErrorFragment],
);

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

interface CorrectVerdictFormProps {
  claim: FragmentOf<typeof CorrectVerdictForm_ClaimFragment>;
  /** The published verdict as readers see it now. */
  article: VerdictArticleProps;
  /** The claim's evidence, which the verdict may cite. */
  evidence: readonly VerdictEvidence[];
  /** People and organisations on the desk, for correcting who made the claim. */
  entities: readonly EntityOption[];
  refetch: () => void;
  /** The correction was published. */
  onDone: () => void;
  /** The editor changed their mind: nothing was sent. */
  onCancel: () => void;
}

/** Corrects a published verdict (and the wording it judged), with the reason readers will see. */
export function CorrectVerdictForm({ claim, article: current, evidence, entities, refetch, onDone, onCancel }: CorrectVerdictFormProps) {
  const c = readFragment(CorrectVerdictForm_ClaimFragment, claim);
  // The form replaces the button that opened it: focus starts at its heading, not at the top of the page.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const verdict = c.verdict!;
  const original: VerdictDraft = {
    label: verdict.label,
    headline: verdict.headline,
    summary: verdict.summary,
    citedEvidence: verdict.citedEvidence.map((e) => e.id),
  };
  const judgedName = verdict.judgedClaim.claimantName;
  const originalWording = wordingDraftOf(verdict.judgedClaim, entities, c.claimant);
  const [draft, setDraft] = useState(original);
  const [wording, setWording] = useState<WordingDraft>(originalWording);
  const [reason, setReason] = useState("");
  const correct = useResultMutation(CorrectVerdictMutation, "correctVerdict", refetch);
  // A refusal is said at the top of the form, far from the button that was pressed: focus goes to what it says (a
  // screen reader heard the alert, but a keyboard user was left at the bottom of a long form).
  const refusal = useRefusalFocus(heading);

  const wordingChanges = wordingInput(originalWording, wording);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const payload = await correct.run({
      input: {
        id: verdict.id,
        expectedVersion: verdict.version,
        reason,
        ...(draft.label && draft.label !== original.label ? { label: draft.label } : {}),
        ...(draft.headline !== original.headline ? { headline: draft.headline } : {}),
        ...(draft.summary !== original.summary ? { summary: draft.summary } : {}),
        ...(!sameSet(draft.citedEvidence, original.citedEvidence) ? { citedEvidence: draft.citedEvidence } : {}),
        ...wordingChanges,
      },
    });
    if (payload?.__typename === "CorrectVerdictSuccess") onDone();
    else refusal.refused();
  };

  // The live preview: the corrected verdict as readers will see it, with this correction listed under it.
  const beforeWording = wordingRecord(originalWording, entities, judgedName);
  const afterWording = wordingRecord(wording, entities, judgedName);
  const before: Record<string, unknown> = { ...original, ...beforeWording };
  const after: Record<string, unknown> = { ...draft, ...afterWording };
  const changedFields = [
    ...(["label", "headline", "summary"] as const).filter((f) => draft[f] !== original[f]),
    ...(!sameSet(draft.citedEvidence, original.citedEvidence) ? ["citedEvidenceIds"] : []),
    ...(Object.keys(afterWording) as (keyof typeof afterWording)[]).filter((f) => afterWording[f] !== beforeWording[f]),
  ];
  before.citedEvidenceIds = original.citedEvidence;
  after.citedEvidenceIds = draft.citedEvidence;
  const pending: ArticleCorrection = {
    id: "pending",
    reason: reason || "(reason)",
    changedFields,
    before,
    after,
    createdAt: new Date().toISOString(),
    correctedBy: "you",
  };
  const preview: VerdictArticleProps = {
    ...current,
    label: draft.label,
    headline: draft.headline,
    summary: draft.summary,
    claim: {
      ...current.claim,
      text: afterWording.claimText,
      claimant: afterWording.claimant,
      claimantRole: afterWording.claimantRole,
      claimDate: afterWording.claimDate,
      claimDatePrecision: afterWording.claimDatePrecision,
    },
    citedEvidence: evidence.filter((e) => draft.citedEvidence.includes(e.id)),
    corrections: changedFields.length ? [...current.corrections, pending] : current.corrections,
  };

  return (
    <div className="editor-split">
      <form className="form" onSubmit={onSubmit} aria-label="Correct verdict" noValidate>
        <h3 ref={heading} tabIndex={-1}>
          Correct the verdict
        </h3>
        <p className="muted">Corrections are shown to readers with the reason, below the verdict.</p>
        {(correct.failure || correct.error) && (
          <div ref={refusal.said} tabIndex={-1}>
            <FormErrors
              failure={correct.failure}
              error={correct.error}
              fields={[
                "label",
                "headline",
                "summary",
                "citedEvidence",
                "reason",
                "claimText",
                "claimant",
                "claimantRole",
                "claimDate",
                "claimDatePrecision",
              ]}
              onRefresh={refusal.refreshing(correct.refresh)}
            />
          </div>
        )}
        <VerdictFields draft={draft} onChange={setDraft} evidence={evidence} failure={correct.failure} />
        <WordingFields
          draft={wording}
          onChange={setWording}
          entities={entities}
          judgedClaimantName={judgedName}
          failure={correct.failure}
        />
        <ReasonField
          hint="Shown to readers"
          label="Reason for the correction"
          value={reason}
          onChange={setReason}
          issues={correct.issues("reason")}
        />
        <FormActions label="Publish correction" busyLabel="Saving…" busy={correct.fetching} onCancel={onCancel} />
      </form>
      <section className="preview" aria-label="Preview of the corrected verdict">
        <VerdictArticle {...preview} state="PREVIEW" />
      </section>
    </div>
  );
}
