import { useRef, useState, type KeyboardEvent } from "react";
import { graphql, type ResultOf } from "../../gql/graphql";
import { Field } from "../forms/field";
import { FormErrors, FormErrors_ErrorFragment, type FieldIssue } from "../forms/form-errors";
import { FormActions } from "../forms/form-actions";
import { EnumOptions, NodeOptions } from "../forms/options";
import { useResultMutation } from "../forms/use-result-mutation";
import { useFocusAfterRender } from "../forms/use-focus-after-render";
import { entityKindLabel } from "../../lib/format";
import type { Enum } from "../../lib/enums";

const CreateEntityMutation = graphql(
  `
    mutation CreateClaimant($input: CreateEntityInput!) {
      createEntity(input: $input) {
        __typename
        ... on CreateEntitySuccess {
          entity { id name title kind }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

type CreatedEntity = Extract<ResultOf<typeof CreateEntityMutation>["createEntity"], { __typename: "CreateEntitySuccess" }>["entity"];

export interface ClaimantOption {
  id: string;
  name: string;
  title?: string | null;
}

/** How a person or organisation reads in a claimant list: the name, and the title that tells namesakes apart. */
export const claimantLabel = (entity: ClaimantOption) => (entity.title ? `${entity.name} (${entity.title})` : entity.name);

interface ClaimantFieldProps {
  value: string;
  onChange: (id: string) => void;
  entities: readonly ClaimantOption[];
  issues: FieldIssue[];
  hint?: string;
  describedBy?: string;
  /** The claimant is part of a judged wording that may not change here. */
  disabled?: boolean;
}

/**
 * The claimant select, and a way to add a person or organisation the desk does not have yet without leaving the
 * claim. Place it in a `field-grid`: the new entity's fields take a row of their own below it.
 */
export function ClaimantField({ value, onChange, entities, issues, hint, describedBy, disabled = false }: ClaimantFieldProps) {
  const [adding, setAdding] = useState(false);
  // Entities added here are offered at once; the desk's list, made stale by the mutation, catches up when it reloads.
  const [added, setAdded] = useState<CreatedEntity[]>([]);
  const [status, setStatus] = useState("");
  const select = useRef<HTMLSelectElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // A new entity arrives with the mutation's answer: the select is focused once it offers it.
  const focusAfterRender = useFocusAfterRender();
  const options = [...entities, ...added.filter((a) => !entities.some((e) => e.id === a.id))];

  const onCreated = (entity: CreatedEntity) => {
    setAdded((list) => [...list, entity]);
    onChange(entity.id);
    setAdding(false);
    setStatus(`Added ${entity.name}; they are the claimant now.`);
    focusAfterRender(() => select.current);
  };

  return (
    <>
      <div className="claimant-field">
        <Field label="Claimant" issues={issues} hint={hint} describedBy={describedBy}>
          {(control) => (
            // A select cannot be read-only; disabled, it still shows the value and says why.
            <select {...control} ref={select} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
              <option value="">Not attributed</option>
              <NodeOptions nodes={options} label={claimantLabel} />
            </select>
          )}
        </Field>
        {!disabled && !adding && (
          <button
            type="button"
            ref={opener}
            className="button button-quiet button-small"
            onClick={() => {
              setStatus("");
              setAdding(true);
            }}
          >
            New person or organisation
          </button>
        )}
        <p className="field-hint" role="status">
          {status}
        </p>
      </div>
      {adding && (
        <NewEntityFields
          onCreated={onCreated}
          onCancel={() => {
            setAdding(false);
            focusAfterRender(() => opener.current);
          }}
        />
      )}
    </>
  );
}

const entityFields = ["name", "kind", "title", "aliases"];

/**
 * A person or organisation, added from inside a claim form. It is a group with its own button rather than a form:
 * forms do not nest, and Enter in its fields adds the entity instead of saving the claim.
 */
function NewEntityFields({ onCreated, onCancel }: { onCreated: (entity: CreatedEntity) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState({ name: "", kind: "PERSON" as Enum<"EntityKind">, title: "" });
  const create = useResultMutation(CreateEntityMutation, "createEntity");

  const add = async () => {
    const input = { name: draft.name.trim(), kind: draft.kind, ...(draft.title.trim() ? { title: draft.title.trim() } : {}) };
    const payload = await create.run({ input });
    if (payload?.__typename === "CreateEntitySuccess") onCreated(payload.entity);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Enter" && e.target instanceof HTMLInputElement) {
      e.preventDefault();
      void add();
    }
    if (e.key === "Escape") {
      e.preventDefault();
      onCancel();
    }
  };

  return (
    <fieldset className="subfieldset field-wide new-entity" onKeyDown={onKeyDown}>
      <legend>New person or organisation</legend>
      <FormErrors failure={create.failure} error={create.error} fields={entityFields} />
      <div className="field-grid">
        <Field label="Name" issues={create.issues("name")}>
          {(control) => (
            <input {...control} value={draft.name} onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} autoFocus />
          )}
        </Field>
        <Field label="Claimant kind" issues={create.issues("kind")}>
          {(control) => (
            <select
              {...control}
              value={draft.kind}
              onChange={(e) => setDraft((d) => ({ ...d, kind: e.target.value as Enum<"EntityKind"> }))}
            >
              <EnumOptions labels={entityKindLabel} />
            </select>
          )}
        </Field>
        <Field label="Title or role" issues={create.issues("title")} hint="Optional; how they are usually described">
          {(control) => <input {...control} value={draft.title} onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))} />}
        </Field>
      </div>
      <FormActions
        label="Add person or organisation"
        busyLabel="Adding…"
        busy={create.fetching}
        onClick={() => void add()}
        className="button"
        onCancel={onCancel}
      />
    </fieldset>
  );
}
