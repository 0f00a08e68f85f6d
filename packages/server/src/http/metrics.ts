import crypto from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { isObjectType, type GraphQLSchema } from "graphql";
import { usePrometheus } from "@graphql-yoga/plugin-prometheus";
import { collectDefaultMetrics, Histogram, Registry } from "prom-client";

export type DatabaseTarget = "primary" | "replica";

/** One instance's Prometheus registry: process, HTTP, GraphQL phase, top-level resolver and SQL statement timings. */
export function createMetrics() {
  // A registry of its own (not prom-client's global one): tests run several servers in one process.
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const statementDuration = new Histogram({
    name: "factdesk_database_statement_seconds",
    help: "Time each SQL statement took, by database (the primary or a read replica)",
    labelNames: ["database"] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  return {
    registry,
    observeStatement(target: DatabaseTarget, seconds: number) {
      statementDuration.observe({ database: target }, seconds);
    },
  };
}
export type Metrics = ReturnType<typeof createMetrics>;

/**
 * yoga's Prometheus plugin on our registry. Labels are bounded by the schema: operation names are chosen by
 * clients, so they are not labels (a caller could otherwise grow the registry without limit), nor are paths or
 * URLs. Resolver timings cover the top-level Query and Mutation fields, where a request's time goes; timing every
 * nested field would cost more than it tells.
 */
export function usePrometheusMetrics(metrics: Metrics, schema: GraphQLSchema) {
  const topLevel = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    type && isObjectType(type) ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );
  return usePrometheus({
    registry: metrics.registry,
    endpoint: false,
    skipIntrospection: true,
    resolversWhitelist: topLevel,
    labels: {
      operationName: false,
      operationType: true,
      fieldName: true,
      typeName: true,
      returnType: false,
      path: false,
      phase: true,
      method: true,
      statusCode: true,
      url: false,
    },
    metrics: {
      graphql_envelop_request: true,
      graphql_envelop_request_duration: true,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: true,
      graphql_envelop_phase_validate: true,
      graphql_envelop_phase_context: true,
      graphql_envelop_phase_execute: true,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_error_result: true,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: true,
      graphql_yoga_http_duration: true,
    },
  });
}

function sameSecret(given: string, expected: string): boolean {
  const a = crypto.createHash("sha256").update(given).digest();
  const b = crypto.createHash("sha256").update(expected).digest();
  return crypto.timingSafeEqual(a, b);
}

/**
 * GET /metrics in Prometheus' text format, for a scraper holding the configured bearer token. Without a token in
 * the configuration the route does not exist (404), so a desk never publishes its internals by accident.
 */
export async function serveMetrics(metrics: Metrics | undefined, token: string | undefined, req: IncomingMessage, res: ServerResponse) {
  if (!metrics || !token) {
    res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    return;
  }
  const given = /^Bearer (.+)$/i.exec(req.headers.authorization ?? "")?.[1];
  if (!given || !sameSecret(given, token)) {
    res.writeHead(401, { "content-type": "text/plain", "www-authenticate": 'Bearer realm="metrics"' }).end("Unauthorized");
    return;
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain" }).end("Method not allowed");
    return;
  }
  const body = await metrics.registry.metrics();
  res
    .writeHead(200, { "content-type": metrics.registry.contentType, "cache-control": "no-store" })
    .end(req.method === "HEAD" ? undefined : body);
}
