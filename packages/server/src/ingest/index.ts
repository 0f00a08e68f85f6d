import { type StatementDraft, extractStatements } from "./attribution.js";
import { type Signal, attributionSignal, hasHedge, score, wordingSignals } from "./checkworthiness.js";
import { EntityRegistry } from "./entities.js";
import { type FigureDraft, findFigures } from "./figures.js";
import { findMedia } from "./media.js";
import { type PeriodMention, findPeriods } from "./periods.js";
import { type PlaceMention, countryMentions, countryReferredTo, findPlaces } from "./places.js";
import { type Sentence, findQuotes, splitSentences } from "./sentences.js";

export type EntityKind = "PERSON" | "ORGANISATION" | "GOVERNMENT" | "MEDIA_OUTLET";
export type PlacePrecision = "COUNTRY" | "REGION" | "DISTRICT" | "CITY" | "NEIGHBOURHOOD" | "STREET";
export type DatePrecision = "YEAR" | "MONTH" | "WEEK" | "DAY" | "HOUR";

export interface ArticleInput {
  text: string;
  title?: string | null;
  publishedAt?: Date | null;
  url?: string | null;
  publisher?: string | null;
}

export interface Checkworthiness {
  /** 0..1; sort a review queue by it. */
  score: number;
  /** Why: "figure", "attribution: official", "hedge: allegedly", "contested framing: blame", … */
  reasons: string[];
}

export interface ExtractedEntity {
  key: string;
  name: string;
  kind: EntityKind;
  /** Role as written at introduction: "Kremlin spokesman". */
  title: string | null;
  aliases: string[];
}

export interface ExtractedStatement {
  kind: "STATEMENT" | "QUOTE";
  /** The claim: the quotation's words, or the reported speech. */
  text: string;
  speakerKey: string | null;
  /** The speaker's role as written in this article. */
  speakerRole: string | null;
  /** Verbatim slice of the input: text.slice(start, end) === excerpt. */
  excerpt: string;
  start: number;
  end: number;
  hedged: boolean;
  checkworthiness: Checkworthiness;
}

export interface ExtractedFigure {
  metric: "KILLED" | "INJURED" | "MISSING" | "DISPLACED" | "DETAINED" | "OTHER";
  subject: string;
  qualifier: "EXACT" | "AT_LEAST" | "MORE_THAN" | "UP_TO" | "APPROXIMATELY" | "RANGE" | "VAGUE";
  low: number | null;
  high: number | null;
  /** Verbatim: "At least 1,300 people". */
  statedText: string;
  excerpt: string;
  start: number;
  end: number;
  place: string | null;
  placePrecision: PlacePrecision | null;
  periodText: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  periodPrecision: DatePrecision | null;
  attributedToKey: string | null;
  checkworthiness: Checkworthiness;
}

export interface ExtractedMedia {
  kind: "VIDEO" | "IMAGE" | "AUDIO";
  description: string;
  /** Verbatim hedge: "allegedly depict". */
  hedge: string | null;
  graphic: boolean;
  excerpt: string;
  start: number;
  end: number;
  checkworthiness: Checkworthiness;
}

export interface ExtractionResult {
  entities: ExtractedEntity[];
  statements: ExtractedStatement[];
  figures: ExtractedFigure[];
  media: ExtractedMedia[];
}

function validDate(value: unknown): Date | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
}

/** The mention nearest after `at` in the sentence, else the nearest before it. */
function nearest<T extends { start: number }>(mentions: T[], at: number): T | null {
  const after = mentions.find((m) => m.start >= at);
  if (after) return after;
  const before = mentions.filter((m) => m.start < at);
  return before[before.length - 1] ?? null;
}

function excerptOf(text: string, sentence: Sentence) {
  return { excerpt: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
}

interface SentenceContext {
  places: PlaceMention[];
  periods: PeriodMention[];
  statements: StatementDraft[];
}

function figureFrom(
  draft: FigureDraft,
  owner: FigureDraft,
  sentence: Sentence,
  text: string,
  ctx: SentenceContext,
): ExtractedFigure {
  const place = nearest(ctx.places, owner.statedEnd);
  const period = nearest(ctx.periods, owner.statedEnd);
  const said = ctx.statements.find((s) => s.contentStart <= draft.statedStart && draft.statedEnd <= s.contentEnd);
  const sentenceText = sentence.text;
  const signals: Signal[] = [
    ["figure", 0.45],
    attributionSignal(said?.speaker ?? null),
    ...wordingSignals(sentenceText),
  ];
  if (draft.metric === "KILLED") signals.push(["casualty count", 0.1]);
  if (draft.qualifier === "VAGUE") signals.push(["vague figure", 0.05]);
  return {
    metric: draft.metric,
    subject: draft.subject,
    qualifier: draft.qualifier,
    low: draft.low,
    high: draft.high,
    statedText: draft.statedText,
    ...excerptOf(text, sentence),
    place: place?.place ?? null,
    placePrecision: place?.precision ?? null,
    periodText: period?.text ?? null,
    periodStart: period?.periodStart ?? null,
    periodEnd: period?.periodEnd ?? null,
    periodPrecision: period?.precision ?? null,
    attributedToKey: said?.speaker.key ?? null,
    checkworthiness: score(signals),
  };
}

/**
 * Reads a news article: who said what (quotations and reported speech, with speakers resolved across the article),
 * the casualty-style figures it reports, and the videos and images it describes. Pure and deterministic: no I/O.
 */
export function extractArticle(input: ArticleInput): ExtractionResult {
  const text = typeof input?.text === "string" ? input.text : "";
  const publishedAt = validDate(input?.publishedAt);
  const quotes = findQuotes(text);
  const sentences = splitSentences(text, quotes);
  const registry = new EntityRegistry();
  const drafts = extractStatements(sentences, text, registry);
  const bySentence = new Map<number, StatementDraft[]>();
  for (const d of drafts) bySentence.set(d.sentence.index, [...(bySentence.get(d.sentence.index) ?? []), d]);
  const countries = countryMentions(text);

  const figures: ExtractedFigure[] = [];
  const stated = new Map<number, FigureDraft[]>();
  for (const sentence of sentences) {
    const found = findFigures(sentence, text);
    if (found.length === 0) continue;
    const places = findPlaces(sentence);
    if (places.length === 0) {
      const country = countryReferredTo(sentence, countries);
      if (country) places.push(country);
    }
    const ctx: SentenceContext = { places, periods: findPeriods(sentence, publishedAt), statements: bySentence.get(sentence.index) ?? [] };
    const extracted = found.map((d) => figureFrom(d, d.partOf === null ? d : (found[d.partOf] ?? d), sentence, text, ctx));
    stated.set(sentence.index, found);
    figures.push(...extracted);
  }

  const statements = drafts.map((d): ExtractedStatement => {
    const statesFigure = (stated.get(d.sentence.index) ?? []).some(
      (f) => d.contentStart <= f.statedStart && f.statedEnd <= d.contentEnd,
    );
    const context = d.kind === "QUOTE" ? d.text : d.sentence.text;
    const signals: Signal[] = [
      d.kind === "QUOTE" ? ["quote", 0.1] : ["reported speech", 0.15],
      attributionSignal(d.speaker),
      ...wordingSignals(context),
    ];
    if (statesFigure) signals.push(["figure", 0.35]);
    return {
      kind: d.kind,
      text: d.text,
      speakerKey: d.speaker.key,
      speakerRole: d.speaker.role,
      ...excerptOf(text, d.sentence),
      hedged: hasHedge(d.text) || /^(?:claimed|alleged|claims|alleges)$/.test(d.verb),
      checkworthiness: score(signals),
    };
  });

  const media = sentences.flatMap((sentence) =>
    findMedia(sentence).map((m): ExtractedMedia => {
      const signals: Signal[] = [["media", 0.35], ...wordingSignals(sentence.text)];
      if (m.hedge) signals.push([`hedge: ${m.hedge.toLowerCase()}`, 0.2]);
      if (m.graphic) signals.push(["graphic", 0.15]);
      return { kind: m.kind, description: m.description, hedge: m.hedge, graphic: m.graphic, ...excerptOf(text, sentence), checkworthiness: score(signals) };
    }),
  );

  return { entities: registry.entities(), statements, figures, media };
}
