import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readConfig } from "./config.js";
import { openDatabase, type Database } from "./db.js";
import { StartupError } from "./errors.js";
import { migrate } from "./migrate.js";
import { loadDemoDesk } from "./seed/demo-desk.js";
import { extractArticle } from "./ingest/index.js";
import { ingestArticle } from "./services/ingest.js";

const usage = `Usage: pnpm factdesk <command>
  migrate                         apply pending migrations to DATABASE_URL (or the embedded database)
  demo                            load the demo desk into an empty database (also into DATABASE_URL)
  ingest FILE [--url U] [--title T] [--publisher P] [--published-at ISO-DATE] [--save]
                                  extract statements, figures and media from an article (JSON on stdout);
                                  with --save, store them on the desk (needs --url)`;

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const report = await migrate(database.scripts);
    console.error(`${database.description}: applied ${report.applied.length} of ${report.total} migration(s).`);
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function ingest(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      url: { type: "string" },
      title: { type: "string" },
      publisher: { type: "string" },
      "published-at": { type: "string" },
      save: { type: "boolean", default: false },
    },
  });
  const [file] = positionals;
  if (!file) {
    console.error(usage);
    return 2;
  }
  // pnpm runs scripts from the package folder; INIT_CWD is where the user typed the command.
  const text = fs.readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), "utf8");
  const publishedAt = values["published-at"] ? new Date(values["published-at"]) : null;
  if (publishedAt && Number.isNaN(publishedAt.getTime())) throw new StartupError(`--published-at is not a date: ${values["published-at"]}`);
  if (!values.save) {
    const extraction = extractArticle({ text, title: values.title, url: values.url, publisher: values.publisher, publishedAt });
    console.log(JSON.stringify(extraction, null, 2));
    return 0;
  }
  if (!values.url) throw new StartupError("--save needs --url: the URL identifies the article on the desk.");
  const outcome = await withDatabase((database) =>
    // No request deadline here: the command saves everything the article yields.
    ingestArticle(
      database.prisma,
      null,
      { url: values.url!, title: values.title, publisher: values.publisher, publishedAt, text },
      { maxItems: Number.POSITIVE_INFINITY },
    ),
  );
  console.log(JSON.stringify(outcome, null, 2));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "migrate":
      return withDatabase(async () => 0);
    case "demo":
      return withDatabase(async (database) => {
        console.log((await loadDemoDesk(database.prisma)) ? "Loaded the demo desk." : "The database already has claims; demo not loaded.");
        return 0;
      });
    case "ingest":
      return ingest(rest);
    default:
      console.error(usage);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof StartupError ? `factdesk: ${error.message}` : error);
    process.exit(1);
  },
);
