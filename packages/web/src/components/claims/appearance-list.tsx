import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { DateTime } from "../layout/date-time";
import { SourceLink, SourceLink_SourceFragment, sourceName } from "../sources/source-link";
import { SourceCaptures } from "../sources/source-captures";

export const AppearanceList_ClaimFragment = graphql(
  `
    fragment AppearanceList_ClaimFragment on Claim {
      id
      appearances(first: 100) {
        edges {
          node {
            id
            excerpt
            seenAt
            source { id ...SourceLink_SourceFragment }
          }
        }
      }
    }
  `,
  [SourceLink_SourceFragment],
);

/** Every place the claim appears, each with the words exactly as they appear there. */
export function AppearanceList({ claim }: { claim: FragmentOf<typeof AppearanceList_ClaimFragment> }) {
  const { appearances } = readFragment(AppearanceList_ClaimFragment, claim);
  return (
    <section className="section" aria-labelledby="appearances-heading">
      <h2 id="appearances-heading">
        Appearances <span className="count">{appearances.edges.length}</span>
      </h2>
      {appearances.edges.length === 0 ? (
        <p className="muted">Not yet seen in any source.</p>
      ) : (
        <ul className="item-list">
          {appearances.edges.map(({ node }) => (
            <li key={node.id} className="item">
              <blockquote className="excerpt">{node.excerpt}</blockquote>
              <p className="item-meta">
                <SourceLink source={node.source} />
                <span className="muted">
                  {" "}
                  · seen <DateTime iso={node.seenAt} />
                </span>
              </p>
              <SourceCaptures sourceId={node.source.id} forItem={`the appearance in ${sourceName(node.source)}`} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
