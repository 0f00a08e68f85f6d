import { useRef, useState } from "react";
import { useEditFromRow, useFocusAfterRender } from "../forms/use-focus-after-render";
import { Link } from "wouter";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { FigureTable, FigureTable_ReportedFigureFragment } from "./figure-table";
import { RecordFigureForm } from "./record-figure-form";
import { EditFigureForm } from "./edit-figure-form";
import { sourceOption, type EntityOption, type SourceOption } from "./figure-fields";
import { mayEditFigures } from "../../lib/roles";
import type { Viewer } from "../../lib/viewer";

export const FigureSection_ClaimFragment = graphql(
  `
    fragment FigureSection_ClaimFragment on Claim {
      id
      kind
      event { id title }
      # A claim states a handful of figures; 50 keeps the claim desk's query under the API's cost limit.
      figures(first: 50) {
        edges { node { id ...FigureTable_ReportedFigureFragment } }
      }
      appearances(first: 100) {
        edges { node { id source { id url title publisher } } }
      }
      evidence(first: 100) {
        edges { node { id source { id url title publisher } } }
      }
    }
  `,
  [FigureTable_ReportedFigureFragment],
);

interface FigureSectionProps {
  claim: FragmentOf<typeof FigureSection_ClaimFragment>;
  entities: EntityOption[];
  viewer: Viewer;
  /** False on an archived or merged claim: its figures are listed, and no new one is offered. */
  takesWork: boolean;
}

/** The claim's figures, with a form to record another or edit one (one form open at a time). */
export function FigureSection({ claim, entities, viewer, takesWork }: FigureSectionProps) {
  const c = readFragment(FigureSection_ClaimFragment, claim);
  // The one form open: recording a new figure, or editing the figure with this id.
  const [open, setOpen] = useState<{ record: true } | { edit: string } | null>(null);
  const adding = open !== null && "record" in open;
  const editing = open !== null && "edit" in open ? open.edit : null;
  // Closing a form (saved or cancelled) goes back to the button that opened it: a row's Edit button stays while its
  // form is open, Record a figure comes back. Focus fell to the top of the page.
  const setEditing = useEditFromRow((id) => setOpen(id ? { edit: id } : null));
  const recordButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const setAdding = (record: boolean) => {
    setOpen(record ? { record: true } : null);
    if (!record) focusAfterRender(() => recordButton.current);
  };
  const figures = c.figures.edges.map((e) => e.node);
  if (figures.length === 0 && !takesWork) return null;
  if (figures.length === 0 && c.kind !== "FIGURE" && !adding) {
    return (
      <section className="section section-quiet" aria-labelledby="figures-heading">
        <h2 id="figures-heading">Figures</h2>
        <button type="button" className="button button-quiet" ref={recordButton} onClick={() => setAdding(true)}>
          Record a figure
        </button>
      </section>
    );
  }

  const sources = new Map<string, SourceOption>();
  for (const { node } of [...c.appearances.edges, ...c.evidence.edges]) {
    sources.set(node.source.id, sourceOption(node.source));
  }

  return (
    <section className="section" aria-labelledby="figures-heading">
      <h2 id="figures-heading">
        Figures <span className="count">{figures.length}</span>
      </h2>
      {c.event && (
        <p>
          <Link href={`/events/${c.event.id}`}>See every figure for {c.event.title} →</Link>
        </p>
      )}
      {figures.length > 0 ? (
        <FigureTable figures={figures} caption="Figures this claim reports" onEdit={mayEditFigures(viewer) ? setEditing : undefined} />
      ) : (
        <p className="muted">No figures recorded.</p>
      )}
      {editing && (
        <div className="subform">
          <h3>Edit figure</h3>
          <EditFigureForm
            key={editing}
            figureId={editing}
            sources={[...sources.values()]}
            entities={entities}
            onDone={() => setEditing(null)}
          />
        </div>
      )}
      {adding ? (
        c.event ? (
          <div className="subform">
            <h3>Record a figure</h3>
            <RecordFigureForm
              claimId={c.id}
              eventId={c.event.id}
              sources={[...sources.values()]}
              entities={entities}
              onDone={() => setAdding(false)}
            />
            <button type="button" className="button button-quiet" onClick={() => setAdding(false)}>
              Cancel
            </button>
          </div>
        ) : (
          <p className="alert alert-info">Link this claim to an event first (Edit claim): figures belong to an event.</p>
        )
      ) : (
        !editing &&
        takesWork && (
          <button type="button" className="button" ref={recordButton} onClick={() => setAdding(true)}>
            Record a figure
          </button>
        )
      )}
    </section>
  );
}
