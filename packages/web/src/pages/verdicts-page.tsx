import { useCallback, useMemo, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../gql/graphql";
import { VerdictListItem, VerdictListItem_VerdictFragment } from "../components/verdicts/verdict-list-item";
import {
  noFilters,
  parseVerdictParams,
  serializeVerdictParams,
  toVerdictFilter,
  VerdictFilters,
  type VerdictParams,
} from "../components/verdicts/verdict-filters";
import { EmptyState, ErrorState, Loading } from "../components/layout/status-views";
import { formatNumber } from "../lib/format";
import { isInvalidInput } from "../lib/errors";
import { usePageTitle } from "../lib/use-page-title";
import type { Viewer } from "../lib/viewer";

const PAGE_SIZE = 20;

// Events are listed for staff only: the public may not list them (`events` needs figures:read), so the event
// filter is offered to signed-in readers, and a shared link with an event still filters for everyone.
const VerdictsPageQuery = graphql(
  `
    query VerdictsPage($filter: VerdictFilter!, $includeRetracted: Boolean!, $first: Int!, $after: String, $withEvents: Boolean!) {
      verdicts(filter: $filter, includeRetracted: $includeRetracted, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            ...VerdictListItem_VerdictFragment
          }
        }
        pageInfo { hasNextPage endCursor }
      }
      events(first: 100) @include(if: $withEvents) {
        edges { node { id title } }
      }
    }
  `,
  [VerdictListItem_VerdictFragment],
);

/**
 * The published fact-checks, newest first: the front page for the public (at /) and the list at /verdicts for
 * everyone. Search and filters live in the URL, so a filtered list can be shared.
 */
export function VerdictsPage({ viewer, path }: { viewer: Viewer | null; path: "/" | "/verdicts" }) {
  usePageTitle(path === "/" ? "Fact-checks" : "Published fact-checks");
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = useMemo(() => parseVerdictParams(search), [search]);
  // Each change of the filters is a step in the history: Back undoes it (typing is committed once it pauses).
  const setParams = useCallback((next: VerdictParams) => navigate(`${path}${serializeVerdictParams(next)}`), [navigate, path]);

  const query = serializeVerdictParams(params);
  const filter = useMemo(() => toVerdictFilter(params), [params]);
  const listKey = JSON.stringify([filter, params.retracted]);
  // "Load more" moves the cursor; new filters start again at the top. A page opened at `?after=` (the link "Load
  // more" is for readers without JavaScript) starts there.
  const [cursor, setCursor] = useState<{ key: string; after: string | null }>(() => ({
    key: listKey,
    after: new URLSearchParams(search).get("after"),
  }));
  const after = cursor.key === listKey ? cursor.after : null;
  const variables = useMemo(
    () => ({ filter, includeRetracted: params.retracted, first: PAGE_SIZE, after, withEvents: viewer !== null }),
    [filter, params.retracted, after, viewer],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({ query: VerdictsPageQuery, variables, requestPolicy: "cache-and-network" });
  const edges = data?.verdicts.edges ?? [];
  const events = data?.events?.edges.map((e) => e.node) ?? (viewer ? [] : null);
  const total = data?.verdicts.totalCount ?? 0;

  return (
    <div className="page page-public">
      <header className="public-intro">
        <h1>{path === "/" ? "Fact-checks" : "Published fact-checks"}</h1>
        <p className="muted">
          What the FactDesk desk checked, and what it found: each verdict cites its evidence, and every correction and retraction stays on
          the record.
        </p>
        <p className="downloads">
          <a href="/exports/verdicts.csv" download>
            Download every published verdict (CSV)
          </a>{" "}
          · <a href="/claim-reviews.jsonld">ClaimReview feed</a> · <a href="/verdicts.atom">Atom feed</a>
        </p>
      </header>
      <VerdictFilters params={params} onChange={setParams} events={events} />
      {error && !data ? (
        isInvalidInput(error) ? (
          <EmptyState title="These filters cannot be applied.">
            <p>The address may be incomplete.</p>
            <button type="button" className="button" onClick={() => setParams(noFilters)}>
              Clear filters
            </button>
          </EmptyState>
        ) : (
          <ErrorState error={error} retry={() => reexecute({ requestPolicy: "network-only" })} />
        )
      ) : !data ? (
        <Loading label="Loading fact-checks…" />
      ) : edges.length === 0 ? (
        <EmptyState title={query ? "No fact-checks match these filters." : "No fact-checks published yet."}>
          {params.from && params.to && params.from > params.to ? (
            <p>The dates are the wrong way round: “Published from” is after “Published until”.</p>
          ) : (
            query && <p>Try other words or a wider date range, or clear the filters.</p>
          )}
        </EmptyState>
      ) : (
        <>
          <p className="result-count" aria-live="polite">
            {formatNumber(total)} {total === 1 ? "fact-check" : "fact-checks"}
            {edges.length < total ? ` · showing ${formatNumber(edges.length)}` : ""}
          </p>
          <ol className="verdict-list" aria-label="Fact-checks">
            {edges.map((edge) => (
              <VerdictListItem key={edge.node.id} verdict={edge.node} />
            ))}
          </ol>
          {data.verdicts.pageInfo.hasNextPage && (
            <a
              className="button load-more"
              href={`${path}${withAfter(query, data.verdicts.pageInfo.endCursor)}`}
              aria-disabled={fetching || undefined}
              onClick={(e) => {
                e.preventDefault();
                if (!fetching) setCursor({ key: listKey, after: data.verdicts.pageInfo.endCursor ?? null });
              }}
            >
              {fetching ? "Loading…" : "Load more"}
            </a>
          )}
        </>
      )}
    </div>
  );
}

/** The list's query string with the page after `cursor`: where "Load more" goes without JavaScript. */
function withAfter(query: string, cursor: string | null | undefined): string {
  if (!cursor) return query;
  return `${query}${query ? "&" : "?"}after=${encodeURIComponent(cursor)}`;
}
