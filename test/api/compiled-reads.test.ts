import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileFindMany, readMany } from "../../packages/server/src/compiled-reads.js";
import { openDatabase, type Database } from "../../packages/server/src/db.js";
import type { Prisma } from "../../packages/server/src/generated/prisma/client.js";
import { migrate } from "../../packages/server/src/migrate.js";
import { loadDemoDesk } from "../../packages/server/src/seed/demo-desk.js";
import { createScratchDatabase, type ScratchDatabase } from "../testkit/database.js";

// The hot list reads skip Prisma's query compiler (packages/server/src/compiled-reads.ts): what they answer must be
// exactly what Prisma answers for the same arguments, on the demo desk (quotes, figures, media, ratings citing
// evidence, published and corrected verdicts), on PGlite and on PostgreSQL alike. Each read below is the shape a
// page's resolvers send; `compiled` says whether it must stay inside the compiled subset.

type Model = "Claim" | "Verdict" | "Evidence" | "Source" | "ReportedFigure";
interface Read {
  name: string;
  model: Model;
  args: Record<string, unknown>;
}

const claimDesk = {
  id: true,
  text: true,
  kind: true,
  status: true,
  claimantRole: true,
  claimDate: true,
  claimDatePrecision: true,
  place: true,
  tags: true,
  checkworthiness: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  claimant: { select: { id: true, name: true, kind: true, title: true } },
  event: { select: { id: true, title: true } },
  appearances: {
    orderBy: [{ seenAt: "asc" }, { id: "asc" }],
    take: 101,
    select: { id: true, excerpt: true, seenAt: true, source: { select: { url: true, publishedAt: true, reliability: true } } },
  },
  evidence: {
    where: { removedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 101,
    select: { id: true, stance: true, excerpt: true, addedBy: { select: { id: true, name: true } } },
  },
  ratings: {
    where: { current: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, label: true, confidence: true, citedEvidence: { select: { id: true, excerpt: true } } },
  },
  currentVerdict: {
    select: {
      id: true,
      state: true,
      label: true,
      publishedAt: true,
      appearances: true,
      citedEvidence: { select: { stance: true, source: { select: { url: true } } } },
      corrections: {
        orderBy: [{ createdAt: "asc" }],
        select: { reason: true, changedFields: true, before: true, after: true, createdAt: true },
      },
    },
  },
  figures: { orderBy: [{ reportedAt: "asc" }, { id: "asc" }], select: { id: true, metric: true, low: true, high: true, reportedAt: true } },
  media: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: 21, select: { id: true, kind: true, graphic: true } },
};

const compiledReads: Read[] = [
  {
    name: "the queue page",
    model: "Claim",
    args: {
      select: {
        id: true,
        text: true,
        kind: true,
        status: true,
        createdAt: true,
        claimant: { select: { id: true, name: true, title: true } },
        appearances: {
          orderBy: [{ seenAt: "asc" }, { id: "asc" }],
          take: 21,
          skip: 0,
          select: { id: true, excerpt: true, source: { select: { id: true, url: true, title: true } } },
        },
        currentVerdict: { select: { id: true, state: true, label: true } },
      },
      where: { AND: [{}, { mergedIntoId: null }, { status: { in: ["NEW", "IN_REVIEW", "NEEDS_EDITOR"] } }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 51,
      skip: 0,
    },
  },
  { name: "every claim with everything on its desk", model: "Claim", args: { select: claimDesk, orderBy: [{ id: "asc" }] } },
  {
    name: "what an anonymous reader may see (claims with a public verdict)",
    model: "Claim",
    args: {
      select: { id: true, text: true, currentVerdict: { select: { id: true, label: true } } },
      where: { AND: [{ verdicts: { some: { state: { in: ["PUBLISHED", "RETRACTED"] } } } }, { mergedIntoId: null }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    },
  },
  {
    name: "evidence cited by a public verdict (many-to-many filter)",
    model: "Evidence",
    args: {
      select: { id: true, stance: true, excerpt: true, claim: { select: { id: true } } },
      where: { citedByVerdicts: { some: { state: { in: ["PUBLISHED", "RETRACTED"] } } } },
      orderBy: [{ id: "asc" }],
    },
  },
  {
    name: "filters: not, notIn, OR, NOT, has, ranges, null ordering",
    model: "Claim",
    args: {
      select: { id: true, tags: true, checkworthiness: true, claimDate: true },
      where: {
        OR: [{ tags: { has: "casualties" } }, { checkworthiness: { gte: 0.5 } }, { NOT: [{ status: { notIn: ["NEW"] } }] }],
        kind: { not: "FIGURE" },
        createdAt: { lte: new Date("2100-01-01T00:00:00Z") },
      },
      orderBy: [{ checkworthiness: { sort: "desc", nulls: "last" } }, { claimDate: { sort: "asc", nulls: "first" } }, { id: "desc" }],
      take: 40,
      skip: 1,
    },
  },
  {
    name: "to-one relation filters (is, isNot, bare, null)",
    model: "Claim",
    args: {
      select: { id: true },
      where: {
        OR: [
          { claimant: { is: { kind: "PERSON" } } },
          { claimant: { isNot: { kind: "PERSON" } }, event: { title: { not: "" } } },
          { currentVerdict: null },
        ],
        verdicts: { none: { state: "RETRACTED" } },
      },
      orderBy: [{ id: "asc" }],
    },
  },
  {
    name: "the far side of a one-to-one relation (a verdict's current claim)",
    model: "Verdict",
    args: { select: { id: true, state: true, currentFor: { select: { id: true, status: true } }, claim: true }, orderBy: [{ id: "asc" }] },
  },
  {
    name: "figures with their source and place",
    model: "ReportedFigure",
    args: {
      select: {
        id: true,
        metric: true,
        qualifier: true,
        low: true,
        high: true,
        periodStart: true,
        periodEnd: true,
        statedText: true,
        source: { select: { url: true } },
      },
      where: { low: { gt: 0 } },
      orderBy: [{ reportedAt: "asc" }, { id: "asc" }],
    },
  },
];

const prismaReads: Read[] = [
  { name: "a cursor without an order", model: "Claim", args: { select: { id: true }, cursor: { id: "x" }, skip: 1, take: 5 } },
  {
    name: "a cursor over a nullable order",
    model: "Claim",
    args: { select: { id: true }, cursor: { id: "x" }, skip: 1, orderBy: [{ claimDate: { sort: "desc", nulls: "last" } }, { id: "desc" }] },
  },
  {
    name: "a case-insensitive text filter",
    model: "Claim",
    args: { select: { id: true }, where: { text: { contains: "x", mode: "insensitive" } } },
  },
  { name: "a relation count", model: "Claim", args: { select: { id: true, _count: { select: { ratings: true } } } } },
  { name: "include instead of select", model: "Claim", args: { include: { claimant: true } } },
  { name: "an every filter", model: "Claim", args: { select: { id: true }, where: { ratings: { every: { current: true } } } } },
];

let scratch: ScratchDatabase;
let db: Database;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  db = await openDatabase({ databaseUrl: scratch.databaseUrl, dataDir: scratch.dataDir, embeddedTemplate: scratch.embeddedTemplate });
  await migrate(db.scripts);
  expect(await loadDemoDesk(db.prisma)).toBe(true);
});

afterAll(async () => {
  await db?.close();
  await scratch?.drop();
});

const delegate = (model: Model) =>
  ({
    Claim: db.prisma.claim,
    Verdict: db.prisma.verdict,
    Evidence: db.prisma.evidence,
    Source: db.prisma.source,
    ReportedFigure: db.prisma.reportedFigure,
  })[model] as unknown as { findMany(args: unknown): Promise<unknown[]> };

describe("reads compiled to one SQL statement", () => {
  it.each(compiledReads)("answer $name exactly as Prisma does", async ({ model, args }) => {
    expect(compileFindMany(model, args), "stays inside the compiled subset").not.toBeNull();
    const expected = await delegate(model).findMany(args);
    const compiled = await readMany(db.prisma, model, args, () => Promise.reject(new Error("fell back to Prisma")));
    expect(expected.length, "the demo desk has rows for this read").toBeGreaterThan(0);
    expect(compiled).toEqual(expected);
  });

  it("reads the demo desk's quotes, figures, ratings citing evidence and corrected verdicts", async () => {
    const rows = (await readMany(db.prisma, "Claim", { select: claimDesk, orderBy: [{ id: "asc" }] }, () =>
      Promise.reject(new Error("fell back")),
    )) as {
      ratings: { citedEvidence: unknown[] }[];
      figures: unknown[];
      currentVerdict: { corrections: unknown[] } | null;
      claimDate: unknown;
    }[];
    expect(rows.some((row) => row.ratings.some((rating) => rating.citedEvidence.length > 0))).toBe(true);
    expect(rows.some((row) => row.figures.length > 0)).toBe(true);
    expect(rows.some((row) => row.claimDate instanceof Date)).toBe(true);
  });

  const cursorOrders: Prisma.ClaimOrderByWithRelationInput[][] = [
    [{ createdAt: "desc" }, { id: "desc" }],
    [{ createdAt: "asc" }, { id: "asc" }],
    [{ status: "asc" }, { updatedAt: "desc" }, { id: "desc" }],
  ];
  it.each(cursorOrders.map((orderBy) => ({ orderBy, name: JSON.stringify(orderBy) })))(
    "page from a cursor as Prisma does, by $name",
    async ({ orderBy }) => {
      const all = await db.prisma.claim.findMany({ select: { id: true }, orderBy });
      expect(all.length).toBeGreaterThan(6);
      for (const at of [all[0]!, all[3]!, all.at(-1)!, { id: "no-such-claim" }]) {
        const args = {
          select: { id: true, text: true, updatedAt: true },
          where: { mergedIntoId: null },
          orderBy,
          cursor: { id: at.id },
          skip: 1,
          take: 4,
        };
        expect(compileFindMany("Claim", args)).not.toBeNull();
        const compiled = await readMany(db.prisma, "Claim", args, () => Promise.reject(new Error("fell back to Prisma")));
        expect(compiled).toEqual(await db.prisma.claim.findMany(args as never));
      }
    },
  );

  it.each(prismaReads)("leave $name to Prisma", async ({ model, args }) => {
    expect(compileFindMany(model, args)).toBeNull();
    const rows = await readMany(db.prisma, model, args, () => Promise.resolve(["answered by Prisma"]));
    expect(rows).toEqual(["answered by Prisma"]);
  });
});
