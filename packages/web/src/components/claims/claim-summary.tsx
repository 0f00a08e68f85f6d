import { Link } from "wouter";
import { DateTime } from "../layout/date-time";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { formatDate, humanize } from "../../lib/format";

/** What was said, in what role, when and where: the wording a verdict judges (unmasked, read by the summary and the edit form). */
export const ClaimWording_ClaimFragment = graphql(`
  fragment ClaimWording_ClaimFragment on Claim @_unmask {
    text
    kind
    claimantRole
    claimDate
    claimDatePrecision
    place
  }
`);

export const ClaimSummary_ClaimFragment = graphql(
  `
    fragment ClaimSummary_ClaimFragment on Claim {
      id
      ...ClaimWording_ClaimFragment
      tags
      checkworthiness
      checkworthinessReasons
      version
      updatedAt
      claimant { id name kind }
      event { id title }
      assignee { id name }
    }
  `,
  [ClaimWording_ClaimFragment],
);

/** The claim itself: what was said, by whom (with the role they held then), when and where. */
export function ClaimSummary({ claim }: { claim: FragmentOf<typeof ClaimSummary_ClaimFragment> }) {
  const c = readFragment(ClaimSummary_ClaimFragment, claim);
  return (
    <div className="claim-summary">
      <p className="eyebrow">{humanize(c.kind)} claim</p>
      <h1 className={`claim-text${c.kind === "QUOTE" ? " claim-quote" : ""}`}>{c.kind === "QUOTE" ? `“${c.text}”` : c.text}</h1>
      <dl className="facts">
        <div>
          <dt>Claimant</dt>
          <dd>
            {c.claimant ? (
              <>
                <span className="claimant-name">{c.claimant.name}</span>
                {c.claimantRole && <span className="claimant-role">, {c.claimantRole}</span>}
              </>
            ) : (
              <span className="muted">Not attributed</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Claimed</dt>
          <dd>{formatDate(c.claimDate, c.claimDatePrecision)}</dd>
        </div>
        <div>
          <dt>Place</dt>
          <dd>{c.place ?? "—"}</dd>
        </div>
        <div>
          <dt>Event</dt>
          <dd>{c.event ? <Link href={`/events/${c.event.id}`}>{c.event.title}</Link> : "—"}</dd>
        </div>
        <div>
          <dt>Assigned to</dt>
          <dd>{c.assignee?.name ?? "Nobody"}</dd>
        </div>
        {c.checkworthiness != null && (
          <div>
            <dt>Check-worthiness</dt>
            <dd title={c.checkworthinessReasons.join("; ")}>{Math.round(c.checkworthiness * 100)} / 100</dd>
          </div>
        )}
        <div>
          <dt>Last change</dt>
          <dd>
            <DateTime iso={c.updatedAt} /> · version {c.version}
          </dd>
        </div>
      </dl>
      {c.tags.length > 0 && (
        <ul className="tags" aria-label="Tags">
          {c.tags.map((tag) => (
            <li key={tag}>
              <Link href={`/?tag=${encodeURIComponent(tag)}`} className="tag">
                #{tag}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
