import { Link } from "wouter";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { formatDate, humanize } from "../../lib/format";
import { LabelBadge } from "./label-badge";

export const VerdictListItem_VerdictFragment = graphql(`
  fragment VerdictListItem_VerdictFragment on Verdict {
    id
    state
    label
    headline
    publishedAt
    retractedAt
    corrections { id createdAt }
    judgedClaim { text claimantName claimantRole claimDate claimDatePrecision }
  }
`);

/**
 * One fact-check in the public list: verdict, headline (the link to it), the claim as judged and who made it. A
 * retracted one is marked Retracted, its former rating struck through, never as a live label.
 */
export function VerdictListItem({ verdict }: { verdict: FragmentOf<typeof VerdictListItem_VerdictFragment> }) {
  const v = readFragment(VerdictListItem_VerdictFragment, verdict);
  const retracted = v.state === "RETRACTED";
  const claim = v.judgedClaim;
  const corrected = v.corrections.length > 0;
  return (
    <li className={`verdict-item${retracted ? " is-retracted" : ""}`}>
      <p className="verdict-item-meta">
        {retracted ? (
          <>
            <span className="badge badge-retracted">Retracted</span>{" "}
            <span className="former-rating">
              Former rating: <del>{humanize(v.label)}</del>
            </span>
          </>
        ) : (
          <LabelBadge label={v.label} />
        )}
        <span className="muted">
          {" "}
          · {retracted && v.retractedAt ? `retracted ${formatDate(v.retractedAt)}` : `published ${formatDate(v.publishedAt)}`}
          {corrected ? " · corrected" : ""}
        </span>
      </p>
      <h2 className="verdict-item-headline">
        <Link href={`/verdicts/${v.id}`}>{v.headline}</Link>
      </h2>
      <blockquote className="verdict-item-claim">{claim.text}</blockquote>
      <p className="verdict-item-claimant muted">
        {claim.claimantName ? `${claim.claimantName}${claim.claimantRole ? `, ${claim.claimantRole}` : ""}` : "Unattributed"}
        {claim.claimDate ? ` · ${formatDate(claim.claimDate, claim.claimDatePrecision)}` : ""}
      </p>
    </li>
  );
}
