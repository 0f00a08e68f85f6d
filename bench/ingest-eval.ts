import fs from "node:fs";
import path from "node:path";
import { evaluate, markdownTable, resultsFile } from "./lib/ingest-eval.js";

// `pnpm eval:ingest`: scores the extractor on the labelled corpus (see bench/lib/ingest-eval.ts for the rules) and
// records the figures the guard test (test/unit/ingest-eval.test.ts) holds it to. `--misses` lists what went wrong
// on the dev articles; test articles are only ever totalled.

const { evaluation, devMisses } = evaluate();
const table = markdownTable(evaluation);
console.log(table);
if (process.argv.includes("--misses")) {
  for (const [name, misses] of devMisses) {
    if (misses.length === 0) continue;
    console.log(`\n${name}`);
    for (const m of misses) console.log(`  ${m.kind}: ${m.detail}`);
  }
}
if (!process.argv.includes("--dry-run")) {
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(resultsFile, `${JSON.stringify({ benchmark: "ingest-eval", ...evaluation }, null, 2)}\n`);
  const md = `# Extraction quality on the labelled corpus\n\nWritten by \`pnpm eval:ingest\`; rates in %, matching rules in \`bench/lib/ingest-eval.ts\`. Test articles are totalled only.\n\n${table}\n`;
  fs.writeFileSync(resultsFile.replace(/\.json$/, ".md"), md);
  console.log(`\nwrote ${path.relative(process.cwd(), resultsFile)} and ingest-eval.md`);
}
