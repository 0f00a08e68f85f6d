import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FigureMetric, FigureQualifier } from "../../packages/server/src/generated/prisma/enums.js";
import { extractArticle } from "../../packages/server/src/ingest/index.js";
import type { ExtractedEntity, ExtractedFigure, ExtractionResult } from "../../packages/server/src/ingest/types.js";

/**
 * Extraction quality on real text (issue #15): the hand-labelled corpus in ../shared/corpus (others' writing, so it
 * stays outside the repository), scored with the rules below. Pure apart from reading the corpus.
 *
 * Figures: each labelled figure is matched to at most one extracted figure, greedily in label order, on metric +
 * qualifier + value (+ valueHigh for RANGE and VAGUE). The labels' qualifiers are spelled as the FigureQualifier
 * enum, so the mapping is the identity; the labels' `value` is the extractor's `high` for UP_TO and its `low` for
 * every other qualifier. Precision = matched / extracted figures, recall = matched / labelled.
 *
 * Reporter and speaker names are compared normalised (case, punctuation, possessives, "the"/"a"/"an" dropped); a
 * label matches an extracted name, alias, title or role that equals it or contains it as whole words, or that it
 * contains (a label "Officials in northern Afghanistan" matches the role "officials", "The Health Ministry" matches
 * the institution "Ministry of Health"'s role "health ministry"). `unattributed` matches a figure with no reporter.
 * A figure's reporter is its entity (attributedToKey), else the role of the unnamed speaker ("Police say …") of the
 * extracted statement whose text contains the figure's words in the same sentence.
 *
 * Statements: a labelled statement is found when some extracted statement or quote (each used once) starts, after
 * normalisation and an optional leading "that", with the label's `starts` words. A statement told through an act
 * ("accused the rebels of using civilians as shields", "called for an end to the violence") keeps its verb, which
 * the claim's wording needs; the labels start after it ("the rebels of using …", "an end to …", "denied that the
 * government …" as "the government …"), so the verb and a particle or "that" after it may be skipped too.
 */

export type Split = "dev" | "test";

interface LabelledFigure {
  metric: FigureMetric;
  qualifier: FigureQualifier;
  value: number;
  valueHigh?: number;
  subject: string;
  who: string;
  stated: string;
}

interface LabelledStatement {
  speaker: string;
  role: string | null;
  starts: string;
}

export interface CorpusArticle {
  name: string;
  split: Split;
  url: string | null;
  title: string | null;
  publishedAt: Date | null;
  body: string;
  labels: { figures: LabelledFigure[]; statements: LabelledStatement[] };
}

/** Raw counts; the rates are derived from them so that totals are sums, not averages of averages. */
export interface Counts {
  labelledFigures: number;
  extractedFigures: number;
  matchedFigures: number;
  attributedRight: number;
  labelledStatements: number;
  foundStatements: number;
  speakerRight: number;
}

export interface Rates {
  figureRecall: number;
  figurePrecision: number;
  attribution: number;
  speaker: number;
  statementRecall: number;
}

export type Row = Counts & Rates;

export interface Miss {
  kind: "figure missed" | "figure extra" | "wrong reporter" | "statement missed" | "wrong speaker";
  detail: string;
}

export interface ArticleScore {
  counts: Counts;
  misses: Miss[];
}

export const RATE_NAMES: Record<keyof Rates, string> = {
  figureRecall: "figure recall",
  figurePrecision: "figure precision",
  attribution: "attribution",
  speaker: "speaker",
  statementRecall: "statement recall",
};

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the corpus is: FACTDESK_CORPUS, else `shared/corpus` next to the repository (as CI clones it). */
export function corpusDir(): string {
  return process.env.FACTDESK_CORPUS ? path.resolve(process.env.FACTDESK_CORPUS) : path.resolve(repoRoot, "../shared/corpus");
}

export const resultsFile = path.join(repoRoot, "bench/results/ingest-eval.json");

function parseArticle(dir: string, file: string, split: Split): CorpusArticle {
  const raw = fs.readFileSync(path.join(dir, file), "utf8").replace(/\r\n/g, "\n");
  const cut = raw.indexOf("\n---\n");
  if (cut < 0) throw new Error(`${file}: no '---' line between header and body`);
  const header = new Map<string, string>();
  for (const line of raw.slice(0, cut).split("\n")) {
    const m = /^([A-Z]+):\s*(.*)$/.exec(line);
    if (m) header.set(m[1]!, m[2]!.trim());
  }
  const published = header.get("PUBLISHED");
  const publishedAt = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? new Date(`${published}T00:00:00Z`) : null;
  const name = file.replace(/\.txt$/, "");
  const labels = JSON.parse(fs.readFileSync(path.join(dir, `${name}.labels.json`), "utf8"));
  return {
    name,
    split,
    url: header.get("URL") ?? null,
    title: header.get("TITLE") ?? null,
    publishedAt,
    body: raw.slice(cut + "\n---\n".length),
    labels: { figures: labels.figures ?? [], statements: labels.statements ?? [] },
  };
}

/** Every article the manifests list, in manifest order. Throws when the folder or a file is missing. */
export function loadCorpus(dir = corpusDir()): CorpusArticle[] {
  const manifests = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith("-manifest.json"))
    .sort();
  if (manifests.length === 0) throw new Error(`${dir}: no *-manifest.json`);
  return manifests.flatMap((m) => {
    const entries: { file: string; split: Split }[] = JSON.parse(fs.readFileSync(path.join(dir, m), "utf8"));
    return entries.map((e) => parseArticle(dir, e.file, e.split));
  });
}

export function normaliseName(s: string): string {
  return ` ${s
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\b(?:the|a|an)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim()} `;
}

function normaliseText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The rule in the header comment: equal, or one contains the other as whole words. */
export function sameReporter(label: string, candidates: (string | null | undefined)[]): boolean {
  const l = normaliseName(label);
  if (l.trim() === "") return false;
  return candidates.some((c) => {
    if (!c) return false;
    const n = normaliseName(c);
    return n.trim() !== "" && (n.includes(l) || l.includes(n));
  });
}

function entityNames(entity: ExtractedEntity | undefined): string[] {
  return entity ? [entity.name, ...entity.aliases, ...(entity.title ? [entity.title] : [])] : [];
}

function figureValue(f: ExtractedFigure): number | null {
  return f.qualifier === "UP_TO" ? f.high : f.low;
}

function figureMatches(label: LabelledFigure, f: ExtractedFigure): boolean {
  if (label.metric !== f.metric || label.qualifier !== f.qualifier || label.value !== figureValue(f)) return false;
  return label.qualifier === "RANGE" || label.qualifier === "VAGUE" ? label.valueHigh === f.high : true;
}

function describe(f: { metric: string; qualifier: string }, value: number | null, high: number | null | undefined, stated: string) {
  const range = high != null && high !== value ? `–${high}` : "";
  return `${f.metric} ${f.qualifier} ${value}${range} "${stated}"`;
}

/** The names a figure's reporter goes by, or null when the extractor attributes it to nobody. */
function reporterNames(f: ExtractedFigure, x: ExtractionResult, byKey: Map<string, ExtractedEntity>): string[] | null {
  if (f.attributedToKey) return entityNames(byKey.get(f.attributedToKey));
  const said = x.statements.find((s) => s.start === f.start && s.speakerRole && s.text.includes(f.statedText));
  return said?.speakerRole ? [said.speakerRole] : null;
}

export function scoreArticle(article: CorpusArticle): ArticleScore {
  const x = extractArticle({ text: article.body, title: article.title, url: article.url, publishedAt: article.publishedAt });
  const byKey = new Map(x.entities.map((e) => [e.key, e]));
  const misses: Miss[] = [];
  const counts: Counts = {
    labelledFigures: article.labels.figures.length,
    extractedFigures: x.figures.length,
    matchedFigures: 0,
    attributedRight: 0,
    labelledStatements: article.labels.statements.length,
    foundStatements: 0,
    speakerRight: 0,
  };

  const usedFigures = new Set<number>();
  for (const label of article.labels.figures) {
    const i = x.figures.findIndex((f, k) => !usedFigures.has(k) && figureMatches(label, f));
    if (i < 0) {
      misses.push({ kind: "figure missed", detail: describe(label, label.value, label.valueHigh, label.stated) });
      continue;
    }
    usedFigures.add(i);
    counts.matchedFigures++;
    const names = reporterNames(x.figures[i]!, x, byKey);
    const right = label.who === "unattributed" ? names === null : names !== null && sameReporter(label.who, names);
    if (right) counts.attributedRight++;
    else
      misses.push({
        kind: "wrong reporter",
        detail: `"${label.stated}": labelled ${label.who}, extracted ${names?.join(" / ") ?? "none"}`,
      });
  }
  x.figures.forEach((f, k) => {
    if (!usedFigures.has(k)) misses.push({ kind: "figure extra", detail: describe(f, figureValue(f), f.high, f.statedText) });
  });

  const texts = x.statements.map((s) => normaliseText(s.text).replace(/^that /, ""));
  const pastActVerb = (t: string) => [t, t.replace(/^\S+ /, ""), t.replace(/^\S+ (?:for|of|about|on|to|in|that) /, "")];
  const usedStatements = new Set<number>();
  for (const label of article.labels.statements) {
    const starts = normaliseText(label.starts);
    const i = texts.findIndex((t, k) => !usedStatements.has(k) && pastActVerb(t).some((v) => v.startsWith(starts)));
    if (i < 0) {
      misses.push({ kind: "statement missed", detail: `${label.speaker}: "${label.starts}"` });
      continue;
    }
    usedStatements.add(i);
    counts.foundStatements++;
    const s = x.statements[i]!;
    const names = [...entityNames(s.speakerKey ? byKey.get(s.speakerKey) : undefined), s.speakerRole];
    if (sameReporter(label.speaker, names)) counts.speakerRight++;
    else
      misses.push({
        kind: "wrong speaker",
        detail: `"${label.starts}": labelled ${label.speaker}, extracted ${names.filter(Boolean).join(" / ") || "none"}`,
      });
  }
  return { counts, misses };
}

const pct = (n: number, d: number) => (d === 0 ? 100 : Math.round((1000 * n) / d) / 10);

export function rowOf(c: Counts): Row {
  return {
    ...c,
    figureRecall: pct(c.matchedFigures, c.labelledFigures),
    figurePrecision: pct(c.matchedFigures, c.extractedFigures),
    attribution: pct(c.attributedRight, c.matchedFigures),
    speaker: pct(c.speakerRight, c.foundStatements),
    statementRecall: pct(c.foundStatements, c.labelledStatements),
  };
}

function sum(rows: Counts[]): Counts {
  const total: Counts = {
    labelledFigures: 0,
    extractedFigures: 0,
    matchedFigures: 0,
    attributedRight: 0,
    labelledStatements: 0,
    foundStatements: 0,
    speakerRight: 0,
  };
  for (const r of rows) for (const k of Object.keys(total) as (keyof Counts)[]) total[k] += r[k];
  return total;
}

export interface Evaluation {
  corpus: { dev: number; test: number };
  /** Per-article rows and misses for `dev` only: `test` is read as totals, never tuned on. */
  dev: { articles: ({ name: string } & Row)[]; total: Row };
  test: { total: Row };
}

export function evaluate(articles = loadCorpus()): { evaluation: Evaluation; devMisses: Map<string, Miss[]> } {
  const dev = articles.filter((a) => a.split === "dev");
  const test = articles.filter((a) => a.split === "test");
  const devScores = dev.map((a) => ({ name: a.name, ...scoreArticle(a) }));
  const testCounts = test.map((a) => scoreArticle(a).counts);
  return {
    evaluation: {
      corpus: { dev: dev.length, test: test.length },
      dev: { articles: devScores.map((s) => ({ name: s.name, ...rowOf(s.counts) })), total: rowOf(sum(devScores.map((s) => s.counts))) },
      test: { total: rowOf(sum(testCounts)) },
    },
    devMisses: new Map(devScores.map((s) => [s.name, s.misses])),
  };
}

function cells(r: Row): string[] {
  return [
    `${r.matchedFigures}/${r.labelledFigures}`,
    `${r.figureRecall}`,
    `${r.figurePrecision}`,
    `${r.attribution}`,
    `${r.foundStatements}/${r.labelledStatements}`,
    `${r.statementRecall}`,
    `${r.speaker}`,
  ];
}

const HEADINGS = ["article", "figures", "recall %", "precision %", "attribution %", "statements", "stmt recall %", "speaker %"];

/** The table as Markdown (also readable in a terminal). */
export function markdownTable(e: Evaluation): string {
  const rows = [
    ...e.dev.articles.map((a) => [a.name, ...cells(a)]),
    [`**dev total** (${e.corpus.dev} articles)`, ...cells(e.dev.total)],
    [`**test total** (${e.corpus.test} articles)`, ...cells(e.test.total)],
  ];
  const line = (c: string[]) => `| ${c.join(" | ")} |`;
  return [line(HEADINGS), line(HEADINGS.map((_, i) => (i === 0 ? "---" : "---:"))), ...rows.map(line)].join("\n");
}

export function readRecorded(file = resultsFile): Evaluation {
  return JSON.parse(fs.readFileSync(file, "utf8")) as Evaluation;
}
