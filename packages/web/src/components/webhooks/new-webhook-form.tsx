import { useId, useState, type FormEvent } from "react";
import { graphql } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { Field } from "../forms/field";
import { PartnerNameField } from "../partners/partner-name-field";
import { CheckboxGroup } from "../forms/checkbox-group";
import { valuesOf } from "../../lib/enums";
import { FormActions } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import { webhookEvents, type WebhookEvent } from "./webhook-events";
import type { RevealedWebhookSecret } from "./webhook-secret";

const CreateWebhookMutation = graphql(
  `
    mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
      createWebhookSubscription(input: $input) {
        __typename
        ... on CreateWebhookSubscriptionSuccess {
          secret
          subscription { id name url }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

const fields = ["name", "url", "events"] as const;
const empty = { name: "", url: "", events: [] as WebhookEvent[] };
const eventChoices = valuesOf(webhookEvents).map((value) => ({ value, ...webhookEvents[value] }));

interface NewWebhookFormProps {
  onCreated: (revealed: RevealedWebhookSecret) => void;
  onClose: () => void;
}

/** A partner's endpoint: whose it is, where deliveries go, and which events it wants. */
export function NewWebhookForm({ onCreated, onClose }: NewWebhookFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(empty);
  const create = useResultMutation(CreateWebhookMutation, "createWebhookSubscription");

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const payload = await create.run({
      input: { name: draft.name, url: draft.url, events: draft.events },
    });
    if (payload?.__typename === "CreateWebhookSubscriptionSuccess") {
      setDraft(empty);
      onCreated({ secret: payload.secret, name: payload.subscription.name, url: payload.subscription.url });
    }
  };

  return (
    <form className="form section new-webhook" aria-labelledby={`${id}-heading`} onSubmit={onSubmit} noValidate>
      <h2 id={`${id}-heading`}>New endpoint</h2>
      <FormErrors failure={create.failure} error={create.error} fields={fields} />
      <PartnerNameField
        hint="Whose endpoint it is, e.g. “Newsroom X”."
        issues={create.issues("name")}
        value={draft.name}
        onChange={(name) => setDraft((d) => ({ ...d, name }))}
      />
      <Field label="Endpoint URL" issues={create.issues("url")} hint="An https:// address on the public internet.">
        {(control) => (
          <input
            {...control}
            type="url"
            required
            maxLength={2000}
            autoComplete="off"
            value={draft.url}
            onChange={(e) => setDraft({ ...draft, url: e.target.value })}
          />
        )}
      </Field>
      <CheckboxGroup
        legend="Events"
        choices={eventChoices}
        chosen={draft.events}
        onChange={(events) => setDraft((d) => ({ ...d, events }))}
        issues={create.issues("events")}
      />
      <FormActions label="Register endpoint" busyLabel="Registering…" busy={create.fetching} onCancel={onClose} />
    </form>
  );
}
