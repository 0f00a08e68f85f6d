import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { DateTime } from "../layout/date-time";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { useResultMutation } from "../forms/use-result-mutation";
import { LabelBadge } from "../verdicts/label-badge";
import { humanize } from "../../lib/format";
import type { Viewer } from "../../lib/viewer";

export const RatingsSection_ClaimFragment = graphql(`
  fragment RatingsSection_ClaimFragment on Claim {
    id
    consensus {
      ratingCount
      earlierWordingCount
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
          ratedText
          ratesEarlierWording
          reviewer { id name }
          citedEvidence { id excerpt }
        }
      }
    }
  }
`);

const ConfirmRatingMutation = graphql(
  `
    mutation ConfirmRating($input: ConfirmRatingInput!) {
      confirmRating(input: $input) {
        __typename
        ... on ConfirmRatingSuccess {
          rating {
            id
            ratedText
            ratesEarlierWording
            claim { id consensus { ratingCount earlierWordingCount majorityLabel agreement contested counts { label count } } }
          }
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

interface RatingsSectionProps {
  claim: FragmentOf<typeof RatingsSection_ClaimFragment>;
  viewer: Viewer;
  /** Moves focus to the rating form ("Rate again"). */
  onRateAgain?: () => void;
}

const notCounted = (n: number) =>
  n === 1 ? "1 rating of an earlier wording is not counted." : `${n} ratings of an earlier wording are not counted.`;

/**
 * Each reviewer's current rating, and how far they agree. A rating given before the claim was reworded is kept but
 * set apart and left out of the consensus; its reviewer confirms it for the new wording or rates again.
 */
export function RatingsSection({ claim, viewer, onRateAgain }: RatingsSectionProps) {
  const { consensus, ratings } = readFragment(RatingsSection_ClaimFragment, claim);
  const confirm = useResultMutation(ConfirmRatingMutation, "confirmRating");
  const max = Math.max(1, ...consensus.counts.map((c) => c.count));
  const current = ratings.edges.map((e) => e.node).filter((r) => !r.ratesEarlierWording);
  const earlier = ratings.edges.map((e) => e.node).filter((r) => r.ratesEarlierWording);
  return (
    <div className="ratings">
      <section className="consensus" aria-label="Consensus">
        {consensus.ratingCount === 0 ? (
          <p className="muted">{consensus.earlierWordingCount > 0 ? "No ratings of the present wording yet." : "No ratings yet."}</p>
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
                <strong>Contested.</strong> Reviewers rated this at opposite ends of the scale; a verdict needs a second editor&rsquo;s
                sign-off.
              </p>
            )}
            <ul className="label-counts" aria-label="Ratings per label">
              {consensus.counts
                .filter((c) => c.count > 0)
                .map((c) => (
                  <li key={c.label}>
                    <span className="label-count-name">{humanize(c.label)}</span>
                    <span className="bar" aria-hidden="true">
                      <span
                        className={`bar-fill label-${c.label.toLowerCase().replace(/_/g, "-")}`}
                        style={{ width: `${(c.count / max) * 100}%` }}
                      />
                    </span>
                    <span className="label-count-value">{c.count}</span>
                  </li>
                ))}
            </ul>
          </>
        )}
        {consensus.earlierWordingCount > 0 && <p className="muted earlier-count">{notCounted(consensus.earlierWordingCount)}</p>}
      </section>
      {current.length > 0 && (
        <ul className="item-list rating-list" aria-label="Ratings of the present wording">
          {current.map((node) => (
            <li key={node.id} className="item rating">
              <p className="rating-head">
                <strong>{node.reviewer.name}</strong> <LabelBadge label={node.label} />
                <span className="muted"> · {node.confidence}% confident</span>
              </p>
              <p className="rationale">{node.rationale}</p>
              <p className="item-meta muted">
                <DateTime iso={node.createdAt} />
                {node.citedEvidence.length > 0 &&
                  ` · cites ${node.citedEvidence.length} piece${node.citedEvidence.length === 1 ? "" : "s"} of evidence`}
              </p>
            </li>
          ))}
        </ul>
      )}
      {earlier.length > 0 && (
        <>
          <FormErrors failure={confirm.failure} error={confirm.error} />
          <ul className="item-list rating-list rating-list-earlier" aria-label="Ratings of an earlier wording">
            {earlier.map((node) => (
              <li key={node.id} className="item rating rating-earlier">
                <p className="rating-head">
                  <strong>{node.reviewer.name}</strong> <span className="badge badge-earlier">Rated an earlier wording</span>
                </p>
                <p className="rating-earlier-label">
                  Rated it {humanize(node.label)}, {node.confidence}% confident <span className="muted">(not counted)</span>
                </p>
                {node.ratedText && (
                  <figure className="rated-text">
                    <figcaption>The wording they rated</figcaption>
                    <blockquote>{node.ratedText}</blockquote>
                  </figure>
                )}
                <p className="rationale">{node.rationale}</p>
                <p className="item-meta muted">
                  <DateTime iso={node.createdAt} />
                </p>
                {node.reviewer.id === viewer.id && (
                  <div className="button-row">
                    <button
                      type="button"
                      className="button button-primary"
                      disabled={confirm.fetching}
                      onClick={() => void confirm.run({ input: { id: node.id } })}
                    >
                      Confirm for the new wording
                    </button>
                    {onRateAgain && (
                      <button type="button" className="button" onClick={onRateAgain}>
                        Rate again
                      </button>
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
