import type { ReactNode } from "react";

interface SubmitButtonProps {
  /** What the button says, and what it says while the request runs ("Saving…"). */
  label: string;
  busyLabel: string;
  busy: boolean;
  disabled?: boolean;
  className?: string;
  /** Outside a form (a confirm step): what the button does, as a plain button instead of a submit. */
  onClick?: () => void;
  autoFocus?: boolean;
}

/** A form's submit button: disabled and saying so while its request runs. */
export function SubmitButton({
  label,
  busyLabel,
  busy,
  disabled = false,
  className = "button button-primary",
  onClick,
  autoFocus,
}: SubmitButtonProps) {
  return (
    <button type={onClick ? "button" : "submit"} className={className} disabled={busy || disabled} onClick={onClick} autoFocus={autoFocus}>
      {busy ? busyLabel : label}
    </button>
  );
}

interface FormActionsProps extends SubmitButtonProps {
  /** Offers a way out of the form (Cancel, or `cancelLabel`). */
  onCancel?: () => void;
  cancelLabel?: string;
  /** Shown after the buttons: a saved notice or a hint. */
  children?: ReactNode;
}

/** The row under a form: submit, then cancel, then what the person should know about them. */
export function FormActions({ onCancel, cancelLabel = "Cancel", children, ...submit }: FormActionsProps) {
  return (
    <div className="button-row">
      <SubmitButton {...submit} />
      {onCancel && (
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
      {children}
    </div>
  );
}
