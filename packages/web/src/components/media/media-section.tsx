import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { MediaCard, MediaCard_MediaItemFragment } from "./media-card";
import { MediaVerificationForm, MediaVerificationForm_MediaItemFragment } from "./media-verification-form";

export const MediaSection_ClaimFragment = graphql(
  `
    fragment MediaSection_ClaimFragment on Claim {
      id
      media(first: 20) {
        edges {
          node {
            id
            ...MediaCard_MediaItemFragment
            ...MediaVerificationForm_MediaItemFragment
          }
        }
      }
    }
  `,
  [MediaCard_MediaItemFragment, MediaVerificationForm_MediaItemFragment],
);

export function MediaSection({ claim, refetch }: { claim: FragmentOf<typeof MediaSection_ClaimFragment>; refetch: () => void }) {
  const { media } = readFragment(MediaSection_ClaimFragment, claim);
  if (media.edges.length === 0) return null;
  return (
    <section className="section" aria-labelledby="media-heading">
      <h2 id="media-heading">
        Media <span className="count">{media.edges.length}</span>
      </h2>
      {media.edges.map(({ node }) => (
        <div key={node.id} className="media-block">
          <MediaCard media={node} />
          <MediaVerificationForm media={node} refetch={refetch} />
        </div>
      ))}
    </section>
  );
}
