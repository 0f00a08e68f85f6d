import { useEffect, useId, useRef, type ReactNode, type Ref } from "react";

interface SecretPanelProps {
  /** Says the secret is shown once; focused whenever a new secret appears, so screen readers announce it. */
  heading: string;
  secret: string;
  /** What the secret is for and how to hand it over, with the secret itself (a SecretInput). */
  children: ReactNode;
  doneLabel: string;
  onDone: () => void;
}

/**
 * The one time an admin sees a secret FactDesk will not show again (an API key, a webhook's signing secret): a
 * region named by its heading, the secret, and a button to confirm it was copied.
 */
export function SecretPanel({ heading, secret, children, doneLabel, onDone }: SecretPanelProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new secret moves focus to it
  useEffect(() => headingRef.current?.focus(), [secret]);
  return (
    <section className="secret-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {heading}
      </h2>
      {children}
      <div className="button-row">
        <button type="button" className="button" onClick={onDone}>
          {doneLabel}
        </button>
      </div>
    </section>
  );
}

/** The secret, read-only and selected as soon as it is focused, so it can be copied by keyboard. */
export function SecretInput({ id, secret, ref }: { id: string; secret: string; ref?: Ref<HTMLInputElement> }) {
  return (
    <input
      id={id}
      ref={ref}
      className="secret-input"
      type="text"
      readOnly
      value={secret}
      spellCheck={false}
      autoComplete="off"
      autoCapitalize="off"
      onFocus={(e) => e.currentTarget.select()}
    />
  );
}
