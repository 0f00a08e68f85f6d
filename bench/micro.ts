import fs from "node:fs";
import path from "node:path";
import { benchDir } from "./common.js";
import { benchClaimsPage } from "./claims-page.js";
import { benchIngest } from "./ingest.js";
import { benchPublicPage } from "./public-page.js";
import { benchSearch } from "./search.js";

// The micro-benchmarks (extraction speed, the claims page through the test kit on both databases, search over
// 100,000 generated claims, a server-rendered verdict page, the web bundle's size); each writes
// bench/results/<name>.json. `pnpm bench` runs them after the side-by-side comparison; `tsx bench/micro.ts` runs them
// alone. Needs PostgreSQL like the tests.
export async function runMicroBenchmarks() {
  await benchIngest();
  await benchClaimsPage();
  await benchSearch();
  await benchPublicPage();
  const webBundle = path.join(benchDir, "web-bundle.ts");
  // web-bundle.ts exits the process when the web client is not built; skip it then.
  if (fs.existsSync(webBundle) && fs.existsSync(path.join(benchDir, "../packages/web/dist/index.html"))) await import(webBundle);
}

if (import.meta.url === `file://${process.argv[1]}`) await runMicroBenchmarks();
