import type { Checkworthiness } from "./types.js";

/** A reason an item deserves checking, and how much it adds. */
export type Signal = [reason: string, weight: number];

/**
 * How much each kind of reason adds. A number that can be checked weighs most; contested framing next; then hedges,
 * superlatives and who is speaking. Tune here: tests only compare scores, they do not pin them.
 */
export const WEIGHTS = {
  figure: 0.45,
  figureInStatement: 0.35,
  casualtyCount: 0.1,
  vagueFigure: 0.05,
  reportedSpeech: 0.15,
  quote: 0.1,
  media: 0.35,
  mediaHedge: 0.2,
  graphic: 0.15,
  hedge: 0.15,
  blame: 0.3,
  loadedTerm: 0.15,
  superlative: 0.2,
  official: 0.2,
  named: 0.1,
  unnamedSource: 0.1,
  unattributed: 0.15,
} as const;

/**
 * Combines signals as independent chances that an item needs checking: score = 1 − Π(1 − weight). The score stays
 * in 0..1, every signal raises it, and no single kind of signal saturates it. Repeated reasons count once.
 */
export function score(signals: Signal[]): Checkworthiness {
  const seen = new Map<string, number>();
  for (const [reason, weight] of signals) seen.set(reason, Math.max(weight, seen.get(reason) ?? 0));
  let miss = 1;
  for (const weight of seen.values()) miss *= 1 - Math.min(Math.max(weight, 0), 1);
  return { score: Math.round((1 - miss) * 100) / 100, reasons: [...seen.keys()] };
}

const HEDGE_WORDS =
  "allegedly|reportedly|purportedly|apparently|supposedly|unverified|unconfirmed|claimed|believed to|said to be|feared|may have|might have|appears? to|appeared to|reports of|rumou?red|" +
  // A projection: "the toll could rise to 50", "is expected to reach 1,000".
  "(?:could|may|might|is expected to|are expected to) (?:rise|reach|climb|go|double|exceed|top|increase)";
/** For matchAll only (it copies the regex); `hasHedge` has its own non-global one so no lastIndex is ever shared. */
const HEDGES = new RegExp(`\\b(${HEDGE_WORDS})\\b`, "gi");
const HEDGE = new RegExp(`\\b(?:${HEDGE_WORDS})\\b`, "i");
const BLAME =
  /\battribut(?:ed|es|ing)\b[^.]{0,160}?\bto\b|\bblam(?:ed|es|ing)\b|\bcondemn(?:ed|s|ing)?\b[^.]{0,200}?\bfor\b|\baccus(?:ed|es|ing)\b|\bheld responsible\b|\bresponsible for\b|\bat the hands of\b/i;
const LOADED =
  /\b(massacr\w*|genocid\w*|ethnic cleansing|war crimes?|terroris\w*|atrocit\w*|slaughter\w*|extermination|apostates?|jihadis?t?s?)\b/gi;
const SUPERLATIVES =
  /\b(deadliest|worst|largest|biggest|highest|bloodiest|unprecedented|record(?:[- ](?:high|number|toll))|most (?:deadly|violent|serious|severe|brutal)|ever)\b/gi;

/** Wording that makes a claim contested or uncertain: hedges, blame, loaded terms, superlatives. */
export function wordingSignals(text: string): Signal[] {
  const out: Signal[] = [];
  for (const m of text.matchAll(HEDGES)) out.push([`hedge: ${m[1]?.toLowerCase()}`, WEIGHTS.hedge]);
  if (BLAME.test(text)) out.push(["contested framing: blame", WEIGHTS.blame]);
  for (const m of text.matchAll(LOADED)) out.push([`loaded term: ${m[1]?.toLowerCase()}`, WEIGHTS.loadedTerm]);
  for (const m of text.matchAll(SUPERLATIVES)) out.push([`superlative: ${m[1]?.toLowerCase()}`, WEIGHTS.superlative]);
  return out;
}

export function hasHedge(text: string): boolean {
  return HEDGE.test(text);
}

const OFFICIAL_ROLE =
  /\b(?:minister|ministry|spokes\w*|ambassador|president|secretary|official|government|governor|mayor|chief|commander|army|military|police|envoy|leader|head|director|kremlin|authorit\w*)\b/i;

/** How the source of a claim weighs: officials are checked first, anonymous sources flagged. */
export function attributionSignal(speaker: { key: string | null; role: string | null; kind: string | null } | null): Signal {
  if (!speaker || (speaker.key === null && speaker.role === null)) return ["unattributed", WEIGHTS.unattributed];
  const official = speaker.kind === "GOVERNMENT" || speaker.kind === "ORGANISATION" || OFFICIAL_ROLE.test(speaker.role ?? "");
  if (official) return ["attribution: official", WEIGHTS.official];
  if (speaker.key === null) return ["attribution: unnamed source", WEIGHTS.unnamedSource];
  return ["attribution", WEIGHTS.named];
}

const STATES_A_NUMBER = /\b\d[\d,.]*\b|\b(?:dozens|hundreds|thousands|millions)\b/i;
const CASUALTY_WORDS = /\b(?:killed|dead|deaths?|died|injured|wounded|casualties|displaced|missing)\b/i;
const KIND_SIGNALS: Record<string, Signal> = {
  FIGURE: ["figure", WEIGHTS.figure],
  QUOTE: ["quote", WEIGHTS.quote],
  STATEMENT: ["reported speech", WEIGHTS.reportedSpeech],
  MEDIA: ["media", WEIGHTS.media],
};

/**
 * The score of a claim written by hand (or by a partner): the same signals the extractor weighs, read from the
 * claim's own fields — its wording, kind, a number it states, and who said it.
 */
export function scoreClaim(claim: {
  text: string;
  kind: string;
  claimant: { name: string; kind: string } | null;
  claimantRole: string | null;
}): Checkworthiness {
  const signals = wordingSignals(claim.text);
  const kind = KIND_SIGNALS[claim.kind];
  if (kind) signals.push(kind);
  if (claim.kind !== "FIGURE" && STATES_A_NUMBER.test(claim.text)) signals.push(["figure", WEIGHTS.figureInStatement]);
  if (STATES_A_NUMBER.test(claim.text) && CASUALTY_WORDS.test(claim.text)) signals.push(["casualty count", WEIGHTS.casualtyCount]);
  if (hasHedge(claim.text) && claim.kind === "MEDIA") signals.push(["media: hedged", WEIGHTS.mediaHedge]);
  const speaker =
    claim.claimant || claim.claimantRole
      ? { key: claim.claimant?.name ?? null, role: claim.claimantRole, kind: claim.claimant?.kind ?? null }
      : null;
  signals.push(attributionSignal(speaker));
  return score(signals);
}
