import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { DateTime } from "../layout/date-time";
import { Link } from "wouter";
import { useQuery } from "urql";
import { useDeskUsers } from "../../lib/use-desk-users";
import { takesWork } from "../../lib/claim-work";
import { graphql, readFragment, type FragmentOf, type ResultOf } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { Field } from "../forms/field";
import { FormActions } from "../forms/form-actions";
import { ConfirmStep } from "../forms/confirm-step";
import { useResultMutation } from "../forms/use-result-mutation";
import { useFocusAfterRender } from "../forms/use-focus-after-render";
import { NoteBody } from "./note-body";
import type { Viewer } from "../../lib/viewer";
import { useDraft } from "../../lib/use-draft";

const NoteItem_NoteFragment = graphql(`
  fragment NoteItem_NoteFragment on Note @_unmask { id body version edited createdAt author { id name } }
`);

/**
 * What the claim desk's query (and its live updates) carry of the thread: how many notes and the latest one's
 * version. The thread itself is its own request, so a long discussion never weighs on the desk's query; when a
 * colleague adds or edits a note, this changes and the thread is read again.
 */
export const NotesSection_ClaimFragment = graphql(`
  fragment NotesSection_ClaimFragment on Claim {
    id
    status
    mergedInto { id }
    notes(last: 1) { totalCount edges { node { id version } } }
  }
`);

const ThreadQuery = graphql(
  `
    query NoteThread($id: ID!, $last: Int!) {
      claim(id: $id) { id notes(last: $last) { totalCount edges { node { ...NoteItem_NoteFragment } } } }
    }
  `,
  [NoteItem_NoteFragment],
);

/** A thread's latest notes; "Show earlier notes" loads up to the whole of it. */
const LATEST = 30;
const WHOLE = 200;

const NoteFields = graphql(`
  fragment NoteFields on Note @_unmask { id body version edited updatedAt claim { id } }
`);

const AddNoteMutation = graphql(
  `
    mutation AddNote($input: AddNoteInput!) {
      addNote(input: $input) {
        __typename
        ... on AddNoteSuccess { note { ...NoteItem_NoteFragment claim { id ...NotesSection_ClaimFragment } } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [NoteItem_NoteFragment, NotesSection_ClaimFragment, FormErrors_ErrorFragment],
);

const EditNoteMutation = graphql(
  `
    mutation EditNote($input: EditNoteInput!) {
      editNote(input: $input) {
        __typename
        ... on EditNoteSuccess { note { ...NoteFields } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [NoteFields, FormErrors_ErrorFragment],
);

const DeleteNoteMutation = graphql(
  `
    mutation DeleteNote($input: DeleteNoteInput!) {
      deleteNote(input: $input) {
        __typename
        ... on DeleteNoteSuccess { deletedId }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

type NoteNode = ResultOf<typeof NoteItem_NoteFragment>;

/** The claim's internal thread: notes in markdown, @mentions that notify, edits and deletions kept in the history. */
export function NotesSection({
  claim,
  viewer,
  refetch,
}: {
  claim: FragmentOf<typeof NotesSection_ClaimFragment>;
  viewer: Viewer;
  refetch: () => void;
}) {
  const c = readFragment(NotesSection_ClaimFragment, claim);
  // An archived or merged claim takes no new work, notes included (the server refuses them: claim/archived,
  // claim/merged); its author may still delete a note.
  const takesNotes = takesWork(c);
  const [last, setLast] = useState(LATEST);
  const [{ data }, reexecute] = useQuery({ query: ThreadQuery, variables: { id: c.id, last }, requestPolicy: "cache-and-network" });
  const latest = c.notes.edges[0]?.node;
  const signature = `${c.notes.totalCount}:${latest?.id}:${latest?.version}`;
  const seen = useRef(signature);
  const reloadThread = useCallback(() => reexecute({ requestPolicy: "network-only" }), [reexecute]);
  useEffect(() => {
    if (seen.current === signature) return;
    seen.current = signature;
    reloadThread();
  }, [signature, reloadThread]);
  const thread = data?.claim?.notes;
  const notes = thread?.edges.map((e) => e.node).filter((n): n is NoteNode => !!n) ?? [];
  const earlier = (thread?.totalCount ?? 0) - notes.length;
  // A deleted note takes its buttons with it: say so, and keep focus in the thread instead of the top of the page.
  const [deleted, setDeleted] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const onDeleted = () => {
    setDeleted(true);
    heading.current?.focus();
  };
  return (
    <section className="section" aria-labelledby="notes-heading">
      <h2 id="notes-heading" ref={heading} tabIndex={-1}>
        Notes <span className="count">{c.notes.totalCount}</span>
      </h2>
      <p className="muted">Internal to the desk: never shown to readers or partners.</p>
      <span className="saved" role="status">
        {deleted ? "Note deleted." : ""}
      </span>
      {earlier > 0 && (
        <button type="button" className="button button-quiet" onClick={() => setLast(WHOLE)}>
          Show {earlier} earlier {earlier === 1 ? "note" : "notes"}
        </button>
      )}
      {!thread ? (
        <p className="muted">Loading notes…</p>
      ) : notes.length > 0 ? (
        <ol className="note-thread" aria-label="Notes">
          {notes.map((note) => (
            <NoteItem
              key={note.id}
              note={note}
              mine={note.author.id === viewer.id}
              editable={takesNotes}
              refetch={refetch}
              reloadThread={reloadThread}
              onDeleted={onDeleted}
            />
          ))}
        </ol>
      ) : (
        <p className="muted">No notes yet.</p>
      )}
      {takesNotes ? (
        <NoteForm claimId={c.id} />
      ) : c.mergedInto ? (
        <p className="alert alert-info">
          This claim was merged into another, which took its notes: the discussion continues on{" "}
          <Link href={`/claims/${c.mergedInto.id}`}>the claim it was merged into</Link>.
        </p>
      ) : (
        <p className="alert alert-info">This claim is archived, so it takes no new notes: an editor restores it to work on it again.</p>
      )}
    </section>
  );
}

interface NoteItemProps {
  note: NoteNode;
  mine: boolean;
  /** False on an archived or merged claim: its notes are kept as they are (their author may still delete one). */
  editable: boolean;
  refetch: () => void;
  /** Reads the thread again: the note as it is now, after a conflict. */
  reloadThread: () => void;
  onDeleted: () => void;
}

function NoteItem({ note, mine, editable, refetch, reloadThread, onDeleted }: NoteItemProps) {
  const [mode, setMode] = useState<"view" | "edit" | "delete">("view");
  const editing = mode === "edit";
  const remove = useResultMutation(DeleteNoteMutation, "deleteNote", refetch);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const onDelete = async () => {
    const payload = await remove.run({ input: { id: note.id, expectedVersion: note.version } });
    if (payload?.__typename === "DeleteNoteSuccess") {
      onDeleted();
      refetch();
    }
  };
  const onCancelDelete = () => {
    setMode("view");
    focusAfterRender(() => deleteButton.current);
  };
  // Edit note leaves while the note is rewritten: focus goes to the text, and back to Edit note when the form closes.
  const editButton = useRef<HTMLButtonElement>(null);
  const item = useRef<HTMLLIElement>(null);
  const onEdit = () => {
    setMode("edit");
    focusAfterRender(() => item.current?.querySelector("textarea"));
  };
  const onEdited = () => {
    setMode("view");
    focusAfterRender(() => editButton.current);
  };
  return (
    <li className="note" aria-label={`Note by ${note.author.name}`} ref={item}>
      <p className="note-meta">
        <strong>{note.author.name}</strong> <DateTime iso={note.createdAt} />
        {note.edited && <span className="muted"> · edited</span>}
      </p>
      {editing ? <NoteForm claimId={null} note={note} reload={reloadThread} onDone={onEdited} /> : <NoteBody markdown={note.body} />}
      {mine && mode === "view" && (
        <div className="button-row">
          {editable && (
            <button type="button" className="button button-quiet" ref={editButton} onClick={onEdit}>
              Edit note
            </button>
          )}
          <button type="button" className="button button-quiet" ref={deleteButton} onClick={() => setMode("delete")}>
            Delete note
          </button>
        </div>
      )}
      {mode === "delete" && (
        // One click used to delete at once, beside Edit: a slip lost a colleague-facing note with no way back.
        <ConfirmStep
          question={
            <>
              <strong>Delete this note?</strong> It leaves the thread for everyone.
            </>
          }
          confirmLabel="Delete note"
          busyLabel="Deleting…"
          busy={remove.fetching}
          onConfirm={() => void onDelete()}
          onCancel={onCancelDelete}
          autoFocus
        >
          <FormErrors failure={remove.failure} error={remove.error} onRefresh={remove.refresh} />
        </ConfirmStep>
      )}
    </li>
  );
}

interface NoteFormProps {
  /** A new note on this claim … */
  claimId: string | null;
  /** … or a new wording of this one. */
  note?: NoteNode;
  /** Loads the note as it is now, after a conflict. */
  reload?: () => void;
  onDone?: () => void;
}

/** Writes a note (or rewrites one): markdown, with a picker that inserts "@Name" for a colleague to be notified. */
function NoteForm({ claimId, note, reload, onDone }: NoteFormProps) {
  // What is being written survives a reload of the tab (a rewording is a draft of that note, a new note of the claim's).
  const [body, setBody] = useDraft(note ? `draft:note:${note.id}` : `draft:new-note:${claimId}`, note?.body ?? "");
  const [saved, setSaved] = useState(false);
  const text = useRef<HTMLTextAreaElement>(null);
  const add = useResultMutation(AddNoteMutation, "addNote");
  // Refresh after a conflict reloads the note and keeps the form open with what was typed (it closed the form, as if
  // saved, leaving the rewording in a draft nobody saw).
  const edit = useResultMutation(EditNoteMutation, "editNote", reload);
  const state = note ? edit : add;
  const users = useDeskUsers();
  // A rewording is saved against the version it was opened at: a save from another tab or a colleague's change that
  // a live update brought in meanwhile is a conflict to see, not something to overwrite.
  const [baseVersion, setBaseVersion] = useState(note?.version);
  // After Refresh, the note as it is now is shown above the rewording, to compare before saving again; the Refresh
  // button leaves with the notice, so focus goes to it.
  const [rebased, setRebased] = useState(false);
  const current = useRef<HTMLElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const refresh = () => {
    if (edit.conflict) {
      setBaseVersion(edit.conflict.currentVersion);
      setRebased(true);
      focusAfterRender(() => current.current);
    }
    state.refresh();
  };

  const mention = (name: string) => {
    const at = text.current?.selectionStart ?? body.length;
    const before = body.slice(0, at);
    const insert = `${before && !/\s$/.test(before) ? " " : ""}@${name} `;
    setBody(before + insert + body.slice(at));
    // The caret goes after the name, once the text with it is on the page.
    focusAfterRender(
      () => text.current,
      (textarea) => textarea.setSelectionRange(at + insert.length, at + insert.length),
    );
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (note) {
      const payload = await edit.run({ input: { id: note.id, expectedVersion: baseVersion ?? note.version, body } });
      if (payload?.__typename === "EditNoteSuccess") onDone?.();
    } else if (claimId) {
      const payload = await add.run({ input: { claim: claimId, body } });
      if (payload?.__typename === "AddNoteSuccess") {
        setBody("");
        setSaved(true);
      }
    }
  };

  const label = note ? "Edit note" : "Add a note";
  return (
    <form className="form note-form" onSubmit={onSubmit} aria-label={label} noValidate>
      <FormErrors failure={state.failure} error={state.error} fields={["body"]} onRefresh={refresh} />
      {note && rebased && (
        <section className="alert alert-info" aria-label="Current wording" ref={current} tabIndex={-1}>
          {note.version >= (baseVersion ?? note.version) ? (
            <>
              <p>
                <strong>The note now reads:</strong>
              </p>
              <NoteBody markdown={note.body} />
              <p className="muted">Your rewording is below: save it to replace this, or cancel to keep it.</p>
            </>
          ) : (
            <p className="muted">Loading the note as it is now…</p>
          )}
        </section>
      )}
      <Field
        label={note ? "Note" : "New note"}
        issues={state.issues("body")}
        hint="Markdown. Type @ and a name, or pick a colleague below, to notify them."
      >
        {(control) => <textarea {...control} ref={text} rows={3} value={body} onChange={(e) => setBody(e.target.value)} />}
      </Field>
      <Field label="Mention">
        {(control) => (
          <select
            {...control}
            value=""
            onChange={(e) => {
              if (e.target.value) mention(e.target.value);
            }}
          >
            <option value="">Pick a colleague…</option>
            {users.map((user) => (
              <option key={user.id} value={user.name}>
                {user.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormActions
        label={note ? "Save note" : "Add note"}
        busyLabel="Saving…"
        busy={state.fetching}
        disabled={!body.trim()}
        onCancel={onDone}
      >
        {saved && (
          <span className="saved" role="status">
            Note added.
          </span>
        )}
      </FormActions>
    </form>
  );
}
