import crypto from "node:crypto";
import type { Db } from "../../packages/server/src/db.js";
import type * as Enums from "../../packages/server/src/generated/prisma/enums.js";
import { normalizeClaimText } from "../../packages/server/src/services/text.js";

// Seed factories: rows written straight through the server's own Prisma client (the real database), for reads
// the API cannot create yet or that need exact timestamps. Every value is unique per call.

let counter = 0;
const unique = () => `${++counter}-${crypto.randomBytes(4).toString("hex")}`;

export async function seedEntity(
  db: Db,
  data: Partial<{ kind: Enums.EntityKind; name: string; title: string | null; aliases: string[] }> = {},
) {
  return db.entity.create({
    data: { kind: data.kind ?? "PERSON", name: data.name ?? `Person ${unique()}`, title: data.title ?? null, aliases: data.aliases ?? [] },
  });
}

export async function seedSource(
  db: Db,
  data: Partial<{
    kind: Enums.SourceKind;
    url: string;
    title: string | null;
    publisher: string | null;
    publishedAt: Date | null;
    reliability: Enums.Reliability | null;
    createdAt: Date;
  }> = {},
) {
  const u = unique();
  return db.source.create({
    data: {
      kind: data.kind ?? "ARTICLE",
      url: data.url ?? `https://news.example.org/${u}`,
      title: data.title === undefined ? `Report ${u}` : data.title,
      publisher: data.publisher === undefined ? "Example News" : data.publisher,
      publishedAt: data.publishedAt ?? null,
      reliability: data.reliability ?? null,
      ...(data.createdAt ? { createdAt: data.createdAt } : {}),
    },
  });
}

export async function seedEvent(
  db: Db,
  data: Partial<{ title: string; startDate: Date | null; place: string | null; createdAt: Date }> = {},
) {
  return db.event.create({
    data: {
      title: data.title ?? `Event ${unique()}`,
      startDate: data.startDate === undefined ? new Date("2024-05-01T00:00:00Z") : data.startDate,
      place: data.place ?? null,
      ...(data.createdAt ? { createdAt: data.createdAt } : {}),
    },
  });
}

export interface SeedClaimOptions {
  text?: string;
  kind?: Enums.ClaimKind;
  status?: Enums.ClaimStatus;
  tags?: string[];
  claimantId?: string | null;
  eventId?: string | null;
  assigneeId?: string | null;
  checkworthiness?: number | null;
  claimDate?: Date | null;
  createdAt?: Date;
  updatedAt?: Date;
  mergedIntoId?: string | null;
  /** Number of appearances, each in its own new source. */
  appearances?: number;
  /** Number of evidence items, each citing its own new source. */
  evidence?: number;
  /** Reviewer (database) ids: each gives a current rating, and a superseded one before it. */
  ratedBy?: string[];
  verdict?: { state: Enums.VerdictState; label?: Enums.RatingLabel; publishedById: string; headline?: string } | null;
  /** Number of media items, each first seen in its own new source. */
  media?: number;
}

/**
 * A claim with everything a claim page shows: claimant, appearances with sources, evidence with sources,
 * ratings by reviewers (plus superseded history), a verdict citing the evidence, and media.
 */
export async function seedClaim(db: Db, options: SeedClaimOptions = {}) {
  const u = unique();
  const text = options.text ?? `Seeded claim ${u} says something checkable`;
  const newSource = (label: string) => ({
    create: { kind: "ARTICLE" as const, url: `https://seed.example.org/${label}/${u}-${crypto.randomUUID()}`, title: `${label} ${u}` },
  });
  // Children get distinct timestamps, in the order they are listed, so their documented order is known.
  const start = Date.now();
  const later = (i: number) => new Date(start + i * 1000);
  const claim = await db.claim.create({
    data: {
      text,
      normalizedText: normalizeClaimText(text),
      kind: options.kind ?? "STATEMENT",
      status: options.status ?? "NEW",
      tags: options.tags ?? [],
      claimantId: options.claimantId ?? null,
      eventId: options.eventId ?? null,
      assigneeId: options.assigneeId ?? null,
      checkworthiness: options.checkworthiness ?? null,
      claimDate: options.claimDate ?? null,
      mergedIntoId: options.mergedIntoId ?? null,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
      ...(options.updatedAt ? { updatedAt: options.updatedAt } : {}),
      appearances: {
        create: Array.from({ length: options.appearances ?? 0 }, (_, i) => ({
          excerpt: `${text} (appearance ${i + 1})`,
          seenAt: later(i),
          source: newSource("appearance"),
        })),
      },
      evidence: {
        create: Array.from({ length: options.evidence ?? 0 }, (_, i) => ({
          stance: (["SUPPORTS", "REFUTES", "CONTEXT"] as const)[i % 3]!,
          createdAt: later(i),
          excerpt: `Evidence ${i + 1} for ${u}`,
          source: newSource("evidence"),
        })),
      },
      media: {
        create: Array.from({ length: options.media ?? 0 }, (_, i) => ({
          kind: "VIDEO" as const,
          createdAt: later(i),
          description: `Video ${i + 1} about ${u}`,
          firstSeenSource: newSource("media"),
        })),
      },
    },
    include: { evidence: true },
  });
  for (const reviewerId of options.ratedBy ?? []) {
    await db.rating.create({
      data: {
        claimId: claim.id,
        reviewerId,
        label: "MIXED",
        confidence: 40,
        rationale: "First look",
        current: false,
        supersededAt: new Date(),
      },
    });
    await db.rating.create({
      data: {
        claimId: claim.id,
        reviewerId,
        label: "MOSTLY_TRUE",
        confidence: 80,
        rationale: "After reading the evidence",
        citedEvidence: { connect: claim.evidence.map((e) => ({ id: e.id })) },
      },
    });
  }
  if (options.verdict) {
    const verdict = await db.verdict.create({
      data: {
        claimId: claim.id,
        claimText: claim.text,
        state: options.verdict.state,
        label: options.verdict.label ?? "MOSTLY_TRUE",
        headline: options.verdict.headline ?? `Verdict on ${u}`,
        summary: "Seeded verdict",
        publishedAt: options.verdict.state === "AWAITING_SIGN_OFF" ? null : new Date(),
        publishedById: options.verdict.publishedById,
        retractedAt: options.verdict.state === "RETRACTED" ? new Date() : null,
        retractionReason: options.verdict.state === "RETRACTED" ? "Seeded retraction" : null,
        citedEvidence: { connect: claim.evidence.map((e) => ({ id: e.id })) },
      },
    });
    await db.claim.update({ where: { id: claim.id }, data: { currentVerdictId: verdict.id } });
  }
  return claim;
}

/** A published claim as anonymous visitors see it: status PUBLISHED with a PUBLISHED verdict. */
export const publishedClaim = (publishedById: string, options: SeedClaimOptions = {}) =>
  ({ ...options, status: "PUBLISHED", verdict: { state: "PUBLISHED", publishedById } }) satisfies SeedClaimOptions;

export async function seedFigure(
  db: Db,
  data: {
    eventId: string;
    sourceId: string;
    metric: Enums.FigureMetric;
    qualifier: Enums.FigureQualifier;
    low: number | null;
    high: number | null;
    reportedAt: Date;
    subject?: string;
    statedText?: string;
    attributedToId?: string | null;
    claimId?: string | null;
    scope?: Enums.FigureScope | null;
    place?: string | null;
  },
) {
  return db.reportedFigure.create({
    data: {
      eventId: data.eventId,
      sourceId: data.sourceId,
      metric: data.metric,
      qualifier: data.qualifier,
      low: data.low,
      high: data.high,
      reportedAt: data.reportedAt,
      subject: data.subject ?? "people",
      statedText: data.statedText ?? `${data.qualifier.toLowerCase()} ${data.low ?? ""}–${data.high ?? ""}`,
      attributedToId: data.attributedToId ?? null,
      claimId: data.claimId ?? null,
      scope: data.scope ?? null,
      place: data.place ?? null,
    },
  });
}
