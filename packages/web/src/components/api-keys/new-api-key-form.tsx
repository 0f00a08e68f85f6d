import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors, type FieldIssue } from "../forms/form-errors";
import { Field } from "../forms/field";
import { FormActions } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import { asSentence } from "../../lib/errors";
import { fromDateInput } from "../../lib/format";
import type { RevealedSecret } from "./api-key-secret";
import { apiKeyScopes, scopeName, type ApiKeyScope } from "./api-key-scopes";

const CreateApiKeyMutation = graphql(
  `
    mutation CreateApiKey($input: CreateApiKeyInput!) {
      createApiKey(input: $input) {
        __typename
        ... on CreateApiKeySuccess {
          secret
          apiKey { id name prefix }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

const fields = ["name", "scopes", "expiresAt", "rateLimitPerMinute"] as const;
const empty = { name: "", scopes: [] as ApiKeyScope[], expiresOn: "", perMinute: "" };

/** Tomorrow (UTC), the earliest expiry the date picker offers: a key that expires today is no use to a partner. */
const tomorrow = () => new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);

interface NewApiKeyFormProps {
  onCreated: (revealed: RevealedSecret) => void;
  onClose: () => void;
}

/** A key for a partner: who it is for, what it may do, and optionally until when and how fast. */
export function NewApiKeyForm({ onCreated, onClose }: NewApiKeyFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(empty);
  const [perMinuteIssue, setPerMinuteIssue] = useState<FieldIssue | null>(null);
  const create = useResultMutation(CreateApiKeyMutation, "createApiKey");
  const scopeIssues = create.issues("scopes");

  const toggleScope = (scope: ApiKeyScope, on: boolean) =>
    setDraft((d) => ({ ...d, scopes: on ? [...d.scopes, scope] : d.scopes.filter((s) => s !== scope) }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const perMinute = draft.perMinute.trim();
    // The API takes a whole number; anything else would fail as a malformed request, not as a field issue.
    if (perMinute && !/^\d+$/.test(perMinute)) {
      setPerMinuteIssue({ path: ["input", "rateLimitPerMinute"], message: "Requests per minute must be a whole number." });
      return;
    }
    setPerMinuteIssue(null);
    const payload = await create.run({
      input: {
        name: draft.name,
        // In the order the form lists them, whatever order they were ticked in.
        scopes: apiKeyScopes.map((s) => s.value).filter((scope) => draft.scopes.includes(scope)),
        expiresAt: fromDateInput(draft.expiresOn),
        rateLimitPerMinute: perMinute ? Number(perMinute) : null,
      },
    });
    if (payload?.__typename === "CreateApiKeySuccess") {
      setDraft(empty);
      onCreated({ secret: payload.secret, name: payload.apiKey.name, prefix: payload.apiKey.prefix });
    }
  };

  return (
    <form className="form section new-api-key" aria-labelledby={`${id}-heading`} onSubmit={onSubmit} noValidate>
      <h2 id={`${id}-heading`}>New API key</h2>
      <FormErrors failure={create.failure} error={create.error} fields={fields} />
      <Field label="Name" issues={create.issues("name")} hint="Who the key is for, e.g. “Platform X tipline”. Partners never see it.">
        {(control) => (
          <input
            {...control}
            type="text"
            required
            maxLength={200}
            autoComplete="off"
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            autoFocus
          />
        )}
      </Field>
      <fieldset
        className={`field scope-options${scopeIssues.length ? " field-invalid" : ""}`}
        aria-describedby={scopeIssues.length ? `${id}-scope-issues` : undefined}
      >
        <legend>Scopes</legend>
        <p className="field-hint">What the key may do. Give it only what the partner needs.</p>
        {apiKeyScopes.map((scope) => (
          <div key={scope.value} className="scope-option">
            <input
              id={`${id}-${scope.value}`}
              type="checkbox"
              checked={draft.scopes.includes(scope.value)}
              onChange={(e) => toggleScope(scope.value, e.target.checked)}
              aria-describedby={`${id}-${scope.value}-hint`}
            />
            <div>
              <label htmlFor={`${id}-${scope.value}`}>
                <code className="scope">{scopeName(scope.value)}</code>
              </label>
              <p className="field-hint" id={`${id}-${scope.value}-hint`}>
                {scope.explanation}
              </p>
            </div>
          </div>
        ))}
        {scopeIssues.length > 0 && (
          <p className="field-issue" id={`${id}-scope-issues`}>
            {scopeIssues.map((i) => (
              <span key={i.message} className="field-issue-line">
                {asSentence(i.message)}
              </span>
            ))}
          </p>
        )}
      </fieldset>
      <div className="field-grid">
        <Field
          label="Expires on"
          issues={create.issues("expiresAt")}
          hint="Optional. It stops working at the start of this day (00:00 UTC); empty: never."
        >
          {(control) => (
            <input
              {...control}
              type="date"
              min={tomorrow()}
              value={draft.expiresOn}
              onChange={(e) => setDraft({ ...draft, expiresOn: e.target.value })}
            />
          )}
        </Field>
        <Field
          label="Requests per minute"
          issues={[...(perMinuteIssue ? [perMinuteIssue] : []), ...create.issues("rateLimitPerMinute")]}
          hint="Optional. Empty: the desk's default for keys."
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={draft.perMinute}
              onChange={(e) => setDraft({ ...draft, perMinute: e.target.value })}
            />
          )}
        </Field>
      </div>
      <FormActions label="Create key" busyLabel="Creating…" busy={create.fetching} onCancel={onClose} />
    </form>
  );
}
