import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { formatDate, formatUtcDateTime, humanize, mediaVerificationLabel } from "../../lib/format";
import { fieldName, formatValue } from "../../lib/changes";
import { LabelBadge } from "./label-badge";
import type { Enum } from "../../lib/enums";

// Readers are shown the claim as the verdict judged it (`judgedClaim`), never the claim as it reads on the desk
// today: only a public correction changes the judged wording. The live claim is read for its kind alone (quote
// marks around a quote).
export const VerdictArticle_VerdictFragment = graphql(`
  fragment VerdictArticle_VerdictFragment on Verdict {
    id
    state
    label
    headline
    summary
    publishedAt
    retractedAt
    retractionReason
    publishedBy { id name }
    signedOffBy { id name }
    citedEvidence {
      id
      stance
      excerpt
      note
      source { id url title publisher }
    }
    corrections {
      id
      reason
      changedFields
      before
      after
      createdAt
      correctedBy { id name }
    }
    judgedClaim {
      text
      claimantName
      claimantRole
      claimDate
      claimDatePrecision
      place
      appearances { url title publisher excerpt seenAt }
    }
    claim { id kind }
    reviewedMedia { kind description url verification graphic place recordedAt }
  }
`);

export interface ArticleClaim {
  text: string;
  kind: string;
  claimant?: string | null;
  claimantRole?: string | null;
  claimDate?: string | null;
  claimDatePrecision?: string | null;
  place?: string | null;
  appearances?: readonly { url: string; title?: string | null; publisher?: string | null; seenAt: string }[];
}

export interface ArticleCorrection {
  id: string;
  reason: string;
  changedFields: readonly string[];
  before?: unknown;
  after?: unknown;
  createdAt: string;
  correctedBy: string;
}

export interface VerdictArticleProps {
  state: "PREVIEW" | "AWAITING_SIGN_OFF" | "PUBLISHED" | "RETRACTED";
  label: string;
  headline: string;
  summary: string;
  publishedAt?: string | null;
  publishedBy?: string | null;
  signedOffBy?: string | null;
  retractedAt?: string | null;
  retractionReason?: string | null;
  claim: ArticleClaim;
  citedEvidence: readonly {
    id: string;
    stance: string;
    excerpt: string;
    note?: string | null;
    source: { url: string; title?: string | null; publisher?: string | null };
  }[];
  corrections: readonly ArticleCorrection[];
  /** Media whose verification the page publishes (its MediaReview points here); none in previews. */
  reviewedMedia?: readonly {
    kind: string;
    description: string;
    url: string;
    verification: Enum<"MediaVerification">;
    graphic: boolean;
    place?: string | null;
    recordedAt?: string | null;
  }[];
  /** "page": the public verdict page (h1); "embedded": inside the desk or a preview (h3). */
  variant?: "page" | "embedded";
  /** A preview next to the verdict it previews: its parts are no landmarks of their own (they would be named twice). */
  preview?: boolean;
}

export function verdictArticleProps(verdict: FragmentOf<typeof VerdictArticle_VerdictFragment>): VerdictArticleProps {
  const v = readFragment(VerdictArticle_VerdictFragment, verdict);
  return {
    state: v.state,
    label: v.label,
    headline: v.headline,
    summary: v.summary,
    publishedAt: v.publishedAt,
    publishedBy: v.publishedBy.name,
    signedOffBy: v.signedOffBy?.name ?? null,
    retractedAt: v.retractedAt,
    retractionReason: v.retractionReason,
    claim: {
      text: v.judgedClaim.text,
      // The live claim is hidden from readers while it is back under review after a retraction: no quotation marks then.
      kind: v.claim?.kind ?? "STATEMENT",
      claimant: v.judgedClaim.claimantName,
      claimantRole: v.judgedClaim.claimantRole,
      claimDate: v.judgedClaim.claimDate,
      claimDatePrecision: v.judgedClaim.claimDatePrecision,
      place: v.judgedClaim.place,
      appearances: v.judgedClaim.appearances,
    },
    citedEvidence: v.citedEvidence,
    corrections: v.corrections.map((c) => ({ ...c, correctedBy: c.correctedBy.name })),
    reviewedMedia: v.reviewedMedia,
  };
}

const quoted = (claim: Pick<ArticleClaim, "kind" | "text">) => (claim.kind === "QUOTE" ? `“${claim.text}”` : claim.text);

const WORDING = new Set(["claimText", "claimant", "claimantRole", "claimDate", "claimDatePrecision"]);

const sideOf = (value: unknown, field: string): unknown =>
  value && typeof value === "object" ? (value as Record<string, unknown>)[field] : undefined;

/** One correction's changes: a reworded claim as old and new wording in full, other fields as "old → new". */
function CorrectionChanges({ correction: c }: { correction: ArticleCorrection }) {
  const changed = new Set(c.changedFields);
  const precision = (side: unknown) => {
    const p = sideOf(side, "claimDatePrecision");
    return typeof p === "string" ? p : null;
  };
  const items = c.changedFields
    // A new date precision reads through the date itself when the date changed too.
    .filter((field) => !(field === "claimDatePrecision" && changed.has("claimDate")))
    .map((field) => {
      const name = field === "label" ? "Verdict" : field === "claimText" ? "Wording of the claim" : fieldName(field);
      const before = formatValue(field, sideOf(c.before, field), precision(c.before));
      const after = formatValue(field, sideOf(c.after, field), precision(c.after));
      if (field === "claimText" && before !== null && after !== null) {
        return (
          <li key={field} className="correction-wording">
            <span>{name} changed.</span>
            <span className="wording-side">
              <span className="wording-tag">Before:</span> <del>{before}</del>
            </span>
            <span className="wording-side">
              <span className="wording-tag">Now:</span> <ins>{after}</ins>
            </span>
          </li>
        );
      }
      return (
        <li key={field}>
          {name} changed
          {before !== null && after !== null ? (
            <>
              : <del>{before}</del> → <ins>{after}</ins>
            </>
          ) : (
            "."
          )}
        </li>
      );
    });
  const wordingOnly = c.changedFields.every((f) => WORDING.has(f));
  return (
    <ul className="correction-fields" aria-label={wordingOnly ? "What the correction changed in the claim" : "What the correction changed"}>
      {items}
    </ul>
  );
}

/** The verdict as readers see it: used on the public page, in the desk and as the editor's live preview. */
export function VerdictArticle(props: VerdictArticleProps) {
  const { state, claim, variant = "embedded" } = props;
  const Heading = variant === "page" ? "h1" : "h3";
  const Sub = variant === "page" ? "h2" : "h4";
  const retracted = state === "RETRACTED";
  // A retracted verdict leads with the retraction; its headline then sits one level down.
  const HeadlineTag = retracted ? Sub : Heading;
  const lastCorrection = props.corrections.at(-1);
  // Two quotations from one article are two appearances but one place it was seen on that day.
  const seenIn = (claim.appearances ?? []).filter(
    (a, i, all) => all.findIndex((b) => b.url === a.url && formatDate(b.seenAt) === formatDate(a.seenAt)) === i,
  );
  return (
    <article className={`verdict-article verdict-${state.toLowerCase().replace(/_/g, "-")}`}>
      {retracted && (
        <section className="retraction" aria-label="Retraction">
          <Heading className="retraction-heading">Retracted</Heading>
          <p className="retraction-date">
            Retracted on <time dateTime={props.retractedAt ?? undefined}>{formatDate(props.retractedAt)}</time>. This fact-check no longer
            stands.
          </p>
          {props.retractionReason && (
            <p className="retraction-reason">
              <strong>Why:</strong> {props.retractionReason}
            </p>
          )}
          {props.label && (
            <p className="former-rating">
              Former rating: <del>{humanize(props.label)}</del>
            </p>
          )}
        </section>
      )}
      {state === "AWAITING_SIGN_OFF" && (
        <p className="alert alert-warning" role="note">
          <strong>Awaiting a second editor&rsquo;s sign-off.</strong> Not public yet: reviewers disagreed sharply.
        </p>
      )}
      {state === "PREVIEW" && <p className="preview-flag">Preview: not published</p>}
      {variant === "page" && <p className="eyebrow">{retracted ? "Fact-check (retracted)" : "Fact-check"}</p>}
      {!retracted && (
        <p className="verdict-label-line">
          {props.label ? <LabelBadge label={props.label} /> : <span className="badge badge-empty">Verdict not chosen</span>}
        </p>
      )}
      <HeadlineTag className="verdict-headline">{props.headline || <span className="muted">Headline</span>}</HeadlineTag>
      <figure className="verdict-claim">
        <blockquote>{quoted(claim)}</blockquote>
        <figcaption>
          {claim.claimant ? (
            <>
              {claim.claimant}
              {claim.claimantRole ? `, ${claim.claimantRole}` : ""}
            </>
          ) : (
            "Unattributed"
          )}
          {claim.claimDate ? ` · ${formatDate(claim.claimDate, claim.claimDatePrecision)}` : ""}
          {claim.place ? ` · ${claim.place}` : ""}
        </figcaption>
      </figure>
      {seenIn.length > 0 && (
        <p className="verdict-appearances">
          <span className="muted">Seen in </span>
          {seenIn.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one page can appear twice (two dates); the list never reorders
            <span key={`${a.url}-${i}`}>
              {i > 0 && (i === seenIn.length - 1 ? " and " : ", ")}
              <a href={a.url} target="_blank" rel="noopener noreferrer">
                {a.title ?? a.publisher ?? a.url}
              </a>
              {a.publisher && a.title ? ` (${a.publisher}, ${formatDate(a.seenAt)})` : ` (${formatDate(a.seenAt)})`}
            </span>
          ))}
        </p>
      )}
      <div className="verdict-summary">
        {(props.summary || "").split(/\n{2,}/).map((para, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order
          <p key={i}>{para || <span className="muted">Summary</span>}</p>
        ))}
      </div>
      <p className="muted verdict-byline">
        {state === "PREVIEW" && !props.publishedBy
          ? "Will be published under your name."
          : !props.publishedAt
            ? `Proposed by ${props.publishedBy ?? "an editor"}; published once a second editor signs it off`
            : `Published ${formatDate(props.publishedAt)} by ${props.publishedBy ?? "an editor"}`}
        {props.signedOffBy ? `, signed off by ${props.signedOffBy}` : ""}
        {lastCorrection && lastCorrection.id !== "pending" ? ` · corrected ${formatDate(lastCorrection.createdAt)}` : ""}
      </p>
      <Sub>Evidence</Sub>
      {props.citedEvidence.length === 0 ? (
        <p className="muted">No evidence cited.</p>
      ) : (
        <ol className="cited-evidence">
          {props.citedEvidence.map((e) => (
            <li key={e.id}>
              <span className={`stance-tag stance-${e.stance.toLowerCase()}`}>{humanize(e.stance)}</span>
              <blockquote className="excerpt">{e.excerpt}</blockquote>
              {e.note && <p className="note">{e.note}</p>}
              <a href={e.source.url} target="_blank" rel="noopener noreferrer">
                {e.source.title ?? e.source.publisher ?? e.source.url}
              </a>
            </li>
          ))}
        </ol>
      )}
      {(props.reviewedMedia?.length ?? 0) > 0 && (
        <>
          <Sub>Media reviewed</Sub>
          {/* Linked, never shown: a reader opens the original knowingly, and graphic items say so first. */}
          <ul className="reviewed-media">
            {props.reviewedMedia?.map((m) => (
              <li key={m.url}>
                <span className="badge">{mediaVerificationLabel[m.verification]}</span> {humanize(m.kind)}: {m.description}
                {(m.place || m.recordedAt) && (
                  <span className="muted">
                    {" "}
                    (recorded{m.place ? ` in ${m.place}` : ""}
                    {m.recordedAt ? ` on ${formatDate(m.recordedAt)}` : ""})
                  </span>
                )}{" "}
                <a href={m.url} target="_blank" rel="noopener noreferrer nofollow">
                  {m.graphic ? "Open the original (graphic: shows violence or injury)" : "Open the original"}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {props.corrections.length > 0 && (
        <section className="corrections" aria-label={props.preview ? undefined : "Corrections"}>
          <Sub>Corrections</Sub>
          <ol>
            {props.corrections.map((c) => (
              <li key={c.id}>
                <p>
                  <strong>
                    <time dateTime={c.id === "pending" ? undefined : c.createdAt}>{formatUtcDateTime(c.createdAt)}</time>
                  </strong>{" "}
                  · {c.correctedBy}: {c.reason}
                </p>
                <CorrectionChanges correction={c} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
