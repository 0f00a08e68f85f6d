import { createHash } from "node:crypto";
import { getOperationAST, type ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { useResponseCache } from "@graphql-yoga/plugin-response-cache";
import { LRUCache } from "lru-cache";
import { identityOf } from "../guards/identity.js";
import type { DeskEvents } from "../desk-events.js";

/**
 * Results of public reads (callers without a session: anonymous readers and partners' keys), kept for a few
 * seconds so a verdict page shared widely is built once, not once per reader. Keyed by the caller's scope
 * (anonymous, or the key, whose scopes decide what it sees), the document and its variables; staff sessions
 * always read live, and so does a request sent with `Cache-Control: no-cache`. Any mutation empties the cache of
 * every instance (through the desk's events; should one be lost, copies live at most FACTDESK_RESPONSE_CACHE_SECONDS).
 */
export function usePublicResponseCache(seconds: number, events: DeskEvents): Plugin[] {
  if (seconds <= 0) return [];
  const results = new LRUCache<string, ExecutionResult>({ max: 2_000, ttl: seconds * 1000 });
  const cache = {
    get: (key: string) => results.get(key),
    set: (key: string, result: ExecutionResult) => void results.set(key, result),
    invalidate: () => results.clear(),
  };
  events.subscribe("public-responses.clear", () => results.clear());
  const emptyOnMutation: Plugin = {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
      return {
        onExecuteDone: () => {
          results.clear();
          events.publish("public-responses.clear", {});
        },
      };
    },
  };
  return [
    useResponseCache({
      cache,
      ttl: seconds * 1000,
      invalidateViaMutation: false,
      // The plugin's own key hashes through WebCrypto, whose asynchronous digest cost more than the rest of a cache
      // hit together (measured: 0.86 ms of CPU a hit); node's synchronous hash takes microseconds.
      buildResponseCacheKey: ({ documentString, operationName, variableValues, sessionId }) =>
        createHash("sha256")
          .update([documentString, operationName ?? "", JSON.stringify(variableValues ?? {}), sessionId ?? ""].join("|"))
          .digest("base64url"),
      // A reader asking for a fresh answer (Cache-Control: no-cache) gets one.
      enabled: (request) => !identityOf(request).viewer && !/no-cache|no-store/i.test(request.headers.get("cache-control") ?? ""),
      session: (request) => {
        const { partner } = identityOf(request);
        return partner ? `key:${partner.keyId}` : "public";
      },
    }),
    emptyOnMutation,
  ];
}
