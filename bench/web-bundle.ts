// The web client's initial JavaScript, gzipped: what a reviewer's browser must download before the first screen.
// Reads packages/web/dist (run `pnpm build` first): the entry script in index.html, every <link rel="modulepreload">,
// and, through Vite's manifest, every chunk the entry imports statically. Lazy chunks (the toll chart) are listed
// separately and not counted. Writes bench/results/web-bundle.json.
//
//   npx tsx bench/web-bundle.ts
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const BUDGET_GZIP_BYTES = 200 * 1024;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dist = path.join(root, "packages/web/dist");
const resultFile = path.join(root, "bench/results/web-bundle.json");

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

if (!fs.existsSync(path.join(dist, "index.html"))) {
  console.error("packages/web/dist/index.html is missing: run `pnpm build` first.");
  process.exit(1);
}

const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1];
const fromHtml = new Set<string>();
for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
  const src = attr(tag, "src");
  if (src && /type="module"/.test(tag)) fromHtml.add(src.replace(/^\//, ""));
}
for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
  const href = attr(tag, "href");
  if (href && /rel="modulepreload"/.test(tag)) fromHtml.add(href.replace(/^\//, ""));
}

const manifestPath = path.join(dist, ".vite/manifest.json");
const manifest: Record<string, ManifestChunk> = fs.existsSync(manifestPath) ? JSON.parse(fs.readFileSync(manifestPath, "utf8")) : {};
const initial = new Set(fromHtml);
const visit = (key: string, seen = new Set<string>()) => {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return;
  seen.add(key);
  initial.add(chunk.file);
  for (const imported of chunk.imports ?? []) visit(imported, seen);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

const measure = (file: string) => {
  const bytes = fs.readFileSync(path.join(dist, file));
  return { file, bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
};
const initialJs = [...initial]
  .filter((f) => f.endsWith(".js"))
  .sort()
  .map(measure);
const allJs = fs
  .readdirSync(path.join(dist, "assets"))
  .filter((f) => f.endsWith(".js"))
  .map((f) => `assets/${f}`);
const lazyJs = allJs
  .filter((f) => !initial.has(f))
  .sort()
  .map(measure);

const totalGzipBytes = initialJs.reduce((sum, f) => sum + f.gzipBytes, 0);
const result = {
  measuredAt: new Date().toISOString(),
  budgetGzipBytes: BUDGET_GZIP_BYTES,
  initialJsGzipBytes: totalGzipBytes,
  initialJsGzipKiB: Math.round((totalGzipBytes / 1024) * 10) / 10,
  initialJsBytes: initialJs.reduce((sum, f) => sum + f.bytes, 0),
  withinBudget: totalGzipBytes <= BUDGET_GZIP_BYTES,
  gzip: "zlib level 9",
  initialJs,
  lazyJs,
};

fs.mkdirSync(path.dirname(resultFile), { recursive: true });
fs.writeFileSync(resultFile, `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `Initial JavaScript: ${result.initialJsGzipKiB} KiB gzipped (${initialJs.length} file(s)); budget ${BUDGET_GZIP_BYTES / 1024} KiB — ${
    result.withinBudget ? "within budget" : "OVER BUDGET"
  }.`,
);
for (const f of lazyJs) console.log(`  lazy: ${f.file} ${(f.gzipBytes / 1024).toFixed(1)} KiB gzipped`);
console.log(`Written to ${path.relative(root, resultFile)}`);
if (!result.withinBudget) process.exitCode = 1;
