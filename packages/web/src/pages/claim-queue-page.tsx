import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useLocation, useSearch } from "wouter";
import { useQuery } from "urql";
import { graphql, type VariablesOf } from "../gql/graphql";
import { ClaimRow, ClaimRow_ClaimFragment } from "../components/claims/claim-row";
import {
  parseQueueParams,
  QueueFilters,
  QueueFilters_QueryFragment,
  serializeQueueParams,
  type QueueParams,
} from "../components/claims/queue-filters";
import { StatusTabs } from "../components/claims/status-tabs";
import { EmptyState, ErrorState, Loading } from "../components/layout/status-views";
import { formatNumber, roleLabel } from "../lib/format";
import { hasModifier, isTyping } from "../lib/keyboard";
import { usePageTitle } from "../lib/use-page-title";
import { useFocusAfterRender } from "../components/forms/use-focus-after-render";
import type { Viewer } from "../lib/viewer";

const PAGE_SIZE = 50;

const NewClaimForm = lazy(() => import("../components/claims/new-claim-form"));

// The status counts are separate `claims` lists (they never pass orderBy), so relay pagination in urql.ts
// never merges them into the queue itself.
const ClaimQueuePageQuery = graphql(
  `
    query ClaimQueuePage(
      $filter: ClaimFilter!
      $orderBy: ClaimOrder!
      $first: Int!
      $after: String
      $all: ClaimFilter!
      $new: ClaimFilter!
      $inReview: ClaimFilter!
      $needsEditor: ClaimFilter!
      $published: ClaimFilter!
      $archived: ClaimFilter!
    ) {
      ...QueueFilters_QueryFragment
      claims(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            ...ClaimRow_ClaimFragment
          }
        }
        pageInfo { hasNextPage endCursor }
      }
      countAll: claims(filter: $all, first: 1) { totalCount }
      countNew: claims(filter: $new, first: 1) { totalCount }
      countInReview: claims(filter: $inReview, first: 1) { totalCount }
      countNeedsEditor: claims(filter: $needsEditor, first: 1) { totalCount }
      countPublished: claims(filter: $published, first: 1) { totalCount }
      countArchived: claims(filter: $archived, first: 1) { totalCount }
    }
  `,
  [QueueFilters_QueryFragment, ClaimRow_ClaimFragment],
);

type ClaimFilter = VariablesOf<typeof ClaimQueuePageQuery>["filter"];

/** The queue's URL parameters as the query's filter. */
export function toFilter(params: QueueParams): ClaimFilter {
  const filter: ClaimFilter = {};
  if (params.status.length) filter.status = params.status as NonNullable<ClaimFilter["status"]>;
  if (params.kind) filter.kind = [params.kind];
  if (params.event) filter.event = params.event;
  if (params.tag) filter.tag = params.tag;
  if (params.mine) filter.assignedToMe = true;
  if (params.assignee) filter.assignee = params.assignee;
  if (params.unassigned) filter.unassigned = true;
  if (params.verdict) filter.hasVerdict = params.verdict === "yes";
  if (params.q) filter.text = params.q;
  return filter;
}

export function ClaimQueuePage({ viewer }: { viewer: Viewer }) {
  usePageTitle("Claim queue");
  const search = useSearch();
  const [, navigate] = useLocation();
  const params = useMemo(() => parseQueueParams(search), [search]);
  const setParams = useCallback((next: QueueParams) => navigate(`/${serializeQueueParams(next)}`, { replace: true }), [navigate]);

  const filter = useMemo(() => toFilter(params), [params]);
  const listKey = JSON.stringify([filter, params.sort]);
  // "Load more" moves the cursor; a new filter or order starts again at the top.
  const [cursor, setCursor] = useState<{ key: string; after: string | null }>({ key: listKey, after: null });
  const after = cursor.key === listKey ? cursor.after : null;

  const variables = useMemo(() => {
    const base = { ...filter };
    delete base.status;
    return {
      filter,
      orderBy: params.sort,
      first: PAGE_SIZE,
      after,
      all: base,
      new: { ...base, status: ["NEW" as const] },
      inReview: { ...base, status: ["IN_REVIEW" as const] },
      needsEditor: { ...base, status: ["NEEDS_EDITOR" as const] },
      published: { ...base, status: ["PUBLISHED" as const] },
      archived: { ...base, status: ["ARCHIVED" as const] },
    };
  }, [filter, params.sort, after]);

  // cache-and-network: coming back to the queue shows it at once, then what colleagues changed meanwhile.
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ClaimQueuePageQuery, variables, requestPolicy: "cache-and-network" });
  const edges = data?.claims.edges ?? [];

  // Keyboard: j/k move the selection, Enter opens it (and / jumps to "Search claims": see the header). The selected
  // claim is remembered for this list, so coming back from it finds the queue where it was left.
  const [selectedId, setSelectedId] = useState(() => rememberedSelection(listKey));
  const selected = edges.findIndex((edge) => edge.node.id === selectedId);
  const setSelected = useCallback(
    (index: number) => {
      const id = edges[index]?.node.id ?? null;
      setSelectedId(id);
      rememberSelection(listKey, id);
    },
    [edges, listKey],
  );
  const rowRefs = useRef<(HTMLAnchorElement | null)[]>([]);
  useEffect(() => setSelectedId(rememberedSelection(listKey)), [listKey]);
  // Back on the queue: the row last opened has the focus again (once, when the list has loaded).
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || selected < 0) return;
    restored.current = true;
    rowRefs.current[selected]?.focus();
    rowRefs.current[selected]?.scrollIntoView({ block: "nearest" });
  }, [selected]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (hasModifier(event) || isTyping(event.target)) return;
      if (event.key !== "j" && event.key !== "k" && event.key !== "Enter") return;
      if (event.key === "Enter") {
        const edge = edges[selected];
        if (edge && !(event.target instanceof HTMLAnchorElement || event.target instanceof HTMLButtonElement)) {
          event.preventDefault();
          navigate(`/claims/${edge.node.id}`);
        }
        return;
      }
      event.preventDefault();
      const next = event.key === "j" ? Math.min(selected + 1, edges.length - 1) : Math.max(selected - 1, 0);
      setSelected(next);
      rowRefs.current[next]?.focus();
      rowRefs.current[next]?.scrollIntoView({ block: "nearest" });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [edges, selected, setSelected, navigate]);

  const [adding, setAdding] = useState(false);
  // On a phone the filters fold away behind a button (CSS shows them always on wider screens).
  const [filtersOpen, setFiltersOpen] = useState(false);
  const newClaimButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const closeNewClaim = () => {
    setAdding(false);
    focusAfterRender(() => newClaimButton.current);
  };

  const counts = data && {
    NEW: data.countNew.totalCount,
    IN_REVIEW: data.countInReview.totalCount,
    NEEDS_EDITOR: data.countNeedsEditor.totalCount,
    PUBLISHED: data.countPublished.totalCount,
    ARCHIVED: data.countArchived.totalCount,
  };

  return (
    <div className="page page-queue">
      <div className="page-heading">
        <h1>Claim queue</h1>
        <p className="muted keyboard-hint">
          <kbd>j</kbd> <kbd>k</kbd> move · <kbd>Enter</kbd> opens · <kbd>/</kbd> search · signed in as {roleLabel[viewer.role]}
        </p>
        <button
          type="button"
          ref={newClaimButton}
          className="button button-primary"
          aria-expanded={adding}
          aria-controls="new-claim-panel"
          onClick={() => (adding ? closeNewClaim() : setAdding(true))}
        >
          New claim
        </button>
      </div>
      <div id="new-claim-panel">
        {adding && (
          <Suspense fallback={<Loading label="Opening the form…" />}>
            <NewClaimForm onClose={closeNewClaim} />
          </Suspense>
        )}
      </div>
      <StatusTabs
        counts={counts ?? {}}
        total={data?.countAll.totalCount}
        selected={params.status}
        onSelect={(status) => setParams({ ...params, status })}
      />
      <button
        type="button"
        className="button queue-filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls="queue-filters"
        onClick={() => setFiltersOpen((open) => !open)}
      >
        {filtersOpen ? "Hide filters" : "Filters"}
      </button>
      <QueueFilters query={data} params={params} onChange={setParams} open={filtersOpen} />
      {error && !data ? (
        <ErrorState error={error} retry={() => reexecute({ requestPolicy: "network-only" })} />
      ) : !data ? (
        <Loading label="Loading claims…" />
      ) : edges.length === 0 ? (
        <EmptyState title="No claims match these filters.">
          <p>Try another status, or clear the filters.</p>
        </EmptyState>
      ) : (
        <>
          <p className="result-count" aria-live="polite">
            {formatNumber(data.claims.totalCount)} {data.claims.totalCount === 1 ? "claim" : "claims"}
            {edges.length < data.claims.totalCount ? ` · showing ${formatNumber(edges.length)}` : ""}
          </p>
          <ol className="claim-list" aria-label="Claims">
            {edges.map((edge, index) => (
              <ClaimRow
                key={edge.node.id}
                claim={edge.node}
                selected={index === selected}
                onSelect={() => setSelected(index)}
                ref={(el) => {
                  rowRefs.current[index] = el;
                }}
              />
            ))}
          </ol>
          {data.claims.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button load-more"
              disabled={fetching}
              onClick={() => setCursor({ key: listKey, after: data.claims.pageInfo.endCursor ?? null })}
            >
              {fetching ? "Loading…" : "Load more"}
            </button>
          )}
        </>
      )}
    </div>
  );
}

const SELECTION = "factdesk:queue-selection";

/** The claim last selected in the queue with these filters (kept for the browser tab's session). */
function rememberedSelection(listKey: string): string | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(SELECTION) ?? "null") as { listKey: string; id: string } | null;
    return saved?.listKey === listKey ? saved.id : null;
  } catch {
    return null;
  }
}

function rememberSelection(listKey: string, id: string | null) {
  try {
    if (id) sessionStorage.setItem(SELECTION, JSON.stringify({ listKey, id }));
    else sessionStorage.removeItem(SELECTION);
  } catch {
    // Storage may be unavailable (private mode, quota): the selection is then only kept while the page is open.
  }
}
