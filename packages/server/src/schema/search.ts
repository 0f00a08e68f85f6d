import { builder } from "../builder.js";
import { Claim } from "./claims.js";
import { Source } from "./sources.js";
import { Entity } from "./entities.js";
import { Event } from "./events.js";
import DataLoader from "dataloader";
import { loadSimilarClaims, searchDesk, type SearchHit, type SearchType, type SimilarTo } from "../services/search.js";
import { requestLoader } from "./request-loaders.js";
import { resolveOffsetConnection } from "@pothos/plugin-relay";
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { Context } from "../context.js";
import { ValidationError } from "../errors.js";
import { readMany } from "../compiled-reads.js";

/** Longest search a person types; longer text is a pasted article, which belongs in previewIngest. */
export const MAX_SEARCH_LENGTH = 500;
const MAX_SEARCH_OFFSET = 10_000;

const SearchTypeEnum = builder.enumType("SearchType", {
  description: "What to search.",
  values: ["CLAIM", "SOURCE", "ENTITY", "EVENT"] as const,
});

const SearchResult = builder.unionType("SearchResult", {
  description: "Something search found.",
  types: [Claim, Source, Entity, Event],
  resolveType: (value: { __searchType?: SearchType }) =>
    ({ CLAIM: "Claim", SOURCE: "Source", ENTITY: "Entity", EVENT: "Event" })[value.__searchType!],
});

type LoadedHit = SearchHit & { node: object };

const SearchHitRef = builder.objectRef<LoadedHit>("SearchHit").implement({
  description: "One search result, ranked.",
  fields: (t) => ({
    node: t.field({ type: SearchResult, description: "The claim, source, entity or event.", resolve: (h) => h.node as never }),
    rank: t.exposeFloat("rank", { description: "Relevance (higher is better; comparable within one search)." }),
    highlight: t.exposeString("highlight", { description: "The best matching passage, matches wrapped in «…»." }),
  }),
});

// Each kind of hit is loaded with what the request selects of it (one statement per kind), so its fields resolve
// from the loaded rows instead of being fetched again hit by hit.
const HIT_NODE_PATH = ["edges", "node", "node"];
const typeNames = { CLAIM: "Claim", SOURCE: "Source", ENTITY: "Entity", EVENT: "Event" } as const;
type HitQuery = ReturnType<typeof queryFromInfo>;
const load: Record<SearchType, (ctx: Context, query: HitQuery, ids: string[]) => Promise<Array<{ id: string }>>> = {
  CLAIM: (ctx, query, ids) =>
    readMany(ctx.prisma, "Claim", { ...query, where: { id: { in: ids } } }, (read) => ctx.prisma.claim.findMany(read)),
  SOURCE: (ctx, query, ids) =>
    readMany(ctx.prisma, "Source", { ...query, where: { id: { in: ids } } }, (read) => ctx.prisma.source.findMany(read)),
  ENTITY: (ctx, query, ids) =>
    readMany(ctx.prisma, "Entity", { ...query, where: { id: { in: ids } } }, (read) => ctx.prisma.entity.findMany(read)),
  EVENT: (ctx, query, ids) =>
    readMany(ctx.prisma, "Event", { ...query, where: { id: { in: ids } } }, (read) => ctx.prisma.event.findMany(read)),
};

builder.queryFields((t) => ({
  search: t.connection({
    type: SearchHitRef,
    authScopes: { readDesk: true },
    description:
      'Full-text search over claims, sources, entities and events, best match first. Accepts "quoted phrases", -exclusions and OR.',
    args: {
      query: t.arg.string({ required: true, description: "What to look for." }),
      types: t.arg({ type: [SearchTypeEnum], required: false, description: "Only these kinds of results (default: all)." }),
    },
    resolve: (_root, args, ctx, info) => {
      if (args.query.length > MAX_SEARCH_LENGTH) {
        throw ValidationError.field(["query"], `Search for at most ${MAX_SEARCH_LENGTH} characters.`, "search/query_too_long");
      }
      return resolveOffsetConnection({ args }, async ({ limit, offset }) => {
        if (offset > MAX_SEARCH_OFFSET)
          throw ValidationError.field(
            ["after"],
            `Search pages stop after ${MAX_SEARCH_OFFSET} hits; narrow the search instead.`,
            "search/too_deep",
          );
        if (!args.query.trim()) return [];
        const hits = await searchDesk(ctx.prisma, args.query, args.types ?? [], limit, offset);
        const nodes = new Map<string, object>();
        for (const type of Object.keys(load) as SearchType[]) {
          const ids = hits.filter((h) => h.type === type).map((h) => h.id);
          if (!ids.length) continue;
          const query = queryFromInfo({ context: ctx, info, path: HIT_NODE_PATH, typeName: typeNames[type] });
          for (const row of await load[type](ctx, query, ids)) nodes.set(`${type}:${row.id}`, Object.assign(row, { __searchType: type }));
        }
        return hits.flatMap((h) => {
          const node = nodes.get(`${h.type}:${h.id}`);
          return node ? [{ ...h, node }] : [];
        });
      });
    },
  }),
}));

export const SimilarClaimRef = builder.objectRef<{ similarity: number; claim: object }>("SimilarClaim").implement({
  description: "A claim worded like this one: a candidate duplicate.",
  fields: (t) => ({
    claim: t.field({ type: Claim, description: "The similar claim.", resolve: (s) => s.claim as never }),
    similarity: t.exposeFloat("similarity", { description: "Trigram similarity of the normalized texts, 0–1." }),
  }),
});

builder.prismaObjectFields(Claim, (t) => ({
  similarClaims: t.field({
    type: [SimilarClaimRef],
    authScopes: { readDesk: true },
    description: "Claims worded like this one (the same statement reported by other outlets), most similar first: offer to merge them.",
    select: { normalizedText: true },
    args: { threshold: t.arg.float({ defaultValue: 0.45, description: "Minimum similarity, 0.1–1." }) },
    resolve: (claim, args, ctx, info) => {
      const threshold = args.threshold ?? 0.45;
      if (!(threshold >= 0.1 && threshold <= 1))
        throw ValidationError.field(["threshold"], "The threshold is a similarity between 0.1 and 1.", "input/out_of_range");
      const query = queryFromInfo({ context: ctx, info, path: ["claim"], typeName: "Claim" });
      // A page of claims asks for its similar claims in two statements, whatever its size.
      const loader = requestLoader(
        ctx,
        `similarClaims:${threshold}:${JSON.stringify(query)}`,
        () =>
          new DataLoader((claims: readonly SimilarTo[]) => loadSimilarClaims(ctx.prisma, claims, { threshold }, query), {
            cache: false,
          }),
      );
      return loader.load({ normalizedText: claim.normalizedText, excludeId: claim.id });
    },
  }),
}));
