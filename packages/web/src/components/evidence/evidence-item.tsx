import { type RefObject, useRef, useState } from "react";
import { useFocusAfterRender } from "../forms/use-focus-after-render";
import { graphql, type ResultOf } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { ConfirmStep } from "../forms/confirm-step";
import { useResultMutation } from "../forms/use-result-mutation";
import { SourceLink, SourceLink_SourceFragment } from "../sources/source-link";
import { SourceCaptures } from "../sources/source-captures";
import { DateTime } from "../layout/date-time";
import { SourceGradeForm } from "../sources/source-grade-form";
import { EditEvidenceForm } from "./edit-evidence-form";
import { shorten } from "../../lib/format";

// Unmasked: the section groups the items by stance, and the desk's query is near its cost limit, so no field is
// asked for twice.
export const EvidenceItem_EvidenceFragment = graphql(
  `
    fragment EvidenceItem_EvidenceFragment on Evidence @_unmask {
      id
      version
      stance
      excerpt
      note
      createdAt
      addedBy { id name }
      source { id ...SourceLink_SourceFragment }
    }
  `,
  [SourceLink_SourceFragment],
);

const RemoveEvidenceMutation = graphql(
  `
    mutation RemoveEvidence($input: RemoveEvidenceInput!) {
      removeEvidence(input: $input) {
        __typename
        ... on RemoveEvidenceSuccess { evidence { id version removedAt claim { id } } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

const RestoreEvidenceMutation = graphql(
  `
    mutation RestoreEvidence($input: RestoreEvidenceInput!) {
      restoreEvidence(input: $input) {
        __typename
        ... on RestoreEvidenceSuccess { evidence { id version removedAt claim { id } } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

type Mode = "view" | "edit" | "remove" | "grade";

interface EvidenceItemProps {
  evidence: ResultOf<typeof EvidenceItem_EvidenceFragment>;
  /** When it was removed: the desk lists current evidence only, the removed list asks for this. */
  removedAt?: string | null;
  refetch: () => void;
  /**
   * It was removed or restored: the item leaves this list, taking the button that was pressed with it, so the list
   * says what happened and where focus goes.
   */
  onMoved?: (change: "removed" | "restored") => void;
  /** False on an archived or merged claim, which keeps its evidence as it was: no Edit, Remove or Restore. */
  changeable?: boolean;
}

/**
 * One piece of evidence: the excerpt, note and source, with Edit and Remove (after a confirm step); removed evidence
 * is struck through with Restore. The server decides who may (the reviewer who added it, or an editor).
 */
export function EvidenceItem({ evidence: item, removedAt, refetch, onMoved, changeable = true }: EvidenceItemProps) {
  const [mode, setMode] = useState<Mode>("view");
  const remove = useResultMutation(RemoveEvidenceMutation, "removeEvidence", refetch);
  const restore = useResultMutation(RestoreEvidenceMutation, "restoreEvidence", refetch);
  const removed = removedAt != null;
  // Each item's buttons say which evidence they act on: with several items, "Edit this evidence" was read out the
  // same for each. The visible words stay short; the name starts with them.
  const named = `evidence “${shorten(item.excerpt, 40)}”`;
  const input = { input: { id: item.id, expectedVersion: item.version } };
  const removeButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const gradeButton = useRef<HTMLButtonElement>(null);
  const row = useRef<HTMLLIElement>(null);
  // The buttons leave while a form is open: focus goes into the form, and back to the button that opened it when the
  // form closes (saved or not), instead of falling to the top of the page both times.
  const focusAfterRender = useFocusAfterRender();
  const openForm = (next: "edit" | "grade") => {
    setMode(next);
    focusAfterRender(() => row.current?.querySelector<HTMLElement>("form textarea, form select"));
  };
  const backTo = (button: RefObject<HTMLButtonElement | null>) => {
    setMode("view");
    focusAfterRender(() => button.current);
  };

  const onRemove = async () => {
    if ((await remove.run(input))?.__typename === "RemoveEvidenceSuccess") {
      setMode("view");
      onMoved?.("removed");
    }
  };
  const onRestore = async () => {
    if ((await restore.run(input))?.__typename === "RestoreEvidenceSuccess") onMoved?.("restored");
  };
  // Cancelling leaves the evidence where it was: back to the button that asked.
  const onCancelRemove = () => backTo(removeButton);

  return (
    <li className={`item${removed ? " item-removed" : ""}`} ref={row}>
      {mode === "edit" ? (
        <EditEvidenceForm evidence={item} onDone={() => backTo(editButton)} refetch={refetch} />
      ) : (
        <>
          <blockquote className="excerpt">{removed ? <del>{item.excerpt}</del> : item.excerpt}</blockquote>
          {item.note && <p className="note">{item.note}</p>}
          <p className="item-meta">
            <SourceLink source={item.source} />
            <span className="muted">
              {" "}
              · added {item.addedBy ? `by ${item.addedBy.name} ` : ""}
              <DateTime iso={item.createdAt} />
              {removed && (
                <>
                  {" "}
                  · removed <DateTime iso={removedAt} />
                </>
              )}
            </span>
          </p>
          {!removed && <SourceCaptures sourceId={item.source.id} forItem={named} />}
        </>
      )}
      {mode === "view" && (
        <div className="button-row">
          {removed ? (
            changeable && (
              <button type="button" className="button button-quiet" disabled={restore.fetching} onClick={() => void onRestore()}>
                {restore.fetching ? "Restoring…" : "Restore"}
                <span className="visually-hidden"> {named}</span>
              </button>
            )
          ) : (
            <>
              {changeable && (
                <>
                  <button type="button" className="button button-quiet" ref={editButton} onClick={() => openForm("edit")}>
                    Edit<span className="visually-hidden"> {named}</span>
                  </button>
                  <button type="button" className="button button-quiet" ref={removeButton} onClick={() => setMode("remove")}>
                    Remove<span className="visually-hidden"> {named}</span>
                  </button>
                </>
              )}
              <button type="button" className="button button-quiet" ref={gradeButton} onClick={() => openForm("grade")}>
                Grade source<span className="visually-hidden"> of {named}</span>
              </button>
            </>
          )}
        </div>
      )}
      {removed && <FormErrors failure={restore.failure} error={restore.error} onRefresh={restore.refresh} />}
      {mode === "grade" && <SourceGradeForm sourceId={item.source.id} onDone={() => backTo(gradeButton)} />}
      {mode === "remove" && (
        <ConfirmStep
          question={
            <>
              <strong>Remove this evidence?</strong> It leaves the list; you can show removed evidence and restore it.
            </>
          }
          confirmLabel="Remove evidence"
          busyLabel="Removing…"
          busy={remove.fetching}
          onConfirm={() => void onRemove()}
          onCancel={onCancelRemove}
          autoFocus
        >
          <FormErrors failure={remove.failure} error={remove.error} onRefresh={remove.refresh} />
        </ConfirmStep>
      )}
    </li>
  );
}
