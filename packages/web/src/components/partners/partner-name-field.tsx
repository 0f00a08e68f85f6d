import { Field } from "../forms/field";
import type { FieldIssue } from "../forms/form-errors";

interface PartnerNameFieldProps {
  /** Whose key or endpoint it is, with an example. */
  hint: string;
  issues: FieldIssue[];
  value: string;
  onChange: (name: string) => void;
}

/** The first field of a new API key or webhook endpoint: the partner's name, as admins will find it in the list. */
export function PartnerNameField({ hint, issues, value, onChange }: PartnerNameFieldProps) {
  return (
    <Field label="Name" issues={issues} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="text"
          required
          maxLength={200}
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          autoFocus
        />
      )}
    </Field>
  );
}
