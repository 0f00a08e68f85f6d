import { useId, type ReactNode } from "react";
import type { FieldIssue } from "./form-errors";
import { asSentence } from "../../lib/errors";

interface FieldProps {
  label: string;
  issues?: FieldIssue[];
  hint?: string;
  /** Receives the control's id and the ids describing it (hint, issues). */
  children: (id: string, describedBy: string | undefined, invalid: boolean) => ReactNode;
  className?: string;
}

/** A labelled form control with its hint and the server's validation issues right under it. */
export function Field({ label, issues = [], hint, children, className }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const issueId = issues.length ? `${id}-issues` : undefined;
  const describedBy = [hintId, issueId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${issues.length ? " field-invalid" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children(id, describedBy, issues.length > 0)}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {issueId && (
        <p className="field-issue" id={issueId}>
          {/* Each issue is its own sentence on its own line, never run together. */}
          {[...new Set(issues.map((i) => asSentence(i.message)))].map((message) => (
            <span key={message} className="field-issue-line">
              {message}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
