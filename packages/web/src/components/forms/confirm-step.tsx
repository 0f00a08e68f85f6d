import { useId, type ReactNode } from "react";
import { FormActions } from "./form-actions";

interface ConfirmStepProps {
  /** What is about to happen; it names the step unless `name` does. */
  question: ReactNode;
  name?: string;
  /** A step that destroys something has a danger button; a neutral one (rotating a key) a primary one. */
  tone?: "danger" | "neutral";
  /** Choices and errors, between the question and the buttons. */
  children?: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  /** This step's request runs. */
  busy: boolean;
  /** Another request runs that this one must wait for. */
  disabled?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** Focus the confirm button when the step opens (when nothing in `children` takes focus). */
  autoFocus?: boolean;
}

/** The second click an irreversible action asks for: the question, then confirm and cancel. */
export function ConfirmStep({
  question,
  name,
  tone = "danger",
  children,
  confirmLabel,
  busyLabel,
  busy,
  disabled,
  onConfirm,
  onCancel,
  autoFocus,
}: ConfirmStepProps) {
  const questionId = useId();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a confirmation strip (message and buttons), not a set of form fields for <fieldset>
    <div
      className={tone === "neutral" ? "confirm confirm-neutral" : "confirm"}
      role="group"
      aria-label={name}
      aria-labelledby={name ? undefined : questionId}
    >
      <p id={name ? undefined : questionId}>{question}</p>
      {children}
      <FormActions
        label={confirmLabel}
        busyLabel={busyLabel}
        busy={busy}
        disabled={disabled}
        className={tone === "neutral" ? "button button-primary" : "button button-danger"}
        onClick={onConfirm}
        autoFocus={autoFocus}
        onCancel={onCancel}
      />
    </div>
  );
}
