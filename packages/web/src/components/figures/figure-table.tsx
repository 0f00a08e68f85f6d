import { useId } from "react";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { formatDate, humanize } from "../../lib/format";
import { figureScopeLabel, formatFigure, periodRange } from "./figure-label";

/** A figure as it was reported, shared by the table and the edit form (unmasked: both read the fields directly). */
export const FigureValue_ReportedFigureFragment = graphql(`
  fragment FigureValue_ReportedFigureFragment on ReportedFigure @_unmask {
    metric
    subject
    qualifier
    low
    high
    statedText
    place
    periodStart
    periodEnd
    periodPrecision
    periodText
    scope
    reportedAt
    source { id url title publisher }
  }
`);

export const FigureTable_ReportedFigureFragment = graphql(
  `
    fragment FigureTable_ReportedFigureFragment on ReportedFigure {
      id
      ...FigureValue_ReportedFigureFragment
      attributedTo { id name }
    }
  `,
  [FigureValue_ReportedFigureFragment],
);

/**
 * Reported figures exactly as stated, with the qualifier kept in the number column; with `onEdit`, each row ends in
 * an Edit button. On a phone each row is a card, its cells labelled from `data-label` (styles.css).
 */
export function FigureTable({
  figures,
  caption,
  onEdit,
}: {
  figures: readonly FragmentOf<typeof FigureTable_ReportedFigureFragment>[];
  caption: string;
  onEdit?: (figureId: string) => void;
}) {
  const rows = figures.map((f) => readFragment(FigureTable_ReportedFigureFragment, f));
  const idPrefix = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling table must be reachable by keyboard to scroll it
    <section className="table-scroll" tabIndex={0} aria-label={caption}>
      <table className="figure-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Who is counted</th>
            <th scope="col">As stated</th>
            <th scope="col">Period</th>
            <th scope="col">Place</th>
            <th scope="col">Source</th>
            <th scope="col">Reported</th>
            {onEdit && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((f, i) => (
            <tr key={f.id}>
              <td className="figure-value" data-label="Figure">
                <span className="figure-number">{formatFigure(f)}</span>
                <span className="muted"> {humanize(f.metric).toLowerCase()}</span>
                {f.scope && <span className="figure-scope">{figureScopeLabel[f.scope]}</span>}
              </td>
              <td data-label="Who is counted">{f.subject}</td>
              <td id={`${idPrefix}-stated-${i}`} data-label="As stated">
                &ldquo;{f.statedText}&rdquo;
              </td>
              <td data-label="Period">
                {f.periodText ?? "—"}
                {(f.periodStart || f.periodEnd) && (
                  <span className="muted"> ({periodRange(f.periodStart, f.periodEnd, f.periodPrecision)})</span>
                )}
              </td>
              <td data-label="Place">{f.place ?? "—"}</td>
              <td data-label="Source">
                <a href={f.source.url} target="_blank" rel="noopener noreferrer">
                  {f.source.publisher ?? f.source.title ?? f.source.url}
                </a>
                {f.attributedTo && <span className="muted"> citing {f.attributedTo.name}</span>}
              </td>
              <td data-label="Reported">{formatDate(f.reportedAt)}</td>
              {onEdit && (
                <td className="figure-actions">
                  {/* Named with the figure as stated ("Edit “at least 1,300 people”"), which the row already shows. */}
                  <button
                    type="button"
                    id={`${idPrefix}-edit-${i}`}
                    className="button button-quiet"
                    aria-labelledby={`${idPrefix}-edit-${i} ${idPrefix}-stated-${i}`}
                    onClick={() => onEdit(f.id)}
                  >
                    Edit
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
