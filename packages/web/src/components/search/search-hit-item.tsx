import { Link } from "wouter";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { formatDate, humanize } from "../../lib/format";
import { StatusBadge } from "../claims/status-badge";
import { Highlight } from "./highlight";

export const SearchHitItem_SearchHitFragment = graphql(`
  fragment SearchHitItem_SearchHitFragment on SearchHit {
    highlight
    node {
      __typename
      ... on Claim {
        id
        text
        claimKind: kind
        status
        claimantRole
        claimant { id name }
      }
      ... on Entity {
        id
        name
        entityKind: kind
        role: title
        claims(first: 5) {
          totalCount
          edges { node { id text status } }
        }
      }
      ... on Event {
        id
        eventTitle: title
        place
        startDate
        endDate
      }
      ... on Source {
        id
        url
        title
        publisher
        sourceKind: kind
        publishedAt
      }
    }
  }
`);

/** Only http(s) addresses become links: a source URL is data, and data must not run script when clicked. */
const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** One search result: what it is, the passage that matched (matches marked), and where it leads. */
export function SearchHitItem({ hit }: { hit: FragmentOf<typeof SearchHitItem_SearchHitFragment> }) {
  const { highlight, node } = readFragment(SearchHitItem_SearchHitFragment, hit);
  switch (node.__typename) {
    case "Claim":
      return (
        <li className="hit">
          <Link href={`/claims/${node.id}`} className="hit-title">
            {highlight.trim() ? <Highlight text={highlight} /> : node.text}
          </Link>
          <p className="hit-meta">
            <StatusBadge status={node.status} /> <span className="kind">{humanize(node.claimKind)}</span>
            {node.claimant && (
              <span>
                {" "}
                · {node.claimant.name}
                {node.claimantRole ? `, ${node.claimantRole}` : ""}
              </span>
            )}
          </p>
        </li>
      );
    case "Entity": {
      const more = node.claims.totalCount - node.claims.edges.length;
      return (
        <li className="hit">
          <p className="hit-title">
            {node.name}
            {node.role && <span>, {node.role}</span>}
            <span className="kind"> · {humanize(node.entityKind)}</span>
          </p>
          <Passage highlight={highlight} />
          {node.claims.edges.length === 0 ? (
            <p className="hit-meta muted">No claims by {node.name} on the desk.</p>
          ) : (
            <>
              <p className="hit-meta">
                Claims by {node.name} ({node.claims.totalCount}):
              </p>
              <ul className="hit-claims" aria-label={`Claims by ${node.name}`}>
                {node.claims.edges.map(({ node: claim }) => (
                  <li key={claim.id}>
                    <StatusBadge status={claim.status} /> <Link href={`/claims/${claim.id}`}>{claim.text}</Link>
                  </li>
                ))}
                {more > 0 && <li className="muted">and {more} more</li>}
              </ul>
            </>
          )}
        </li>
      );
    }
    case "Event":
      return (
        <li className="hit">
          <Link href={`/events/${node.id}`} className="hit-title">
            {node.eventTitle}
          </Link>
          <Passage highlight={highlight} />
          <p className="hit-meta muted">
            {node.place ?? "Place unknown"} · {formatDate(node.startDate)} – {node.endDate ? formatDate(node.endDate) : "ongoing"}
          </p>
        </li>
      );
    case "Source":
      return (
        <li className="hit">
          {isWebUrl(node.url) ? (
            <a href={node.url} target="_blank" rel="noopener noreferrer" className="hit-title">
              {node.title ?? node.url}
            </a>
          ) : (
            <p className="hit-title">{node.title ?? node.url}</p>
          )}
          <Passage highlight={highlight} />
          <p className="hit-meta muted">
            {node.publisher ? `${node.publisher} · ` : ""}
            {humanize(node.sourceKind)}
            {node.publishedAt ? ` · ${formatDate(node.publishedAt)}` : ""}
          </p>
        </li>
      );
  }
}

function Passage({ highlight }: { highlight: string }) {
  if (!highlight.trim()) return null;
  return (
    <p className="hit-passage">
      <Highlight text={highlight} />
    </p>
  );
}
