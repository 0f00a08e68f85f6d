import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql, type ResultOf } from "../../gql/graphql";
import type { Enum } from "../../lib/enums";
import { fromDateInput, toDateInput } from "../../lib/format";
import { Field } from "../forms/field";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { FormActions } from "../forms/form-actions";
import { EnumOptions } from "../forms/options";
import { useNodeToEdit } from "../forms/use-node-to-edit";
import { useResultMutation } from "../forms/use-result-mutation";
import { MediaCard_MediaItemFragment } from "./media-card";

/** Everything the form edits, with the version the edit is made against. */
const EditMediaForm_MediaItemFragment = graphql(`
  fragment EditMediaForm_MediaItemFragment on MediaItem @_unmask {
    id
    version
    kind
    url
    description
    graphic
    hedge
    firstSeenAt
    firstSeenWhere
    uploader
    recordedAt
    place
    contentHash
  }
`);

// Its own query, run when the form opens (as the figure form does): the desk's query is close to the server's cost
// limit, and the form needs the item's version and fields the card does not show.
const EditMediaQuery = graphql(
  `
    query EditMedia($id: ID!) {
      node(id: $id) {
        __typename
        id
        ...EditMediaForm_MediaItemFragment
      }
    }
  `,
  [EditMediaForm_MediaItemFragment],
);

// The card's fields come back too, so the desk shows the change at once; `claims` tell the cache whose history to
// reload (cache/updates.ts).
const UpdateMediaMutation = graphql(
  `
    mutation UpdateMedia($input: UpdateMediaInput!) {
      updateMedia(input: $input) {
        __typename
        ... on UpdateMediaSuccess {
          media {
            id
            ...EditMediaForm_MediaItemFragment
            ...MediaCard_MediaItemFragment
            claims(first: 20) { edges { node { id } } }
          }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [EditMediaForm_MediaItemFragment, MediaCard_MediaItemFragment, FormErrors_ErrorFragment],
);

type EditableMedia = ResultOf<typeof EditMediaForm_MediaItemFragment>;

const kindLabel: Record<Enum<"MediaKind">, string> = { VIDEO: "Video", IMAGE: "Image", AUDIO: "Audio" };

/** The form's values: text as typed, dates as <input type="date"> values, "" for none. */
const draftOf = (m: EditableMedia) => ({
  kind: m.kind,
  description: m.description,
  graphic: m.graphic,
  url: m.url ?? "",
  hedge: m.hedge ?? "",
  firstSeenWhere: m.firstSeenWhere ?? "",
  firstSeenAt: toDateInput(m.firstSeenAt),
  uploader: m.uploader ?? "",
  recordedAt: toDateInput(m.recordedAt),
  place: m.place ?? "",
  contentHash: m.contentHash ?? "",
});

type Draft = ReturnType<typeof draftOf>;
type TextField = Exclude<keyof Draft, "kind" | "graphic" | "description" | "firstSeenAt" | "recordedAt">;

const textFields: { field: TextField; label: string; hint?: string }[] = [
  { field: "url", label: "Address (URL)", hint: "Where the file can be found; kept exactly as given" },
  { field: "hedge", label: "Hedge", hint: "As reported, e.g. “allegedly depict”" },
  { field: "firstSeenWhere", label: "First seen where", hint: "Platform, account or page" },
  { field: "uploader", label: "Uploader" },
  { field: "place", label: "Place recorded" },
  { field: "contentHash", label: "Content hash", hint: "algorithm:hash, e.g. sha256:…" },
];

/** Only what the reviewer changed, as the API takes it: an emptied field is null (cleared), a date an instant. */
function changedInput(base: Draft, draft: Draft) {
  const input: Record<string, unknown> = {};
  for (const key of Object.keys(draft) as (keyof Draft)[]) {
    if (draft[key] === base[key]) continue;
    const value = draft[key];
    if (key === "firstSeenAt" || key === "recordedAt") input[key] = fromDateInput(value as string);
    else if (typeof value === "string" && key !== "description") input[key] = value.trim() || null;
    else input[key] = value;
  }
  return input;
}

interface EditMediaFormProps {
  mediaId: string;
  onDone: () => void;
}

/** Loads the media item as it is now, then edits it; see EditMediaFields. */
export function EditMediaForm({ mediaId, onDone }: EditMediaFormProps) {
  const { node: media, reload, placeholder } = useNodeToEdit(EditMediaQuery, mediaId, "MediaItem", "media item");
  return media ? <EditMediaFields media={media} reload={reload} onDone={onDone} /> : placeholder;
}

/**
 * A media item's own fields, prefilled, saved against the version the form was opened at; only what the reviewer
 * changed is sent, so a colleague's change to another field is kept. When someone else saved first, nothing is saved
 * and the form keeps what was typed: Refresh loads their version and the next save goes against it.
 */
function EditMediaFields({ media, reload, onDone }: { media: EditableMedia; reload: () => void; onDone: () => void }) {
  const [base] = useState(() => draftOf(media));
  const [draft, setDraft] = useState(base);
  const [baseVersion, setBaseVersion] = useState(media.version);
  const update = useResultMutation(UpdateMediaMutation, "updateMedia", reload);
  const heading = useRef<HTMLParagraphElement>(null);

  useEffect(() => heading.current?.focus(), []);

  const refresh = () => {
    if (update.conflict) setBaseVersion(update.conflict.currentVersion);
    update.refresh();
  };

  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const input = changedInput(base, draft);
    if (Object.keys(input).length === 0) {
      onDone();
      return;
    }
    const payload = await update.run({ input: { id: media.id, expectedVersion: baseVersion, ...input } });
    if (payload?.__typename === "UpdateMediaSuccess") onDone();
  };

  return (
    <form className="form" onSubmit={onSubmit} aria-label="Edit media" noValidate>
      <p className="muted" ref={heading} tabIndex={-1}>
        Editing &ldquo;{media.description}&rdquo;
      </p>
      <FormErrors failure={update.failure} error={update.error} fields={Object.keys(draft)} onRefresh={refresh} />
      <div className="field-grid">
        <Field label="Kind" issues={update.issues("kind")}>
          {(control) => (
            <select {...control} value={draft.kind} onChange={(e) => set({ kind: e.target.value as Draft["kind"] })}>
              <EnumOptions labels={kindLabel} />
            </select>
          )}
        </Field>
        <Field label="Graphic" issues={update.issues("graphic")} hint="Shows violence or injury: hidden until a viewer asks">
          {(control) => <input {...control} type="checkbox" checked={draft.graphic} onChange={(e) => set({ graphic: e.target.checked })} />}
        </Field>
      </div>
      <Field label="Description" issues={update.issues("description")} hint="What it shows, as described">
        {(control) => (
          <textarea {...control} rows={2} required value={draft.description} onChange={(e) => set({ description: e.target.value })} />
        )}
      </Field>
      <div className="field-grid">
        {textFields.map(({ field, label, hint }) => (
          <Field key={field} label={label} hint={hint} issues={update.issues(field)}>
            {(control) => <input {...control} value={draft[field]} onChange={(e) => set({ [field]: e.target.value })} />}
          </Field>
        ))}
        <Field label="First seen on" issues={update.issues("firstSeenAt")}>
          {(control) => <input {...control} type="date" value={draft.firstSeenAt} onChange={(e) => set({ firstSeenAt: e.target.value })} />}
        </Field>
        <Field label="Recorded on" issues={update.issues("recordedAt")}>
          {(control) => <input {...control} type="date" value={draft.recordedAt} onChange={(e) => set({ recordedAt: e.target.value })} />}
        </Field>
      </div>
      <FormActions label="Save media" busyLabel="Saving…" busy={update.fetching} onCancel={onDone} />
    </form>
  );
}
