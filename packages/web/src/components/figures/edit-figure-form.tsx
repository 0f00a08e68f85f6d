import { useEffect, useRef, useState, type FormEvent } from "react";
import { graphql, type ResultOf } from "../../gql/graphql";
import { Field } from "../forms/field";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { FormActions } from "../forms/form-actions";
import { NodeOptions } from "../forms/options";
import { useNodeToEdit } from "../forms/use-node-to-edit";
import { useResultMutation } from "../forms/use-result-mutation";
import { Loading } from "../layout/status-views";
import { FigureTable_ReportedFigureFragment, FigureValue_ReportedFigureFragment } from "./figure-table";
import { changedFigureInput, figureDraftOf, type FigureDraft, type FigureLinks } from "./figure-draft";
import {
  FigureFields,
  figureIssueFields,
  SourceField,
  sourceOption,
  useReadableBounds,
  useSourceChoice,
  type EntityOption,
  type SourceOption,
} from "./figure-fields";

/** Everything the form edits, with the version the edit is made against. */
const EditFigureForm_ReportedFigureFragment = graphql(
  `
    fragment EditFigureForm_ReportedFigureFragment on ReportedFigure @_unmask {
      id
      version
      ...FigureValue_ReportedFigureFragment
      placePrecision
      attributedTo { id }
      event { id title }
    }
  `,
  [FigureValue_ReportedFigureFragment],
);

// Its own query, run when the form opens: the desk's query is close to the server's cost limit, and the form needs
// the figure's version and the fields the table does not show.
const EditFigureQuery = graphql(
  `
    query EditFigure($id: ID!) {
      node(id: $id) {
        __typename
        id
        ...EditFigureForm_ReportedFigureFragment
      }
      events(first: 100) { edges { node { id title } } }
    }
  `,
  [EditFigureForm_ReportedFigureFragment],
);

// The table's fields come back too, so the desk's row shows the change at once; `claim` and `event` tell the cache
// which lists, summaries and history to reload (cache/updates.ts).
const UpdateFigureMutation = graphql(
  `
    mutation UpdateFigure($input: UpdateFigureInput!) {
      updateFigure(input: $input) {
        __typename
        ... on UpdateFigureSuccess {
          figure {
            id
            ...EditFigureForm_ReportedFigureFragment
            ...FigureTable_ReportedFigureFragment
            claim { id }
          }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [EditFigureForm_ReportedFigureFragment, FigureTable_ReportedFigureFragment, FormErrors_ErrorFragment],
);

type EditableFigure = ResultOf<typeof EditFigureForm_ReportedFigureFragment>;
type Draft = FigureDraft & FigureLinks;

const draftOf = (figure: EditableFigure): Draft => ({ ...figureDraftOf(figure), event: figure.event.id, source: figure.source.id });

interface EditFigureFormProps {
  figureId: string;
  /** The claim's sources, offered next to the figure's own. */
  sources: readonly SourceOption[];
  entities: readonly EntityOption[];
  onDone: () => void;
}

/** Loads the figure as it is now, then edits it; see EditFigureFields. */
export function EditFigureForm({ figureId, ...props }: EditFigureFormProps) {
  const { data, node: figure, reload, placeholder } = useNodeToEdit(EditFigureQuery, figureId, "ReportedFigure", "figure");
  if (!data || !figure) return placeholder;
  const events = data.events.edges.map((e) => e.node);
  return <EditFigureFields figure={figure} events={events} reload={reload} {...props} />;
}

interface EditFigureFieldsProps extends Omit<EditFigureFormProps, "figureId"> {
  figure: EditableFigure;
  events: readonly { id: string; title: string }[];
  reload: () => void;
}

/**
 * Every field of a figure, prefilled, saved against the version the form was opened at. Only what the reviewer
 * changed is sent, and the API checks the bounds against the qualifier as they will be after the edit. When someone
 * else saved first, nothing is saved and the form keeps what was typed: Refresh loads their version, keeps the
 * reviewer's changes on top, and the next save goes against it.
 */
function EditFigureFields({ figure, events, sources, entities, reload, onDone }: EditFigureFieldsProps) {
  const [base, setBase] = useState(() => ({ version: figure.version, values: draftOf(figure) }));
  const [draft, setDraft] = useState(() => draftOf(figure));
  const source = useSourceChoice(figure.source.id);
  const { choice: sourceChoice, setChoice: setSourceChoice } = source;
  // After Refresh: the version the reload must reach, and which fields were the reviewer's own edits.
  const [rebase, setRebase] = useState<{ version: number; edited: (keyof Draft)[] } | null>(null);
  const update = useResultMutation(UpdateFigureMutation, "updateFigure", reload);
  const bounds = useReadableBounds(draft);
  const heading = useRef<HTMLParagraphElement>(null);

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    if (!rebase || figure.version < rebase.version) return;
    const latest = draftOf(figure);
    setBase({ version: figure.version, values: latest });
    setDraft((d) => ({ ...latest, ...Object.fromEntries(rebase.edited.map((key) => [key, d[key]])) }));
    if (!rebase.edited.includes("source")) setSourceChoice(latest.source);
    setRebase(null);
  }, [rebase, figure, setSourceChoice]);

  const refresh = () => {
    if (update.conflict) {
      const edited = (Object.keys(draft) as (keyof Draft)[]).filter((key) =>
        key === "source" ? sourceChoice !== base.values.source : draft[key] !== base.values[key],
      );
      setRebase({ version: update.conflict.currentVersion, edited });
    }
    update.refresh();
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (bounds.blocksSubmit()) return;
    const sourceId = await source.resolve();
    if (!sourceId) return;
    const input = changedFigureInput(base.values, { ...draft, source: sourceId });
    if (Object.keys(input).length === 0) {
      onDone();
      return;
    }
    const payload = await update.run({ input: { id: figure.id, expectedVersion: base.version, ...input } });
    if (payload?.__typename === "UpdateFigureSuccess") onDone();
  };

  // The figure's own source and event are offered even when the claim's sources or the event list leave them out.
  const sourceOptions = sources.some((s) => s.id === figure.source.id) ? sources : [sourceOption(figure.source), ...sources];
  const eventOptions = events.some((e) => e.id === figure.event.id) ? events : [figure.event, ...events];

  return (
    <form className="form" onSubmit={onSubmit} aria-label="Edit figure" noValidate>
      <p className="muted" ref={heading} tabIndex={-1}>
        Editing &ldquo;{figure.statedText}&rdquo;
      </p>
      <FormErrors
        failure={update.failure}
        error={update.error ?? source.error}
        fields={[...figureIssueFields(draft.qualifier), "source", "event"]}
        onRefresh={refresh}
      />
      {rebase && <Loading label="Loading the figure as it is now…" />}
      <FigureFields
        draft={draft}
        onChange={(change) => setDraft((d) => ({ ...d, ...change }))}
        issues={bounds.withIssues(update.issues)}
        entities={entities}
      >
        <div className="field-grid">
          <Field label="Event" issues={update.issues("event")}>
            {(control) => (
              <select {...control} value={draft.event} onChange={(e) => setDraft((d) => ({ ...d, event: e.target.value }))}>
                <NodeOptions nodes={eventOptions} label={(event) => event.title} />
              </select>
            )}
          </Field>
        </div>
        <SourceField source={source} sources={sourceOptions} issues={update.issues("source")} />
      </FigureFields>
      <FormActions
        label="Save figure"
        busyLabel="Saving…"
        busy={update.fetching}
        disabled={source.fetching || rebase !== null}
        onCancel={onDone}
      />
    </form>
  );
}
