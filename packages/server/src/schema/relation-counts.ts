import DataLoader from "dataloader";
import type { Context } from "../context.js";
import { requestLoader } from "./request-loaders.js";
import type { builder } from "../builder.js";
import { compileCountsByParent, delegateName, runCompiled } from "../compiled-reads.js";
import type { Db, DbTx } from "../db.js";

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type ConnectionFieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<BuilderTypes, object>;

/** What plugin-prisma hands a connection type's fields: the page, the parent row and the field's arguments. */
interface ConnectionValue<Args> {
  parent: { id: string };
  args: Args;
}

const PAGING_ARGS = new Set(["first", "after", "last", "before"]);

type CountedModel = "Appearance" | "Claim" | "Evidence" | "Note" | "Rating" | "ReportedFigure" | "Verdict";
type GroupCounter = { groupBy(args: object): Promise<Array<Record<string, unknown> & { _count: { _all: number } }>> };

/**
 * How many rows of `model` (matching `where`) each parent in `parentIds` has, by the foreign key pointing at the
 * parent: one grouped statement compiled by compiled-reads.ts, or Prisma's `groupBy` when `where` is outside its subset.
 */
export async function countsByParent(
  db: Db | DbTx,
  model: CountedModel,
  foreignKey: string,
  parentIds: string[],
  where: object = {},
): Promise<Map<string, number>> {
  const compiled = compileCountsByParent(model, foreignKey, parentIds, where);
  if (compiled) {
    const rows = await runCompiled(db, compiled);
    return new Map(rows.map(({ row }) => [row.parent as string, row.count as number]));
  }
  const delegate = (db as unknown as Record<string, GroupCounter>)[delegateName(model)]!;
  const groups = await delegate.groupBy({ by: [foreignKey], where: { [foreignKey]: { in: parentIds }, ...where }, _count: { _all: true } });
  return new Map(groups.map((g) => [g[foreignKey] as string, g._count._all]));
}

/**
 * A related connection's `totalCount`, counted for every parent the request resolves with one grouped statement
 * per relation and argument set. (plugin-prisma's own totalCount selects Prisma's `_count`, which PostgreSQL
 * answers by grouping the whole related table on every page, and which turns relation joins off.)
 */
export function totalCountField<Args extends object>(
  relation: string,
  countPerParent: (ctx: Context, parentIds: string[], args: Args) => Promise<Map<string, number>>,
) {
  return (t: ConnectionFieldBuilder) => ({
    totalCount: t.int({
      description: "How many items the whole list has (with its filters), across all pages.",
      resolve: (value, _args, ctx, info) => {
        const { parent, args } = value as ConnectionValue<Args>;
        const filters = Object.entries(args).filter(([name]) => !PAGING_ARGS.has(name));
        const key = `${relation}:${JSON.stringify(filters)}`;
        // Counts are batched per execution: a request's, or for a subscription each event's (its payload is the
        // event's root value), so a later event never reads an earlier event's counts.
        const execution: object = info.operation.operation === "subscription" && info.rootValue ? info.rootValue : ctx;
        const loader = requestLoader(
          execution,
          key,
          () =>
            new DataLoader<string, number>(async (ids) => {
              const counts = await countPerParent(ctx, [...ids], args);
              return ids.map((id) => counts.get(id) ?? 0);
            }),
        );
        return loader.load(parent.id);
      },
    }),
  });
}
