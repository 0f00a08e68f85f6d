import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const benchDir = path.dirname(fileURLToPath(import.meta.url));

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const round = (ms: number) => Math.round(ms * 100) / 100;

/** Writes one benchmark's results to bench/results/<name>.json with the machine it ran on. */
export function record(name: string, results: Record<string, unknown>) {
  const file = path.join(benchDir, "results", `${name}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const body = {
    benchmark: name,
    at: new Date().toISOString(),
    node: process.version,
    cpus: (globalThis as any).navigator?.hardwareConcurrency ?? null,
    ...results,
  };
  fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  console.log(`${name}: ${JSON.stringify(results)}`);
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}
