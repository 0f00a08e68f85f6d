import http, { type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import { openDatabase, type Database } from "./db.js";
import { migrate } from "./migrate.js";
import { createRequestHandler } from "./yoga.js";
import { loadDemoDesk, demoLogins } from "./seed/demo-desk.js";
import { ensureFirstAdmin } from "./seed/first-admin.js";
import type { Config } from "./config.js";
import { createRateLimiting } from "./guards/rate-limit.js";
import { createDeskEvents } from "./desk-events.js";
import { createLogger, type Logger } from "./logger.js";
import { createMetrics } from "./http/metrics.js";
import { startWebhookWorker } from "./jobs/webhook-deliveries.js";

export interface RunningFactDesk {
  url: string;
  database: Database;
  /** Requests being answered right now. */
  inFlight(): number;
  /**
   * Refuses new connections at once and lets the requests in flight finish (closing each keep-alive connection
   * as its request ends), cutting off what is still running after `limits.drainTimeoutMs`.
   */
  drain(): Promise<{ finished: number; cutOff: number }>;
  /** Drains, then closes Redis and the database. */
  close(): Promise<void>;
}

type Log = (line: string) => void;

export interface StartOptions {
  /** The JSON request and error log; by default one at `config.logLevel` on stdout. */
  logger?: Logger;
}

/** Opens and migrates the database, seeds what the configuration asks for, and serves HTTP. */
export async function startFactDesk(config: Config, log: Log = console.log, options: StartOptions = {}): Promise<RunningFactDesk> {
  const logger = options.logger ?? createLogger(config.logLevel);
  // Metrics cost a little on every request and statement: only collected when someone may read them.
  const metrics = config.metricsToken ? createMetrics() : undefined;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.limits.databasePoolSize,
    preparedStatements: config.limits.databasePreparedStatements,
    embeddedTemplate: config.embeddedTemplate,
    replicaUrls: config.databaseReplicaUrls,
    observeStatement: metrics?.observeStatement,
  });
  try {
    const migration = await migrate(database.scripts);
    log(
      migration.applied.length
        ? `Database: ${database.description}; applied ${migration.applied.length} migration(s).`
        : `Database: ${database.description}; schema up to date.`,
    );
    const admin = await ensureFirstAdmin(database.prisma, config.adminEmail, config.adminPassword);
    if (admin && "created" in admin) log(`Created an admin, ${admin.created}.`);
    else if (admin) logger.warn(admin.notCreated);
    if (database.kind === "pglite" && config.demo && (await loadDemoDesk(database.prisma))) {
      log("Loaded the demo desk (the Syria coast article). Demo logins:");
      for (const user of demoLogins()) log(`  ${user.role.padEnd(8)} ${user.email}  password: ${user.password}`);
    }
  } catch (error) {
    await database.close();
    throw error;
  }

  // Redis shares rate limits between instances; commands fail fast while it is away (the limits fall back to this
  // instance's memory) instead of queueing up behind a dead connection, and so does a command Redis does not answer
  // in time: a hung Redis, or a network dropping its packets, resets nothing, and every request would wait on it.
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        lazyConnect: false,
        commandTimeout: config.redisTimeoutMs,
      })
    : undefined;
  redis?.on("error", (error) => log(`Redis: ${error.message}`));
  const rateLimiting = createRateLimiting(config.rateLimits, redis, config.redisPrefix);
  const events = createDeskEvents({
    redisUrl: config.redisUrl,
    prefix: config.redisPrefix,
    timeoutMs: config.redisTimeoutMs,
    onError: log,
  });

  const server = http.createServer(createRequestHandler(database, config, { rateLimiting, logger, metrics, events }));
  // Requests in flight, for the drain: while draining, each answer closes its connection, and a connection left
  // idle is closed as soon as its request is done.
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  server.on("request", (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (draining && !res.headersSent) res.setHeader("connection", "close");
    res.once("close", () => {
      inFlight.delete(res);
      if (draining) setImmediate(() => server.closeIdleConnections());
    });
  });
  // Idle keep-alive connections are closed by clients (and proxies) first, never by us: a server that closes one
  // while a client reuses it makes that request fail with ECONNRESET.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://localhost:${port}`;
  const webhooks = startWebhookWorker(database.prisma, config.webhooks, logger);
  let drained: Promise<{ finished: number; cutOff: number }> | undefined;
  const drain = () =>
    (drained ??= new Promise((resolve) => {
      draining = true;
      const started = inFlight.size;
      let cutOff = 0;
      const timer = setTimeout(() => {
        cutOff = inFlight.size;
        server.closeAllConnections();
      }, config.limits.drainTimeoutMs);
      // close() stops listening at once (new connections are refused) and calls back when every connection is gone.
      server.close(() => {
        clearTimeout(timer);
        resolve({ finished: started - cutOff, cutOff });
      });
      for (const res of inFlight) {
        if (!res.headersSent) res.setHeader("connection", "close");
        // Live subscriptions never finish by themselves: they are cut, and their clients reconnect elsewhere.
        else if (String(res.getHeader("content-type")).startsWith("text/event-stream")) res.destroy();
      }
      server.closeIdleConnections();
    }));
  let closed: Promise<void> | undefined;
  return {
    url,
    database,
    inFlight: () => inFlight.size,
    drain,
    close: () =>
      (closed ??= (async () => {
        await drain();
        await webhooks.stop();
        redis?.disconnect();
        await events.close();
        await database.close();
      })()),
  };
}
