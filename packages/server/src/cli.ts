import { readConfig } from "./config.js";
import { openDatabase } from "./db.js";
import { StartupError } from "./errors.js";
import { migrate } from "./migrate.js";
import { loadDemoDesk } from "./services/demo.js";

const usage = `Usage: pnpm factdesk <command>
  migrate            apply pending migrations to DATABASE_URL (or the embedded database)
  demo               load the demo desk into an empty database (also into DATABASE_URL)`;

async function main(argv: string[]) {
  const [command] = argv;
  const config = readConfig();
  if (command !== "migrate" && command !== "demo") {
    console.error(usage);
    return 2;
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const report = await migrate(database.scripts);
    console.log(`${database.description}: applied ${report.applied.length} of ${report.total} migration(s).`);
    if (command === "demo") {
      console.log((await loadDemoDesk(database.prisma)) ? "Loaded the demo desk." : "The database already has claims; demo not loaded.");
    }
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof StartupError ? `factdesk: ${error.message}` : error);
    process.exit(1);
  },
);
