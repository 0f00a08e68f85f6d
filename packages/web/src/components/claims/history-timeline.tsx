import { useState } from "react";
import { DateTime } from "../layout/date-time";
import { useClient } from "urql";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { humanize, shorten } from "../../lib/format";
import { actionText, describeAction, shownChanges, type FieldChange } from "../../lib/changes";
import { FieldChangeList } from "../changes/field-change-list";

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
    changes { field before after }
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

const field = (value: unknown, key: string) => (value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined);

/**
 * One short detail for entries whose change is not a field diff (a new rating's label, new evidence's stance, why a
 * merge was proposed or declined, which evidence was removed and which note deleted).
 */
function detail(entry: { action: string; before: unknown; after: unknown }): string | null {
  const { action, before, after } = entry;
  if (action === "rating.create" || action === "verdict.publish" || action === "verdict.propose") {
    const label = field(after, "label");
    if (typeof label === "string") return humanize(label);
  }
  if (action === "verdict.retract") {
    const reason = field(after, "retractionReason");
    if (typeof reason === "string") return reason;
  }
  if (action === "merge_proposal.create" || action === "merge_proposal.decline") {
    const reason = field(after, action === "merge_proposal.create" ? "reason" : "decisionNote");
    if (typeof reason === "string") return reason;
  }
  if (action === "evidence.add") {
    const stance = field(after, "stance");
    if (typeof stance === "string") return humanize(stance);
  }
  // Which evidence left the list or came back: its words, not the time it was removed.
  if (action === "evidence.remove" || action === "evidence.restore") {
    const excerpt = field(after, "excerpt");
    if (typeof excerpt === "string") return `“${shorten(excerpt, 120)}”`;
  }
  // A deleted note's words are what its entry recorded before (the server shows notes' entries to staff only, as the
  // notes themselves).
  if (action === "note.delete") {
    const body = field(before, "body");
    if (typeof body === "string") return `“${shorten(body, 120)}”`;
  }
  return null;
}

/** The action as the timeline words it (about "the claim", since the timeline is the claim's). */
function historyAction(entry: {
  action: string;
  entityType: string;
  after: unknown;
  changes: readonly FieldChange[];
  actor: { name: string } | null;
}): string {
  if (entry.action === "claim.update" && field(entry.after, "via") === "verdict.correct")
    return "reworded the claim through a verdict correction";
  // A media correction says whether it made the item graphic, an assignment whom it went to (describeAction words
  // both from what the entry recorded).
  if (entry.action === "media.update" || entry.action === "claim.assign") return describeAction(entry);
  const known = actionText[entry.action];
  if (known) return known;
  return `changed ${entry.entityType === "Claim" ? "the claim" : `a ${humanize(entry.entityType.replace(/([a-z])([A-Z])/g, "$1_$2")).toLowerCase()}`}`;
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
            const changes = shownChanges(entry);
            return (
              <li key={entry.id}>
                <DateTime iso={entry.at} />
                <p>
                  <strong>{entry.actor?.name ?? "FactDesk"}</strong> {historyAction(entry)}
                  {extra && <span className="muted"> · {extra}</span>}
                </p>
                {changes.length > 0 && <FieldChangeList changes={changes} entityType={entry.entityType} />}
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
