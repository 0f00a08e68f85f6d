import { forwardRef } from "react";
import { Link } from "wouter";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { formatDate, humanize } from "../../lib/format";
import { StatusBadge } from "./status-badge";
import { LabelBadge } from "../verdicts/label-badge";
import { CheckworthinessScore } from "./checkworthiness-score";

export const ClaimRow_ClaimFragment = graphql(`
  fragment ClaimRow_ClaimFragment on Claim {
    id
    text
    kind
    status
    claimDate
    claimDatePrecision
    claimantRole
    tags
    checkworthiness
    claimant { id name }
    event { id title }
    assignee { id name }
    verdict { id label state }
    consensus { ratingCount contested }
  }
`);

interface ClaimRowProps {
  claim: FragmentOf<typeof ClaimRow_ClaimFragment>;
  selected: boolean;
  onSelect: () => void;
}

/** One claim in the queue; the whole row is the link to its desk. */
export const ClaimRow = forwardRef<HTMLAnchorElement, ClaimRowProps>(function ClaimRow({ claim, selected, onSelect }, ref) {
  const c = readFragment(ClaimRow_ClaimFragment, claim);
  return (
    <li className={`claim-row${selected ? " is-selected" : ""}`}>
      <Link href={`/claims/${c.id}`} ref={ref} className="claim-row-link" aria-current={selected ? "true" : undefined} onFocus={onSelect}>
        <span className="claim-row-meta">
          <StatusBadge status={c.status} />
          <span className="kind">{humanize(c.kind)}</span>
          {c.verdict &&
            (c.verdict.state === "RETRACTED" ? (
              <span className="badge badge-retracted">Verdict retracted</span>
            ) : (
              <LabelBadge label={c.verdict.label} prefix={c.verdict.state === "AWAITING_SIGN_OFF" ? "Proposed:" : "Verdict:"} />
            ))}
          {c.consensus.contested && <span className="badge badge-warning">Contested</span>}
          {c.checkworthiness != null && <CheckworthinessScore score={c.checkworthiness} compact />}
          {c.consensus.ratingCount > 0 && (
            <span className="muted">
              {c.consensus.ratingCount} {c.consensus.ratingCount === 1 ? "rating" : "ratings"}
            </span>
          )}
        </span>
        <span className="claim-row-text">{c.text}</span>
        <span className="claim-row-details">
          {c.claimant && (
            <span>
              {c.claimant.name}
              {c.claimantRole ? `, ${c.claimantRole}` : ""}
            </span>
          )}
          {c.claimDate && <span>{formatDate(c.claimDate, c.claimDatePrecision)}</span>}
          {c.event && <span>{c.event.title}</span>}
          {c.assignee && <span>Assigned to {c.assignee.name}</span>}
          {c.tags.map((tag) => (
            <span key={tag} className="tag">
              #{tag}
            </span>
          ))}
        </span>
      </Link>
    </li>
  );
});
