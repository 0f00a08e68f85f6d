import fs from "node:fs";
import path from "node:path";
import { extractArticle } from "../packages/server/src/ingest/index.js";
import { benchDir, percentile, record, round } from "./common.js";

// Extraction speed: the reference article, then a batch of 1,000 generated news-style articles.

const reference = fs.readFileSync(path.join(benchDir, "../prisma/demo/syria-coast-article.txt"), "utf8");
const publishedAt = new Date("2025-03-10T18:00:00Z");

const speakers = [
  "Health Minister Amina Saleh",
  "UN spokesman Stephane Dujarric",
  "Police chief Marco Ruiz",
  "the Red Crescent",
  "the interior ministry",
];
const qualifiers = ["at least", "more than", "up to", "around", "nearly", "some", "between 40 and", "dozens of", "hundreds of"];
const places = ["Gaza", "Aleppo", "Kharkiv", "El Fasher", "Port-au-Prince", "Latakia"];
const metrics = ["killed", "injured", "displaced", "detained", "missing"];

function generatedArticle(i: number): string {
  const pick = <T>(list: T[], k: number) => list[(i * 7 + k * 13) % list.length]!;
  const sentences = Array.from({ length: 14 }, (_, k) => {
    switch (k % 4) {
      case 0:
        return `${pick(qualifiers, k)} ${100 + ((i * 31 + k) % 900)} people were ${pick(metrics, k)} in ${pick(places, k)} over the past ${2 + (k % 5)} days, ${pick(speakers, k)} said on Monday.`;
      case 1:
        return `“We are doing everything we can to reach the wounded,” ${pick(speakers, k)} told reporters.`;
      case 2:
        return `Videos circulating online purportedly show shelling near a hospital in ${pick(places, k)}.`;
      default:
        return `Residents described long queues for bread and water as the situation worsened, according to local journalists.`;
    }
  });
  return `${sentences.join(" ")}\n`;
}

export async function benchIngest() {
  const warm = Array.from({ length: 20 }, () => extractArticle({ text: reference, publishedAt }));
  void warm;
  const samples = Array.from({ length: 200 }, () => {
    const start = performance.now();
    extractArticle({ text: reference, publishedAt });
    return performance.now() - start;
  });
  const batch = Array.from({ length: 1000 }, (_, i) => generatedArticle(i));
  const start = performance.now();
  let figures = 0;
  for (const text of batch) figures += extractArticle({ text, publishedAt }).figures.length;
  const seconds = (performance.now() - start) / 1000;
  record("ingest-extraction", {
    referenceArticleMs: { p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) },
    batch: {
      articles: batch.length,
      characters: batch.reduce((n, t) => n + t.length, 0),
      seconds: round(seconds),
      articlesPerSecond: Math.round(batch.length / seconds),
      figuresFound: figures,
    },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await benchIngest();
