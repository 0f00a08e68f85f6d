import { readConfig } from "./config.js";
import { StartupError } from "./errors.js";
import { startFactDesk } from "./start.js";

try {
  const app = await startFactDesk(readConfig());
  console.log(`FactDesk is running: ${app.url}/ (GraphQL and GraphiQL at ${app.url}/graphql)`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing the database…`);
    await app.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
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
