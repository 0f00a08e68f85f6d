import { useId } from "react";
import { graphql, type ResultOf } from "../../gql/graphql";
import { Field, FieldIssues } from "../forms/field";
import { issuesFor, type MutationFailure } from "../forms/form-errors";
import { humanize, ratingLabelText } from "../../lib/format";
import type { Enum } from "../../lib/enums";
import { EnumOptions } from "../forms/options";

/** The evidence a verdict can cite, as the form lists it and the preview quotes it (unmasked: read directly). */
export const VerdictFields_ClaimFragment = graphql(`
  fragment VerdictFields_ClaimFragment on Claim @_unmask {
    evidence(first: 100) {
      edges {
        node {
          id
          stance
          excerpt
          note
          source { id url title publisher }
        }
      }
    }
  }
`);

export interface VerdictDraft {
  label: Enum<"RatingLabel"> | "";
  headline: string;
  summary: string;
  citedEvidence: string[];
}

/** A piece of evidence a verdict can cite (from VerdictFields_ClaimFragment). */
export type VerdictEvidence = ResultOf<typeof VerdictFields_ClaimFragment>["evidence"]["edges"][number]["node"];

/** The fields a verdict needs, which a form checks are filled before sending. */
export type VerdictMissing = Partial<Record<"label" | "headline" | "summary" | "citedEvidence", boolean>>;

/** Which of a draft's required fields are blank. */
export const blankVerdictFields = (draft: VerdictDraft) => ({
  label: !draft.label,
  headline: !draft.headline.trim(),
  summary: !draft.summary.trim(),
  citedEvidence: draft.citedEvidence.length === 0,
});

/** Each blank field's sentence, under the field. */
const missingMessage = {
  label: "Choose a verdict.",
  headline: "Write the headline readers see.",
  summary: "Write the summary: the reasoning, for readers.",
  citedEvidence: "Cite at least one piece of evidence.",
};

export interface EvidenceOption {
  id: string;
  stance: string;
  excerpt: string;
  note?: string | null;
  source: { url: string; title?: string | null; publisher?: string | null };
}

interface VerdictFieldsProps {
  draft: VerdictDraft;
  onChange: (draft: VerdictDraft) => void;
  evidence: readonly EvidenceOption[];
  failure: MutationFailure | null;
  /** The fields the form was submitted without (checked before sending, each shown until it is filled). */
  missing?: VerdictMissing;
}

/** Label, headline, summary and cited evidence: shared by the publish and correct forms. */
export function VerdictFields({ draft, onChange, evidence, failure, missing = {} }: VerdictFieldsProps) {
  const cite = (id: string, on: boolean) =>
    onChange({ ...draft, citedEvidence: on ? [...draft.citedEvidence, id] : draft.citedEvidence.filter((x) => x !== id) });
  const blank = blankVerdictFields(draft);
  // A field's own sentence while it is still blank, then the server's issues with it.
  const issues = (field: keyof typeof missingMessage) => [
    ...(missing[field] && blank[field] ? [{ path: ["input", field], message: missingMessage[field] }] : []),
    ...issuesFor(failure, field),
  ];
  const citedIssues = issues("citedEvidence");
  const citedIssuesId = `${useId()}-cited-issues`;
  const citedInvalid = citedIssues.length > 0;
  return (
    <>
      <Field label="Verdict" issues={issues("label")}>
        {(control) => (
          <select
            {...control}
            value={draft.label}
            onChange={(e) => onChange({ ...draft, label: e.target.value as Enum<"RatingLabel"> | "" })}
          >
            <option value="">Choose…</option>
            <EnumOptions labels={ratingLabelText} />
          </select>
        )}
      </Field>
      <Field label="Headline" issues={issues("headline")} hint="One line for readers">
        {(control) => <input {...control} value={draft.headline} onChange={(e) => onChange({ ...draft, headline: e.target.value })} />}
      </Field>
      <Field label="Summary" issues={issues("summary")} hint="The reasoning, for readers; blank lines separate paragraphs">
        {(control) => (
          <textarea {...control} rows={5} value={draft.summary} onChange={(e) => onChange({ ...draft, summary: e.target.value })} />
        )}
      </Field>
      <fieldset
        className={`field checkbox-group${citedInvalid ? " field-invalid" : ""}`}
        aria-describedby={citedInvalid ? citedIssuesId : undefined}
      >
        <legend>Cited evidence</legend>
        {evidence.length === 0 && <p className="muted">The claim has no evidence yet; add some before publishing.</p>}
        {evidence.map((e) => (
          <label key={e.id} className="checkbox">
            <input
              type="checkbox"
              checked={draft.citedEvidence.includes(e.id)}
              onChange={(ev) => cite(e.id, ev.target.checked)}
              aria-invalid={citedInvalid || undefined}
              aria-describedby={citedInvalid ? citedIssuesId : undefined}
            />
            <span>
              <span className={`stance-tag stance-${e.stance.toLowerCase()}`}>{humanize(e.stance)}</span> {e.excerpt}
            </span>
          </label>
        ))}
        {citedInvalid && <FieldIssues id={citedIssuesId} issues={citedIssues} />}
      </fieldset>
    </>
  );
}
