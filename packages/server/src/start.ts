import http from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import { openDatabase, type Database } from "./db.js";
import { migrate } from "./migrate.js";
import { createRequestHandler } from "./yoga.js";
import { loadDemoDesk, demoLogins } from "./seed/demo-desk.js";
import { ensureFirstAdmin } from "./seed/first-admin.js";
import type { Config } from "./config.js";
import { createRateLimiting } from "./guards/rate-limit.js";

export interface RunningFactDesk {
  url: string;
  database: Database;
  /** Stops accepting requests, then closes the database. */
  close(): Promise<void>;
}

type Log = (line: string) => void;

/** Opens and migrates the database, seeds what the configuration asks for, and serves HTTP. */
export async function startFactDesk(config: Config, log: Log = console.log): Promise<RunningFactDesk> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolSize: config.limits.databasePoolSize,
    embeddedTemplate: config.embeddedTemplate,
  });
  try {
    const migration = await migrate(database.scripts);
    log(
      migration.applied.length
        ? `Database: ${database.description}; applied ${migration.applied.length} migration(s).`
        : `Database: ${database.description}; schema up to date.`,
    );
    const admin = await ensureFirstAdmin(database.prisma, config.adminEmail, config.adminPassword);
    if (admin) log(`Created the first admin, ${admin}.`);
    if (database.kind === "pglite" && config.demo && (await loadDemoDesk(database.prisma))) {
      log("Loaded the demo desk (the Syria coast article). Demo logins:");
      for (const user of demoLogins()) log(`  ${user.role.padEnd(8)} ${user.email}  password: ${user.password}`);
    }
  } catch (error) {
    await database.close();
    throw error;
  }

  // Redis shares rate limits between instances; commands fail fast while it is away (the limits fall back to this
  // instance's memory) instead of queueing up behind a dead connection.
  const redis = config.redisUrl ? new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : undefined;
  redis?.on("error", (error) => log(`Redis: ${error.message}`));
  const rateLimiting = createRateLimiting(config.rateLimits, redis, config.redisPrefix);

  const server = http.createServer(createRequestHandler(database, config, { rateLimiting }));
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
  return {
    url,
    database,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      redis?.disconnect();
      await database.close();
    },
  };
}
