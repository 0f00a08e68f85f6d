import { readConfig } from "./config.js";
import { StartupError } from "./errors.js";
import { createLogger, routeConsoleTo } from "./logger.js";
import { startFactDesk } from "./start.js";

try {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  // Start-up and shutdown are written whatever the level (unless silent): the banner is how a supervisor, or a
  // person, knows the instance is up, and the drain lines explain a stop.
  const lifecycle = config.logLevel === "silent" ? logger : logger.child({}, { level: "info" });
  const app = await startFactDesk(config, (line) => lifecycle.info(line), { logger });
  // From here on the process writes JSON lines only (start-up failures above stay plain sentences on stderr, for
  // the person who ran it).
  routeConsoleTo(logger);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    lifecycle.info(
      { inFlight: app.inFlight(), drainTimeoutMs: config.limits.drainTimeoutMs },
      `${signal}: refusing new connections, finishing ${app.inFlight()} request(s) in flight`,
    );
    const { finished, cutOff } = await app.drain();
    if (cutOff)
      logger.warn(
        { finished, cutOff },
        `${signal}: ${cutOff} request(s) still running after ${config.limits.drainTimeoutMs} ms were cut off`,
      );
    lifecycle.info(`${signal}: closing the database…`);
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
  // The banner is how a supervisor knows the instance is up, so it comes after the handlers: a SIGTERM sent as soon
  // as it is read (before a handler exists, the default action kills the process outright) drains like any other.
  lifecycle.info(`FactDesk is running: ${app.url}/ (GraphQL and GraphiQL at ${app.url}/graphql)`);
} catch (error) {
  if (error instanceof StartupError) {
    console.error(`FactDesk could not start: ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === "EADDRINUSE") {
    console.error(`FactDesk could not start: port ${readConfig().port} is in use. Set PORT to another port.`);
  } else {
    console.error("FactDesk could not start:", error);
  }
  process.exit(1);
}
