import { z } from "zod";
import { datePrecision, figureMetric, figureQualifier, figureScope, placePrecision } from "./enums.js";
import { inTransaction, type Db, type DbTx } from "../db.js";
import type { Viewer } from "../context.js";
import type { DatePrecision, FigureQualifier } from "../generated/prisma/enums.js";
import { NotFoundError } from "../errors.js";
import { writeAudit, type Author } from "./audit.js";
import { optionalText, parseInput, pastDate, text } from "./validation.js";
import { updateWithVersion } from "./versioning.js";
import { assertClaimTakesWork } from "./claim-guards.js";
import { writtenDay } from "../written-offsets.js";

const bound = z.number().int("Bounds are whole numbers").min(0, "Bounds cannot be negative").max(1_000_000_000).nullish();

/** Which bounds each qualifier has; mirrored by a CHECK constraint in the first migration. */
export function boundIssues(q: FigureQualifier, low: number | null | undefined, high: number | null | undefined) {
  const issues: { path: string[]; message: string }[] = [];
  const need = (field: "low" | "high", present: boolean, message: string) => {
    if ((field === "low" ? low : high) == null ? present : !present) issues.push({ path: ["input", field], message });
  };
  switch (q) {
    case "EXACT":
      need("low", true, "EXACT needs low");
      need("high", true, "EXACT needs high equal to low");
      if (low != null && high != null && low !== high) issues.push({ path: ["input", "high"], message: "EXACT needs high equal to low" });
      break;
    case "AT_LEAST":
    case "MORE_THAN":
      need("low", true, `${q} needs low`);
      need("high", false, `${q} has no upper bound; leave high empty`);
      break;
    case "UP_TO":
      need("low", false, "UP_TO has no lower bound; leave low empty");
      need("high", true, "UP_TO needs high");
      break;
    default:
      need("low", true, `${q} needs low`);
      need("high", true, `${q} needs high`);
      if (low != null && high != null && low > high) issues.push({ path: ["input", "high"], message: "high must not be below low" });
  }
  return issues;
}

/**
 * The facts a figure states, as the extractor reads them in an article and as the desk stores and exports them: the
 * count and its qualifier, who was counted, where, and over what period. (Not its links: event, claim, source and
 * whom it is attributed to, nor when it was reported.)
 */
export const FIGURE_FACTS = [
  "metric",
  "subject",
  "qualifier",
  "low",
  "high",
  "statedText",
  "place",
  "placePrecision",
  "periodStart",
  "periodEnd",
  "periodPrecision",
  "periodText",
  "scope",
] as const;

type FigureFact = (typeof FIGURE_FACTS)[number];

/** An extracted figure's or a stored figure's FIGURE_FACTS, as they are. */
export const figureFacts = <F extends Record<FigureFact, unknown>>(figure: F) =>
  Object.fromEntries(FIGURE_FACTS.map((fact) => [fact, figure[fact]])) as Pick<F, FigureFact>;

const figureFields = {
  eventId: z.string(),
  claimId: z.string().nullish(),
  metric: figureMetric,
  subject: text(200, "Subject"),
  qualifier: figureQualifier,
  low: bound,
  high: bound,
  statedText: text(1000, "Stated text"),
  place: optionalText(300, "Place"),
  placePrecision: placePrecision.nullish(),
  periodStart: pastDate.nullish(),
  periodEnd: pastDate.nullish(),
  periodPrecision: datePrecision.nullish(),
  periodText: optionalText(300, "Period"),
  scope: figureScope.nullish(),
  attributedToId: z.string().nullish(),
  sourceId: z.string(),
  reportedAt: pastDate,
};

type FigureData = { [K in keyof typeof figureFields]: z.output<(typeof figureFields)[K]> };

const checkFigure = <T extends Partial<FigureData>>(schema: z.ZodType<T>) =>
  schema.superRefine((f, ctx) => {
    if (f.qualifier) {
      for (const issue of boundIssues(f.qualifier, f.low, f.high))
        ctx.addIssue({ code: "custom", path: issue.path.slice(1), message: issue.message });
    }
    if (f.periodStart && f.periodEnd && f.periodStart > f.periodEnd) {
      ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "The period must not end before it starts" });
    }
  });

const recordSchema = checkFigure(z.object(figureFields));

async function assertReferences(tx: DbTx, f: Partial<FigureData>) {
  const checks: [string, string | null | undefined, (id: string) => Promise<unknown>][] = [
    ["Event", f.eventId, (id) => tx.event.findUnique({ where: { id }, select: { id: true } })],
    ["Claim", f.claimId, (id) => assertClaimTakesWork(tx, id, ["input", "claim"]).then(() => true)],
    ["Source", f.sourceId, (id) => tx.source.findUnique({ where: { id }, select: { id: true } })],
    ["Entity", f.attributedToId, (id) => tx.entity.findUnique({ where: { id }, select: { id: true } })],
  ];
  for (const [type, id, find] of checks) if (id && !(await find(id))) throw new NotFoundError(type, id);
}

/**
 * A count stated as one number is one number: left out, its `high` is its `low`. An exact count's always is; an
 * approximate one ("about 300") is a point unless a range is given ("some 250 to 350").
 */
function pointHighFromLow<F extends { qualifier?: FigureQualifier; low?: number | null; high?: number | null }>(figure: F): F {
  const point = figure.qualifier === "EXACT" || figure.qualifier === "APPROXIMATELY";
  return point && figure.high == null && figure.low != null ? { ...figure, high: figure.low } : figure;
}

type PeriodDates = { periodStart?: Date | null; periodEnd?: Date | null };

/**
 * The period's dates as whole days when the period is known to the day or less precisely: midnight UTC of the day
 * each was written on ("2023-09-10T00:00:00+02:00" is 10 September, not 22:00 on the 9th), as ingest and the web
 * client store such periods. Kept as instants, a date written with an offset showed and exported as the day before.
 */
function periodInDays<F extends PeriodDates>(dates: F, precision: DatePrecision | null | undefined): F {
  if (!precision || precision === "HOUR") return dates;
  const day = (date: Date | null | undefined) => (date instanceof Date ? writtenDay(date) : date);
  return { ...dates, periodStart: day(dates.periodStart), periodEnd: day(dates.periodEnd) };
}

/** The one way a figure row is written (the API, article ingest, the demo desk): bounds must fit the qualifier. */
export async function recordFigure(db: Db | DbTx, author: Author | null, input: z.input<typeof recordSchema>, origin?: string) {
  const given = pointHighFromLow(input as Partial<FigureData>);
  const data = parseInput(recordSchema, periodInDays(given, given.periodPrecision)) as FigureData;
  return inTransaction(db, async (tx) => {
    await assertReferences(tx, data);
    const figure = await tx.reportedFigure.create({ data: { ...data, low: data.low ?? null, high: data.high ?? null } });
    await writeAudit(tx, author, {
      action: "figure.record",
      entityType: "ReportedFigure",
      entityId: figure.id,
      claimId: figure.claimId,
      after: { ...figure, origin },
    });
    return figure;
  });
}

const updateSchema = z.object(
  Object.fromEntries(Object.entries(figureFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof figureFields]: z.ZodOptional<(typeof figureFields)[K]>;
  },
);

export async function updateFigure(db: Db, viewer: Viewer, id: string, expectedVersion: number, input: z.input<typeof updateSchema>) {
  const given = parseInput(updateSchema, input) as Partial<FigureData>;
  return db.$transaction(async (tx) => {
    const current = await tx.reportedFigure.findUnique({ where: { id } });
    if (!current) throw new NotFoundError("ReportedFigure", id);
    // An EXACT figure whose count the patch names, or which had no upper bound, takes `high` from `low` when the
    // patch leaves it out; a range turned EXACT keeps its `high` and must match (nothing is dropped unseen). An
    // APPROXIMATELY figure takes it only when it had none: "about 250–350" with a new low keeps its high.
    const qualifier = given.qualifier ?? current.qualifier;
    const fillsHigh = given.high === undefined && (current.high === null || (qualifier === "EXACT" && given.low !== undefined));
    const bounds = pointHighFromLow({ qualifier, low: given.low ?? current.low, high: null });
    const withBounds = fillsHigh && bounds.high != null ? { ...given, high: bounds.high } : given;
    // The period as it will be, in whole days when its precision (given or kept) is a day or coarser: a stored date
    // the patch leaves is rewritten only when that changes it (a precision of HOUR made DAY).
    const precision = given.periodPrecision !== undefined ? given.periodPrecision : current.periodPrecision;
    const dates = {
      periodStart: given.periodStart !== undefined ? given.periodStart : current.periodStart,
      periodEnd: given.periodEnd !== undefined ? given.periodEnd : current.periodEnd,
    };
    const days = periodInDays(dates, precision);
    const datesToWrite = (["periodStart", "periodEnd"] as const).filter(
      (key) => given[key] !== undefined || days[key]?.getTime() !== dates[key]?.getTime(),
    );
    const patch = { ...withBounds, ...Object.fromEntries(datesToWrite.map((key) => [key, days[key]])) };
    // Validate the figure as it will be after the patch: bounds and qualifier must agree as a whole.
    parseInput(recordSchema, { ...current, ...patch });
    // A claim is checked when the figure moves to it: one archived since keeps the figures it has.
    await assertReferences(tx, patch.claimId === current.claimId ? { ...patch, claimId: undefined } : patch);
    const { before, after, changed } = await updateWithVersion({
      entityType: "ReportedFigure",
      id,
      expectedVersion,
      load: () => tx.reportedFigure.findUnique({ where: { id } }),
      update: () =>
        tx.reportedFigure.updateMany({ where: { id, version: expectedVersion }, data: { ...patch, version: { increment: 1 } } }),
      patch,
    });
    if (!changed) return after;
    await writeAudit(tx, viewer, {
      action: "figure.update",
      entityType: "ReportedFigure",
      entityId: id,
      claimId: after.claimId,
      before,
      after,
    });
    return after;
  });
}

const createEventSchema = z
  .object({
    title: text(300, "Title"),
    description: optionalText(5000, "Description"),
    place: optionalText(300, "Place"),
    placePrecision: figureFields.placePrecision,
    startDate: pastDate.nullish(),
    endDate: pastDate.nullish(),
  })
  .refine((e) => !e.startDate || !e.endDate || e.startDate <= e.endDate, {
    path: ["endDate"],
    message: "The event must not end before it starts",
  });

/** The one way an event row is written (the API, article ingest, the demo desk). */
export async function createEvent(db: Db | DbTx, author: Author | null, input: z.input<typeof createEventSchema>, origin?: string) {
  const data = parseInput(createEventSchema, input);
  return inTransaction(db, async (tx) => {
    const event = await tx.event.create({ data });
    await writeAudit(tx, author, { action: "event.create", entityType: "Event", entityId: event.id, after: { ...event, origin } });
    return event;
  });
}
