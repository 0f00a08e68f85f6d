import { lazy, Suspense, useMemo, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { useClient, useQuery } from "urql";
import { graphql, readFragment } from "../gql/graphql";
import { FigureTable, FigureTable_ReportedFigureFragment } from "../components/figures/figure-table";
import { TollChart_ReportedFigureFragment, tollChartData } from "../components/figures/toll-chart-data";
import { StatusBadge } from "../components/claims/status-badge";
import { EmptyState, ErrorState, Loading, NotOnDesk } from "../components/layout/status-views";
import { formatDate, formatNumber, formatSpread } from "../lib/format";
import { usePageTitle } from "../lib/use-page-title";
import { isValueOf } from "../lib/enums";
import { figureMetricLabel } from "../components/figures/figure-label";
import { EnumOptions } from "../components/forms/options";
import { SelectFilter } from "../components/filters/filter-fields";
import { EditFigureForm } from "../components/figures/edit-figure-form";
import { useEditFromRow } from "../components/forms/use-focus-after-render";
import { sourceOption, type SourceOption } from "../components/figures/figure-fields";
import { mayEditFigures } from "../lib/roles";
import type { Viewer } from "../lib/viewer";

const TollChart = lazy(() => import("../components/figures/toll-chart"));

const FIGURE_PAGE = 100;

const EventPageQuery = graphql(
  `
    query EventPage($id: ID!, $metric: FigureMetric!) {
      node(id: $id) {
        __typename
        id
        ... on Event {
          title
          description
          place
          startDate
          endDate
          figureSummary(metric: $metric) {
            metric
            reportCount
            sourceCount
            reporterCount
            comparisons {
              subject
              place
              placeNames
              scope
              vagueOnly
              reporterCount
              lowestBound
              highestBound
              spread { lowest highest absolute relative }
              latestByReporter { id reporter { key name } }
            }
            timeline(last: 100) { id ...TollChart_ReportedFigureFragment }
          }
          figures(first: 100, metric: $metric) {
            totalCount
            edges { cursor node { id ...FigureTable_ReportedFigureFragment } }
            pageInfo { hasNextPage endCursor }
          }
          claims(first: 50) {
            edges { node { id text status } }
          }
        }
      }
    }
  `,
  [TollChart_ReportedFigureFragment, FigureTable_ReportedFigureFragment],
);

// Later pages of the figure table are fetched on their own; relayPagination (cache/resolvers.ts) merges them into the
// event's figure list, which re-renders the page from its query.
const EventFiguresPageQuery = graphql(
  `
    query EventFiguresPage($id: ID!, $metric: FigureMetric!, $first: Int!, $after: String) {
      node(id: $id) {
        __typename
        id
        ... on Event {
          figures(first: $first, after: $after, metric: $metric) {
            totalCount
            edges { cursor node { id ...FigureTable_ReportedFigureFragment } }
            pageInfo { hasNextPage endCursor }
          }
        }
      }
    }
  `,
  [FigureTable_ReportedFigureFragment],
);

type Comparison = {
  subject: string;
  place: string | null;
  scope: string | null;
  vagueOnly: boolean;
  reporterCount: number;
  spread: { lowest: number; highest: number; relative: number } | null;
  latestByReporter: readonly { reporter: { name: string } }[];
};

/** What a comparison counts, as the page names it: "civilians in Latakia, running totals". */
const comparedWhat = (c: Comparison) =>
  `${c.subject}${c.place ? ` in ${c.place}` : ""}${c.scope === "CUMULATIVE" ? ", running totals" : c.scope === "INCIDENT" ? ", single incidents" : ""}`;

const reportersOf = (c: Comparison) => c.latestByReporter.map((f) => f.reporter.name).join(", ");

/** The people and organisations a figure can be attributed to, asked for only when a figure is being edited. */
const FigureEditEntitiesQuery = graphql(`
  query FigureEditEntities { entities(first: 100) { edges { node { id name } } } }
`);

/**
 * Editing one of the event's figures where the event lists them: figures recorded against the event without a claim
 * (a ministry's bulletin, read through the API) have no claim desk to be corrected on. The source can be any of the
 * event's listed figures' sources.
 */
function EventFigureEdit({ figureId, sources, onDone }: { figureId: string; sources: SourceOption[]; onDone: () => void }) {
  const [{ data, error }] = useQuery({ query: FigureEditEntitiesQuery });
  if (error) return <p className="alert alert-error">The form could not be loaded. Try again.</p>;
  if (!data) return <Loading label="Loading the figure…" />;
  return (
    <div className="subform">
      <h3>Edit figure</h3>
      <EditFigureForm
        key={figureId}
        figureId={figureId}
        sources={sources}
        entities={data.entities.edges.map((e) => e.node)}
        onDone={onDone}
      />
    </div>
  );
}

/** The event and its toll: every reported figure over time per reporter, with the bounds and spread. */
export default function EventPage({ id, viewer }: { id: string; viewer: Viewer }) {
  const search = useSearch();
  const [, navigate] = useLocation();
  const requested = new URLSearchParams(search).get("metric") ?? "";
  const metric = isValueOf(figureMetricLabel, requested) ? requested : "KILLED";
  const [{ data, error }, reexecute] = useQuery({ query: EventPageQuery, variables: { id, metric }, requestPolicy: "cache-and-network" });
  const event = data?.node?.__typename === "Event" ? data.node : null;
  usePageTitle(event?.title ?? "Event");
  const chartData = useMemo(() => (event ? tollChartData(event.figureSummary.timeline, event.figureSummary.comparisons) : null), [event]);
  const client = useClient();
  const [loadingFigures, setLoadingFigures] = useState(false);
  const [editing, setEditingFigure] = useState<string | null>(null);
  // A row's Edit button stays while its form is open: closing the form (saved or cancelled) goes back to it instead
  // of dropping focus to the top of the page.
  const setEditing = useEditFromRow(setEditingFigure);

  if (!data) {
    if (error) return <ErrorState error={error} retry={() => reexecute({ requestPolicy: "network-only" })} />;
    return <Loading label="Loading event…" />;
  }
  if (!event) {
    return <NotOnDesk title="This event does not exist." />;
  }
  const summary = event.figureSummary;
  const figures = event.figures.edges.map((e) => e.node);
  const sources = new Map<string, SourceOption>();
  for (const figure of figures) {
    const { source } = readFragment(FigureTable_ReportedFigureFragment, figure);
    sources.set(source.id, sourceOption(source));
  }
  const metricLabel = figureMetricLabel[metric];
  // The chart draws a page of the timeline (the latest reports); the table pages through them all.
  const chartShowsPart = summary.timeline.length < summary.reportCount;
  const [leading, ...others] = summary.comparisons;
  const leadingSpread = leading ? formatSpread(leading) : null;
  const loadMoreFigures = async () => {
    setLoadingFigures(true);
    await client
      .query(EventFiguresPageQuery, { id, metric, first: FIGURE_PAGE, after: event.figures.pageInfo.endCursor ?? null })
      .toPromise();
    setLoadingFigures(false);
  };

  return (
    <div className="page page-event">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/">← Claim queue</Link>
      </nav>
      <header className="card event-header">
        <p className="eyebrow">Event</p>
        <h1>{event.title}</h1>
        {event.description && <p>{event.description}</p>}
        <p className="muted">
          {event.place ?? "Place unknown"} · {formatDate(event.startDate)} – {event.endDate ? formatDate(event.endDate) : "ongoing"}
        </p>
        <p className="downloads">
          Every reported figure, with its source, qualifier, bounds, period and place:{" "}
          <a href={`/exports/events/${encodeURIComponent(id)}/figures.csv`} download>
            CSV
          </a>{" "}
          ·{" "}
          <a href={`/exports/events/${encodeURIComponent(id)}/figures.json`} download>
            JSON
          </a>
        </p>
      </header>

      <section className="section" aria-labelledby="toll-heading">
        <div className="section-head">
          <h2 id="toll-heading">Toll tracker</h2>
          <SelectFilter
            id="metric"
            label="Metric"
            value={metric}
            onChange={(m) => navigate(`/events/${id}?metric=${m}`, { replace: true })}
          >
            <EnumOptions labels={figureMetricLabel} />
          </SelectFilter>
        </div>
        {summary.reportCount === 0 ? (
          <EmptyState title={`No ${metricLabel.toLowerCase()} figures reported for this event.`} />
        ) : (
          <>
            <dl className="stats">
              <div>
                <dt>Reports</dt>
                <dd>{formatNumber(summary.reportCount)}</dd>
              </div>
              <div>
                <dt>Sources</dt>
                <dd>{formatNumber(summary.sourceCount)}</dd>
              </div>
              <div>
                <dt>Reporters</dt>
                <dd>{formatNumber(summary.reporterCount)}</dd>
              </div>
              {leading && (
                <>
                  <div>
                    <dt>Lowest bound</dt>
                    <dd>{leading.lowestBound != null ? formatNumber(leading.lowestBound) : "—"}</dd>
                  </div>
                  <div>
                    <dt>Highest bound</dt>
                    <dd>{leading.highestBound != null ? formatNumber(leading.highestBound) : "—"}</dd>
                  </div>
                  {leadingSpread && (
                    <div>
                      <dt>Spread between reporters</dt>
                      <dd>{leadingSpread}</dd>
                    </div>
                  )}
                </>
              )}
            </dl>
            {leading && (
              <p className="compared" data-testid="compared">
                Bounds{leadingSpread ? " and spread" : ""} compare {comparedWhat(leading)}:{" "}
                {reportersOf(leading) || "no reporter gave a number"}
                {leading.vagueOnly ? " (in words only, so no upper bound)" : ""}. Counts of other groups or places, incident counts beside
                running totals and vague words (&ldquo;hundreds&rdquo;) beside numbers are not compared with them.
              </p>
            )}
            {others.length > 0 && (
              <details className="comparisons">
                <summary>Other counts ({others.length})</summary>
                <ul>
                  {others.map((c) => {
                    const spread = formatSpread(c);
                    return (
                      <li key={`${c.subject}|${c.place ?? ""}`}>
                        {comparedWhat(c)}: {c.lowestBound != null ? formatNumber(c.lowestBound) : "—"}
                        {c.highestBound != null && c.highestBound !== c.lowestBound ? `–${formatNumber(c.highestBound)}` : ""}
                        {c.vagueOnly ? " (in words only)" : ""} · {reportersOf(c)}
                        {spread ? ` · spread ${spread}` : ""}
                      </li>
                    );
                  })}
                </ul>
              </details>
            )}
            <figure className="chart-figure">
              <figcaption id="toll-caption">
                Reported {metricLabel.toLowerCase()} figures over time, per reporter (the outlets that carried them in brackets). Bands show
                ranges (low–high); dashed bands are open-ended (&ldquo;at least&rdquo;, &ldquo;more than&rdquo;) and run off the top of the
                chart, or vague (&ldquo;hundreds&rdquo;, read as 200–999): those are labelled with their words and marked with a hollow
                point at the band&rsquo;s floor, since they name no number.
              </figcaption>
              <div role="img" aria-labelledby="toll-caption" aria-describedby="toll-values">
                <Suspense fallback={<Loading label="Loading chart…" />}>
                  {chartData && <TollChart data={chartData} metricLabel={metricLabel} />}
                </Suspense>
              </div>
              {chartShowsPart && (
                <p className="muted">
                  The chart shows the latest {formatNumber(summary.timeline.length)} of {formatNumber(summary.reportCount)} reports; the
                  table below lists them all.
                </p>
              )}
              <p id="toll-values" className="visually-hidden">
                {chartShowsPart ? `The latest ${summary.timeline.length} of ${summary.reportCount}` : summary.timeline.length} reports:{" "}
                {chartData?.series.map((s) => `${s.name} ${s.points.map((p) => p.label).join(", ")}`).join("; ")}
              </p>
            </figure>
            <h3>All reported figures</h3>
            <FigureTable
              figures={figures}
              caption={`Reported ${metricLabel.toLowerCase()} figures`}
              onEdit={mayEditFigures(viewer) ? setEditing : undefined}
            />
            {editing && <EventFigureEdit figureId={editing} sources={[...sources.values()]} onDone={() => setEditing(null)} />}
            {event.figures.pageInfo.hasNextPage && (
              <p className="load-more-row">
                <span className="muted" aria-live="polite">
                  Showing {formatNumber(figures.length)} of {formatNumber(event.figures.totalCount)}, oldest report first.{" "}
                </span>
                <button type="button" className="button button-quiet" onClick={loadMoreFigures} disabled={loadingFigures}>
                  {loadingFigures ? "Loading…" : "Show more figures"}
                </button>
              </p>
            )}
          </>
        )}
      </section>

      <section className="section" aria-labelledby="event-claims-heading">
        <h2 id="event-claims-heading">Claims about this event</h2>
        {event.claims.edges.length === 0 ? (
          <p className="muted">No claims linked yet.</p>
        ) : (
          <ul className="item-list compact">
            {event.claims.edges.map(({ node }) => (
              <li key={node.id} className="item">
                <StatusBadge status={node.status} /> <Link href={`/claims/${node.id}`}>{node.text}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
