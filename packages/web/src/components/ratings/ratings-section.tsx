import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { LabelBadge } from "../verdicts/label-badge";
import { formatDateTime, humanize } from "../../lib/format";

export const RatingsSection_ClaimFragment = graphql(`
  fragment RatingsSection_ClaimFragment on Claim {
    id
    consensus {
      ratingCount
      majorityLabel
      agreement
      contested
      counts { label count }
    }
    ratings(first: 100) {
      edges {
        node {
          id
          label
          confidence
          rationale
          createdAt
          reviewer { id name }
          citedEvidence { id excerpt }
        }
      }
    }
  }
`);

/** Each reviewer's current rating, and how far they agree. */
export function RatingsSection({ claim }: { claim: FragmentOf<typeof RatingsSection_ClaimFragment> }) {
  const { consensus, ratings } = readFragment(RatingsSection_ClaimFragment, claim);
  const max = Math.max(1, ...consensus.counts.map((c) => c.count));
  return (
    <div className="ratings">
      <div className="consensus" aria-label="Consensus">
        {consensus.ratingCount === 0 ? (
          <p className="muted">No ratings yet.</p>
        ) : (
          <>
            <p className="consensus-line">
              {consensus.majorityLabel ? (
                <>
                  Majority: <LabelBadge label={consensus.majorityLabel} />
                </>
              ) : (
                <>No majority (tie)</>
              )}
              <span className="muted">
                {" "}
                · {consensus.ratingCount} {consensus.ratingCount === 1 ? "rating" : "ratings"}
                {consensus.agreement != null && ` · ${Math.round(consensus.agreement * 100)}% agreement`}
              </span>
            </p>
            {consensus.contested && (
              <p className="alert alert-warning" role="note">
                <strong>Contested.</strong> Reviewers rated this at opposite ends of the scale; a verdict needs a second
                editor&rsquo;s sign-off.
              </p>
            )}
            <ul className="label-counts" aria-label="Ratings per label">
              {consensus.counts
                .filter((c) => c.count > 0)
                .map((c) => (
                  <li key={c.label}>
                    <span className="label-count-name">{humanize(c.label)}</span>
                    <span className="bar" aria-hidden="true">
                      <span className={`bar-fill label-${c.label.toLowerCase().replace(/_/g, "-")}`} style={{ width: `${(c.count / max) * 100}%` }} />
                    </span>
                    <span className="label-count-value">{c.count}</span>
                  </li>
                ))}
            </ul>
          </>
        )}
      </div>
      {ratings.edges.length > 0 && (
        <ul className="item-list rating-list">
          {ratings.edges.map(({ node }) => (
            <li key={node.id} className="item rating">
              <p className="rating-head">
                <strong>{node.reviewer.name}</strong> <LabelBadge label={node.label} />
                <span className="muted"> · {node.confidence}% confident</span>
              </p>
              <p className="rationale">{node.rationale}</p>
              <p className="item-meta muted">
                {formatDateTime(node.createdAt)}
                {node.citedEvidence.length > 0 &&
                  ` · cites ${node.citedEvidence.length} piece${node.citedEvidence.length === 1 ? "" : "s"} of evidence`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
