import type { Prisma } from "../generated/prisma/client.js";

// What anonymous visitors may read: published (or publicly retracted) verdicts, the claims they judge, the
// evidence they cite and the sources behind it. Signed-in users read everything.

const publicVerdict: Prisma.VerdictWhereInput = { state: { in: ["PUBLISHED", "RETRACTED"] } };

export const verdictVisibleTo = (viewerId: string | undefined): Prisma.VerdictWhereInput => (viewerId ? {} : publicVerdict);

export const claimVisibleTo = (viewerId: string | undefined): Prisma.ClaimWhereInput =>
  viewerId ? {} : { verdict: { is: publicVerdict } };

export const evidenceVisibleTo = (viewerId: string | undefined): Prisma.EvidenceWhereInput =>
  viewerId ? {} : { citedByVerdicts: { some: publicVerdict } };

export const appearanceVisibleTo = (viewerId: string | undefined): Prisma.AppearanceWhereInput =>
  viewerId ? {} : { claim: claimVisibleTo(undefined) };

export const sourceVisibleTo = (viewerId: string | undefined): Prisma.SourceWhereInput =>
  viewerId
    ? {}
    : { OR: [{ evidence: { some: evidenceVisibleTo(undefined) } }, { appearances: { some: appearanceVisibleTo(undefined) } }] };
