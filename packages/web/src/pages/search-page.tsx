import { useMemo, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../gql/graphql";
import { SearchHitItem, SearchHitItem_SearchHitFragment } from "../components/search/search-hit-item";
import { EmptyState, ErrorState, Loading } from "../components/layout/status-views";
import { parseSearchParams, searchPath, searchTypeLabel, searchTypes } from "../components/search/search-params";
import type { Enum } from "../lib/enums";
import { usePageTitle } from "../lib/use-page-title";

const PAGE_SIZE = 20;

type HitTypename = "Claim" | "Entity" | "Event" | "Source";

const typeOf: Record<HitTypename, Enum<"SearchType">> = { Claim: "CLAIM", Entity: "ENTITY", Event: "EVENT", Source: "SOURCE" };
const SearchPageQuery = graphql(
  `
    query SearchPage($query: String!, $types: [SearchType!], $first: Int!, $after: String) {
      search(query: $query, types: $types, first: $first, after: $after) {
        edges {
          cursor
          node {
            node {
              __typename
              ... on Claim { id }
              ... on Entity { id }
              ... on Event { id }
              ... on Source { id }
            }
            ...SearchHitItem_SearchHitFragment
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
  [SearchHitItem_SearchHitFragment],
);

/** Search results from the header's search box, grouped by what they are, best match first within each group. */
export default function SearchPage() {
  const search = useSearch();
  const [, navigate] = useLocation();
  const { q, type } = useMemo(() => parseSearchParams(search), [search]);
  usePageTitle(q ? `Search: ${q}` : "Search");

  const listKey = JSON.stringify([q, type]);
  const [cursor, setCursor] = useState<{ key: string; after: string | null }>({ key: listKey, after: null });
  const after = cursor.key === listKey ? cursor.after : null;
  const variables = useMemo(() => ({ query: q, types: type ? [type] : null, first: PAGE_SIZE, after }), [q, type, after]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SearchPageQuery,
    variables,
    pause: !q,
    // Claims change under a search as colleagues work: show what is cached at once, then the current hits.
    requestPolicy: "cache-and-network",
  });

  const edges = data?.search.edges ?? [];
  const groups = useMemo(() => {
    // Groups appear in the order of their best hit.
    const byType = new Map<Enum<"SearchType">, (typeof edges)[number][]>();
    for (const edge of edges) {
      const t = typeOf[edge.node.node.__typename];
      byType.set(t, [...(byType.get(t) ?? []), edge]);
    }
    return [...byType.entries()];
  }, [edges]);

  return (
    <div className="page page-search">
      <div className="page-heading">
        <h1>{q ? <>Search results for &ldquo;{q}&rdquo;</> : "Search"}</h1>
      </div>
      {q && (
        <nav aria-label="Kinds of results">
          <ul className="status-tabs">
            {(["", ...searchTypes] as const).map((t) => (
              <li key={t || "all"}>
                <button
                  type="button"
                  className="status-tab"
                  aria-pressed={type === t}
                  onClick={() => navigate(searchPath({ q, type: t }), { replace: true })}
                >
                  {t ? searchTypeLabel[t] : "Everything"}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {!q ? (
        <EmptyState title="Type what to look for in the search box above.">
          <p>Search covers claims, sources, people and organisations, and events. Use &ldquo;quoted phrases&rdquo;, -exclusions and OR.</p>
        </EmptyState>
      ) : error && !data ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : !data ? (
        <Loading label="Searching…" />
      ) : edges.length === 0 ? (
        <EmptyState title={`Nothing on the desk matches “${q}”.`}>
          <p>{type ? "Try everything instead of one kind of result, or other words." : "Try other words, or fewer of them."}</p>
        </EmptyState>
      ) : (
        <>
          <p className="result-count" aria-live="polite">
            {edges.length} {edges.length === 1 ? "result" : "results"}
            {data.search.pageInfo.hasNextPage ? " so far" : ""}
          </p>
          {groups.map(([t, hits]) => (
            <section key={t} className="section" aria-labelledby={`hits-${t}`}>
              <h2 id={`hits-${t}`}>
                {searchTypeLabel[t]} <span className="count">{hits.length}</span>
              </h2>
              <ol className="hit-list">
                {hits.map((edge) => (
                  <SearchHitItem key={`${edge.node.node.__typename}:${edge.node.node.id}`} hit={edge.node} />
                ))}
              </ol>
            </section>
          ))}
          {data.search.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button load-more"
              disabled={fetching}
              onClick={() => setCursor({ key: listKey, after: data.search.pageInfo.endCursor ?? null })}
            >
              {fetching ? "Loading…" : "Load more"}
            </button>
          )}
        </>
      )}
    </div>
  );
}
