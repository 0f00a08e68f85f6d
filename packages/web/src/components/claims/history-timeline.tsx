import { useState } from "react";
import { useClient } from "urql";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { formatDateTime, humanize, statusLabel } from "../../lib/format";

const HISTORY_PAGE = 30;

export const HistoryTimeline_AuditEntryFragment = graphql(`
  fragment HistoryTimeline_AuditEntryFragment on AuditEntry {
    id
    action
    at
    entityType
    before
    after
    actor { id name }
  }
`);

export const HistoryTimeline_ClaimFragment = graphql(
  `
    fragment HistoryTimeline_ClaimFragment on Claim {
      id
      history(first: 30) {
        edges { cursor node { id ...HistoryTimeline_AuditEntryFragment } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
  [HistoryTimeline_AuditEntryFragment],
);

// Later pages are fetched on their own; relayPagination (urql.ts) merges them into the claim's history list,
// which re-renders this timeline from the page query.
const ClaimHistoryPageQuery = graphql(
  `
    query ClaimHistoryPage($id: ID!, $first: Int!, $after: String) {
      claim(id: $id) {
        id
        history(first: $first, after: $after) {
          edges { cursor node { id ...HistoryTimeline_AuditEntryFragment } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  `,
  [HistoryTimeline_AuditEntryFragment],
);

const actionText: Record<string, string> = {
  "claim.create": "added the claim",
  "claim.update": "edited the claim",
  "claim.set_status": "changed the status",
  "claim.assign": "changed the assignee",
  // The server records "claim.merge" on the duplicate and "claim.merge_into" on the claim it was folded into.
  "claim.merge": "merged this claim into another",
  "claim.merge_into": "merged a duplicate into this claim",
  "appearance.create": "recorded an appearance",
  "evidence.add": "added evidence",
  "evidence.update": "edited evidence",
  "evidence.remove": "removed evidence",
  "evidence.restore": "restored evidence",
  "rating.create": "rated the claim",
  "figure.record": "recorded a figure",
  "figure.update": "edited a figure",
  "media.add": "added media",
  "media.set_verification": "set the media verification",
  "verdict.propose": "proposed a verdict (awaiting sign-off)",
  "verdict.publish": "published the verdict",
  "verdict.sign_off": "signed off the verdict",
  "verdict.correct": "corrected the verdict",
  "verdict.retract": "retracted the verdict",
};

const field = (value: unknown, key: string) =>
  value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;

/** One line of what changed, for the entries where a short summary helps. */
function detail(entry: { action: string; before: unknown; after: unknown }): string | null {
  const { action, before, after } = entry;
  if (action === "claim.set_status") {
    const from = field(before, "status");
    const to = field(after, "status");
    if (typeof from === "string" && typeof to === "string") return `${statusLabel[from] ?? from} → ${statusLabel[to] ?? to}`;
  }
  if (action === "rating.create" || action.startsWith("verdict.")) {
    const label = field(after, "label");
    if (typeof label === "string") return humanize(label);
  }
  if (action === "evidence.add") {
    const stance = field(after, "stance");
    if (typeof stance === "string") return humanize(stance);
  }
  if (action === "claim.update" && after && typeof after === "object") {
    const keys = Object.keys(after).filter((k) => !["version", "updatedAt", "id"].includes(k));
    if (keys.length && keys.length <= 4) return `changed ${keys.join(", ")}`;
  }
  return null;
}

/** Every change to the claim and what hangs off it, oldest first. */
export function HistoryTimeline({ claim }: { claim: FragmentOf<typeof HistoryTimeline_ClaimFragment> }) {
  const { id, history } = readFragment(HistoryTimeline_ClaimFragment, claim);
  const client = useClient();
  const [loading, setLoading] = useState(false);
  const entries = history.edges.map((e) => readFragment(HistoryTimeline_AuditEntryFragment, e.node));

  const loadMore = async () => {
    setLoading(true);
    await client.query(ClaimHistoryPageQuery, { id, first: HISTORY_PAGE, after: history.pageInfo.endCursor ?? null }).toPromise();
    setLoading(false);
  };

  return (
    <section className="section" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {entries.length === 0 ? (
        <p className="muted">No changes recorded.</p>
      ) : (
        <ol className="timeline">
          {entries.map((entry) => {
            const extra = detail(entry);
            return (
              <li key={entry.id}>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                <p>
                  <strong>{entry.actor?.name ?? "FactDesk"}</strong> {actionText[entry.action] ?? entry.action}
                  {extra && <span className="muted"> · {extra}</span>}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {history.pageInfo.hasNextPage && (
        <button type="button" className="button button-quiet" onClick={loadMore} disabled={loading}>
          {loading ? "Loading…" : "Show more history"}
        </button>
      )}
    </section>
  );
}
