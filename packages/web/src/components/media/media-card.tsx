import { useEffect, useRef, useState } from "react";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { formatDate, humanize } from "../../lib/format";

export const MediaCard_MediaItemFragment = graphql(`
  fragment MediaCard_MediaItemFragment on MediaItem {
    id
    kind
    url
    description
    hedge
    graphic
    verification
    unverifiedReason
    firstSeenAt
    firstSeenWhere
    uploader
    recordedAt
    place
  }
`);

const kindIcon = { VIDEO: "▶", AUDIO: "♪", IMAGE: "▣" } as const;

/**
 * A video, image or recording with its verification status. Graphic media is hidden until the viewer asks to see it,
 * and can be hidden again; nothing shows it by default. Hidden means not loaded: until "Show graphic content" the
 * image or video element is not rendered at all, so the browser requests nothing from the host (a CSS blur over a
 * loaded file would still fetch it, telling the host who looked, and shows it to anyone who disables the filter).
 */
export function MediaCard({ media }: { media: FragmentOf<typeof MediaCard_MediaItemFragment> }) {
  const m = readFragment(MediaCard_MediaItemFragment, media);
  const [revealed, setRevealed] = useState(false);
  // Said to screen readers after the viewer shows or hides the item (not on load: the warning itself is read then).
  const [announcement, setAnnouncement] = useState("");
  const toggle = useRef<HTMLButtonElement>(null);
  const blurred = m.graphic && !revealed;
  const previewId = `media-preview-${m.id}`;
  const kind = m.kind.toLowerCase();

  // The Show and Hide buttons replace each other: keep the keyboard where it was.
  useEffect(() => {
    if (announcement) toggle.current?.focus();
  }, [announcement]);

  const show = (reveal: boolean) => {
    setRevealed(reveal);
    setAnnouncement(reveal ? `Showing the graphic ${kind}.` : `The graphic ${kind} is hidden.`);
  };

  const preview = blurred ? (
    <div className="media-placeholder">
      <span className="media-kind" aria-hidden="true">
        {kindIcon[m.kind]}
      </span>
    </div>
  ) : m.url && m.kind === "IMAGE" ? (
    <img src={m.url} alt={m.description} />
  ) : m.url && m.kind === "VIDEO" ? (
    // biome-ignore lint/a11y/useMediaCaption: footage under verification comes from third parties without caption tracks; its description is the label
    <video src={m.url} controls preload="none" aria-label={m.description} />
  ) : (
    <div className="media-placeholder">
      <span className="media-kind" aria-hidden="true">
        {kindIcon[m.kind]}
      </span>
      <p>{m.description}</p>
      <p className="muted">No file or link on record.</p>
    </div>
  );

  return (
    <article className="media-card" aria-label={`${humanize(m.kind)}: ${m.description}`}>
      <div className={`media-frame${blurred ? " is-blurred" : ""}`} data-testid="media-frame" data-blurred={blurred}>
        <div className="media-content" id={previewId} aria-hidden={blurred || undefined} inert={blurred || undefined}>
          {preview}
        </div>
        {m.graphic &&
          (blurred ? (
            <div className="media-warning">
              <p>
                <strong>Graphic content.</strong> This {kind} may show violence or injury; it is not loaded until you choose to see it.
              </p>
              <button ref={toggle} type="button" className="button" aria-controls={previewId} onClick={() => show(true)}>
                Show graphic content
              </button>
            </div>
          ) : (
            <button
              ref={toggle}
              type="button"
              className="button button-quiet media-hide"
              aria-controls={previewId}
              onClick={() => show(false)}
            >
              Hide graphic content
            </button>
          ))}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </div>
      <div className="media-info">
        <p>
          <span className={`badge verification-${m.verification.toLowerCase().replace(/_/g, "-")}`}>
            {m.verification === "UNVERIFIED" ? "Unverified" : humanize(m.verification)}
          </span>
          {m.unverifiedReason && <span className="muted"> · {humanize(m.unverifiedReason)}</span>}
          {m.graphic && <span className="badge badge-warning">Graphic</span>}
        </p>
        {m.hedge && <p className="muted">Reported as: &ldquo;{m.hedge}&rdquo;</p>}
        <dl className="facts facts-compact">
          <div>
            <dt>First seen</dt>
            <dd>
              {m.firstSeenWhere ?? "—"}
              {m.firstSeenAt ? `, ${formatDate(m.firstSeenAt)}` : ""}
            </dd>
          </div>
          {m.uploader && (
            <div>
              <dt>Uploader</dt>
              <dd>{m.uploader}</dd>
            </div>
          )}
          <div>
            <dt>Recorded</dt>
            <dd>
              {m.recordedAt ? formatDate(m.recordedAt) : "Unknown"}
              {m.place ? `, ${m.place}` : ""}
            </dd>
          </div>
        </dl>
      </div>
    </article>
  );
}
