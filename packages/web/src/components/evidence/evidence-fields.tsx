import type { ReactNode } from "react";
import type { Enum } from "../../lib/enums";
import { Field } from "../forms/field";
import type { FieldIssue } from "../forms/form-errors";
import { FieldIssues } from "../forms/field";
import { stances } from "./stances";

interface StanceFieldProps {
  /** Unique per form on the page: the radios' group name and the issue's id. */
  name: string;
  value: Enum<"Stance"> | "";
  onChange: (stance: Enum<"Stance">) => void;
  issues: FieldIssue[];
}

/** Supports, refutes or context: one radio each, the issue under the group. */
export function StanceField({ name, value, onChange, issues }: StanceFieldProps) {
  const issueId = `${name}-issue`;
  return (
    <fieldset
      className={`field radio-group${issues.length ? " field-invalid" : ""}`}
      aria-describedby={issues.length ? issueId : undefined}
    >
      <legend>Stance</legend>
      {stances.map((s) => (
        <label key={s.value} className="radio">
          <input type="radio" name={name} value={s.value} checked={value === s.value} onChange={() => onChange(s.value)} />
          {s.label}
        </label>
      ))}
      {issues.length > 0 && <FieldIssues id={issueId} issues={issues} />}
    </fieldset>
  );
}

interface WordsFieldsProps {
  excerpt: string;
  note: string;
  onExcerpt: (excerpt: string) => void;
  onNote: (note: string) => void;
  excerptIssues: FieldIssue[];
  noteIssues: FieldIssue[];
  /** Between the excerpt and the note (the stance). */
  children?: ReactNode;
}

/** The words from the source and the reviewer's note on them, as adding and editing evidence both ask for them. */
export function EvidenceWordsFields({ excerpt, note, onExcerpt, onNote, excerptIssues, noteIssues, children }: WordsFieldsProps) {
  return (
    <>
      <Field label="Excerpt" issues={excerptIssues} hint="The words from the source, verbatim">
        {(control) => <textarea {...control} rows={3} required value={excerpt} onChange={(e) => onExcerpt(e.target.value)} />}
      </Field>
      {children}
      <Field label="Note" issues={noteIssues} hint="Optional: why it matters">
        {(control) => <textarea {...control} rows={2} value={note} onChange={(e) => onNote(e.target.value)} />}
      </Field>
    </>
  );
}
