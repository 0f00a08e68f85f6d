import type { Prisma } from "../generated/prisma/client.js";
import type { VerdictState } from "../generated/prisma/enums.js";

// What the public may read (anonymous visitors, and partners' keys without claims:read): published (or publicly
// retracted) verdicts, the claims on which a published verdict stands, the evidence verdicts cite and the sources
// behind it. Staff, and keys with claims:read, read everything (`readsDesk`, see services/access.ts).

// A verdict withdrawn while it awaited sign-off is RETRACTED too, but was never published: it stays on the desk.
const PUBLIC_STATES: VerdictState[] = ["PUBLISHED", "RETRACTED"];
export const publicVerdict = { state: { in: PUBLIC_STATES }, publishedAt: { not: null } } satisfies Prisma.VerdictWhereInput;

/** `publicVerdict` for a verdict already read. */
export const isPublicVerdict = (verdict: { state: VerdictState; publishedAt: Date | null }) =>
  PUBLIC_STATES.includes(verdict.state) && verdict.publishedAt !== null;

export const verdictVisibleTo = (readsDesk: boolean): Prisma.VerdictWhereInput => (readsDesk ? {} : publicVerdict);

// A claim is public while a published verdict stands on it, which freezes its wording (only a correction on the verdict
// changes it). Once that verdict is retracted the claim is back on the desk and may be reworded: its retracted
// verdicts keep their pages, with the wording they judged, but the claim itself is the desk's work again until a new
// verdict is published.
const standingVerdict = { state: "PUBLISHED", publishedAt: { not: null } } satisfies Prisma.VerdictWhereInput;
/** `standingVerdict` for a claim's current verdict already read. */
export const isStandingVerdict = (verdict: { state: VerdictState; publishedAt: Date | null }) =>
  verdict.state === "PUBLISHED" && verdict.publishedAt !== null;
export const claimVisibleTo = (readsDesk: boolean): Prisma.ClaimWhereInput =>
  readsDesk ? {} : { currentVerdict: { is: standingVerdict } };

export const evidenceVisibleTo = (readsDesk: boolean): Prisma.EvidenceWhereInput =>
  readsDesk ? {} : { citedByVerdicts: { some: publicVerdict } };

/** A claim's history without its notes' entries (which carry the notes' words) for those who may not read notes. */
export const auditEntryVisibleTo = (readsNotes: boolean): Prisma.AuditEntryWhereInput =>
  readsNotes ? {} : { entityType: { not: "Note" } };

export const appearanceVisibleTo = (readsDesk: boolean): Prisma.AppearanceWhereInput => (readsDesk ? {} : { claim: claimVisibleTo(false) });

export const sourceVisibleTo = (readsDesk: boolean): Prisma.SourceWhereInput =>
  readsDesk ? {} : { OR: [{ evidence: { some: evidenceVisibleTo(false) } }, { appearances: { some: appearanceVisibleTo(false) } }] };
