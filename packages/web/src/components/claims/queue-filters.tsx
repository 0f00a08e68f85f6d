import { useEffect, useRef, useState } from "react";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { claimKindLabel, claimKinds } from "../../lib/format";
import { isValueOf, valuesOf, type ClaimKind, type ClaimOrder } from "../../lib/enums";

export const QueueFilters_QueryFragment = graphql(`
  fragment QueueFilters_QueryFragment on Query {
    events(first: 100) {
      edges { node { id title } }
    }
  }
`);

const orderLabel: Record<ClaimOrder, string> = {
  NEWEST: "Newest first",
  OLDEST: "Oldest first",
  RECENTLY_UPDATED: "Recently updated",
  MOST_CHECKWORTHY: "Most check-worthy",
  CLAIM_DATE: "Claim date",
};

const claimOrders = valuesOf(orderLabel);

/** The queue's filters exactly as they appear in the URL query string. */
export interface QueueParams {
  status: string[];
  kind: ClaimKind | "";
  event: string;
  tag: string;
  mine: boolean;
  verdict: "" | "yes" | "no";
  q: string;
  sort: ClaimOrder;
}

export function parseQueueParams(search: string): QueueParams {
  const p = new URLSearchParams(search);
  const kind = p.get("kind") ?? "";
  const sort = p.get("sort") ?? "";
  const verdict = p.get("verdict") ?? "";
  return {
    status: (p.get("status") ?? "").split(",").filter(Boolean),
    kind: isValueOf(claimKindLabel, kind) ? kind : "",
    event: p.get("event") ?? "",
    tag: p.get("tag") ?? "",
    mine: p.get("mine") === "1",
    verdict: verdict === "yes" || verdict === "no" ? verdict : "",
    q: p.get("q") ?? "",
    sort: isValueOf(orderLabel, sort) ? sort : "NEWEST",
  };
}

export function serializeQueueParams(params: QueueParams): string {
  const p = new URLSearchParams();
  if (params.status.length) p.set("status", params.status.join(","));
  if (params.kind) p.set("kind", params.kind);
  if (params.event) p.set("event", params.event);
  if (params.tag) p.set("tag", params.tag);
  if (params.mine) p.set("mine", "1");
  if (params.verdict) p.set("verdict", params.verdict);
  if (params.q) p.set("q", params.q);
  if (params.sort !== "NEWEST") p.set("sort", params.sort);
  const s = p.toString();
  return s ? `?${s}` : "";
}

interface QueueFiltersProps {
  query: FragmentOf<typeof QueueFilters_QueryFragment> | undefined;
  params: QueueParams;
  onChange: (next: QueueParams) => void;
}

export function QueueFilters({ query, params, onChange }: QueueFiltersProps) {
  const data = readFragment(QueueFilters_QueryFragment, query);
  const events = data?.events.edges.map((e) => e.node) ?? [];
  const set = <K extends keyof QueueParams>(key: K, value: QueueParams[K]) => onChange({ ...params, [key]: value });

  // Typing is local; the URL (and the query) follow once the reviewer pauses.
  const [text, setText] = useState(params.q);
  const [tag, setTag] = useState(params.tag);
  useEffect(() => setText(params.q), [params.q]);
  useEffect(() => setTag(params.tag), [params.tag]);
  const latest = useRef({ params, onChange });
  latest.current = { params, onChange };
  useEffect(() => {
    const { params: current, onChange: change } = latest.current;
    if (text.trim() === current.q && tag.trim().toLowerCase() === current.tag) return;
    const timer = setTimeout(() => change({ ...latest.current.params, q: text.trim(), tag: tag.trim().toLowerCase() }), 300);
    return () => clearTimeout(timer);
  }, [text, tag]);

  const active = serializeQueueParams({ ...params, status: [], sort: "NEWEST" }) !== "";

  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark every screen reader knows; <search> is not yet
    <form className="queue-filters" role="search" aria-label="Filter claims" onSubmit={(e) => e.preventDefault()}>
      <div className="filter filter-search">
        <label htmlFor="queue-search">Search claims</label>
        <input
          id="queue-search"
          type="search"
          data-slash-search
          placeholder="Words in the claim…  (press / )"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="filter">
        <label htmlFor="queue-kind">Kind</label>
        <select id="queue-kind" value={params.kind} onChange={(e) => set("kind", e.target.value as QueueParams["kind"])}>
          <option value="">Any kind</option>
          {claimKinds.map((k) => (
            <option key={k} value={k}>
              {claimKindLabel[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="queue-event">Event</label>
        <select id="queue-event" value={params.event} onChange={(e) => set("event", e.target.value)}>
          <option value="">Any event</option>
          {events.map((event) => (
            <option key={event.id} value={event.id}>
              {event.title}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="queue-tag">Tag</label>
        <input id="queue-tag" type="text" placeholder="e.g. death-toll" value={tag} onChange={(e) => setTag(e.target.value)} />
      </div>
      <div className="filter">
        <label htmlFor="queue-verdict">Verdict</label>
        <select id="queue-verdict" value={params.verdict} onChange={(e) => set("verdict", e.target.value as QueueParams["verdict"])}>
          <option value="">Any</option>
          <option value="yes">Has a verdict</option>
          <option value="no">No verdict</option>
        </select>
      </div>
      <div className="filter">
        <label htmlFor="queue-sort">Sort by</label>
        <select id="queue-sort" value={params.sort} onChange={(e) => set("sort", e.target.value as ClaimOrder)}>
          {claimOrders.map((o) => (
            <option key={o} value={o}>
              {orderLabel[o]}
            </option>
          ))}
        </select>
      </div>
      <div className="filter filter-check">
        <input id="queue-mine" type="checkbox" checked={params.mine} onChange={(e) => set("mine", e.target.checked)} />
        <label htmlFor="queue-mine">Assigned to me</label>
      </div>
      {active && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onChange({ ...params, kind: "", event: "", tag: "", mine: false, verdict: "", q: "" })}
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
