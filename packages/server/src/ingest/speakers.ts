import type { EntityKind } from "./types.js";
import { NATIONALITIES, isCountry, knownOrganisation, placePrecision } from "./gazetteer.js";

/** Who a phrase in speaker position names, before it is resolved against the article's entities. */
export type SpeakerPhrase =
  | { type: "pronoun"; pronoun: string }
  | { type: "named"; name: string; kind: EntityKind; role: string | null; known: boolean; surface: string }
  /** "the ministry", "the spokesman": a back-reference by the head noun. */
  | { type: "definite"; head: string; surface: string }
  /** "a hospital official", "witnesses": a source without a name. */
  | { type: "unnamed"; role: string };

const PRONOUNS = new Set(["he", "she", "it", "they", "we", "i"]);

/** Head nouns of roles: what makes "Russia’s UN ambassador" a role. */
const ROLE_NOUNS = new Set(
  (
    "ambassador envoy spokesman spokeswoman spokesperson minister secretary president premier chancellor leader head " +
    "chief director official commander general governor mayor chairman chairwoman chair coordinator commissioner " +
    "representative negotiator adviser advisor aide deputy prosecutor judge king queen prince emir sheikh senator " +
    "lawmaker legislator mp officer colonel captain major lieutenant sergeant analyst researcher expert doctor surgeon " +
    "physician nurse medic paramedic rescuer witness resident journalist correspondent reporter activist founder " +
    "member monitor investigator editor historian professor economist pope bishop imam rabbi cleric survivor father " +
    "mother relative neighbour neighbor teacher worker volunteer manager owner farmer student guard eyewitness " +
    "elder councillor councilor lawyer pilot driver shopkeeper trader villager constable policeman inspector " +
    "administrator coroner priest pastor scientist seismologist meteorologist forecaster ranger diplomat ruler chieftain warden admiral brigadier superintendent marshal " +
    "commandant collector magistrate sheriff registrar attorney counsel solicitor ombudsman supervisor foreman engineer " +
    "technician epidemiologist virologist geologist volcanologist hydrologist climatologist statistician consultant " +
    "consul congressman congresswoman undersecretary treasurer campaigner organiser organizer delegate mediator " +
    "executive firefighter lifeguard diver fisherman crewman archbishop cardinal mufti mullah chaplain headman " +
    "protester protestor demonstrator passenger patient miner labourer laborer mechanic businessman tourist searcher sailor seaman"
  ).split(" "),
);

/** Nouns that make an unnamed source ("witnesses said", "the report said"). */
const SOURCE_NOUNS = new Set(
  (
    "official officials source sources witness witnesses resident residents doctor doctors medic medics rescuer " +
    "rescuers activist activists analyst analysts expert experts observer observers monitor monitors researcher " +
    "researchers journalist journalists correspondent survivor survivors relative relatives neighbour neighbours " +
    "volunteers workers paramedics nurses spokesman spokeswoman spokesperson officer officers report statement study " +
    "reports survey data figures tally count investigation estimates groups organisations organizations people man woman " +
    "diplomats diplomat lawmakers commanders soldiers police eyewitness eyewitnesses guards elders protesters " +
    "demonstrators villagers agencies accounts passengers passenger pilots militants insurgents kidnappers authorities troops forces"
  ).split(" "),
);

/** Institutions: "the health ministry", "Ukraine's emergency service", "the Syrian authorities". */
const GOVERNMENT_HEADS =
  "ministry|ministries|department|departments|government-in-exile|government|authorities|authority|administration|army|military|police|forces|" +
  "embassy|prosecutor’s office|prosecutor's office|presidency|cabinet|parliament|directorate|service|services|" +
  "civil defence|civil defense|interior ministry|defence ministry|defense ministry|foreign ministry|health ministry|" +
  "court|governorate|municipality|council|coast guard|coastguard|national guard|navy|air force|force|junta|regime|command|" +
  "troopers";
const ORGANISATION_HEADS =
  "agency|organisation|organization|office|commission|committee|committees|team|company|airline|carrier|investigative body|monitoring body|governing body|" +
  "rights body|observatory|mission|foundation|institute|union|" +
  "coalition|alliance|network|group|charity|movement|party|bureau|centre|center|association|federation|society|fund|" +
  "programme|program|watchdog|rebels|militia|survey|panel|syndicate|hospital|hospitals|clinic|morgue|university|task force|" +
  // "the Kenya Red Cross", "the Bangladesh Red Crescent Society": a national society.
  "red cross|red crescent|red cross society|red crescent society";
const MEDIA_HEADS = "media|media outlets|outlets|news agency|broadcaster|television|TV|newspaper|channel|radio|daily|press|news outlet";

/** "ministry|Ministry": heads match in either case, while the name after "of" must stay capitalised. */
const anyCase = (alternation: string) =>
  alternation
    .split("|")
    .flatMap((w) => [w, w.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase())])
    .join("|");
// Latin classes, no u flag: cheaper to compile, and institutions are named in English here.
const WORD = "[A-Za-z\\u00C0-\\u024F’'.-]";
const CAPITAL = "[A-Z\\u00C0-\\u00DE]";
const INSTITUTION = new RegExp(
  `^(?:[Tt]he\\s+)?(?:(?:${WORD}+\\s+){0,5}?)(${anyCase(`${MEDIA_HEADS}|${GOVERNMENT_HEADS}|${ORGANISATION_HEADS}`)})` +
    // "the Office for the Coordination of Humanitarian Affairs": "of" may join the capitalised words too.
    // "Authorities in Kano state": the kind of place may follow its name in lower case.
    // "Authorities in northwestern Pakistan": the region of the country may come first, in lower case.
    `(?:\\s+(?:of|for|in|on)\\s+(?:the\\s+)?(?:(?:[a-z]+-)?[a-z]+ern\\s+|central\\s+)?${CAPITAL}${WORD}*(?:\\s+(?:and\\s+|of\\s+(?:the\\s+)?)?${CAPITAL}${WORD}*){0,3}(?:\\s+(?:state|province|district|region|county|city|governorate))?)?$`,
);
/** The head of a definite phrase that describes a news outlet in common nouns ("the state news agency"). */
export const MEDIA_DESCRIPTION = "news outlet";
const MEDIA_RE = new RegExp(`\\b(?:${MEDIA_HEADS})$`, "iu");
const GOVERNMENT_RE = new RegExp(`\\b(?:${GOVERNMENT_HEADS})$`, "iu");

/** Capitalised words that start sentences or clauses but never a name. */
const NOT_NAMES = new Set(
  (
    "The A An This That These Those It He She They We I Officials Police Earlier Later Meanwhile But And However On In " +
    "At As After Before While When Since Many Some Most Several Numerous Local Western Eastern Monday Tuesday Wednesday " +
    "Thursday Friday Saturday Sunday January February March April May June July August September October November " +
    "December Witnesses Residents Doctors Rescuers Sources Activists Analysts Experts Reports Photos Videos Images " +
    "Footage Pictures Satellite Drone Video Photo Image Officials Survivors Relatives Families Critics Observers"
  ).split(" "),
);

/** Capitalised words that belong to a title, not a name: "US Secretary of State Marco Rubio". */
const TITLE_WORDS = new Set(
  (
    "Secretary State Minister President Prime Foreign Defence Defense Interior Health Finance Justice General " +
    "Secretary-General Director-General Spokesman Spokeswoman Ambassador Chancellor King Queen Prince Sheikh Senator " +
    "Sen Sen. Rep Rep. Gov Gov. Governor Mayor Judge Justice Chief Commander Colonel Col Col. Gen Gen. Lt Lt. Major Doctor " +
    "Maj Maj. Captain Capt Capt. Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Prof Prof. Pope Cardinal Bishop Director Deputy Vice " +
    "Speaker Leader Premier Envoy Representative Coordinator Commissioner High Special Chairman Chair Head Emir Crown " +
    "Sultan Ayatollah Imam Rabbi Officer Spokesperson Army Kremlin UN EU US UK Then-President Former Admiral Adm Adm. " +
    "Brigadier Brig Brig. Lieutenant Sergeant Sgt Sgt. Inspector Insp Insp. Superintendent Marshal"
  ).split(" "),
);

/** The head words of institutions, capitalised as inside a name ("Ministry", "Forces"): never part of a person's name. */
const INSTITUTION_WORDS = new Set(
  `${GOVERNMENT_HEADS}|${ORGANISATION_HEADS}`
    .split("|")
    .filter((w) => /^[a-z]+$/.test(w))
    .map((w) => w[0]?.toUpperCase() + w.slice(1)),
);

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}’'.-]*|(?:al|el|ad|as|ash|at|an|ar)-\p{Lu}[\p{L}\p{M}’'-]*)$/u;
const PARTICLE = /^(?:bin|ibn|abu|bint|de|da|di|du|van|von|der|den|la|le|dos|das|del|ben|al|el)$/;

/** Leading words that only set the scene: "But", "On Monday", "Earlier that day". */
const LEADING =
  /^(?:(?:which|who|where|when|but|and|yet|so|while|whereas|although|though|meanwhile|however|also|separately|still|(?:earlier|later)(?!\s+(?:reports?|estimates?|figures|tall(?:y|ies)|counts?|statements?)\b)|then|now|previously|instead|in turn|in response|in a statement|on \w+day(?: (?:morning|afternoon|evening|night))?|(?:late|early) (?:on )?\w+day(?: (?:morning|afternoon|evening|night))?|earlier that day|later that day|that day|on the same day|(?:(?:less|more) than\s+)?(?:an?|one|two|three|several|a few|\d+)\s+(?:minutes?|hours?|days?|weeks?)\s+(?:later|earlier))\s*,?\s+)+/i;

/** Inserted phrases between a subject and its verb: "The EU, on the other hand, attributed…". */
const ASIDES =
  /^(?:on the other hand|however|meanwhile|citing [^,]{1,60}|quoting [^,]{1,60}|for (?:its|his|her|their) part|in turn|in a statement|in a separate statement|in a post on [\w ]+|in an interview(?: with [\w ’'.-]+)?|speaking (?:to|at|in|on|from|after|during) [^,]{1,60}|reporting (?:from|in) [^,]{1,60}|too|also|separately|though|in response|by contrast|for example|for instance|at the time|at the same time|on (?:\w+day)(?: (?:morning|afternoon|evening|night))?)$/i;

/** The subject is in the last clause: "Airstrikes hit the port as rebels" → "rebels". */
function lastClause(text: string): string {
  // "The ferry sank with 1,400 on board; officials said": a semicolon begins a clause of its own.
  const parts = text.trim().split(/;\s+|\s+(?:as|while|when|after|because|but|since|although|though|whereas|where|before|until|so|if)\s+/);
  return (parts[parts.length - 1] ?? "").trim();
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== "");
}

/** The trailing run of name words ("Dmitry Peskov" in "Kremlin spokesman Dmitry Peskov"), as a word index. */
function nameStart(ws: string[]): number {
  let i = ws.length;
  let count = 0;
  while (i > 0 && count < 5) {
    const w = ws[i - 1] ?? "";
    // "head of the crisis centre of the Health Ministry Rustam Pakaya": an institution's head word ends the title.
    const isName = NAME_WORD.test(w) && !TITLE_WORDS.has(w) && !NOT_NAMES.has(w) && !/[’']s$/.test(w) && !INSTITUTION_WORDS.has(w);
    const isParticle = PARTICLE.test(w) && i < ws.length && i - 1 > 0;
    // "Thao A Tua": a one-letter middle name, though "A" opens sentences too.
    const before = ws[i - 2] ?? "";
    const initial = /^\p{Lu}\.?$/u.test(w) && i < ws.length && NAME_WORD.test(before) && !NOT_NAMES.has(before) && !TITLE_WORDS.has(before);
    if (!isName && !isParticle && !initial) break;
    i--;
    count++;
  }
  while (i < ws.length && PARTICLE.test(ws[i] ?? "")) i++; // a name does not start with "bin"
  return i;
}

function isRoleLike(text: string): boolean {
  // "co-ordinator" is spelt with a hyphen too.
  return words(text.toLowerCase().replace(/\bco-(?=\p{L})/gu, "co")).some(
    (w) => ROLE_NOUNS.has(w.replace(/[’']s$/, "")) || ROLE_NOUNS.has(w.replace(/s$/, "")),
  );
}

function stripArticle(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, "");
}

function institution(text: string): SpeakerPhrase | null {
  if (!INSTITUTION.test(text) || words(text).length > 9) return null;
  // "The militants have repeatedly refused government (demands …)": a clause, not a name.
  if (/\s(?:has|have|had|is|are|was|were|will|would)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\b/u.test(text)) return null;
  // "a doctor at the district hospital": someone placed at an institution is a person.
  if (/\s(?:at|from)\s/i.test(text) && isRoleLike(text.split(/\s(?:at|from)\s/i)[0] ?? "")) return null;
  // "the Cyclone Preparedness Centre (CPC) in Chittagong": a blanked bracket leaves a run of spaces.
  const name = stripArticle(text).replace(/\s{2,}/g, " ");
  const head = name.replace(/\s+(?:of|for|in|on)\s+.*$/i, "");
  const kind: EntityKind = MEDIA_RE.test(head) ? "MEDIA_OUTLET" : GOVERNMENT_RE.test(head) ? "GOVERNMENT" : "ORGANISATION";
  const bareHead = /^(?:[\p{L}-]+)$/u.test(name);
  if (bareHead && /^the\s/i.test(text)) return { type: "definite", head: name.toLowerCase(), surface: text };
  // "the state news agency", "the official television": a description of an outlet, which can only mean an outlet.
  if (MEDIA_RE.test(head) && /^[\p{Ll}\s-]+$/u.test(name)) return { type: "definite", head: MEDIA_DESCRIPTION, surface: text };
  // "the relief organization", "the rights group": a description in common nouns refers back to an organisation.
  const generic = /^(?:[\p{Ll}-]+\s+){1,2}(group|organization|organisation|agency|charity|monitor|watchdog)$/u.exec(name);
  if (generic && /^the\s/i.test(text)) return { type: "definite", head: generic[1] ?? "group", surface: text };
  // "A Syrian activist group says": an organisation described, not named.
  if (/^an?\s+(?:[\p{L}’'-]+\s+){1,3}(?:group|organization|organisation|agency|charity|monitor|watchdog|network)$/iu.test(text)) {
    return { type: "unnamed", role: text };
  }
  if (bareHead) return { type: "unnamed", role: text }; // "police", "rebels"
  return { type: "named", name, kind, role: null, known: false, surface: name };
}

const FIRM_KIND = /^(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+)?(?:airline|carrier|company|firm|operator|manufacturer|insurer|broadcaster)$/u;

/** Plural group names are sources without a name, not people: "Palestinians said", "Alawites say". */
const GROUP_NAME = new RegExp(`^(?:(?:${NATIONALITIES})s?|Israelis|\\p{Lu}\\p{L}+(?:ians|ites|ese))$`, "u");

/** Capitals that stand for their government when they speak: "Moscow said", "Khartoum says only 9,000 have died". */
const GOVERNMENT_SEATS = new Set(
  (
    "Moscow Washington Kyiv Beijing Tehran Damascus Ankara Cairo Khartoum Kabul Baghdad Islamabad Tokyo Seoul Pyongyang " +
    "London Paris Berlin Brussels Riyadh Sanaa Nairobi Kigali Kinshasa Abuja Manila Jakarta Bangkok Hanoi Naypyidaw Dhaka " +
    "Kathmandu Colombo Tbilisi Minsk Baku Yerevan Caracas Havana Bogota Brasilia Ottawa Canberra Amman Beirut Juba Asmara " +
    "Mogadishu"
  ).split(" "),
);

/**
 * "At least 150 people have been killed and officials": a new clause after "and" brings its own subject. ("an unnamed
 * official from the flood and storm committee": a participle that only describes is no verb.)
 */
const AND_CLAUSE =
  /^.*\b(?:has|have|had|is|are|was|were|been|said|says|died|fled|struck|hit|(?!(?:unnamed|unidentified|armed|masked|retired|elected|appointed|respected|qualified)\b)\p{Ll}{2,}ed)\b.*?\s(?:and|but)\s+(?=\S+(?:\s+\S+){0,3}$)/iu;

/** The subject part of a comma-free segment and where it starts in it: "But on Monday the EU" → "the EU". */
function core(segment: string): { text: string; offset: number } {
  // '…a decade," the World Health Organization reports': a closing quotation mark before the speaker is not theirs.
  // "Yaounde, Cameroon — Villagers say": a dateline or a lead-in ends at the dash, the subject follows it.
  // ("ADDIS ABABA, Oct. 2 (Xinhua) -- UN-OCHA said": typed as two hyphens.)
  const clause = lastClause(segment.replace(/^.*\s(?:[—–]+|--)\s+/u, ""))
    .replace(AND_CLAUSE, "")
    .replace(/^["”’]\s+/, "");
  // "WHO and UNICEF": the acronym is no relative pronoun.
  const text = (/^WHO\b/.test(clause.trim()) ? clause : clause.replace(LEADING, "")).trim();
  return { text, offset: segment.trimEnd().length - text.length };
}

/** One noun phrase without commas. */
function simplePhrase(raw: string): SpeakerPhrase | null {
  // "Residents reached by telephone", "witnesses contacted by VOA": how the source was reached is not who it is.
  // "A statement from the office of Prime Minister X": the statement is X's.
  const text = core(raw)
    .text.replace(/\s+(?:reached|contacted|interviewed|quoted|cited)\s+(?:by|on)\s+[\p{L}‘’“”'". -]{1,40}$/u, "")
    // "the Paris-based Reporters Without Borders", "the NATO-led International Security Assistance Force": where it sits
    // or who leads it is no part of its name.
    .replace(/^((?:[Tt]he\s+)?)\p{Lu}[\p{L}.]*-(?:based|led|backed)\s+(?=\p{Lu})/u, "$1")
    // "the opposition Syrian Observatory for Human Rights": which side it is on is no part of its name either.
    .replace(/^((?:[Tt]he\s+)?)(?:opposition|pro-government|independent|exiled|state-run|state-owned|government-run)\s+(?=\p{Lu})/u, "$1")
    .replace(
      /^(?:a|the)\s+(?:joint\s+|written\s+|new\s+|recent\s+)?(?:statement|report)\s+(?:from|by|of|(?:issued|released|published)\s+by)\s+(?:the\s+office\s+of\s+)?/i,
      "",
    )
    // "the AMISOM statement", "the Red Cross communiqué": the named author's.
    .replace(
      /^(?:(?:[Tt]he|[Aa]n?)\s+)?((?:\S+\s+){0,3}?(?!(?:The|A|An|This|That|Its|Their)\b)\p{Lu}\S*)\s+(?:[Ss]tatement|communiqu[eé]|press\s+release)$/u,
      "$1",
    );
  // ("the Libyan Red Crescent Society and the International Committee of the Red Cross": two long names.)
  if (text === "" || words(text).length > 14) return null;
  const lower = text.toLowerCase();
  if (PRONOUNS.has(lower)) return { type: "pronoun", pronoun: lower };
  // "No group has claimed responsibility", "Nobody said": a denial that anyone spoke names no one.
  if (/^(?:no|nobody|none|neither)\b/.test(lower)) return null;
  const pair = coordinated(text);
  if (pair) return pair;
  const staff = affiliated(text);
  if (staff) return staff;
  if (/["“”«»]/.test(text)) return null;
  const described = describedOrganisation(text);
  if (described) return described;
  const known = knownOrganisation(text);
  if (known) return { type: "named", name: known.name, kind: known.kind, role: null, known: true, surface: stripArticle(text) };
  // "The United States says …", "the Philippines": a country named with its article speaks for its government.
  const country = isCountry(text) ? text : /^[Tt]he\s/.test(text) && isCountry(stripArticle(text)) ? stripArticle(text) : null;
  if (country) {
    return { type: "named", name: country, kind: "GOVERNMENT", role: null, known: false, surface: country };
  }
  if (GOVERNMENT_SEATS.has(text)) return { type: "named", name: text, kind: "GOVERNMENT", role: null, known: false, surface: text };
  const inst = institution(text);
  if (inst) return inst;
  const ws = words(text);
  const start = nameStart(ws);
  if (start < ws.length) {
    const name = ws.slice(start).join(" ");
    const before = ws.slice(0, start).join(" ");
    if (placePrecision(name) !== null && before === "") return null;
    // "Passengers said", "Villagers say": a source noun that opens the sentence is capitalised, not named.
    if (GROUP_NAME.test(name) || (before === "" && ws.length === 1 && SOURCE_NOUNS.has(name.toLowerCase()))) {
      return before === "" ? { type: "unnamed", role: text } : null;
    }
    if (before === "") return { type: "named", name, kind: "PERSON", role: null, known: false, surface: name };
    // "Officials in the town of Paiporta", "a spokesman for Hamas": the name is a complement, not the speaker.
    // ("Relief officials in southern Africa": a region of the place may come first, in lower case.)
    if (
      /\b(?:of|in|for|from|at|on|with|near|by)(?:\s+(?:(?:north|south)-?(?:east|west)ern|northern|southern|eastern|western|central))?$/i.test(
        before,
      )
    )
      return unnamedOrNull(text, ws);
    // "the USGS", "the NDMA": an organisation known by its acronym.
    if (/^the$/i.test(before) && /^\p{Lu}{2,6}$/u.test(name)) {
      return { type: "named", name, kind: "ORGANISATION", role: null, known: false, surface: name };
    }
    // "airline Voepass", "the mining company Freeport": the kind of firm, then its name.
    if (FIRM_KIND.test(before)) {
      return { type: "named", name, kind: "ORGANISATION", role: stripArticle(before), known: false, surface: name };
    }
    // What precedes a name must read as a title ("Kremlin spokesman", "US Secretary of State").
    // "All of the passengers had Brazilian documents": a clause, not a title.
    const titled = !FINITE.test(before) && (isRoleLike(before) || words(before).some((w) => TITLE_WORDS.has(w)));
    if (!titled) return null;
    // "Mr. Nuri" is Nuri: a courtesy title is no role.
    const role = /^(?:Mr|Mrs|Ms|Miss)\.?$/.test(before) ? null : stripArticle(before).replace(/,$/, "");
    const org = knownOrganisation(name);
    if (org) return { type: "named", name: org.name, kind: org.kind, role, known: true, surface: name };
    return { type: "named", name, kind: "PERSON", role, known: false, surface: name };
  }
  // "a spokesman for the Kyrgyzstan's ministry of health's press-service": a role described by whom it serves.
  const serving =
    /^(?:(?:[Aa]|[Aa]n|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]everal)\s+)?(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}]+)\s+(?:for|of|at|from|with)\s+\S/u.exec(
      text,
    );
  if (serving && (ROLE_NOUNS.has(serving[1] ?? "") || SOURCE_NOUNS.has(serving[1] ?? "")) && ws.length <= 12)
    return { type: "unnamed", role: text };
  // "Police officials in Jawzjan province", "government officials at the scene": a source placed somewhere, also by a
  // participle ("a teacher working in a nearby school", "a senator representing the southern district").
  const placed =
    /^((?:[\p{L}’'.-]+\s+){0,3}?([\p{L}’'.-]+))\s+(?:(?:(?:working|living|based|stationed|serving|staying)\s+)?(?:in|at|from|near)|representing|serving|leading|heading|commanding)\s+\S/u.exec(
      text,
    );
  const placedHead = placed?.[2]?.toLowerCase() ?? "";
  // ("authorities in the village had recovered two bodies and": a clause, not where the source is.)
  if (placed && !FINITE.test(text) && (SOURCE_NOUNS.has(placedHead) || ROLE_NOUNS.has(placedHead.replace(/s$/, "")))) {
    return { type: "unnamed", role: text };
  }
  const head = (ws[ws.length - 1] ?? "").toLowerCase();
  const singular = head.replace(/s$/, "");
  if (SOURCE_NOUNS.has(head) || ROLE_NOUNS.has(head) || ROLE_NOUNS.has(singular)) {
    if (ws.length === 2 && /^the$/i.test(ws[0] ?? "")) return { type: "definite", head, surface: text };
    // "the police chief", "the district governor": a back-reference to whoever was introduced with that title.
    if (ws.length === 3 && /^the$/i.test(ws[0] ?? "") && /^\p{Ll}/u.test(ws[1] ?? "")) {
      return { type: "definite", head: ws.slice(1).join(" ").toLowerCase(), surface: text };
    }
    return { type: "unnamed", role: text };
  }
  return null;
}

/**
 * "a regional official and the Information Ministry": two sources, one unnamed and one named; the named one is the
 * speaker, and takes no role from the other. "the Ministry of Health and Social Welfare" is one name.
 */
function coordinated(text: string): SpeakerPhrase | null {
  const m = /^(.+?)\s+and\s+((?:the\s+)?\p{Lu}.*)$/u.exec(text);
  if (!m) return null;
  const [, first = "", second = ""] = m;
  // "WHO and UNICEF": two organisations reporting together; the first named stands for both.
  const both = knownOrganisation(first);
  if (both && knownOrganisation(second))
    return { type: "named", name: both.name, kind: both.kind, role: null, known: true, surface: stripArticle(first) };
  if (!(isRoleLike(first) || INSTITUTION.test(first))) return null;
  const known = knownOrganisation(second);
  if (known) return { type: "named", name: known.name, kind: known.kind, role: null, known: true, surface: stripArticle(second) };
  const inst = /^the\s/i.test(second) ? institution(second) : null;
  return inst?.type === "named" ? inst : null;
}

/** "Aid group Save the Children UK", "the rights group Amnesty International": a description in common nouns, then the name. */
const DESCRIBED_ORGANISATION =
  /^((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.]*(?:[’']s)?\s+)?(?:\p{L}[\p{Ll}-]*\s+){0,2}(?:group|organi[sz]ation|agency|charity|watchdog|monitor|body|network|broadcaster|newspaper|daily|channel|site|website))\s+((?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:of|for|and|the|in|on)\s+)*\p{Lu}[\p{L}’'.-]*){0,6})$/u;

function describedOrganisation(text: string): SpeakerPhrase | null {
  const m = DESCRIBED_ORGANISATION.exec(text);
  if (!m) return null;
  const [, description = "", name = ""] = m;
  // "the agency Monday": a day after the head is when, not who ("the network Local Co-ordination Committee" is a name).
  if (!name.includes(" ") && NOT_NAMES.has(name)) return null;
  const known = knownOrganisation(name);
  const role = stripArticle(description);
  if (known) return { type: "named", name: known.name, kind: known.kind, role, known: true, surface: stripArticle(name) };
  const kind: EntityKind = /(?:broadcaster|newspaper|daily|channel|site|website)$/.test(description) ? "MEDIA_OUTLET" : "ORGANISATION";
  return { type: "named", name: stripArticle(name), kind, role, known: false, surface: stripArticle(name) };
}

const MENTION_HEADS = "group|organi[sz]ation|agency|charity|watchdog";
const DESCRIBED_MENTION = new RegExp(
  `(?<![\\p{L}-])(?:the\\s+)?(?:\\p{L}[\\p{Ll}-]*\\s+){0,2}(?:${MENTION_HEADS})\\s+\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,4}`,
  "gu",
);
/** A cheap test first: the full pattern tries every position, and most sentences name no described organisation. */
const MENTION_HEAD_BEFORE_NAME = new RegExp(`(?:${MENTION_HEADS})\\s+[A-Z\\u00C0-\\u00DE]`);

/**
 * "Anthony Mwangi is Public Relations Manager of Kenya Red Cross.": a person introduced by their role, whom a following
 * "he" or "she" means. Null when the sentence does not open so.
 */
const INTRODUCED =
  /^(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,3})\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?([^.,;:"“”]{3,80}?)\s*(?:[.,;]|$)/u;

export function introducedPerson(text: string): SpeakerPhrase | null {
  const m = INTRODUCED.exec(text);
  if (!m || !isRoleLike(m[2] ?? "")) return null;
  const located = locateSpeaker(m[1] ?? "");
  const phrase = located?.phrase;
  if (located?.start !== 0 || phrase?.type !== "named" || phrase.kind !== "PERSON" || phrase.name !== m[1]) return null;
  return { ...phrase, role: m[2]?.trim() ?? null };
}

/**
 * "a vessel operated by the German aid group Resqship": organisations a sentence names with a description, whether or
 * not they speak in it, for a later "the group said".
 */
export function describedOrganisationsIn(text: string): SpeakerPhrase[] {
  const found: SpeakerPhrase[] = [];
  if (!MENTION_HEAD_BEFORE_NAME.test(text)) return found;
  for (const m of text.matchAll(DESCRIBED_MENTION)) {
    const phrase = describedOrganisation(m[0]);
    if (phrase) found.push(phrase);
  }
  return found;
}

/** "Dr. Sarah Lin of the World Health Organization": a named person, and the organisation as their role. */
function affiliated(text: string): SpeakerPhrase | null {
  // "Samir Ali of the city hospital": the institution may also be described in common nouns.
  const m = /^(.+?)\s+(?:of|from|at|with)\s+((?:the\s+)?\p{Lu}.*|the\s+\p{Ll}.*)$/u.exec(text);
  if (!m) return null;
  const [, who = "", where = ""] = m;
  const org = knownOrganisation(where) ?? (INSTITUTION.test(where) ? { name: stripArticle(where) } : null);
  if (!org) return null;
  const person = simplePhrase(who);
  if (person?.type !== "named" || person.kind !== "PERSON") return null;
  // "Dr." says less about who speaks than the organisation does.
  const titled = person.role && !/^(?:Dr|Prof)\.?$/.test(person.role);
  return { ...person, role: titled ? person.role : org.name };
}

function unnamedOrNull(text: string, ws: string[]): SpeakerPhrase | null {
  const head = ws.find((w) => SOURCE_NOUNS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase().replace(/s$/, "")));
  return head ? { type: "unnamed", role: text } : null;
}

/** Drops leading titles: "Col. Turki Saleh" → "Turki Saleh". */
function withoutTitles(segment: string): string {
  const ws = words(segment.trim());
  let i = 0;
  // "a witness, one Omar Abdul-Ghafar": "one" only introduces the name.
  while (i < ws.length - 1 && (TITLE_WORDS.has(ws[i] ?? "") || (i === 0 && ws[i] === "one"))) i++;
  return ws.slice(i).join(" ");
}

function isNameOnly(segment: string): boolean {
  const text = segment.trim();
  if (knownOrganisation(text)) return true;
  const ws = words(withoutTitles(text));
  return ws.length > 0 && ws.length <= 5 && nameStart(ws) === 0;
}

/**
 * Splits on commas outside quotations. `raw` is the text in front of a verb; the speaker is at its end.
 * Returns the parsed phrase and where in `raw` it starts (what comes before is scene-setting or, for
 * "12 people were killed, the ministry said", the reported content).
 */
export function locateSpeaker(text: string): { phrase: SpeakerPhrase; start: number } | null {
  // "the World Health Organization (WHO)": what is in brackets only repeats or explains the name. Blanked, not cut,
  // so offsets into the text stay as they are.
  // "the U.N. Office for the Coordination of Humanitarian Affairs, or OCHA,": the acronym after ", or" likewise, and
  // another name after ", also known as" ("Authorities in Myanmar, also known as Burma, say").
  const raw = (text.includes("(") ? text.replace(/\([^()]{1,60}\)/g, (m) => " ".repeat(m.length)) : text).replace(
    /,\s+(?:or\s+\p{Lu}[\p{Lu}.&-]{1,11}|(?:also\s+)?(?:known|called)\s+as\s+\p{Lu}[\p{L}.\s-]{1,40}),(?=\s*$)/u,
    (m) => " ".repeat(m.length),
  );
  const segments: Array<{ text: string; start: number }> = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === "“" || ch === "«") depth++;
    else if ((ch === "”" || ch === "»") && depth > 0) depth--;
    else if (ch === "," && depth === 0) {
      segments.push({ text: raw.slice(from, i), start: from });
      from = i + 1;
    }
  }
  segments.push({ text: raw.slice(from), start: from });
  // Drop asides between subject and verb ("…, on the other hand,") and a trailing empty segment.
  while (segments.length > 1) {
    const last = segments[segments.length - 1];
    if (!last) break;
    const t = last.text.trim();
    if (t === "" || ASIDES.test(t) || /^\d{1,3}$/.test(t))
      segments.pop(); // "Umm Ahmed, 34, said"
    else break;
  }
  const endsWithAppositive = /,\s*$/.test(raw);
  const last = segments[segments.length - 1];
  if (!last) return null;
  const prev = segments[segments.length - 2];
  // "Jameel Shah, a spokesman for Lady Reading Hospital, the main government hospital in the city, told Reuters": the
  // last aside describes the organisation the role before it names.
  const named = segments[segments.length - 3];
  if (named && prev && isNameOnly(named.text.trim()) && describesOrganisation(prev.text, last.text)) {
    return locateSpeaker(raw.slice(0, last.start));
  }
  if (prev && (endsWithAppositive || unclosedRoleFirst(prev.text, last.text))) {
    const pair = appositive(prev.text, last.text);
    if (pair) return { phrase: pair, start: prev.start + core(prev.text).offset };
  }
  // "D.K Shankaran, chief secretary of the state of Maharashtra, of which Mumbai is the capital, told": a relative
  // clause, or how far a place lies ("police in Ramadi, 100 kilometers west of the capital, reported"), only describes.
  if (endsWithAppositive && prev && DESCRIBING_ASIDE.test(last.text.trim())) return locateSpeaker(raw.slice(0, last.start));
  if (endsWithAppositive && prev) {
    // "Authorities in Nyala, the region's largest city, say": the aside describes the place, the speaker comes before it.
    const aside = last.text.trim();
    if (
      words(aside).length <= 6 &&
      !FINITE.test(aside) &&
      /^(?:(?:the|a|an)\s|(?:\p{Lu}[\p{L}.-]*\s){0,2}\p{Lu}[\p{L}.-]*[’']s?\s)/u.test(aside)
    ) {
      const before = simplePhrase(prev.text);
      if (before && before.type !== "pronoun") return { phrase: before, start: prev.start + core(prev.text).offset };
    }
  }
  const phrase = simplePhrase(last.text) ?? placedOrganisation(last.text) ?? organisationBranch(last.text);
  if (!phrase) return null;
  return { phrase, start: last.start + core(last.text).offset };
}

/** Whether `aside` ("the main government hospital in the city") describes the organisation `role` ends with. */
function describesOrganisation(role: string, aside: string): boolean {
  const r = role.trim();
  const a = aside.trim();
  return (
    /^(?:a|an|the)\s.+\s(?:for|of|at)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*$/u.test(r) &&
    isRoleLike(r) &&
    /^(?:the|a|an)\s+\p{Ll}/u.test(a) &&
    words(a).length <= 10 &&
    !FINITE.test(a)
  );
}

/** "The Emergency Ministry's regional branch": a part of an organisation speaks for it. */
function organisationBranch(text: string): SpeakerPhrase | null {
  const m =
    /^\s*(?:[Tt]he\s+)?(\p{Lu}.+?)[’']s\s+((?:\p{Ll}+\s+){0,2}(?:branch|office|unit|department|division|arm|wing|bureau|headquarters|command))\s*$/u.exec(
      text,
    );
  if (!m) return null;
  const owner = simplePhrase(m[1] ?? "");
  if (owner?.type !== "named" || owner.kind === "PERSON") return null;
  return { ...owner, role: m[2] ?? null };
}

/** "The National Organization for Human Rights in Syria": an organisation's name, then where it works. */
function placedOrganisation(text: string): SpeakerPhrase | null {
  const m = /^(.+?)(\s+in\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})\s*$/u.exec(text);
  if (!m) return null;
  const phrase = simplePhrase(m[1] ?? "");
  if (phrase?.type !== "named" || phrase.kind === "PERSON") return null;
  // "Human Rights Watch in Syria" is Human Rights Watch.
  if (phrase.known) return phrase;
  const name = `${phrase.name}${m[2] ?? ""}`;
  return { ...phrase, name, surface: name };
}

const DESCRIBING_ASIDE =
  /^(?:(?:(?:of|in|for|from|at|to|with|by)\s+)?(?:which|whom|whose|where)\s|\d[\d,.]*\s+(?:kilometers|kilometres|km|miles)\s)/u;

/** "The commander of Somalia's 12th sector, Mohamed Sanay told VOA": a role, then a name whose closing comma is left out. */
function unclosedRoleFirst(first: string, second: string): boolean {
  const name = second.trim();
  if (!/^\p{Lu}/u.test(name) || !isNameOnly(name)) return false;
  const role = core(first).text;
  return (
    words(role).length <= 8 && /^(?:the|a|an)\s/i.test(role) && !FINITE.test(role) && !/\b\p{Ll}{2,}ed\b/u.test(role) && isRoleLike(role)
  );
}

/** An auxiliary makes a clause, never a title or a description: "Kerow, the injured were hospitalised". */
const FINITE = /\b(?:is|are|was|were|has|have|had|been|will|would)\b/i;

/** "Russia’s UN ambassador, Vassily Nebenzia" or "Ahmed al-Sharaa, Syria’s de-facto leader …". */
function appositive(first: string, second: string): SpeakerPhrase | null {
  const a = core(first).text;
  const b = second.trim();
  if (/^(?:who|which|whose|whom)\b/i.test(b)) return simplePhrase(a);
  if (isNameOnly(b) && (isRoleLike(a) || INSTITUTION.test(a) || knownOrganisation(a))) {
    const role = stripArticle(a);
    const org = knownOrganisation(b);
    if (org) return { type: "named", name: org.name, kind: org.kind, role, known: true, surface: b };
    // "the rebel group, M23" names an organisation; "the director general of police, Gupteshwar Pandey" a person.
    const kind: EntityKind = knownOrganisation(a)?.kind ?? (INSTITUTION.test(a) && !isRoleLike(a) ? "ORGANISATION" : "PERSON");
    const name = withoutTitles(b);
    return { type: "named", name, kind, role, known: false, surface: name };
  }
  const head = simplePhrase(a);
  // "According to Kerow, the injured were hospitalised": a clause after the comma is what was said, not a title.
  // "Ali Khan, a farmer who was selling grain, said": a relative clause inside the title is still a title.
  const clause = FINITE.test(b.replace(/^((?:a|an|the)\s+[\p{L}’'-]+)\s+(?:who|whose)\s.*$/iu, "$1"));
  if (head?.type === "named" && !clause && (isRoleLike(b) || INSTITUTION.test(b) || /^(?:a|an|the)\s/i.test(b))) {
    return { ...head, role: head.role ?? stripArticle(b) };
  }
  return null;
}
