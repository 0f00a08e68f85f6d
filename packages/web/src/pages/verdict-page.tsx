import { Link } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../gql/graphql";
import {
  VerdictArticle,
  VerdictArticle_VerdictFragment,
  verdictArticleProps,
} from "../components/verdicts/verdict-article";
import { EmptyState, ErrorState, Loading } from "../components/layout/status-views";
import { usePageTitle } from "../lib/use-page-title";

const VerdictPageQuery = graphql(
  `
    query VerdictPage($id: ID!) {
      node(id: $id) {
        __typename
        id
        ... on Verdict {
          headline
          claimReview
          ...VerdictArticle_VerdictFragment
        }
      }
    }
  `,
  [VerdictArticle_VerdictFragment],
);

/** JSON inside <script> must not be able to close the tag. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/** The public verdict: no sign-in needed. Carries its schema.org ClaimReview as JSON-LD for search engines and partners. */
export function VerdictPage({ id }: { id: string }) {
  const [{ data, error }, reexecute] = useQuery({ query: VerdictPageQuery, variables: { id }, requestPolicy: "cache-and-network" });
  const verdict = data?.node?.__typename === "Verdict" ? data.node : null;
  usePageTitle(verdict?.headline ?? "Verdict");

  if (!data) {
    if (error) return <ErrorState error={error} retry={() => reexecute({ requestPolicy: "network-only" })} />;
    return <Loading label="Loading verdict…" />;
  }
  if (!verdict) {
    return (
      <div className="page page-narrow">
        <EmptyState title="This verdict is not published.">
          <p>It may not exist, or it may still be waiting for an editor.</p>
          <Link href="/">FactDesk</Link>
        </EmptyState>
      </div>
    );
  }
  return (
    <div className="page page-narrow page-verdict">
      <VerdictArticle {...verdictArticleProps(verdict)} variant="page" />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(verdict.claimReview) }} />
    </div>
  );
}
