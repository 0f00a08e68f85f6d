import { useState, type FormEvent } from "react";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { Field } from "../forms/field";
import { FormActions } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import { asSentence } from "../../lib/errors";
import { humanize, ratingLabelText } from "../../lib/format";
import type { Enum } from "../../lib/enums";
import type { Viewer } from "../../lib/viewer";
import { EnumOptions } from "../forms/options";
import { StatusChange_ClaimFragment } from "../claims/status-change";
import { useDraft } from "../../lib/use-draft";

export const RateClaimForm_ClaimFragment = graphql(`
  fragment RateClaimForm_ClaimFragment on Claim {
    id
    evidence(first: 100) {
      edges { node { id stance excerpt } }
    }
    ratings(first: 100) {
      edges {
        node {
          id
          label
          confidence
          rationale
          ratesEarlierWording
          reviewer { id }
          citedEvidence { id }
        }
      }
    }
  }
`);

const RateClaimMutation = graphql(
  `
    mutation RateClaim($input: RateClaimInput!) {
      rateClaim(input: $input) {
        __typename
        ... on RateClaimSuccess {
          rating {
            id
            label
            claim { ...StatusChange_ClaimFragment }
          }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [StatusChange_ClaimFragment, FormErrors_ErrorFragment],
);

/** Your rating of the claim; rating again replaces your previous rating (which is kept as history). */
export function RateClaimForm({ claim, viewer }: { claim: FragmentOf<typeof RateClaimForm_ClaimFragment>; viewer: Viewer }) {
  const c = readFragment(RateClaimForm_ClaimFragment, claim);
  const mine = c.ratings.edges.find((e) => e.node.reviewer.id === viewer.id)?.node;
  const [label, setLabel] = useState<Enum<"RatingLabel"> | "">(mine?.label ?? "");
  const [confidence, setConfidence] = useState(String(mine?.confidence ?? 70));
  // The reasoning being written survives a reload of the tab.
  const [rationale, setRationale] = useDraft(`draft:rationale:${viewer.id}:${c.id}`, mine?.rationale ?? "");
  const [cited, setCited] = useState<string[]>(mine?.citedEvidence.map((e) => e.id) ?? []);
  const [labelMissing, setLabelMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const rate = useResultMutation(RateClaimMutation, "rateClaim");

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setLabelMissing(!label);
    if (!label) return;
    const payload = await rate.run({
      input: { claim: c.id, label, confidence: Number(confidence), rationale, citedEvidence: cited },
    });
    if (payload?.__typename === "RateClaimSuccess") setSaved(true);
  };

  const toggle = (id: string, on: boolean) => setCited((list) => (on ? [...list, id] : list.filter((x) => x !== id)));

  return (
    <form id="rate-claim" className="form" onSubmit={onSubmit} aria-label="Rate this claim" noValidate>
      {mine &&
        (mine.ratesEarlierWording ? (
          <p className="muted">
            You rated an earlier wording {humanize(mine.label)}; it is not counted until you confirm it above or rate again here.
          </p>
        ) : (
          <p className="muted">You rated this {humanize(mine.label)}; a new rating replaces it.</p>
        ))}
      <FormErrors failure={rate.failure} error={rate.error} fields={["label", "confidence", "rationale", "citedEvidence"]} />
      <div className="field-grid">
        <Field
          label="Label"
          issues={[...(labelMissing ? [{ path: ["input", "label"], message: "Choose a label." }] : []), ...rate.issues("label")]}
        >
          {(control) => (
            <select
              {...control}
              value={label}
              onChange={(e) => {
                setLabel(e.target.value as Enum<"RatingLabel">);
                setLabelMissing(false);
              }}
            >
              <option value="">Choose…</option>
              <EnumOptions labels={ratingLabelText} />
            </select>
          )}
        </Field>
        <Field label="Confidence (%)" issues={rate.issues("confidence")}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              max={100}
              step={5}
              value={confidence}
              onChange={(e) => setConfidence(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label="Rationale" issues={rate.issues("rationale")}>
        {(control) => <textarea {...control} rows={3} value={rationale} onChange={(e) => setRationale(e.target.value)} />}
      </Field>
      <fieldset className={`field checkbox-group${rate.issues("citedEvidence").length ? " field-invalid" : ""}`}>
        <legend>Cited evidence</legend>
        {c.evidence.edges.length === 0 && <p className="muted">No evidence to cite yet.</p>}
        {c.evidence.edges.map(({ node }) => (
          <label key={node.id} className="checkbox">
            <input type="checkbox" checked={cited.includes(node.id)} onChange={(e) => toggle(node.id, e.target.checked)} />
            <span>
              <span className={`stance-tag stance-${node.stance.toLowerCase()}`}>{humanize(node.stance)}</span> {node.excerpt}
            </span>
          </label>
        ))}
        {rate.issues("citedEvidence").map((i) => (
          <p key={i.message} className="field-issue">
            {asSentence(i.message)}
          </p>
        ))}
      </fieldset>
      <FormActions label={mine ? "Update rating" : "Submit rating"} busyLabel="Saving…" busy={rate.fetching}>
        {saved && (
          <span className="saved" role="status">
            Rating saved.
          </span>
        )}
      </FormActions>
    </form>
  );
}
