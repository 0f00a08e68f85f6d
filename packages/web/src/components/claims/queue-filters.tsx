import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { claimKindLabel } from "../../lib/format";
import { isValueOf, type Enum } from "../../lib/enums";
import { EnumOptions, NodeOptions } from "../forms/options";
import { CheckFilter, SearchFilter, SelectFilter } from "../filters/filter-fields";
import { useSettledText } from "../filters/use-settled-text";

export const QueueFilters_QueryFragment = graphql(`
  fragment QueueFilters_QueryFragment on Query {
    events(first: 100) {
      edges { node { id title } }
    }
    users(first: 200) {
      edges { node { id name } }
    }
  }
`);

const orderLabel: Record<Enum<"ClaimOrder">, string> = {
  NEWEST: "Newest first",
  OLDEST: "Oldest first",
  RECENTLY_UPDATED: "Recently updated",
  MOST_CHECKWORTHY: "Most check-worthy",
  CLAIM_DATE: "Claim date",
};

/** The queue's filters exactly as they appear in the URL query string. */
export interface QueueParams {
  status: string[];
  kind: Enum<"ClaimKind"> | "";
  event: string;
  tag: string;
  /** A user's id: claims assigned to them. */
  assignee: string;
  mine: boolean;
  /** Claims nobody is assigned to. */
  unassigned: boolean;
  verdict: "" | "yes" | "no";
  q: string;
  sort: Enum<"ClaimOrder">;
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
    // "Assigned to me", a chosen assignee and "Unassigned" are answers to one question; an old link with several
    // keeps "me", then the colleague.
    assignee: p.get("mine") === "1" ? "" : (p.get("assignee") ?? ""),
    mine: p.get("mine") === "1",
    unassigned: p.get("unassigned") === "1" && p.get("mine") !== "1" && !p.get("assignee"),
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
  if (params.assignee) p.set("assignee", params.assignee);
  if (params.mine) p.set("mine", "1");
  if (params.unassigned) p.set("unassigned", "1");
  if (params.verdict) p.set("verdict", params.verdict);
  if (params.q) p.set("q", params.q);
  if (params.sort !== "NEWEST") p.set("sort", params.sort);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** The Assignee list's choice for "nobody": not a user's id (global IDs are base64, without parentheses). */
const UNASSIGNED = "(unassigned)";

interface QueueFiltersProps {
  query: FragmentOf<typeof QueueFilters_QueryFragment> | undefined;
  params: QueueParams;
  onChange: (next: QueueParams) => void;
  /** Unfolded on a phone (see the queue page's Filters button). */
  open: boolean;
}

export function QueueFilters({ query, params, onChange, open }: QueueFiltersProps) {
  const data = readFragment(QueueFilters_QueryFragment, query);
  const events = data?.events.edges.map((e) => e.node) ?? [];
  const users = data?.users.edges.map((e) => e.node) ?? [];
  const set = <K extends keyof QueueParams>(key: K, value: QueueParams[K]) => onChange({ ...params, [key]: value });

  const [text, setText] = useSettledText(params.q, (q) => onChange({ ...params, q }));
  const [tag, setTag] = useSettledText(
    params.tag,
    (t) => onChange({ ...params, tag: t }),
    (t) => t.trim().toLowerCase(),
  );

  const active = serializeQueueParams({ ...params, status: [], sort: "NEWEST" }) !== "";

  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark every screen reader knows; <search> is not yet
    <form
      id="queue-filters"
      className={`queue-filters${open ? " is-open" : ""}`}
      role="search"
      aria-label="Filter claims"
      onSubmit={(e) => e.preventDefault()}
    >
      <SearchFilter id="queue-search" label="Search claims" placeholder="Words in the claim…  (press / )" value={text} onChange={setText} />
      <SelectFilter id="queue-kind" label="Kind" value={params.kind} onChange={(kind) => set("kind", kind)}>
        <option value="">Any kind</option>
        <EnumOptions labels={claimKindLabel} />
      </SelectFilter>
      <SelectFilter id="queue-event" label="Event" value={params.event} onChange={(event) => set("event", event)}>
        <option value="">Any event</option>
        <NodeOptions nodes={events} label={(event) => event.title} />
      </SelectFilter>
      <div className="filter">
        <label htmlFor="queue-tag">Tag</label>
        <input id="queue-tag" type="text" placeholder="e.g. death-toll" value={tag} onChange={(e) => setTag(e.target.value)} />
      </div>
      <SelectFilter id="queue-verdict" label="Verdict" value={params.verdict} onChange={(verdict) => set("verdict", verdict)}>
        <option value="">Any</option>
        <option value="yes">Has a verdict</option>
        <option value="no">No verdict</option>
      </SelectFilter>
      <SelectFilter id="queue-sort" label="Sort by" value={params.sort} onChange={(sort) => set("sort", sort)}>
        <EnumOptions labels={orderLabel} />
      </SelectFilter>
      {/* One assignee at a time: two at once (or somebody and nobody) asked for claims assigned to both and always
          listed none. */}
      <SelectFilter
        id="queue-assignee"
        label="Assignee"
        value={params.unassigned ? UNASSIGNED : params.assignee}
        onChange={(choice) => {
          const unassigned = choice === UNASSIGNED;
          const assignee = unassigned ? "" : choice;
          onChange({ ...params, assignee, unassigned, mine: assignee || unassigned ? false : params.mine });
        }}
      >
        <option value="">Anyone</option>
        <option value={UNASSIGNED}>Unassigned</option>
        <NodeOptions nodes={users} label={(user) => user.name} />
      </SelectFilter>
      <CheckFilter
        id="queue-mine"
        label="Assigned to me"
        value={params.mine}
        onChange={(mine) =>
          onChange({ ...params, mine, assignee: mine ? "" : params.assignee, unassigned: mine ? false : params.unassigned })
        }
      />
      {active && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() =>
            onChange({ ...params, kind: "", event: "", tag: "", assignee: "", mine: false, unassigned: false, verdict: "", q: "" })
          }
        >
          Clear filters
        </button>
      )}
    </form>
  );
}
