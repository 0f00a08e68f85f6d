import { useEffect, useId, useRef, useState } from "react";
import { SecretInput, SecretPanel } from "../partners/secret-panel";

/** A secret the server has just returned: shown once, then only its prefix is ever seen again. */
export interface RevealedSecret {
  secret: string;
  name: string;
  prefix: string;
  /** After a rotation: the key it replaces and how long that one keeps working (minutes; 0: it stopped). */
  replaces?: { prefix: string; graceMinutes: number };
}

type CopyState = "idle" | "copied" | "selected";

/** How a partner's engineer tries the key: it names itself, so they see at once that it works. */
export const curlExample = (secret: string, origin: string) =>
  [
    `curl -H "Authorization: Bearer ${secret}" \\`,
    `  -H "content-type: application/json" \\`,
    `  -d '{"query":"{ currentApiKey { name scopes } }"}' \\`,
    `  ${origin}/graphql`,
  ].join("\n");

export const graceLabel = (minutes: number) =>
  minutes === 0
    ? "now"
    : minutes < 24 * 60
      ? `${minutes / 60} hour${minutes === 60 ? "" : "s"}`
      : `${minutes / (24 * 60)} day${minutes === 24 * 60 ? "" : "s"}`;

/**
 * The one time an admin sees a key's secret (FactDesk keeps only its hash): prominent, focused when it appears so
 * screen readers announce it, with a copy button and a request to try it with.
 */
export function ApiKeySecret({ revealed, onDone }: { revealed: RevealedSecret; onDone: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyState>("idle");

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new secret has not been copied yet
  useEffect(() => setCopy("idle"), [revealed.secret]);

  const select = () => {
    input.current?.focus();
    input.current?.select();
  };

  const onCopy = async () => {
    try {
      // Only secure contexts (https, localhost) have a clipboard, and the browser may still refuse.
      if (!navigator.clipboard) throw new Error("No clipboard");
      await navigator.clipboard.writeText(revealed.secret);
      setCopy("copied");
    } catch {
      select();
      setCopy("selected");
    }
  };

  const { replaces } = revealed;
  return (
    <SecretPanel
      heading="Copy this key now: it will not be shown again"
      secret={revealed.secret}
      doneLabel="I have copied the key"
      onDone={onDone}
    >
      <p>
        {replaces ? (
          <>
            The new key for <strong>{revealed.name}</strong> (<code className="key-prefix">{revealed.prefix}</code>) replaces{" "}
            <code className="key-prefix">{replaces.prefix}</code>
            {replaces.graceMinutes === 0
              ? ", which stopped working just now."
              : `, which keeps working for ${graceLabel(replaces.graceMinutes)}.`}
          </>
        ) : (
          <>
            The key for <strong>{revealed.name}</strong> (<code className="key-prefix">{revealed.prefix}</code>) is ready.
          </>
        )}{" "}
        Give it to the partner over a secure channel. FactDesk keeps only a fingerprint of it, so nobody can show it again; if it is lost,
        rotate the key.
      </p>
      <div className="field">
        <label htmlFor={`${id}-secret`}>New API key secret</label>
        <div className="secret-row">
          <SecretInput id={`${id}-secret`} ref={input} secret={revealed.secret} />
          <button type="button" className="button button-primary" onClick={() => void onCopy()}>
            Copy
          </button>
        </div>
        <p className="field-hint" role="status">
          {copy === "copied"
            ? "Copied to the clipboard."
            : copy === "selected"
              ? "The browser would not copy it: the key is selected, press Ctrl+C (⌘C on a Mac)."
              : "Partners send it as Authorization: Bearer <key>."}
        </p>
      </div>
      <h3>Try it</h3>
      <pre className="curl-example">
        <code>{curlExample(revealed.secret, window.location.origin)}</code>
      </pre>
    </SecretPanel>
  );
}
