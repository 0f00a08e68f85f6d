import type { PlacePrecision } from "./index.js";
import { PLACE_NAMES, isCountry, placePrecision } from "./gazetteer.js";
import type { Sentence } from "./sentences.js";

export interface PlaceMention {
  /** Absolute offsets of the whole phrase ("in the cities of Latakia and Tartus"). */
  start: number;
  end: number;
  place: string;
  precision: PlacePrecision | null;
}

const NAME_WORD = "(?:\\p{Lu}[\\p{L}’'-]*|(?:al|el|ez|ad|as|ash|az)-\\p{Lu}[\\p{L}’'-]*)";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`;
const NAMES = `${NAME}(?:,\\s+${NAME})*(?:,?\\s+and\\s+${NAME})?`;
const PREPOSITION = "(?:in|across|near|around|at|from|inside|throughout|outside)";

const NOUN_PRECISION: Record<string, PlacePrecision | null> = {
  city: "CITY", cities: "CITY", town: "CITY", towns: "CITY", village: "CITY", villages: "CITY", capital: "CITY",
  "port city": "CITY", "coastal city": "CITY", province: "REGION", provinces: "REGION", governorate: "REGION",
  governorates: "REGION", region: "REGION", regions: "REGION", state: "REGION", countryside: "REGION",
  district: "DISTRICT", districts: "DISTRICT", neighbourhood: "NEIGHBOURHOOD", neighbourhoods: "NEIGHBOURHOOD",
  neighborhood: "NEIGHBOURHOOD", neighborhoods: "NEIGHBOURHOOD", camp: "NEIGHBOURHOOD", camps: "NEIGHBOURHOOD",
  "refugee camp": "NEIGHBOURHOOD", area: null, areas: null,
  street: "STREET", road: "STREET", avenue: "STREET", boulevard: "STREET", square: "STREET",
};
const NOUNS = Object.keys(NOUN_PRECISION)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** Also "Street", "Refugee Camp": capitalised as part of a name. */
const ANY_CASE_NOUNS = Object.keys(NOUN_PRECISION)
  .sort((a, b) => b.length - a.length)
  .flatMap((n) => [n, n.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())])
  .join("|");

// "in the cities of Latakia and Tartus" → Latakia and Tartus
const OF_FORM = new RegExp(`\\b${PREPOSITION}\\s+the\\s+(?:[\\p{Ll}-]+\\s+)?(${NOUNS})\\s+of\\s+(${NAMES})`, "gu");
// "in the Jabalia refugee camp", "on Khreshchatyk Street"
const NAMED_FORM = new RegExp(`\\b(?:${PREPOSITION}|on)\\s+(?:the\\s+)?(${NAME}\\s+(?:${ANY_CASE_NOUNS}))(?![\\p{L}])`, "gu");
// "in northern Gaza", "in Latakia and Tartus", "across Sudan"
const DIRECTION = "(?:northern|southern|eastern|western|central|north-western|north-eastern|south-western|south-eastern|coastal|rural)";
const KNOWN_FORM = new RegExp(
  `\\b${PREPOSITION}\\s+(?:the\\s+)?((?:${DIRECTION}\\s+)?(${PLACE_NAMES})(?:\\s+and\\s+(?:${PLACE_NAMES}))?)(?![\\p{L}])`,
  "gu",
);

/** Places named in a sentence, in order, longest reading first where two overlap. */
export function findPlaces(sentence: Sentence): PlaceMention[] {
  const s = sentence.text;
  const found: PlaceMention[] = [];
  const add = (index: number, length: number, place: string, precision: PlacePrecision | null) =>
    found.push({ start: sentence.start + index, end: sentence.start + index + length, place, precision });
  for (const m of s.matchAll(OF_FORM)) {
    add(m.index, m[0].length, m[2] ?? "", NOUN_PRECISION[(m[1] ?? "").toLowerCase()] ?? null);
  }
  for (const m of s.matchAll(NAMED_FORM)) {
    const place = m[1] ?? "";
    const noun = place.match(new RegExp(`(${NOUNS})$`, "iu"))?.[1]?.toLowerCase() ?? "";
    if (!/^\p{Lu}/u.test(place)) continue;
    add(m.index, m[0].length, place, NOUN_PRECISION[noun] ?? null);
  }
  for (const m of s.matchAll(KNOWN_FORM)) {
    const place = m[1] ?? "";
    const first = m[2] ?? "";
    const directional = place !== first && !place.startsWith(first);
    add(m.index, m[0].length, place, directional ? "REGION" : placePrecision(first));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((p, i) => !found.slice(0, i).some((q) => q.start <= p.start && p.end <= q.end));
}

const COUNTRY_WORD = new RegExp(`(?<![\\p{L}])(${PLACE_NAMES})(?![\\p{L}])`, "gu");

/** Every mention of a listed country in the text, for "the war-torn country" back-references. */
export function countryMentions(text: string): Array<{ at: number; name: string }> {
  const out: Array<{ at: number; name: string }> = [];
  for (const m of text.matchAll(COUNTRY_WORD)) {
    const name = m[1] ?? "";
    if (isCountry(name)) out.push({ at: m.index, name });
  }
  return out;
}

/** "The war-torn country has seen …": the country last named before `at`. */
export function countryReferredTo(sentence: Sentence, mentions: Array<{ at: number; name: string }>): PlaceMention | null {
  const ref = /\bthe\s+(?:[\p{L}-]+\s+)?country\b/iu.exec(sentence.text);
  if (!ref) return null;
  let last: { at: number; name: string } | undefined;
  for (const m of mentions) if (m.at < sentence.start) last = m;
  if (!last) return null;
  const start = sentence.start + ref.index;
  return { start, end: start + ref[0].length, place: last.name, precision: "COUNTRY" };
}
