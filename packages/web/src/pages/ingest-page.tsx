import { useEffect, useRef, useState, type FormEvent } from "react";
import { useQuery } from "urql";
import { graphql, type FragmentOf, type VariablesOf } from "../gql/graphql";
import { FormErrors_ErrorFragment, failureOf, FormErrors, issuesFor } from "../components/forms/form-errors";
import { Field } from "../components/forms/field";
import { FormActions } from "../components/forms/form-actions";
import { useResultMutation } from "../components/forms/use-result-mutation";
import { useFocusAfterRender } from "../components/forms/use-focus-after-render";
import { type EventChoice, IngestPreview, IngestPreview_IngestPreviewFragment } from "../components/ingest/ingest-preview";
import { IngestResult, IngestResult_IngestArticleSuccessFragment } from "../components/ingest/ingest-result";
import { Loading } from "../components/layout/status-views";
import { fromDateInput } from "../lib/format";
import { usePageTitle } from "../lib/use-page-title";

const PreviewIngestQuery = graphql(
  `
    query PreviewIngest($input: IngestArticleInput!) {
      previewIngest(input: $input) {
        __typename
        ... on IngestPreview { ...IngestPreview_IngestPreviewFragment }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [IngestPreview_IngestPreviewFragment, FormErrors_ErrorFragment],
);

const IngestArticleMutation = graphql(
  `
    mutation IngestArticle($input: IngestArticleInput!) {
      ingestArticle(input: $input) {
        __typename
        ... on IngestArticleSuccess {
          events { id }
          ...IngestResult_IngestArticleSuccessFragment
        }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [IngestResult_IngestArticleSuccessFragment, FormErrors_ErrorFragment],
);

// The events a reviewer may file the article under instead of the one suggested (loaded with the preview).
const IngestEventsQuery = graphql(`
  query IngestEvents { events(first: 100) { edges { node { id title } } } }
`);

type IngestInput = VariablesOf<typeof PreviewIngestQuery>["input"];

interface Draft {
  url: string;
  title: string;
  publisher: string;
  publishedAt: string;
  text: string;
}

const empty: Draft = { url: "", title: "", publisher: "", publishedAt: "", text: "" };
const fields = ["url", "title", "publisher", "publishedAt", "text"] as const;

/** The text is sent as pasted: the extractor's keys are character offsets into it. */
const toInput = (d: Draft): IngestInput => ({
  url: d.url.trim(),
  title: d.title.trim() || null,
  publisher: d.publisher.trim() || null,
  publishedAt: fromDateInput(d.publishedAt),
  text: d.text,
});

const sameInput = (a: IngestInput | null, b: IngestInput) => a !== null && JSON.stringify(a) === JSON.stringify(b);

/**
 * Paste an article: FactDesk previews the statements, figures and media it would take from it (nothing is written),
 * the reviewer unticks what is not worth checking, and saving creates the rest as New claims in one go.
 */
export default function IngestPage() {
  usePageTitle("Paste an article");
  const [draft, setDraft] = useState(empty);
  // What the preview on screen was made from; saving sends exactly this (plus the unticked keys).
  const [previewed, setPreviewed] = useState<IngestInput | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PreviewIngestQuery,
    variables: { input: previewed ?? toInput(empty) },
    pause: !previewed,
    // A preview reads what is on the desk now (duplicates, an article already saved).
    requestPolicy: "network-only",
  });
  const [{ data: eventData }] = useQuery({ query: IngestEventsQuery, pause: !previewed });
  const ingest = useResultMutation(IngestArticleMutation, "ingestArticle");
  const [saved, setSaved] = useState<FragmentOf<typeof IngestResult_IngestArticleSuccessFragment> | null>(null);

  const previewResult = previewed ? data?.previewIngest : undefined;
  const previewFailure = failureOf(previewResult);
  const fieldFailure = ingest.failure ?? previewFailure;
  const preview = previewResult?.__typename === "IngestPreview" ? previewResult : null;
  const stale = previewed !== null && !sameInput(previewed, toInput(draft));

  // A new preview is where attention goes next (it sits below a long text field).
  const previewRegion = useRef<HTMLDivElement>(null);
  const announcedFor = useRef<IngestInput | null>(null);
  useEffect(() => {
    if (!preview || fetching || announcedFor.current === previewed) return;
    announcedFor.current = previewed;
    previewRegion.current?.querySelector<HTMLElement>("#preview-heading")?.focus();
  }, [preview, fetching, previewed]);

  const urlInput = useRef<HTMLInputElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    const input = toInput(draft);
    if (sameInput(previewed, input)) reexecute({ requestPolicy: "network-only" });
    else setPreviewed(input);
  };

  const onSave = async (skip: string[], event: EventChoice) => {
    if (!previewed) return;
    const payload = await ingest.run({ input: { ...previewed, ...event, skip } });
    if (payload?.__typename === "IngestArticleSuccess") {
      setSaved(payload);
      setPreviewed(null);
    }
  };

  const startOver = () => {
    setSaved(null);
    setPreviewed(null);
    setDraft(empty);
    // The result (with the form) is gone; the URL field is where the next article starts.
    focusAfterRender(() => urlInput.current);
  };

  if (saved) {
    return (
      <div className="page page-ingest">
        <div className="page-heading">
          <h1>Paste an article</h1>
        </div>
        <IngestResult result={saved} onAnother={startOver} />
      </div>
    );
  }

  return (
    <div className="page page-ingest">
      <div className="page-heading">
        <h1>Paste an article</h1>
      </div>
      <p className="muted">
        Paste a news article: FactDesk finds the attributed statements, reported figures and described media in it. You choose which go on
        the desk.
      </p>
      <form className="form card ingest-form" aria-label="Article" onSubmit={onPreview} noValidate>
        <FormErrors failure={previewFailure} error={previewed ? error : undefined} fields={fields} />
        <div className="field-grid">
          <Field label="URL" issues={issuesFor(fieldFailure, "url")} hint="The article's address: it identifies the article on the desk">
            {(control) => (
              <input
                {...control}
                ref={urlInput}
                type="url"
                inputMode="url"
                placeholder="https://"
                required
                value={draft.url}
                onChange={set("url")}
              />
            )}
          </Field>
          <Field label="Title" issues={issuesFor(fieldFailure, "title")}>
            {(control) => <input {...control} value={draft.title} onChange={set("title")} />}
          </Field>
          <Field label="Publisher" issues={issuesFor(fieldFailure, "publisher")}>
            {(control) => <input {...control} value={draft.publisher} onChange={set("publisher")} />}
          </Field>
          <Field
            label="Published at"
            issues={issuesFor(fieldFailure, "publishedAt")}
            hint="Relative periods (“in the past three days”) count from it"
          >
            {(control) => <input {...control} type="date" value={draft.publishedAt} onChange={set("publishedAt")} />}
          </Field>
        </div>
        <Field label="Article text" issues={issuesFor(fieldFailure, "text")}>
          {(control) => <textarea {...control} rows={14} required value={draft.text} onChange={set("text")} />}
        </Field>
        <FormActions label="Preview" busyLabel="Reading the article…" busy={fetching}>
          <span className="muted">Nothing is saved until you choose what to keep.</span>
        </FormActions>
      </form>

      <div ref={previewRegion} className="ingest-preview-region">
        {previewed && fetching && !preview && <Loading label="Reading the article…" />}
        {preview && (
          <IngestPreview
            key={JSON.stringify(previewed)}
            preview={preview}
            stale={stale}
            saving={ingest.fetching}
            onSave={onSave}
            events={eventData?.events.edges.map((e) => e.node) ?? []}
          >
            <FormErrors failure={ingest.failure} error={ingest.error} fields={fields} />
          </IngestPreview>
        )}
      </div>
    </div>
  );
}
