import { Client, fetchExchange } from "urql";
import { cacheExchange } from "@urql/exchange-graphcache";
import { keys, possibleTypes } from "./cache/keys";
import { resolvers } from "./cache/resolvers";
import { updates } from "./cache/updates";

// The whole data layer: one client, one normalized cache (configured in cache/: keys, paging resolvers, and what
// each mutation makes stale).

/**
 * Without the full schema, graphcache writes a mutation result by walking every fragment of the result union and
 * warns (in development only) that the error members' fields are missing on a success, and vice versa. Those
 * warnings are expected for the FormErrors fragment; every other warning still reaches the console.
 */
const logger = (severity: "debug" | "error" | "warn", message: string) => {
  if (severity === "warn" && /^Invalid undefined:[\s\S]*Caused At: "FormErrors_/.test(message)) return;
  console[severity](message);
};

/** `fetchImpl` lets tests answer requests without a server. */
export function createUrqlClient(url = "/graphql", fetchImpl?: typeof fetch) {
  return new Client({
    url,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
    // The session is an httpOnly cookie set by signIn; same-origin requests carry it, no token in JS. The server
    // honours the cookie only with this header, which another site's page cannot send (CSRF).
    fetchOptions: { credentials: "same-origin", headers: { "x-factdesk-csrf": "1" } },
    requestPolicy: "cache-first",
    exchanges: [cacheExchange({ keys, possibleTypes, logger, resolvers, updates }), fetchExchange],
  });
}

export const client = createUrqlClient();
