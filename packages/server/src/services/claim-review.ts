import type { Prisma, RatingLabel } from "../generated/prisma/client.js";

/** FactDesk's scale as schema.org numbers (1 = false … 5 = true); UNVERIFIABLE has no place on it. */
const ratingValue: Record<RatingLabel, number | null> = {
  FALSE: 1,
  MISLEADING: 2,
  MIXED: 3,
  MOSTLY_TRUE: 4,
  TRUE: 5,
  UNVERIFIABLE: null,
};

const labelText: Record<RatingLabel, string> = {
  TRUE: "True",
  MOSTLY_TRUE: "Mostly true",
  MIXED: "Mixed",
  MISLEADING: "Misleading",
  FALSE: "False",
  UNVERIFIABLE: "Unverifiable",
};

export const claimReviewInclude = {
  claim: { include: { claimant: true, appearances: { include: { source: true }, orderBy: [{ seenAt: "asc" as const }] } } },
  publishedBy: true,
} satisfies Prisma.VerdictInclude;

export type VerdictForClaimReview = Prisma.VerdictGetPayload<{ include: typeof claimReviewInclude }>;

/**
 * The verdict as schema.org ClaimReview JSON-LD, the format fact-check feeds and search engines read.
 * `verdictUrl` is the public verdict page.
 */
export function toClaimReview(verdict: VerdictForClaimReview, verdictUrl: string, publisherName: string) {
  const { claim } = verdict;
  const value = ratingValue[verdict.label];
  const claimant = claim.claimant
    ? {
        "@type": claim.claimant.kind === "PERSON" ? "Person" : "Organization",
        name: claim.claimant.name,
        ...(claim.claimantRole ? { jobTitle: claim.claimantRole } : {}),
      }
    : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: verdictUrl,
    datePublished: verdict.publishedAt?.toISOString(),
    ...(verdict.updatedAt > (verdict.publishedAt ?? verdict.updatedAt) ? { dateModified: verdict.updatedAt.toISOString() } : {}),
    headline: verdict.headline,
    claimReviewed: claim.text,
    author: { "@type": "Organization", name: publisherName },
    itemReviewed: {
      "@type": "Claim",
      ...(claimant ? { author: claimant } : {}),
      ...(claim.claimDate ? { datePublished: claim.claimDate.toISOString().slice(0, 10) } : {}),
      appearance: claim.appearances.map((a) => ({
        "@type": "CreativeWork",
        url: a.source.url,
        ...(a.source.title ? { headline: a.source.title } : {}),
      })),
    },
    reviewRating: {
      "@type": "Rating",
      alternateName: verdict.state === "RETRACTED" ? `Retracted: ${labelText[verdict.label]}` : labelText[verdict.label],
      ...(value != null ? { ratingValue: value, bestRating: 5, worstRating: 1 } : {}),
      ratingExplanation: verdict.summary,
    },
  };
}
