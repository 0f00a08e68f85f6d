// PostGraphile 5 (amber preset + the connection-filter plugin, as a partner would run it) over FactDesk's tables,
// for the side-by-side benchmark. Started by bench/run.ts with DATABASE_URL and PORT; bundled to bench/.tmp first
// so it runs on plain node like FactDesk's production build.
import http from "node:http";
import pg from "pg";
import { benchRoute, countStatements } from "./common.js";

// PostGraphile 5.1 uses Promise.withResolvers (Node 22+): without it every query fails on Node 20 with
// "Cannot read properties of undefined (reading 'items')". Installed before PostGraphile is loaded.
if (typeof (Promise as { withResolvers?: unknown }).withResolvers !== "function") {
  Object.defineProperty(Promise, "withResolvers", {
    configurable: true,
    writable: true,
    value<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}

const { postgraphile } = await import("postgraphile");
const { PostGraphileAmberPreset } = await import("postgraphile/presets/amber");
const { makePgService } = await import("postgraphile/adaptors/pg");
const { grafserv } = await import("postgraphile/grafserv/node");
const { PostGraphileConnectionFilterPreset } = await import("postgraphile-plugin-connection-filter");

const databaseUrl = process.env.DATABASE_URL!;
const port = Number(process.env.PORT ?? 5000);

// The figure summary's aggregates as a computed column (Event.figureStats(metric)), the way PostGraphile exposes
// derived data: a STABLE SQL function, in a schema of its own so FactDesk's schema stays untouched.
const setup = new pg.Client({ connectionString: databaseUrl });
await setup.connect();
await setup.query(`
  CREATE SCHEMA IF NOT EXISTS factdesk_bench;
  DO $$ BEGIN
    CREATE TYPE factdesk_bench.figure_stats AS (lowest_bound int, highest_bound int, source_count int, report_count int);
  EXCEPTION WHEN duplicate_object THEN NULL; END $$;
  CREATE OR REPLACE FUNCTION factdesk_bench."Event_figureStats"(event public."Event", metric public."FigureMetric")
    RETURNS factdesk_bench.figure_stats LANGUAGE sql STABLE AS $$
      SELECT min(f.low), max(coalesce(f.high, f.low)), count(DISTINCT f."sourceId")::int, count(*)::int
        FROM public."ReportedFigure" f WHERE f."eventId" = event.id AND f.metric = $2
    $$;
`);
await setup.end();

const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
countStatements(pool);

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  // By default only indexed columns can be filtered and ordered by; the workloads order appearances by seenAt and
  // skip merged claims (mergedIntoId IS NULL) as FactDesk does, so every column is allowed.
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [makePgService({ pool, schemas: ["public", "factdesk_bench"] })],
  grafserv: { graphqlPath: "/graphql", graphiql: false, watch: false },
  grafast: { explain: false },
  schema: { connectionFilterAllowNullInput: true },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const handle = serv.createHandler();
const server = http.createServer((req, res) => {
  if (benchRoute(req, res)) return;
  handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, "127.0.0.1", () => console.log(`PostGraphile listening on http://127.0.0.1:${port}/graphql`));
const stop = () =>
  server.close(
    () =>
      void Promise.resolve(pgl.release())
        .then(() => pool.end())
        .finally(() => process.exit(0)),
  );
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
