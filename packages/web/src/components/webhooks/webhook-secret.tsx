import { useId } from "react";
import { SecretInput, SecretPanel } from "../partners/secret-panel";

/** A signing secret the server has just returned: shown once. */
export interface RevealedWebhookSecret {
  secret: string;
  name: string;
  url: string;
}

/** The one time an admin sees an endpoint's signing secret. */
export function WebhookSecret({ revealed, onDone }: { revealed: RevealedWebhookSecret; onDone: () => void }) {
  const id = useId();
  return (
    <SecretPanel
      heading="Copy this signing secret now: it will not be shown again"
      secret={revealed.secret}
      doneLabel="I have copied the secret"
      onDone={onDone}
    >
      <p>
        Deliveries to <strong>{revealed.name}</strong> (<code>{revealed.url}</code>) are signed with it. Give it to the partner over a
        secure channel; they check the FactDesk-Signature header of every delivery with it. If it is lost, rotate it.
      </p>
      <div className="field">
        <label htmlFor={`${id}-secret`}>Signing secret</label>
        <SecretInput id={`${id}-secret`} secret={revealed.secret} />
      </div>
    </SecretPanel>
  );
}
