import { Field } from "./field";
import type { FieldIssue } from "./form-errors";

interface ReasonFieldProps {
  label: string;
  value: string;
  onChange: (reason: string) => void;
  issues: FieldIssue[];
  /** Who reads the reason ("Shown to readers"). */
  hint: string;
}

/** Why something is done, in words others read: a verdict's correction or retraction, a merge proposal or its refusal. */
export function ReasonField({ label, value, onChange, issues, hint }: ReasonFieldProps) {
  return (
    <Field label={label} issues={issues} hint={hint}>
      {(control) => <textarea {...control} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
