import { useGraphQlJit } from "@envelop/graphql-jit";
import { type DocumentNode, getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";

// Queries run through graphql-jit: each operation is compiled once into a function that resolves its fields
// directly, instead of graphql-tools' executor walking the document for every row. On the queue page (about 1,500
// fields) the executor's per-field bookkeeping (result maps, paths, resolve infos, argument coercion) was a third
// of what the server allocated; compiled, the page serves ~1.5× the requests (bench/ANALYSIS.md, item 14). Yoga's
// parser cache hands every request with the same text the same document, which is what the compiled functions are
// kept against (and go with when the parser cache drops it). Mutations (serial, transactional, cheap to walk) and
// subscriptions keep the standard executor.
//
// Compiling costs more than running once (2 ms for the queue page's query, 11 ms for the claim desk's), so a
// document is compiled from its second run: a client that sends every query only once, as a hostile one would to
// make the server compile, never pays for compilation, while the pages and partners' integrations that repeat
// their queries run compiled after one request.
//
// graphql-jit builds a fresh `info.path` object for every resolver call; plugin-prisma's loader map keys what a
// planned query loaded by the response path's keys, not by the path objects (patches/@pothos__selection-mapper).
const COMPILE_FROM_RUN = 2;

export function useCompiledQueries(): Plugin {
  const runs = new WeakMap<DocumentNode, number>();
  return useGraphQlJit(
    {},
    {
      enableIf: ({ document, operationName }) => {
        if (getOperationAST(document, operationName)?.operation !== "query") return false;
        const run = (runs.get(document) ?? 0) + 1;
        if (run <= COMPILE_FROM_RUN) runs.set(document, run);
        return run >= COMPILE_FROM_RUN;
      },
    },
  ) as Plugin;
}
