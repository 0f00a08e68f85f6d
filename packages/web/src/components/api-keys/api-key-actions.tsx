import { useId, useRef, useState } from "react";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { FormErrors_ErrorFragment, failureOf, FormErrors, type MutationFailure } from "../forms/form-errors";
import { useResultMutation } from "../forms/use-result-mutation";
import { ConfirmStep } from "../forms/confirm-step";
import { useFocusAfterRender } from "../forms/use-focus-after-render";
import { formatDateTime } from "../../lib/format";
import type { RevealedSecret } from "./api-key-secret";

export const ApiKeyActions_ApiKeyFragment = graphql(`
  fragment ApiKeyActions_ApiKeyFragment on ApiKey {
    id
    name
    prefix
    version
    state
    expiresAt
    replacedBy { id }
  }
`);

const RotateApiKeyMutation = graphql(
  `
    mutation RotateApiKey($input: RotateApiKeyInput!) {
      rotateApiKey(input: $input) {
        __typename
        ... on RotateApiKeySuccess {
          secret
          apiKey { id name prefix }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

const RevokeApiKeyMutation = graphql(
  `
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
      revokeApiKey(input: $input) {
        __typename
        ... on RevokeApiKeySuccess { apiKey { id state revokedAt version } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

const HOUR = 60;
const DAY = 24 * HOUR;
const graceChoices = [
  { minutes: 0, label: "Stop the old key now" },
  { minutes: HOUR, label: "Keep it working for 1 hour" },
  { minutes: DAY, label: "Keep it working for 1 day" },
  { minutes: 7 * DAY, label: "Keep it working for 7 days" },
] as const;

/**
 * The key changed since the list was loaded: another admin rotated it (a new version), revoked it (the server
 * refuses to revoke twice) or it is gone. Nothing was saved; the list must be shown afresh.
 */
const isStale = (failure: MutationFailure | null) =>
  failure?.__typename === "ConflictError" ||
  failure?.__typename === "NotFoundError" ||
  (failure?.__typename === "ValidationError" && failure.code === "api_key/revoked");

interface ApiKeyActionsProps {
  apiKey: FragmentOf<typeof ApiKeyActions_ApiKeyFragment>;
  /** A rotation succeeded: the new key's secret, to be shown once. */
  onSecret: (revealed: RevealedSecret) => void;
  onRevoked: (name: string) => void;
  /** The key changed meanwhile; the page says so and loads the list again. */
  onStale: (name: string) => void;
}

/** Rotate and revoke, each behind a confirm step: both can cut a partner off. Only working keys have them. */
export function ApiKeyActions({ apiKey, onSecret, onRevoked, onStale }: ApiKeyActionsProps) {
  const key = readFragment(ApiKeyActions_ApiKeyFragment, apiKey);
  const id = useId();
  const [mode, setMode] = useState<"idle" | "rotate" | "revoke">("idle");
  const [grace, setGrace] = useState<number>(0);
  const rotate = useResultMutation(RotateApiKeyMutation, "rotateApiKey");
  const revoke = useResultMutation(RevokeApiKeyMutation, "revokeApiKey");
  const rotateButton = useRef<HTMLButtonElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();

  // Cancel puts focus back on the button that opened the step.
  const cancel = () => {
    const opener = mode === "rotate" ? rotateButton : revokeButton;
    setMode("idle");
    focusAfterRender(() => opener.current);
  };

  if (key.state !== "ACTIVE") return null;
  // A rotated key in its grace period is on its way out: it can be stopped early, not rotated again.
  const canRotate = !key.replacedBy;

  const onRotate = async () => {
    const payload = await rotate.run({ input: { id: key.id, expectedVersion: key.version, graceMinutes: grace } });
    if (payload?.__typename === "RotateApiKeySuccess") {
      setMode("idle");
      onSecret({
        secret: payload.secret,
        name: payload.apiKey.name,
        prefix: payload.apiKey.prefix,
        replaces: { prefix: key.prefix, graceMinutes: grace },
      });
    } else if (isStale(failureOf(payload))) {
      setMode("idle");
      onStale(key.name);
    }
  };

  const onRevoke = async () => {
    const payload = await revoke.run({ input: { id: key.id, expectedVersion: key.version } });
    if (payload?.__typename === "RevokeApiKeySuccess") {
      setMode("idle");
      onRevoked(key.name);
    } else if (isStale(failureOf(payload))) {
      setMode("idle");
      onStale(key.name);
    }
  };

  const graceEnd = grace === 0 ? null : new Date(Date.now() + grace * 60_000).toISOString();
  const endsEarlier = graceEnd && key.expiresAt && key.expiresAt < graceEnd;

  return (
    <div className="api-key-actions">
      {mode === "idle" && (
        <div className="button-row">
          {canRotate && (
            <button type="button" ref={rotateButton} className="button" onClick={() => setMode("rotate")}>
              Rotate<span className="visually-hidden"> {key.name}</span>
            </button>
          )}
          <button type="button" ref={revokeButton} className="button button-quiet" onClick={() => setMode("revoke")}>
            Revoke<span className="visually-hidden"> {key.name}</span>
          </button>
        </div>
      )}
      {mode === "rotate" && (
        <ConfirmStep
          question={
            <>
              <strong>Rotate {key.name}?</strong> A new secret replaces this key, with the same scopes, rate limit and expiry.
            </>
          }
          tone="neutral"
          confirmLabel="Rotate key"
          busyLabel="Rotating…"
          busy={rotate.fetching}
          disabled={revoke.fetching}
          onConfirm={() => void onRotate()}
          onCancel={cancel}
        >
          <fieldset className="field radio-group">
            <legend>When should the old key stop working?</legend>
            {graceChoices.map((choice) => (
              <label key={choice.minutes} className="radio">
                <input
                  type="radio"
                  name={`${id}-grace`}
                  value={choice.minutes}
                  checked={grace === choice.minutes}
                  onChange={() => setGrace(choice.minutes)}
                  autoFocus={grace === choice.minutes}
                />
                {choice.label}
              </label>
            ))}
          </fieldset>
          <p className="field-hint">
            {graceEnd
              ? `The partner can switch to the new key until ${formatDateTime(endsEarlier ? key.expiresAt : graceEnd)}${
                  endsEarlier ? " (when the key expires anyway)" : ""
                }; after that the old key is refused.`
              : "Requests with the old key are refused as soon as you rotate. Choose this when the key has leaked."}
          </p>
          <FormErrors failure={rotate.failure} error={rotate.error} />
        </ConfirmStep>
      )}
      {mode === "revoke" && (
        <ConfirmStep
          question={
            <>
              <strong>Revoke {key.name}?</strong> Partners using it will be refused at once.
            </>
          }
          confirmLabel="Revoke key"
          busyLabel="Revoking…"
          busy={revoke.fetching}
          disabled={rotate.fetching}
          onConfirm={() => void onRevoke()}
          onCancel={cancel}
          autoFocus
        >
          <FormErrors failure={revoke.failure} error={revoke.error} />
        </ConfirmStep>
      )}
    </div>
  );
}
