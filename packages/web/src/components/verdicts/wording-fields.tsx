import { Field } from "../forms/field";
import { issuesFor, type MutationFailure } from "../forms/form-errors";
import { toDateInput } from "../../lib/format";
import type { Enum } from "../../lib/enums";
import { NodeOptions } from "../forms/options";
import { ClaimDateFields, claimDateInput } from "../claims/claim-fields";

// The judged wording in the "Correct verdict" form: the only way to change what a published verdict judged.

/** The claimant as judged, when no entity on the desk carries that name (kept unless the editor picks another). */
export const KEEP_CLAIMANT = "keep";

export interface WordingDraft {
  claimText: string;
  /** An entity id, "" (not attributed) or KEEP_CLAIMANT. */
  claimant: string;
  claimantRole: string;
  /** yyyy-mm-dd, or "" for no date. */
  claimDate: string;
  claimDatePrecision: Enum<"DatePrecision"> | "";
}

export interface JudgedWording {
  text: string;
  claimantName?: string | null;
  claimantRole?: string | null;
  claimDate?: string | null;
  claimDatePrecision?: string | null;
}

export interface EntityOption {
  id: string;
  name: string;
  title?: string | null;
}

/** The form's starting values: the wording as judged, the claimant matched to the desk's entity of that name. */
export function wordingDraftOf(
  judged: JudgedWording,
  entities: readonly EntityOption[],
  liveClaimant?: { id: string; name: string } | null,
): WordingDraft {
  const name = judged.claimantName ?? null;
  const match = name ? (liveClaimant?.name === name ? liveClaimant : entities.find((e) => e.name === name)) : null;
  return {
    claimText: judged.text,
    claimant: name ? (match?.id ?? KEEP_CLAIMANT) : "",
    claimantRole: judged.claimantRole ?? "",
    claimDate: toDateInput(judged.claimDate),
    claimDatePrecision: (judged.claimDatePrecision as Enum<"DatePrecision"> | null) ?? (judged.claimDate ? "DAY" : ""),
  };
}

type CorrectionWordingInput = {
  claimText?: string;
  claimant?: string | null;
  claimantRole?: string | null;
  claimDate?: string | null;
  claimDatePrecision?: Enum<"DatePrecision"> | null;
};

/** Only what the editor changed, in the shape `correctVerdict` takes. */
export function wordingInput(original: WordingDraft, draft: WordingDraft): CorrectionWordingInput {
  const input: CorrectionWordingInput = {};
  if (draft.claimText.trim() !== original.claimText.trim()) input.claimText = draft.claimText.trim();
  if (draft.claimant !== original.claimant && draft.claimant !== KEEP_CLAIMANT) input.claimant = draft.claimant || null;
  if (draft.claimantRole.trim() !== original.claimantRole.trim()) input.claimantRole = draft.claimantRole.trim() || null;
  if (draft.claimDate !== original.claimDate || draft.claimDatePrecision !== original.claimDatePrecision) {
    Object.assign(input, claimDateInput(draft));
  }
  return input;
}

/** The wording as the server records it in a correction's before/after (claimant by name, date as ISO). */
export function wordingRecord(draft: WordingDraft, entities: readonly EntityOption[], judgedName: string | null | undefined) {
  const claimant =
    draft.claimant === KEEP_CLAIMANT
      ? (judgedName ?? null)
      : draft.claimant
        ? (entities.find((e) => e.id === draft.claimant)?.name ?? null)
        : null;
  return {
    claimText: draft.claimText.trim(),
    claimant,
    claimantRole: draft.claimantRole.trim() || null,
    ...claimDateInput(draft),
  };
}

interface WordingFieldsProps {
  draft: WordingDraft;
  onChange: (draft: WordingDraft) => void;
  entities: readonly EntityOption[];
  judgedClaimantName?: string | null;
  failure: MutationFailure | null;
}

export function WordingFields({ draft, onChange, entities, judgedClaimantName, failure }: WordingFieldsProps) {
  const set = (key: keyof WordingDraft) => (e: { target: { value: string } }) => onChange({ ...draft, [key]: e.target.value });
  return (
    <fieldset className="subfieldset wording-fields">
      <legend>The claim as judged</legend>
      <p className="field-hint">Change these only to correct the wording the verdict judged; readers see the old and new wording.</p>
      <Field label="Claim text" issues={issuesFor(failure, "claimText")}>
        {(control) => <textarea {...control} rows={3} value={draft.claimText} onChange={set("claimText")} />}
      </Field>
      <div className="field-grid">
        <Field label="Claimant" issues={issuesFor(failure, "claimant")} hint="Optional">
          {(control) => (
            <select {...control} value={draft.claimant} onChange={set("claimant")}>
              <option value="">Not attributed</option>
              {draft.claimant === KEEP_CLAIMANT || (judgedClaimantName && !entities.some((e) => e.name === judgedClaimantName)) ? (
                <option value={KEEP_CLAIMANT}>{judgedClaimantName ?? "As judged"}</option>
              ) : null}
              <NodeOptions nodes={entities} label={(e) => e.name} />
            </select>
          )}
        </Field>
        <Field label="Claimant's role" issues={issuesFor(failure, "claimantRole")} hint="As reported at the time">
          {(control) => <input {...control} value={draft.claimantRole} onChange={set("claimantRole")} />}
        </Field>
        <ClaimDateFields
          value={draft}
          onChange={(value) => onChange({ ...draft, ...value })}
          issues={(field) => issuesFor(failure, field)}
        />
      </div>
    </fieldset>
  );
}
