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

/**
 * A form's submit button: saying so while its request runs, and doing nothing if pressed again. It stays focusable
 * meanwhile (aria-disabled, not disabled): a disabled button loses focus, and a keyboard user would be thrown back to
 * the start of the page just as the answer arrives.
 */
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
    <button
      type={onClick ? "button" : "submit"}
      className={className}
      disabled={disabled}
      aria-disabled={busy || undefined}
      onClick={(e) => {
        // (Cancelling the click of a submit button cancels the submission, an Enter in a field's included.)
        if (busy) e.preventDefault();
        else onClick?.();
      }}
      autoFocus={autoFocus}
    >
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
