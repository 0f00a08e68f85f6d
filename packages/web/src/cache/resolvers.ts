import type { Data, Resolver, ResolverConfig, Variables } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";

// Lists that page are merged with relay cursors; a claim opened from the queue starts from what the queue loaded.

const PAGE_ARGS = new Set(["first", "last", "after", "before"]);
const listArgsKey = (args: Variables | null | undefined) =>
  JSON.stringify(
    Object.entries(args ?? {})
      .filter(([name]) => !PAGE_ARGS.has(name))
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/**
 * relayPagination() merges pages but returns only edges/nodes/pageInfo; our connections also have `totalCount`,
 * which is the same on every page of one list, so it is read from any cached page of the same list.
 */
const relayPaginationWithTotalCount = (): Resolver => {
  const paginate = relayPagination();
  return (parent, args, cache, info) => {
    const merged = paginate(parent, args, cache, info) as Data | undefined;
    if (!merged) return merged;
    const key = listArgsKey(args);
    for (const field of cache.inspectFields(info.parentKey)) {
      if (field.fieldName !== info.fieldName || listArgsKey(field.arguments) !== key) continue;
      const page = cache.resolve(info.parentKey, field.fieldKey);
      const totalCount = typeof page === "string" ? cache.resolve(page, "totalCount") : undefined;
      if (typeof totalCount === "number") return { ...merged, totalCount };
    }
    return merged;
  };
};

export const resolvers: ResolverConfig = {
  Query: {
    claims: relayPaginationWithTotalCount(),
    verdicts: relayPaginationWithTotalCount(),
    search: relayPagination(),
    apiKeys: relayPagination(),
    // Opening a claim from the queue can start from what the queue already loaded.
    claim(_parent, args, cache) {
      const key = cache.keyOfEntity({ __typename: "Claim", id: args.id as string });
      return key && cache.resolve(key, "id") ? key : cache.resolve("Query", "claim", args);
    },
  },
  Claim: { history: relayPaginationWithTotalCount() },
  Event: { claims: relayPaginationWithTotalCount(), figures: relayPaginationWithTotalCount() },
};
