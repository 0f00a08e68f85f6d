import { useState } from "react";
import { Link } from "wouter";
import { DateTime } from "../components/layout/date-time";
import { useQuery } from "urql";
import { graphql } from "../gql/graphql";
import { StatusBadge } from "../components/claims/status-badge";
import { LabelBadge } from "../components/verdicts/label-badge";
import { MergeProposalItem, MergeProposalItem_MergeProposalFragment } from "../components/claims/merge-proposal-item";
import { ErrorState, Loading } from "../components/layout/status-views";
import { shorten } from "../lib/format";
import { usePageTitle } from "../lib/use-page-title";
import { NoteExcerpt } from "../components/notes/note-body";
import type { Viewer } from "../lib/viewer";

const MyWorkPageQuery = graphql(
  `
  query MyWorkPage($editor: Boolean!) {
    assigned: claims(first: 50, filter: { assignedToMe: true, status: [NEW, IN_REVIEW, NEEDS_EDITOR] }, orderBy: NEWEST) {
      totalCount
      edges { node { id text status updatedAt } }
    }
    notesMentioningMe(first: 20) {
      totalCount
      edges { node { id body createdAt author { id name } claim { id text } } }
    }
    verdictsAwaitingMySignOff(first: 20) @include(if: $editor) {
      totalCount
      edges { node { id headline label updatedAt publishedBy { id name } claim { id text } } }
    }
    mergeProposals(first: 20) @include(if: $editor) {
      totalCount
      edges { node { id ...MergeProposalItem_MergeProposalFragment } }
    }
  }
`,
  [MergeProposalItem_MergeProposalFragment],
);

/**
 * What is waiting for the signed-in user: claims assigned to them, notes that mention them; for editors, verdicts to
 * sign off and reviewers' merge proposals to decide.
 */
export function MyWorkPage({ viewer }: { viewer: Viewer }) {
  usePageTitle("My work");
  const editor = viewer.role === "EDITOR" || viewer.role === "ADMIN";
  const [{ data, error }, reexecute] = useQuery({ query: MyWorkPageQuery, variables: { editor }, requestPolicy: "cache-and-network" });
  const [decided, setDecided] = useState<string | null>(null);
  if (!data) return error ? <ErrorState error={error} retry={() => reexecute({ requestPolicy: "network-only" })} /> : <Loading />;
  const assigned = data.assigned.edges.map((e) => e.node);
  const mentions = data.notesMentioningMe.edges.map((e) => e.node).filter((n) => n !== null);
  const signOffs = data.verdictsAwaitingMySignOff?.edges.map((e) => e.node).filter((v) => v !== null) ?? [];
  const proposals = data.mergeProposals?.edges.map((e) => e.node).filter((p) => p !== null) ?? [];
  return (
    <div className="page page-my-work">
      <h1>My work</h1>
      {editor && (
        <section className="section card" aria-labelledby="sign-off-heading">
          <h2 id="sign-off-heading">
            Awaiting your sign-off <span className="count">{data.verdictsAwaitingMySignOff?.totalCount ?? 0}</span>
          </h2>
          {signOffs.length ? (
            <ul className="work-list">
              {signOffs.map((v) => (
                <li key={v.id}>
                  <LabelBadge label={v.label} /> <Link href={`/claims/${v.claim?.id}`}>{v.headline}</Link>
                  <p className="muted">
                    Proposed by {v.publishedBy.name}, <DateTime iso={v.updatedAt} /> · {shorten(v.claim?.text ?? "", 140)}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No contested verdict is waiting for a second editor.</p>
          )}
        </section>
      )}
      {editor && (
        <section className="section card" aria-labelledby="merge-proposals-heading">
          <h2 id="merge-proposals-heading">
            Merge proposals <span className="count">{data.mergeProposals?.totalCount ?? 0}</span>
          </h2>
          {decided && (
            <p className="alert alert-info" role="status">
              {decided}
            </p>
          )}
          {proposals.length ? (
            <ul className="work-list">
              {proposals.map((p) => (
                <MergeProposalItem key={p.id} proposal={p} onDecided={setDecided} />
              ))}
            </ul>
          ) : (
            <p className="muted">No reviewer has proposed a merge.</p>
          )}
        </section>
      )}
      <section className="section card" aria-labelledby="assigned-heading">
        <h2 id="assigned-heading">
          Assigned to me <span className="count">{data.assigned.totalCount}</span>
        </h2>
        {assigned.length ? (
          <ul className="work-list">
            {assigned.map((c) => (
              <li key={c.id}>
                <StatusBadge status={c.status} /> <Link href={`/claims/${c.id}`}>{shorten(c.text, 140)}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">Nothing is assigned to you. Pick a claim from the queue and assign it to yourself.</p>
        )}
      </section>
      <section className="section card" aria-labelledby="mentions-heading">
        <h2 id="mentions-heading">
          Mentions <span className="count">{data.notesMentioningMe.totalCount}</span>
        </h2>
        {mentions.length ? (
          <ul className="work-list">
            {mentions.map((n) => (
              <li key={n.id}>
                <strong>{n.author.name}</strong> on <Link href={`/claims/${n.claim.id}`}>{shorten(n.claim.text, 90)}</Link>
                <NoteExcerpt markdown={n.body} />
                <p className="muted">
                  <DateTime iso={n.createdAt} />
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No note mentions you.</p>
        )}
      </section>
    </div>
  );
}

export default MyWorkPage;
