import fs from "node:fs";
import path from "node:path";
import { benchDir } from "./common.js";
import { benchClaimsPage } from "./claims-page.js";
import { benchIngest } from "./ingest.js";
import { benchSearch } from "./search.js";

// `pnpm bench`: runs every benchmark; each writes bench/results/<name>.json. Needs PostgreSQL like the tests.
await benchIngest();
await benchClaimsPage();
await benchSearch();
const webBundle = path.join(benchDir, "web-bundle.ts");
if (fs.existsSync(webBundle)) await import(webBundle);
