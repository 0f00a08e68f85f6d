import { useEffect, useRef, useState, type FormEvent } from "react";
import { DateTime } from "../layout/date-time";
import { ClaimWording_ClaimFragment } from "./claim-summary";
import { graphql, readFragment, type FragmentOf, type ResultOf, type VariablesOf } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors, WORDING_FROZEN, type ConflictFailure } from "../forms/form-errors";
import { Field } from "../forms/field";
import { FormActions } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import { datePrecisionLabel, humanize, placePrecisionLabel, toDateInput } from "../../lib/format";
import { claimFieldNames, describeAction } from "../../lib/changes";
import {
  ClaimDetailFields,
  ClaimDetailFields_QueryFragment,
  claimDateInput,
  placeInput,
  tagsInput,
  type ClaimDetails,
} from "./claim-fields";

export const EditClaimForm_ClaimFragment = graphql(
  `
    fragment EditClaimForm_ClaimFragment on Claim {
      id
      version
      ...ClaimWording_ClaimFragment
      placePrecision
      tags
      claimant { id name }
      event { id title }
      verdict { id state }
    }
  `,
  [ClaimWording_ClaimFragment],
);

const UpdateClaimMutation = graphql(
  `
    mutation UpdateClaim($input: UpdateClaimInput!) {
      updateClaim(input: $input) {
        __typename
        ... on UpdateClaimSuccess {
          claim { id ...EditClaimForm_ClaimFragment updatedAt }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [EditClaimForm_ClaimFragment, FormErrors_ErrorFragment],
);

type ClaimData = ResultOf<typeof EditClaimForm_ClaimFragment>;
/** The changes only: the claim and the version they apply to are added when saving. */
type UpdateInput = Omit<VariablesOf<typeof UpdateClaimMutation>["input"], "id" | "expectedVersion">;

interface Draft extends ClaimDetails {
  text: string;
  tags: string;
}

// As the form labels them: the history's names, but the wording is the form's "Claim text".
const fieldLabels: Record<keyof Draft, string> = { text: "Claim text", ...claimFieldNames };

const fieldKeys = Object.keys(fieldLabels) as (keyof Draft)[];

/** The fields a verdict freezes when it judges the claim. */
const wordingKeys: (keyof Draft)[] = ["text", "claimant", "claimantRole", "claimDate", "claimDatePrecision"];

interface Conflict {
  /** The version the server reported; the comparison waits until the reload has reached it. */
  version: number;
  /** Who made the change that made this copy stale. */
  lastChange: ConflictFailure["lastChange"];
  /** The values the form was opened with. */
  opened: Draft;
  /** The fields this person had changed. */
  edited: (keyof Draft)[];
}

export function toDraft(c: ClaimData): Draft {
  return {
    text: c.text,
    kind: c.kind,
    claimant: c.claimant?.id ?? "",
    claimantRole: c.claimantRole ?? "",
    claimDate: toDateInput(c.claimDate),
    // A date without a precision reads as a day (see formatDate), so the form starts from Day.
    claimDatePrecision: c.claimDatePrecision ?? (c.claimDate ? "DAY" : ""),
    place: c.place ?? "",
    placePrecision: c.placePrecision ?? "",
    tags: c.tags.join(", "),
    event: c.event?.id ?? "",
  };
}

/** Only the fields the editor changed relative to `base`: someone else's edits to other fields survive. */
export function changedInput(base: Draft, draft: Draft): UpdateInput {
  const input: UpdateInput = {};
  if (draft.text !== base.text) input.text = draft.text;
  if (draft.kind !== base.kind) input.kind = draft.kind;
  if (draft.claimant !== base.claimant) input.claimant = draft.claimant || null;
  if (draft.claimantRole !== base.claimantRole) input.claimantRole = draft.claimantRole || null;
  if (draft.claimDate !== base.claimDate || draft.claimDatePrecision !== base.claimDatePrecision) {
    Object.assign(input, claimDateInput(draft));
  }
  if (draft.place !== base.place || draft.placePrecision !== base.placePrecision) Object.assign(input, placeInput(draft));
  if (tagsInput(draft.tags).join(",") !== tagsInput(base.tags).join(",")) input.tags = tagsInput(draft.tags);
  if (draft.event !== base.event) input.event = draft.event || null;
  return input;
}

interface EditClaimFormProps {
  claim: FragmentOf<typeof EditClaimForm_ClaimFragment>;
  query: FragmentOf<typeof ClaimDetailFields_QueryFragment>;
  refetch: () => void;
  onDone: () => void;
}

/**
 * Edits a claim against the version it was opened at. When someone else saved in between, the server answers
 * with a ConflictError; the form then reloads the claim and shows their values next to yours, and you choose.
 */
export function EditClaimForm({ claim, query, refetch, onDone }: EditClaimFormProps) {
  const current = readFragment(EditClaimForm_ClaimFragment, claim);
  // The form replaces the button that opened it: focus starts at its heading, not at the top of the page.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // The comparison after a conflict names the claimant and event its values refer to.
  const lists = readFragment(ClaimDetailFields_QueryFragment, query);
  const [base, setBase] = useState(() => ({ version: current.version, values: toDraft(current) }));
  const [draft, setDraft] = useState(() => toDraft(current));
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const update = useResultMutation(UpdateClaimMutation, "updateClaim");
  const failure = update.failure;

  const theirs = toDraft(current);
  // The wording a published (or proposed) verdict judged changes only through a public correction of that verdict.
  const frozen = current.verdict?.state === "PUBLISHED" || current.verdict?.state === "AWAITING_SIGN_OFF";
  const frozenNote = frozen
    ? current.verdict?.state === "PUBLISHED"
      ? WORDING_FROZEN
      : "A verdict awaiting sign-off judged this wording. Once it is published, an editor changes the wording by correcting the verdict, and readers see the correction."
    : null;
  const frozenId = `frozen-${current.id}`;
  const frozenDescribedBy = frozen ? frozenId : undefined;
  const wordingRefused = failure?.__typename === "ValidationError" && failure.code === "claim/wording_published";
  const issues = (field: string) => (wordingRefused ? [] : update.issues(field));
  const reloaded = conflict !== null && current.version >= conflict.version;
  // A verdict published while the form was open fixes the wording: the form shows the wording it judged, and keeps
  // what you had typed in view (not saved) for a correction request; your other edits stay, on the current version.
  const [unsavedWording, setUnsavedWording] = useState<string | null>(null);
  const [awaitingVerdict, setAwaitingVerdict] = useState(!frozen);
  useEffect(() => {
    if (!awaitingVerdict || !frozen || base.version === current.version) return;
    setAwaitingVerdict(false);
    const latest = toDraft(current);
    setDraft((d) => {
      if (wordingKeys.some((key) => d[key] !== base.values[key])) setUnsavedWording(d.text);
      const edited = fieldKeys.filter((key) => !wordingKeys.includes(key) && d[key] !== base.values[key]);
      return { ...latest, ...Object.fromEntries(edited.map((key) => [key, d[key]])) };
    });
    setBase({ version: current.version, values: latest });
  }, [awaitingVerdict, frozen, current, base]);

  // Once the reload reaches the version the server reported, rebase: their values everywhere, your edits on top.
  // Saving then sends only your edits, against their version.
  useEffect(() => {
    if (!conflict || current.version < conflict.version || base.version >= conflict.version) return;
    const latest = toDraft(current);
    setBase({ version: current.version, values: latest });
    setDraft((d) => ({ ...latest, ...Object.fromEntries(conflict.edited.map((key) => [key, d[key]])) }));
  }, [conflict, current, base.version]);

  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  const save = async () => {
    const input = changedInput(base.values, draft);
    if (Object.keys(input).length === 0) {
      onDone();
      return;
    }
    const payload = await update.run({ input: { id: current.id, expectedVersion: base.version, ...input } });
    if (payload?.__typename === "UpdateClaimSuccess") onDone();
    if (payload?.__typename === "ConflictError") {
      setConflict({
        version: payload.currentVersion,
        lastChange: payload.lastChange,
        opened: base.values,
        edited: fieldKeys.filter((key) => draft[key] !== base.values[key]),
      });
      refetch();
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };

  const entityName = (id: string) => lists.entities.edges.find((e) => e.node.id === id)?.node.name ?? (id ? "(unknown)" : "—");
  const eventTitle = (id: string) => lists.events.edges.find((e) => e.node.id === id)?.node.title ?? (id ? "(unknown)" : "—");
  const show = (key: keyof Draft, value: string) =>
    key === "claimant"
      ? entityName(value)
      : key === "event"
        ? eventTitle(value)
        : key === "kind"
          ? humanize(value)
          : key === "claimDatePrecision"
            ? (datePrecisionLabel[value as keyof typeof datePrecisionLabel] ?? "—")
            : key === "placePrecision"
              ? (placePrecisionLabel[value as keyof typeof placePrecisionLabel] ?? "—")
              : value || "—";
  const rows = conflict ? fieldKeys.filter((key) => theirs[key] !== conflict.opened[key] || conflict.edited.includes(key)) : [];

  return (
    <form className="card form edit-claim" onSubmit={onSubmit} aria-label="Edit claim" noValidate>
      <h2 ref={heading} tabIndex={-1}>
        Edit claim
      </h2>
      {conflict ? (
        <div className="conflict" role="alert">
          <p>
            <strong>Your changes were not saved:</strong> someone else changed this claim after you opened the form. Compare and choose:
          </p>
          {conflict.lastChange && (
            <p className="conflict-who">
              {conflict.lastChange.actor?.name ?? "FactDesk"} {describeAction(conflict.lastChange)}{" "}
              <span className="conflict-when">
                (<DateTime iso={conflict.lastChange.at} />)
              </span>
              .
            </p>
          )}
          {!reloaded ? (
            <p role="status">Loading their current values…</p>
          ) : (
            <>
              <table className="conflict-table">
                <caption className="visually-hidden">Their current values and your edits</caption>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Their current value</th>
                    <th scope="col">Your edit</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((key) => {
                    const edited = conflict.edited.includes(key);
                    return (
                      <tr key={key} className={edited && theirs[key] !== conflict.opened[key] ? "is-different" : undefined}>
                        <th scope="row">{fieldLabels[key]}</th>
                        <td data-testid={`theirs-${key}`}>{show(key, theirs[key])}</td>
                        <td data-testid={`mine-${key}`}>
                          {edited ? show(key, draft[key]) : <span className="muted">not changed by you (theirs stays)</span>}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
              <div className="button-row">
                <button
                  type="button"
                  className="button button-primary"
                  disabled={update.fetching}
                  onClick={() => {
                    setConflict(null);
                    void save();
                  }}
                >
                  Save my edits over theirs
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setDraft(theirs);
                    setConflict(null);
                  }}
                >
                  Discard mine, keep theirs
                </button>
              </div>
            </>
          )}
        </div>
      ) : current.version !== base.version ? (
        <p className="alert alert-warning" role="status">
          Someone changed this claim since you opened the form; saving will ask you to compare first.
        </p>
      ) : null}
      {/* A refusal of the wording says what the note below already says. */}
      <FormErrors failure={update.conflict || wordingRefused ? null : failure} error={update.error} fields={Object.keys(fieldLabels)} />
      {frozenNote && (
        <p className="alert alert-info frozen-note" id={frozenId}>
          {frozenNote}
        </p>
      )}
      {unsavedWording !== null && (
        <div className="alert alert-warning" role="alert">
          <p>
            <strong>Your wording was not saved:</strong> a verdict was published on this claim while you were editing, and the wording it
            judged is shown below. What you had typed:
          </p>
          <blockquote className="unsaved-wording">{unsavedWording}</blockquote>
        </div>
      )}
      <Field label="Claim text" issues={issues("text")} describedBy={frozenDescribedBy}>
        {(control) => <textarea {...control} rows={3} value={draft.text} onChange={set("text")} readOnly={frozen} />}
      </Field>
      <div className="field-grid">
        <ClaimDetailFields
          value={draft}
          onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
          query={query}
          issues={issues}
          wordingFrozen={frozen}
          describedBy={frozenDescribedBy}
        />
      </div>
      <Field label="Tags" issues={issues("tags")} hint="Comma-separated">
        {(control) => <input {...control} value={draft.tags} onChange={set("tags")} />}
      </Field>
      <FormActions label="Save claim" busyLabel="Saving…" busy={update.fetching} disabled={conflict !== null} onCancel={onDone} />
    </form>
  );
}
