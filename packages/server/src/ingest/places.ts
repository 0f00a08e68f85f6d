import type { PlacePrecision } from "./types.js";
import { isCountry, placePrecision } from "./gazetteer.js";
import type { Sentence } from "./sentences.js";

export interface PlaceMention {
  /** Absolute offsets of the whole phrase ("in the cities of Latakia and Tartus"). */
  start: number;
  end: number;
  place: string;
  precision: PlacePrecision | null;
}

/**
 * Latin letters only, and no u flag: Unicode property classes repeated through these nested patterns made the
 * first match cost ~180 ms of regex compilation. Place names in English-language reporting are Latin script.
 */
const UPPER = "[A-Z\\u00C0-\\u00DE]";
const LETTER = "[A-Za-z\\u00C0-\\u024F]";
const NAME_WORD = `(?:${UPPER}(?:${LETTER}|[’'-])*|(?:al|el|ez|ad|as|ash|az)-${UPPER}(?:${LETTER}|[’'-])*)`;
const STARTS_UPPER = new RegExp(`^${UPPER}`);
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}`;
const NAMES = `${NAME}(?:,\\s+${NAME})*(?:,?\\s+and\\s+${NAME})?`;
const PREPOSITION = "(?:[Ii]n|[Aa]cross|[Nn]ear|[Aa]round|[Aa]t|[Ff]rom|[Ii]nside|[Tt]hroughout|[Oo]utside)";

const NOUN_PRECISION: Record<string, PlacePrecision | null> = {
  city: "CITY",
  cities: "CITY",
  town: "CITY",
  towns: "CITY",
  village: "CITY",
  villages: "CITY",
  capital: "CITY",
  "port city": "CITY",
  "coastal city": "CITY",
  province: "REGION",
  provinces: "REGION",
  governorate: "REGION",
  governorates: "REGION",
  region: "REGION",
  regions: "REGION",
  state: "REGION",
  countryside: "REGION",
  district: "DISTRICT",
  districts: "DISTRICT",
  neighbourhood: "NEIGHBOURHOOD",
  neighbourhoods: "NEIGHBOURHOOD",
  neighborhood: "NEIGHBOURHOOD",
  neighborhoods: "NEIGHBOURHOOD",
  camp: "NEIGHBOURHOOD",
  camps: "NEIGHBOURHOOD",
  "refugee camp": "NEIGHBOURHOOD",
  area: null,
  areas: null,
  street: "STREET",
  road: "STREET",
  avenue: "STREET",
  boulevard: "STREET",
  square: "STREET",
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
const OF_FORM = new RegExp(`\\b${PREPOSITION}\\s+the\\s+(?:[a-z-]+\\s+)?(${NOUNS})\\s+of\\s+(${NAMES})`, "g");
// "in the Jabalia refugee camp", "on Khreshchatyk Street"
const NAMED_FORM = new RegExp(`\\b(?:${PREPOSITION}|on)\\s+(?:the\\s+)?(${NAME}\\s+(?:${ANY_CASE_NOUNS}))(?!${LETTER})`, "g");
// "in northern Gaza", "in Latakia and Tartus", "across Sudan": capitalised words, then looked up in the gazetteer.
const DIRECTION = "(?:northern|southern|eastern|western|central|north-western|north-eastern|south-western|south-eastern|coastal|rural)";
const KNOWN_FORM = new RegExp(`\\b${PREPOSITION}\\s+(?:the\\s+)?(?:(${DIRECTION})\\s+)?(${NAME})(?:\\s+and\\s+(${NAME}))?`, "g");
const CAPITALISED = new RegExp(NAME, "g");

/** The longest listed place at the start of `words` ("Gaza City" before "Gaza"), and how many words it takes. */
function knownPrefix(words: string): { name: string; length: number } | null {
  const ws = words.split(/\s+/);
  for (let n = Math.min(4, ws.length); n > 0; n--) {
    const name = ws.slice(0, n).join(" ");
    if (placePrecision(name)) return { name, length: n };
  }
  return null;
}

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
    if (!STARTS_UPPER.test(place)) continue;
    add(m.index, m[0].length, place, NOUN_PRECISION[noun] ?? null);
  }
  for (const m of s.matchAll(KNOWN_FORM)) {
    const first = knownPrefix(m[2] ?? "");
    if (!first) continue;
    const second = m[3] ? knownPrefix(m[3]) : null;
    const direction = m[1] ? `${m[1]} ` : "";
    const place = second && first.name === m[2] ? `${direction}${first.name} and ${second.name}` : `${direction}${first.name}`;
    const length = m[0].indexOf(m[2] ?? "") + (place.length - direction.length);
    add(m.index, length, place, direction ? "REGION" : placePrecision(first.name));
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((p, i) => !found.slice(0, i).some((q) => q.start <= p.start && p.end <= q.end));
}

/** Every mention of a listed country in the text, for "the war-torn country" back-references. */
export function countryMentions(text: string): Array<{ at: number; name: string }> {
  const out: Array<{ at: number; name: string }> = [];
  for (const m of text.matchAll(CAPITALISED)) {
    const words = m[0].split(/\s+/);
    let at = m.index;
    for (let i = 0; i < words.length; i++) {
      const found = knownPrefix(words.slice(i).join(" "));
      if (found && isCountry(found.name)) out.push({ at, name: found.name });
      at += (words[i]?.length ?? 0) + 1;
    }
  }
  return out;
}

/** "The war-torn country has seen …": the country last named before `at`. */
export function countryReferredTo(sentence: Sentence, mentions: Array<{ at: number; name: string }>): PlaceMention | null {
  const ref = /\bthe\s+(?:[a-z-]+\s+)?country\b/i.exec(sentence.text);
  if (!ref) return null;
  let last: { at: number; name: string } | undefined;
  for (const m of mentions) if (m.at < sentence.start) last = m;
  if (!last) return null;
  const start = sentence.start + ref.index;
  return { start, end: start + ref[0].length, place: last.name, precision: "COUNTRY" };
}
