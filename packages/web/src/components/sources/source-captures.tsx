import { useState, type ChangeEvent } from "react";
import { DateTime } from "../layout/date-time";
import { useMutation, useQuery } from "urql";
import { graphql } from "../../gql/graphql";
import { transportProblem } from "../../lib/errors";
import { formatNumber } from "../../lib/format";
import { FormErrors_ErrorFragment } from "../forms/form-errors";
import { SourceLink_SourceFragment } from "./source-link";

const SourceCaptures_SourceFragment = graphql(`
  fragment SourceCaptures_SourceFragment on Source @_unmask {
    id
    captures(first: 20) {
      edges {
        node { id sha256 capturedAt byteSize contentType origin downloadPath finalUrl capturedBy { id name } }
      }
    }
  }
`);

// Loaded when a reviewer opens a source's copies, not with the claim desk: a desk with a hundred sources would
// otherwise read every source's copies on every visit.
const SourceCapturesQuery = graphql(
  `
    query SourceCaptures($id: ID!) {
      node(id: $id) { __typename ...SourceCaptures_SourceFragment }
    }
  `,
  [SourceCaptures_SourceFragment],
);

const CaptureSourceMutation = graphql(
  `
    mutation CaptureSource($input: CaptureSourceInput!) {
      captureSource(input: $input) {
        __typename
        ... on CaptureSourceSuccess { filledFields source { id version author ...SourceLink_SourceFragment ...SourceCaptures_SourceFragment } }
        ... on CaptureError { url httpStatus }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [SourceLink_SourceFragment, SourceCaptures_SourceFragment, FormErrors_ErrorFragment],
);

const originLabel = { FETCHED: "captured", UPLOADED: "uploaded" } as const;

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${formatNumber(Math.round(bytes / 1024))} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const fieldWords: Record<string, string> = { title: "title", publisher: "publisher", author: "author", publishedAt: "date" };

/**
 * A source's archived copies: capture its page now, upload a copy (PDF, image or HTML), and the copies kept, each
 * with its short hash, time, size and a download link. Captured pages are downloaded, never shown on the desk.
 */
export function SourceCaptures({
  sourceId,
  forItem,
}: {
  sourceId: string;
  /** What the copies are shown with (an evidence item, an appearance): the button's name says it. */
  forItem: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div className="source-captures">
      <button type="button" className="button button-quiet button-small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? "Hide archived copies" : "Archived copies"}
        <span className="visually-hidden"> for {forItem}</span>
      </button>
      {open && <CaptureList sourceId={sourceId} />}
    </div>
  );
}

function CaptureList({ sourceId }: { sourceId: string }) {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SourceCapturesQuery, variables: { id: sourceId } });
  const [captureState, capture] = useMutation(CaptureSourceMutation);
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null);
  const [uploading, setUploading] = useState(false);
  const source = data?.node?.__typename === "Source" ? data.node : null;
  const copies = source?.captures.edges.map((e) => e.node) ?? [];

  const onCapture = async () => {
    setNotice(null);
    const answer = await capture({ input: { source: { id: sourceId } } });
    const result = answer.data?.captureSource;
    if (!result) return setNotice({ ok: false, text: answer.error ? transportProblem(answer.error) : "Nothing was captured." });
    if (result.__typename === "CaptureSourceSuccess") {
      const filled = result.filledFields.map((f) => fieldWords[f] ?? f);
      setNotice({ ok: true, text: `Page captured.${filled.length ? ` Filled in from the page: ${filled.join(", ")}.` : ""}` });
    } else setNotice({ ok: false, text: result.message });
  };

  const onUpload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    setNotice(null);
    setUploading(true);
    try {
      const response = await fetch(`/sources/${encodeURIComponent(sourceId)}/captures`, {
        method: "POST",
        credentials: "same-origin",
        headers: { "x-factdesk-csrf": "1", "content-type": file.type || "application/octet-stream" },
        body: file,
      });
      const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
      if (response.ok) {
        setNotice({ ok: true, text: `${file.name} kept as an archived copy.` });
        reexecute({ requestPolicy: "network-only" });
      } else setNotice({ ok: false, text: body?.errors?.[0]?.message ?? `The upload failed (HTTP ${response.status}).` });
    } catch {
      setNotice({ ok: false, text: "The desk could not be reached; nothing was uploaded." });
    } finally {
      setUploading(false);
    }
  };

  return (
    <div className="capture-list">
      <div className="capture-actions">
        <button type="button" className="button button-small" onClick={onCapture} disabled={captureState.fetching}>
          {captureState.fetching ? "Capturing…" : "Capture page"}
        </button>
        <label className="button button-quiet button-small file-button">
          {uploading ? "Uploading…" : "Upload archived copy"}
          <input
            type="file"
            className="visually-hidden"
            accept="application/pdf,image/png,image/jpeg,image/webp,image/gif,text/html"
            onChange={onUpload}
            disabled={uploading}
          />
        </label>
      </div>
      {notice && (
        <p className={notice.ok ? "saved" : "field-issue"} role={notice.ok ? "status" : "alert"}>
          {notice.text}
        </p>
      )}
      {error && !data && <p className="field-issue">The copies could not be loaded.</p>}
      {fetching && !data ? (
        <p className="muted">Loading copies…</p>
      ) : copies.length === 0 ? (
        <p className="muted">No archived copy yet.</p>
      ) : (
        <ul className="capture-items" aria-label="Archived copies">
          {copies.map((copy) => (
            <li key={copy.id}>
              <a href={copy.downloadPath} download title={`SHA-256 ${copy.sha256}`}>
                <code>{copy.sha256.slice(0, 12)}</code>
              </a>{" "}
              <span className="muted">
                {originLabel[copy.origin]} <DateTime iso={copy.capturedAt} /> by {copy.capturedBy.name} · {size(copy.byteSize)} ·{" "}
                {copy.contentType.split(";")[0]}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
