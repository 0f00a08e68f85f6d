import { useRef, useState, type FormEvent } from "react";
import { Link, useLocation } from "wouter";
import { useQuery } from "urql";
import { graphql, type ResultOf, type VariablesOf } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { Field } from "../forms/field";
import { FormActions } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import { useFocusAfterRender } from "../forms/use-focus-after-render";
import { StatusBadge } from "./status-badge";
import { humanize } from "../../lib/format";
import {
  ClaimDetailFields,
  ClaimDetailFields_QueryFragment,
  claimDateInput,
  placeInput,
  tagsInput,
  type ClaimDetails,
} from "./claim-fields";

// The form opens on demand, so it loads the people and events it offers itself rather than with every queue.
const NewClaimFormQuery = graphql(
  `
    query NewClaimForm {
      ...ClaimDetailFields_QueryFragment
    }
  `,
  [ClaimDetailFields_QueryFragment],
);

const CreateClaimMutation = graphql(
  `
    mutation CreateClaim($input: CreateClaimInput!) {
      createClaim(input: $input) {
        __typename
        ... on CreateClaimSuccess {
          claim { id text }
          possibleDuplicates { id text status kind }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

type CreateInput = VariablesOf<typeof CreateClaimMutation>["input"];
type Created = Extract<ResultOf<typeof CreateClaimMutation>["createClaim"], { __typename: "CreateClaimSuccess" }>;

interface Draft extends ClaimDetails {
  text: string;
  tags: string;
  url: string;
  excerpt: string;
}

const empty: Draft = {
  text: "",
  kind: "STATEMENT",
  claimant: "",
  claimantRole: "",
  event: "",
  claimDate: "",
  claimDatePrecision: "",
  place: "",
  placePrecision: "",
  tags: "",
  url: "",
  excerpt: "",
};
const fields = [
  "text",
  "kind",
  "claimant",
  "claimantRole",
  "event",
  "claimDate",
  "claimDatePrecision",
  "place",
  "placePrecision",
  "tags",
  "appearance.source",
  "appearance.excerpt",
];

export function toCreateInput(d: Draft): CreateInput {
  const tags = tagsInput(d.tags);
  const input: CreateInput = { text: d.text.trim(), kind: d.kind };
  if (d.claimant) input.claimant = d.claimant;
  if (d.claimantRole.trim()) input.claimantRole = d.claimantRole.trim();
  if (d.event) input.event = d.event;
  if (d.claimDate) Object.assign(input, claimDateInput(d));
  if (d.place.trim()) Object.assign(input, placeInput(d));
  if (tags.length) input.tags = tags;
  // The first appearance is optional, but half of one is a mistake the server should point out.
  if (d.url.trim() || d.excerpt.trim()) input.appearance = { source: { url: d.url.trim() }, excerpt: d.excerpt };
  return input;
}

/**
 * Adds a claim by hand. When the desk already has claims worded like it, they are listed (with links) before the
 * reviewer moves on to the new claim, so a duplicate can be merged rather than checked twice.
 */
export default function NewClaimForm({ onClose }: { onClose: () => void }) {
  const [draft, setDraft] = useState(empty);
  const [{ data: lists }] = useQuery({ query: NewClaimFormQuery });
  const create = useResultMutation(CreateClaimMutation, "createClaim");
  const [created, setCreated] = useState<Created | null>(null);
  const [, navigate] = useLocation();
  const createdHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const payload = await create.run({ input: toCreateInput(draft) });
    if (payload?.__typename !== "CreateClaimSuccess") return;
    if (payload.possibleDuplicates.length === 0) {
      navigate(`/claims/${payload.claim.id}`);
      return;
    }
    setCreated(payload);
    focusAfterRender(() => createdHeading.current);
  };

  if (created) {
    return (
      <section className="section new-claim" aria-labelledby="new-claim-saved">
        <h2 id="new-claim-saved" ref={createdHeading} tabIndex={-1}>
          Claim added, but the desk may already have it
        </h2>
        <p>
          &ldquo;{created.claim.text}&rdquo; was saved as a new claim. These claims on the desk are worded like it: if one is the same
          claim, an editor can merge them on its desk.
        </p>
        <ul className="duplicate-warnings" aria-label="Possible duplicates">
          {created.possibleDuplicates.map((d) => (
            <li key={d.id}>
              <StatusBadge status={d.status} /> <span className="kind">{humanize(d.kind)}</span>{" "}
              <Link href={`/claims/${d.id}`}>{d.text}</Link>
            </li>
          ))}
        </ul>
        <div className="button-row">
          <Link href={`/claims/${created.claim.id}`} className="button button-primary">
            Open the new claim
          </Link>
          <button type="button" className="button button-quiet" onClick={onClose}>
            Back to the queue
          </button>
        </div>
      </section>
    );
  }

  return (
    <form className="form section new-claim" aria-labelledby="new-claim-heading" onSubmit={onSubmit} noValidate>
      <h2 id="new-claim-heading">New claim</h2>
      <FormErrors failure={create.failure} error={create.error} fields={fields} />
      <Field label="Claim text" issues={create.issues("text")} hint="As stated; verbatim for a quote">
        {(control) => <textarea {...control} rows={3} required value={draft.text} onChange={set("text")} autoFocus />}
      </Field>
      <div className="field-grid">
        <ClaimDetailFields
          value={draft}
          onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
          query={lists}
          issues={create.issues}
          claimantHint="Optional"
        />
        <Field label="Tags" issues={create.issues("tags")} hint="Comma-separated">
          {(control) => <input {...control} value={draft.tags} onChange={set("tags")} />}
        </Field>
      </div>
      <fieldset className="field subfieldset">
        <legend>Where it appears (optional)</legend>
        <div className="field-grid">
          <Field label="Source URL" issues={create.issues("appearance.source")}>
            {(control) => <input {...control} type="url" inputMode="url" placeholder="https://" value={draft.url} onChange={set("url")} />}
          </Field>
          <Field
            label="Excerpt"
            issues={create.issues("appearance.excerpt")}
            hint="The words in the source, verbatim"
            className="field-wide"
          >
            {(control) => <textarea {...control} rows={2} value={draft.excerpt} onChange={set("excerpt")} />}
          </Field>
        </div>
      </fieldset>
      <FormActions label="Add claim" busyLabel="Adding…" busy={create.fetching} onCancel={onClose} />
    </form>
  );
}
