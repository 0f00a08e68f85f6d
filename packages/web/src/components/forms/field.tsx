import { useId, type ReactNode } from "react";
import type { FieldIssue } from "./form-errors";
import { asSentence } from "../../lib/errors";

/** What ties a control to its Field: spread onto the input, select or textarea (`<input {...control} />`). */
export interface FieldControl {
  id: string;
  /** The hint and the issues, after any ids the form adds (`describedBy`). */
  "aria-describedby": string | undefined;
  "aria-invalid": true | undefined;
}

interface FieldProps {
  label: string;
  issues?: FieldIssue[];
  hint?: string;
  /** Ids of what else describes the control, read before its hint and issues (a note above the form). */
  describedBy?: string;
  children: (control: FieldControl) => ReactNode;
  className?: string;
}

/** A labelled form control with its hint and the server's validation issues right under it. */
export function Field({ label, issues = [], hint, describedBy, children, className }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const issueId = issues.length ? `${id}-issues` : undefined;
  const control: FieldControl = {
    id,
    "aria-describedby": [describedBy, hintId, issueId].filter(Boolean).join(" ") || undefined,
    "aria-invalid": issues.length > 0 || undefined,
  };
  return (
    <div className={`field${issues.length ? " field-invalid" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children(control)}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {issueId && <FieldIssues id={issueId} issues={issues} />}
    </div>
  );
}

/** The server's issues with a field (or a group of controls), each its own sentence on its own line. */
export function FieldIssues({ id, issues }: { id: string; issues: FieldIssue[] }) {
  return (
    <p className="field-issue" id={id}>
      {[...new Set(issues.map((i) => asSentence(i.message)))].map((message) => (
        <span key={message} className="field-issue-line">
          {message}
        </span>
      ))}
    </p>
  );
}
