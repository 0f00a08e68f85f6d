import { useGraphQlJit } from "@envelop/graphql-jit";
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";

// Queries run through graphql-jit: each operation is compiled once into a function that resolves its fields
// directly, instead of graphql-tools' executor walking the document for every row. On the queue page (about 1,500
// fields) the executor's per-field bookkeeping (result maps, paths, resolve infos, argument coercion) was a third
// of what the server allocated; compiled, the page serves ~1.5× the requests (bench/RESULTS.md). Yoga's parser
// cache hands every request with the same text the same document, which is what the compiled functions are kept
// against. Mutations (serial, transactional, cheap to walk) and subscriptions keep the standard executor.
// graphql-jit builds a fresh `info.path` object for every resolver call; plugin-prisma's loader map keys what a
// planned query loaded by the response path's keys, not by the path objects (patches/@pothos__selection-mapper).
export function useCompiledQueries(): Plugin {
  return useGraphQlJit(
    {},
    {
      enableIf: ({ document, operationName }) => getOperationAST(document, operationName)?.operation === "query",
    },
  ) as Plugin;
}
