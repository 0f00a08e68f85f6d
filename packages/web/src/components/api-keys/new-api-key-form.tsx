import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors, type FieldIssue } from "../forms/form-errors";
import { Field } from "../forms/field";
import { PartnerNameField } from "../partners/partner-name-field";
import { CheckboxGroup } from "../forms/checkbox-group";
import { FormActions } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
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

const scopeChoices = apiKeyScopes.map((scope) => ({ ...scope, name: scopeName(scope.value) }));

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
        // In the order the form lists them, whatever order they were ticked in (see CheckboxGroup).
        scopes: draft.scopes,
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
      <PartnerNameField
        hint="Who the key is for, e.g. “Platform X tipline”. Partners never see it."
        issues={create.issues("name")}
        value={draft.name}
        onChange={(name) => setDraft((d) => ({ ...d, name }))}
      />
      <CheckboxGroup
        legend="Scopes"
        hint="What the key may do. Give it only what the partner needs."
        choices={scopeChoices}
        chosen={draft.scopes}
        onChange={(scopes) => setDraft((d) => ({ ...d, scopes }))}
        issues={create.issues("scopes")}
      />
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
