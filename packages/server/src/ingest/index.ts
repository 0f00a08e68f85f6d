/**
 * The article extractor: text in, structured reading out. Pure functions, no I/O, deterministic.
 *
 * Pipeline: sentences.ts (quotations, sentence split) → attribution.ts + speakers.ts + entities.ts (who said what,
 * speakers resolved in reading order) → figures.ts + numbers.ts (casualty-style counts) with places.ts and
 * periods.ts (where and when, resolved against publishedAt) → media.ts (described videos and images) →
 * checkworthiness.ts (a score and its reasons for every item). Word lists live next to the rule that uses them;
 * gazetteer.ts holds the shared places and organisations.
 */
import { DENIAL_VERB, type StatementDraft, TOLL_SETTING_VERBS, extractStatements } from "./attribution.js";
import { type Signal, WEIGHTS, attributionSignal, hasHedge, score, wordingSignals } from "./checkworthiness.js";
import { EntityRegistry } from "./entities.js";
import { type FigureDraft, findFigures } from "./figures.js";
import { findMedia } from "./media.js";
import { type PeriodMention, findPeriods } from "./periods.js";
import { type PlaceMention, countryMentions, countryReferredTo, findPlaces } from "./places.js";
import { type Sentence, findQuotes, splitSentences } from "./sentences.js";
import { figureScope } from "./scope.js";
import { DATELINE, claimWording } from "./tokens.js";
import { placePrecision } from "./gazetteer.js";
import { readableText } from "./markup.js";
import type { ArticleInput, ExtractedFigure, ExtractedMedia, ExtractedStatement, ExtractionResult } from "./types.js";

function validDate(value: unknown): Date | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
}

/**
 * The mention that qualifies a figure ending at `at`: the nearest one after it ("… killed in Gaza since Oct. 7"),
 * else the first in the sentence, which usually sets the scene ("In El Fasher, the last city in Darfur …, dozens").
 */
function qualifying<T extends { start: number; end: number }>(mentions: T[], at: number, within: [number, number]): T | null {
  const inside = mentions.filter((m) => within[0] <= m.start && m.end <= within[1]);
  return inside.find((m) => m.start >= at) ?? inside[0] ?? null;
}

function excerptOf(text: string, sentence: Sentence) {
  return { excerpt: text.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end };
}

interface SentenceContext {
  places: PlaceMention[];
  periods: PeriodMention[];
  statements: StatementDraft[];
}

/** Verbs that report what they introduce; any other verb ("declared", "appealed", "urged") names an act. */
const REPORTING_VERB = new RegExp(
  "^(?:said|says|say|stated|states|told|tells|tell|added|adds|noted|notes|wrote|writes|tweeted|posted|reported|reports|report|" +
    "announced|announces|announce|confirmed|confirms|confirm|estimated|estimates|estimate|recorded|records|counted|documented|" +
    `documents|claimed|claims|alleged|alleges|according to|showed|saying|continued|revealed|reveals|disclosed|discloses|${TOLL_SETTING_VERBS})$`,
);

/**
 * Whether the statement's source is the one who gives the figure. "Sri Lanka declared an emergency as the toll rose to
 * 132": an act, and the figure in a clause of time or cause that only sets the scene, is nobody's report. What is
 * quoted is the speaker's own words, whatever the verb.
 */
function reportsFigure(said: StatementDraft, draft: FigureDraft, text: string): boolean {
  if (said.kind === "QUOTE" || REPORTING_VERB.test(said.verb)) return true;
  // "The army denied that 40 civilians were killed": whoever denies a figure does not report it.
  if (DENIAL_VERB.test(said.verb)) return false;
  if (said.sentence.quotes.some((q) => q.start <= draft.statedStart && draft.statedEnd <= q.end)) return true;
  return !/(?:^|[\s,])(?:as|after|when|while|because)\s/i.test(text.slice(said.contentStart, draft.statedStart));
}

function figureFrom(
  draft: FigureDraft,
  owner: FigureDraft,
  sentence: Sentence,
  text: string,
  ctx: SentenceContext,
  statementIndex: (draft: StatementDraft) => number,
): ExtractedFigure {
  // ("officials estimated that 1.2 million people had fled": the qualifier "estimated that" stands before what was said.)
  const opensBefore = (s: StatementDraft) =>
    s.contentStart <= draft.statedStart || /^(?:it\s+is\s+)?estimated\s+that\s+$/i.test(text.slice(draft.statedStart, s.contentStart));
  const said = ctx.statements.find((s) => opensBefore(s) && draft.statedEnd <= s.contentEnd && reportsFigure(s, draft, text));
  // When the figure is reported speech, "said on Tuesday" dates the statement, not the deaths: look inside the content.
  const within: [number, number] = said ? [said.contentStart, said.contentEnd] : [sentence.start, sentence.end];
  const place = qualifying(ctx.places, owner.statedEnd, within);
  const period = qualifying(ctx.periods, owner.statedEnd, within);
  const signals: Signal[] = [["figure", WEIGHTS.figure], attributionSignal(said?.speaker ?? null), ...wordingSignals(sentence.text)];
  if (draft.metric === "KILLED") signals.push(["casualty count", WEIGHTS.casualtyCount]);
  if (draft.qualifier === "VAGUE") signals.push(["vague figure", WEIGHTS.vagueFigure]);
  return {
    metric: draft.metric,
    outcomeRecognised: draft.outcomeRecognised,
    subject: draft.subject,
    qualifier: draft.qualifier,
    low: draft.low,
    high: draft.high,
    statedText: draft.statedText,
    claimText: claimWording(sentence.text),
    statementIndex: said ? statementIndex(said) : null,
    ...excerptOf(text, sentence),
    place: place?.place ?? null,
    placePrecision: place?.precision ?? null,
    periodText: period?.text ?? null,
    periodStart: period?.periodStart ?? null,
    periodEnd: period?.periodEnd ?? null,
    periodPrecision: period?.precision ?? null,
    scope: figureScope(text.slice(within[0], within[1]), period),
    attributedToKey: said?.speaker.key ?? null,
    checkworthiness: score(signals),
  };
}

/**
 * Reads a news article: who said what (quotations and reported speech, with speakers resolved across the article),
 * the casualty-style figures it reports, and the videos and images it describes. Pure and deterministic: no I/O.
 */
export function extractArticle(input: ArticleInput): ExtractionResult {
  // Offsets and excerpts refer to the text as pasted, with any markup and code in it blanked out (markup.ts).
  const text = readableText(typeof input?.text === "string" ? input.text : "");
  const publishedAt = validDate(input?.publishedAt);
  const quotes = findQuotes(text);
  const sentences = splitSentences(text, quotes);
  const registry = new EntityRegistry();
  const drafts = extractStatements(sentences, text, registry);
  const bySentence = new Map<number, StatementDraft[]>();
  for (const d of drafts) {
    const list = bySentence.get(d.sentence.index);
    if (list) list.push(d);
    else bySentence.set(d.sentence.index, [d]);
  }
  const countries = countryMentions(text);

  const figures: ExtractedFigure[] = [];
  const stated = new Map<number, FigureDraft[]>();
  let told: FigureDraft["metric"] | null = null;
  for (const sentence of sentences) {
    const found = findFigures(sentence, text, told);
    // ("… 290,000 Rohingya arrived. [No count here.] On Thursday the UN had put the number at 164,000.")
    told = found.at(-1)?.metric ?? told;
    if (found.length === 0) continue;
    const places = findPlaces(sentence);
    if (places.length === 0) {
      const country = countryReferredTo(sentence, countries);
      if (country) places.push(country);
    }
    const ctx: SentenceContext = {
      places,
      periods: findPeriods(sentence, publishedAt),
      statements: bySentence.get(sentence.index) ?? [],
    };
    // A nested figure ("including over 800 civilians") shares the place and period of the one it is part of.
    figures.push(
      ...found.map((d) => figureFrom(d, d.partOf === null ? d : (found[d.partOf] ?? d), sentence, text, ctx, (s) => drafts.indexOf(s))),
    );
    stated.set(sentence.index, found);
  }

  const statements = drafts.map((d): ExtractedStatement => {
    const statesFigure = (stated.get(d.sentence.index) ?? []).some((f) => d.contentStart <= f.statedStart && f.statedEnd <= d.contentEnd);
    const signals: Signal[] = [
      d.kind === "QUOTE" ? ["quote", WEIGHTS.quote] : ["reported speech", WEIGHTS.reportedSpeech],
      attributionSignal(d.speaker),
      ...wordingSignals(d.kind === "QUOTE" ? d.text : `${d.verb} ${d.text}`),
    ];
    if (statesFigure) signals.push(["figure", WEIGHTS.figureInStatement]);
    return {
      kind: d.kind,
      text: d.text,
      claimText: d.kind === "QUOTE" ? d.text : claimWording(d.text),
      speakerKey: d.speaker.key,
      speakerRole: d.speaker.role,
      ...excerptOf(text, d.sentence),
      hedged: hasHedge(d.text) || /^(?:claimed|alleged|claims|alleges)$/.test(d.verb),
      checkworthiness: score(signals),
    };
  });

  const media = sentences.flatMap((sentence) =>
    findMedia(sentence).map((m): ExtractedMedia => {
      const hedge = m.hedge?.toLowerCase() ?? null;
      // "hedge: allegedly depict" already says what "hedge: allegedly" would.
      const wording = wordingSignals(sentence.text).filter(
        ([reason]) => !(hedge && reason.startsWith("hedge: ") && hedge.includes(reason.slice("hedge: ".length))),
      );
      const signals: Signal[] = [["media", WEIGHTS.media], ...wording];
      if (hedge) signals.push([`hedge: ${hedge}`, WEIGHTS.mediaHedge]);
      if (m.graphic) signals.push(["graphic", WEIGHTS.graphic]);
      return {
        kind: m.kind,
        description: m.description,
        hedge: m.hedge,
        graphic: m.graphic,
        claimText: claimWording(sentence.text),
        ...excerptOf(text, sentence),
        checkworthiness: score(signals),
      };
    }),
  );

  // Someone kept in view only for a later "he said" is no speaker or source until they say something.
  const cited = new Set([...statements.map((s) => s.speakerKey), ...figures.map((f) => f.attributedToKey)]);
  return {
    entities: registry.entities().filter((e) => cited.has(e.key)),
    statements,
    figures,
    media,
    datelineRegion: datelineRegion(text),
  };
}

/** See ExtractionResult.datelineRegion. */
function datelineRegion(text: string): string | null {
  const dateline = DATELINE.exec(text.trimStart())?.[0];
  const region = dateline?.match(/^[^,]+,\s*([^,(—–:]+?)\s*(?:\(|[—–:]|--|\s-\s|$)/)?.[1];
  return region && placePrecision(region) ? region : null;
}
