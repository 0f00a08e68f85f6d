import { useEffect, useRef } from "react";
import { Link } from "wouter";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { formatNumber, humanize } from "../../lib/format";
import { CheckworthinessScore } from "../claims/checkworthiness-score";
import { StatusBadge } from "../claims/status-badge";

export const IngestResult_IngestArticleSuccessFragment = graphql(`
  fragment IngestResult_IngestArticleSuccessFragment on IngestArticleSuccess {
    created
    source { id url title }
    claims { id text kind status checkworthiness }
    figures { id }
    media { id }
    events { id title }
  }
`);

/** The queue as the new claims are best seen: New, most check-worthy first. */
export const newClaimsQueuePath = "/?status=NEW&sort=MOST_CHECKWORTHY";

/** What saving the article created: counts, links to each new claim and to the events its figures went under. */
export function IngestResult({
  result,
  onAnother,
}: {
  result: FragmentOf<typeof IngestResult_IngestArticleSuccessFragment>;
  onAnother: () => void;
}) {
  const r = readFragment(IngestResult_IngestArticleSuccessFragment, result);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form above is done with; the outcome is where attention goes next.
  useEffect(() => heading.current?.focus(), []);
  const stats = [
    ["Claims", r.claims.length],
    ["Figures", r.figures.length],
    ["Media", r.media.length],
    ["Events", r.events.length],
  ] as const;

  return (
    <section className="section ingest-result" aria-labelledby="ingest-result-heading">
      <h2 id="ingest-result-heading" ref={heading} tabIndex={-1}>
        {r.created ? "Saved to the desk" : "Already on the desk: nothing new was saved"}
      </h2>
      <p>
        From{" "}
        <a href={r.source.url} target="_blank" rel="noopener noreferrer">
          {r.source.title ?? r.source.url}
        </a>
        .
      </p>
      {r.created && (
        <dl className="stats">
          {stats.map(([label, n]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{formatNumber(n)}</dd>
            </div>
          ))}
        </dl>
      )}
      {r.claims.length > 0 && (
        <>
          <h3>{r.created ? "New claims, most check-worthy first" : "Claims from this article"}</h3>
          <ol className="item-list compact" aria-label={r.created ? "New claims" : "Claims from this article"}>
            {r.claims.map((claim) => (
              <li key={claim.id} className="item result-claim">
                <StatusBadge status={claim.status} /> <span className="kind">{humanize(claim.kind)}</span>{" "}
                {claim.checkworthiness != null && <CheckworthinessScore score={claim.checkworthiness} compact />}{" "}
                <Link href={`/claims/${claim.id}`}>{claim.text}</Link>
              </li>
            ))}
          </ol>
        </>
      )}
      {r.events.length > 0 && (
        <>
          <h3>Figures filed under</h3>
          <ul className="item-list compact">
            {r.events.map((event) => (
              <li key={event.id} className="item">
                <Link href={`/events/${event.id}`}>{event.title}</Link> <span className="muted">· toll tracker</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        <Link href={newClaimsQueuePath} className="button button-primary">
          Open the queue, most check-worthy first
        </Link>
        <button type="button" className="button" onClick={onAnother}>
          Paste another article
        </button>
      </div>
    </section>
  );
}
