import fs from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createYoga, type Plugin } from "graphql-yoga";
import { useCookies } from "@whatwg-node/server-plugin-cookies";
import sirv from "sirv";
import { schema } from "./schema.js";
import type { AppContext } from "./context.js";
import { sqlStatementCounter, type Database } from "./db.js";
import { tokenFromRequest, viewerForToken } from "./services/sessions.js";
import { webDistDir } from "./config.js";
import { serveClaimReviews } from "./claim-review-feed.js";

export interface AppOptions {
  exposeSqlStatementCount?: boolean;
}

/** Reports how many SQL statements the request ran, as `extensions.sqlStatements` (tests and benchmarks). */
function useSqlStatementCount(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          const store = sqlStatementCounter.getStore();
          if (store && !(Symbol.asyncIterator in result)) {
            setResult({ ...result, extensions: { ...result.extensions, sqlStatements: store.count } });
          }
        },
      };
    },
  };
}

export function createYogaApp(database: Database, options: AppOptions = {}) {
  return createYoga<Record<string, never>, AppContext>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    graphiql: { title: "FactDesk GraphQL", defaultQuery: "{ claims(first: 5) { edges { node { id text } } } }" },
    plugins: [useCookies(), ...(options.exposeSqlStatementCount ? [useSqlStatementCount()] : [])],
    context: async ({ request }): Promise<AppContext> => ({
      database,
      prisma: database.prisma,
      viewer: await viewerForToken(database.prisma, tokenFromRequest(request)),
    }),
  });
}

/** The whole HTTP surface: GraphQL at /graphql, the built web client at / (with SPA fallback), /healthz. */
export function createRequestHandler(database: Database, options: AppOptions = {}) {
  const yoga = createYogaApp(database, options);
  const serveWeb = fs.existsSync(webDistDir) ? sirv(webDistDir, { single: true, etag: true, gzip: false }) : null;
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url?.split("?")[0] ?? "/";
    if (path === "/graphql" || path.startsWith("/graphql/")) {
      sqlStatementCounter.run({ count: 0 }, () => yoga(req, res));
      return;
    }
    if (path.startsWith("/claim-reviews")) {
      serveClaimReviews(database, req, res, path).then(
        (served) => served || res.writeHead(404).end("Not found"),
        (error) => {
          console.error(error);
          res.writeHead(500).end("Internal error");
        },
      );
      return;
    }
    if (path === "/healthz") {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    if (serveWeb) {
      serveWeb(req, res, () => {
        res.writeHead(404).end("Not found");
      });
      return;
    }
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(
        "<!doctype html><title>FactDesk</title><h1>FactDesk</h1><p>The web client is not built yet: run <code>pnpm build</code>. " +
          'The GraphQL API is at <a href="/graphql">/graphql</a>.</p>',
      );
  };
}
