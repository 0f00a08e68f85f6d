import { useEffect, useId, useRef } from "react";

/** A signing secret the server has just returned: shown once. */
export interface RevealedWebhookSecret {
  secret: string;
  name: string;
  url: string;
}

/** The one time an admin sees an endpoint's signing secret: focused when it appears, so screen readers announce it. */
export function WebhookSecret({ revealed, onDone }: { revealed: RevealedWebhookSecret; onDone: () => void }) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new secret moves focus to it
  useEffect(() => heading.current?.focus(), [revealed.secret]);
  return (
    <section className="secret-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        Copy this signing secret now: it will not be shown again
      </h2>
      <p>
        Deliveries to <strong>{revealed.name}</strong> (<code>{revealed.url}</code>) are signed with it. Give it to the partner over a
        secure channel; they check the FactDesk-Signature header of every delivery with it. If it is lost, rotate it.
      </p>
      <div className="field">
        <label htmlFor={`${id}-secret`}>Signing secret</label>
        <input
          id={`${id}-secret`}
          className="secret-input"
          type="text"
          readOnly
          value={revealed.secret}
          spellCheck={false}
          autoComplete="off"
          onFocus={(e) => e.currentTarget.select()}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button" onClick={onDone}>
          I have copied the secret
        </button>
      </div>
    </section>
  );
}
