import type { EntityRegistry, SpeakerRef } from "./entities.js";
import type { QuoteSpan, Sentence } from "./sentences.js";
import { type SpeakerPhrase, describedOrganisationsIn, introducedPerson, locateSpeaker } from "./speakers.js";
import { DATELINE, trimClaim, wordCount } from "./tokens.js";

/** A statement before scoring: what was said, by whom, and where its content lies in the text. */
export interface StatementDraft {
  kind: "STATEMENT" | "QUOTE";
  text: string;
  speaker: SpeakerRef;
  sentence: Sentence;
  /** Absolute span of the reported content, to tell which figures the speaker stated. */
  contentStart: number;
  contentEnd: number;
  verb: string;
}

/** Verbs whose bare complement is a clause: "X said the strike killed 12". */
const CLAUSE_VERBS =
  "said|says|say|stated|states|told|tells|added|adds|noted|notes|wrote|writes|tweeted|posted|argued|argues|insisted|" +
  "insists|claimed|claims|claim|believes|believe|suggested|suggests|explained|explains|stressed|stresses|emphasised|" +
  "emphasized|emphasises|emphasizes|maintained|maintains|asserted|asserts|declared|declares|predicted|replied|" +
  "responded|countered|acknowledged|acknowledges|admitted|admits|alleged|alleges|reiterated|reiterates|continued|" +
  "commented|comments|pointed out|points out|observed|clarified|clarifies|recalled|recounted|remarked|cautioned|indicated|indicates|fear|fears|feared|warn|" +
  // Plural present, as headlines and leads write it: "Officials fear …", "Authorities warn …".
  "tell|add|note|insist|suggest|explain|stress|maintain|acknowledge|admit|allege|predict|caution|cautions|think|thinks|" +
  "suspect|suspects|reporting|revealed|reveals|disclosed|discloses|informed|informs";
/** Verbs whose complement is an act: "X condemned the violence" — the statement is the whole predicate. */
const ACT_VERBS =
  "condemned|condemns|condemn|expressed|expresses|voiced|voices|attributed|attributes|urged|urges|vowed|vows|called|" +
  "calls|accused|accuses|blamed|blames|denied|denies|rejected|rejects|welcomed|welcomes|demanded|demands|pledged|" +
  "pledges|described|describes|criticised|criticized|criticises|criticizes|praised|praises|dismissed|dismisses|" +
  "threatened|threatens|promised|promises|decried|decries|denounced|denounces|slammed|slams|hailed|hails|appealed|" +
  "appeals|warned|warns|announced|announces|confirmed|confirms|reported|reports|report|estimated|estimates|recorded|records|" +
  "counted|documented|documents|branded|labelled|labeled|express|urge|vow|accuse|blame|deny|reject|welcome|demand|" +
  "describe|dismiss|announce|confirm|estimate|disputed|disputes";

// "after the cyclone slammed into the city": a verb of speech used of a blow.
const VERB_SOURCE = `(?<![\\p{L}-])(?:${CLAUSE_VERBS}|${ACT_VERBS})(?![\\p{L}-])(?!\\s+(?:into|onto|through)\\b)`;
/** Only ever used with matchAll, which works on a copy: its lastIndex stays 0 between calls. */
const VERB = new RegExp(VERB_SOURCE, "gu");
const FIRST_VERB = new RegExp(VERB_SOURCE, "u");
const CLAUSE_VERB = new RegExp(`^(?:${CLAUSE_VERBS})$`);

/** Auxiliaries and adverbs between subject and verb, stripped from the end of the subject text. */
const AUX_TAIL =
  /\s+(?:has|have|had|will|would|also|now|later|earlier|previously|originally|initially|first|already|again|repeatedly|publicly|strongly|then|further|separately|himself|herself|itself|themselves|reportedly|allegedly|today|yesterday|tonight|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:(?:early|late|earlier)\s+)?(?:last|this)\s+(?:week|month|year))\s*$/i;
/** Where the source is, between it and its verb: "the vigilance group in the area said", "officials at the scene put". */
const PLACE_TAIL =
  /\s+(?:in\s+the\s+(?:area|region|city|town|village|province|district|country|state)|at\s+the\s+scene|there|locally)\s*$/i;
/** Who carried the report, set off by commas before its verb: "Reports from residents, quoted by news services, said". */
const CARRIER_ASIDE = /,\s+(?:quoted|cited|relayed|carried|reported)\s+by\s+[^,]{2,60},\s*$/u;
/** How the source spoke, set off by commas before its verb: "Officials, speaking on condition of anonymity because …, said". */
const SPEAKING_ASIDE = /,\s+speaking\s+(?:on|to|at|from|in|after|during|under)\s+[^,;"“”]{2,140},\s*$/u;
/** Why the source is unnamed, between it and its verb: "a hospital official who asked not to be named said". */
const ANONYMITY_TAIL =
  /\s+who\s+(?:asked|requested|declined|spoke|did\s+not|was\s+not|were\s+not|is\s+not|are\s+not|wished|refused|survived|escaped|witnessed)\b[^,.;:"“”]{0,60}$/i;
/** Where the source is, told in a clause: "a doctor at the hospital where the bodies were taken said". */
const WHERE_TAIL =
  /\s+where\s+(?:the|a|an|most|many|some)\s+[^,.;:"“”]{1,50}?\s+(?:were|was|are|is|had\s+been|have\s+been)\s+\p{Ll}{3,}\s*$/iu;
/** How the source spoke, between it and its verb: "the agency in a statement Thursday said". */
const MEDIUM_TAIL =
  /\s+in\s+(?:a|an|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|report|tweet|post|letter|release|bulletin|interview|message)\s*$/iu;
/** A passive ("were reported missing", "has been described as") has no speaker before the verb. */
const PASSIVE_TAIL = /(?:^|\s)(?:is|are|was|were|be|been|being|get|got|so)\s*$/i;

const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const CAPS = "[\\p{Lu}][\\p{L}\\p{N}’'.-]*";
/** "A UN report published early this month": when a report came out, between it and its verb. */
const REPORT_PARTICIPLE = new RegExp(
  `(?<=\\b(?:report|study|survey|statement|assessment|tally|review))\\s+(?:published|released|issued|compiled|made public)(?:\\s+(?:(?:early|late|earlier)\\s+)?(?:(?:this|last)\\s+(?:week|month|year)|on\\s+${WEEKDAY}|in\\s+${MONTH}|(?:today|yesterday)))?\\s*$`,
  "i",
);
/** Scene-setting between a verb and its complement: "on Monday", "in a statement", "at a news conference". */
const ADVERBIALS: RegExp[] = [
  // "said on Tuesday (10 October)": the date may follow in brackets.
  new RegExp(
    `\\s*,?\\s*(?:(?:late|early)\\s+)?(?:on\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?(?:\\s*\\([^()]{1,30}\\))?`,
    "uy",
  ),
  // "the Interior Ministry said March 6", "said on March 6, 2017": a calendar date.
  new RegExp(`\\s*,?\\s*(?:on\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?=[\\s.!?]*$|,|\\s+that\\s)`, "uy"),
  new RegExp(
    `\\s*,?\\s*in\\s+(?:an?|its|their|his|her)\\s+(?:[A-Za-z’'-]+\\s+){0,3}?(?:statement|interview|briefing|post|address|speech|tweet|message|video|report|update|conference|call|bulletin|release|tally|posting|remarks|comments|letter|communique|communiqué|notice|broadcast|assessment|analysis|estimate|survey|study|show|program|programme)(?![\\p{L}])` +
      // "in an interview with the BBC", "in an interview with local press".
      `(?:\\s+(?:on|with|to)\\s+(?:the\\s+)?(?:${CAPS}(?:\\s+${CAPS}){0,3}|(?:(?:local|foreign|state|national|international)\\s+)?(?:press|media|reporters|journalists|television|radio)))?` +
      // "in his latest preliminary report on fatalities": what the report is about.
      "(?:\\s+(?:on|of|about|into)\\s+(?!that\\b)[a-z]+)?" +
      // "in an address broadcast on state-owned television", "in a video posted online", "in a report entitled …".
      `(?:\\s+(?:broadcast|televised|aired|posted|published|carried|shown|released|issued)\\s+(?:online|here|(?:on|by|in)\\s+[^,.;:!?"“”]{1,50}))?` +
      `(?:\\s+(?:entitled|titled|called)\\s+[^,;:!?"“”]{1,100}?(?=[,.;]?\\s*$|,))?`,
    "uy",
  ),
  new RegExp(
    `\\s*,?\\s*(?:at|during)\\s+an?\\s+(?:[A-Za-z’'-]+\\s+){0,3}?(?:conference|briefing|meeting|summit|session|event|rally|visit)(?:\\s+in\\s+${CAPS})?`,
    "uy",
  ),
  // "reiterated Friday afternoon -- 72 hours after the quake struck -- that …": an aside between dashes before "that".
  /\s*(?:--|[—–])[^"“”—–]{1,80}?(?:--|[—–])(?=\s+that\s)/uy,
  // "…, a village elder said Sunday amid conflicting claims from both sides.": what surrounded the saying, to the end.
  /\s*,?\s*(?:amid|despite)\s+(?:(?!\sthat\s)[^"“”.;:!?]){1,100}?(?=[\s.!?]*$)/uy,
  // "He has said several times that …".
  /\s*,?\s*(?:several|many|numerous|repeated)\s+times(?=\s+that\s)/uy,
  // "said shortly after Thursday's attack that …": the time of saying, when "that" follows it.
  /\s*,?\s*(?:shortly|soon|immediately|hours|days|minutes)\s+(?:after|before)(?:\s+[\p{L}\p{N}’'-]+){1,5}?(?=\s+that\s)/uy,
  /\s*,?\s*on\s+(?:X|Twitter|Telegram|Facebook|Instagram|social (?:media|networks?|networking sites?)|(?:the\s+)?(?:(?:state|state-owned|state-run|national|local|public)\s+)?(?:television|TV|radio))(?![\p{L}])/uy,
  // "told reporters at the Pentagon Friday he has …": where it was said, when the day, "that" or the end follows.
  new RegExp(`\\s*,?\\s*at\\s+(?:the\\s+)?${CAPS}(?:\\s+${CAPS}){0,3}(?=[\\s.!?]*$|,?\\s+that\\s|\\s+(?:on\\s+)?${WEEKDAY}\\b)`, "uy"),
  // "said on a radio show", "said on state television's evening programme".
  /\s*,?\s*on\s+(?:a|an|the|his|her|its|their)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:show|program|programme|broadcast|interview|podcast)(?![\p{L}])/uy,
  // "said on its website", "said on its Telegram channel".
  /\s*,?\s*on\s+(?:its|their|his|her)\s+(?:official\s+)?(?:website|web\s+site|Facebook\s+page|Twitter\s+account|X\s+account|Telegram\s+channel|blog|account|page)(?![\p{L}])/uy,
  /\s*,?\s*(?:by|via|over\s+the)\s+(?:tele)?phone(?![\p{L}])/uy,
  // "an official told VOA on condition of anonymity".
  /\s*,?\s*on\s+(?:the\s+)?condition\s+of\s+anonymity(?![\p{L}])/uy,
  // "said from Gode": where the source spoke from, when nothing follows.
  // "said from Gode, one of the worst-affected areas": where the source spoke from, when nothing else follows.
  new RegExp(
    `\\s*,?\\s*from\\s+${CAPS}(?:\\s+${CAPS}){0,3}(?:,\\s+(?:the|a|an|one)\\s[^,.;:!?]{1,60})?(?=(?:\\s+(?:today|yesterday|on\\s+${WEEKDAY}))?[\\s.!?]*$)`,
    "uy",
  ),
  /\s*,?\s*(?:today|yesterday|tonight|earlier|later|also|again|repeatedly|publicly|separately|previously|last week|this week|earlier this week|in a statement|last night|this morning|overnight|at the time|at that time|afterwards|afterward|at the scene)(?![\p{L}])/uy,
  // "said early this month that …": a time of saying, when "that" follows it ("said this year more than 1,000 people
  // had died" may tell the clause's own time).
  /\s*,?\s*(?:(?:early|late|earlier|later)\s+)?(?:this|last|that|next)\s+(?:week|month|year)(?=\s*,?\s+that\s)/uy,
  // "told reporters in the capital, Dhaka.", "told a news conference in Kabul that …", "told reporters in Geneva
  // Thursday …": where it was said, when nothing else, the reported clause or the day follows.
  new RegExp(
    `\\s*,?\\s*in\\s+(?:the\\s+(?:capital|city|town|port|province|region|district|village)|${CAPS}(?:\\s+${CAPS}){0,2})(?:\\s*,\\s*${CAPS}(?:\\s+${CAPS}){0,2})?(?=[\\s.!?]*$|,?\\s+that\\s|\\s+(?:on\\s+)?${WEEKDAY}\\b)`,
    "uy",
  ),
];
/** Verbs of telling, whose object (whom it was told to) comes before what was said. */
const TOLD_VERB = /^(?:told|tells|tell|informed|informs)$/;

/** The object of "told": "reporters", "the BBC", "a news conference", "the UN Security Council", "Agence France-Presse (AFP)". */
const TOLD_OBJECT = new RegExp(
  `\\s+(?:(?:the|a|an|this|these|local)\\s+)?(?:${CAPS}(?:\\s+(?:of\\s+)?${CAPS}){0,4}(?:\\s+(?:news agency|news service|news|television|TV|radio|service|network|channel|newspaper|website|reporters?|correspondents?|journalists?))?|[\\p{Ll}][\\p{L}’'-]*(?:\\s+(?:conference|briefing|meeting|gathering|summit|media|reporters?|journalists?|newspapers?|paper|radio|television|parliament|assembly|legislature|lawmakers|committee|council|crowd))?)` +
    // "told the French Agency Press (AFP)": its acronym in brackets.
    `(?:\\s*\\(\\p{Lu}[\\p{Lu}.&-]{1,11}\\))?`,
  "uy",
);
/**
 * What may follow an attribution at the end of a sentence: ", adding that …", ", citing …", ", where …", and "citing …"
 * with no comma ("… told journalists citing local health facilities": whose count it was).
 */
const ATTRIBUTION_TAIL =
  /^\s*(?:,\s*(?:\p{Ll}+ing|according|without|as|while|before|after|in|on|who|where|when|which|whose)\b.*|\s*(?:citing|quoting)\s(?:(?!\bthat\b)[^,;])*)?[\s.!?]*$/su;

/** Where the object of "told" ends: "told the BBC and a local paper" names two. */
function toldObjectEnd(s: string, from: number): number {
  TOLD_OBJECT.lastIndex = from;
  if (!TOLD_OBJECT.exec(s)) return from;
  let end = TOLD_OBJECT.lastIndex;
  const and = /^\s+and(?=\s)/.exec(s.slice(end));
  if (and) {
    TOLD_OBJECT.lastIndex = end + and[0].length;
    if (TOLD_OBJECT.exec(s)) end = TOLD_OBJECT.lastIndex;
  }
  return end;
}

function skipAdverbials(s: string, from: number): number {
  let i = from;
  for (let moved = true; moved; ) {
    moved = false;
    for (const re of ADVERBIALS) {
      re.lastIndex = i;
      const m = re.exec(s);
      if (m && m[0].length > 0 && /^(?:[\s,.;:!?]|$)/.test(s.slice(re.lastIndex, re.lastIndex + 1))) {
        i = re.lastIndex;
        moved = true;
      }
    }
  }
  return i;
}

type Complement = { kind: "that"; start: number } | { kind: "clause"; start: number } | { kind: "act" } | { kind: "empty" };

/** What follows a speech verb that ends at `from` in `s`. */
function complement(s: string, from: number, verb: string): Complement {
  let i = from;
  // "said to the Associated Press news agency that …": whom it was said to, like the object of "told".
  const saidTo = /^(?:said|says|say)$/.test(verb) && /^\s+to\s/.test(s.slice(i));
  if (saidTo) {
    const object = toldObjectEnd(s, i + s.slice(i).indexOf("to") + 2);
    if (/^\s*,?\s*that\s/.test(s.slice(object))) i = object;
  }
  // ("informed state-run MRTV that …" names whom it was told to as well.)
  if (TOLD_VERB.test(verb) && !/^\s+that\b/.test(s.slice(i))) {
    i = toldObjectEnd(s, i);
    // "told private channel Libya al-Ahrar that …": whatever the object, "that" a few words on opens what was said.
    const that = /^[^,.;:!?"“”]{1,60}?(?=\s+that\s)/u.exec(s.slice(i));
    if (!/^\s*,?\s*that\s/.test(s.slice(i)) && that) i += that[0].length;
  }
  i = skipAdverbials(s, i);
  const rest = s.slice(i);
  const lead = rest.match(/^[\s,:]*/)?.[0].length ?? 0;
  const that = rest.match(/^\s*,?\s*that\s+/);
  // "The army denied that civilians were killed": what is denied is not what the army says; the denial is the statement.
  if (that && DENIAL_VERB.test(verb)) return { kind: "act" };
  if (that) return { kind: "that", start: i + that[0].length };
  // ("Police informed the family of the death": only "informed … that" reports anything.)
  if (/^inform/.test(verb)) return { kind: "empty" };
  if (ATTRIBUTION_TAIL.test(rest)) return { kind: "empty" };
  // "claimed responsibility for the attack", "declared a curfew": an act named by its object, not reported speech.
  if (/^claim/.test(verb) && /^\s*(?:full\s+)?(?:responsibility|credit)\b/.test(rest)) return { kind: "act" };
  if (/^declare/.test(verb) && /^\s*(?:a|an|the|three|two|\d+)\s/.test(rest)) return { kind: "act" };
  if (CLAUSE_VERB.test(verb)) {
    // "say about 30 people were wounded": "about" qualifies a number, the complement is a clause.
    const aboutCount =
      /^\s*about\s+(?:\d|(?:(?:a\s+)?(?:dozen|hundred|thousand|million)|dozens|hundreds|thousands|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half)\b)/i;
    if (/^\s*(?:of|to|for|about|on|with)\b/.test(rest) && !aboutCount.test(rest)) return { kind: "act" };
    return { kind: "clause", start: i + lead };
  }
  // "warned his government will not tolerate …", "announced the number of cases had doubled": a verb that names an act
  // with a clause after it that has a verb of its own reports what was said.
  if (REPORTING_ACT.test(verb) && OWN_VERB.test(rest)) return { kind: "clause", start: i + lead };
  // "the military has reported carrying out four new strikes": what was reported, told as an act of the subject's own.
  if (REPORTING_ACT.test(verb) && /^\s+\p{Ll}{3,}ing\s/u.test(rest)) return { kind: "clause", start: i + lead };
  return { kind: "act" };
}

export const DENIAL_VERB =
  /^(?:denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|dismiss|disputed|disputes|dispute|refuted|refutes|refute)$/;
const REPORTING_ACT = /^(?:warned|warns|warn|announced|announces|announce|confirmed|confirms|confirm|reported|reports|report)$/;
/** A subject of up to eight words, then an auxiliary or modal: the complement is a clause. */
const OWN_VERB = /^\s+(?:[\p{L}\p{N}’'.,-]+\s+){1,8}?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must)\s/u;

interface Piece {
  text: string;
  start: number;
  end: number;
}

/** Local [start, end) of s trimmed to its content, as a piece with absolute offsets. */
function piece(sentence: Sentence, start: number, end: number): Piece | null {
  const dateline = start === 0 ? (DATELINE.exec(sentence.text)?.[0].length ?? 0) : 0;
  const from = Math.min(start + dateline, end);
  const raw = sentence.text.slice(from, end);
  const text = trimClaim(raw);
  if (wordCount(text) < 2) return null;
  const at = from + raw.indexOf(text);
  return { text, start: sentence.start + at, end: sentence.start + at + text.length };
}

/** "that A, and that B" holds two reported statements. */
function splitThat(sentence: Sentence, start: number): Piece[] {
  const s = sentence.text;
  const pieces: Piece[] = [];
  // "… that 40 soldiers were killed and said some troops escaped": a second report by the same speaker.
  const joiner = /,?\s+and\s+(?:that|(?:said|added|says|adds)(?:\s+that)?)\s+/g;
  joiner.lastIndex = start;
  let from = start;
  for (let m = joiner.exec(s); m; m = joiner.exec(s)) {
    if (insideQuote(sentence, sentence.start + m.index)) continue;
    const p = piece(sentence, from, m.index);
    if (p) pieces.push(p);
    from = m.index + m[0].length;
  }
  // "X said that 154 died, Efe news reported.": the outlet that carried the report is no part of it.
  const carrier = /,\s+([^,;"“”]{2,40}?)\s+(?:reported|reports|said|says)[.!?]?\s*$/u.exec(s.slice(from));
  const carried = carrier && locateSpeaker(carrier[1] ?? "")?.start === 0 ? from + carrier.index : s.length;
  const p = piece(sentence, from, carried);
  if (p) pieces.push(p);
  return pieces;
}

function insideQuote(sentence: Sentence, at: number): boolean {
  return sentence.quotes.some((q) => q.start <= at && at < q.end);
}

/** A speaker is introduced within a few verbs; looking further only costs time on run-on text. */
const MAX_VERBS = 12;
/** How far before a verb its subject may start: a long title and a name fit easily. */
const SUBJECT_WINDOW = 400;

function verbs(sentence: Sentence): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const m of sentence.text.matchAll(VERB)) {
    if (!insideQuote(sentence, sentence.start + m.index)) out.push(m as RegExpExecArray);
    if (out.length === MAX_VERBS) break;
  }
  return out;
}

/** The speaker named after an inverted verb: "…,” said Peskov." or "…, said Ashraf al-Qudra, a ministry spokesman." */
function speakerAfter(text: string) {
  const np = text
    // "said Ahmed Ali, 35, a shopkeeper": the age between the name and the description.
    .replace(/^(\s*[^,]{2,60}),\s*\d{1,3},/u, "$1,")
    // "…, said the head of the Observatory, reached by telephone from Nicosia".
    .replace(
      /,\s*(?:adding|citing|who|which|where|when|whose|according|as|before|after|while|in a|on|reached|contacted|speaking)\b.*$/su,
      "",
    )
    // "…, said Mohammed Aboud, Zanzibar's minister, dramatically updating an earlier death toll": what the words did.
    .replace(/,\s*(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ing\s.*$/su, "")
    // "said Carlo, an official from the village, two days after the storm passed": when it was said.
    .replace(
      /,\s*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+)?(?:hours?|days?|weeks?|minutes?|months?)\s+(?:after|before|later|earlier|ago)\b.*$/su,
      "",
    )
    // "said a senior member of a human rights group that compiles death toll figures": a relative clause.
    .replace(/\s+(?:that|who|which)\s.*$/su, "")
    // "… Correa during his TV broadcast", "said minister X after the Friday assault on shopkeepers".
    .replace(/\s+(?:during|in|at|on|after|before|following)\s+(?:a|an|the|his|her|their|its)\s.*$/su, "")
    .replace(/[\s.!?]+$/, "")
    // "…, commented Ali Yasin Geddi, vice chairman of …, to the Reuters news agency": whom it was said to.
    .replace(
      /,\s*to\s+(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s*){1,4}(?:news\s+agency|news\s+service|newspaper|television|TV|radio|agency)?$/u,
      "",
    )
    .replace(/\s+at\s+\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3}$/su, "") // "… Doctor Abdullah Saheb at Al-Numan hospital"
    .replace(new RegExp(`\\s+(?:(?:on\\s+)?${WEEKDAY}|today|yesterday)$`), "") // "…, warned the agency on Friday."
    .trim();
  if (np === "" || wordCount(np) > 14) return null;
  const located = locateSpeaker(np.includes(",") ? `${np},` : np);
  return located && located.start === 0 ? located : null;
}

function draft(kind: StatementDraft["kind"], p: Piece, speaker: SpeakerRef, sentence: Sentence, verb: string): StatementDraft {
  return { kind, text: p.text, speaker, sentence, contentStart: p.start, contentEnd: p.end, verb };
}

function stripAuxiliaries(text: string): string {
  let out = text.replace(CARRIER_ASIDE, " ").replace(SPEAKING_ASIDE, " ");
  for (let prev = ""; prev !== out; ) {
    prev = out;
    out = out
      .replace(AUX_TAIL, " ")
      .replace(PLACE_TAIL, " ")
      .replace(ANONYMITY_TAIL, " ")
      .replace(MEDIUM_TAIL, " ")
      .replace(WHERE_TAIL, " ");
  }
  return out;
}

/** Where the noun phrase before ", which …" starts: "local militias" in "clashes between X and local militias, which". */
function antecedentStart(s: string, comma: number): number {
  const before = s.slice(0, comma);
  const ws = [...before.matchAll(/[\p{L}\p{N}’'-]+/gu)];
  let start = comma;
  for (let k = ws.length - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    const w = ws[k];
    if (!w) break;
    const lower = w[0].toLowerCase();
    if (/^(?:and|or|with|between|of|in|on|at|by|for|from|to|against|as|than|but)$/.test(lower)) break;
    start = w.index;
    if (/^(?:the|a|an|these|those|its|their)$/.test(lower)) break;
  }
  return start;
}

/** Reported speech in one sentence: "X stated that …", "X condemned …", "…, the ministry said.", "…, said X." */
function reported(sentence: Sentence, registry: EntityRegistry, split = true): StatementDraft[] {
  const s = sentence.text;
  const both = split ? contrasted(sentence, registry) : null;
  if (both) return both;
  for (const m of verbs(sentence)) {
    const verb = m[0].toLowerCase();
    const verbEnd = m.index + m[0].length;
    // "Floods claimed 30 lives": a toll, not a claim.
    if (/^claim/.test(verb) && /^\s+(?:the\s+lives|(?:[\w,.-]+\s+){1,3}lives)\b/.test(s.slice(verbEnd))) continue;
    // ("A suicide bombing has claimed more than 73 people, including …": the dead it took, not what it said.)
    if (
      /^claim/.test(verb) &&
      /^\s+(?:(?:more\s+than|at\s+least|over|about|some|nearly|almost|around)\s+)?[\d,]+\s+(?:people|victims)\b(?!\s+(?:were|was|are|is|had|have|has)\b)/.test(
        s.slice(verbEnd),
      )
    )
      continue;
    // "Media reports said …", "Local reports say …": a noun before the verb, and the speaker's own head.
    if (
      /^reports?$/.test(verb) &&
      /^\s+(?:(?:also|now|later|earlier)\s+)?(?:said|says|say|suggested|suggest|indicated|indicate)\b/.test(s.slice(verbEnd))
    )
      continue;
    // "RAI state radio, reporting from the island, said …": where it reported from sets the scene for "said".
    if (verb === "reporting" && /^\s+(?:from|in)\b/.test(s.slice(verbEnd))) continue;
    // "Bombings blamed on militants", "deaths attributed to the storm": a participle describing a noun, not speech.
    // "which the police have blamed on militants" is active: the object went before it.
    const raw = s.slice(0, m.index);
    const participle = !/\b(?:has|have|had|will|would)\s+$/i.test(raw);
    // "Already blamed for hundreds of deaths, the group …": held responsible, by someone unsaid.
    if (participle && /^(?:blamed|attributed)$/.test(verb) && /^\s+(?:on|to|for)\b/.test(s.slice(verbEnd))) continue;
    if (participle && /^(?:described|branded|labelled|labeled)$/.test(verb) && /^\s+as\b/.test(s.slice(verbEnd))) continue;
    // "A spokesman, Qari Ahmad, claimed …": a subject in apposition ends in a comma too, but is no reported content.
    const whole = /,\s*$/.test(raw) ? locateSpeaker(raw) : null;
    // ("…, Ali Omar, a police official, told Reuters": "told" is never inverted; its object follows it.)
    const toldVerb = TOLD_VERB.test(verb);
    if (/[,”"]\s*$/.test(raw) && !toldVerb && !CARRIER_ASIDE.test(raw) && !(whole && whole.start === 0 && whole.phrase.type === "named")) {
      // "…, said the ministry." — the speaker comes after the verb.
      const after = speakerAfter(s.slice(verbEnd, verbEnd + SUBJECT_WINDOW));
      const content = piece(sentence, 0, raw.replace(/[\s,]+$/, "").length);
      if (after && content && wordCount(content.text) >= 3) {
        return [draft("STATEMENT", content, registry.resolve(after.phrase), sentence, verb)];
      }
    }
    const window = Math.max(0, m.index - SUBJECT_WINDOW);
    // "Al Jazeera is reporting that …": a report in progress, not a passive.
    const progressive = /ing$/.test(verb) ? /\s+(?:is|are|was|were)\s*$/ : null;
    const pre = stripAuxiliaries(progressive ? raw.slice(window).replace(progressive, " ") : raw.slice(window));
    // "were reported missing", "Photos posted by journalists": participles, not speech.
    // ("said by phone" is how it was said.)
    if (PASSIVE_TAIL.test(pre) || /^\s+by\b(?!\s+(?:tele)?phone\b)/.test(s.slice(verbEnd, verbEnd + 14))) continue;
    // "the 300 people admitted to hospital": taken in for care, not an admission.
    if (
      verb === "admitted" &&
      /^\s+to\s+(?:(?:a|the|\p{Lu}[\p{L}-]*)\s+){0,3}(?:hospitals?|clinics?|care|intensive)\b/u.test(s.slice(verbEnd))
    )
      continue;
    // "the search for 39 people reported missing", "35 people confirmed dead": a participle describing those counted.
    if (
      /^(?:reported|confirmed)$/.test(verb) &&
      /^\s+(?:missing|dead|killed|injured|wounded|hurt|kidnapped|abducted|detained|arrested)\b/.test(s.slice(verbEnd))
    )
      continue;
    // "The Lady Reading Hospital, where most of the victims were brought, said …": the subject's relative clause.
    // "A UN report published early this month said …": when the report came out.
    const described = /,\s*(?:where|which|who|whose)\s[^,;"“”]{3,100},\s*$/.exec(pre) ?? REPORT_PARTICIPLE.exec(pre);
    const before = described ? pre.slice(0, described.index) : pre;
    // "Hundreds were killed in what Pakistani officials called retaliatory attacks": the source after "what".
    const what = /\b(?:in|of|to|by|from|at|on)\s+what\s+(?=\S)/i.exec(before);
    const whatEnd = what && !/[,;]/.test(before.slice(what.index)) ? what.index + what[0].length : 0;
    const subjectText = before.slice(whatEnd);
    const found = locateSpeaker(subjectText) ?? institutionBeforeWhich(subjectText) ?? subjectOfFirstClause(subjectText);
    const subject = found && { ...found, start: found.start + whatEnd };
    // ("A joint statement of the Libyan Red Crescent Society and the International Committee of the Red Cross (ICRC)":
    // a known organisation may be named at length.)
    // ("Abhishek Roy, a senior police official in the eastern state's district of Darjeeling, the site of the accident,
    // told Reuters": so may a named person's title and where they serve.)
    const longest = subject?.phrase.type === "named" && (subject.phrase.known || subject.phrase.role) ? 24 : 16;
    if (!subject || wordCount(before.slice(subject.start)) > longest || /^\s*\d/.test(before.slice(subject.start))) continue;
    let located = { ...subject, start: subject.start + window };
    // "…, Ravi Gopalan, the senior official in Orissa said": a name whose apposition is left unclosed before the verb.
    const named = /,\s*([^,]{2,40}),\s*$/u.exec(s.slice(0, located.start));
    if (named && !(subject.phrase.type === "named" && subject.phrase.kind === "PERSON")) {
      const whole = locateSpeaker(`${named[1]}, ${before.slice(subject.start).trim()},`);
      if (whole?.start === 0 && whole.phrase.type === "named" && whole.phrase.kind === "PERSON") {
        located = { ...whole, start: (named.index ?? 0) + named[0].indexOf(named[1] ?? "") };
      }
    }
    const relative = /,\s*(?:which|who)\s+$/i.exec(s.slice(0, located.start));
    const c = complement(s, verbEnd, verb);
    let pieces: Piece[] = [];
    // "The convoy, officials said, was hit by a bomb": the attribution sits inside the content.
    const opened = /,\s*$/.exec(s.slice(0, located.start));
    // "The toll climbed to 85, officials said on Wednesday, and 20 people were missing": a time may follow the verb.
    const closedAt = skipAdverbials(s, verbEnd);
    const closed = /^\s*,\s*/.exec(s.slice(closedAt));
    const around = opened && closed && c.kind === "clause" ? piece(sentence, 0, opened.index) : null;
    const rest = around ? piece(sentence, closedAt + (closed?.[0].length ?? 0), s.length) : null;
    // "In all, the site said, eight people were killed": an opening adverb is no part of what was said.
    const adverb = around && /^(?:in all|in total|overall|altogether|so far|meanwhile|however|separately)$/i.test(around.text);
    if (relative) pieces = [piece(sentence, antecedentStart(s, relative.index), s.length)].filter(isPiece);
    else if (adverb && rest) pieces = [rest];
    else if (around && rest) pieces = [{ text: `${around.text} ${rest.text}`, start: around.start, end: rest.end }];
    else if (c.kind === "that") pieces = splitThat(sentence, c.start);
    else if (c.kind === "clause") pieces = withSaying(sentence, c.start).flatMap((p) => andThat(sentence, p));
    else if (c.kind === "act") pieces = actThenReport(sentence, m.index);
    else {
      const content = piece(sentence, 0, located.start);
      if (content && wordCount(content.text) >= 3) pieces = [content];
      // "…, the society said, adding that nine had died in custody."
      // "…, a spokesman said, cautioning that the toll was provisional."
      const adding = /,\s*(?:adding|noting|cautioning|warning|stressing)\s+that\s+/.exec(s.slice(verbEnd));
      const more = adding ? piece(sentence, verbEnd + adding.index + adding[0].length, s.length) : null;
      if (more && pieces.length > 0) pieces.push(more);
    }
    if (pieces.length === 0) continue;
    const speaker = registry.resolve(located.phrase);
    // "denied shooting protesters, saying one policeman was wounded": what follows "saying" is reported, whatever the act.
    const reportedBy = (p: Piece) => (SAID_BEFORE.test(s.slice(0, p.start - sentence.start)) ? "saying" : verb);
    return pieces.map((p) => draft("STATEMENT", p, speaker, sentence, reportedBy(p)));
  }
  return [];
}

const isPiece = (p: Piece | null): p is Piece => p !== null;

/**
 * "Authorities had recovered only two bodies and said they had given up hope": the speaker is the subject of the
 * clause that "and" joins the verb to.
 */
function subjectOfFirstClause(text: string): ReturnType<typeof locateSpeaker> {
  if (!/\s+and\s+(?:also\s+|later\s+)?$/.test(text)) return null;
  const verb = /\s(?:has|have|had|is|are|was|were|will|would|\p{Ll}{3,}ed)\s/u.exec(text);
  if (!verb) return null;
  return locateSpeaker(text.slice(0, verb.index));
}

/**
 * "… were registered by the National Mining Agency, which says that 146 workers died": an institution named at the end
 * of the clause before ", which" speaks through it. Only a named institution: "the attack, which …" says nothing.
 */
function institutionBeforeWhich(text: string): ReturnType<typeof locateSpeaker> {
  const m = /,\s*which\s*$/.exec(text);
  if (!m) return null;
  const head = text.slice(0, m.index);
  const starts = [...head.matchAll(/(?<=^|\s)\S/g)].map((w) => w.index).slice(-8);
  // The name with its article, shortest first ("the National Mining Agency", not "mines by the …"); else the longest
  // capitalised one ("Reuters").
  const articled = starts.filter((at) => /^(?:the|a|an)\s/i.test(head.slice(at))).reverse();
  const capitalised = starts.filter((at) => /^\p{Lu}/u.test(head.slice(at)));
  for (const start of [...articled, ...capitalised]) {
    const located = locateSpeaker(head.slice(start));
    const phrase = located?.phrase;
    if (located?.start === 0 && phrase?.type === "named" && phrase.kind !== "PERSON") return { ...located, start };
  }
  return null;
}

/**
 * ', saying …', ', adding that …', ', claiming …', ', cautioning that …', ', but said …' ("saying on state TV that …":
 * where it was said may come before "that").
 */
const SAYING = String.raw`,(["”]?)\s*(?:(?:saying|adding|claiming|insisting|noting|stressing|explaining|arguing|but\s+(?:also\s+)?said)\s+(?:(?:(?:on|in|to|at)\s+[^,;"“”]{1,30}?\s+)?that\s+)?|(?:cautioning|warning)\s+that\s+)`;
const SAID_BEFORE = new RegExp(`${SAYING}$`);

/**
 * "X called on Y to surrender, saying his forces know …": what follows ", saying" is said in its own right; so is what
 * follows ", but said" ("they did not know how many were missing, but said the search would go on").
 */
function withSaying(sentence: Sentence, start: number): Piece[] {
  const s = sentence.text;
  // 'called the blast "inhumane," saying …': the comma may sit inside a closing quotation mark.
  const saying = new RegExp(SAYING, "g");
  saying.lastIndex = start;
  const m = saying.exec(s);
  const verbAt = m ? m.index + 1 + (m[1]?.length ?? 0) : 0;
  if (!m || insideQuote(sentence, sentence.start + verbAt) || /^[“"«]/.test(s.slice(m.index + m[0].length))) {
    return [piece(sentence, start, s.length)].filter(isPiece);
  }
  return [piece(sentence, start, verbAt), piece(sentence, m.index + m[0].length, s.length)].filter(isPiece);
}

/** "said a soldier's weapon may have fired, and that the incident is being investigated": two reports in one. */
function andThat(sentence: Sentence, p: Piece): Piece[] {
  const local = p.start - sentence.start;
  const m = /,\s+and\s+(?:that|(?:say|says|said|added|adds)(?:\s+that)?)\s+/.exec(sentence.text.slice(local, local + p.text.length));
  if (!m || insideQuote(sentence, p.start + m.index)) return [p];
  return [piece(sentence, local, local + m.index), piece(sentence, local + m.index + m[0].length, local + p.text.length)].filter(isPiece);
}

/** "X confirmed the death toll and told reporters that Y": the act, then what the same speaker reported. */
function actThenReport(sentence: Sentence, start: number): Piece[] {
  const and = /\s+and\s+(?:(?:told|tells)\s+[^,;"“”]{1,60}?\s+that|(?:said|says|added|adds)(?:\s+that)?)\s+/g;
  and.lastIndex = start;
  const m = and.exec(sentence.text);
  if (!m || insideQuote(sentence, sentence.start + m.index)) return withSaying(sentence, start);
  return [piece(sentence, start, m.index), ...withSaying(sentence, m.index + m[0].length)].filter(isPiece);
}

/**
 * "A says X, but B told VOA that Y": two reports with two sources. Each clause is read on its own (same sentence,
 * same offsets), so A is not credited with Y.
 */
function contrasted(sentence: Sentence, registry: EntityRegistry): StatementDraft[] | null {
  const s = sentence.text;
  // "While A says X, B says Y": the subordinate clause comes first, and any comma may end it.
  // ("said 87 people had been killed but a local rights group quoted …": "but" may come without its comma.)
  const but = /^(?:While|Whereas|Although|Though)\s/.test(s) ? /,\s+/g : /(?:[,;]\s+(?:but|while|whereas|although|though|and)|\s+but)\s+/g;
  for (let m = but.exec(s); m; m = but.exec(s)) {
    if (insideQuote(sentence, sentence.start + m.index)) continue;
    const cut = m.index + m[0].length;
    const second = part(sentence, cut, s.length);
    // "…, but the rights centre put the toll at 20": the second source may set a toll rather than say something.
    const said = reported(second, registry, false);
    // "…, but a rights group quoted hospital sources as saying …": or quote its sources.
    let later = said.length > 0 ? said : tollSetBy(second, registry);
    if (later.length === 0) later = quotedAs(second, registry);
    if (later.length === 0) continue;
    const earlier = reportedIn(sentence, 0, m.index, registry);
    // "Deaths rose to 180, while 110 are missing, the agency said": one report whose content holds the clause.
    if (earlier.length === 0 && later.some((d) => d.contentStart <= second.start + 1)) return null;
    return [...earlier, ...later.map((d) => ({ ...d, sentence }))];
  }
  return null;
}

/** The reports in `sentence` between `from` and `to`, read on their own and kept as the whole sentence's. */
function reportedIn(sentence: Sentence, from: number, to: number, registry: EntityRegistry): StatementDraft[] {
  return reported(part(sentence, from, to), registry, false).map((d) => ({ ...d, sentence }));
}

function part(sentence: Sentence, from: number, to: number): Sentence {
  const start = sentence.start + from;
  const end = sentence.start + to;
  return {
    ...sentence,
    start,
    end,
    text: sentence.text.slice(from, to),
    quotes: sentence.quotes.filter((q) => q.start >= start && q.end <= end),
  };
}

const SOURCE_PREFIX =
  /^(?:(?:the\s+)?(?:latest\s+|official\s+|new\s+)?(?:figures|data|numbers|tally|count|estimates|statistics|reports?|statement|a tally|a count|a report|a statement)\s+(?:from|by|of|released by|published by|compiled by|issued by)\s+)/i;

/** "According to X, …", "…, according to X." and "…, according to X, …". */
function according(sentence: Sentence, registry: EntityRegistry): StatementDraft[] {
  const s = sentence.text;
  // "As per the government, …": the same in Indian English.
  const m = /\b(?:according to|as per)\s/i.exec(s);
  const at = m ? m.index : -1;
  if (!m || insideQuote(sentence, sentence.start + at)) return [];
  const npStart = at + m[0].length;
  const tail = s.slice(npStart);
  // The source runs to the next comma, or two commas for an apposition ("X, a spokesman for Y,").
  // (The comma of a number, "7,200", ends nothing.)
  const commas = [...tail.matchAll(/,(?!\d)|(?<!\d),/g)].map((m) => m.index);
  const stop = tail.search(/[.!?]?\s*$/);
  // "…, according to Dr. Mohammad Sadiq, the hospital's director.": an apposition that ends the sentence is the source's.
  const closing =
    commas.length === 1 &&
    /^\s*(?:the|a|an)\s[^,;:"“”]{2,60}$/i.test(tail.slice((commas[0] ?? 0) + 1, stop)) &&
    !/\b(?:is|are|was|were|has|have|had|will|would)\b/i.test(tail.slice((commas[0] ?? 0) + 1, stop));
  const candidates = [closing ? stop : undefined, commas[1], commas[0], stop].filter((n): n is number => n !== undefined && n > 0);
  for (const end of candidates) {
    const raw = tail.slice(0, end);
    // "a report by the World Health Organisation (WHO)", "the RAI (Italian public broadcasting service)": what is in
    // brackets only repeats or explains the name.
    const np = raw
      .replace(SOURCE_PREFIX, "")
      .replace(/[\s.!?]+$/, "")
      .replace(/\s*\([^()]*\)/g, "")
      // "figures released by the UN mission in the country": where it works only points back to the place in view.
      .replace(/\s+in\s+the\s+(?:country|region|area|city|province|state|territory)$/i, "")
      // "according to officials there": the place already in view.
      .replace(/\s+(?:there|here|locally)$/i, "")
      // "according to an official who spoke on condition of anonymity": the rest describes the source.
      .replace(/\s+(?:who|whom)\s.*$/i, "")
      // "according to a United Nations team investigating the killings": what the source does is not who it is.
      .replace(/\s+\p{Ll}{3,}ing\s+(?:the|a|an|in|at|on|from|for)\s.*$/u, "")
      // "according to reports issued over the weekend": when the report came out.
      .replace(
        /^((?:\S+\s+){0,3}?(?:reports?|statements?|figures|data|estimates))\s+(?:issued|released|published|compiled|made public)\s.*$/i,
        "$1",
      )
      // "according to the president's office Tuesday", "a report released by the UN mission in February": when, not who.
      .replace(new RegExp(`\\s+(?:on\\s+)?${WEEKDAY}$`), "")
      .replace(new RegExp(`\\s+(?:(?:in|on|since)\\s+${MONTH}(?:\\s+\\d{4})?|(?:last|this|earlier\\s+this)\\s+(?:week|month|year))$`), "");
    const located = locateSpeaker(raw.includes(",") ? `${np},` : np) ?? jointSources(np);
    if (located?.start !== 0) continue;
    // "UN officials said 350 people were killed, according to news agencies": the officials are the source, the
    // agencies only carried what they said.
    const inner = at > 0 ? reportedIn(sentence, 0, at, registry) : [];
    if (inner.length > 0) return inner;
    const before = piece(sentence, 0, at);
    // "…, according to the health ministry, which does not distinguish …": the rest describes the source.
    const rest = s.slice(npStart + end);
    const after = /^[\s,]*(?:which|who|whose)\b/i.test(rest) ? null : piece(sentence, npStart + end, s.length);
    const content: Piece | null =
      before && after ? { text: `${before.text}, ${after.text}`, start: before.start, end: after.end } : (before ?? after);
    // ("According to the district administration, the dead include 27 children": what looked like an apposition closing
    // the source was the report; the shorter source comes next.)
    if (!content || wordCount(content.text) < 3) continue;
    const speaker = registry.resolve(located.phrase);
    // "…, according to the spokesman, who earlier said five civilians were injured": what the source said besides.
    const besides = /^[\s,]*who\s+(?:(?:earlier|also|later|had|has|then)\s+)?(?:said|says|told\s+[^,;"“”]{1,40}?)\s+(?:that\s+)?/i.exec(
      rest,
    );
    const said = besides ? piece(sentence, npStart + end + besides[0].length, s.length) : null;
    return [
      draft("STATEMENT", content, speaker, sentence, "according to"),
      ...(said && wordCount(said.text) >= 3 ? [draft("STATEMENT", said, speaker, sentence, "said")] : []),
    ];
  }
  return [];
}

/** "according to witnesses and a local human rights group": two sources, each one on its own, named together. */
function jointSources(np: string): { phrase: SpeakerPhrase; start: number } | null {
  const and = /\s+and\s+/.exec(np);
  if (!and) return null;
  const sides = [np.slice(0, and.index), np.slice(and.index + and[0].length)].map((side) => locateSpeaker(side));
  if (!sides.every((side) => side?.start === 0 && side.phrase.type !== "pronoun")) return null;
  return { phrase: { type: "unnamed", role: np.replace(/^(?:the)\s+/i, "") }, start: 0 };
}

/** "Twelve people died. That is according to the governor.": the source named in a sentence of its own, after. */
const THAT_ACCORDING = /^(?:That|This)(?:’s|'s|\s+is|\s+was|\s+figure\s+is)\s+according\s+to\s+(.{2,120}?)[\s.!?]*$/u;

function accordingAfter(sentence: Sentence, previous: Sentence | undefined, registry: EntityRegistry): StatementDraft[] {
  const m = THAT_ACCORDING.exec(sentence.text);
  if (!m || !previous) return [];
  const np = (m[1] ?? "").replace(/\s*\([^()]*\)/g, "").replace(new RegExp(`\\s+(?:on\\s+)?${WEEKDAY}$`), "");
  const located = locateSpeaker(np);
  const content = piece(previous, 0, previous.text.length);
  if (located?.start !== 0 || !content || wordCount(content.text) < 3) return [];
  return [draft("STATEMENT", content, registry.resolve(located.phrase), previous, "according to")];
}

/** "New figures released Wednesday by the World Health Organization showed the death toll …": the data's source says it. */
const SHOWN_BY =
  /\b(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Nn]umbers|[Tt]allies|[Tt]ally|[Rr]ecords)\s+(?:(?:released|published|issued|compiled|provided)\s+)?(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+)?(?:by|from)\s+([^,;:]{2,80}?)\s+(?:showed|show|shows|put|puts|indicated|indicate)\s+/u;

/** "A total of 4,493 people have died, statistics released by the World Health Organization showed on Wednesday." */
const SHOWN_BY_AFTER = new RegExp(
  `,\\s+(?:the\\s+)?(?:(?:new|latest|official)\\s+)?(?:figures|data|statistics|numbers|tallies|records)\\s+(?:(?:released|published|issued|compiled|provided)\\s+)?(?:(?:on\\s+)?${WEEKDAY}\\s+)?(?:by|from)\\s+([^,;:]{2,80}?)\\s+(?:showed|show|shows|indicated|indicate)(?:\\s+(?:on\\s+)?${WEEKDAY})?[\\s.!?]*$`,
  "u",
);

function shownBy(sentence: Sentence, registry: EntityRegistry): StatementDraft[] {
  const after = SHOWN_BY_AFTER.exec(sentence.text);
  if (after && !insideQuote(sentence, sentence.start + after.index)) {
    const located = locateSpeaker((after[1] ?? "").replace(/\s*\([^()]*\)$/, ""));
    const content = piece(sentence, 0, after.index);
    if (located?.start === 0 && content && wordCount(content.text) >= 3) {
      return [draft("STATEMENT", content, registry.resolve(located.phrase), sentence, "showed")];
    }
  }
  const m = SHOWN_BY.exec(sentence.text);
  if (!m || insideQuote(sentence, sentence.start + m.index)) return [];
  const located = locateSpeaker((m[1] ?? "").replace(/\s*\([^()]*\)$/, ""));
  if (located?.start !== 0) return [];
  const content = piece(sentence, m.index + m[0].length, sentence.text.length);
  if (!content || wordCount(content.text) < 3) return [];
  return [draft("STATEMENT", content, registry.resolve(located.phrase), sentence, "showed")];
}

/**
 * "The Red Crescent put the death toll at 40", "the ministry raised its count to 212": whoever sets a toll reports
 * the figure it is set to.
 */
export const TOLL_SETTING_VERBS =
  "put|puts|putting|placed|places|raised|raises|revised|revises|gave|gives|updated|updates|lowered|lowers|increased|increases|upped|ups";
const TOLL_SET_BY = new RegExp(
  `^(?:(?:On|Late|Early)\\s+\\p{Lu}\\p{Ll}+day,?\\s+|(?:Earlier|Later|Previously)(?!\\s+(?:reports?|estimates?|figures|tall(?:y|ies)|counts?|statements?)\\b),?\\s+)?([^;]{2,120}?)\\s+(?:(?:later|also|then|again|earlier|subsequently)\\s+)?(?:(?:has|have|had)\\s+(?:(?:later|also|then|again|earlier|since|now)\\s+)?)?(${TOLL_SETTING_VERBS})\\s+` +
    "(?:(?:the|its|their|his|her|a|an)\\s+)?(?:[\\p{Ll}’'-]+\\s+){0,2}?(?:toll|tally|total|count|figures?|number\\s+(?:of\\s+)?[\\p{Ll}]+)" +
    // "put the death toll in Hama at 10": where it was counted.
    "(?:\\s+(?:in|for)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})?" +
    // "raised the number of missing by more than two thirds to 332": by how much, before its new value.
    "(?:\\s+by\\s+[^,;]{1,40}?(?=\\s+to\\b))?" +
    // "upped the death count Thursday from 40": when.
    "(?:\\s+(?:on\\s+)?\\p{Lu}\\p{Ll}+day(?:\\s+(?:morning|afternoon|evening|night))?)?\\s+(?:at|to|as|of|from|up|down)\\b",
  "u",
);

function tollSetBy(sentence: Sentence, registry: EntityRegistry): StatementDraft[] {
  const m = TOLL_SET_BY.exec(sentence.text);
  if (!m) {
    // "Television showed the rescue; the broadcaster put the death toll at 31": a clause of its own after a semicolon.
    const semicolon = sentence.text.lastIndexOf("; ");
    if (semicolon < 0 || insideQuote(sentence, sentence.start + semicolon)) return [];
    return tollSetBy(part(sentence, semicolon + 2, sentence.text.length), registry).map((d) => ({ ...d, sentence }));
  }
  if (insideQuote(sentence, sentence.start + m.index)) return [];
  // "The agency on Tuesday lowered the death toll": when, not who.
  const located = locateSpeaker(stripAuxiliaries(m[1] ?? ""));
  if (located?.start !== 0 || located.phrase.type === "pronoun") return [];
  // Resolved first: the sources read in the order they are named, so a "he" after "…, but a spokesman said" is his.
  const speaker = registry.resolve(located.phrase);
  // The act is the whole predicate, as with "X confirmed 17 deaths": "put the death toll at 40".
  // (The subject starts after an opening "On Monday," or "Earlier".)
  const verbAt = m.index + m[0].indexOf(m[1] ?? "") + (m[1] ?? "").length;
  // "Officials put the toll at 40, but the Red Cross said …": a second source gets the clause it opens.
  const but = /[,;]\s+(?:but|while|whereas)\s+/g;
  but.lastIndex = verbAt;
  let end = sentence.text.length;
  let later: StatementDraft[] = [];
  for (let c = but.exec(sentence.text); c; c = but.exec(sentence.text)) {
    if (insideQuote(sentence, sentence.start + c.index)) continue;
    later = reportedIn(sentence, c.index + c[0].length, sentence.text.length, registry);
    if (later.length > 0) {
      end = c.index;
      break;
    }
  }
  // "lowered the death toll to 9, saying a victim thought dead was rescued": what it said besides.
  // ("upped the death count from 40, and said two-thirds were …": what it said besides, after "and said".)
  const pieces = end === sentence.text.length ? actThenReport(sentence, verbAt) : [piece(sentence, verbAt, end)].filter(isPiece);
  if (!pieces[0] || wordCount(pieces[0].text) < 3) return later;
  return [...pieces.map((p) => draft("STATEMENT", p, speaker, sentence, m[2] ?? "put")), ...later];
}

/**
 * "The agency quoted a police official as saying 12 people died", "Reuters quotes state television as saying today
 * that …": the one quoted is the source, not the agency.
 */
const QUOTED_AS =
  /\bquot(?:ed|es|e|ing)\s+(.{2,100}?)\s+as\s+saying\s+(?:(?:today|yesterday|on\s+\p{Lu}\p{Ll}+day|\p{Lu}\p{Ll}+day)\s+)?(?:that\s+)?/u;

/** "Foreign Minister Nyan Win was quoted by state television as saying …": the one quoted is the subject. */
const QUOTED_BY_AS =
  /^(.{2,120}?)\s+(?:was|were|is|are|has\s+been|have\s+been)\s+quoted\s+(?:by|in)\s+[^,;:]{2,80}?\s+as\s+saying\s+(?:that\s+)?/u;

function quotedAs(sentence: Sentence, registry: EntityRegistry): StatementDraft[] {
  const passive = QUOTED_BY_AS.exec(sentence.text);
  if (passive) {
    const located = locateSpeaker(stripAuxiliaries(passive[1] ?? ""));
    const content = piece(sentence, passive[0].length, sentence.text.length);
    if (located && content && wordCount(content.text) >= 3) {
      return [draft("STATEMENT", content, registry.resolve(located.phrase), sentence, "saying")];
    }
  }
  const m = QUOTED_AS.exec(sentence.text);
  if (!m || insideQuote(sentence, sentence.start + m.index)) return [];
  const located = locateSpeaker((m[1] ?? "").replace(/,$/, ""));
  if (located?.start !== 0 || located.phrase.type === "pronoun") return [];
  const content = piece(sentence, m.index + m[0].length, sentence.text.length);
  if (!content || wordCount(content.text) < 3) return [];
  // "Police said 87 people had been killed but a rights group quoted hospital sources as saying …": the first
  // source's report, before "but", is its own.
  const but = sentence.text.slice(0, m.index).lastIndexOf(" but ");
  const trimmed = but > 0 ? sentence.text.slice(0, but).replace(/[\s,;]+$/, "") : "";
  const earlier = but > 0 && !insideQuote(sentence, sentence.start + but) ? reportedIn(sentence, 0, trimmed.length, registry) : [];
  return [...earlier, draft("STATEMENT", content, registry.resolve(located.phrase), sentence, "saying")];
}

/**
 * "The Taliban released a statement saying the chief was killed", "released a statement condemning the attack, saying
 * …", "SANA offered a differing version, saying …": whoever put out the statement or account says it.
 */
const ISSUED_SAYING =
  /^(.{2,120}?)\s+(?:has\s+|have\s+)?(?:released|issued|put\s+out|published|sent|posted|offered|gave|provided)\s+(?:a|an|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:statement|message|communiqu[eé]|video|notice|version|account)(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?(?:\s+\p{Ll}+ing\s+[^,.;:!?"“”]{1,60},)?\s*,?\s*saying\s+(?:that\s+)?/u;

function issuedSaying(sentence: Sentence, registry: EntityRegistry): StatementDraft[] {
  const m = ISSUED_SAYING.exec(sentence.text);
  if (!m || insideQuote(sentence, sentence.start + m.index)) return [];
  const located = locateSpeaker(m[1] ?? "");
  if (located?.start !== 0) return [];
  const content = piece(sentence, m[0].length, sentence.text.length);
  if (!content || wordCount(content.text) < 3) return [];
  return [draft("STATEMENT", content, registry.resolve(located.phrase), sentence, "saying")];
}

/**
 * "…, with officials saying at least 76 people have died", "with South Africa having reported 59 deaths": the source is
 * the subject of the participle.
 */
const WITH_SAYING =
  /\bwith\s+((?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'.-]+)\s+(?:saying|reporting|estimating|warning|having\s+(?:reported|said|confirmed|recorded|registered))\s+(?:that\s+)?/u;

function withSource(sentence: Sentence, registry: EntityRegistry): StatementDraft[] {
  const m = WITH_SAYING.exec(sentence.text);
  if (!m || insideQuote(sentence, sentence.start + m.index)) return [];
  const located = locateSpeaker(m[1] ?? "");
  if (located?.start !== 0 || located.phrase.type === "pronoun") return [];
  const content = piece(sentence, m.index + m[0].length, sentence.text.length);
  if (!content || wordCount(content.text) < 3) return [];
  // "He told reporters that the toll had risen to 31, with other officials saying …": the clause before has its own.
  const comma = /,\s*$/.exec(sentence.text.slice(0, m.index));
  const earlier = comma ? reportedIn(sentence, 0, comma.index, registry) : [];
  return [...earlier, draft("STATEMENT", content, registry.resolve(located.phrase), sentence, "saying")];
}

function innerText(source: string, q: QuoteSpan): Piece {
  const raw = source.slice(q.innerStart, q.innerEnd);
  const text = raw.trim().replace(/[,.;:]$/, "");
  const at = q.innerStart + raw.indexOf(text);
  return { text, start: at, end: at + text.length };
}

/** "“…,” X said." / "“…,” said X." / "“…,” X said, “…”": the speaker right after the opening quotation. */
function quoteFirst(sentence: Sentence, source: string, registry: EntityRegistry): StatementDraft[] {
  const [first, second] = sentence.quotes;
  if (!first) return [];
  const restStart = first.end - sentence.start;
  const rest = sentence.text.slice(restStart);
  // "“…,” the TV report quoted Ahmadreza Radan, Iran’s deputy police chief, as saying.": the one quoted said it.
  const quoted = /^[\s,]*[^,.;:!?"“”]{2,60}?\s+(?:quoted|quotes|cited|cites)\s+([^;:!?"“”]{2,120}?),?\s+as\s+saying\b/u.exec(rest);
  const quotedSpeaker = quoted ? (locateSpeaker(`${quoted[1]},`) ?? locateSpeaker(quoted[1] ?? "")) : null;
  if (quotedSpeaker?.start === 0) {
    return [draft("QUOTE", innerText(source, first), registry.resolve(quotedSpeaker.phrase), sentence, "saying")];
  }
  const m = FIRST_VERB.exec(rest);
  if (!m) return [];
  // ",” in the capital Patna, the police chief, X, told AFP": where it was said may come before the speaker.
  const pre = stripAuxiliaries(rest.slice(0, m.index))
    .replace(/^[\s,]+/, "")
    .replace(/^(?:in|from|at)\s+[^,]{2,40},\s+(?=\S)/u, "");
  let located: ReturnType<typeof locateSpeaker> = null;
  if (pre.trim() === "") located = speakerAfter(rest.slice(m.index + m[0].length).replace(/[“"«].*$/su, ""));
  else {
    // "“…,” R.S. Gopalan, the senior official in Orissa said": the apposition's closing comma may be left out.
    const candidates = [pre.trimEnd(), ...(pre.includes(",") ? [`${pre.trimEnd()},`] : [])].map((p) => locateSpeaker(p));
    located = candidates.find((candidate) => candidate?.start === 0) ?? null;
  }
  if (!located) return [];
  let text = innerText(source, first);
  const speaker = registry.resolve(located.phrase);
  const verb = m[0].toLowerCase();
  if (second) {
    // "“We will not stop,” she said, “until they are punished.”" is one quotation.
    const between = source.slice(first.end, second.start);
    if (/,\s*$/.test(between) && !/[.!?]/.test(between)) {
      const more = innerText(source, second);
      text = { text: `${text.text} ${more.text}`, start: text.start, end: more.end };
    } else if (/,\s*(?:noting|adding|saying|explaining|warning)\b[^.!?]*$/.test(between)) {
      // "“…,” he said, noting that a record “1.2 million cases were reported”": a second quotation of the same speaker.
      const both = [draft("QUOTE", text, speaker, sentence, verb), draft("QUOTE", innerText(source, second), speaker, sentence, verb)];
      // "…, adding that tens of thousands of the displaced face “dire conditions”": the clause says more than the quote.
      const that = /,\s*(?:noting|adding|saying)\s+that\s+/.exec(between);
      const clause = that ? piece(sentence, first.end - sentence.start + that.index + that[0].length, sentence.text.length) : null;
      const own = that ? between.slice(that.index + that[0].length) : "";
      return clause && wordCount(own) >= 3
        ? [both[0] as StatementDraft, draft("STATEMENT", clause, speaker, sentence, verb), both[1] as StatementDraft]
        : both;
    }
  }
  // "“…,” a spokesman told journalists, adding that tens of thousands are in need": reported speech after the quote.
  // "“…,” the airline said, revising the death toll down from 62": a toll the speaker set, likewise.
  const found =
    /,\s*(?:(?:adding|noting|saying)\s+(?:that\s+|(?=(?:he|she|they|it|we|the|at|about|more|some|\d)\s))|(?=(?:revising|raising|lowering|updating|putting|bringing)\s+(?:the|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:toll|count|tally|figure|number)\b))/u.exec(
      rest.slice(m.index),
    );
  // A second quotation may sit inside what was added ("adding that they face “dire conditions”").
  const adding = found && (!second || second.start - sentence.start > restStart + m.index + found.index) ? found : null;
  const more = adding ? piece(sentence, restStart + m.index + adding.index + adding[0].length, sentence.text.length) : null;
  if (more && wordCount(more.text) >= 3)
    return [draft("QUOTE", text, speaker, sentence, verb), draft("STATEMENT", more, speaker, sentence, verb)];
  return [draft("QUOTE", text, speaker, sentence, verb)];
}

/** "X said: “…”", "X told reporters, “…”", "X said that “…”". */
function quoteAfterIntro(sentence: Sentence, source: string, registry: EntityRegistry): StatementDraft[] {
  const first = sentence.quotes[0];
  if (!first) return [];
  const lead = sentence.text.slice(0, first.start - sentence.start);
  if (!/(?:[:;,]|\bthat|\b(?:said|says|added|stated|wrote|declared|told\s+\S+|saying))\s*$/.test(lead)) return [];
  // 'SANA said "armed terrorist gangs" killed four soldiers': a quoted phrase inside the reported clause, which goes on.
  if (/^\s+\p{Ll}/u.test(sentence.text.slice(first.end - sentence.start)) && !/[:;,]\s*$/.test(lead)) return [];
  // "X described the incident to Reuters: “…”": a colon introduces the quotation whatever the verb's object.
  const colon = /[:;]\s*$/.test(lead);
  const full = lead.replace(/\s*[:;,]?\s*(?:that\s*)?$/, "");
  // "X condemned the attack in a statement, saying, “…”": the quotation is X's, whatever the verb's object.
  const participle = /,\s*(?:saying|adding|stating|writing)$/.exec(full);
  const intro = participle ? full.slice(0, participle.index) : full;
  const all = [...intro.matchAll(VERB)];
  const m = all[all.length - 1];
  if (!m) return [];
  let i = m.index + m[0].length;
  if (m[0] === "told" || m[0] === "tells" || m[0] === "tell") i = toldObjectEnd(intro, i);
  if (!participle && !colon && skipAdverbials(intro, i) < intro.trimEnd().length) return [];
  const pre = stripAuxiliaries(intro.slice(0, m.index));
  if (PASSIVE_TAIL.test(pre)) return [];
  const located = locateSpeaker(pre);
  if (!located || wordCount(pre.slice(located.start)) > 16) return [];
  return [draft("QUOTE", innerText(source, first), registry.resolve(located.phrase), sentence, m[0].toLowerCase())];
}

/** Direct quotations, and a bare follow-up quotation by the speaker of the one just before. */
function quoted(sentence: Sentence, source: string, registry: EntityRegistry, previous: StatementDraft | null): StatementDraft[] {
  const first = sentence.quotes[0];
  if (!first) return [];
  const startsWithQuote = sentence.text.slice(0, first.start - sentence.start).trim() === "";
  if (!startsWithQuote) return quoteAfterIntro(sentence, source, registry);
  const alone = /^[\s.!?]*$/.test(sentence.text.slice(first.end - sentence.start));
  if (!alone) return quoteFirst(sentence, source, registry);
  // A quotation standing alone goes on the speaker of the sentence before: a quotation's, or a person's report ("X tells
  // VOA she was awoken by the quake." then "“I was sleeping …”").
  const carried = previous?.kind === "QUOTE" || previous?.speaker.kind === "PERSON";
  if (previous && carried && previous.sentence.index === sentence.index - 1) {
    return [draft("QUOTE", innerText(source, first), previous.speaker, sentence, previous.verb)];
  }
  return [];
}

/**
 * "Officials say almost 2,000 civilians died. Another 1,900 people were wounded …", "… Fifteen other people were
 * injured.": a sentence that opens by adding to the figure just reported continues the same report, by the same source.
 */
const CONTINUING =
  /^(?:(?:Another|A further|An additional)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand)\b)|(?:\d[\d,]*|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty)\s+(?:other|more)\s)/;

function continued(sentence: Sentence, previous: StatementDraft | undefined): StatementDraft[] {
  if (previous?.kind !== "STATEMENT" || previous.sentence.index !== sentence.index - 1) return [];
  if (!CONTINUING.test(sentence.text)) return [];
  const content = piece(sentence, 0, sentence.text.length);
  return content ? [draft("STATEMENT", content, previous.speaker, sentence, previous.verb)] : [];
}

/**
 * "Padang's mayor, Fauzi Bahar, asked for help on the radio. “We need help,” he said.": a person who opens a sentence as
 * its subject, with a title, is the one a following "he" or "she" means, though the sentence reports nothing.
 */
const ACTING_PERSON =
  /^((?:[\p{L}’'.-]+,?\s+){1,12}?)(?:(?:has|had|was|is)\s+)?(?:been\s+)?(?:\p{Ll}{3,}ed|made|gave|took|held|led|sent|spoke|met|went|came|wrote|began|became)\b/u;

function actingPerson(sentence: Sentence, registry: EntityRegistry): void {
  const m = ACTING_PERSON.exec(sentence.text);
  if (!m || insideQuote(sentence, sentence.start)) return;
  const located = locateSpeaker((m[1] ?? "").trimEnd());
  const phrase = located?.phrase;
  if (located?.start === 0 && phrase?.type === "named" && phrase.kind === "PERSON" && phrase.role) registry.resolve(phrase);
}

/**
 * "Last week, the Pakistani Taliban took responsibility for … The group said …": a group that takes responsibility is
 * the one a following "the group" means, though taking responsibility reports nothing.
 */
const RESPONSIBLE =
  /^(?:[^,]{1,40},\s+)?((?:[\p{L}’'.-]+\s+){1,6}?)(?:(?:has|have|had)\s+)?(?:took|taken|claimed|accepted)\s+responsibility\b/u;

function responsibleGroup(sentence: Sentence, registry: EntityRegistry): void {
  const m = RESPONSIBLE.exec(sentence.text);
  if (!m || insideQuote(sentence, sentence.start)) return;
  const located = locateSpeaker((m[1] ?? "").trimEnd());
  const phrase = located?.phrase;
  if (located?.start === 0 && phrase?.type === "named" && phrase.kind !== "PERSON") registry.resolve(phrase);
}

/** All attributed statements of an article, resolving speakers in reading order. */
export function extractStatements(sentences: Sentence[], source: string, registry: EntityRegistry): StatementDraft[] {
  const out: StatementDraft[] = [];
  let lastSaid: StatementDraft | null = null;
  let previous: { sentence: Sentence; found: number } | undefined;
  for (const sentence of sentences) {
    if (previous?.found === 0) {
      const after = accordingAfter(sentence, previous.sentence, registry);
      if (after.length > 0) {
        out.push(...after);
        previous = { sentence, found: after.length };
        continue;
      }
    }
    let found = quoted(sentence, source, registry, lastSaid);
    if (found.length === 0) found = according(sentence, registry);
    if (found.length === 0) found = shownBy(sentence, registry);
    if (found.length === 0) found = withSource(sentence, registry);
    if (found.length === 0) found = tollSetBy(sentence, registry);
    if (found.length === 0) found = quotedAs(sentence, registry);
    if (found.length === 0) found = issuedSaying(sentence, registry);
    if (found.length === 0) found = continued(sentence, out[out.length - 1]);
    if (found.length === 0) found = reported(sentence, registry);
    if (found.length === 0) {
      actingPerson(sentence, registry);
      responsibleGroup(sentence, registry);
      const introduced = insideQuote(sentence, sentence.start) ? null : introducedPerson(sentence.text);
      if (introduced) registry.resolve(introduced);
    }
    for (const organisation of describedOrganisationsIn(sentence.text)) registry.resolve(organisation);
    lastSaid = found.find((d) => d.kind === "QUOTE") ?? found.at(-1) ?? null;
    out.push(...found);
    previous = { sentence, found: found.length };
  }
  return out;
}
