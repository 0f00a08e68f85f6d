import { useId } from "react";
import type { FieldIssue } from "./form-errors";
import { FieldIssues } from "./field";

interface CheckboxChoice<V extends string> {
  value: V;
  /** The choice as partners' documentation writes it ("verdicts:read", "verdict.published"). */
  name: string;
  explanation: string;
}

interface CheckboxGroupProps<V extends string> {
  legend: string;
  hint?: string;
  /** In the order they are listed, which is also the order `onChange` gives the chosen ones in. */
  choices: readonly CheckboxChoice<V>[];
  chosen: readonly V[];
  onChange: (chosen: V[]) => void;
  issues: FieldIssue[];
}

/** Several choices that can be ticked together (a key's scopes, an endpoint's events), each with what it means. */
export function CheckboxGroup<V extends string>({ legend, hint, choices, chosen, onChange, issues }: CheckboxGroupProps<V>) {
  const id = useId();
  const toggle = (value: V, on: boolean) => onChange(choices.map((c) => c.value).filter((v) => (v === value ? on : chosen.includes(v))));
  return (
    <fieldset
      className={`field scope-options${issues.length ? " field-invalid" : ""}`}
      aria-describedby={issues.length ? `${id}-issues` : undefined}
    >
      <legend>{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {choices.map((choice) => (
        <div key={choice.value} className="scope-option">
          <input
            id={`${id}-${choice.value}`}
            type="checkbox"
            checked={chosen.includes(choice.value)}
            onChange={(e) => toggle(choice.value, e.target.checked)}
            aria-describedby={`${id}-${choice.value}-hint`}
          />
          <div>
            <label htmlFor={`${id}-${choice.value}`}>
              <code className="scope">{choice.name}</code>
            </label>
            <p className="field-hint" id={`${id}-${choice.value}-hint`}>
              {choice.explanation}
            </p>
          </div>
        </div>
      ))}
      {issues.length > 0 && <FieldIssues id={`${id}-issues`} issues={issues} />}
    </fieldset>
  );
}
