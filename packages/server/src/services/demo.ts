import fs from "node:fs";
import path from "node:path";
import type { Db } from "../db.js";
import { demoDir } from "../config.js";
import { normalizeClaimText } from "./text.js";
import { hashPassword } from "./passwords.js";
import { writeAudit } from "./audit.js";
import { addEvidence } from "./evidence.js";
import { rateClaim } from "./ratings.js";
import { correctVerdict, publishVerdict, retractVerdict } from "./verdicts.js";
import type { Viewer } from "../context.js";
import type * as Enums from "../generated/prisma/enums.js";

interface DemoDesk {
  article: {
    file: string;
    kind: Enums.SourceKind;
    url: string;
    title: string;
    publisher: string | null;
    author: string | null;
    publishedAt: string;
    reliability: Enums.Reliability | null;
  };
  event: {
    title: string;
    description: string;
    place: string;
    placePrecision: Enums.PlacePrecision;
    startDate: string | null;
    endDate: string | null;
  };
  entities: Record<string, { kind: Enums.EntityKind; name: string; title: string | null; aliases: string[] }>;
  claims: Record<
    string,
    {
      kind: Enums.ClaimKind;
      text: string;
      claimant: string | null;
      claimantRole: string | null;
      claimDate: string | null;
      claimDatePrecision: Enums.DatePrecision | null;
      place: string | null;
      placePrecision: Enums.PlacePrecision | null;
      tags: string[];
      excerpts: string[];
    }
  >;
  figures: Array<{
    claim: string | null;
    metric: Enums.FigureMetric;
    subject: string;
    qualifier: Enums.FigureQualifier;
    low: number | null;
    high: number | null;
    statedText: string;
    place: string | null;
    placePrecision: Enums.PlacePrecision | null;
    periodStart: string | null;
    periodEnd: string | null;
    periodPrecision: Enums.DatePrecision | null;
    periodText: string | null;
    attributedTo: string | null;
  }>;
  media: Array<{
    claim: string;
    kind: Enums.MediaKind;
    url: string | null;
    verification: Enums.MediaVerification;
    unverifiedReason: Enums.UnverifiedReason | null;
    graphic: boolean;
    description: string;
    hedge: string | null;
    firstSeenWhere: string | null;
  }>;
  users: Array<{ email: string; name: string; role: Enums.Role; password: string }>;
  /** Claims taken through review to a public verdict (then corrected or retracted), as the desk's users would. */
  verdicts: Array<{
    claim: string;
    evidence: Array<{ by: string; stance: Enums.Stance; url: string; excerpt: string; note: string | null }>;
    ratings: Array<{ by: string; label: Enums.RatingLabel; confidence: number; rationale: string }>;
    verdict: { by: string; label: Enums.RatingLabel; headline: string; summary: string };
    correction?: { by: string; headline?: string; summary?: string; reason: string };
    retraction?: { by: string; reason: string };
  }>;
}

export function readDemoDesk(): { desk: DemoDesk; articleText: string } {
  const desk = JSON.parse(fs.readFileSync(path.join(demoDir, "syria-coast-desk.json"), "utf8")) as DemoDesk;
  const articleText = fs.readFileSync(path.join(demoDir, desk.article.file), "utf8");
  return { desk, articleText };
}

const date = (iso: string | null) => (iso ? new Date(iso) : null);

/** The demo logins printed at start-up. */
export function demoLogins(): DemoDesk["users"] {
  return readDemoDesk().desk.users;
}

/** Loads the demo desk in one transaction. Returns false (and changes nothing) when the desk already has claims. */
export async function loadDemoDesk(prisma: Db): Promise<boolean> {
  const { desk, articleText } = readDemoDesk();
  const passwordHashes = await Promise.all(desk.users.map((u) => hashPassword(u.password)));
  return prisma.$transaction(
    async (tx) => {
      if ((await tx.claim.count()) > 0) return false;
      const people: Record<string, Viewer> = {};
      for (const [i, user] of desk.users.entries()) {
        const row = await tx.user.upsert({
          where: { email: user.email },
          update: {},
          create: { email: user.email, name: user.name, role: user.role, passwordHash: passwordHashes[i] },
        });
        people[user.email] = { id: row.id, name: row.name, email: row.email, role: row.role, sessionId: "" };
      }
      const a = desk.article;
      const source = await tx.source.create({
        data: {
          kind: a.kind,
          url: a.url,
          title: a.title,
          publisher: a.publisher,
          author: a.author,
          publishedAt: new Date(a.publishedAt),
          reliability: a.reliability,
          text: articleText,
        },
      });
      const event = await tx.event.create({
        data: { ...desk.event, startDate: date(desk.event.startDate), endDate: date(desk.event.endDate) },
      });
      const entityIds: Record<string, string> = {};
      for (const [key, entity] of Object.entries(desk.entities)) {
        entityIds[key] = (await tx.entity.create({ data: entity })).id;
      }
      const claimIds: Record<string, string> = {};
      for (const [key, c] of Object.entries(desk.claims)) {
        const claim = await tx.claim.create({
          data: {
            kind: c.kind,
            text: c.text,
            normalizedText: normalizeClaimText(c.text),
            claimantId: c.claimant ? entityIds[c.claimant] : null,
            claimantRole: c.claimantRole,
            claimDate: date(c.claimDate),
            claimDatePrecision: c.claimDatePrecision,
            place: c.place,
            placePrecision: c.placePrecision,
            tags: c.tags,
            eventId: event.id,
            appearances: {
              create: c.excerpts.map((excerpt) => {
                const start = articleText.indexOf(excerpt);
                if (start < 0) throw new Error(`Demo excerpt for ${key} is not verbatim in the article: ${excerpt}`);
                return {
                  sourceId: source.id,
                  excerpt,
                  startOffset: start,
                  endOffset: start + excerpt.length,
                  seenAt: new Date(a.publishedAt),
                };
              }),
            },
          },
        });
        claimIds[key] = claim.id;
        await writeAudit(tx, null, {
          action: "claim.create",
          entityType: "Claim",
          entityId: claim.id,
          claimId: claim.id,
          after: { ...claim, origin: "demo desk" },
        });
      }
      for (const f of desk.figures) {
        await tx.reportedFigure.create({
          data: {
            eventId: event.id,
            claimId: f.claim ? claimIds[f.claim] : null,
            metric: f.metric,
            subject: f.subject,
            qualifier: f.qualifier,
            low: f.low,
            high: f.high,
            statedText: f.statedText,
            place: f.place,
            placePrecision: f.placePrecision,
            periodStart: date(f.periodStart),
            periodEnd: date(f.periodEnd),
            periodPrecision: f.periodPrecision,
            periodText: f.periodText,
            attributedToId: f.attributedTo ? entityIds[f.attributedTo] : null,
            sourceId: source.id,
            reportedAt: new Date(a.publishedAt),
          },
        });
      }
      for (const m of desk.media) {
        const { claim, ...fields } = m;
        await tx.mediaItem.create({
          data: {
            ...fields,
            firstSeenSourceId: source.id,
            firstSeenAt: new Date(a.publishedAt),
            claims: { connect: { id: claimIds[claim] } },
          },
        });
      }
      for (const v of desk.verdicts) {
        const claimId = claimIds[v.claim]!;
        const evidenceIds: string[] = [];
        for (const e of v.evidence) {
          const evidence = await addEvidence(tx, people[e.by]!, { claimId, source: { url: e.url }, stance: e.stance, excerpt: e.excerpt, note: e.note });
          evidenceIds.push(evidence.id);
        }
        for (const r of v.ratings) {
          await rateClaim(tx, people[r.by]!, { claimId, label: r.label, confidence: r.confidence, rationale: r.rationale, citedEvidenceIds: evidenceIds });
        }
        const verdict = await publishVerdict(tx, people[v.verdict.by]!, { claimId, ...v.verdict, citedEvidenceIds: evidenceIds });
        if (v.correction) {
          const { by, ...correction } = v.correction;
          await correctVerdict(tx, people[by]!, verdict.id, verdict.version, correction);
        }
        if (v.retraction) await retractVerdict(tx, people[v.retraction.by]!, verdict.id, verdict.version, v.retraction.reason);
      }
      return true;
    },
    { timeout: 60_000 },
  );
}
