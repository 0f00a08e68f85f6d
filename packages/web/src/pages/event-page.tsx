import { lazy, Suspense, useMemo } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../gql/graphql";
import { FigureTable, FigureTable_ReportedFigureFragment } from "../components/figures/figure-table";
import { TollChart_ReportedFigureFragment, tollChartData } from "../components/figures/toll-chart-data";
import { StatusBadge } from "../components/claims/status-badge";
import { EmptyState, ErrorState, Loading, NotOnDesk } from "../components/layout/status-views";
import { formatDate, formatNumber } from "../lib/format";
import { usePageTitle } from "../lib/use-page-title";
import { isValueOf } from "../lib/enums";
import { figureMetricLabel } from "../components/figures/figure-label";
import { EnumOptions } from "../components/forms/options";
import { SelectFilter } from "../components/filters/filter-fields";

const TollChart = lazy(() => import("../components/figures/toll-chart"));

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
            lowestBound
            highestBound
            spread { lowest highest absolute relative }
            timeline { id ...TollChart_ReportedFigureFragment }
          }
          figures(first: 100, metric: $metric) {
            edges { node { id ...FigureTable_ReportedFigureFragment } }
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

/** The event and its toll: every reported figure over time per reporter, with the bounds and spread. */
export default function EventPage({ id }: { id: string }) {
  const search = useSearch();
  const [, navigate] = useLocation();
  const requested = new URLSearchParams(search).get("metric") ?? "";
  const metric = isValueOf(figureMetricLabel, requested) ? requested : "KILLED";
  const [{ data, error }, reexecute] = useQuery({ query: EventPageQuery, variables: { id, metric }, requestPolicy: "cache-and-network" });
  const event = data?.node?.__typename === "Event" ? data.node : null;
  usePageTitle(event?.title ?? "Event");
  const chartData = useMemo(() => (event ? tollChartData(event.figureSummary.timeline) : null), [event]);

  if (!data) {
    if (error) return <ErrorState error={error} retry={() => reexecute({ requestPolicy: "network-only" })} />;
    return <Loading label="Loading event…" />;
  }
  if (!event) {
    return <NotOnDesk title="This event does not exist." />;
  }
  const summary = event.figureSummary;
  const figures = event.figures.edges.map((e) => e.node);
  const metricLabel = figureMetricLabel[metric];

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
                <dt>Lowest bound</dt>
                <dd>{summary.lowestBound != null ? formatNumber(summary.lowestBound) : "—"}</dd>
              </div>
              <div>
                <dt>Highest bound</dt>
                <dd>{summary.highestBound != null ? formatNumber(summary.highestBound) : "—"}</dd>
              </div>
              {summary.spread && summary.sourceCount > 1 && (
                <div>
                  <dt>Spread between sources</dt>
                  <dd>
                    {formatNumber(summary.spread.lowest)}–{formatNumber(summary.spread.highest)} (
                    {Math.round(summary.spread.relative * 100)}%)
                  </dd>
                </div>
              )}
            </dl>
            <figure className="chart-figure">
              <figcaption id="toll-caption">
                Reported {metricLabel.toLowerCase()} figures over time, per reporter (the outlets that carried them in brackets). Bands show
                ranges (low–high); dashed bands are open-ended (&ldquo;at least&rdquo;, &ldquo;more than&rdquo;) or vague
                (&ldquo;hundreds&rdquo;) and run off the top of the chart.
              </figcaption>
              <div role="img" aria-labelledby="toll-caption" aria-describedby="toll-values">
                <Suspense fallback={<Loading label="Loading chart…" />}>
                  {chartData && <TollChart data={chartData} metricLabel={metricLabel} />}
                </Suspense>
              </div>
              <p id="toll-values" className="visually-hidden">
                {summary.timeline.length} reports:{" "}
                {chartData?.series.map((s) => `${s.name} ${s.points.map((p) => p.label).join(", ")}`).join("; ")}
              </p>
            </figure>
            <h3>All reported figures</h3>
            <FigureTable figures={figures} caption={`Reported ${metricLabel.toLowerCase()} figures`} />
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
