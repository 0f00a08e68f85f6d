import { useRef, useState } from "react";
import { useFocusAfterRender } from "../forms/use-focus-after-render";
import { graphql, readFragment, type FragmentOf, type ResultOf } from "../../gql/graphql";
import { isEditor } from "../../lib/roles";
import type { Viewer } from "../../lib/viewer";
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
            verificationPublic
            ...MediaCard_MediaItemFragment
            ...MediaVerificationForm_MediaItemFragment
          }
        }
      }
    }
  `,
  [MediaCard_MediaItemFragment, MediaVerificationForm_MediaItemFragment],
);

export function MediaSection({
  claim,
  viewer,
  refetch,
}: {
  claim: FragmentOf<typeof MediaSection_ClaimFragment>;
  viewer: Viewer;
  refetch: () => void;
}) {
  const { media } = readFragment(MediaSection_ClaimFragment, claim);
  if (media.edges.length === 0) return null;
  return (
    <section className="section" aria-labelledby="media-heading">
      <h2 id="media-heading">
        Media <span className="count">{media.edges.length}</span>
      </h2>
      {media.edges.map(({ node }) => (
        <MediaBlock key={node.id} media={node} viewer={viewer} refetch={refetch} />
      ))}
    </section>
  );
}

type MediaNode = ResultOf<typeof MediaSection_ClaimFragment>["media"]["edges"][number]["node"];

/**
 * One media item: its card and verification, or the form correcting it (Edit). Once a published verdict shows the
 * item its verification is public and only editors change it (the server refuses reviewers too).
 */
function MediaBlock({ media, viewer, refetch }: { media: MediaNode; viewer: Viewer; refetch: () => void }) {
  const [editing, setEditing] = useState(false);
  // Closing the form (saved or not) goes back to its Edit button instead of dropping focus to the top of the page.
  const editButton = useRef<HTMLButtonElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const onDone = () => {
    setEditing(false);
    focusAfterRender(() => editButton.current);
  };
  if (editing) {
    return (
      <div className="media-block">
        <EditMediaForm mediaId={media.id} onDone={onDone} />
      </div>
    );
  }
  return (
    <div className="media-block">
      <MediaCard media={media} />
      <div className="button-row">
        <button type="button" className="button button-quiet" ref={editButton} onClick={() => setEditing(true)}>
          Edit<span className="visually-hidden"> this media item</span>
        </button>
      </div>
      {media.verificationPublic && !isEditor(viewer) ? (
        <p className="muted">A published verdict shows this item, so its verification is public: an editor changes it.</p>
      ) : (
        <MediaVerificationForm media={media} refetch={refetch} />
      )}
    </div>
  );
}
