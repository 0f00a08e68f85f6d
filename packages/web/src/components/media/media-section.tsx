import { useState } from "react";
import { graphql, readFragment, type FragmentOf, type ResultOf } from "../../gql/graphql";
import { EditMediaForm } from "./edit-media-form";
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
        <MediaBlock key={node.id} media={node} refetch={refetch} />
      ))}
    </section>
  );
}

type MediaNode = ResultOf<typeof MediaSection_ClaimFragment>["media"]["edges"][number]["node"];

/** One media item: its card and verification, or the form correcting it (Edit). */
function MediaBlock({ media, refetch }: { media: MediaNode; refetch: () => void }) {
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <div className="media-block">
        <EditMediaForm mediaId={media.id} onDone={() => setEditing(false)} />
      </div>
    );
  }
  return (
    <div className="media-block">
      <MediaCard media={media} />
      <div className="button-row">
        <button type="button" className="button button-quiet" onClick={() => setEditing(true)}>
          Edit<span className="visually-hidden"> this media item</span>
        </button>
      </div>
      <MediaVerificationForm media={media} refetch={refetch} />
    </div>
  );
}
