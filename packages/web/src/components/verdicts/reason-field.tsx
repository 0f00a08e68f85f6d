import { Field } from "../forms/field";
import type { FieldIssue } from "../forms/form-errors";

interface ReasonFieldProps {
  label: string;
  value: string;
  onChange: (reason: string) => void;
  issues: FieldIssue[];
}

/** Why a published verdict is corrected or retracted: readers see it next to the verdict. */
export function ReasonField({ label, value, onChange, issues }: ReasonFieldProps) {
  return (
    <Field label={label} issues={issues} hint="Shown to readers">
      {(control) => <textarea {...control} rows={2} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
