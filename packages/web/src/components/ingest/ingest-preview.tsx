import { useState, type ReactNode } from "react";
import { Link } from "wouter";
import { Field } from "../forms/field";
import { NodeOptions } from "../forms/options";
import { graphql, readFragment, type FragmentOf, type ResultOf } from "../../gql/graphql";
import { humanize } from "../../lib/format";
import { figureScopeLabel, formatFigure, periodRange } from "../figures/figure-label";
import { CheckworthinessScore } from "../claims/checkworthiness-score";
import { StatusBadge } from "../claims/status-badge";
import { EmptyState } from "../layout/status-views";
import { ExtractedItem } from "./extracted-item";
import { PriorFactCheck, PriorFactCheck_VerdictFragment } from "../verdicts/prior-fact-check";

export const IngestPreview_IngestPreviewFragment = graphql(
  `
  fragment IngestPreview_IngestPreviewFragment on IngestPreview {
    maxItems
    proposedEvent { id title }
    existingSource {
      id
      url
      title
      publisher
      appearances(first: 100) {
        totalCount
        edges { node { id claim { id text status } } }
      }
    }
    statements {
      key
      kind
      claimText
      speakerRole
      hedged
      speaker { key name }
      checkworthiness { score reasons }
      possibleDuplicates {
        similarity
        claim { id text status }
      }
      priorFactCheck { id ...PriorFactCheck_VerdictFragment }
    }
    figures {
      key
      metric
      outcomeRecognised
      subject
      qualifier
      low
      high
      statedText
      statementKey
      scope
      place
      periodText
      periodStart
      periodEnd
      periodPrecision
      attributedTo { key name }
      checkworthiness { score reasons }
    }
    media {
      key
      kind
      description
      hedge
      graphic
      checkworthiness { score reasons }
    }
  }
`,
  [PriorFactCheck_VerdictFragment],
);

type Preview = ResultOf<typeof IngestPreview_IngestPreviewFragment>;
type Figure = Preview["figures"][number];

/** "≥ 1,300 people killed", "200–999 (hundreds) civilians killed": the qualifier stays in front of the number. */
export function figureLabel(f: Pick<Figure, "qualifier" | "low" | "high" | "statedText" | "subject" | "metric">): string {
  const what = f.metric === "OTHER" ? f.subject : `${f.subject} ${humanize(f.metric).toLowerCase()}`;
  return `${formatFigure(f)} ${what}`;
}

/** Every key in the preview; `skip` is the unticked ones. */
export const previewKeys = (p: Pick<Preview, "statements" | "figures" | "media">) => [
  ...p.statements.map((s) => s.key),
  ...p.figures.map((f) => f.key),
  ...p.media.map((m) => m.key),
];

const percent = (similarity: number) => `${Math.round(similarity * 100)}%`;

/** Where the article is filed: the event asked for, a new one, or (neither) what the server matches. */
export type EventChoice = { event?: string; newEvent?: boolean };

const AUTO = "auto";
const NEW = "new";
const toEventChoice = (value: string): EventChoice => (value === AUTO ? {} : value === NEW ? { newEvent: true } : { event: value });

interface IngestPreviewProps {
  preview: FragmentOf<typeof IngestPreview_IngestPreviewFragment>;
  /** The form no longer matches what was previewed: keys may have moved, so saving waits for a new preview. */
  stale: boolean;
  saving: boolean;
  onSave: (skip: string[], event: EventChoice) => void;
  /** The desk's events, to file the article under another than the one suggested. */
  events: readonly { id: string; title: string }[];
  /** Error and status messages of the save, shown next to its button. */
  children?: ReactNode;
}

/**
 * What FactDesk found in the pasted article, as a checklist: statements, figures and media, each ticked, with the
 * speaker, the figure as qualified, hedges, the check-worthiness score and claims already on the desk. An article
 * that is already on the desk is linked to instead, with nothing to save.
 */
export function IngestPreview({ preview, stale, saving, onSave, events, children }: IngestPreviewProps) {
  const p = readFragment(IngestPreview_IngestPreviewFragment, preview);
  // A count of people whose fate the extractor did not read starts unticked: the reviewer decides whether it belongs.
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(
    () => new Set(p.figures.filter((f) => !f.outcomeRecognised).map((f) => f.key)),
  );
  const toggle = (key: string) =>
    setUnticked((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  const ticks = { unticked, toggle };
  const keys = previewKeys(p);
  const skip = keys.filter((key) => unticked.has(key));
  const [eventValue, setEventValue] = useState(p.proposedEvent?.id ?? AUTO);
  const otherEvents = events.filter((e) => e.id !== p.proposedEvent?.id);
  const count = keys.length - skip.length;
  const overLimit = count > p.maxItems;

  if (p.existingSource) {
    const source = p.existingSource;
    const claims = [...new Map(source.appearances.edges.map(({ node }) => [node.claim.id, node.claim])).values()];
    return (
      <PreviewSection heading="Already on the desk">
        <p className="alert alert-info">
          This article is already on the desk as{" "}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title ?? source.url}
          </a>
          {source.publisher ? ` (${source.publisher})` : ""}. Saving it again would add nothing.
        </p>
        {claims.length === 0 ? (
          <p className="muted">No claims were taken from it.</p>
        ) : (
          <>
            <h3>Claims from this article</h3>
            <ul className="item-list compact">
              {claims.map((claim) => (
                <li key={claim.id} className="item">
                  <StatusBadge status={claim.status} /> <Link href={`/claims/${claim.id}`}>{claim.text}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </PreviewSection>
    );
  }

  if (keys.length === 0) {
    return (
      <PreviewSection heading="Found in the article">
        <EmptyState title="Nothing to check was found in this text.">
          <p>FactDesk looks for attributed statements and quotes, reported figures and described videos or images.</p>
        </EmptyState>
      </PreviewSection>
    );
  }

  return (
    <PreviewSection heading="Found in the article" className="section ingest-preview">
      <p className="muted">
        Everything ticked goes on the desk as a new claim (figures and media with their records). Untick what is not worth checking.
      </p>

      <Group
        title="Statements"
        items={p.statements}
        ticks={ticks}
        label={(s) => (s.kind === "QUOTE" ? `“${s.claimText}”` : s.claimText)}
        meta={(s) => (
          <>
            {s.speaker ? (
              <>
                <span className="claimant-name">{s.speaker.name}</span>
                {s.speakerRole && <span>, {s.speakerRole}</span>}
              </>
            ) : (
              <span className="muted">Speaker not identified</span>
            )}
            <span className="kind"> · {humanize(s.kind)}</span>
            {s.hedged && <span className="badge badge-warning">Hedged</span>}
          </>
        )}
        after={(s) => (
          <>
            {s.priorFactCheck && <PriorFactCheck verdict={s.priorFactCheck} />}
            {s.possibleDuplicates.length > 0 && (
              <ul className="duplicate-warnings">
                {s.possibleDuplicates.map((d) => (
                  <li key={d.claim.id}>
                    <strong>Already on the desk:</strong> <Link href={`/claims/${d.claim.id}`}>{d.claim.text}</Link>{" "}
                    <span className="muted">({percent(d.similarity)} similar)</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      />

      <Group
        title="Figures"
        items={p.figures}
        ticks={ticks}
        label={(f) => <span className="figure-number">{figureLabel(f)}</span>}
        meta={(f) => (
          <>
            {!f.outcomeRecognised && (
              <>
                <span className="badge badge-warning">Outcome not read</span> what befell them is not in the words FactDesk reads: check the
                article, and tick to keep it as a count of people affected.{" "}
              </>
            )}
            As stated: &ldquo;{f.statedText}&rdquo;
            {f.place && <span> · {f.place}</span>}
            {f.periodText && (
              <span>
                {" "}
                · {f.periodText}
                {/* The dates the words were read as, so a wrong reading of "on Monday" is seen before it is saved. */}
                {(f.periodStart || f.periodEnd) && ` (${periodRange(f.periodStart, f.periodEnd, f.periodPrecision)})`}
              </span>
            )}
            {f.scope && <span> · {figureScopeLabel[f.scope].toLowerCase()}</span>}
            <span> · {f.attributedTo ? `according to ${f.attributedTo.name}` : "unattributed"}</span>
            {f.statementKey && !unticked.has(f.statementKey) && <span> · saved with the statement that states it</span>}
          </>
        )}
      />

      <Group
        title="Media"
        items={p.media}
        ticks={ticks}
        label={(m) => `${humanize(m.kind)}: ${m.description}`}
        meta={(m) => (
          <>
            {m.hedge ? <>Reported as: &ldquo;{m.hedge}&rdquo;</> : <span className="muted">No hedge in the text</span>}
            {m.graphic && (
              <>
                {" "}
                <span className="badge badge-warning">Graphic</span> described as graphic: it will be blurred on the desk
              </>
            )}
          </>
        )}
      />

      <Field
        label="Event"
        hint={
          p.proposedEvent
            ? "Suggested: an event on the desk whose place and dates match the article's figures."
            : "No event on the desk matches the article's place and dates."
        }
      >
        {(control) => (
          <select {...control} value={eventValue} onChange={(e) => setEventValue(e.target.value)}>
            {p.proposedEvent ? (
              <>
                <option value={p.proposedEvent.id}>{p.proposedEvent.title} (suggested)</option>
                <option value={NEW}>A new event for this article</option>
              </>
            ) : (
              <option value={AUTO}>A new event for this article</option>
            )}
            <NodeOptions nodes={otherEvents} label={(e) => e.title} />
          </select>
        )}
      </Field>

      <div className="save-bar">
        <button
          type="button"
          className="button button-primary"
          disabled={saving || stale || count === 0 || overLimit}
          onClick={() => onSave(skip, toEventChoice(eventValue))}
        >
          {saving ? "Saving…" : `Save ${count} ${count === 1 ? "item" : "items"}`}
        </button>
        {stale ? (
          <p className="alert alert-warning" role="status">
            The article changed since this preview. Preview it again before saving.
          </p>
        ) : overLimit ? (
          <p className="alert alert-warning" role="status">
            At most {p.maxItems} items are saved from one article at once. Untick {count - p.maxItems} more, or ingest the article in parts.
          </p>
        ) : count === 0 ? (
          <p className="muted" role="status">
            Tick at least one item to save.
          </p>
        ) : skip.length > 0 ? (
          <p className="muted">
            {skip.length} unticked {skip.length === 1 ? "item is" : "items are"} left out.
          </p>
        ) : null}
        {children}
      </div>
    </PreviewSection>
  );
}

/** The preview, named by its heading (which takes focus when a preview arrives). */
function PreviewSection({ heading, className = "section", children }: { heading: string; className?: string; children: ReactNode }) {
  return (
    <section className={className} aria-labelledby="preview-heading">
      <h2 id="preview-heading" tabIndex={-1}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** What every extracted item has: its key in the preview and its check-worthiness. */
interface Extracted {
  key: string;
  checkworthiness: { score: number; reasons: readonly string[] };
}

interface GroupProps<Item extends Extracted> {
  title: string;
  items: readonly Item[];
  /** What is unticked (left out of the save), and how a tick box changes that. */
  ticks: { unticked: ReadonlySet<string>; toggle: (key: string) => void };
  /** The tick box's name (see ExtractedItem). */
  label: (item: Item) => ReactNode;
  /** Who, where and how it was put: the first line of the item's description. */
  meta: (item: Item) => ReactNode;
  /** What follows the check-worthiness score (claims already on the desk). */
  after?: (item: Item) => ReactNode;
}

/** One kind of extracted item as a list of tick boxes, each described by its meta line and check-worthiness. */
function Group<Item extends Extracted>({ title, items, ticks, label, meta, after }: GroupProps<Item>) {
  if (items.length === 0) return <p className="muted extract-none">No {title.toLowerCase()} found.</p>;
  return (
    <fieldset className="extract-group">
      <legend>
        {title} <span className="count">{items.length}</span>
      </legend>
      <ul className="extract-list">
        {items.map((item) => (
          <ExtractedItem key={item.key} label={label(item)} checked={!ticks.unticked.has(item.key)} onToggle={() => ticks.toggle(item.key)}>
            <p className="extract-meta">{meta(item)}</p>
            <CheckworthinessScore score={item.checkworthiness.score} reasons={item.checkworthiness.reasons} />
            {after?.(item)}
          </ExtractedItem>
        ))}
      </ul>
    </fieldset>
  );
}
