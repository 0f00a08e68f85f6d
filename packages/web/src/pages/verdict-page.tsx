import { Link } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../gql/graphql";
import { VerdictArticle, VerdictArticle_VerdictFragment, verdictArticleProps } from "../components/verdicts/verdict-article";
import { ErrorState, Loading } from "../components/layout/status-views";
import { formatDate } from "../lib/format";
import { isInvalidInput } from "../lib/errors";
import { usePageTitle } from "../lib/use-page-title";

const VerdictPageQuery = graphql(
  `
    query VerdictPage($id: ID!) {
      node(id: $id) {
        __typename
        id
        ... on Verdict {
          state
          headline
          claimReview
          ...VerdictArticle_VerdictFragment
          claim {
            id
            verdicts(first: 10) {
              edges { node { id state headline publishedAt } }
            }
          }
        }
      }
    }
  `,
  [VerdictArticle_VerdictFragment],
);

/** JSON inside <script> must not be able to close the tag. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * The public verdict: no sign-in needed. A published verdict carries its schema.org ClaimReview as JSON-LD for search
 * engines and partners; a retracted one keeps its page, leads with the retraction and carries no ClaimReview.
 */
export function VerdictPage({ id }: { id: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: VerdictPageQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const verdict = data?.node?.__typename === "Verdict" ? data.node : null;
  const missing = (!data && isInvalidInput(error)) || (data && !verdict);
  usePageTitle(
    verdict
      ? verdict.state === "RETRACTED"
        ? `Retracted: ${verdict.headline}`
        : verdict.headline
      : missing
        ? "No such verdict"
        : "Verdict",
  );

  // A malformed id is refused by the server as invalid input: to a reader, that address simply holds no verdict.
  if (missing) return <NoSuchVerdict />;
  if (!data) {
    if (error) return <ErrorState error={error} retry={() => reexecute({ requestPolicy: "network-only" })} />;
    return <Loading label="Loading verdict…" />;
  }
  if (!verdict) return <NoSuchVerdict />;

  // Null to readers while the claim is back under review after a retraction (then no other verdict is public).
  const others = (verdict.claim?.verdicts.edges ?? []).map((e) => e.node).filter((v) => v.id !== verdict.id);
  const newer = verdict.state === "RETRACTED" ? others.find((v) => v.state === "PUBLISHED") : undefined;
  const retractedBefore = verdict.state === "PUBLISHED" ? others.filter((v) => v.state === "RETRACTED") : [];

  return (
    <div className="page page-narrow page-verdict">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href="/verdicts">← All fact-checks</Link>
      </nav>
      {newer && (
        <p className="alert alert-info">
          This claim has a newer fact-check: <Link href={`/verdicts/${newer.id}`}>{newer.headline}</Link>
          {newer.publishedAt ? ` (${formatDate(newer.publishedAt)})` : ""}.
        </p>
      )}
      <VerdictArticle {...verdictArticleProps(verdict)} variant="page" />
      {retractedBefore.length > 0 && (
        <p className="muted">
          An earlier fact-check of this claim was retracted:{" "}
          {retractedBefore.map((v, i) => (
            <span key={v.id}>
              {i > 0 && ", "}
              <Link href={`/verdicts/${v.id}`}>{v.headline}</Link>
            </span>
          ))}
          .
        </p>
      )}
      {verdict.claimReview != null && (
        // biome-ignore lint/security/noDangerouslySetInnerHtml: scriptSafeJson escapes <, > and & so the JSON cannot close the script element
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(verdict.claimReview) }} />
      )}
    </div>
  );
}

function NoSuchVerdict() {
  return (
    <div className="page page-narrow">
      <h1>No such verdict</h1>
      <p>There is no published fact-check at this address. The link may be mistyped, or the verdict is not published yet.</p>
      <p>
        <Link href="/verdicts">See all published fact-checks</Link>
      </p>
    </div>
  );
}
