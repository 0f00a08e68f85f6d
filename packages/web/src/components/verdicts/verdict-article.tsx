import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { formatDate, formatDateTime, humanize } from "../../lib/format";
import { LabelBadge } from "./label-badge";

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
    claim {
      id
      text
      kind
      claimantRole
      claimDate
      claimDatePrecision
      claimant { id name }
    }
  }
`);

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
  claim: {
    text: string;
    kind: string;
    claimant?: string | null;
    claimantRole?: string | null;
    claimDate?: string | null;
    claimDatePrecision?: string | null;
  };
  citedEvidence: readonly {
    id: string;
    stance: string;
    excerpt: string;
    note?: string | null;
    source: { url: string; title?: string | null; publisher?: string | null };
  }[];
  corrections: readonly {
    id: string;
    reason: string;
    changedFields: readonly string[];
    before?: unknown;
    after?: unknown;
    createdAt: string;
    correctedBy: string;
  }[];
  /** "page": the public verdict page (h1); "embedded": inside the desk or a preview (h3). */
  variant?: "page" | "embedded";
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
      text: v.claim.text,
      kind: v.claim.kind,
      claimant: v.claim.claimant?.name ?? null,
      claimantRole: v.claim.claimantRole,
      claimDate: v.claim.claimDate,
      claimDatePrecision: v.claim.claimDatePrecision,
    },
    citedEvidence: v.citedEvidence,
    corrections: v.corrections.map((c) => ({ ...c, correctedBy: c.correctedBy.name })),
  };
}

const fieldNames: Record<string, string> = {
  label: "Verdict",
  headline: "Headline",
  summary: "Summary",
  citedEvidence: "Cited evidence",
  citedEvidenceIds: "Cited evidence",
};

const fieldValue = (value: unknown, field: string): string | null => {
  const v = value && typeof value === "object" ? (value as Record<string, unknown>)[field] : undefined;
  if (typeof v !== "string") return null;
  return field === "label" ? humanize(v) : v;
};

/** The verdict as readers see it: used on the public page, in the desk and as the editor's live preview. */
export function VerdictArticle(props: VerdictArticleProps) {
  const { state, claim, variant = "embedded" } = props;
  const Heading = variant === "page" ? "h1" : "h3";
  const Sub = variant === "page" ? "h2" : "h4";
  return (
    <article className={`verdict-article verdict-${state.toLowerCase().replace(/_/g, "-")}`}>
      {state === "RETRACTED" && (
        <p className="alert alert-error" role="note">
          <strong>Retracted{props.retractedAt ? ` on ${formatDate(props.retractedAt)}` : ""}.</strong> {props.retractionReason}
        </p>
      )}
      {state === "AWAITING_SIGN_OFF" && (
        <p className="alert alert-warning" role="note">
          <strong>Awaiting a second editor&rsquo;s sign-off.</strong> Not public yet: reviewers disagreed sharply.
        </p>
      )}
      {state === "PREVIEW" && <p className="preview-flag">Preview: not published</p>}
      {variant === "page" && <p className="eyebrow">Fact-check</p>}
      <p className="verdict-label-line">
        {props.label ? <LabelBadge label={props.label} /> : <span className="badge badge-empty">Verdict not chosen</span>}
      </p>
      <Heading className="verdict-headline">{props.headline || <span className="muted">Headline</span>}</Heading>
      <figure className="verdict-claim">
        <blockquote>{claim.kind === "QUOTE" ? `“${claim.text}”` : claim.text}</blockquote>
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
        </figcaption>
      </figure>
      <div className="verdict-summary">
        {(props.summary || "").split(/\n{2,}/).map((para, i) => (
          <p key={i}>{para || <span className="muted">Summary</span>}</p>
        ))}
      </div>
      <p className="muted verdict-byline">
        {state === "PREVIEW" && !props.publishedBy
          ? "Will be published under your name."
          : `Published ${props.publishedAt ? formatDate(props.publishedAt) : "(pending)"} by ${props.publishedBy ?? "an editor"}`}
        {props.signedOffBy ? `, signed off by ${props.signedOffBy}` : ""}
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
      {props.corrections.length > 0 && (
        <section className="corrections" aria-label="Corrections">
          <Sub>Corrections</Sub>
          <ol>
            {props.corrections.map((c) => (
              <li key={c.id}>
                <p>
                  <strong>{formatDateTime(c.createdAt)}</strong> · {c.correctedBy}: {c.reason}
                </p>
                <ul className="correction-fields">
                  {c.changedFields.map((field) => {
                    const before = fieldValue(c.before, field);
                    const after = fieldValue(c.after, field);
                    return (
                      <li key={field}>
                        {fieldNames[field] ?? humanize(field.replace(/([a-z])([A-Z])/g, "$1_$2"))} changed
                        {before != null && after != null ? (
                          <>
                            : <del>{before}</del> → <ins>{after}</ins>
                          </>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
