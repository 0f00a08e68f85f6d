import path from "node:path";
import { fileURLToPath } from "node:url";
import { StartupError } from "./errors.js";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const migrationsDir = path.join(repoRoot, "prisma/migrations");
export const demoDir = path.join(repoRoot, "prisma/demo");
export const webDistDir = path.join(repoRoot, "packages/web/dist");

/**
 * What one request may cost before any work is done (see the README's "Limits" table). Every public surface
 * reaches these: anonymous visitors, partners' keys and staff sessions alike.
 */
export interface Limits {
  /** Largest request body accepted, in bytes (413 above it). */
  maxBodyBytes: number;
  /** Deepest selection (fields nested in fields). */
  maxDepth: number;
  /** Largest query cost: each field costs 1, and a list's selections count once per item it may return. */
  maxCost: number;
  /** Most aliases in one operation. */
  maxAliases: number;
  /** Most directives in one operation. */
  maxDirectives: number;
  /** Most lexical tokens in one document (bounds parsing work). */
  maxTokens: number;
  /** Most IDs `nodes(ids:)` takes. */
  maxNodeIds: number;
  /** Longest string accepted in any argument or variable (longer ones are refused before execution). */
  maxStringLength: number;
  /** A request still running after this many milliseconds is stopped and answered with an error. */
  requestTimeoutMs: number;
  /** How many SQL statements one request may have in flight at once (the rest wait), so it cannot take the pool. */
  maxConcurrentStatementsPerRequest: number;
  /** Most SQL statements one request may run in all, outside the transaction of its mutation. */
  maxStatementsPerRequest: number;
  /**
   * Most claims, figures and media one article ingest saves (the reviewer unticks the rest in the preview): what it
   * writes is bounded, so a saved article commits within the request's time.
   */
  maxIngestItems: number;
  /** PostgreSQL connection pool size of this instance (and of each read replica's pool). */
  databasePoolSize: number;
  /**
   * Prepared statements each PostgreSQL connection keeps (least recently used dropped first): a query the desk runs
   * often is parsed and planned once per connection instead of on every request.
   */
  databasePreparedStatements: number;
  /**
   * On SIGTERM/SIGINT: how long requests already in flight may take to finish (new connections are refused at
   * once) before the rest are cut off and the process exits.
   */
  drainTimeoutMs: number;
  /**
   * Downloads under /exports/ streaming at once from one caller (key, user or address) / on this instance: each holds
   * its response, and batch by batch the database, for as long as its client takes to read it.
   */
  maxConcurrentExportsPerCaller: number;
  maxConcurrentExports: number;
}

/** Requests per minute allowed to each kind of caller (a token bucket: the full amount may come as a burst). */
export interface RateLimits {
  anonymousPerMinute: number;
  userPerMinute: number;
  /** Default for partner keys; a key can carry its own. */
  apiKeyPerMinute: number;
  /** Failed sign-ins per account before each further attempt must wait (the wait doubles every time). */
  signInFailuresBeforeDelay: number;
  /** Failed sign-ins from one address per hour before that address is refused for the rest of the hour. */
  signInFailuresPerIpPerHour: number;
}

export interface SecurityConfig {
  /** Origins allowed to call the API from a browser with CORS (with credentials); none by default. */
  corsOrigins: string[];
  /**
   * How many reverse proxies sit in front (0: none): the client's address is the X-Forwarded-For entry the outermost
   * of them added, counted from the right (entries further left are whatever the client sent), and HTTPS is read
   * from X-Forwarded-Proto.
   */
  trustedProxies: number;
  /** Introspection and "did you mean" suggestions for callers without a session or key. */
  anonymousIntrospection: boolean;
}

/** Short-lived caches of reads; 0 seconds turns one off. */
export interface CacheConfig {
  /** How long a session's viewer is reused without reading the database (FACTDESK_SESSION_CACHE_SECONDS). */
  sessionSeconds: number;
  /**
   * How long a GraphQL result for a caller without a session is served from memory (FACTDESK_RESPONSE_CACHE_SECONDS);
   * any mutation empties the cache. Staff sessions are never served from it.
   */
  publicResponseSeconds: number;
}

/** Outgoing webhooks (README, Partner access → Webhooks). */
export interface WebhookConfig {
  /** Wait before the second attempt (FACTDESK_WEBHOOK_RETRY_BASE_MS); it doubles after every further failure. */
  retryBaseMs: number;
  /** Attempts before a delivery is given up as FAILED (FACTDESK_WEBHOOK_MAX_ATTEMPTS); replay starts it again. */
  maxAttempts: number;
  /** How long one attempt may take, connection to last byte (FACTDESK_WEBHOOK_TIMEOUT_MS). */
  timeoutMs: number;
  /** How often the worker looks for due retries and for deliveries a stopped instance left (FACTDESK_WEBHOOK_POLL_MS). */
  pollMs: number;
  /** Allow endpoints on private, loopback and link-local addresses (FACTDESK_WEBHOOK_ALLOW_PRIVATE=1; tests, labs). */
  allowPrivate: boolean;
}

/** Capturing sources: fetching a page as an archived copy, and uploaded copies (README, Evidence that survives). */
export interface CaptureConfig {
  /**
   * How long fetching a page may take in all, redirects and body included (FACTDESK_CAPTURE_TIMEOUT_MS); shorter than
   * the request deadline, which the capture mutation runs within.
   */
  timeoutMs: number;
  /** Largest page kept; a longer answer is cut off while it streams and nothing is stored (FACTDESK_CAPTURE_MAX_BYTES). */
  maxBytes: number;
  /** Redirects followed before giving up (FACTDESK_CAPTURE_MAX_REDIRECTS); each hop's address is checked. */
  maxRedirects: number;
  /** Largest uploaded copy (FACTDESK_CAPTURE_UPLOAD_MAX_BYTES). */
  maxUploadBytes: number;
  /** Pages on loopback addresses may be fetched, still no other private address (FACTDESK_CAPTURE_ALLOW_LOOPBACK=1; tests). */
  allowLoopback: boolean;
  /**
   * Folder for captured copies (FACTDESK_CAPTURES_DIR). Without it: `<data folder>/captures` in embedded mode, the
   * database (a bytea table) in PostgreSQL mode and for an in-memory embedded database.
   */
  dir: string | undefined;
}

/** Everything FactDesk reads from its environment, in one place (see the README's configuration table). */
export interface Config {
  /** PostgreSQL connection string; when absent FactDesk runs on embedded PGlite. */
  databaseUrl: string | undefined;
  /** Read replicas of `databaseUrl` (DATABASE_REPLICA_URLS, comma-separated): GraphQL queries read from them. */
  databaseReplicaUrls: string[];
  /** Redis connection string: shares rate limits (and events) between instances. */
  redisUrl: string | undefined;
  /** Prefix of every Redis key this desk uses, so several desks can share one Redis. */
  redisPrefix: string;
  /**
   * How long a Redis command may take before it counts as failed (FACTDESK_REDIS_TIMEOUT_MS): a Redis that hangs
   * instead of refusing is then treated as away, and the limits fall back to this instance's memory.
   */
  redisTimeoutMs: number;
  /** Folder of the embedded database. */
  dataDir: string;
  /**
   * A PGlite `dumpDataDir` tarball that a new embedded database starts from instead of an empty cluster (the test
   * suite starts each server from one migrated copy); pending migrations still apply on top.
   */
  embeddedTemplate: string | undefined;
  port: number;
  /** Load the demo desk into an empty embedded database on first start. */
  demo: boolean;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  /** Adds the number of SQL statements a request ran to its response extensions (tests, benchmarks). */
  exposeSqlStatementCount: boolean;
  /** Bearer token that GET /metrics requires; /metrics is not served at all without one. */
  metricsToken: string | undefined;
  /** pino level of the JSON log: fatal, error, warn, info (default), debug, trace or silent. */
  logLevel: LogLevel;
  limits: Limits;
  rateLimits: RateLimits;
  security: SecurityConfig;
  caches: CacheConfig;
  webhooks: WebhookConfig;
  captures: CaptureConfig;
}

export const defaultLimits: Limits = {
  maxBodyBytes: 1024 * 1024,
  maxDepth: 12,
  maxCost: 25_000,
  maxAliases: 30,
  maxDirectives: 30,
  maxTokens: 5_000,
  maxNodeIds: 100,
  maxStringLength: 200_000,
  requestTimeoutMs: 10_000,
  maxConcurrentStatementsPerRequest: 4,
  maxStatementsPerRequest: 500,
  maxIngestItems: 250,
  databasePoolSize: 10,
  databasePreparedStatements: 200,
  drainTimeoutMs: 10_000,
  maxConcurrentExportsPerCaller: 2,
  maxConcurrentExports: 8,
};

export const defaultRateLimits: RateLimits = {
  anonymousPerMinute: 120,
  userPerMinute: 1_200,
  apiKeyPerMinute: 600,
  signInFailuresBeforeDelay: 5,
  signInFailuresPerIpPerHour: 100,
};

/** Environment variable of each limit: FACTDESK_MAX_DEPTH for maxDepth, and so on. */
export const envName = (key: string) => `FACTDESK_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;

function readNumbers<T extends object>(env: NodeJS.ProcessEnv, defaults: T): T {
  const out: Record<string, number> = { ...(defaults as Record<string, number>) };
  for (const key of Object.keys(defaults)) {
    const raw = env[envName(key)];
    if (raw === undefined || raw === "") continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new StartupError(`${envName(key)} must be a whole number of at least 1 (got "${raw}").`);
    }
    out[key] = value;
  }
  return out as T;
}

export const logLevels = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof logLevels)[number];

function readLogLevel(raw: string | undefined): LogLevel {
  if (!raw) return "info";
  if (!(logLevels as readonly string[]).includes(raw))
    throw new StartupError(`FACTDESK_LOG_LEVEL must be one of ${logLevels.join(", ")} (got "${raw}").`);
  return raw as LogLevel;
}

/** A token short enough to guess is no protection; refuse it rather than serve metrics behind it. */
function readMetricsToken(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  if (raw.length < 16 || /\s/.test(raw)) throw new StartupError("FACTDESK_METRICS_TOKEN must be at least 16 characters without spaces.");
  return raw;
}

function readSeconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0 || value > 3600)
    throw new StartupError(`${name} must be a whole number of seconds from 0 to 3600 (got "${raw}").`);
  return value;
}

function readBoundedNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < min || value > max)
    throw new StartupError(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  return value;
}

const MiB = 1024 * 1024;

function readCaptures(env: NodeJS.ProcessEnv): CaptureConfig {
  return {
    timeoutMs: readBoundedNumber(env, "FACTDESK_CAPTURE_TIMEOUT_MS", 8_000, 120_000),
    maxBytes: readBoundedNumber(env, "FACTDESK_CAPTURE_MAX_BYTES", 20 * MiB, 512 * MiB),
    maxRedirects: readBoundedNumber(env, "FACTDESK_CAPTURE_MAX_REDIRECTS", 5, 20, 0),
    maxUploadBytes: readBoundedNumber(env, "FACTDESK_CAPTURE_UPLOAD_MAX_BYTES", 20 * MiB, 512 * MiB),
    allowLoopback: env.FACTDESK_CAPTURE_ALLOW_LOOPBACK === "1",
    dir: env.FACTDESK_CAPTURES_DIR ? path.resolve(env.FACTDESK_CAPTURES_DIR) : undefined,
  };
}

function readWebhooks(env: NodeJS.ProcessEnv): WebhookConfig {
  return {
    retryBaseMs: readBoundedNumber(env, "FACTDESK_WEBHOOK_RETRY_BASE_MS", 30_000, 3_600_000),
    maxAttempts: readBoundedNumber(env, "FACTDESK_WEBHOOK_MAX_ATTEMPTS", 8, 30),
    timeoutMs: readBoundedNumber(env, "FACTDESK_WEBHOOK_TIMEOUT_MS", 10_000, 60_000),
    pollMs: readBoundedNumber(env, "FACTDESK_WEBHOOK_POLL_MS", 5_000, 600_000),
    allowPrivate: env.FACTDESK_WEBHOOK_ALLOW_PRIVATE === "1",
  };
}

function readReplicaUrls(raw: string | undefined, primary: string | undefined): string[] {
  const urls = (raw ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  if (urls.length && !primary)
    throw new StartupError("DATABASE_REPLICA_URLS needs DATABASE_URL: read replicas are for PostgreSQL mode only.");
  return urls;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const config = readEnvironment(env);
  // A capture runs within its request: by default it gets at most four fifths of the request's time.
  if (env.FACTDESK_CAPTURE_TIMEOUT_MS === undefined)
    config.captures.timeoutMs = Math.min(config.captures.timeoutMs, Math.floor(config.limits.requestTimeoutMs * 0.8));
  if (config.captures.timeoutMs >= config.limits.requestTimeoutMs)
    throw new StartupError(
      `FACTDESK_CAPTURE_TIMEOUT_MS (${config.captures.timeoutMs}) must be shorter than FACTDESK_REQUEST_TIMEOUT_MS (${config.limits.requestTimeoutMs}): a capture runs within its request.`,
    );
  return config;
}

/** A folder, resolved against the working directory, or PGlite's `memory://<name>` (a desk that is never saved). */
function readDataDir(value: string | undefined): string {
  if (value?.startsWith("memory://")) return value;
  return path.resolve(value || path.join(repoRoot, "data"));
}

function readEnvironment(env: NodeJS.ProcessEnv): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReplicaUrls: readReplicaUrls(env.DATABASE_REPLICA_URLS, env.DATABASE_URL || undefined),
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.FACTDESK_REDIS_PREFIX || "factdesk",
    redisTimeoutMs: readBoundedNumber(env, "FACTDESK_REDIS_TIMEOUT_MS", 500, 60_000, 10),
    dataDir: readDataDir(env.FACTDESK_DATA_DIR),
    embeddedTemplate: env.FACTDESK_EMBEDDED_TEMPLATE || undefined,
    port: Number(env.PORT || 4000),
    demo: env.FACTDESK_DEMO !== "0",
    adminEmail: env.FACTDESK_ADMIN_EMAIL || undefined,
    adminPassword: env.FACTDESK_ADMIN_PASSWORD || undefined,
    exposeSqlStatementCount: env.FACTDESK_EXPOSE_SQL_COUNT === "1",
    metricsToken: readMetricsToken(env.FACTDESK_METRICS_TOKEN),
    logLevel: readLogLevel(env.FACTDESK_LOG_LEVEL),
    limits: readNumbers(env, defaultLimits),
    rateLimits: readNumbers(env, defaultRateLimits),
    security: {
      corsOrigins: (env.FACTDESK_CORS_ORIGINS ?? "")
        .split(",")
        .map((origin) => origin.trim().replace(/\/$/, ""))
        .filter(Boolean),
      trustedProxies: readBoundedNumber(env, "FACTDESK_TRUST_PROXY", 0, 10, 0),
      anonymousIntrospection: env.FACTDESK_ANONYMOUS_INTROSPECTION !== "0",
    },
    caches: {
      sessionSeconds: readSeconds(env, "FACTDESK_SESSION_CACHE_SECONDS", 10),
      publicResponseSeconds: readSeconds(env, "FACTDESK_RESPONSE_CACHE_SECONDS", 5),
    },
    webhooks: readWebhooks(env),
    captures: readCaptures(env),
  };
}

/** The address readers reach FactDesk at (FACTDESK_PUBLIC_URL), else the origin the request came to. */
export function publicBaseUrl(requestOrigin: string): string {
  return (process.env.FACTDESK_PUBLIC_URL || requestOrigin).replace(/\/$/, "");
}

// A host name or IP address with an optional port: what a Host header holds when it is not an attack.
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i;

/** Whether a Host header is a host name or address with a port that exists (requests with any other are refused). */
export function isValidHost(host: string | undefined): boolean {
  if (host === undefined) return true;
  const match = HOST.exec(host);
  return match !== null && (match[1] === undefined || Number(match[1]) <= 65_535);
}

/**
 * The public address for links in pages, feeds and exports, from the request's Host header when FACTDESK_PUBLIC_URL
 * is not set. A Host header that is not a plain host name (markup, a path, a user) is not written into any link.
 */
export function publicBaseUrlFor(host: string | undefined): string {
  return publicBaseUrl(`http://${host && isValidHost(host) ? host : "localhost"}`);
}

/** Whether the proxies in front (FACTDESK_TRUST_PROXY) say the caller reached them over HTTPS (X-Forwarded-Proto). */
export const forwardedOverHttps = (proto: string | null | undefined, trustedProxies: number) =>
  trustedProxies > 0 && proto?.split(",")[0]?.trim().toLowerCase() === "https";

/** The organisation named as author of published fact-checks (FACTDESK_PUBLISHER_NAME). */
export const publisherName = () => process.env.FACTDESK_PUBLISHER_NAME || "FactDesk";
