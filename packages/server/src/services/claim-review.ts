import type { Claim, ClaimReview, CorrectionComment, CreativeWork, Organization, Person, Rating, WithContext } from "schema-dts";
import type { Prisma, RatingLabel } from "../generated/prisma/client.js";
import { ratingLabelText } from "./rating-label-text.js";

/** FactDesk's scale as schema.org numbers (1 = false … 5 = true); UNVERIFIABLE has no place on it. */
const ratingValue: Record<RatingLabel, number | null> = {
  FALSE: 1,
  MISLEADING: 2,
  MIXED: 3,
  MOSTLY_TRUE: 4,
  TRUE: 5,
  UNVERIFIABLE: null,
};

/** An appearance as the verdict froze it when it judged the claim. */
export interface JudgedAppearance {
  url: string;
  title: string | null;
  publisher: string | null;
  excerpt: string;
  seenAt: string;
}

export const judgedAppearances = (value: Prisma.JsonValue): JudgedAppearance[] =>
  Array.isArray(value) ? (value as unknown as JudgedAppearance[]) : [];

/** The verdict columns a ClaimReview is built from: its own, including the wording it froze; never the live claim. */
export const claimReviewSelect = {
  id: true,
  state: true,
  label: true,
  headline: true,
  summary: true,
  publishedAt: true,
  updatedAt: true,
  claimText: true,
  claimantName: true,
  claimantKind: true,
  claimantRole: true,
  claimDate: true,
  appearances: true,
} satisfies Prisma.VerdictSelect;

/**
 * The public corrections of a verdict, for outputs that list them (the feeds): each becomes a schema.org
 * CorrectionComment, so a partner republishing the fact-check can show what changed and why.
 */
export const correctionsSelect = {
  corrections: { select: { reason: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.VerdictSelect;

export type VerdictForClaimReview = Prisma.VerdictGetPayload<{ select: typeof claimReviewSelect }>;

/** The organisation a desk publishes under: ClaimReview's and MediaReview's author. */
export interface Publisher {
  name: string;
  url: string;
}

/**
 * The verdict as schema.org ClaimReview JSON-LD, the format fact-check feeds and search engines read: the wording it
 * judged (with corrections applied), never the claim as it may read today. `verdictUrl` is the public verdict page.
 * Typed with schema-dts, so every property name and value type is schema.org's.
 */
export function toClaimReview(
  verdict: VerdictForClaimReview,
  verdictUrl: string,
  publisher: Publisher,
  // Passed on their own: a GraphQL read may have loaded `corrections` on the verdict with other columns.
  corrections: readonly { reason: string; createdAt: Date }[] = [],
): WithContext<ClaimReview> {
  const value = ratingValue[verdict.label];
  const claimant: Person | Organization | undefined = verdict.claimantName
    ? verdict.claimantKind === "PERSON"
      ? { "@type": "Person", name: verdict.claimantName, ...(verdict.claimantRole ? { jobTitle: verdict.claimantRole } : {}) }
      : { "@type": "Organization", name: verdict.claimantName }
    : undefined;
  const appearances = judgedAppearances(verdict.appearances);
  const asCreativeWork = (a: JudgedAppearance): CreativeWork => ({
    "@type": "CreativeWork",
    url: a.url,
    ...(a.title ? { headline: a.title } : {}),
    ...(a.publisher ? { publisher: { "@type": "Organization", name: a.publisher } } : {}),
    ...(a.seenAt ? { datePublished: a.seenAt } : {}),
  });
  const first = [...appearances].sort((a, b) => a.seenAt.localeCompare(b.seenAt))[0];
  const claim: Claim = {
    "@type": "Claim",
    ...(claimant ? { author: claimant } : {}),
    ...(verdict.claimDate ? { datePublished: verdict.claimDate.toISOString().slice(0, 10) } : {}),
    appearance: appearances.map(asCreativeWork),
    ...(first ? { firstAppearance: asCreativeWork(first) } : {}),
  };
  const rating: Rating = {
    "@type": "Rating",
    alternateName: ratingLabelText[verdict.label],
    name: ratingLabelText[verdict.label],
    ...(value != null ? { ratingValue: value, bestRating: 5, worstRating: 1 } : {}),
    ratingExplanation: verdict.summary,
  };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: verdictUrl,
    ...(verdict.publishedAt ? { datePublished: verdict.publishedAt.toISOString() } : {}),
    ...(verdict.updatedAt > (verdict.publishedAt ?? verdict.updatedAt) ? { dateModified: verdict.updatedAt.toISOString() } : {}),
    headline: verdict.headline,
    claimReviewed: verdict.claimText,
    author: { "@type": "Organization", name: publisher.name, url: publisher.url },
    itemReviewed: claim,
    reviewRating: rating,
    ...(corrections.length
      ? {
          correction: corrections.map(
            (c): CorrectionComment => ({ "@type": "CorrectionComment", text: c.reason, datePublished: c.createdAt.toISOString() }),
          ),
        }
      : {}),
  };
}
