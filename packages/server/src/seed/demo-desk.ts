import fs from "node:fs";
import path from "node:path";
import type { Db } from "../db.js";
import { demoDir } from "../config.js";
import type { Viewer } from "../context.js";
import { createUser } from "../services/users.js";
import { addAppearance, createEntity, findOrCreateSource, textHash } from "../services/sources.js";
import { createClaim } from "../services/claims.js";
import { createEvent, recordFigure } from "../services/figures.js";
import { addMedia, setMediaVerification } from "../services/media.js";
import { addEvidence } from "../services/evidence.js";
import { rateClaim } from "../services/ratings.js";
import { correctVerdict, publishVerdict, retractVerdict } from "../services/verdicts.js";
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

const ORIGIN = "demo desk";

/**
 * Loads the demo desk in one transaction, every row through the service that writes it for the API (so the demo
 * obeys the same rules and fills the audit log the same way). Returns false (and changes nothing) when the desk
 * already has claims.
 */
export async function loadDemoDesk(prisma: Db): Promise<boolean> {
  const { desk, articleText } = readDemoDesk();
  return prisma.$transaction(
    async (tx) => {
      if ((await tx.claim.count()) > 0) return false;
      const people: Record<string, Viewer> = {};
      for (const user of desk.users) {
        const row = (await tx.user.findUnique({ where: { email: user.email } })) ?? (await createUser(tx, null, user));
        people[user.email] = { id: row.id, name: row.name, email: row.email, role: row.role, sessionId: "" };
      }
      const a = desk.article;
      const publishedAt = new Date(a.publishedAt);
      const source = await findOrCreateSource(
        tx,
        null,
        { url: a.url },
        {
          kind: a.kind,
          title: a.title,
          publisher: a.publisher,
          author: a.author,
          publishedAt,
          reliability: a.reliability,
          text: articleText,
          textHash: textHash(articleText),
        },
        ORIGIN,
      );
      const event = await createEvent(
        tx,
        null,
        { ...desk.event, startDate: date(desk.event.startDate), endDate: date(desk.event.endDate) },
        ORIGIN,
      );
      const entityIds: Record<string, string> = {};
      for (const [key, entity] of Object.entries(desk.entities)) {
        entityIds[key] = (await createEntity(tx, null, entity, ORIGIN)).id;
      }
      const claimIds: Record<string, string> = {};
      for (const [key, c] of Object.entries(desk.claims)) {
        const [first, ...more] = c.excerpts.map((excerpt) => {
          const start = articleText.indexOf(excerpt);
          if (start < 0) throw new Error(`Demo excerpt for ${key} is not verbatim in the article: ${excerpt}`);
          return { source: { id: source.id }, excerpt, startOffset: start, endOffset: start + excerpt.length, seenAt: publishedAt };
        });
        const { claim } = await createClaim(
          tx,
          null,
          {
            kind: c.kind,
            text: c.text,
            claimantId: c.claimant ? entityIds[c.claimant] : null,
            claimantRole: c.claimantRole,
            claimDate: date(c.claimDate),
            claimDatePrecision: c.claimDatePrecision,
            place: c.place,
            placePrecision: c.placePrecision,
            tags: c.tags,
            eventId: event.id,
            appearance: first,
          },
          ORIGIN,
        );
        for (const appearance of more) await addAppearance(tx, null, { claimId: claim.id, ...appearance });
        claimIds[key] = claim.id;
      }
      for (const { claim, attributedTo, ...f } of desk.figures) {
        await recordFigure(
          tx,
          null,
          {
            ...f,
            eventId: event.id,
            claimId: claim ? claimIds[claim] : null,
            periodStart: date(f.periodStart),
            periodEnd: date(f.periodEnd),
            attributedToId: attributedTo ? entityIds[attributedTo] : null,
            sourceId: source.id,
            reportedAt: publishedAt,
          },
          ORIGIN,
        );
      }
      for (const { claim, verification, unverifiedReason, ...fields } of desk.media) {
        const media = await addMedia(
          tx,
          null,
          { ...fields, firstSeenSourceId: source.id, firstSeenAt: publishedAt, claimIds: [claimIds[claim]!] },
          ORIGIN,
        );
        await setMediaVerification(tx, null, media.id, media.version, { verification, unverifiedReason });
      }
      for (const v of desk.verdicts) {
        const claimId = claimIds[v.claim]!;
        const evidenceIds: string[] = [];
        for (const e of v.evidence) {
          const evidence = await addEvidence(tx, people[e.by]!, {
            claimId,
            source: { url: e.url },
            stance: e.stance,
            excerpt: e.excerpt,
            note: e.note,
          });
          evidenceIds.push(evidence.id);
        }
        for (const r of v.ratings) {
          await rateClaim(tx, people[r.by]!, {
            claimId,
            label: r.label,
            confidence: r.confidence,
            rationale: r.rationale,
            citedEvidenceIds: evidenceIds,
          });
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
