import { useState, type FormEvent } from "react";
import { graphql } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { Field } from "../forms/field";
import { FormActions } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import { EvidenceWordsFields, StanceField } from "./evidence-fields";
import { StatusChange_ClaimFragment } from "../claims/status-change";
import type { Enum } from "../../lib/enums";

const AddEvidenceMutation = graphql(
  `
    mutation AddEvidence($input: AddEvidenceInput!) {
      addEvidence(input: $input) {
        __typename
        ... on AddEvidenceSuccess {
          evidence {
            id
            claim { ...StatusChange_ClaimFragment }
          }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [StatusChange_ClaimFragment, FormErrors_ErrorFragment],
);

const urlMissing = { path: ["input", "source", "url"], message: "Enter the address of the source, starting with http:// or https://." };
const excerptMissing = { path: ["input", "excerpt"], message: "Paste the words from the source that bear on the claim." };
const stanceChoice = { path: ["input", "stance"], message: "Choose whether the evidence supports, refutes or gives context." };
const missingSummary = (n: number) =>
  n === 1 ? "Nothing was saved: one field needs filling in (see below)." : `Nothing was saved: ${n} fields need filling in (see below).`;
const empty = { url: "", excerpt: "", stance: "" as Enum<"Stance"> | "", note: "" };

/** Adds a piece of evidence: the source URL, the words from it that matter, and how they bear on the claim. */
export function AddEvidenceForm({ claimId, onClose }: { claimId: string; onClose?: () => void }) {
  const [form, setForm] = useState(empty);
  const add = useResultMutation(AddEvidenceMutation, "addEvidence");
  const [saved, setSaved] = useState(false);
  const [stanceMissing, setStanceMissing] = useState(false);
  // Required fields are checked before sending, each with its own sentence under its own field.
  const [missing, setMissing] = useState<{ url: boolean; excerpt: boolean }>({ url: false, excerpt: false });
  const sent = !missing.url && !missing.excerpt && !stanceMissing;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const blank = { url: !form.url.trim(), excerpt: !form.excerpt.trim() };
    setMissing(blank);
    setStanceMissing(!form.stance);
    if (!form.stance || blank.url || blank.excerpt) return;
    const payload = await add.run({
      input: {
        claim: claimId,
        source: { url: form.url.trim() },
        excerpt: form.excerpt,
        stance: form.stance,
        note: form.note.trim() || null,
      },
    });
    if (payload?.__typename === "AddEvidenceSuccess") {
      setForm(empty);
      setSaved(true);
    }
  };

  return (
    <form className="form" onSubmit={onSubmit} aria-label="Add evidence" noValidate>
      {!sent ? (
        <div className="alert alert-error" role="alert">
          <strong>{missingSummary([missing.url, missing.excerpt, stanceMissing].filter(Boolean).length)}</strong>
        </div>
      ) : (
        <FormErrors failure={add.failure} error={add.error} fields={["source", "excerpt", "stance", "note"]} />
      )}
      <Field label="Source URL" issues={missing.url ? [urlMissing] : sent ? add.issues("source") : []}>
        {(control) => (
          <input
            {...control}
            type="url"
            inputMode="url"
            placeholder="https://"
            required
            value={form.url}
            onChange={(e) => {
              setForm({ ...form, url: e.target.value });
              setMissing((m) => ({ ...m, url: false }));
            }}
          />
        )}
      </Field>
      <EvidenceWordsFields
        excerpt={form.excerpt}
        note={form.note}
        onExcerpt={(excerpt) => {
          setForm({ ...form, excerpt });
          setMissing((m) => ({ ...m, excerpt: false }));
        }}
        onNote={(note) => setForm({ ...form, note })}
        excerptIssues={missing.excerpt ? [excerptMissing] : sent ? add.issues("excerpt") : []}
        noteIssues={add.issues("note")}
      >
        <StanceField
          name={`stance-${claimId}`}
          value={form.stance}
          onChange={(stance) => {
            setForm({ ...form, stance });
            setStanceMissing(false);
          }}
          issues={stanceMissing ? [stanceChoice] : sent ? add.issues("stance") : []}
        />
      </EvidenceWordsFields>
      <FormActions label="Add evidence" busyLabel="Adding…" busy={add.fetching} onCancel={onClose} cancelLabel="Close">
        {saved && (
          <span className="saved" role="status">
            Evidence added.
          </span>
        )}
      </FormActions>
    </form>
  );
}
