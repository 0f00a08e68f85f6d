import type { ExtractedFigure } from "./types.js";
import { NATIONALITIES, isCountry } from "./gazetteer.js";
import { type NumberMention, isScale, scanNumbers, smallNumber } from "./numbers.js";
import type { Sentence } from "./sentences.js";
import { type Token, endsBefore, matchesAt, tokenize } from "./tokens.js";

type Metric = ExtractedFigure["metric"];
type Qualifier = ExtractedFigure["qualifier"];

/** A figure as stated in one sentence, before place, period and attribution are attached. */
export interface FigureDraft {
  metric: Metric;
  subject: string;
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  statedText: string;
  statedStart: number;
  statedEnd: number;
  /** Index (in this sentence's drafts) of the figure this one is part of: "…, including over 800 civilians". */
  partOf: number | null;
  /** False when no rule named what befell the people and the count is kept as OTHER (see countOfPeopleBefallen). */
  outcomeRecognised: boolean;
}

/** Words before a number and the qualifier they make; longest first so "no more than" beats "more than". */
const QUALIFIERS: Array<[string[], Qualifier]> = (
  [
    [["no", "fewer", "than"], "AT_LEAST"],
    [["no", "less", "than"], "AT_LEAST"],
    [["not", "less", "than"], "AT_LEAST"],
    [["a", "minimum", "of"], "AT_LEAST"],
    // ("at least least 350 people": a word typed twice.)
    [["at", "least", "least"], "AT_LEAST"],
    [["at", "least"], "AT_LEAST"],
    [["no", "more", "than"], "UP_TO"],
    [["as", "many", "as"], "UP_TO"],
    [["as", "high", "as"], "UP_TO"],
    [["as", "much", "as"], "UP_TO"],
    [["a", "maximum", "of"], "UP_TO"],
    // "A maximum 40 people are feared missing".
    [["a", "maximum"], "UP_TO"],
    [["a", "minimum"], "AT_LEAST"],
    [["up", "to"], "UP_TO"],
    [["at", "most"], "UP_TO"],
    [["fewer", "than"], "UP_TO"],
    [["less", "than"], "UP_TO"],
    [["in", "excess", "of"], "MORE_THAN"],
    [["upwards", "of"], "MORE_THAN"],
    [["upward", "of"], "MORE_THAN"],
    [["more", "than"], "MORE_THAN"],
    // "the number of dead is higher than 200".
    [["higher", "than"], "MORE_THAN"],
    [["greater", "than"], "MORE_THAN"],
    [["just", "over"], "MORE_THAN"],
    // "has risen to slightly over 200".
    [["slightly", "over"], "MORE_THAN"],
    [["slightly", "more", "than"], "MORE_THAN"],
    [["well", "over"], "MORE_THAN"],
    [["over"], "MORE_THAN"],
    [["an", "estimated"], "APPROXIMATELY"],
    // "the toll is estimated at 1,000", like "an estimated 1,000".
    [["estimated", "at"], "APPROXIMATELY"],
    // "It is estimated that 7,000 people have fled".
    [["estimated", "that"], "APPROXIMATELY"],
    // "the toll is estimated to be 2,000".
    [["estimated", "to", "be"], "APPROXIMATELY"],
    [["close", "to"], "APPROXIMATELY"],
    // "the final death toll is likely to be closer to 150".
    [["closer", "to"], "APPROXIMATELY"],
    // "the death toll is nearer to 30".
    [["nearer", "to"], "APPROXIMATELY"],
    [["just", "under"], "APPROXIMATELY"],
    [["around"], "APPROXIMATELY"],
    [["about"], "APPROXIMATELY"],
    [["some"], "APPROXIMATELY"],
    [["nearly"], "APPROXIMATELY"],
    [["almost"], "APPROXIMATELY"],
    [["approximately"], "APPROXIMATELY"],
    [["roughly"], "APPROXIMATELY"],
    [["estimated"], "APPROXIMATELY"],
    [["circa"], "APPROXIMATELY"],
    // "near 3,000 people are still missing": only ever read right before a number.
    [["near"], "APPROXIMATELY"],
    // ("Severe weather has killed least 18 people": "at" lost in the copy; longer qualifiers are tried first.)
    [["least"], "AT_LEAST"],
  ] satisfies Array<[string[], Qualifier]>
).sort((a, b) => b[0].length - a[0].length);

/** Who can be counted. Plurals only (but see ONE_PERSON): a figure counts people. */
const PEOPLE = new Set(
  (
    "people persons civilians children kids women men girls boys babies infants toddlers teenagers minors adults " +
    "elderly others soldiers troops fighters militants combatants rebels insurgents gunmen policemen police officers " +
    // "six army elements were killed": members of a force, in military usage.
    "elements " +
    "personnel staff workers employees journalists reporters medics paramedics doctors nurses patients residents " +
    "villagers inhabitants refugees migrants asylum-seekers protesters protestors demonstrators students pupils " +
    "detainees prisoners inmates hostages captives members farmers fishermen miners pilgrims worshippers passengers " +
    "tourists volunteers rescuers firefighters relatives families individuals victims survivors bodies Alawites Druze " +
    "Christians Muslims Kurds Israelis sons daughters husbands wives brothers sisters parents siblings grandchildren " +
    "grandsons granddaughters " +
    "cousins nephews nieces suspects guards citizens nationals crew youths households " +
    // Plurals that none of the suffix rules below catch.
    "sailors spectators visitors pedestrians passersby guests officials agents contractors pilots surgeons " +
    "commandos marines recruits cadets conscripts priests clerics monks nuns imams teens adolescents newborns orphans " +
    "widows peasants veterans diplomats dissidents opponents colleagues neighbours neighbors friends fans locals " +
    "Islamists Sunnis Shias Shiites Hindus Sikhs Jews Yazidis Buddhists Hazaras Tajiks Pashtuns Rohingyas Uighurs " +
    "Uyghurs Tutsis Hutus Tamils Houthis Copts Shi'ites Shi’ites " +
    "bandits guerrillas assailants cops bystanders schoolgirls schoolboys schoolchildren bodyguards escorts IDPs " +
    "servicemembers servicemen forces accomplices attendants technicians mechanics labourers laborers professors lecturers academics scholars teachers athletes players " +
    "generals colonels lieutenants captains sergeants corporals occupants participants " +
    "convicts correspondents legislators senators councillors councilors mayors governors candidates delegates " +
    "investigators inspectors traffickers pirates kidnappers expatriates expats vendors merchants tenants nomads " +
    "graduates twins juveniles seniors defendants criminals mercenaries paramilitaries partisans judges " +
    "prosecutors magistrates gendarmes wardens apprentices interns shepherds Bedouins congregants revellers " +
    "revelers physicians politicians musicians clinicians electricians pediatricians paediatricians seminarians " +
    "comrades cohorts companions cooks males females translators interpreters instructors supervisors donors " +
    "Britons Filipinos Thais Scots Danes Swedes Finns Poles Turks Czechs Croats Serbs Greeks " +
    // "80 contacts were being traced": in an outbreak, the people a case met.
    "contacts"
  ).split(" "),
);
/** A count of one names its person in the singular: "one person was killed", "1 soldier died". */
const ONE_PERSON = new Set(
  (
    "person civilian child woman man girl boy baby soldier policeman officer fighter militant journalist worker " +
    "student pilgrim passenger resident villager " +
    // "five civilians and one security personnel were injured": a plural noun used for one in South Asian English.
    "personnel"
  ).split(" "),
);
/**
 * A person named in the singular after "one": the listed ones, and the singular of any people noun ("one crewman",
 * "one fisherman", "one crew member", "one protester", "one body").
 */
function onePerson(t: Token): boolean {
  if (ONE_PERSON.has(t.lower) || t.lower === "body") return true;
  // "one other person": "other" describes the person (its plural "others" is a people noun of its own).
  // ("one further south": adverbs in "-er" would pass the "-ers" plural test below.)
  if (
    !/^\p{Ll}{3,}$/u.test(t.text) ||
    t.lower.endsWith("s") ||
    /^(?:other|further|farther|later|earlier|after|over|under)$/.test(t.lower)
  ) {
    return false;
  }
  const plural = t.lower.endsWith("man") ? `${t.lower.slice(0, -3)}men` : `${t.lower}s`;
  return isPeople({ ...t, text: plural, lower: plural });
}

/** The metric nouns of METRIC_WORDS in the singular, for a count of one: "one death", "one confirmed case". */
const ONE_OUTCOME: Record<string, Metric> = {
  death: "KILLED",
  fatality: "KILLED",
  case: "OTHER",
  infection: "OTHER",
  injury: "INJURED",
  // "One semiconscious survivor was located".
  survivor: "OTHER",
};
const PEOPLE_SUFFIX = /^\p{Ll}+(?:ers|ists|men|ees)$/u;
const NOT_PEOPLE = new Set(
  "numbers orders borders matters letters quarters headquarters waters shelters barriers centers centres towers papers tankers containers computers kilometers meters liters layers powers helicopters choppers bulldozers trawlers freighters".split(
    " ",
  ),
);
// ("two Spaniards, two Poles and two Israelis": some peoples' plurals follow no pattern.)
const NATIONALITY_PLURAL = new RegExp(
  `^(?:${NATIONALITIES})s$|^\\p{Lu}\\p{L}+(?:ians|ans|ites|ese)$|^(?:Spaniards|Brits|Britons|Slovaks|Omanis|Swiss|Poles|Swedes|Danes|Finns|Turks|Greeks|Kurds|Serbs|Croats|Czechs|Thais|Scots|Dutch|Irish|Rohingya|Druze|Hazara)$`,
  "u",
);

/** Singular modifiers of a metric noun, and who they count: "civilian deaths" counts civilians. */
const MODIFIER_SUBJECT: Record<string, string> = {
  civilian: "civilians",
  child: "children",
  children: "children",
  soldier: "soldiers",
  journalist: "journalists",
  worker: "workers",
  woman: "women",
  women: "women",
  migrant: "migrants",
  refugee: "refugees",
  patient: "patients",
  police: "police",
  military: "soldiers",
  student: "students",
  protester: "protesters",
};

/** Nouns and participles that name the metric themselves: "800 dead", "hundreds of civilian deaths". */
const METRIC_WORDS: Record<string, Metric> = {
  dead: "KILLED",
  deaths: "KILLED",
  killed: "KILLED",
  fatalities: "KILLED",
  casualties: "OTHER",
  // Disease counts: "4,581 cases", "dozens of new ebola cases" (not "8,000 corruption cases": see NOT_DISEASE).
  cases: "OTHER",
  // "more than 23,000 sick people", "including 45 ill in Arcahaie".
  sick: "OTHER",
  ill: "OTHER",
  corpses: "KILLED",
  // "one corpse was pulled from the river".
  corpse: "KILLED",
  lives: "KILLED",
  infections: "OTHER",
  injured: "INJURED",
  wounded: "INJURED",
  injuries: "INJURED",
  missing: "MISSING",
  displaced: "DISPLACED",
  // "allowed thousands of evacuated villagers back to their homes".
  evacuated: "DISPLACED",
  detained: "DETAINED",
  // "six deceased patients".
  deceased: "KILLED",
  arrested: "DETAINED",
  arrests: "DETAINED",
  detentions: "DETAINED",
  // "225 targeted assassinations", "40 killings": each a person killed.
  killings: "KILLED",
  // "251 hangings", "the total of 314 executions".
  executions: "KILLED",
  hangings: "KILLED",
  murders: "KILLED",
  assassinations: "KILLED",
  // "tens of thousands of new arrivals" at a border or in camps: people who fled there.
  arrivals: "DISPLACED",
};

/** Outcomes that describe people before their noun: "infected people", "injured passengers". */
const OUTCOME_ADJECTIVES: Record<string, Metric> = {
  infected: "OTHER",
  injured: "INJURED",
  wounded: "INJURED",
  displaced: "DISPLACED",
  // "the number of people affected has risen to 2.5 million".
  affected: "OTHER",
  // "the total number of fishermen rescued has gone up to 2,844".
  rescued: "OTHER",
  evacuated: "DISPLACED",
};

/** The verb phrase after the counted people: "have been reportedly killed", "remain missing". */
const METRIC_AFTER: Array<[string[], Metric]> = [
  [["lost", "their", "lives"], "KILLED"],
  // "two of my grandsons passed away".
  [["passed", "away"], "KILLED"],
  [["shot", "dead"], "KILLED"],
  [["gunned", "down"], "KILLED"],
  [["burned", "alive"], "KILLED"],
  [["buried", "alive"], "KILLED"],
  [["burnt", "alive"], "KILLED"],
  [["slaughtered"], "KILLED"],
  [["lynched"], "KILLED"],
  // "40 were being treated", "12 are receiving treatment": under a doctor's care, a count of the injured.
  [["being", "treated"], "INJURED"],
  [["receiving", "treatment"], "INJURED"],
  [["received", "treatment"], "INJURED"],
  [["received", "medical", "treatment"], "INJURED"],
  [["receiving", "medical", "treatment"], "INJURED"],
  [["under", "treatment"], "INJURED"],
  // "witnesses saw at least four people bloodied on the pavement".
  [["bloodied"], "INJURED"],
  // "Thirty-two were brought wounded".
  [["brought", "wounded"], "INJURED"],
  [["brought", "injured"], "INJURED"],
  [["brought", "dead"], "KILLED"],
  // "dozens of men and boys awaiting treatment for gunshot wounds".
  [["awaiting", "treatment"], "INJURED"],
  [["needed", "treatment"], "INJURED"],
  [["needed", "medical"], "INJURED"],
  [["needed", "hospital"], "INJURED"],
  [["required", "treatment"], "INJURED"],
  [["required", "medical"], "INJURED"],
  [["required", "hospital"], "INJURED"],
  // "17 required emergency medical care", "needed emergency treatment".
  // ("need emergency food aid" is hunger, not injury.)
  ...["needed", "required", "needing", "requiring"].flatMap((verb) =>
    ["medical", "care", "treatment", "surgery"].map((what): [string[], Metric] => [[verb, "emergency", what], "INJURED"]),
  ),
  // Carried off by water, their fate unknown: "six fishermen were swept away".
  [["swept", "away"], "MISSING"],
  [["washed", "away"], "MISSING"],
  // "dozens more feared buried": under rubble or mud, fate unknown.
  [["feared", "buried"], "MISSING"],
  [["believed", "buried"], "MISSING"],
  [["thought", "buried"], "MISSING"],
  [["buried", "under"], "MISSING"],
  // "125 people were feared trapped", "dozens believed trapped in the rubble": trapped with their fate unknown.
  [["feared", "trapped"], "MISSING"],
  // "100 people swallowed up by a landslide".
  [["swallowed", "up", "by"], "MISSING"],
  [["swallowed", "by"], "MISSING"],
  [["believed", "trapped"], "MISSING"],
  [["thought", "trapped"], "MISSING"],
  [["presumed", "trapped"], "MISSING"],
  [["buried", "beneath"], "MISSING"],
  // "300 others became sick": taken ill, not hurt.
  [["became", "sick"], "OTHER"],
  [["became", "ill"], "OTHER"],
  // "More than 200 pupils have been struck down with food poisoning".
  [["struck", "down", "with"], "OTHER"],
  [["fell", "sick"], "OTHER"],
  [["fell", "ill"], "OTHER"],
  // Disease counts: "40 people tested positive".
  [["tested", "positive"], "OTHER"],
  // "139 people were diagnosed with the disease", "diagnosed with cholera".
  [["diagnosed", "with"], "OTHER"],
  // Survivors of a sinking: "12 passengers swam to shore", "made it to safety".
  [["swam", "to"], "OTHER"],
  [["swam", "ashore"], "OTHER"],
  [["swim", "ashore"], "OTHER"],
  [["swim", "to", "safety"], "OTHER"],
  [["swum", "ashore"], "OTHER"],
  [["made", "it", "to", "shore"], "OTHER"],
  [["made", "it", "to", "safety"], "OTHER"],
  [["reached", "safety"], "OTHER"],
  [["reached", "shore"], "OTHER"],
  [["brought", "ashore"], "OTHER"],
  // "six workers managed to escape unhurt", "only two miners escaped alive".
  ...["escape", "escaped"].flatMap(
    (verb): Array<[string[], Metric]> =>
      ["unhurt", "unharmed", "uninjured", "unscathed", "alive"].map((state): [string[], Metric] => [[verb, state], "OTHER"]),
  ),
  // "41 escaped the tragedy with their lives", "escaped with their lives".
  [["escaped", "with", "their", "lives"], "OTHER"],
  [["escaped", "the", "tragedy"], "OTHER"],
  // "About 127 workers managed to escape the mine": out alive (a bare "escaped" may be attackers getting away).
  [["managed", "to", "escape"], "OTHER"],
  [["able", "to", "escape"], "OTHER"],
  // "Thirty-one people had boarded the bus".
  [["boarded"], "OTHER"],
  // "27 people who were disembarked later by the Italian Coast Guard": brought ashore alive.
  [["disembarked"], "OTHER"],
  // "25 were cured", "16 patients were discharged": recovered from a disease or an injury.
  [["cured"], "OTHER"],
  [["discharged"], "OTHER"],
  // "30 people sought treatment at the medical center".
  [["sought", "treatment"], "INJURED"],
  [["sought", "medical", "treatment"], "INJURED"],
  [["seeking", "treatment"], "INJURED"],
  // "35 patients are on respirators": kept alive by a machine, in care.
  [["on", "respirators"], "INJURED"],
  [["on", "ventilators"], "INJURED"],
  [["on", "life", "support"], "INJURED"],
  // "one of the boaters didn't survive".
  [["did", "not", "survive"], "KILLED"],
  [["didn’t", "survive"], "KILLED"],
  [["didn't", "survive"], "KILLED"],
  [["burnt", "to", "ashes"], "KILLED"],
  [["burned", "to", "ashes"], "KILLED"],
  [["charred", "beyond", "recognition"], "KILLED"],
  // "a conflict that has left 15.7 million people without clean water".
  ...["water", "food", "power", "electricity", "sanitation"].flatMap(
    (need): Array<[string[], Metric]> => [
      [["without", need], "OTHER"],
      [["without", "clean", need], "OTHER"],
    ],
  ),
  // "around 30 million people needing humanitarian assistance".
  [["needing", "humanitarian"], "OTHER"],
  [["needing", "assistance"], "OTHER"],
  [["needing", "aid"], "OTHER"],
  [["needing", "food"], "OTHER"],
  // "thousands of people are hungry", "went hungry": in want of food.
  [["hungry"], "OTHER"],
  // "another 200,000 live as refugees in neighbouring Chad".
  [["live", "as", "refugees"], "DISPLACED"],
  [["living", "as", "refugees"], "DISPLACED"],
  [["lived", "as", "refugees"], "DISPLACED"],
  // "up to 65,000 people were on the move".
  [["on", "the", "move"], "DISPLACED"],
  [["from", "their", "homes"], "DISPLACED"],
  // "3,000 were driven from their homes".
  [["driven", "from"], "DISPLACED"],
  [["driven", "out"], "DISPLACED"],
  // "forced more than 200,000 people out of their homes".
  [["out", "of", "their", "homes"], "DISPLACED"],
  [["forced", "from", "their", "homes"], "DISPLACED"],
  // "13,830 people were forced to abandon their homes".
  [["forced", "to", "abandon", "their", "homes"], "DISPLACED"],
  [["forced", "to", "flee"], "DISPLACED"],
  [["forced", "to", "leave"], "DISPLACED"],
  [["forced", "to", "relocate"], "DISPLACED"],
  [["made", "homeless"], "DISPLACED"],
  [["rendered", "homeless"], "DISPLACED"],
  [["took", "shelter"], "DISPLACED"],
  [["treated", "in"], "INJURED"],
  [["treated", "at"], "INJURED"],
  [["forced", "out"], "DISPLACED"],
  // "forced into relief camps", "forced into hiding".
  [["forced", "into"], "DISPLACED"],
  [["left", "homeless"], "DISPLACED"],
  [["left", "without", "shelter"], "DISPLACED"],
  [["left", "without", "homes"], "DISPLACED"],
  // "left 700 residents without shelter".
  [["without", "shelter"], "DISPLACED"],
  [["without", "homes"], "DISPLACED"],
  // "forced 10,000 people to flee their homes", "sent thousands fleeing".
  [["to", "flee"], "DISPLACED"],
  [["fleeing"], "DISPLACED"],
  [["unaccounted", "for"], "MISSING"],
  [["taken", "into", "custody"], "DETAINED"],
  // "100 people involved in the riots have turned themselves in".
  [["turned", "themselves", "in"], "DETAINED"],
  [["handed", "themselves", "in"], "DETAINED"],
  [["handed", "themselves", "over"], "DETAINED"],
  [["gave", "themselves", "up"], "DETAINED"],
  [["rounded", "up"], "DETAINED"],
  [["taken", "hostage"], "OTHER"],
  [["taken", "prisoner"], "DETAINED"],
  [["lost", "their", "homes"], "DISPLACED"],
  // "thousands of families have lost homes and crops".
  [["lost", "homes"], "DISPLACED"],
  [["lost", "their", "houses"], "DISPLACED"],
  [["sought", "refuge"], "DISPLACED"],
  [["took", "refuge"], "DISPLACED"],
  [["taken", "refuge"], "DISPLACED"],
  // "27,000 have sought safety to the north in Rwanda".
  [["sought", "safety"], "DISPLACED"],
  [["seeking", "safety"], "DISPLACED"],
  [["sought", "shelter"], "DISPLACED"],
  [["taking", "refuge"], "DISPLACED"],
  [["seeking", "refuge"], "DISPLACED"],
  [["taking", "shelter"], "DISPLACED"],
  [["seeking", "shelter"], "DISPLACED"],
  [["fell", "ill"], "OTHER"],
  // "300,000 people needed food aid", "2 million people in need of assistance": those the crisis touches.
  [["needed", "food", "aid"], "OTHER"],
  [["need", "food", "aid"], "OTHER"],
  [["needed", "humanitarian"], "OTHER"],
  [["need", "humanitarian"], "OTHER"],
  [["needed", "supplementary", "feeding"], "OTHER"],
  [["in", "need", "of"], "OTHER"],
  [["in", "urgent", "need", "of"], "OTHER"],
  [["in", "dire", "need", "of"], "OTHER"],
  [["need", "help"], "OTHER"],
  // "20 fishermen went missing", "two climbers have gone missing".
  [["went", "missing"], "MISSING"],
  // "another 40 people have been identified as missing".
  [["identified", "as", "missing"], "MISSING"],
  [["gone", "missing"], "MISSING"],
  [["going", "missing"], "MISSING"],
  [["fallen", "ill"], "OTHER"],
  [["treated", "for"], "INJURED"],
  [["taken", "to", "hospital"], "INJURED"],
  // "Fifty-three people were sent to hospital".
  [["sent", "to", "hospital"], "INJURED"],
  [["sent", "to", "hospitals"], "INJURED"],
  [["sent", "to", "the", "hospital"], "INJURED"],
  [["held", "hostage"], "OTHER"],
  // "twelve suspects are being held", "were held for questioning".
  [["held"], "DETAINED"],
  [["into", "custody"], "DETAINED"],
  // "Some 45 of those suspects were remanded in custody".
  [["remanded"], "DETAINED"],
  // "15,000 of them remain under arrest", "are still in detention".
  [["under", "arrest"], "DETAINED"],
  [["in", "detention"], "DETAINED"],
  [["under", "detention"], "DETAINED"],
  // "45 kept behind bars", "remain behind bars".
  [["behind", "bars"], "DETAINED"],
  [["kept", "behind", "bars"], "DETAINED"],
  // "77 are under admission in hospitals".
  [["under", "admission"], "INJURED"],
  [["in", "custody"], "DETAINED"],
  [["relocated"], "DISPLACED"],
  [["resettled"], "DISPLACED"],
  // "five soldiers were among the dead", "two nurses are among those injured".
  [["among", "the", "dead"], "KILLED"],
  // A headline's "219 women, children among dead".
  [["among", "dead"], "KILLED"],
  // "two protesters lay dead".
  [["lay", "dead"], "KILLED"],
  [["lie", "dead"], "KILLED"],
  [["lying", "dead"], "KILLED"],
  [["among", "the", "killed"], "KILLED"],
  [["among", "those", "killed"], "KILLED"],
  [["among", "the", "injured"], "INJURED"],
  [["among", "the", "wounded"], "INJURED"],
  [["among", "those", "injured"], "INJURED"],
  [["among", "those", "wounded"], "INJURED"],
  [["among", "the", "missing"], "MISSING"],
  [["among", "the", "casualties"], "OTHER"],
  // "were among those who have been killed", "among those who died".
  [["among", "those", "who", "died"], "KILLED"],
  // "552 children and 315 women were among those who lost their lives".
  [["among", "those", "who", "lost", "their", "lives"], "KILLED"],
  [["among", "those", "who", "perished"], "KILLED"],
  [["among", "the", "fatalities"], "KILLED"],
  ...(["were", "have been", "had been"] as const).flatMap((be) =>
    (
      [
        ["killed", "KILLED"],
        ["injured", "INJURED"],
        ["wounded", "INJURED"],
        // "Fifteen medical workers are among those who have been infected".
        ["infected", "OTHER"],
        ["arrested", "DETAINED"],
      ] as const
    ).map(([outcome, metric]): [string[], Metric] => [["among", "those", "who", ...be.split(" "), outcome], metric]),
  ),
  // "three suicide bombers blew themselves up".
  [["blew", "themselves", "up"], "KILLED"],
  [["killed"], "KILLED"],
  [["dead"], "KILLED"],
  // "one person was found deceased", "two were pronounced deceased".
  [["deceased"], "KILLED"],
  [["died"], "KILLED"],
  [["dying"], "KILLED"],
  [["die"], "KILLED"],
  [["perished"], "KILLED"],
  [["drowned"], "KILLED"],
  [["succumbed"], "KILLED"],
  [["executed"], "KILLED"],
  [["murdered"], "KILLED"],
  [["massacred"], "KILLED"],
  [["beheaded"], "KILLED"],
  [["electrocuted"], "KILLED"],
  [["slain"], "KILLED"],
  [["martyred"], "KILLED"],
  [["wounded"], "INJURED"],
  [["injured"], "INJURED"],
  [["hurt"], "INJURED"],
  [["missing"], "MISSING"],
  [["disappeared"], "MISSING"],
  [["vanished"], "MISSING"],
  // "about 150 people jumped off the ferry before it sank": their fate untold.
  [["jumped", "off"], "OTHER"],
  [["jumped", "overboard"], "OTHER"],
  // "at least 100,000 Somalis have migrated to Mogadishu in search of food".
  [["migrated"], "DISPLACED"],
  [["displaced"], "DISPLACED"],
  [["fled"], "DISPLACED"],
  // "Nearly 6,000 people flee attacks": the present of headlines and leads.
  [["flee"], "DISPLACED"],
  [["uprooted"], "DISPLACED"],
  [["homeless"], "DISPLACED"],
  [["detained"], "DETAINED"],
  [["arrested"], "DETAINED"],
  [["jailed"], "DETAINED"],
  // "112 prisoners who had escaped were recaptured".
  [["recaptured"], "DETAINED"],
  [["imprisoned"], "DETAINED"],
  [["captured"], "DETAINED"],
  [["infected"], "OTHER"],
  [["sickened"], "OTHER"],
  [["stranded"], "OTHER"],
  [["marooned"], "OTHER"],
  // Crushed or trampled in a crowd, hurt or killed: the outcome is not said ("crushed to death" is read first).
  [["crushed"], "OTHER"],
  [["trampled"], "OTHER"],
  [["abducted"], "OTHER"],
  [["kidnapped"], "OTHER"],
  // "12 hostages were freed". ("Released" is left out: "two men were questioned and released" counts no one harmed.)
  [["freed"], "OTHER"],
  // "50 others have been evacuated for treatment": taken away to be treated, so hurt.
  [["evacuated", "for", "treatment"], "INJURED"],
  [["evacuated", "for", "medical", "treatment"], "INJURED"],
  [["evacuated"], "DISPLACED"],
  // "he saw 200 people being taken away in police vehicles", "were led away by police".
  ...["taken", "led", "carted", "hauled", "dragged"].flatMap(
    (verb): Array<[string[], Metric]> => ["by", "in"].map((how): [string[], Metric] => [[verb, "away", how, "police"], "DETAINED"]),
  ),
  // "Up to 50 people, including 10 policemen, have sought medical assistance due to the blaze".
  ...["sought", "seeking", "needed", "needing", "required", "requiring", "received", "receiving"].flatMap(
    (verb): Array<[string[], Metric]> =>
      ["assistance", "treatment", "help", "care", "attention"].map((what): [string[], Metric] => [[verb, "medical", what], "INJURED"]),
  ),
  // "thousands more are evacuating from one of the worst wildfires".
  [["evacuating", "from"], "DISPLACED"],
  // "2 million children are at risk of contracting measles": counted among those threatened.
  [["at", "risk"], "OTHER"],
  [["at", "high", "risk"], "OTHER"],
  [["at", "great", "risk"], "OTHER"],
  // "6,000 residents have been told to evacuate their homes": ordered out, counted with the evacuated.
  // ("Three-hundred people had to evacuate".)
  ...["told", "ordered", "urged", "asked", "advised", "forced", "had", "have"].map((verb): [string[], Metric] => [
    [verb, "to", "evacuate"],
    "DISPLACED",
  ]),
  // "At least 60 nearby residents were ordered evacuated".
  [["ordered", "evacuated"], "DISPLACED"],
  [["trapped"], "OTHER"],
  [["rescued"], "OTHER"],
  // "three fishermen were hoisted to safety", "airlifted from the roof".
  [["hoisted"], "OTHER"],
  [["airlifted"], "OTHER"],
  [["winched"], "OTHER"],
  [["hospitalised"], "INJURED"],
  [["hospitalized"], "INJURED"],
  [["affected"], "OTHER"],
  // "another 50,000 have lost their crops": what they lived on, gone.
  ...["crops", "livelihoods", "livestock", "belongings", "possessions"].map((what): [string[], Metric] => [
    ["lost", "their", what],
    "OTHER",
  ]),
  // "5,500 people have been placed in quarantine", "are quarantined".
  [["placed", "in", "quarantine"], "OTHER"],
  [["in", "quarantine"], "OTHER"],
  [["quarantined"], "OTHER"],
  [["impacted"], "OTHER"],
  // "More than 700,000 people were lashed by the typhoon": in its path, counted as affected.
  [["lashed", "by"], "OTHER"],
  [["battered", "by"], "OTHER"],
  // "all 187 passengers and crew members had been accounted for": those on board, all found.
  [["accounted", "for"], "OTHER"],
  // "Thousands of people are still sleeping outdoors": out of their homes.
  [["sleeping", "outdoors"], "DISPLACED"],
  [["sleeping", "outside"], "DISPLACED"],
  [["sleeping", "in", "the", "open"], "DISPLACED"],
  // "500,000 people face starvation", "are suffering from severe food shortages": in want, counted as affected.
  // "pushed more than 20 million to the brink of starvation", "are on the brink of famine".
  ...["to", "on"].flatMap((at) => ["starvation", "famine"].map((want): [string[], Metric] => [[at, "the", "brink", "of", want], "OTHER"])),
  // "15 others who were adrift on their life rafts".
  [["adrift"], "OTHER"],
  // "45,000 people are expected to remain in famine-like conditions", "six million people are severely food insecure",
  // "one million children are acutely malnourished".
  [["in", "famine-like", "conditions"], "OTHER"],
  [["in", "famine"], "OTHER"],
  ...["", "severely", "acutely"].flatMap((how): Array<[string[], Metric]> => {
    const by = how ? [how] : [];
    return [
      [[...by, "food", "insecure"], "OTHER"],
      [[...by, "malnourished"], "OTHER"],
    ];
  }),
  [["face", "starvation"], "OTHER"],
  [["facing", "starvation"], "OTHER"],
  [["face", "famine"], "OTHER"],
  [["facing", "famine"], "OTHER"],
  [["suffering", "from", "malnutrition"], "OTHER"],
  [["suffering", "from", "severe", "malnutrition"], "OTHER"],
  [["suffering", "from", "food", "shortages"], "OTHER"],
  [["suffering", "from", "severe", "food", "shortages"], "OTHER"],
  // "More than 2.5 million have been hit by flooding": affected, like those the floods affected.
  [["hit", "by", "flooding"], "OTHER"],
  [["hit", "by", "floods"], "OTHER"],
  [["hit", "by", "the", "floods"], "OTHER"],
  // "200,000 people have been provided with temporary shelter": housed by relief, so displaced.
  [["provided", "with", "shelter"], "DISPLACED"],
  [["provided", "with", "temporary", "shelter"], "DISPLACED"],
  [["given", "shelter"], "DISPLACED"],
  [["given", "temporary", "shelter"], "DISPLACED"],
  // Survivors are counted too: "26 people survived", "180 passengers were picked up", "40 were found alive".
  [["survived"], "OTHER"],
  // "Two more people expired later": died, in South Asian English.
  [["expired"], "KILLED"],
  // "85 were brought to the surface safely". (Not "escaped": attackers escape too.)
  [["brought", "to", "the", "surface"], "OTHER"],
  [["brought", "to", "safety"], "OTHER"],
  [["picked", "up"], "OTHER"],
  [["plucked"], "OTHER"],
  [["saved"], "OTHER"],
  [["found", "alive"], "OTHER"],
  // "We have 20 alive, four deceased and 18 missing", "three were still alive".
  [["alive"], "OTHER"],
  // "Around 200 of the missing returned safely": back alive, no longer missing.
  [["returned", "safely"], "OTHER"],
  [["returned", "home", "safely"], "OTHER"],
  [["found", "safe"], "OTHER"],
  [["turned", "up", "alive"], "OTHER"],
  [["turned", "up", "safe"], "OTHER"],
  // "Forty-two crew members were recovered safely": brought back alive (bodies are recovered too, so never alone).
  [["recovered", "safely"], "OTHER"],
  [["recovered", "alive"], "OTHER"],
  [["recovered", "unharmed"], "OTHER"],
  [["pulled", "alive"], "OTHER"],
  [["pulled", "out", "alive"], "OTHER"],
  // "More than 50 people had been pulled from the rubble" (alive, unless the sentence says they died after).
  // "Fifteen crew were pulled out of the water" (alive, unless the sentence says they died after).
  ...["rubble", "debris", "ruins", "water", "sea", "river"].flatMap(
    (place): Array<[string[], Metric]> => [
      [["pulled", "from", "the", place], "OTHER"],
      [["pulled", "out", "of", "the", place], "OTHER"],
      [["pulled", "out", "from", "the", place], "OTHER"],
      [["pulled", "out", "from", place], "OTHER"],
    ],
  ),
  [["dug", "out", "alive"], "OTHER"],
  [["brought", "out", "alive"], "OTHER"],
];

/** METRIC_AFTER by first word, in its order: most tokens start no outcome, and this is asked of nearly every token. */
const METRIC_AFTER_BY_FIRST = new Map<string, Array<[string[], Metric]>>();
for (const entry of METRIC_AFTER) {
  const first = entry[0][0] ?? "";
  const list = METRIC_AFTER_BY_FIRST.get(first);
  if (list) list.push(entry);
  else METRIC_AFTER_BY_FIRST.set(first, [entry]);
}

/** The first outcome phrase of METRIC_AFTER that starts at `at`, if any. */
function outcomeAt(tokens: Token[], at: number): [string[], Metric] | undefined {
  const list = METRIC_AFTER_BY_FIRST.get(tokens[at]?.lower ?? "");
  return list?.find(([words]) => matchesAt(tokens, at, words));
}
/** A noun before "held" that names what was held, not who: "a rally held by", "talks held in". */
function heldThing(t: Token | undefined): boolean {
  return !!t && /^\p{Ll}{3,}$/u.test(t.text) && !AUXILIARIES.has(t.lower) && !isPeople(t);
}

/** Words that may stand between the counted people and the metric verb. */
const AUXILIARIES = new Set(
  (
    "have has had been were was are is being be reportedly allegedly also now so far still all already confirmed " +
    "believed feared thought said reported presumed listed officially to who remain remained remains were later since " +
    "since then yet either been being as according may might could must would will should likely more known having " +
    "registered declared recorded estimated expected nationwide worldwide countrywide " +
    "counted classified understood continue continues continued aboard onboard " +
    // "Around 20 passengers managed to swim ashore", "five people are suspected to be dead", "36,000 people there are
    // now homeless", "15,000 Rohingyas overnight reached the border", "100,000 people will need to be relocated".
    "managed suspected there overnight need needs " +
    // "66 others got injured", "At least 18 people were today killed".
    "got today yesterday " +
    // "169 had been originally aboard".
    "originally initially"
  ).split(" "),
);
/** A metric verb right before the number: "killed 12", "killing at least 30", "wounding dozens". */
const METRIC_BEFORE: Record<string, Metric> = {
  killed: "KILLED",
  killing: "KILLED",
  // "police recaptured 34", "to capture four men".
  recaptured: "DETAINED",
  recapture: "DETAINED",
  capture: "DETAINED",
  // "the blast martyred eleven people".
  martyred: "KILLED",
  kills: "KILLED",
  kill: "KILLED",
  wounded: "INJURED",
  wounding: "INJURED",
  injured: "INJURED",
  injuring: "INJURED",
  // "to kill at least 175 people, and injure another 200".
  injure: "INJURED",
  wound: "INJURED",
  hurt: "INJURED",
  hurting: "INJURED",
  displaced: "DISPLACED",
  displacing: "DISPLACED",
  uprooting: "DISPLACED",
  uprooted: "DISPLACED",
  detained: "DETAINED",
  detaining: "DETAINED",
  // "using the designation to detain hundreds of supporters", "ordered police to arrest 30 people".
  detain: "DETAINED",
  arrest: "DETAINED",
  arrested: "DETAINED",
  arresting: "DETAINED",
  // "the troops nabbed nearly 20 people".
  nabbed: "DETAINED",
  jailed: "DETAINED",
  jailing: "DETAINED",
  // "hospitalized nearly 170 others": in hospital for their injuries (or, where a disease is told, sick: see aboutSickness).
  hospitalized: "INJURED",
  hospitalised: "INJURED",
  hospitalizing: "INJURED",
  hospitalising: "INJURED",
  quarantined: "OTHER",
  imprisoned: "DETAINED",
  imprisoning: "DETAINED",
  captured: "DETAINED",
  capturing: "DETAINED",
  executed: "KILLED",
  executing: "KILLED",
  slaughtered: "KILLED",
  slaughtering: "KILLED",
  // "militants beheaded three hostages", "gunmen massacred 40 villagers", "the flood drowned 12 people".
  beheaded: "KILLED",
  beheading: "KILLED",
  massacred: "KILLED",
  massacring: "KILLED",
  murdered: "KILLED",
  murdering: "KILLED",
  drowned: "KILLED",
  drowning: "KILLED",
  infected: "OTHER",
  infecting: "OTHER",
  sickened: "OTHER",
  sickening: "OTHER",
  stranded: "OTHER",
  // "is currently feeding six million drought victims": those in want of food.
  feeding: "OTHER",
  feeds: "OTHER",
  stranding: "OTHER",
  evacuating: "DISPLACED",
  // "helicopters were sent to evacuate 5,000 people".
  evacuate: "DISPLACED",
  // "authorities had relocated 133,000 residents to shelters".
  relocated: "DISPLACED",
  relocating: "DISPLACED",
  rescuing: "OTHER",
  // "rescue workers had located 23 victims": found, alive or dead, and counted as such.
  located: "OTHER",
  rescue: "OTHER",
  rescues: "OTHER",
  trapping: "OTHER",
  trapped: "OTHER",
  abducted: "OTHER",
  abducting: "OTHER",
  kidnapped: "OTHER",
  kidnapping: "OTHER",
  evacuated: "DISPLACED",
  rescued: "OTHER",
  hoisted: "OTHER",
  airlifted: "OTHER",
  winched: "OTHER",
  affected: "OTHER",
  affecting: "OTHER",
  impacted: "OTHER",
  impacting: "OTHER",
};
/** Verbs that join a toll to its number: "rose to", "stood at", "reached". */
const TOLL_VERBS = new Set(
  // ("believes the number of fatalities to have been over 800".)
  (
    "rose rises risen rising climbed climbs climbing reached reaches hit hits stood stands is was been jumped increased increasing " +
    // "the number of IDPs peaked at an estimated eight million".
    "peaked " +
    "surpassed passed exceeded topped doubled tripled grew grown soared mounted exceeds surpasses passes tops crossed " +
    // A headline's present tense: "death toll soars to 429", "toll jumps to 64".
    "soars jumps increases grows mounts " +
    // "the toll could exceed 1,000", "is expected to top 500", "could rise to 50", "may reach 1,000": a projection is
    // a figure the source gives too.
    "exceed surpass pass top rise climb reach increase double grow " +
    // "the death toll is estimated at 1,000", "was put at 40", "the dead numbered 40", "totalled 52".
    "estimated put numbered number numbers totaled totalled totals totaling totalling " +
    // "the number of missing was placed at four, then brought down to seven".
    "placed revised brought lowered " +
    // "the number of missing has fallen from 200 to 42".
    "fell fallen dropped decreased declined " +
    // "the toll neared 350", "is approaching 1,000": close to the number, below it.
    "nears neared nearing approached approaches approaching " +
    // "the latest death figure tallied to 1,723", "the number of dead could be 5,000 to 10,000".
    "tallied tally tallies be " +
    // "the death toll has surged to more than 100".
    "surged surges surging surge spiked swelled leapt leaped " +
    // "the toll remained unchanged at 49", "held steady at 49".
    "remained remains held holds stabilised stabilized " +
    // "the toll may go over 200", "has gone up to 70".
    "go goes going went gone"
  ).split(" "),
);
/** Words after which a number is a date, an age or money, not a count of people. */
const NOT_A_COUNT_BEFORE = new Set(
  "$ € £ us$ usd aged age ages no. no number page article resolution chapter route flight every per".split(" "),
);
const MONTH_WORDS = new Set(
  "jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december".split(
    " ",
  ),
);
/** After a number, units make it a duration, distance, share or price. */
const UNITS = new Set(
  (
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades km " +
    "kilometres kilometers kilometre kilometer mile miles metre metres meter meters foot feet yards percent per cent % " +
    "times " +
    "tonnes tons dollars euros pounds am pm a.m p.m o’clock o'clock : - – years-old year-old square hectares acres " +
    // "80 feet (24 m) under water": abbreviated units.
    "m cm mm ft kg lb mph kph"
  ).split(" "),
);
/** Words at which the people-noun search after a number stops. */
const STOPS = new Set(
  (
    "in on at of for from by with to into and or but the a an their its his her were was have has had are is been be " +
    "remain remained who that which as after before during since than while including among"
  ).split(" "),
);

/** Animals named without a plural "s", which the people-noun search would otherwise pass over. */
const LIVESTOCK = new Set(
  // ("slaughtered more than 9,000 newly-hatched geese".)
  "livestock cattle poultry sheep deer fish swine buffalo geese chickens ducks birds hens pigs cows goats camels horses donkeys animals fowl".split(
    " ",
  ),
);
/** Buildings and land an outcome verb may count: "affecting 4,000 houses", "flooding 300 hectares". */
const PROPERTY = new Set(
  "houses homes buildings dwellings structures hectares acres vehicles cars villages towns schools shops hamlets huts homesteads bridges mosques churches districts provinces counties municipalities townships communes tents helicopters ambulances bulldozers excavators trucks".split(
    " ",
  ),
);

/** Whether the words at `at` name animals or property: "livestock", "houses", "mountain villages", "mud-brick homes". */
function countsThings(tokens: Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k <= at + 2; k++) {
    const t = tokens[k] as Token;
    if (LIVESTOCK.has(t.lower) || PROPERTY.has(t.lower)) return true;
    // ("forced 3,000 from their homes": a preposition or a determiner ends the words that could describe things.)
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(t.text) || isPeople(t) || METRIC_WORDS[t.lower] || STOPS.has(t.lower)) return false;
  }
  return false;
}

/** Modifiers that make "cases" court cases, not people who fell ill. */
const NOT_DISEASE = new Set("corruption court criminal legal civil pending lawsuit fraud".split(" "));

/** What opens an aside of more people besides those counted: "in addition to", "as well as", "along with". */
const ADDITION = [["in", "addition", "to"], ["as", "well", "as"], ["along", "with"], ["together", "with"], ["besides"]];

// ("ten deaths had been confirmed, including that of six Chinese".)
const NESTING = [
  ["including", "that", "of"],
  ["including", "those", "of"],
  ["including"],
  ["among", "them"],
  ["among", "whom"],
  ["among", "which"],
  ["of", "whom"],
  ["mostly"],
  ["("],
];

/** People by a word listed for them or by their nationality's plural, with no guess from the word's ending. */
function isPeopleByName(t: Token): boolean {
  return PEOPLE.has(t.lower) || PEOPLE.has(t.text) || NATIONALITY_PLURAL.test(t.text);
}

function isPeople(t: Token): boolean {
  if (isPeopleByName(t)) return true;
  // "three brothers-in-law".
  if (t.lower.endsWith("-in-law") && PEOPLE.has(t.lower.slice(0, -"-in-law".length))) return true;
  return PEOPLE_SUFFIX.test(t.text) && !NOT_PEOPLE.has(t.lower);
}

interface Candidate {
  from: number; // first token of the stated figure (qualifier included)
  numFrom: number;
  to: number;
  low: number;
  high: number;
  qualifier: Qualifier;
}

/** Merges "between 40 and 60", "40 to 60", "40-60", "two or three" and "rose from 30 to 45" into one candidate. */
function candidates(tokens: Token[], numbers: NumberMention[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < numbers.length; k++) {
    const a = numbers[k];
    if (!a) continue;
    const b = numbers[k + 1];
    const gap = b ? tokens.slice(a.to, b.from).map((t) => t.lower) : [];
    const joined = gap.join(" ");
    if (b && !a.vague && !b.vague && ["and", "to", "-", "–", "or"].includes(joined)) {
      // "rose from 30 to 45", "increasing by 230 to 5,689": the second number is the new value.
      const changeVerb =
        /^(?:rose|risen|rising|climbed|climbing|increased|increasing|jumped|grew|grown|went|soared|fell|fallen|dropped|decreased)$/;
      const change =
        (endsBefore(tokens, a.from, ["from"]) || endsBefore(tokens, a.from, ["by"])) &&
        (changeVerb.test(tokens[a.from - 2]?.lower ?? "") ||
          tollRevisedBefore(tokens, a.from - 1) ||
          (endsBefore(tokens, a.from, ["from"]) && changeNamedBefore(tokens, a.from - 1)));
      if (change) {
        // "rose from 30 to 45": the earlier value was the count too, until it changed; "by 230" is only the change.
        if (endsBefore(tokens, a.from, ["from"]))
          out.push({ from: a.from, numFrom: a.from, to: a.to, low: a.low, high: a.high, qualifier: "EXACT" });
        out.push({ from: b.from, numFrom: b.from, to: b.to, low: b.low, high: b.high, qualifier: "EXACT" });
        k++;
        continue;
      }
      const between = endsBefore(tokens, a.from, ["between"]);
      if ((joined !== "and" || between) && a.low <= b.high) {
        // "carrying about 250 to 300 passengers": an approximate range is still a range, stated from its "about".
        const about = !between && QUALIFIERS.find(([words, q]) => q === "APPROXIMATELY" && endsBefore(tokens, a.from, words));
        const from = between ? a.from - 1 : a.from - (about ? about[0].length : 0);
        out.push({ from, numFrom: a.from, to: b.to, low: a.low, high: b.high, qualifier: "RANGE" });
        k++;
        continue;
      }
    }
    let from = a.from;
    let qualifier: Qualifier = a.vague || a.range ? (a.vague ? "VAGUE" : "RANGE") : a.approximate ? "APPROXIMATELY" : "EXACT";
    if (!a.vague && !a.range) {
      // "At least another five soldiers": "another" may stand between the qualifier and its number.
      // ("at least “8 migrants dead …”": a quotation that opens on the number leaves its qualifier outside.)
      const added = ADDED.test(tokens[a.from - 1]?.lower ?? "") || /^[“"]$/.test(tokens[a.from - 1]?.text ?? "") ? 1 : 0;
      const found =
        QUALIFIERS.find(([words]) => endsBefore(tokens, a.from, words)) ??
        (added ? QUALIFIERS.find(([words]) => endsBefore(tokens, a.from - 1, words)) : undefined);
      // ("It is estimated that 7,000 people have fled" hedges; "the rescue headquarters estimated that 1,294 people are
      // missing" only says whose count it is.)
      // ("we are talking about 48 dead persons": what is talked about, not an estimate.)
      const talkedAbout =
        found?.[0].join(" ") === "about" &&
        /^(?:talking|talk|talked|speaking|spoke|know|knew|asked|thinking)$/.test(tokens[a.from - 2]?.lower ?? "");
      const q =
        (found?.[0].join(" ") === "estimated that" && !BE_FORMS.test(tokens[a.from - 3]?.lower ?? "")) || talkedAbout ? undefined : found;
      if (q) {
        qualifier = q[1];
        from = a.from - q[0].length - (endsBefore(tokens, a.from, q[0]) ? 0 : added);
      } else if (/^towards?$/.test(tokens[a.from - 1]?.lower ?? "") && TOLL_VERBS.has(tokens[a.from - 2]?.lower ?? "")) {
        // "the number of injured rose towards 300": a toll nearing its number.
        qualifier = "APPROXIMATELY";
        from = a.from - 1;
      }
    }
    out.push({ from, numFrom: a.from, to: a.to, low: a.low, high: a.high, qualifier });
  }
  return out;
}

const HUNTED =
  /^(?:suspects|suspect|gunmen|attackers|assailants|militants|fugitives|escapees|inmates|prisoners|culprits|perpetrators|robbers|killers)$/;

const BE_FORMS = /^(?:is|was|are|were|been|be|it's)$/;

const FRACTIONS = /^(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|two-thirds|three-quarters)$/;

/** The base of a rate: "per 100,000", "of 1,000". */
const RATE_BASE = /^1(?:00|,?000)(?:,?000)*$/;

function isNotACount(tokens: Token[], c: Candidate): boolean {
  const before = tokens[c.numFrom - 1];
  const beforeWord = before?.lower === "." ? tokens[c.numFrom - 2] : before;
  const after = tokens[c.to];
  if (before && NOT_A_COUNT_BEFORE.has(before.lower)) return true;
  // "Rescue 21", the Coast Guard's distress-call system; "Rescue 1122", Pakistan's emergency service.
  if (before?.text === "Rescue" && /^(?:21|1122)$/.test(tokens[c.numFrom]?.text ?? "")) return true;
  // "trapped hundreds of meters underground": a distance.
  if (after?.lower === "of" && UNITS.has(tokens[c.to + 1]?.lower ?? "")) return true;
  // "carrying three fewer passengers than originally reported": a difference, not a count.
  if (/^(?:fewer|more|less)$/.test(after?.lower ?? "") && tokens.slice(c.to + 1, c.to + 4).some((t) => t.lower === "than")) return true;
  // "aged between 5 and 10": the qualifier of a span of ages.
  if (c.from < c.numFrom && /^(?:aged|age|ages)$/.test(tokens[c.from - 1]?.lower ?? "")) return true;
  // "ages 5, 8 and 13": a list of ages, every one of them.
  let listed = c.from - 1;
  while (listed > 0 && /^(?:,|and)$/.test(tokens[listed]?.lower ?? "") && isCount(tokens[listed - 1])) listed -= 2;
  if (listed < c.from - 1 && /^(?:aged|ages)$/.test(tokens[listed]?.lower ?? "")) return true;
  // "(28/09)", "a 31/2-year high": a date or a fraction typed with a slash.
  const slash = (t: Token | undefined, u: Token | undefined) => t?.text === "/" && !!u && (t.start === u.end || t.end === u.start);
  if (slash(tokens[c.to], tokens[c.to - 1]) || slash(tokens[c.numFrom - 1], tokens[c.numFrom])) return true;
  // "between the ages of 5 and 12", "ages of 5 to 12": ages, the later one too.
  const span = tokens[c.from - 1]?.lower === "of" ? c.from - 1 : /^(?:and|to)$/.test(tokens[c.from - 1]?.lower ?? "") ? c.from - 3 : -1;
  // ("children under the age of five".)
  if (span > 0 && (matchesAt(tokens, span - 1, ["ages", "of"]) || matchesAt(tokens, span - 1, ["age", "of"]))) return true;
  // "on March 15" is a date; "As of 24 March 156 people have died" starts a count after the date.
  // ("In December several people were killed": a day is written in digits.)
  const daySized = c.low !== null && c.low <= 31 && c.to - c.numFrom === 1 && /^\d/.test(tokens[c.numFrom]?.text ?? "");
  if (beforeWord && MONTH_WORDS.has(beforeWord.lower) && /^\p{Lu}/u.test(beforeWord.text) && daySized) return true;
  // "at least 10 of 100,000 people infected", "nine out of every 10": a rate, not a count.
  if (before?.lower === "of" && isCount(tokens[c.numFrom - 2]) && /^1(?:0|,?000)+$/.test(tokens[c.numFrom]?.text ?? "")) return true;
  if (after?.lower === "of" && RATE_BASE.test(tokens[c.to + 1]?.text ?? "")) return true;
  // "265 cases / 100,000 inhabitants": a rate typed with a slash.
  if (tokens[c.to + 1]?.text === "/" && RATE_BASE.test(tokens[c.to + 2]?.text ?? "")) return true;
  // "the KM Kasih 25, carrying …", "Flight 370": a number inside a name, with no people after it.
  if (
    c.from === c.numFrom &&
    c.to - c.numFrom === 1 &&
    /^\d+$/.test(tokens[c.numFrom]?.text ?? "") &&
    /^\p{Lu}\p{Ll}+$/u.test(before?.text ?? "") &&
    !MONTH_WORDS.has(before?.lower ?? "") &&
    !WEEKDAYS.test(before?.lower ?? "") &&
    /^\p{Lu}/u.test(tokens[c.numFrom - 2]?.text ?? "") &&
    (!after ||
      /^[,.;:)]$/.test(after.text) ||
      /^(?:who|which|that)$/.test(after.lower) ||
      // ("more than 250 people onboard the MV Lady Mary Joy 3 were killed": the craft's name, then the people's verb.)
      (/^(?:were|was)$/.test(after.lower) && tokens.slice(Math.max(0, c.numFrom - 8), c.numFrom).some((t) => isPeople(t))))
  ) {
    return true;
  }
  // "cameraman Ammar Al-Hamdan, 34, has also been detained": an age set off after a name.
  if (
    before?.text === "," &&
    /^[,)]$/.test(after?.text ?? "") &&
    c.from === c.numFrom &&
    /^\d{1,3}$/.test(tokens[c.numFrom]?.text ?? "") &&
    c.low <= 110 &&
    /^\p{Lu}\p{Ll}/u.test(tokens[c.numFrom - 2]?.text ?? "") &&
    !MONTH_WORDS.has(tokens[c.numFrom - 2]?.lower ?? "")
  ) {
    return true;
  }
  // "one in three people", "one in five children": a share, not a count ("killed 1,400 in 1974" gives a year, "killing
  // at least 62 in one of the worst incidents" a place among others).
  if (after?.lower === "in" && isCount(tokens[c.to + 1]) && !YEAR.test(tokens[c.to + 1]?.text ?? "") && tokens[c.to + 2]?.lower !== "of")
    return true;
  if (before?.lower === "in" && isCount(tokens[c.numFrom - 2])) return true;
  // "a third of the 90 passengers": the whole of which a fraction is meant; its outcome is the fraction's.
  // "40 per cent of the 3,000 residents" likewise.
  if (
    before?.lower === "the" &&
    tokens[c.numFrom - 2]?.lower === "of" &&
    (FRACTIONS.test(tokens[c.numFrom - 3]?.lower ?? "") || /^(?:percent|cent|%)$/.test(tokens[c.numFrom - 3]?.lower ?? ""))
  ) {
    return true;
  }
  // "15,935 - an increase of 600": a dash set off by spaces is punctuation, not the start of "-year-old".
  const spacedDash = spacedDashAt(tokens, c.to);
  // "8:50" is a time, but "killed 12: 10 soldiers and two civilians" goes on to a list.
  const listColon = after?.text === ":" && tokens[c.to + 1]?.start !== after.end;
  if (after && !spacedDash && !listColon && (UNITS.has(after.lower) || (MONTH_WORDS.has(after.lower) && /^\p{Lu}/u.test(after.text)))) {
    return true;
  }
  // "searched for 175 total hours".
  if (/^(?:total|more|full|straight|consecutive|long)$/.test(after?.lower ?? "") && UNITS.has(tokens[c.to + 1]?.lower ?? "")) return true;
  const single = tokens[c.numFrom];
  // "in 2005" is a year; "at least 1900 died", "killed 1900", "rose to 1900" (commas left out) are counts.
  const counted =
    (c.qualifier !== "EXACT" && !/^(?:since|in|until|till|from|by|before|after|of|during)$/.test(tokens[c.from - 1]?.lower ?? "")) ||
    !!METRIC_BEFORE[before?.lower ?? ""] ||
    ADDED.test(before?.lower ?? "") ||
    (before?.lower === "to" && TOLL_VERBS.has(tokens[c.numFrom - 2]?.lower ?? ""));
  if (c.to - c.numFrom === 1 && single && YEAR.test(single.text) && !(after && isPeople(after)) && !counted) return true;
  return false;
}

const YEAR = /^(?:1[89]|20)\d\d$/;

function metricAfter(tokens: Token[], from: number, coordinated = false): Metric | null {
  let k = from;
  // "the violence killed at least 31 people, wounded an unknown number of others and drove thousands from their homes":
  // a series of verbs with their objects; the verb before the count is its own.
  if (tokens[k]?.text === "," && METRIC_BEFORE[verbBeforeCount(tokens, from)] && METRIC_BEFORE[tokens[k + 1]?.lower ?? ""]) return null;
  // "Three others, however, were found dead": a connective set off by commas.
  if (tokens[k]?.text === "," && /^(?:however|though|meanwhile|too|also)$/.test(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.text === ",")
    k += 3;
  // ('more than 100 people "were injured to various degrees"': a quotation may open on the verb group.)
  if (/^["“]$/.test(tokens[k]?.text ?? "") && (AUXILIARIES.has(tokens[k + 1]?.lower ?? "") || outcomeAt(tokens, k + 1))) k++;
  // ("killed over 220,000 with Indonesia the worst affected": a clause of its own about a place.)
  if (tokens[k]?.lower === "with" && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "") && /^(?:the|being)$/.test(tokens[k + 2]?.lower ?? ""))
    return null;
  // "Thousands more, including top leaders, have been jailed": the aside comes after "more".
  if (tokens[k]?.lower === "more" && tokens[k + 1]?.text === ",") k++;
  // "with all 180 on board presumed dead": "on board" as one word, like "aboard".
  if (matchesAt(tokens, k, ["on", "board"]) && (AUXILIARIES.has(tokens[k + 2]?.lower ?? "") || outcomeAt(tokens, k + 2))) k += 2;
  // "More than 22 people, mainly civilians have been killed": an aside the writer did not close before the verb.
  const unclosed = tokens[k]?.lower === "," ? unclosedAside(tokens, k + 1) : -1;
  if (unclosed > 0) k = unclosed;
  else if (
    tokens[k]?.lower === "," &&
    (NESTING.some((n) => matchesAt(tokens, k + 1, n)) ||
      partAside(tokens, k + 1) ||
      peopleAside(tokens, k + 1) ||
      namedAside(tokens, k + 1) ||
      appositionList(tokens, k + 1) > 0 ||
      asideClause(tokens, k + 1) ||
      // "11 men and eight women, in addition to the son of a doctor, were all killed": more people, told apart.
      ADDITION.some((words) => matchesAt(tokens, k + 1, words)) ||
      // "Two people, a local official said, were killed": who told it, set off inside the sentence.
      reportAside(tokens, k + 1) ||
      /^(?:aged|ages)$/.test(tokens[k + 1]?.lower ?? ""))
  ) {
    // ", including over 800 civilians," — the verb comes after the inserted part.
    let close = k + 1;
    // (", ages 5, 8 and 13,": a list of ages has commas of its own.)
    const ages = /^(?:aged|ages)$/.test(tokens[k + 1]?.lower ?? "");
    while (close < tokens.length && close - k < 25 && (tokens[close]?.lower !== "," || (ages && isCount(tokens[close + 1])))) close++;
    // ", including soldiers, militants and civilians have been killed": a list left unclosed before the verb group.
    const aux = tokens[k + 1]?.lower === "including" && pastIncludingList(tokens, k) === k ? unclosedListVerb(tokens, k + 2) : -1;
    k = aux > 0 ? aux : close;
  } else if (tokens[k]?.lower === "including" || (/^[-–—]$/.test(tokens[k]?.text ?? "") && tokens[k + 1]?.lower === "including")) {
    // "Eight people including the bomber were killed", "three passengers — including an infant died": the same aside
    // with no commas, or a dash never closed, up to the verb group.
    k = pastBareIncluding(tokens, tokens[k]?.lower === "including" ? k : k + 1, k);
  }
  // "282 people - many of them teenagers - missing": an aside between dashes; a typed "--" is one dash.
  if (/^[-–—]$/.test(tokens[k]?.text ?? "")) {
    const double = tokens[k]?.text === "-" && tokens[k + 1]?.text === "-" && tokens[k + 1]?.start === tokens[k]?.end;
    const open = double ? k + 1 : k;
    // "20 others - including two aid workers from non-governmental organizations (NGOs) who … - have been wounded":
    // an aside that lists part of the people may run longer.
    // ("About 40 civilians – believed to be loyal to rival groups, according to local sources – have been killed".)
    const reach = NESTING.some((n) => matchesAt(tokens, open + 1, n)) ? 24 : 16;
    const close = tokens.findIndex((t, i) => i > open && i - open <= reach && t.text === tokens[k]?.text);
    if (close > open) k = double && tokens[close + 1]?.text === "-" ? close + 2 : close + 1;
  }
  // "Twelve people (three of them children) were killed": an aside in brackets.
  if (tokens[k]?.text === "(") {
    const close = tokens.findIndex((t, i) => i > k && i - k <= 15 && t.text === ")");
    if (close > k && !isEndOfClause(tokens[close + 1])) k = close + 1;
  }
  // ", with dozens still missing": a clause of its own with its own people, unless a comma closes it as an aside
  // before the verb ("Twelve people, with two children among them, were killed").
  if (tokens[k]?.lower === "," && tokens[k + 1]?.lower === "with") {
    const close = tokens.findIndex((t, i) => i > k + 1 && i - k <= 12 && /^[,.;]$/.test(t.text));
    if (close < 0 || tokens[close]?.text !== ",") return null;
    k = close;
  }
  if (tokens[k]?.lower === ",") k++;
  if (coordinated) {
    // "At least 12 members of the security forces and 12 civilians were … killed": whose members they were, first.
    if (tokens[k]?.lower === "of" && /^(?:members|officers|personnel)$/.test(tokens[from - 1]?.lower ?? "")) {
      let and = k + 1;
      while (and < k + 6 && tokens[and]?.isWord && tokens[and]?.lower !== "and") and++;
      // ("six members of Boko Haram, one soldier and three civilians were killed": or a comma, in a longer list.)
      if (/^(?:and|,)$/.test(tokens[and]?.lower ?? "") && isCount(tokens[pastQualifier(tokens, and + 1)]))
        k = tokens[and]?.text === "," ? and + 1 : and;
    }
    let past = pastCoordinatedCount(tokens, k);
    // "about 200 people in India and at least 205 in Pakistan have died": counts placed one after the other.
    // ("2,000 students and teachers in a nearby school and about 3,000 residents in the area have been evacuated".)
    const placed = Math.max(pastPlaceName(tokens, k), pastPlaceNoun(tokens, k));
    // ("Around 50 soldiers from Tang-Ginye, and five of his generals were killed": a comma may close the place.)
    const and = tokens[placed]?.text === "," && tokens[placed + 1]?.lower === "and" ? placed + 1 : placed;
    if (past === k && placed > k && tokens[and]?.lower === "and") {
      const second = pastQualifier(tokens, and + 1);
      const end = isCount(tokens[second]) ? Math.max(pastPlaceName(tokens, second + 1), pastPlaceNoun(tokens, second + 1)) : second + 1;
      if (end > second + 1) past = end;
      else past = pastListItem(tokens, and + 1) ?? past;
    }
    if (past === k) return null;
    k = past;
    // "Three troops and at least eight people, including police officers, died": an aside on the last count.
    // ("11 men and eight women, in addition to the son of a doctor, were all killed".)
    if (tokens[k]?.lower === "," && [...NESTING, ...ADDITION].some((n) => matchesAt(tokens, k + 1, n))) {
      const close = tokens.findIndex((t, i) => i > k + 1 && i - k <= 16 && t.lower === ",");
      if (close > k) k = close;
    }
    // "The victims, 12 soldiers and three civilians, died": the list ends its apposition.
    // ("including four children and three women, with several others injured": a clause with people of its own.)
    if (tokens[k]?.lower === "," && tokens[k + 1]?.lower === "with") return null;
    if (tokens[k]?.lower === ",") k++;
  }
  k = pastLocative(tokens, k);
  // "15 members of a family including three children were killed": the aside after where they were from.
  if (k > from && tokens[k]?.lower === "including") k = pastBareIncluding(tokens, k, k);
  // "slashing 19 people to death", "beat two men to death" (but "sentenced 12 men to death" is a sentence).
  if (
    matchesAt(tokens, k, ["to", "death"]) &&
    !/^(?:sentenced|sentencing|condemned|condemning|sentence)$/.test(verbBeforeCount(tokens, from))
  ) {
    return "KILLED";
  }
  for (let skipped = 0; skipped <= 6 && k < tokens.length; skipped++, k++) {
    // "crushed to death", "burned to death": whatever the verb, the outcome is a death.
    // ("sentenced to death", "condemned to death" are sentences, not deaths.)
    if (tokens[k]?.isWord && matchesAt(tokens, k + 1, ["to", "death"]) && !/^(?:sentenced|condemned)$/.test(tokens[k]?.lower ?? "")) {
      return "KILLED";
    }
    // "were thrown to their deaths from the prison roof", "fell to his death".
    if (
      tokens[k]?.isWord &&
      tokens[k + 1]?.lower === "to" &&
      /^(?:their|his|her)$/.test(tokens[k + 2]?.lower ?? "") &&
      /^deaths?$/.test(tokens[k + 3]?.lower ?? "")
    ) {
      return "KILLED";
    }
    const phrase = outcomePhrase(tokens, k);
    if (phrase) return phrase;
    // "Two senior WFP officials held a news conference": they held something, no one held them.
    if (tokens[k]?.lower === "held" && /^(?:a|an|the|their|its|his|her|talks|meetings|consultations)$/.test(tokens[k + 1]?.lower ?? ""))
      return null;
    // "killed nine people, including a minister, at a political rally held by a party": the gathering was held.
    if (tokens[k]?.lower === "held" && k > from && heldThing(tokens[k - 1])) continue;
    const hit = outcomeAt(tokens, k);
    // "the shelling killed 3, wounded 20", "12 soldiers killed 30 militants": a verb with a count of its own as its
    // object tells what the counted people did, not what became of them.
    if (hit && hit[0].length === 1 && actsOnCount(tokens, k)) return null;
    // "were swept away and drowned": what became of those carried off, when the sentence says it.
    if (hit?.[1] === "MISSING" && hit[0][1] === "away") return laterOutcome(tokens, k + 2) ?? "MISSING";
    if (hit?.[0][0] === "pulled") return laterOutcome(tokens, k + hit[0].length) ?? hit[1];
    // "15 of the hostages had already been released": freed, where captives are in view ("two men were questioned and
    // released" were let go, never held as hostages are; "released from hospital" were sent home after care).
    if (tokens[k]?.lower === "released" && tokens[k + 1]?.lower !== "from" && tokens.some((t) => HELD_CAPTIVE.test(t.lower))) {
      return "OTHER";
    }
    // "33 of whom have recovered", "five died, and two recovered": patients well again (bodies are "recovered" too, but
    // by someone, with the bodies after the verb).
    if (
      tokens[k]?.lower === "recovered" &&
      !tokens[k + 1]?.isWord &&
      (/^(?:have|has|had)$/.test(tokens[k - 1]?.lower ?? "") || tokens.some((t) => DISEASE.test(t.lower) || t.lower === "patients"))
    ) {
      return "OTHER";
    }
    if (hit && hit[1] !== "KILLED" && k === from && finiteDeathAfter(tokens, k + hit[0].length)) return "KILLED";
    if (hit) return joinedMetric(tokens, k + hit[0].length, hit[1]);
    // "67 people were still in hospital": kept in hospital, a count of the injured. Only after a form of "be" or
    // "remain", since in "the strike killed 12 people in the hospital" the place says where they died.
    if (
      tokens[k]?.lower === "in" &&
      /^(?:hospitals?|the)$/.test(tokens[k + 1]?.lower ?? "") &&
      (tokens[k + 1]?.lower !== "the" || /^hospitals?$/.test(tokens[k + 2]?.lower ?? "")) &&
      (/^(?:were|was|are|is|remain|remained|remains|still)$/.test(tokens[k - 1]?.lower ?? "") || (k === from && withCount(tokens, from)))
    ) {
      return "INJURED";
    }
    // "57 remain in intensive care", "three were in critical condition".
    if (
      tokens[k]?.lower === "in" &&
      // ("three more workers are in a serious condition".)
      (matchesAt(tokens, k + 1, ["intensive", "care"]) ||
        /^(?:critical|serious|stable)$/.test(tokens[k + 1 + (tokens[k + 1]?.lower === "a" ? 1 : 0)]?.lower ?? "")) &&
      // ("66 people were being treated in hospital, with six in intensive care units".)
      (/^(?:were|was|are|is|be|remain|remained|remains|still)$/.test(tokens[k - 1]?.lower ?? "") || (k === from && withCount(tokens, from)))
    ) {
      return "INJURED";
    }
    // "six people had been admitted with deep wounds", "were admitted to hospital": taken in for their injuries.
    // ("at least 40 people were accepted at the facility with injuries": where, then with what.)
    const facility =
      /^(?:at|to)$/.test(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower === "the" && tokens[k + 4]?.lower === "with" ? 3 : 0;
    if (
      /^(?:admitted|hospitalised|hospitalized|accepted|received)$/.test(tokens[k]?.lower ?? "") &&
      tokens[k + 1 + facility]?.lower === "with"
    ) {
      const cause = tokens
        .slice(k + 2 + facility, k + 6 + facility)
        .find((t) => !t.isWord || /^(?:wounds|injuries|burns|fractures)$/.test(t.lower));
      if (cause?.isWord) return "INJURED";
    }
    // "eight were admitted to the Uttarkashi district hospital".
    if (/^(?:admitted|shifted|rushed)$/.test(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "to") {
      const ward = tokens.slice(k + 2, k + 7).find((t) => !t.isWord || /^(?:hospital|hospitals|clinic|clinics)$/.test(t.lower));
      if (ward?.isWord) return "INJURED";
    }
    // "were among those hurt", "are among the detained", "were among the 14 killed": any outcome word after
    // "among the/those" (and the total they are part of).
    // "were among 12 people killed": the total may come with no article, and name who it counts.
    if (tokens[k]?.lower === "among") {
      let at = /^(?:the|those)$/.test(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
      const bare = at === k + 1;
      const qualifier = QUALIFIERS.find(([words]) => matchesAt(tokens, at, words) && isCount(tokens[at + words.length]));
      if (qualifier) at += qualifier[0].length;
      if (isCount(tokens[at])) at++;
      if (tokens[at] && isPeople(tokens[at] as Token) && at > k + 1) at++;
      const outcome = bare && at === k + 1 ? undefined : METRIC_AFTER.find(([words]) => words.length === 1 && matchesAt(tokens, at, words));
      if (outcome) return outcome[1];
      // ("two children were among the latest deaths": the deaths, perhaps described as new.)
      const recent = /^(?:latest|new|recent|reported|confirmed)$/.test(tokens[at]?.lower ?? "") ? 1 : 0;
      const deaths = !bare && /^(?:deaths|fatalities|casualties)$/.test(tokens[at + recent]?.lower ?? "");
      if (deaths) return METRIC_WORDS[tokens[at + recent]?.lower ?? ""] ?? null;
    }
    // "were shot and killed", "were beaten and injured", "being bowled over and crushed": the first verb only says how.
    const particle = /^(?:over|down|up|out|off|away|about)$/.test(tokens[k + 1]?.lower ?? "") ? 1 : 0;
    const then = outcomeAt(tokens, k + 2 + particle);
    if (then && tokens[k + 1 + particle]?.lower === "and" && /^(?:shot|hit|struck|beaten|thrown|\p{Ll}+ed)$/u.test(tokens[k]?.text ?? "")) {
      const end = k + 2 + particle + then[0].length;
      return matchesAt(tokens, end, ["to", "death"]) ? "KILLED" : joinedMetric(tokens, end, then[1]);
    }
    // "were pulled from the water and later died": what befell them after a first verb and its place.
    const after = /^(?:shot|hit|struck|beaten|taken|found|brought|thrown|caught|\p{Ll}+ed)$/u.test(tokens[k]?.text ?? "")
      ? laterOutcome(tokens, k + 1)
      : null;
    if (after) return after;
    // "were seriously wounded", "are critically injured": a manner adverb says how badly, not what happened; but
    // "were fatally shot" (or "fatally wounded") is a death.
    // "were most likely dead": "most" only grades the adverb after it.
    if (tokens[k]?.lower === "most" && /^\p{Ll}{3,}ly$/u.test(tokens[k + 1]?.text ?? "")) continue;
    const adverb = /^\p{Ll}{3,}ly$/u.test(tokens[k]?.text ?? "");
    if (adverb && tokens[k]?.lower === "fatally" && FATAL_AFTER.test(tokens[k + 1]?.lower ?? "")) return "KILLED";
    if (adverb && outcomeAt(tokens, k + 1)) continue;
    // "were found dead", "were pronounced dead", "were left injured": a verb of finding or leaving before the outcome.
    // "15 were recovered deceased".
    // "68 passengers have emerged injured".
    const state = /^(?:found|pronounced|declared|left|discovered|lying|recovered|emerged)$/.test(tokens[k]?.lower ?? "");
    if (state && outcomeAt(tokens, k + 1)) continue;
    // "194 people were brought in wounded": carried in, with the state they arrived in.
    if (/^(?:brought|carried|taken)$/.test(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "in") {
      const arrived = METRIC_AFTER.find(([words]) => words.length === 1 && matchesAt(tokens, k + 2, words));
      if (arrived && /^(?:wounded|injured|dead|hurt)$/.test(arrived[0][0] ?? "")) return arrived[1];
    }
    // "Over 200 people were on Wednesday feared buried": the day may stand among the auxiliaries.
    if (tokens[k]?.lower === "on" && WEEKDAYS.test(tokens[k + 1]?.lower ?? "") && k > from) {
      k++;
      continue;
    }
    // "18 sailors were aboard the ship and were missing": where they were, then what became of them.
    if (/^(?:aboard|onboard)$/.test(tokens[k]?.lower ?? "")) {
      let j = /^(?:the|a|an)$/.test(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
      while (j < k + 5 && tokens[j]?.isWord && tokens[j]?.lower !== "and") j++;
      if (tokens[j]?.lower === "and" && (j === k + 1 || CRAFT.test(tokens[j - 1]?.lower ?? ""))) {
        k = j;
        continue;
      }
    }
    // "79 people, including women and children, where killed": "were" mistyped, which no relative "where" is followed by.
    const mistypedWere =
      tokens[k]?.lower === "where" && /^(?:killed|wounded|injured|hurt|arrested|detained)$/.test(tokens[k + 1]?.lower ?? "");
    // ("40 people that had been reported missing": a relative "that", read as "who".)
    const relativeThat = tokens[k]?.lower === "that" && /^(?:had|have|has|were|was|are|is)$/.test(tokens[k + 1]?.lower ?? "");
    if (!AUXILIARIES.has(tokens[k]?.lower ?? "") && !mistypedWere && !relativeThat) return null;
  }
  return null;
}

/** The word before the count that ends before `to` (past its qualifier and people noun): "sentenced" in "sentenced 12 men". */
function verbBeforeCount(tokens: Token[], to: number): string {
  for (let k = to - 1; k >= 0 && k >= to - 6; k--) {
    if (isCount(tokens[k])) return pastQualifierBack(tokens, k)?.lower ?? "";
  }
  return "";
}

function pastQualifierBack(tokens: Token[], at: number): Token | undefined {
  const q = QUALIFIERS.find(([words]) => endsBefore(tokens, at, words));
  return tokens[at - 1 - (q ? q[0].length : 0)];
}

/** What a body of people set up to do something is: "two probe bodies", "three regulatory bodies". */
const INSTITUTIONAL =
  /^(?:probe|investigative|investigating|inquiry|enquiry|regulatory|governmental|government|statutory|advisory|governing|administrative|judicial|oversight|monitoring|civic|professional|international|coordinating|elected)$/;

/** Words that say people were held against their will, whose release the count is. */
const HELD_CAPTIVE = /^(?:hostages?|captives?|captivity|kidnapped|abducted|abductees|seized|hostage-takers|kidnappers|captors)$/;

/** Words of illness, and of harm done by force, which decide whether people in hospital are sick or hurt. */
const DISEASE =
  /^(?:virus|viral|symptoms|cholera|outbreak|disease|epidemic|pandemic|infection|infections|fever|flu|influenza|ebola|marburg|measles|dengue|malaria|covid|covid-19|coronavirus|mpox|pneumonia|diarrhoea|diarrhea|typhoid|meningitis|poisoning|sick|ill|illness|malnourished|malnutrition|starvation|famine|heatstroke|sunstroke|dehydration)$/;
const HARM =
  /^(?:wounds?|wounded|injur(?:y|ies|ed)|hurt|burns|fractures|blast|explosion|crash|attack|bomb|bombing|shooting|collapse|fire)$/;

const COMBATANTS = /^(?:militants|fighters|insurgents|rebels|troops|soldiers|gunmen|attackers|raiders|jihadists|militiamen|forces)$/;

/**
 * Outcomes told in a verb phrase with words of its own in the middle: "suffered serious injuries", "are living in
 * makeshift shelters", "are crowding the border", "crossed into Uzbekistan", "took 30 people hostage".
 */
function outcomePhrase(tokens: Token[], k: number): Metric | null {
  const word = tokens[k]?.lower ?? "";
  if (!OUTCOME_PHRASE_OPENERS.test(word)) return null;
  const within = (n: number, test: RegExp) => tokens.slice(k + 1, k + 1 + n).findIndex((t) => test.test(t.lower));
  // "The remaining 133 had minor to moderate injuries": injuries had are injuries suffered.
  if (/^(?:suffered|sustained|received|suffering|sustaining|suffer|sustain|got|incurred|had|have|has)$/.test(word)) {
    // ("One man had a gunshot wound to his thigh".)
    const at = within(4, /^(?:injuries|injury|wounds|wound|burns)$/);
    if (at >= 0 && tokens.slice(k + 1, k + 1 + at).every((t) => t.isWord && !isCount(t))) return "INJURED";
  }
  // "More than 1 million people have packed relief camps".
  if (/^(?:packed|crammed|crowded|filled|filling|packing|crowding)$/.test(word)) {
    const at = within(3, /^(?:camps|shelters)$/);
    if (
      at >= 0 &&
      tokens.slice(k + 1, k + 1 + at).every((t) => /^(?:the|relief|evacuation|makeshift|temporary|government|state-run)$/.test(t.lower))
    ) {
      return "DISPLACED";
    }
  }
  // "thousands are hiding in the bush", "thought to be hiding in malaria-infested swamps": fled into the wild.
  // ("two gunmen were hiding in the forest" are no one who fled.)
  if (
    /^(?:hiding|hid|hide)$/.test(word) &&
    tokens[k + 1]?.lower === "in" &&
    within(5, HIDING_PLACES) >= 0 &&
    !tokens.slice(Math.max(0, k - 4), k).some((t) => COMBATANTS.test(t.lower) || t.lower === "suspects")
  ) {
    return "DISPLACED";
  }
  // "have taken shelter in 313 state-run camps", "sought refuge in neighbouring villages": people who had to leave.
  if (/^(?:taken|took|taking|take|sought|seeking|seek)$/.test(word) && /^(?:shelter|refuge)$/.test(tokens[k + 1]?.lower ?? "")) {
    return "DISPLACED";
  }
  // "are staying in makeshift shelters", "have stayed at about 370 evacuation centres", "were sheltering in schools".
  if (
    /^(?:living|lived|live|staying|stayed|sheltering|sleeping|housed|sheltered|crammed|packed|crowded|huddled|huddling)$/.test(word) &&
    /^(?:in|at)$/.test(tokens[k + 1]?.lower ?? "")
  ) {
    const refuge = /^shelter/.test(word)
      ? /^(?:shelters|camps|tents|centers|centres|schools|churches|mosques|stadiums|temples)$/
      : // ("1,041 people from the area have been housed in a camp".)
        /^(?:shelters|camps|camp|tents|centers|centres|cities|settlement|settlements)$/;
    const at = within(6, refuge);
    // "living in crowded and unsanitary tent cities": only a city of tents is a shelter.
    const tents = tokens[k + 1 + at]?.lower !== "cities" || tokens[k + at]?.lower === "tent";
    // ("are staying in the Pagiarinya settlement": a camp may be named.)
    const wording = /^shelter/.test(word) ? shelterWording : namedShelterWording;
    if (at >= 0 && tents && tokens.slice(k + 2, k + 1 + at).every(wording)) return "DISPLACED";
  }
  // "A further 16,000 are refugees in neighboring countries": refugees by what they are now.
  if (word === "refugees" && /^(?:are|were|became|become|now)$/.test(tokens[k - 1]?.lower ?? "")) return "DISPLACED";
  // "200 families from Markaz arrived to Khazer M1 camp", "moved to Zelikan camp": taken in by a camp, by its name.
  const fighters = tokens.slice(Math.max(0, k - 3), k).some((t) => COMBATANTS.test(t.lower));
  if (!fighters && /^(?:arrived|moved|relocated)$/.test(word) && /^(?:to|at|in|into)$/.test(tokens[k + 1]?.lower ?? "")) {
    const camp = within(5, /^(?:camp|camps)$/);
    if (camp >= 1 && tokens.slice(k + 2, k + 1 + camp).every(namedShelterWording)) return "DISPLACED";
  }
  // People at a border, or across it, have fled: "are crowding the border", "massed along the border".
  // ("at least 17 militants crossed the border" attacked; fighters who cross have not fled.)
  if (
    !fighters &&
    /^(?:crowding|crowded|massing|massed|gathered|gathering|stranded|waiting|camped|camping|crossed|crossing|entered|reached|arrived)$/.test(
      word,
    )
  ) {
    // "Some 290,000 Rohingya arrived in Bangladesh": a country arrived in, like one entered, by people who may have fled
    // (a group by name, or people, refugees, families; not tourists or troops).
    if (word === "arrived") {
      let noun = k - 1;
      while (noun > k - 4 && AUXILIARIES.has(tokens[noun]?.lower ?? "")) noun--;
      const text = tokens[noun]?.text ?? "";
      const fled =
        /^\p{Lu}/u.test(text) || /^(?:people|refugees|migrants|civilians|families|persons|residents|villagers|children)$/.test(text);
      return fled && tokens[k + 1]?.lower === "in" && isCountry(tokens[k + 2]?.text ?? "") ? "DISPLACED" : null;
    }
    // ("reached Bangladesh borders": the country whose border it is may be named.)
    const at = within(4, /^(?:border|borders|frontier)$/);
    // ("have massed along the Bangladeshi frontier": or by the country's adjective.)
    const toBorder = (t: Token) => /^(?:at|along|on|near|the|across|to)$/.test(t.lower) || isCountry(t.text) || NATIONAL.test(t.text);
    if (at >= 0 && tokens.slice(k + 1, k + 1 + at).every(toBorder)) return "DISPLACED";
    if (/^(?:crossed|crossing)$/.test(word) && tokens[k + 1]?.lower === "into") return "DISPLACED";
    // "Poland says over 900,000 crossed from Ukraine": out of a country, across its border.
    if (/^(?:crossed|crossing)$/.test(word) && tokens[k + 1]?.lower === "from" && isCountry(tokens[k + 2]?.text ?? "")) return "DISPLACED";
    // "An estimated 73,000 people have entered into Bangladesh": a country entered by those who fled to it.
    if (word === "entered" && isCountry(tokens[k + 1 + (tokens[k + 1]?.lower === "into" ? 1 : 0)]?.text ?? "")) return "DISPLACED";
    // "11,000 people have crossed from Ethiopia to Sudan".
    const to = within(5, /^(?:to|into)$/);
    if (
      /^(?:crossed|crossing)$/.test(word) &&
      tokens[k + 1]?.lower === "from" &&
      /^\p{Lu}/u.test(tokens[k + 2 + to]?.text ?? "") &&
      to >= 1
    ) {
      return "DISPLACED";
    }
  }
  // "admitted to hospital", "rushed to the hospital", "admitted to Medina hospital", "rushed to local hospitals", "were
  // taken to the hospital".
  // ("Nearly 50 people were referred to the Post-Graduate Institute of Medical Education and Research hospital".)
  if (
    /^(?:admitted|rushed|airlifted|taken|brought|transported|transferred|flown|evacuated|referred)$/.test(word) &&
    tokens[k + 1]?.lower === "to"
  ) {
    // ("The remaining 5 were transferred to another medical center".)
    const medical = within(4, /^(?:medical|health|trauma)$/);
    const at =
      medical >= 0 && /^(?:center|centre|centers|centres)$/.test(tokens[k + 2 + medical]?.lower ?? "")
        ? medical + 1
        : within(10, /^(?:hospitals?|clinics?)$/);
    if (
      at >= 1 &&
      tokens.slice(k + 2, k + 1 + at).every(
        (t, i, name) =>
          /^(?:the|a)$/.test(t.lower) ||
          /^\p{Lu}/u.test(t.text) ||
          // ("the Government Medical College and Hospital": joining words inside a hospital's name.)
          (/^(?:of|and|&)$/.test(t.lower) &&
            i > 0 &&
            /^\p{Lu}/u.test(name[i - 1]?.text ?? "") &&
            /^\p{Lu}/u.test(tokens[k + 3 + i]?.text ?? "")) ||
          /^(?:local|nearby|city|district|military|field|area|regional|provincial|another|medical|health|trauma)$/.test(t.lower),
      )
    ) {
      return "INJURED";
    }
  }
  // "about 20,000 people are in evacuation centres", "remain in relief camps", "the 250,000 people in relief camps".
  // ("1,028,000 people were now recorded in about 3,200 relief camps".)
  const be = /^(?:are|were|remain|remained|remains|still|now|recorded|registered|counted)$/.test(tokens[k - 1]?.lower ?? "");
  // "…, with 45,000 in displacement sites and camps".
  const withCount = isCount(tokens[k - 1]) && tokens[k - 2]?.lower === "with";
  // ("providing assistance to 18,000 people inside relief camps".)
  // ("Over 15,000 people remain at shelters and other evacuation locations".)
  if (
    (/^(?:in|inside)$/.test(word) || (word === "at" && be)) &&
    (be || withCount || /^(?:people|persons|families|residents|villagers|others)$/.test(tokens[k - 1]?.lower ?? ""))
  ) {
    const at = within(5, /^(?:shelters|camps|centers|centres)$/);
    const kinds = tokens.slice(k + 1, k + 1 + at);
    // A bare "in the camps" may be anywhere; "in relief camps", "in shelters" is where the displaced are.
    // ("about 140,000 people remain in camps": camps with no article are where they live.)
    const named = tokens[k + 1 + at]?.lower === "shelters" || kinds.some((t) => t.lower !== "the") || (at === 0 && be);
    if (at >= 0 && named && kinds.every(shelterWording)) return "DISPLACED";
  }
  // "80,000 people have spent the last two nights in shelters, in their cars or outdoors", "slept in tents": nights out
  // of their homes.
  if (/^(?:spent|spend|spends|spending|slept|sleep|sleeps)$/.test(word)) {
    for (let j = k + 1; j <= k + 7 && tokens[j]?.isWord; j++) {
      const place = tokens[j]?.lower ?? "";
      if (/^(?:outdoors|outside)$/.test(place) || matchesAt(tokens, j, ["in", "the", "open"])) return "DISPLACED";
      if (place === "in" && /^(?:shelters|tents|cars|camps)$/.test(tokens[j + 1 + (tokens[j + 1]?.lower === "their" ? 1 : 0)]?.lower ?? ""))
        return "DISPLACED";
    }
  }
  // "3,300 families have left Marjah", "had abandoned the area": a place left behind since.
  // ("Thousands of people left the city shortly after the announcement": a place of theirs, the people gone from it.)
  const placeLeft =
    tokens[k + 1]?.lower === "the" &&
    /^(?:area|region|city|town|village|district|province|country|island|camp)$/.test(tokens[k + 2]?.lower ?? "");
  if (
    /^(?:left|abandoned|deserted)$/.test(word) &&
    (placeLeft ||
      (/^(?:have|has|had)$/.test(tokens[k - 1]?.lower ?? "") && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "") && !!tokens[k + 1]?.isWord))
  ) {
    return "DISPLACED";
  }
  // "200,000 people left their flooded village homes", "abandoned their homes": homes left behind, the people displaced.
  if (
    /^(?:left|leaving|leave|abandoned|abandoning|abandon|fled|fleeing|flee|evacuated|deserted)$/.test(word) &&
    tokens[k + 1]?.lower === "their"
  ) {
    const at = within(5, /^(?:homes|houses|villages|towns|neighbourhoods|neighborhoods)$/);
    if (at >= 1 && tokens.slice(k + 2, k + 1 + at).every((t) => t.isWord && !isCount(t))) return "DISPLACED";
  }
  // "More than 200,000 Syrians have poured into neighbouring countries": across a border, fleeing.
  if (/^(?:poured|pouring|streamed|streaming|flooded|flooding)$/.test(word) && tokens[k + 1]?.lower === "into") {
    const land = /^(?:neighbouring|neighboring|nearby)$/.test(tokens[k + 2]?.lower ?? "") ? k + 3 : k + 2;
    if (/^(?:countries|country|states)$/.test(tokens[land]?.lower ?? "") && land > k + 2) return "DISPLACED";
    if (isCountry(tokens[land]?.text ?? "")) return "DISPLACED";
  }
  // "200,000 people were moved to evacuation centers", "taken to temporary shelters", "were moving into refugee camps".
  const into =
    /^(?:moving|moved|move|crowded|crowding|packed|fled|fleeing|streamed|streaming|poured|pouring)$/.test(word) &&
    tokens[k + 1]?.lower === "into";
  // ("about 800 people were transported by bus to official shelters": how they went may come before where.)
  const by =
    tokens[k + 1]?.lower === "by" && /^(?:bus|buses|boat|boats|truck|trucks|road|air|helicopter|train)$/.test(tokens[k + 2]?.lower ?? "")
      ? 2
      : 0;
  const moved =
    // ("tens of thousands have headed to shelters", "went to evacuation centres".)
    /^(?:moved|move|taken|brought|sent|transferred|relocated|evacuated|transported|bussed|bused|ferried|trucked|airlifted|shifted|headed|heading|went|gone|flocked|flocking|fled|fleeing|escaped|confined)$/.test(
      word,
    ) && tokens[k + 1 + by]?.lower === "to";
  // ("1,400 people were shifted to 14 shelter centres", "had to move to 131 temporary shelters".)
  if ((into || moved) && sheltersAfter(tokens, k + 1 + by, 5)) return "DISPLACED";
  // "13 miners trapped more than a mile underground", "trapped under the rubble": buried alive, fate unknown.
  // "where 30 were treated.", "12 were treated and released": under a doctor's care, with nothing saying how.
  if (word === "treated" && /^(?:,|\.|;|and|by|on|overnight)$/.test(tokens[k + 1]?.lower ?? ".")) return "INJURED";
  // "1,800 people are believed to have been buried in the mudslide": buried by earth, not by mourners.
  if (word === "buried" && within(4, BURYING) >= 0) return "MISSING";
  // "as many as 1,000 people may still be buried": still under it, not yet found.
  if (word === "buried" && (tokens[k - 1]?.lower === "still" || (tokens[k - 1]?.lower === "be" && tokens[k - 2]?.lower === "still"))) {
    return "MISSING";
  }
  const under = word === "trapped" ? within(7, TRAPPED_UNDER) : -1;
  // "all 33 coal miners trapped underground in a gas explosion have been found dead", "… trapped underground were
  // rescued": what became of them since.
  // ("More than 2,500 people trapped by the flood had been relocated".)
  const since = word === "trapped" ? finiteOutcomeAfter(tokens, k + 1) : null;
  if (since) return since;
  if (under >= 0) {
    // "… trapped under the snow or killed": the place ends at "or", where a second outcome may join the first.
    let end = k + 1 + under;
    while (end < k + 12 && tokens[end]?.isWord && tokens[end]?.lower !== "or") end++;
    return joinedMetric(tokens, end, "MISSING");
  }
  // "five with light to moderate injuries", "12 with gunshot wounds": the people have the injuries.
  if (word === "with" && k > 0 && isPeopleOrCount(tokens[k - 1])) {
    const at = within(5, /^(?:injuries|wounds|burns|fractures)$/);
    if (at >= 0 && tokens.slice(k + 1, k + 1 + at).every((t) => (t.isWord && !isCount(t) && !STOPS.has(t.lower)) || t.lower === "to")) {
      return "INJURED";
    }
  }
  // "as many as 3 million people lack shelter".
  if (/^(?:lack|lacked|lacking|need|needing)$/.test(word) && tokens[k + 1]?.lower === "shelter") return "DISPLACED";
  if (word === "in" && /^(?:critical|serious|stable|grave)$/.test(tokens[k + 1]?.lower ?? "") && tokens[k + 2]?.lower === "condition") {
    return "INJURED";
  }
  // "have not been found", "have yet to be located": not found is missing.
  if (word === "not" || word === "yet") {
    let at = k + 1;
    while (/^(?:been|yet|to|be|so|far)$/.test(tokens[at]?.lower ?? "")) at++;
    if (at > k + 1 && /^(?:found|located|recovered|traced)$/.test(tokens[at]?.lower ?? "")) return "MISSING";
  }
  // "2,000 people have contracted the disease", "caught the virus", "with 1,863 people having the virus", "may have
  // been exposed to the virus".
  if (/^(?:contracted|caught|exposed)$/.test(word) && within(3, DISEASE) >= 0) return "OTHER";
  if (/^(?:having|have|has|had)$/.test(word) && /^(?:the|a)$/.test(tokens[k + 1]?.lower ?? "") && DISEASE.test(tokens[k + 2]?.lower ?? ""))
    return "OTHER";
  // "took 30 people hostage", "held 12 workers captive".
  if (/^(?:hostage|captive)$/.test(word) && k > 0 && isPeopleOrCount(tokens[k - 1])) return "OTHER";
  return null;
}

/** Where people who fled hide: "in the bush", "in swamps". */
const HIDING_PLACES = /^(?:bush|swamps|swamp|forest|forests|mountains|hills|jungle|jungles|woods|caves|marshes)$/;

/** The first words of the phrases outcomePhrase reads, so that it returns at once for any other word. */
const OUTCOME_PHRASE_OPENERS =
  /^(?:had|have|has|suffered|sustained|received|suffering|sustaining|suffer|sustain|got|incurred|treated|trapped|buried|moved|taken|brought|sent|transferred|relocated|evacuated|with|left|leaving|leave|abandoned|abandoning|abandon|fled|fleeing|flee|evacuated|deserted|living|lived|live|staying|stayed|sheltering|sleeping|huddled|huddling|hiding|hid|hide|housed|sheltered|crammed|packed|crowded|crowding|massing|massed|gathered|gathering|stranded|waiting|camped|camping|crossed|crossing|admitted|referred|rushed|airlifted|transported|escaped|bussed|bused|ferried|trucked|shifted|in|at|lack|lacked|lacking|need|needing|hostage|captive|not|yet|contracted|caught|exposed|having|took|taking|take|sought|seeking|seek|filled|filling|packing|moving|move|streamed|streaming|poured|pouring|flooded|flooding|entered|reached|arrived|inside|spent|spend|spends|spending|slept|sleep|sleeps|headed|heading|went|gone|flocked|flocking|confined|refugees)$/;

/** Where the trapped are buried alive: "trapped under the rubble", "trapped a mile underground", "in the collapsed mine". */
const TRAPPED_UNDER = /^(?:underground|under|beneath|underneath|rubble|debris|mud|mine|shaft|tunnel|wreckage)$/;

const SHELTER_KINDS =
  /^(?:temporary|makeshift|flimsy|emergency|relief|evacuation|government|official|school|displacement|refugee|public|the|tent|tents|shelter|shelters|camps|centers|centres|sites|and|crowded|overcrowded|cramped|squalid|unsanitary|informal)$/;

/**
 * "to 14 shelter centres", "into relief camps": shelters within `reach` words after the "to" or "into" at `to`, with
 * only their kind and number between.
 */
function sheltersAfter(tokens: Token[], to: number, reach: number): boolean {
  const at = tokens.slice(to + 1, to + reach).findIndex((t) => /^(?:shelters|camps|centers|centres)$/.test(t.lower));
  return at >= 0 && tokens.slice(to + 1, to + 1 + at).every(shelterWording);
}

/** The words between "in" and "shelters": their kind, and how many there are ("over 800 evacuation centres"). */
function shelterWording(t: Token): boolean {
  return SHELTER_KINDS.test(t.lower) || isCount(t) || /^(?:a|about|some|around|nearly|more|than|over|dozens|hundreds|of)$/.test(t.lower);
}

/** Shelter wording, or a word of a shelter's name ("the Pagiarinya settlement", "Khazer M1 camp"). */
function namedShelterWording(t: Token): boolean {
  return shelterWording(t) || /^\p{Lu}/u.test(t.text);
}

function isPeopleOrCount(t: Token | undefined): boolean {
  return !!t && (isPeople(t) || isCount(t));
}

/** "… and later died", within a short phrase of place from `from` (no comma, number or outcome of its own first). */
function laterOutcome(tokens: Token[], from: number): Metric | null {
  for (let k = from; k < tokens.length && k <= from + 6; k++) {
    const t = tokens[k] as Token;
    if (!t.isWord || isCount(t) || outcomeAt(tokens, k)) return null;
    if (t.lower !== "and") continue;
    const at = /^(?:later|then|subsequently|eventually|afterwards)$/.test(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
    // "were found in a life raft and rescued": found alive, then saved.
    if (tokens[from - 1]?.lower === "found" && /^(?:rescued|saved)$/.test(tokens[at]?.lower ?? "")) return "OTHER";
    return (
      METRIC_AFTER.find(([words]) => matchesAt(tokens, at, words) && words.length === 1 && METRIC_AFTER_KILLED.has(words[0] ?? ""))?.[1] ??
      null
    );
  }
  return null;
}

/**
 * "three supporters kidnapped last week were killed": after a participle that describes the people, their own verb
 * (a form of "be" or "have" within a short phrase from `from`) when it is a death.
 */
function finiteDeathAfter(tokens: Token[], from: number): boolean {
  return finiteOutcomeAfter(tokens, from, true) === "KILLED";
}

/**
 * The outcome told by the people's own verb group a short phrase after `from` ("… trapped underground were rescued"):
 * with `deathOnly`, only a death ends what happened to them.
 */
function finiteOutcomeAfter(tokens: Token[], from: number, deathOnly = false): Metric | null {
  // ("all 33 coal miners trapped underground in a gas explosion have been found dead": the phrase may run longer.)
  for (let k = from; k < tokens.length && k <= from + 7; k++) {
    const t = tokens[k] as Token;
    if (!t.isWord || isCount(t) || t.lower === "and") return null;
    // ("400 migrants fleeing Libya drowned": after what they were doing, an intransitive death needs no auxiliary; in
    // "Six of the 35 civilians injured in the attacks died later" the death is the part's.)
    if (k > from && /ing$/.test(tokens[from - 1]?.lower ?? "") && /^(?:died|drowned|perished)$/.test(t.lower)) return "KILLED";
    if (!/^(?:were|was|are|is|have|has|had)$/.test(t.lower)) continue;
    let v = k + 1;
    while (/^(?:been|later|also|all|since|subsequently|reportedly)$/.test(tokens[v]?.lower ?? "")) v++;
    // ("are feared to have drowned", "are feared dead": what is feared is told after it.)
    if (/^(?:feared|believed|thought|presumed)$/.test(tokens[v]?.lower ?? "")) {
      v++;
      if (matchesAt(tokens, v, ["to", "have"])) v += 2;
      if (/^(?:dead|drowned|died|perished|killed)$/.test(tokens[v]?.lower ?? "")) return "KILLED";
      if (deathOnly) return null;
      return outcomeAt(tokens, v)?.[1] ?? null;
    }
    if (/^(?:found|pronounced|confirmed|declared)$/.test(tokens[v]?.lower ?? "") && tokens[v + 1]?.lower === "dead") return "KILLED";
    if (METRIC_AFTER_KILLED.has(tokens[v]?.lower ?? "")) return "KILLED";
    if (deathOnly) return null;
    return outcomeAt(tokens, v)?.[1] ?? null;
  }
  return null;
}

/** Outcomes that end what happened to people, so that a first verb before them ("were pulled out and died") only says how. */
const METRIC_AFTER_KILLED = new Set(["died", "killed", "dead", "drowned", "perished", "succumbed"]);

/** What "fatally" makes a death: "fatally shot", "fatally wounded", "fatally stabbed". */
const FATAL_AFTER = /^(?:shot|wounded|injured|stabbed|hit|struck|hurt|beaten|burned|burnt|crushed)$/;

/** ", many of them children,", ", most of whom were fighters,": an aside on part of the people counted before it. */
function partAside(tokens: Token[], at: number): boolean {
  const share = tokens[at]?.lower ?? "";
  if (!/^(?:most|many|some|all|several|half|both|none|nearly|almost|the)$/.test(share) && !isCount(tokens[at])) return false;
  // ", the majority of them children,".
  if (share === "the" && !/^(?:majority|bulk|rest|most)$/.test(tokens[at + 1]?.lower ?? "")) return false;
  const k = /^(?:nearly|almost|the)$/.test(share) ? at + 2 : at + 1;
  if (tokens[k]?.lower === "of" && /^(?:them|whom)$/.test(tokens[k + 1]?.lower ?? "")) return true;
  // (", the majority police officers,": or with no "of them", people named and the aside closed.)
  let end = k;
  while (end < k + 3 && tokens[end] && isPeople(tokens[end] as Token)) end++;
  return share === "the" && end > k && tokens[end]?.text === ",";
}

/**
 * "Five of the 13 people missing have been rescued": the outcome right after the whole describes the whole; the part
 * takes the verb after it, when that verb names an outcome ("Ten of the 40 people killed were children" has none).
 */
function partVerbAfter(tokens: Token[], who: Counted): Metric | null {
  if (!who.partitive || who.ofThem || !describedBy(tokens, who.last + 1)) return null;
  const at = pastRelativeOpening(tokens, who.last + 1);
  const hit = outcomeAt(tokens, at);
  return hit ? metricAfter(tokens, at + hit[0].length) : null;
}

/**
 * ", mainly civilians have been killed": where the verb group starts after an aside on who the people were that no
 * comma closes; -1 when there is none.
 */
function unclosedAside(tokens: Token[], at: number): number {
  // "two party members, spokesman Myint Thein and senior member Hla Pe were arrested": named, the comma left out.
  if (tokens[at] && onePerson(tokens[at] as Token)) {
    const run = nameRun(tokens, at + 1, at + 14);
    const finite = /^(?:have|has|had|were|was|are)$/.test(tokens[run.end]?.lower ?? "");
    return run.end > 0 && finite && run.names >= 2 && /^\p{Lu}/u.test(tokens[run.end - 1]?.text ?? "") ? run.end : -1;
  }
  if (!/^(?:mostly|mainly|largely|chiefly|predominantly|primarily)$/.test(tokens[at]?.lower ?? "")) return -1;
  let people = false;
  for (let k = at + 1; k < tokens.length && k - at <= 6; k++) {
    const t = tokens[k] as Token;
    // "more than 1,300 people, mostly villagers died": the outcome verb may follow with no auxiliary.
    if (people && (/^(?:have|has|had|were|was|are|is)$/.test(t.lower) || METRIC_AFTER_KILLED.has(t.lower))) return k;
    if (!t.isWord || isCount(t) || AUXILIARIES.has(t.lower) || CLAUSE_BREAK.has(t.lower)) return -1;
    if (isPeople(t)) people = true;
  }
  return -1;
}

/** ", both women in their 50s,", ", mostly farmers,": who the people were, closed by a comma, with no verb or count. */
function peopleAside(tokens: Token[], at: number): boolean {
  // ("Two people, a father and son, were killed": who they were, in the singular.)
  // ("Tens of thousands of Yazidis, one of Iraq's oldest ethnic minorities, have been forced to flee": what they are.)
  const oneOf = tokens[at]?.lower === "one" && tokens[at + 1]?.lower === "of";
  if (!oneOf && !/^(?:both|all|mostly|mainly|largely|chiefly|primarily|predominantly|each|a|an)$/.test(tokens[at]?.lower ?? ""))
    return false;
  let people = oneOf;
  for (let k = at + (oneOf ? 2 : 1); k < tokens.length && k - at <= 10; k++) {
    // ("primarily women and children under the age of 18 years,": an age is no count.)
    if (matchesAt(tokens, k, ["the", "age", "of"]) && isCount(tokens[k + 3])) {
      k += tokens[k + 4]?.lower === "years" ? 4 : 3;
      continue;
    }
    const t = tokens[k] as Token;
    // (An outcome inside makes it a clause of its own; looked for last, since most asides fail sooner.)
    if (t.text === ",") return people && !outcomeWithin(tokens, at + 1, k);
    // "in their 50s" is an age, not a count.
    if (!t.isWord || (isCount(t) && !/^\d+s$/.test(t.lower)) || AUXILIARIES.has(t.lower) || CLAUSE_BREAK.has(t.lower)) return false;
    if (isPeople(t) || onePerson(t)) people = true;
  }
  return false;
}

/**
 * ", spokesman Myint Thein and senior member Hla Pe,": the counted people by name (and role), closed by a comma that
 * an auxiliary follows.
 */
function namedAside(tokens: Token[], at: number): boolean {
  const run = nameRun(tokens, at, at + 14);
  if (run.end <= at || tokens[run.end]?.text !== "," || run.names < 1) return false;
  // ("One of the wounded, Zaalan's son Ramadan, died of his injuries": the outcome right after the name.)
  const outcome = !!outcomeAt(tokens, run.end + 1);
  if (run.names < 2 && !outcome) return false;
  // (No outcome inside: ", killed and Ali Omar," tells what befell them.)
  return !outcomeWithin(tokens, at, run.end) && (AUXILIARIES.has(tokens[run.end + 1]?.lower ?? "") || outcome);
}

/** Whether an outcome phrase starts between the character offset `end` and the token `to`. */
function outcomeSince(tokens: Token[], end: number, to: number): boolean {
  const from = tokens.findIndex((t) => t.start >= end);
  return from >= 0 && from < to && outcomeWithin(tokens, from, to);
}

/** Whether an outcome phrase starts anywhere in [from, to). */
function outcomeWithin(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (outcomeAt(tokens, k)) return true;
  return false;
}

/**
 * The words from `from` that may name people and their roles ("spokesman Myint Thein and senior member Hla Pe"): where
 * they stop (-1 past `last`) and how many are capitalised.
 */
function nameRun(tokens: Token[], from: number, last: number): { end: number; names: number } {
  let names = 0;
  for (let k = from; k < tokens.length && k <= last; k++) {
    const t = tokens[k] as Token;
    if (!t.isWord || isCount(t) || (t.lower !== "and" && (AUXILIARIES.has(t.lower) || CLAUSE_BREAK.has(t.lower)))) {
      return { end: k, names };
    }
    if (/^\p{Lu}/u.test(t.text)) names++;
  }
  return { end: -1, names };
}

/**
 * Past an including-aside that no comma opens, at `at` ("including"), to the verb group after it; `otherwise` when
 * none follows within ten words.
 */
function pastBareIncluding(tokens: Token[], at: number, otherwise: number): number {
  const verbAt = tokens.findIndex((t, i) => i > at + 1 && i - at <= 10 && (AUXILIARIES.has(t.lower) || !!outcomeAt(tokens, i)));
  // ("252 passengers including an Australian and his Filipino wife, were rescued": a comma may close it.)
  const closed = tokens[verbAt - 1]?.text === "," ? verbAt - 1 : verbAt;
  return verbAt > 0 && tokens.slice(at + 1, closed).every((t) => t.isWord || isCount(t)) ? verbAt : otherwise;
}

/** "… people killed in the blast were …": an outcome participle right after the people, with the clause going on. */
function describedBy(tokens: Token[], from: number): boolean {
  const at = pastRelativeOpening(tokens, from);
  const hit = outcomeAt(tokens, at);
  if (!hit) return false;
  // ("Seven of the 11 crew members died in a severe storm": a verb of the part's, not a description of the whole.)
  for (let k = at + hit[0].length; k < tokens.length && k < at + hit[0].length + 9; k++) {
    const t = tokens[k] as Token;
    if (DESCRIBED_WHOLE_VERB.test(t.lower)) return true;
    // ("Raheem Hamad, one of 11 officers wounded in the battle, said …": the part set off as an aside.)
    if (t.text === "," && /^(?:said|says|told)$/.test(tokens[k + 1]?.lower ?? "")) return true;
    if (!t.isWord && !POSSESSIVE.test(t.text)) return false;
  }
  return false;
}

/**
 * Past "who were" or "who had been" at `from`, to the outcome that describes the people ("six out of at least 35
 * civilians who were injured in Thursday's attacks died later"); `from` when no relative clause opens there.
 */
function pastRelativeOpening(tokens: Token[], from: number): number {
  if (tokens[from]?.lower !== "who" || !/^(?:were|was|had|have)$/.test(tokens[from + 1]?.lower ?? "")) return from;
  return tokens[from + 2]?.lower === "been" ? from + 3 : from + 2;
}

/** The verb after "Ten of the 40 people killed (in the attack)": the whole's outcome only describes it. */
const DESCRIBED_WHOLE_VERB =
  /^(?:were|was|are|is|had|have|has|included|include|includes|remain|remained|remains|died|numbered|said|says|told)$/;

/**
 * "Six people, four children and two women, were killed": a list of counted people set off by commas after a count,
 * the verb after it. Returns the index of the closing comma, or -1. No verb, outcome or clause word may stand inside.
 */
function appositionList(tokens: Token[], at: number): number {
  if (!isCount(tokens[at])) return -1;
  let people = false;
  for (let k = at; k < tokens.length && k - at <= 12; k++) {
    const t = tokens[k] as Token;
    if (t.text === ",") return people && k > at + 1 ? k : -1;
    if (!t.isWord || AUXILIARIES.has(t.lower) || CLAUSE_BREAK.has(t.lower) || METRIC_WORDS[t.lower]) return -1;
    if (outcomeAt(tokens, k)) return -1;
    if (isPeople(t) || onePerson(t)) people = true;
  }
  return -1;
}

function isEndOfClause(t: Token | undefined): boolean {
  return !t || /^[.;:!?]$/.test(t.text);
}

/** "…, with another 40 in hospital": the count before `at` (and who it counts) follows "with", so it has no verb. */
function withCount(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (
    k >= 0 &&
    (isCount(tokens[k]) ||
      isPeople(tokens[k] as Token) ||
      /^(?:another|more|further|a|some|about|over|nearly)$/.test(tokens[k]?.lower ?? ""))
  ) {
    k--;
  }
  return k < at - 1 && tokens[k]?.lower === "with";
}

/** ", who had gathered for prayers,": a clause about the people, closed by a comma, that tells no outcome of its own. */
function asideClause(tokens: Token[], at: number): boolean {
  // "At least 15 people, thought to be migrants, were killed": who they are believed to be.
  const believed =
    (/^(?:thought|believed|said|reported|understood|presumed)$/.test(tokens[at]?.lower ?? "") && matchesAt(tokens, at + 1, ["to", "be"])) ||
    // ("Three sailors from the trawler, suffering from severe hypothermia, were plucked from a life raft".)
    matchesAt(tokens, at, ["suffering", "from"]);
  // "10 other army members of the team, struck by landslides, were injured": what befell them first, by what.
  const befallen =
    /^(?:\p{Ll}{3,}ed|struck|hit|caught|swept|thrown|taken)$/u.test(tokens[at]?.text ?? "") &&
    tokens[at + 1]?.lower === "by" &&
    !outcomeAt(tokens, at);
  if (!believed && !befallen && !/^(?:who|whose)$/.test(tokens[at]?.lower ?? "")) return false;
  for (let k = at + 1; k < tokens.length && k - at <= 15; k++) {
    const t = tokens[k] as Token;
    if (t.text === ",") return k > at + 1;
    if (!t.isWord || isCount(t) || outcomeAt(tokens, k)) return false;
  }
  return false;
}

/** ", a local official said,", ", police say,": a report set off by commas, starting at `at`. */
function reportAside(tokens: Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k - at <= 7; k++) {
    const t = tokens[k] as Token;
    if (/^(?:said|says|say|reported|added|told)$/.test(t.lower)) return k > at && tokens[k + 1]?.text === ",";
    if (!t.isWord || isCount(t)) return false;
  }
  return false;
}

/** "… have been identified": forms of "be"/"have", then a participle that names no outcome. */
function ownVerbAfter(tokens: Token[], from: number): boolean {
  let k = from;
  while (/^(?:have|has|had|been|were|was|are|is|be|being|so|far|already|now|since)$/.test(tokens[k]?.lower ?? "")) k++;
  const verb = tokens[k];
  // "three of them were declared dead": a verb of stating the outcome is no verb of the part's own.
  const outcomeFollows = (at: number) => !!outcomeAt(tokens, at);
  if (verb && STATING_OUTCOME.test(verb.lower) && outcomeFollows(k + 1)) return false;
  // "22 of them were believed to be journalists": who they were thought to be, no verb of their own either.
  if (verb && /^(?:believed|thought|said|reported|understood)$/.test(verb.lower) && matchesAt(tokens, k + 1, ["to", "be"])) return false;
  // "thirty of them were admitted to hospital": an outcome told by a phrase is no verb of the part's own either.
  // ("33 of whom have recovered": nor is getting well.)
  const recovered = verb?.lower === "recovered" && !tokens[k + 1]?.isWord;
  return k > from && !!verb && /^\p{Ll}+ed$/u.test(verb.text) && !outcomeFollows(k) && !outcomePhrase(tokens, k) && !recovered;
}

/** Verbs that state an outcome named after them: "found dead", "declared dead", "confirmed missing". */
const STATING_OUTCOME = /^(?:found|pronounced|declared|confirmed|reported|listed|left|discovered)$/;

/**
 * Whether the outcome verb at `at` is active with a count as its object ("killed 30 militants", "wounded 20"): no form
 * of "be" or "have" before it, and a count (perhaps qualified) right after it that is not a duration ("3 days").
 */
function actsOnCount(tokens: Token[], at: number): boolean {
  if (!METRIC_BEFORE[tokens[at]?.lower ?? ""] || AUXILIARIES.has(tokens[at - 1]?.lower ?? "")) return false;
  const count = pastQualifier(tokens, at + 1);
  // "wounded more than 400 - mostly civilians": a dash set off by spaces is punctuation, not "-year-old".
  return isCount(tokens[count]) && (!UNITS.has(tokens[count + 1]?.lower ?? "") || spacedDashAt(tokens, count + 1));
}

/** A dash at `at` set off by a space before it ("15,935 - an increase"): punctuation, not the start of "-year-old". */
function spacedDashAt(tokens: Token[], at: number): boolean {
  const dash = tokens[at];
  return !!dash && /^[-–]$/.test(dash.text) && dash.start > (tokens[at - 1]?.end ?? dash.start);
}

/** Where a count starts at `at`, past a qualifier before it ("at least eight"): `at` itself when there is none. */
function pastQualifier(tokens: Token[], at: number): number {
  const qualifier = QUALIFIERS.find(([words]) => matchesAt(tokens, at, words));
  return at + (qualifier ? qualifier[0].length : 0);
}

/** A count word: digits or a number word ("25", "four", "twenty-five"). */
function isCount(t: Token | undefined): boolean {
  return !!t && (/^\d/.test(t.text) || smallNumber(t.lower) !== null);
}

/** Past one counted item of a list ("at least eight people", "a civilian"), or null when none starts at `at`. */
function pastListItem(tokens: Token[], at: number): number | null {
  const k0 = pastQualifier(tokens, at);
  // "Two soldiers and a civilian were killed": one person more, named without a count.
  // "16 demonstrators and one police officer were killed": a count of one names its person in the singular.
  const single = /^(?:a|an|one|1)$/.test(tokens[k0]?.lower ?? "");
  // "Six soldiers and numerous Afghan civilians were killed": people more, in an amount left unsaid.
  const unsaid = /^(?:numerous|many|several|some|other)$/.test(tokens[k0]?.lower ?? "");
  // "Three American soldiers and the Afghan civilians were killed": people known already, or whose they were.
  const known = /^(?:the|his|her|their)$/.test(tokens[k0]?.lower ?? "");
  if (!single && !unsaid && !known && !isCount(tokens[k0])) return null;
  for (let k = k0 + 1, reach = k0 + 4; k < tokens.length && k <= reach; k++) {
    const t = tokens[k] as Token;
    const quoted = single ? -1 : scareQuoteEnd(tokens, k);
    if (quoted > 0) return quoted + 1;
    // "four New People's Army (NPA) fighters": a name's acronym in brackets, after a name that may run longer.
    if (/^\p{Lu}/u.test(t.text) && k === reach && reach < k0 + 6) reach++;
    if (t.text === "(" && tokens[k + 2]?.text === ")" && /^\p{Lu}{2,}$/u.test(tokens[k + 1]?.text ?? "")) {
      k += 2;
      reach += 3;
      continue;
    }
    // "Eight contractors and a U.S. serviceman were killed": the full stop of a dotted abbreviation belongs to it.
    if (dottedAbbreviationEnd(tokens, k)) {
      reach++;
      continue;
    }
    if (!t.isWord) return null;
    // "a local porter": a word that could name people may only describe the one named after it.
    // ("one Marshall Islander", "one American": a person named by where they are from.)
    const national = single && (NATIONAL.test(t.text) || /^\p{Lu}\p{Ll}+ers?$/u.test(t.text));
    if (single ? onePerson(t) || national : isPeople(t) || (known && onePerson(t))) {
      const then = tokens[k + 1];
      return then?.isWord && (single ? onePerson(then) : isPeople(then)) ? k + 2 : k + 1;
    }
  }
  return null;
}

/** '57 “terrorists”', 'six “gang members”': where the scare quotes that open at `k` around people close, or -1. */
function scareQuoteEnd(tokens: Token[], k: number): number {
  if (!/^["“]$/.test(tokens[k]?.text ?? "")) return -1;
  // ('six “gang members”': a modifier may stand inside the quotes too.)
  const close = /^["”]$/.test(tokens[k + 2]?.text ?? "") ? k + 2 : /^["”]$/.test(tokens[k + 3]?.text ?? "") ? k + 3 : -1;
  return close > 0 && isPeople(tokens[close - 1] as Token) && (close === k + 2 || !!tokens[k + 1]?.isWord) ? close : -1;
}

/**
 * "25 militants and four soldiers died": the first count shares the verb of the one coordinated with it. Skips
 * "and <count> [up to three words] <people>" when a verb follows.
 */
function pastCoordinatedCount(tokens: Token[], from: number): number {
  // "Three troops and at least eight people died": the second count may be qualified.
  if (tokens[from]?.lower === "and") return pastListItem(tokens, from + 1) ?? from;
  // "left 70 schoolchildren, six lawmakers and five other people dead": a list, whose first comma is behind us.
  if (tokens[from - 1]?.text !== ",") return from;
  for (let k = from, n = 0; n < 6; n++) {
    const end = pastListItem(tokens, k);
    if (end === null) return from;
    const and = tokens[end]?.text === "," && tokens[end + 1]?.lower === "and" ? end + 1 : end;
    if (tokens[and]?.lower === "and") return pastListItem(tokens, and + 1) ?? from;
    if (tokens[end]?.text !== ",") return from;
    k = end + 1;
  }
  return from;
}

/** Past "in India", "from South Sudan" (a preposition and up to three capitalised words) at `at`; `at` when there is none. */
function pastPlaceName(tokens: Token[], at: number): number {
  if (!/^(?:in|at|near|from)$/.test(tokens[at]?.lower ?? "")) return at;
  // ("from the United States").
  let k = tokens[at + 1]?.lower === "the" && /^\p{Lu}/u.test(tokens[at + 2]?.text ?? "") ? at + 2 : at + 1;
  const first = k;
  while (k < tokens.length && k <= first + 2 && tokens[k]?.isWord && /^\p{Lu}/u.test(tokens[k]?.text ?? "")) k++;
  return k > first ? k : at;
}

/** Past "in a nearby school", "in the area" (a preposition, an article and up to two lower-case words) at `at`. */
function pastPlaceNoun(tokens: Token[], at: number): number {
  if (!/^(?:in|at|near)$/.test(tokens[at]?.lower ?? "") || !/^(?:a|an|the)$/.test(tokens[at + 1]?.lower ?? "")) return at;
  let k = at + 2;
  while (k < at + 4 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? "") && tokens[k]?.lower !== "and" && !outcomeAt(tokens, k)) k++;
  return k > at + 2 ? k : at;
}

/**
 * Whether a source's revision of a toll ends before `at`: "raised the death toll (by 12 to 40)", "revised its count (from
 * 28 to 40)", "raised the number of missing (by more than two thirds to 332)".
 */
function tollRevisedBefore(tokens: Token[], at: number): boolean {
  let k = at - 1;
  // ("raised the number of victims unaccounted for – from 51 to 1,079".)
  if (/^[-–—]$/.test(tokens[k]?.text ?? "")) k--;
  if (unaccountedForEndsAt(tokens, k)) k -= 2;
  if (/^(?:toll|tally|count|total|figure)$/.test(tokens[k]?.lower ?? "")) k--;
  else if (tokens[k - 1]?.lower === "of" && tokens[k - 2]?.lower === "number") k -= 3;
  else return false;
  for (let n = 0; n < 2 && /^[\p{Ll}-]+$/u.test(tokens[k]?.text ?? "") && !DETERMINERS.test(tokens[k]?.lower ?? ""); n++) k--;
  if (DETERMINERS.test(tokens[k]?.lower ?? "")) k--;
  return /^(?:raised|raises|raising|revised|revises|revising|lowered|lowers|lowering|upped|increased|reduced|cut|updated|adjusted)$/.test(
    tokens[k]?.lower ?? "",
  );
}

const DETERMINERS = /^(?:the|its|their|his|her|a|an|this|that)$/;

/** Whether "unaccounted for", the missing named by their state, ends at token `k`. */
function unaccountedForEndsAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === "for" && tokens[k - 1]?.lower === "unaccounted";
}

/**
 * Whether the "from" at `at` starts a change told without a verb of change right before it: "has gone up from 2,824",
 * "an increase in the number of peacekeepers injured from 19 to 34".
 */
function changeNamedBefore(tokens: Token[], at: number): boolean {
  if (/^(?:up|down)$/.test(tokens[at - 1]?.lower ?? "") && /^(?:gone|went|go|goes|going)$/.test(tokens[at - 2]?.lower ?? "")) return true;
  // "taking the number of dead from 125 to 149".
  if (
    tokens
      .slice(Math.max(0, at - 8), at)
      .some(
        (t, i, before) =>
          /^(?:taking|took|takes|bringing|brought|brings|pushing|pushed|pushes)$/.test(t.lower) &&
          before[i + 1]?.lower === "the" &&
          /^(?:number|toll|total|tally|count)$/.test(before[i + 2]?.lower ?? ""),
      )
  )
    return true;
  return tokens
    .slice(Math.max(0, at - 9), at)
    .some((t, i, before) => /^(?:increase|rise|jump|drop|decrease|fall)$/.test(t.lower) && before[i + 1]?.lower === "in");
}

/** Whether the count at `at` is a later item of a list an outcome verb takes as its object: "killed two people and 29 refugees". */
function listedAfterVerb(tokens: Token[], at: number): boolean {
  if (!/^(?:and|,)$/.test(tokens[at - 1]?.lower ?? "")) return false;
  for (let k = at - 2; k >= 0 && k >= at - 10; k--) {
    const t = tokens[k] as Token;
    if (METRIC_BEFORE[t.lower]) return true;
    // ("killed all seven children and seven adults": "all" only says none was spared.)
    if ((!t.isWord && t.text !== "," && !isCount(t)) || (AUXILIARIES.has(t.lower) && t.lower !== "all")) return false;
  }
  return false;
}

/**
 * Where the verb group after an unclosed list of people ("soldiers, militants and civilians have", "two children were")
 * starts, or -1.
 */
function unclosedListVerb(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from <= 20; k++) {
    const t = tokens[k] as Token;
    if ((!t.isWord && t.text !== "," && !isCount(t)) || /^(?:who|whom|whose|which|that|since|to|later)$/.test(t.lower)) return -1;
    if (AUXILIARIES.has(t.lower)) return k > from + 1 && tokens[k - 1]?.text !== "," ? k : -1;
  }
  return -1;
}

/** Words that add a count to one already given: "another 11", "a further 20", "an additional 60". */
const ADDED = /^(?:another|further|additional)$/;

/** "feeding about 300 detainees": people held are detained, whatever is done for them (not if they were killed or hurt). */
function heldAsDetainees(metric: Metric | null, tokens: Token[], c: Candidate, who: Counted): Metric | null {
  // ("The 40 detainees were treated well": the ones counted before.)
  const known = tokens[c.from - 1]?.lower === "the";
  if (who.head?.lower !== "detainees" || known || (metric !== null && metric !== "OTHER")) return metric;
  // ("300 detainees were released": held no longer.)
  const freed = tokens.slice(who.last + 1, who.last + 5).some((t) => /^(?:released|freed|pardoned)$/.test(t.lower));
  return freed ? metric : "DETAINED";
}

/** "80 contacts were being traced", "followed up with 135 contacts": in an outbreak, people watched for the disease. */
function contactsUnderWatch(tokens: Token[], who: Counted): Metric | null {
  if (tokens[who.last]?.lower !== "contacts") return null;
  const watched = (t: Token) =>
    DISEASE.test(t.lower) || /^(?:traced|tracing|monitored|monitoring|followed|tracked|tracking)$/.test(t.lower);
  return tokens.some(watched) ? "OTHER" : null;
}

/**
 * "Humanitarians reached more than 4 million people with life-saving assistance": those relief reached (not those it
 * hopes to reach), counted among the people a crisis affects.
 */
function reachedWithAid(tokens: Token[], c: Candidate, who: Counted): Metric | null {
  if (!/^(?:reached|reaching|assisted|supported|helped)$/.test(tokens[c.from - 1]?.lower ?? "")) return null;
  // ("has helped more than 100,000 Pakistanis through its earthquake relief efforts".)
  if (!/^(?:with|through)$/.test(tokens[who.last + 1]?.lower ?? "")) return null;
  const aid = tokens.slice(who.last + 2, who.last + 6).some((t) => /^(?:assistance|aid|food|supplies|relief|rations|help)$/.test(t.lower));
  return aid ? "OTHER" : null;
}

/**
 * "at least 25,000 people were at the temple site when the incident occurred", "90 workers were in the basement when
 * the building collapsed", "when 293 workers were underground": those present where it struck, at risk like those
 * aboard a craft that sank.
 */
function presentWhenStruck(tokens: Token[], c: Candidate, who: Counted): Metric | null {
  if (!who.head || !/^(?:were|was)$/.test(tokens[who.last + 1]?.lower ?? "")) return null;
  const where = tokens[who.last + 2]?.lower ?? "";
  if (!/^(?:at|in|inside|underground|on)$/.test(where)) return null;
  if (tokens[c.from - 1]?.lower === "when") return where === "underground" || where === "inside" ? "OTHER" : null;
  const when = tokens.slice(who.last + 3, who.last + 12).findIndex((t) => !t.isWord || t.lower === "when");
  if (when < 0 || tokens[who.last + 3 + when]?.lower !== "when") return null;
  // ("Twenty students were in the camps when it started": only a disaster striking puts them at risk.)
  const at = who.last + 4 + when;
  return tokens.slice(at, at + 7).some((t) => STRUCK.test(t.lower)) ? "OTHER" : null;
}

const STRUCK =
  /^(?:occurred|happened|struck|hit|collapsed|caved|sank|capsized|overturned|exploded|erupted|crashed|derailed|incident|blast|explosion|fire|quake|earthquake|stampede|disaster|tragedy|accident|attack)$/;

/** "they moved around 700 people to 10 shelter centres", "took 3,000 villagers to relief camps": displaced by others. */
function movedToShelters(tokens: Token[], c: Candidate, who: Counted): Metric | null {
  if (
    !/^(?:moved|moving|move|shifted|shifting|took|taking|brought|bringing|transferred|transported|bussed|ferried|sent|sending)$/.test(
      tokens[c.from - 1]?.lower ?? "",
    )
  ) {
    return null;
  }
  // ("had to move nearly 18,000 people again to temporary shelters", "sent thousands into evacuation centers".)
  const to = /^(?:again|back|temporarily)$/.test(tokens[who.last + 1]?.lower ?? "") ? who.last + 2 : who.last + 1;
  return /^(?:to|into)$/.test(tokens[to]?.lower ?? "") && sheltersAfter(tokens, to, 6) ? "DISPLACED" : null;
}

/** Verbs that say who was aboard: "a boat carrying 125 refugees", "was ferrying more than 300 passengers". */
const CARRYING = /^(?:carrying|carried|carries|carry|ferrying|transporting)$/;

/** Nouns a number names rather than counts: "flight 2283", "bus 42", "route 9". */
const IDENTIFIED = /^(?:flight|bus|train|route|line|highway|no|number|platform|gate|ward|block|sector|unit)$/;

/** Participles that open a phrase describing the counted people, not their fate. */
const PHRASE_PARTICIPLES =
  /^(?:connected|linked|involved|implicated|belonging|related|affiliated|loyal|travelling|traveling|working|living|riding|attending|staying|waiting|returning|heading|suspected|accused|deployed|stationed|posted|serving)$/;

/** Places counted in a phrase about where people are: "in 29 provinces". */
const PLACES_COUNTED =
  /^(?:provinces|districts|states|countries|regions|villages|towns|cities|counties|municipalities|prefectures|governorates|areas|communities|islands)$/;

/** Words of a verb group, which a phrase about the people does not contain. */
const VERB_GROUP =
  /^(?:be|been|being|may|might|could|would|will|can|must|should|reportedly|allegedly|believed|feared|thought|presumed|confirmed|reported|listed|remain|remained|remains)$/;

/** "including", "according" and the like open no phrase about the people; "being", "having" are auxiliaries. */
const NOT_PHRASE_ING =
  /^(?:including|according|during|following|being|having|regarding|excluding|concerning|bringing|raising|leaving|killing|wounding|injuring|saying|adding|noting|stating|warning|telling|citing)$/;

/** "from 43 families": a count of the households the people came from, at k. */
function fromHouseholds(tokens: Token[], k: number): boolean {
  return (
    tokens[k - 1]?.lower === "from" &&
    isCount(tokens[k]) &&
    /^(?:families|households|homes|villages|communities)$/.test(tokens[k + 1]?.lower ?? "")
  );
}

/**
 * A phrase of place, gear, kin or circumstance between the counted people and their verb: "five attackers with
 * explosives were killed", "two people in the northern province of Kunduz were hurt", "nine members of one family
 * died", "twelve people sleeping in the house", "twelve people who had gathered for prayers were killed". Skipped
 * only when a form of "be" or "have", or the metric verb itself, ends it; a relative clause's own verb comes first.
 */
function pastLocative(tokens: Token[], from: number): number {
  // "1,300 suspects allegedly linked to terrorist organizations have been arrested": a hedged participle phrase.
  if (/^(?:allegedly|reportedly|apparently)$/.test(tokens[from]?.lower ?? "") && PHRASE_PARTICIPLES.test(tokens[from + 1]?.lower ?? "")) {
    const past = pastLocative(tokens, from + 1);
    return past > from + 1 ? past : from;
  }
  const opener = tokens[from]?.lower ?? "";
  // "four boys connected to a militia were killed", "two men working at the site died": a participle phrase.
  // "the 13 people missing have been found": an outcome in "-ing" is no phrase about the people but their fate.
  const participle =
    PHRASE_PARTICIPLES.test(opener) ||
    (/^\p{Ll}{2,}ing$/u.test(tokens[from]?.text ?? "") && !NOT_PHRASE_ING.test(opener) && !outcomeAt(tokens, from));
  const relative = /^(?:who|whose)$/.test(opener);
  // "three children aged between 5 and 10 were killed", "four people in their 20s": ages are no competing count.
  // ("Nearly 100 children under the age of five died".)
  const aged =
    opener === "aged" ||
    (opener === "between" && matchesAt(tokens, from + 1, ["the", "ages", "of"])) ||
    (opener === "under" && matchesAt(tokens, from + 1, ["the", "age", "of"]));
  if (
    !participle &&
    !relative &&
    !aged &&
    !/^(?:in|on|with|from|aboard|onboard|inside|of|at|near|outside|across|throughout|along|around|within)$/.test(opener)
  )
    return from;
  const start = participle && /^(?:to|with|at|in|on|for)$/.test(tokens[from + 1]?.lower ?? "") ? from + 2 : from + 1;
  // In "who had gathered for prayers were killed" the clause's own verb ("had gathered") comes before the one sought.
  let clauseVerb = !relative;
  // ("21 migrants who were trying to make the dangerous Mediterranean Sea journey to Italy late last week are missing".)
  let reach = from + (relative ? 16 : 9);
  for (let k = start; k < tokens.length && k <= reach; k++) {
    const t = tokens[k] as Token;
    // "from the joint African-U.N. mission": the full stop of an abbreviation ends nothing.
    if (dottedAbbreviationEnd(tokens, k)) continue;
    // ("in the U.S.-led coalition": nor does a hyphen joined to it.)
    if (t.text === "-" && dottedAbbreviationEnd(tokens, k - 1) && tokens[k - 1]?.end === t.start) continue;
    // "on the M/B Kim Nirvana": a craft's prefix.
    if (t.text === "/" && /^\p{Lu}$/u.test(tokens[k - 1]?.text ?? "") && /^\p{Lu}$/u.test(tokens[k + 1]?.text ?? "")) continue;
    // "in the Democratic Republic of the Congo (DRC)": an acronym in brackets only repeats the place.
    if (t.text === "(" && tokens[k + 2]?.text === ")" && /^\p{Lu}{2,6}$/u.test(tokens[k + 1]?.text ?? "")) {
      k += 2;
      reach += 3;
      continue;
    }
    const finite = /^(?:were|was|are|is|have|has|had|remain|remains|remained)$/.test(t.lower);
    if (finite && clauseVerb) return k;
    // ("2 million people from the coastal districts huddled in shelters": an outcome told in a phrase.)
    // ("5,000 people in the affected areas": a participle after an article describes the place.)
    // ("of the injured were": but the participle as a noun is the people themselves.)
    const nounAfter = tokens[k + 1];
    const describesPlace =
      /^(?:the|a|an)$/.test(tokens[k - 1]?.lower ?? "") &&
      /^\p{Ll}+$/u.test(nounAfter?.text ?? "") &&
      !AUXILIARIES.has(nounAfter?.lower ?? "") &&
      !STOPS.has(nounAfter?.lower ?? "");
    if (clauseVerb && k > from + 1 && !describesPlace && (outcomeAt(tokens, k) || (!relative && outcomePhrase(tokens, k)))) return k;
    if (relative && !clauseVerb) {
      // "who were killed …" is read as it stands by the caller.
      if (outcomeAt(tokens, k)) return from;
      if (!AUXILIARIES.has(t.lower) && t.isWord) clauseVerb = true;
      continue;
    }
    const age = (aged && (isCount(t) || /^(?:between|and|to|from|,)$/.test(t.lower))) || /^\d+s$/.test(t.lower);
    if (age) continue;
    // "144 people from 43 families were rescued": where they came from, counted in households.
    if (fromHouseholds(tokens, k)) {
      k++;
      continue;
    }
    // "41 million people in Bangladesh, India and Nepal have been affected": a list of places.
    if (t.text === "," && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? "") && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "")) continue;
    // "15 members of a family including three children were killed": the phrase ends where a list of parts opens.
    if (t.lower === "including" && k > start && !relative) return k;
    // "Three sailors from the trawler, suffering from severe hypothermia, were plucked …": an aside after where they were.
    if (t.text === "," && asideClause(tokens, k + 1)) {
      const close = tokens.findIndex((c, i) => i > k + 1 && i - k <= 15 && c.text === ",");
      if (close > k) {
        reach += close - k;
        k = close;
        continue;
      }
    }
    // "onboard the MV Lady Mary Joy 3 were killed": a number in a craft's name.
    // ("in Chittagong 30 were dead" is a count of its own.)
    if (
      /^(?:aboard|onboard)$/.test(opener) &&
      /^\d+$/.test(t.text) &&
      /^\p{Lu}/u.test(tokens[k - 1]?.text ?? "") &&
      /^(?:were|was)$/.test(tokens[k + 1]?.lower ?? "")
    )
      continue;
    // "Two soldiers from the U.S. 4th Infantry Division": an ordinal names a unit.
    if (/^\d+(?:st|nd|rd|th)$/.test(t.lower)) continue;
    // "Over 700,000 people in 29 provinces are said to be affected": how many places, not a count of people.
    // ("people from all of Bangladesh's 13 coastal districts": whose places, and a word on their kind.)
    const placeKind = /^\p{Ll}+$/u.test(tokens[k + 1]?.text ?? "") && PLACES_COUNTED.test(tokens[k + 2]?.lower ?? "") ? 1 : 0;
    // ("35 of the country's 75 districts are affected" counts districts, not people: only after where.)
    if (
      isCount(t) &&
      (/^(?:in|across|from)$/.test(tokens[k - 1]?.lower ?? "") ||
        (POSSESSIVE.test(tokens[k - 1]?.text ?? "") && /^(?:in|across|from|throughout)$/.test(opener))) &&
      PLACES_COUNTED.test(tokens[k + 1 + placeKind]?.lower ?? "")
    ) {
      k += 1 + placeKind;
      continue;
    }
    // ("1.2 million people from 24 of all the 32 states were affected": a part of the places.)
    if (isCount(t) && /^(?:in|across|from)$/.test(tokens[k - 1]?.lower ?? "") && tokens[k + 1]?.lower === "of") {
      let j = k + 2;
      for (const word of ["all", "the"]) if (tokens[j]?.lower === word) j++;
      if (isCount(tokens[j])) j++;
      if (PLACES_COUNTED.test(tokens[j]?.lower ?? "")) {
        k = j;
        continue;
      }
    }
    // "all 61 people on board flight 2283 died": a number that names a flight, a bus or a route counts nothing.
    if (/^\d+$/.test(t.text) && IDENTIFIED.test(tokens[k - 1]?.lower ?? "")) continue;
    // "killed six on the spot and left twenty five injured": a count of its own ends the phrase ("one family" does not),
    // and so does a vague one ("reached 57 with scores injured").
    if (
      !t.isWord ||
      /^\d/.test(t.text) ||
      (isCount(t) && t.lower !== "one") ||
      /^(?:dozens|scores|hundreds|thousands|millions|tens)$/.test(t.lower) ||
      // ("suspected of being involved in the attacks": "being" after "of" is part of the phrase.)
      (VERB_GROUP.test(t.lower) && !(t.lower === "being" && tokens[k - 1]?.lower === "of")) ||
      METRIC_WORDS[t.lower]
    ) {
      return from;
    }
    // A second clause or a report ("where …", "who said …") is no longer about who was counted.
    if (/^(?:who|whom|whose|which|that|where|when|while|because|after|before|since|as|if|said|says|say|told)$/.test(t.lower)) return from;
    // "destroyed dozens of homes and killed 14": the verb after "and" is the sentence's, not the counted people's.
    // "killed three civilians on the spot and seven others wounded": a second count after "and" has a verb of its own.
    if ((t.lower === "and" || t.lower === "or") && (!!outcomeAt(tokens, k + 1) || isCount(tokens[k + 1]))) {
      return from;
    }
  }
  return from;
}

/**
 * "dead or missing", "evacuated or fled": one count of two outcomes. Two different outcomes make no single metric
 * (OTHER), except that a vaguer one (OTHER, "evacuated") yields to the specific one ("fled").
 */
function joinedMetric(tokens: Token[], after: number, first: Metric): Metric {
  // "have been affected and internally displaced", "affected and forced into El Tina": the more telling of the two.
  if (tokens[after]?.lower === "and" && first === "OTHER") {
    const at = /^\p{Ll}{3,}ly$/u.test(tokens[after + 1]?.text ?? "") ? after + 2 : after + 1;
    const second = outcomeAt(tokens, at)?.[1];
    return second === "DISPLACED" ? second : first;
  }
  if (tokens[after]?.lower !== "or") return first;
  // "killed or feared missing", "trapped in the rubble or killed outright".
  const at = /^(?:feared|presumed|believed|thought|reported|still|were|are)$/.test(tokens[after + 1]?.lower ?? "") ? after + 2 : after + 1;
  const second = outcomeAt(tokens, at)?.[1];
  if (!second || second === first) return first;
  if (first === "OTHER" || second === "OTHER") return first === "OTHER" ? second : first;
  return "OTHER";
}

/** Verbs that carry a running total to its new value: "bringing the total to 19", "raising their total to six". */
const TOTAL_VERBS =
  /^(?:bringing|raising|taking|pushing|putting|increasing|lifting|brought|raised|took|pushed|put|increased|lifted|bring|brings|raise|raises|push|pushes|takes|take)$/;

/** People counted as displaced by being named: refugees, evacuees, internally displaced persons. */
const DISPLACED_PEOPLE = /^(?:refugees|evacuees|idps)$/;

/**
 * Where the total-carrying verb is, within a few words before `to`, or -1. "bringing the death toll from a week of
 * fighting to 150": the toll may carry what it counts.
 */
function totalVerbBefore(tokens: Token[], to: number): number {
  for (let j = to - 1; j >= 0 && j >= to - 16; j--) {
    const t = tokens[j] as Token;
    // ("the total number of internally displaced persons (IDPs) in the country to": an acronym in brackets.)
    if (/^[()]$/.test(t.text)) continue;
    if (!t.isWord) return -1;
    if (TOTAL_VERBS.test(t.lower)) return j;
  }
  return -1;
}

/**
 * "…, bringing the total to 19": a bare total continues the figure stated before it in the sentence ("two more
 * bodies were found"); "bringing the death toll to 40" names its own.
 */
function runningTotal(tokens: Token[], to: number, previous: FigureDraft | undefined): Metric | null {
  const verb = totalVerbBefore(tokens, to);
  if (verb < 0) return null;
  if (tokens.slice(verb + 1, to).some((t) => t.lower === "toll")) return "KILLED";
  if (previous) return previous.metric;
  // "added an additional fatality in Jabla, bringing the total to 13": what was added, named without a count.
  const added = tokens.slice(0, verb).findLast((t) => METRIC_WORDS[t.lower] || ONE_OUTCOME[t.lower]);
  return added ? (METRIC_WORDS[added.lower] ?? ONE_OUTCOME[added.lower] ?? null) : null;
}

/**
 * "The figure brings to 150 the number of people killed", "raising to 40 the death toll": the total is named after
 * its number.
 */
function carriedTo(tokens: Token[], c: Candidate): Metric | null {
  if (
    !endsBefore(tokens, c.from, ["to"]) ||
    (!TOTAL_VERBS.test(tokens[c.from - 2]?.lower ?? "") &&
      !/^(?:brings|bring|raises|raise|takes|pushes)$/.test(tokens[c.from - 2]?.lower ?? ""))
  ) {
    return null;
  }
  let k = c.to;
  if (tokens[k]?.lower !== "the" && tokens[k]?.lower !== "its" && tokens[k]?.lower !== "their") return null;
  k++;
  if (tokens[k]?.lower === "toll") return "KILLED";
  if (tokens[k + 1]?.lower === "toll") return tokens[k]?.lower === "injury" ? "INJURED" : tokens[k]?.lower === "death" ? "KILLED" : null;
  if (tokens[k]?.lower !== "number" && tokens[k]?.lower !== "total") return null;
  k++;
  // ("taking to over 66,000 the total number of refugees who have arrived".)
  if (tokens[k - 1]?.lower === "total" && tokens[k]?.lower === "number") k++;
  if (tokens[k]?.lower === "of") k++;
  if (/^(?:confirmed|reported|recorded|new|suspected)$/.test(tokens[k]?.lower ?? "")) k++;
  // ("the number of American soldiers killed": the people may be described.)
  let people = k;
  while (people < k + 2 && tokens[people]?.isWord && !isPeople(tokens[people] as Token) && !METRIC_WORDS[tokens[people]?.lower ?? ""])
    people++;
  if (tokens[people] && isPeople(tokens[people] as Token) && !METRIC_WORDS[tokens[people]?.lower ?? ""]) k = people + 1;
  // ("bringing to 12,000 the number of people who have taken refuge": or what happened to them told by their verb.)
  if (DISPLACED_PEOPLE.test(tokens[k - 1]?.lower ?? "")) return "DISPLACED";
  if (tokens[k]?.lower === "who") return finiteOutcomeAfter(tokens, k + 1);
  return METRIC_WORDS[tokens[k]?.lower ?? ""] ?? null;
}

/**
 * Whether the count starting at `at` is the whole a part before it is taken from: "three of the 12", "three of 12",
 * "2 million of the 16.6 million", "2 million people out of the 16.6 million".
 */
function wholeOfPart(tokens: Token[], at: number, possessed: boolean): boolean {
  let k = at - 1;
  const article = tokens[k]?.lower === "the";
  if (article) k--;
  else if (possessed) return false;
  if (tokens[k]?.lower !== "of") return false;
  k--;
  if (tokens[k]?.lower === "out") k--;
  const countEnd = (t: Token | undefined) => isCount(t) || isScale(t?.lower ?? "");
  if (tokens[k] && isPeople(tokens[k] as Token) && countEnd(tokens[k - 1])) k--;
  return countEnd(tokens[k]);
}

/**
 * Where a list of people nouns that starts at `from` and ends in "and" ("women, and children", "security forces and
 * police") ends: the index of its last people noun, or -1. Each item is a people noun, perhaps after one word that
 * describes it.
 */
function peopleListEnd(tokens: Token[], from: number): number {
  let k = from;
  for (let items = 0; items < 4; items++) {
    const described = tokens[k + 1] && isPeople(tokens[k + 1] as Token) && tokens[k]?.isWord && !isCount(tokens[k]) ? 1 : 0;
    const noun = tokens[k + described];
    if (!noun || !isPeople(noun) || noun.lower === "others") return -1;
    const end = k + described;
    const next = tokens[end + 1]?.text === "," ? end + 2 : end + 1;
    if (items > 0 && tokens[k - 1]?.lower === "and") return end;
    if (tokens[next]?.lower === "and") k = next + 1;
    else if (tokens[end + 1]?.text === ",") k = end + 2;
    else return -1;
  }
  return -1;
}

/** Whether the people ending before `from` are the subject of a verb of saying: "… wounded in the attack said". */
/** Verbs that tell what people said: a count of them speaking is no count of people befallen. */
const SPEECH_VERBS = /^(?:said|says|told|recalled|described|recounted)$/;

function speaksAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k] as Token;
    if (SPEECH_VERBS.test(t.lower)) return true;
    if (t.text === "," && /^(?:said|says|told)$/.test(tokens[k + 1]?.lower ?? "")) return true;
    if (!t.isWord || /^(?:were|was|is|are|has|have|had|died|later|who)$/.test(t.lower)) return false;
  }
  return false;
}

/**
 * "A suicide bombing has claimed more than 73 people": people a disaster or attack "has claimed" are its dead. (Not
 * "the group claimed 40 members", nor "claimed 40 soldiers were killed", whose own verb is read first.)
 */
function claimedPeople(tokens: Token[], c: Candidate, who: Counted): Metric | null {
  const verb = tokens[c.from - 1]?.lower ?? "";
  const perfect = verb === "claimed" && /^(?:has|have|had)$/.test(tokens[c.from - 2]?.lower ?? "");
  return (perfect || verb === "claiming") && who.head && isPeople(who.head) ? "KILLED" : null;
}

/** "He was killed along with two of his children": people added to an outcome share it. */
function sharedFate(tokens: Token[], c: Candidate): Metric | null {
  // ("was killed along with his two bodyguards": whose they were may come between.)
  const at = /^(?:his|her|their)$/.test(tokens[c.from - 1]?.lower ?? "") ? c.from - 1 : c.from;
  const joint = tokens[at - 1];
  if (joint?.lower !== "and" || /^and$/i.test(joint.text)) return null;
  const outcome = (k: number) => METRIC_AFTER.find(([words]) => words.length === 1 && matchesAt(tokens, k, words))?.[1] ?? null;
  // ("A sixth soldier was wounded in the blast along with 17 policemen": where it happened may come between.)
  return outcome(at - 2) ?? outcome(pastPhraseBack(tokens, at - 2));
}

/**
 * "killed a policeman and two civilians", "arrested the imam and 12 of his followers": a later item of an outcome
 * verb's object list, after people named without a count, and no verb of its own after it.
 */
function listedObject(tokens: Token[], c: Candidate, who: Counted): Metric | null {
  // "wounded a brigadier, nine of his bodyguards and two civilians": an item after a comma, when more follow it.
  // ("wounding a mother, her three children and another girl": whose they were may come first.)
  const from = /^(?:his|her|their)$/.test(tokens[c.from - 1]?.lower ?? "") ? c.from - 1 : c.from;
  const midList = tokens[from - 1]?.text === "," && /^(?:,|and)$/.test(tokens[who.last + 1]?.lower ?? "");
  if (!(endsBefore(tokens, from, ["and"]) || midList) || (!who.head && !who.partitive)) return null;
  const next = tokens[who.last + 1];
  // ("two sisters of the candidate and 18 journalists accompanying the caravan": whose, or what they were doing.)
  // ("killed a commander and one of his bodyguards Thursday": or when.)
  if (
    next?.isWord &&
    !/^(?:in|on|at|from|near|during|and|when|as|after|of|today|yesterday|overnight)$/.test(next.lower) &&
    !WEEKDAYS.test(next.lower) &&
    !/^\p{Ll}{3,}ing$/u.test(next.text)
  )
    return null;
  return listVerbBefore(tokens, from - 2);
}

/**
 * "Police took 84 Brotherhood leaders from their homes", "picked up more than 150 demonstrators", "authorities are
 * holding more than 500 of its members": taken or held by those who make arrests.
 */
function heldBy(tokens: Token[], c: Candidate, who: Counted): Metric | null {
  if (who.metric) return null;
  let v = c.from - 1;
  if (tokens[v]?.lower === "up" && /^(?:picked|picking|rounded|rounding)$/.test(tokens[v - 1]?.lower ?? "")) v--;
  // "Security forces raided monasteries and took away at least 100 monks".
  if (tokens[v]?.lower === "away" && /^(?:took|taking|taken|led|dragged|hauled|carted)$/.test(tokens[v - 1]?.lower ?? "")) v--;
  const verb = tokens[v]?.lower ?? "";
  if (!/^(?:holding|holds|held|took|taking|taken|led|carted|picked|picking|hauled|dragged|seized)$/.test(verb)) return null;
  if (/^(?:picked|picking)$/.test(verb) && tokens[v + 1]?.lower !== "up") return null;
  // ("Police took 12 people to hospital": carried there for care.)
  if (matchesAt(tokens, who.last + 1, ["to"]) && /^(?:hospitals?|the|safety)$/.test(tokens[who.last + 2]?.lower ?? "")) return null;
  // ("Police took 84 leaders from their homes and picked up more than 150 demonstrators": the agent of a first verb
  // may act in the second; not across a report, as in "police said boats picked up 300 migrants".)
  for (let k = v - 1; k >= 0 && k >= v - 12; k--) {
    const t = tokens[k] as Token;
    if (/^(?:[.;:]|said|says|say|told|reported|according)$/.test(t.lower)) return null;
    if (ARRESTING.test(t.lower)) return "DETAINED";
    // ("suspected Boko Haram militants took about 60 married women and girls": captives, as the abducted are.)
    if (COMBATANTS.test(t.lower) && /^(?:took|taken|seized|carted|dragged|led)$/.test(verb)) return "OTHER";
  }
  return null;
}

/**
 * "the fighting has driven more than 400,000 people from Mogadishu", "forced 5,000 out of the city", "sending 88,000
 * people streaming from Mogadishu": made to leave.
 */
function drivenFrom(tokens: Token[], c: Candidate, who: Counted): Metric | null {
  const verb = verbBeforeCount(tokens, c.to);
  const after = tokens[who.last + 1]?.lower;
  // "the clashes have emptied entire neighborhoods, sending 88,000 people streaming from Mogadishu".
  if (/^(?:sending|sent|send|sends)$/.test(verb) && /^(?:fleeing|streaming|running|scrambling|flocking)$/.test(after ?? ""))
    return "DISPLACED";
  if (!/^(?:drove|driven|driving|drive|drives|forced|forcing)$/.test(verb)) return null;
  return after === "from" || (after === "out" && tokens[who.last + 2]?.lower === "of") ? "DISPLACED" : null;
}

/** "about 1,000 prisoners escaped", "475 inmates streamed out of the prison": captives who got out. */
function escapedCaptives(tokens: Token[], who: Counted): Metric | null {
  if (!/^(?:prisoners|inmates|detainees|convicts|captives)$/.test(who.head?.lower ?? "")) return null;
  let k = who.last + 1;
  while (k < who.last + 5 && AUXILIARIES.has(tokens[k]?.lower ?? "")) k++;
  const verb = tokens[k]?.lower ?? "";
  return /^(?:escaped|fled)$/.test(verb) || (/^(?:broke|streamed|poured)$/.test(verb) && tokens[k + 1]?.lower === "out") ? "OTHER" : null;
}

/** Those who make arrests. */
const ARRESTING = /^(?:police|policemen|authorities|troops|soldiers|army|security|forces|militiamen)$/;

/**
 * "The El Faro vanished on October 1 with 33 crew members": lost with the craft; "airlift 30 crew members to safety":
 * brought out alive.
 */
function vanishedOrSaved(tokens: Token[], c: Candidate, who: Counted): Metric | null {
  if (tokens[c.from - 1]?.lower === "with") {
    const before = tokens.slice(Math.max(0, c.from - 8), c.from - 1);
    const gone = before.findLastIndex((t) => /^(?:vanished|disappeared|vanishes|disappears)$/.test(t.lower));
    if (gone >= 0 && before.slice(gone + 1).every((t) => t.isWord || isCount(t))) return "MISSING";
  }
  if (matchesAt(tokens, who.last + 1, ["to", "safety"])) {
    const verb = verbBeforeCount(tokens, who.last + 1);
    if (/^(?:airlift|airlifts|airlifted|airlifting|hoisted|winched|pulled|carried|helped|ferried|guided|led|lifted)$/.test(verb))
      return "OTHER";
  }
  return null;
}

/** Buildings where people present when a blast, fire or collapse struck are counted. */
const STRUCK_PLACES =
  /^(?:building|factory|mine|school|house|hotel|market|mall|club|nightclub|church|mosque|temple|hospital|theater|theatre|workshop|warehouse|plant)$/;

const CRAFT =
  /^(?:boat|boats|ship|vessel|ferry|dinghy|raft|trawler|barge|plane|aircraft|airliner|jet|helicopter|flight|bus|buses|train|trains|coach|coaches|truck|trucks|lorry|lorries|minibus|minibuses|ships|vessels|ferries|planes|flights)$/;

/**
 * "sank with 50 people aboard", "91 passengers were aboard the train", "a boat carrying 120 migrants", "61 people were
 * on the boat": those on board, the people a sinking or crash puts at risk, when no outcome of their own is said.
 */
function aboard(tokens: Token[], c: Candidate, who: Counted): Metric | null {
  // ("left Bengkulu with only 27 passengers": how few may come between.)
  const withAt = /^(?:only|just)$/.test(tokens[c.from - 1]?.lower ?? "") ? c.from - 2 : c.from - 1;
  // "there were at least 50 people on the bus", "there were more than 60 on board": no verb of their own between the
  // people and where they were, and then the people need no noun.
  const existential = tokens[c.from - 2]?.lower === "there" && /^(?:were|was|are|is)$/.test(tokens[c.from - 1]?.lower ?? "");
  // "a ferry with more than 700 aboard": those aboard, named by where they were.
  const withAboard = tokens[withAt]?.lower === "with" && /^(?:aboard|onboard|on-board)$/.test(tokens[c.to]?.lower ?? "");
  // "It capsized near Galachar with nearly 100 people": those it went down with.
  const sankWith =
    tokens[withAt]?.lower === "with" &&
    !!who.head &&
    tokens.slice(Math.max(0, c.from - 12), c.from).some((t) => /^(?:capsized|sank|overturned|capsizing|sinking)$/.test(t.lower));
  if (sankWith) return "OTHER";
  // "some 40 people in the boat were adult Rohingya Muslims": where they were, right after them (an outcome after that
  // is read first).
  if (
    who.head &&
    /^(?:in|on)$/.test(tokens[who.last + 1]?.lower ?? "") &&
    tokens[who.last + 2]?.lower === "the" &&
    CRAFT.test(tokens[who.last + 3]?.lower ?? "")
  ) {
    return "OTHER";
  }
  // "The Antonov An-148 departed Domodedovo Airport with 65 passengers and six crew members": who travelled in it.
  const departedWith =
    tokens[withAt]?.lower === "with" &&
    /^(?:passengers|crew|people|pilgrims|migrants|tourists|members)$/.test(who.head?.lower ?? "") &&
    // ("the ferry was travelling to neighbouring Munshiganj district with more than 50 passengers".)
    tokens
      .slice(Math.max(0, withAt - 11), withAt)
      .some((t) => /^(?:departed|left|sailed|took|carrying|set|travelling|traveling|heading|bound)$/.test(t.lower)) &&
    tokens.slice(0, c.from).some((t) => CRAFT.test(t.lower) || /^(?:airport|port|harbour|harbor)$/.test(t.lower));
  if (departedWith) return "OTHER";
  // "estimated 2,000 were on the ship": a craft named right after the verb says where the count was.
  const onCraft =
    /^(?:were|was)$/.test(tokens[who.last + 1]?.lower ?? "") &&
    /^(?:on|aboard|onboard)$/.test(tokens[who.last + 2]?.lower ?? "") &&
    CRAFT.test(tokens[who.last + 3 + (/^(?:the|a|an)$/.test(tokens[who.last + 3]?.lower ?? "") ? 1 : 0)]?.lower ?? "");
  // "1,400 people were on the two trains: more than 900 on the stopped train and more than 500 on the second one".
  const listedOnCraft =
    /^(?:[:,]|and)$/.test(tokens[c.from - 1]?.text ?? "") &&
    tokens[who.last + 1]?.lower === "on" &&
    tokens.slice(who.last + 2, who.last + 6).some((t) => CRAFT.test(t.lower) || /^(?:one|ones)$/.test(t.lower)) &&
    tokens.slice(0, c.from).some((t) => CRAFT.test(t.lower));
  if (listedOnCraft) return "OTHER";
  // "The boat's official manifest listed 137 on board": the count alone, then where they were.
  // ("… three Filipinos and one Russian on board": one person, named in the singular.)
  const single = tokens[c.to];
  const one = c.low === 1 && c.high === 1 && !!single && (onePerson(single) || NATIONAL.test(single.text));
  if (one && who.last < c.to && isAboardAt(tokens, c.to + 1)) return "OTHER";
  const countedAboard = isAboardAt(tokens, c.to);
  // "Survivors said 169 had been originally aboard": a form of "be", then aboard and nothing more.
  const be = pastToAboard(tokens, who.last + 1);
  const wereAboard =
    tokens.slice(who.last + 1, be).some((t) => /^(?:were|was|been)$/.test(t.lower)) &&
    isAboardAt(tokens, be) &&
    isEndOfClause(tokens[be + (tokens[be]?.lower === "on" ? 2 : 1)]);
  if (!who.head && !existential && !withAboard && !onCraft && !countedAboard && !wereAboard) return null;
  // "killed all seven children and seven adults on board": the second item is the verb's object too.
  if (listedAfterVerb(tokens, c.from)) return null;
  // "Inside the boat were approximately 70 asylum seekers": where they were, told first.
  const before = tokens.slice(Math.max(0, c.from - 6), c.from - 1);
  if (
    /^(?:were|was)$/.test(tokens[c.from - 1]?.lower ?? "") &&
    before.some((t) => /^(?:inside|aboard|onboard)$/.test(t.lower)) &&
    before.some((t) => CRAFT.test(t.lower))
  ) {
    return "OTHER";
  }
  // "the rail network carries more than 18 million people every day": how many it carries, not who was aboard.
  const routinely = tokens
    .slice(who.last + 1, who.last + 5)
    .some(
      (t, i, after) =>
        /^(?:everyday|daily|annually)$/.test(t.lower) ||
        (/^(?:every|each|a|per)$/.test(t.lower) && /^(?:day|week|year)$/.test(after[i + 1]?.lower ?? "")),
    );
  // ("fire engines carrying 145 firefighters": those sent to help are no people at risk.)
  const responders = /^(?:firefighters|firemen|rescuers|paramedics|medics)$/.test(who.head?.lower ?? "");
  if (CARRYING.test(tokens[c.from - 1]?.lower ?? "")) return routinely || responders ? null : "OTHER";
  // "The jet had 73 passengers and five crew members".
  if (
    /^(?:had|has)$/.test(tokens[c.from - 1]?.lower ?? "") &&
    tokens.slice(Math.max(0, c.from - 4), c.from - 1).some((t) => CRAFT.test(t.lower) || /^(?:jet|ship)$/.test(t.lower))
  ) {
    return routinely ? null : "OTHER";
  }
  // "57 passengers and four crew members on board": the first of a list shares where the last one was.
  // ("There were eight Koreans, 11 Indonesians and three Filipinos on board": a list that opens with a comma.)
  const listed = pastIncludingList(tokens, who.last + 1);
  const first = tokens[listed]?.text === "," && isCount(tokens[pastQualifier(tokens, listed + 1)]) ? listed + 1 : listed;
  const start = pastCoordinatedCount(tokens, first) - 1;
  const k = pastToAboard(tokens, start + 1);
  if (isAboardAt(tokens, k)) return "OTHER";
  // "as many as 1,500 people were packed onto the Neptune": crowded aboard a craft, by kind or by name.
  if (/^(?:packed|crammed|crowded|squeezed)$/.test(tokens[k]?.lower ?? "") && /^(?:onto|aboard|on)$/.test(tokens[k + 1]?.lower ?? "")) {
    const craft = tokens[k + 2 + (/^(?:the|a|an)$/.test(tokens[k + 2]?.lower ?? "") ? 1 : 0)];
    if (craft && (CRAFT.test(craft.lower) || /^\p{Lu}/u.test(craft.text))) return "OTHER";
  }
  // "Up to 18 people were inside the building at the time of the blast": those present where it struck.
  if (
    tokens[k]?.lower === "inside" &&
    (k > start + 1 || existential) &&
    /^(?:the|a)$/.test(tokens[k + 1]?.lower ?? "") &&
    STRUCK_PLACES.test(tokens[k + 2]?.lower ?? "")
  ) {
    return "OTHER";
  }
  // ("310 listed passengers were travelling in the ferry".)
  // ("some 40 people in the boat were adult Rohingya Muslims".)
  const travelling =
    tokens[k]?.lower === "in" &&
    (/^(?:travelling|traveling|riding)$/.test(tokens[k - 1]?.lower ?? "") ||
      (tokens[k + 1]?.lower === "the" && CRAFT.test(tokens[k + 2]?.lower ?? "")));
  if ((tokens[k]?.lower !== "on" && !travelling) || (k === start + 1 && !existential)) return null;
  const craft = tokens.slice(k + 1, k + 5).findIndex((t) => CRAFT.test(t.lower));
  // ("on the two trains": how many craft may be told.)
  return craft >= 0 && tokens.slice(k + 1, k + 1 + craft).every((t) => t.isWord) ? "OTHER" : null;
}

/** Past the auxiliaries and adverbs before "aboard" from `at`: "169 had been originally aboard". */
function pastToAboard(tokens: Token[], at: number): number {
  let k = at;
  while (
    k < tokens.length &&
    k - at < 5 &&
    !/^(?:aboard|onboard|on-board)$/.test(tokens[k]?.lower ?? "") &&
    // ("at least 250 Honduran citizens were traveling on the train".)
    (AUXILIARIES.has(tokens[k]?.lower ?? "") || /^(?:still|reportedly|traveling|travelling|riding)$/.test(tokens[k]?.lower ?? ""))
  )
    k++;
  return k;
}

/** Whether "aboard", "onboard" or "on board" stands at `k`. */
function isAboardAt(tokens: Token[], k: number): boolean {
  return /^(?:aboard|onboard|on-board)$/.test(tokens[k]?.lower ?? "") || matchesAt(tokens, k, ["on", "board"]);
}

/**
 * "Six crew members, including two pilots, three flight attendants and a technician, were on board": past a list of
 * parts between commas to the verb group; `at` itself when there is none.
 */
function pastIncludingList(tokens: Token[], at: number): number {
  if (tokens[at]?.lower !== "," || tokens[at + 1]?.lower !== "including") return at;
  for (let k = at + 2; k < tokens.length && k - at <= 25; k++) {
    if (tokens[k]?.lower === "," && AUXILIARIES.has(tokens[k + 1]?.lower ?? "")) return k + 1;
    // ("There were 44 passengers, including one child, and six crew members on board": a second count after it.)
    if (tokens[k]?.lower === "," && tokens[k + 1]?.lower === "and" && isCount(tokens[pastQualifier(tokens, k + 2)])) return k + 1;
    if (!tokens[k]?.isWord && tokens[k]?.lower !== "," && !isCount(tokens[k])) return at;
  }
  return at;
}

/** The outcome verb before a list of people named without a count, walking back from `at`; null if none. */
function listVerbBefore(tokens: Token[], at: number): Metric | null {
  let words = 0;
  for (let k = at, reach = 10; k >= 0 && at - k <= reach; k--) {
    const t = tokens[k] as Token;
    // "killing himself, his cousin -- a fighter working with U.S. forces -- and four others": an aside between dashes
    // on an earlier item.
    if (/^[-–—]$/.test(t.text)) {
      let open = tokens[k - 1]?.text === t.text ? k - 2 : k - 1;
      while (open >= 0 && k - open <= 16 && tokens[open]?.text !== t.text) open--;
      if (tokens[open]?.text !== t.text) return null;
      if (tokens[open - 1]?.text === t.text) open--;
      reach += k - open + 1;
      k = open;
      words++;
      continue;
    }
    const verb = METRIC_BEFORE[t.lower];
    // An active verb with an object: "were killed, and two …" has none.
    if (verb) return words > 0 && !/^(?:were|was|are|is|be|been|being|have|has|had)$/.test(tokens[k - 1]?.lower ?? "") ? verb : null;
    // "The dead included a policeman and three children", "Among the dead were a nurse and two doctors".
    if (words > 0 && /^(?:included|includes|include|were|are)$/.test(t.lower)) {
      const named = pastPhraseBack(tokens, k - 1);
      const listed = METRIC_WORDS[tokens[named]?.lower ?? ""];
      // ("The foreigners killed included an American, … and two Pakistanis": the dead named by who they were.)
      const opener = tokens[named - 1] && isPeople(tokens[named - 1] as Token) ? named - 2 : named - 1;
      return listed && /^(?:the|those|among)$/.test(tokens[opener]?.lower ?? "") ? listed : null;
    }
    if (t.text === ",") continue;
    words++;
    // "killing the village head identified as Alhaji Maiyara and 17 other victims": the one named before the count.
    if (t.lower === "as" && /^(?:identified|named|known)$/.test(tokens[k - 1]?.lower ?? "")) continue;
    // An earlier item of the same list: "wounded a brigadier, nine bodyguards and two civilians".
    if (isCount(t) && /^(?:,|and)$/.test(tokens[k - 1]?.lower ?? "")) continue;
    if (
      !t.isWord ||
      isCount(t) ||
      CLAUSE_BREAK.has(t.lower) ||
      METRIC_WORDS[t.lower] ||
      /^(?:in|on|at|from|by|near|during)$/.test(t.lower)
    ) {
      return null;
    }
  }
  return null;
}

/**
 * Back from `at` over a short phrase of where or when ("in the attack", "in Tuesday's blast", "on Sunday"), to the
 * word before it; `at` itself when there is none.
 */
function pastPhraseBack(tokens: Token[], at: number): number {
  // ("Among the dead in clashes at Kilelengwani village are …": the phrase may hold a second preposition.)
  for (let k = at; k >= 0 && at - k <= 8; k--) {
    const t = tokens[k] as Token;
    if (!t.isWord || isCount(t)) return at;
    if (/^(?:in|at|on|during|near|from)$/.test(t.lower)) {
      if (k > 0 && (METRIC_WORDS[tokens[k - 1]?.lower ?? ""] || (k === 1 && openingOutcome(tokens)))) return k - 1;
      if (at - k > 5) return at;
    }
  }
  return at;
}

/** The outcome of a sentence that opens with it in the past participle: "Rescued in this case were …". */
function openingOutcome(tokens: Token[]): Metric | undefined {
  return METRIC_AFTER.find(([words]) => words.length === 1 && /ed$/.test(words[0] ?? "") && matchesAt(tokens, 0, words))?.[1];
}

/** What people are forced to leave: "to leave their homes". */
const SHELTER_LEFT = /^(?:homes|houses|villages|village|towns|town|area|city|region|district|country)$/;

/** What buries people alive: "the landslide buried 200 people", "tons of mud engulfed 40 homes and their residents". */
const BURYING = /^(?:landslides?|landslips?|mudslides?|mudflows?|avalanches?|mud|rubble|debris|rocks|earth|snow|sludge|rockslides?)$/;

/** Between a toll's verb and its number when the count is revised: "initially placed at", "brought down to". */
const REVISION_WORDS =
  /^(?:initially|originally|first|finally|eventually|subsequently|then|down|up|downwards|upwards|downward|upward|back|unchanged|steady|only|just|still)$/;

/** Time words that may stand between a toll's verb and its number: "rose on Friday to 32", "climbed overnight to". */
const WHEN_WORDS =
  /^(?:on|overnight|again|further|sharply|steadily|later|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$/;

function metricBefore(tokens: Token[], start: number, previous: FigureDraft | undefined): Metric | null {
  // 'had killed "more than 20 policemen"': a quotation may open between the verb and its count.
  const from = /^["“‘']$/.test(tokens[start - 1]?.text ?? "") ? start - 1 : start;
  let k = from - 1;
  let j = from - 1;
  while (j >= 0 && ADDED.test(tokens[j]?.lower ?? "")) j--;
  // "affected the lives of 2 million people", "saved the lives of 40": lives touched or kept, not lost.
  if (
    matchesAt(tokens, j - 2, ["the", "lives", "of"]) &&
    /^(?:affect|disrupt|upend|touch|impact|threaten|endanger|sav|chang|turn)\p{Ll}*$/u.test(tokens[j - 3]?.lower ?? "")
  ) {
    return "OTHER";
  }
  // "the dead numbered in the hundreds", "the toll is in the dozens", "casualties ran into the thousands", "the death
  // toll could go into the thousands".
  if (
    tokens[j]?.lower === "the" &&
    /^(?:in|into)$/.test(tokens[j - 1]?.lower ?? "") &&
    /^(?:dozens|scores|hundreds|thousands|millions|tens)$/.test(tokens[from]?.lower ?? "") &&
    (TOLL_VERBS.has(tokens[j - 2]?.lower ?? "") ||
      /^(?:is|are|was|were|be|been|ran|run|runs|running|go|goes|going|went|gone)$/.test(tokens[j - 2]?.lower ?? ""))
  ) {
    return tollNamedBefore(tokens, j - 2);
  }
  // "forced the evacuation of nearly 800 people", "the relocation of 263,000 people".
  if (tokens[j]?.lower === "of" && /^(?:evacuation|evacuations|rescue)$/.test(tokens[j - 1]?.lower ?? ""))
    return tokens[j - 1]?.lower === "rescue" ? "OTHER" : "DISPLACED";
  // "an exodus of more than 160,000 to Bangladesh".
  if (tokens[j]?.lower === "of" && /^(?:relocation|displacement|resettlement|exodus|influx|outflow)$/.test(tokens[j - 1]?.lower ?? "")) {
    return "DISPLACED";
  }
  // "the deaths of another five service members", "collected bodies of nine troops".
  // "the killing of over 20 people", "the massacre of 40 villagers".
  // "the killings on Wednesday of four officials": when may stand between.
  // "confirmed the deaths of the 33 people on the plane": the people may be named as known ones.
  const ofAt = /^(?:the|all)$/.test(tokens[j]?.lower ?? "") && tokens[j - 1]?.lower === "of" ? j - 1 : j;
  const dated = WEEKDAYS.test(tokens[ofAt - 1]?.lower ?? "") ? (tokens[ofAt - 2]?.lower === "on" ? 2 : 1) : 0;
  // ('The "execution" of six men and three women': the word may be quoted.)
  const quoted = /^["”’']$/.test(tokens[ofAt - 1 - dated]?.text ?? "") ? 1 : 0;
  if (
    tokens[ofAt]?.lower === "of" &&
    /^(?:deaths|death|bodies|body|corpses|lives|killing|killings|massacre|murder|murders|slaughter|execution|executions|lynching|lynchings|beheading|beheadings)$/.test(
      tokens[ofAt - 1 - dated - quoted]?.lower ?? "",
    )
  ) {
    return "KILLED";
  }
  // "confirming the deaths of 10 people and injuries to more than 20 others".
  if (tokens[j]?.lower === "to" && /^(?:injuries|injury|wounds)$/.test(tokens[j - 1]?.lower ?? "")) return "INJURED";
  // "the fate of an estimated 500 people … is still unclear", "The fate of hundreds is unknown".
  if (
    tokens[j]?.lower === "of" &&
    tokens[j - 1]?.lower === "fate" &&
    tokens.slice(from).some((t) => /^(?:unknown|unclear|uncertain)$/.test(t.lower))
  )
    return "MISSING";
  // "the disappearance of two federal police officers".
  if (tokens[j]?.lower === "of" && /^(?:disappearance|disappearances)$/.test(tokens[j - 1]?.lower ?? "")) return "MISSING";
  // "the arrest of 40 protesters", "the detention of 12 journalists".
  if (tokens[j]?.lower === "of" && /^(?:arrest|arrests|detention|detentions|abduction|kidnapping)$/.test(tokens[j - 1]?.lower ?? "")) {
    return /^(?:arrests?|detentions?)$/.test(tokens[j - 1]?.lower ?? "") ? "DETAINED" : "OTHER";
  }
  // "also took hostage 30 police and paramilitary soldiers": captives, as the abducted are.
  if (tokens[j]?.lower === "hostage" && /^(?:took|taken|taking|take|takes)$/.test(tokens[j - 1]?.lower ?? "")) return "OTHER";
  // "issued different death tolls that ranged from 226 to 381": the tolls' spread; "the death toll is probably in
  // the range of 700 to 850".
  const inRange = tokens[j]?.lower === "of" && tokens[j - 1]?.lower === "range" && tokens[j - 2]?.lower === "the";
  if (
    inRange ||
    (tokens[j]?.lower === "from" && /^(?:ranged|ranging|range|ranges|varied|varying|vary|varies)$/.test(tokens[j - 1]?.lower ?? ""))
  ) {
    const first = Math.max(0, j - (inRange ? 12 : 6));
    const toll = tokens.slice(first, j - 1).findLastIndex((t) => /^tolls?$/.test(t.lower));
    if (toll >= 0) return tokens[first + toll - 1]?.lower === "injury" ? "INJURED" : "KILLED";
  }
  // "a crew of 24 comprising 16 Spaniards, five Peruvians and three Ghanaians", "the crew, made up of 17 Chinese
  // nationals …": who was aboard, by nationality.
  const composedAt = /^(?:comprising|including)$/.test(tokens[j]?.lower ?? "")
    ? j
    : matchesAt(tokens, j - 2, ["made", "up", "of"])
      ? j - 2
      : matchesAt(tokens, j - 1, ["consisting", "of"])
        ? j - 1
        : -1;
  if (composedAt >= 0 && tokens.slice(Math.max(0, j - 6), j).some((t) => /^(?:crew|passengers|crews)$/.test(t.lower))) return "OTHER";
  // "The dead, including four children, were buried", "the survivors, including four crewmen and three women, drifted".
  if (tokens[j]?.lower === "including" && tokens[j - 1]?.text === "," && /^(?:the|those)$/.test(tokens[j - 3]?.lower ?? "")) {
    const noun = tokens[j - 2]?.lower ?? "";
    const named = noun === "survivors" ? "OTHER" : METRIC_WORDS[noun];
    if (named) return named;
  }
  // "…, making the number of people rescued alive 131": a total named right before its value.
  const makingAt = tokens.slice(Math.max(0, j - 8), j + 1).findLastIndex((t) => /^(?:making|makes|made)$/.test(t.lower));
  if (makingAt >= 0) {
    const m = Math.max(0, j - 8) + makingAt;
    const named = tokens.slice(m + 4, j + 1);
    if (
      matchesAt(tokens, m + 1, ["the", "number", "of"]) &&
      named.length > 0 &&
      named.length <= 4 &&
      named.every((t) => t.isWord && !isCount(t))
    ) {
      for (let w = m + 4; w <= j; w++) {
        const metric = METRIC_WORDS[tokens[w]?.lower ?? ""] ?? outcomeAt(tokens, w)?.[1];
        if (metric) return metric;
      }
    }
  }
  // "67 people have been confirmed dead, which includes 61 civilians and 6 security officials": the parts of the count
  // just given, after its verb.
  if (/^(?:includes|included|include)$/.test(tokens[j]?.lower ?? "") && tokens[j - 1]?.lower === "which" && tokens[j - 2]?.text === ",") {
    if (previous && previous.partOf === null && lastCountIsFigure(tokens, j - 2, previous)) return previous.metric;
  }
  // "there were 48 dead, consisting of 43 in Acapulco and five in nearby Coyuca": the parts of the count just given.
  if (
    /^(?:comprising|consisting)$/.test(tokens[composedAt]?.lower ?? "") &&
    previous &&
    tokens[composedAt - 1]?.text === "," &&
    tokens[composedAt - 2]?.end === previous.statedEnd
  ) {
    return previous.metric;
  }
  // "lowered the death toll to 10 from 11": the value it had before, of the same count.
  // ("has risen to 57, from Monday's 49", "to 57, from 49": a comma, and when the earlier value held.)
  const dayOf = (tokens[j]?.lower ?? "").replace(/['’]s$/, "");
  const fromAt = POSSESSIVE.test(tokens[j]?.text ?? "") && (WEEKDAYS.test(dayOf) || dayOf === "yesterday") ? j - 1 : j;
  const comma = tokens[fromAt - 1]?.text === "," ? 1 : 0;
  if (
    tokens[fromAt]?.lower === "from" &&
    isCount(tokens[fromAt - 1 - comma]) &&
    tokens[fromAt - 2 - comma]?.lower === "to" &&
    previous &&
    previous.statedEnd === tokens[fromAt - 1 - comma]?.end
  ) {
    return previous.metric;
  }
  // "lowered the death toll Tuesday morning to 10", "raised the toll on Monday to 40": when, between a toll and its value.
  if (/^(?:to|at)$/.test(tokens[j]?.lower ?? "")) {
    let t = j - 1;
    if (/^(?:morning|afternoon|evening|night)$/.test(tokens[t]?.lower ?? "")) t--;
    if (WEEKDAYS.test(tokens[t]?.lower ?? "")) {
      t -= tokens[t - 1]?.lower === "on" ? 2 : 1;
      if (/^(?:toll|tally|count|figure)$/.test(tokens[t]?.lower ?? "")) return tollNamedBefore(tokens, t);
    }
  }
  // "some 2,000 tents were housing 17,000 people", "camps sheltering 40,000": those the shelters took in.
  if (
    // ("the tent camps that shelter thousands of survivors".)
    // ("these five centres accommodate about 3,000 households".)
    /^(?:housing|sheltering|hosting|accommodating|shelter|shelters|house|houses|host|hosts|accommodate|accommodates)$/.test(
      tokens[j]?.lower ?? "",
    ) &&
    // ("the Mbera Refugee Camp, which was already hosting some 55,000 people".)
    tokens
      .slice(Math.max(0, j - 6), j)
      .some((t) => /^(?:tents|camps|camp|shelters|centres|centers|schools|sites|settlement)$/.test(t.lower))
  ) {
    return "DISPLACED";
  }
  // "carrying about 250 people and a crew of 17": those who work aboard.
  if (tokens[j]?.lower === "of" && tokens[j - 1]?.lower === "crew" && /^(?:a|its|the|her|their)$/.test(tokens[j - 2]?.lower ?? ""))
    return "OTHER";
  // "a death toll as high as 200", "a toll of nearly 90": the toll names the metric of the number right after it.
  if (tokens[j]?.lower === "toll" && from > 0) return tokens[j - 1]?.lower === "injury" ? "INJURED" : "KILLED";
  // "a death toll of 50", "an injury toll of 30".
  if (tokens[j]?.lower === "of" && tokens[j - 1]?.lower === "toll") return tokens[j - 2]?.lower === "injury" ? "INJURED" : "KILLED";
  // "the dead included 12 children", "among the injured were four policemen", "among those killed were", "also
  // wounded were", and with where or when after the outcome: "killed in the attack were 12 policemen".
  // "Among the injured are: 18 Croatians, 6 French …": a colon may open the list.
  if (tokens[j]?.text === ":" && /^(?:included|includes|include|were|are)$/.test(tokens[j - 1]?.lower ?? "")) j--;
  // ("the dead include the two girls who detonated their explosives": people known already.)
  if (tokens[j]?.lower === "the" && /^(?:included|includes|include)$/.test(tokens[j - 1]?.lower ?? "")) j--;
  // ("the dead comprised 66 men and two women".)
  const listVerb = /^(?:included|includes|include|comprised|comprise|comprises|were|are|was|is)$/.test(tokens[j]?.lower ?? "");
  // "the dead also include 11 soldiers".
  const also = listVerb && /^(?:also|now)$/.test(tokens[j - 1]?.lower ?? "") ? 1 : 0;
  let named = listVerb ? pastPhraseBack(tokens, j - 1 - also) : j - 1;
  // "Among the 23 bodies recovered are 11 children": the bodies, by how they were found.
  if (
    listVerb &&
    /^(?:recovered|found|retrieved|identified)$/.test(tokens[named]?.lower ?? "") &&
    /^(?:bodies|corpses)$/.test(tokens[named - 1]?.lower ?? "")
  )
    named--;
  // "the dead soldiers include six Somalis": the outcome before the people it describes.
  if (listVerb && tokens[named] && isPeople(tokens[named] as Token) && METRIC_WORDS[tokens[named - 1]?.lower ?? ""]) named--;
  // "the victims included two women and a child": in a casualty report the victims are the dead.
  // "Rescued in this case were three men": any outcome in the past participle opening the sentence.
  const listed = listVerb
    ? (METRIC_WORDS[tokens[named]?.lower ?? ""] ??
      (/^(?:victims|bodies)$/.test(tokens[named]?.lower ?? "")
        ? "KILLED"
        : // "The detainees include 84 Brotherhood leaders".
          tokens[named]?.lower === "detainees"
          ? "DETAINED"
          : named === 0
            ? openingOutcome(tokens)
            : undefined))
    : undefined;
  // "Casualties included six soldiers", "Killed were two guards": at the start of a sentence the noun needs no article.
  // "The 12 dead included three women".
  const counted = isCount(tokens[named - 1]) && tokens[named - 2]?.lower === "the";
  // "The other passengers killed in the crash were …": the people named before the outcome, after "the".
  const people = tokens[named - 1];
  const lead = tokens[named - 2]?.lower === "other" ? named - 3 : named - 2;
  const namedPeople = !!people && isPeople(people) && people.lower !== "others" && /^(?:the|those)$/.test(tokens[lead]?.lower ?? "");
  // "Also among the crash victims were 16 children": the victims may be described.
  const describedVictims =
    tokens[named]?.lower === "victims" && matchesAt(tokens, named - 3, ["among", "the"]) && tokens[named - 1]?.isWord;
  // "Those who were killed were two men and one child".
  let relative = named - 1;
  while (relative > named - 3 && /^(?:were|are|was|had|have|been)$/.test(tokens[relative]?.lower ?? "")) relative--;
  const thoseWho = relative < named - 1 && matchesAt(tokens, relative - 1, ["those", "who"]);
  if (
    listed &&
    (/^(?:the|those|also|reported|among)$/.test(tokens[named - 1]?.lower ?? "") ||
      counted ||
      named === 0 ||
      namedPeople ||
      describedVictims ||
      thoseWho)
  ) {
    return listed;
  }
  // "the toll includes 14 children", "the death toll included three foreigners".
  if (listVerb && !/^(?:were|are|was|is)$/.test(tokens[j]?.lower ?? "")) {
    // ("The toll in Thailand included at least 700 foreign tourists": where it was counted, between.)
    let tollAt = named;
    while (tollAt > named - 3 && /^\p{Lu}/u.test(tokens[tollAt]?.text ?? "")) tollAt--;
    tollAt = tollAt < named && tokens[tollAt]?.lower === "in" ? tollAt - 1 : named;
    if (tokens[tollAt]?.lower === "toll") return tokens[tollAt - 1]?.lower === "injury" ? "INJURED" : "KILLED";
  }
  // "the strike killed a family of five": the family is the count's people, the verb before it their outcome.
  if (tokens[j]?.lower === "of" && /^famil(?:y|ies)$/.test(tokens[j - 1]?.lower ?? "")) {
    let v = j - 2;
    while (/^(?:a|an|the|whole|entire|their|his|her|one)$/.test(tokens[v]?.lower ?? "")) v--;
    const verb = METRIC_BEFORE[tokens[v]?.lower ?? ""];
    if (verb) return verb;
  }
  // "Of the dead, 12 were policemen", "Of those killed, 12 …", "Of the 40 dead, 12 …".
  // "The minister says of those detained, 80 are due to face prosecutors": after a verb of saying too.
  // ("Of the 15 people killed by gunshots, six were in Cap-Haitien": how they died may follow.)
  const how = [2, 3].find((back) => /^(?:by|in|from|during)$/.test(tokens[j - back]?.lower ?? "") && tokens[j - 1]?.isWord);
  const outcome = how ? j - how - 1 : j - 1;
  const ofWhom =
    METRIC_WORDS[tokens[outcome]?.lower ?? ""] ??
    OUTCOME_ADJECTIVES[tokens[outcome]?.lower ?? ""] ??
    (tokens[outcome]?.lower === "detained" ? "DETAINED" : undefined);
  if (tokens[j]?.lower === "," && ofWhom) {
    let lead = outcome - 1;
    // ("Among the reported deaths, 504 were in Ludian County": a word may say how the outcome is known.)
    if (/^(?:reported|confirmed|recorded|registered|known|latest|new)$/.test(tokens[lead]?.lower ?? "")) lead--;
    // ("Of the 15 people killed …": and who they were.)
    if (how && tokens[lead] && isPeople(tokens[lead] as Token)) lead--;
    if (isCount(tokens[lead])) lead--;
    const opening = lead - 1 === 0 || /^(?:says|said|say|adds|added)$/.test(tokens[lead - 2]?.lower ?? "");
    // "Among the injured, 100 are civilians" likewise.
    if (/^(?:the|those)$/.test(tokens[lead]?.lower ?? "") && /^(?:of|among)$/.test(tokens[lead - 1]?.lower ?? "") && opening) return ofWhom;
  }
  // "to provide aid to 350,000 people": people reached by relief, a count of those affected.
  // ("provided hot meals to 2,041 people and psychosocial support to 500 people".)
  if (
    tokens[j]?.lower === "to" &&
    /^(?:aid|assistance|relief|help|food|shelter|meals|support|supplies|rations|care)$/.test(tokens[j - 1]?.lower ?? "")
  )
    return "OTHER";
  // "rescued the four-man crew", "killed all 12".
  // ("killed the last three of eight militants".)
  while (
    k >= 0 &&
    /^(?:another|further|additional|a|an|total|of|the|its|their|all|other|just|only|last|remaining|final)$/.test(tokens[k]?.lower ?? "")
  )
    k--;
  // "the blast killed 12 workers and trapped 10 others underground": buried alive, fate unknown.
  if (/^(?:trapping|trapped)$/.test(tokens[k]?.lower ?? "")) {
    const end = tokens.findIndex((t, i) => i > from && (t.text === "," || t.text === "." || i - from > 8));
    if (tokens.slice(from, end < 0 ? from + 8 : end).some((t) => TRAPPED_UNDER.test(t.lower))) return "MISSING";
  }
  // "villagers have counted 45 victims": the dead, counted where they lie.
  if (
    /^(?:counted|counting)$/.test(tokens[k]?.lower ?? "") &&
    tokens.slice(start, start + 4).some((t) => /^(?:victims|bodies|corpses|dead)$/.test(t.lower))
  ) {
    return "KILLED";
  }
  // "We lost 12 members of our family", "lost three relatives": people lost are dead.
  // ("lost his wife and three children": the people lost listed after one.)
  const lostAt = tokens[k]?.lower === "and" && /^(?:his|her|their|my|our)$/.test(tokens[k - 2]?.lower ?? "") ? k - 3 : k;
  if (
    /^(?:lost|losing)$/.test(tokens[lostAt]?.lower ?? "") &&
    tokens.slice(start, start + 4).some((t) => isPeople(t) && t.lower !== "jobs")
  ) {
    return "KILLED";
  }
  // "in addition to those killed nine policemen were injured": an outcome naming people before it acts on no count.
  const direct = /^(?:those|the)$/.test(tokens[k - 1]?.lower ?? "") ? undefined : METRIC_BEFORE[tokens[k]?.lower ?? ""];
  // "has killed or wounded 500 people": two outcomes make one count of neither (see joinedMetric).
  const either = tokens[k - 1]?.lower === "or" ? METRIC_BEFORE[tokens[k - 2]?.lower ?? ""] : undefined;
  if (direct && either && either !== direct)
    return direct === "OTHER" || either === "OTHER" ? (direct === "OTHER" ? either : direct) : "OTHER";
  if (direct) return direct;
  // "gunmen shot dead 12 villagers", "shooting dead at least 15 people".
  if (tokens[k]?.lower === "dead" && /^(?:shot|shooting|shoot|shoots)$/.test(tokens[k - 1]?.lower ?? "")) return "KILLED";
  // "rescuers have pulled at least 200 people out of the Java Sea": saved (bodies pulled out are dead by their name).
  if (/^(?:pulled|pulling)$/.test(tokens[k]?.lower ?? "") && tokens.slice(start, start + 6).some((t) => /^(?:out|from)$/.test(t.lower))) {
    return "OTHER";
  }
  // "the ferry had been packed with more than 600 passengers".
  if (tokens[k]?.lower === "with" && /^(?:packed|crammed|overloaded|loaded|filled|crowded)$/.test(tokens[k - 1]?.lower ?? ""))
    return "OTHER";
  // "floods have cut off more than one million people": stranded, out of reach.
  if (tokens[k]?.lower === "off" && /^(?:cut|cutting)$/.test(tokens[k - 1]?.lower ?? "")) return "OTHER";
  // "sentenced 26 activists to prison", "jailed 12 men for five years" (but "sentenced 12 men to death" is no count held).
  if (/^(?:sentenced|sentencing)$/.test(tokens[k]?.lower ?? "")) {
    const to = tokens.slice(start, start + 12).findIndex((t) => t.lower === "to");
    const term = tokens[start + to + 1];
    if (
      to >= 0 &&
      term &&
      (/^(?:prison|jail|life)$/.test(term.lower) || (isCount(term) && /^(?:years?|months?)$/.test(tokens[start + to + 2]?.lower ?? "")))
    ) {
      return "DETAINED";
    }
  }
  // "insurgents shot to death three workers", "beat to death two men".
  if (
    tokens[k]?.lower === "death" &&
    tokens[k - 1]?.lower === "to" &&
    /^(?:shot|shooting|beat|beaten|beating|stabbed|stabbing|hacked|hacking|stoned|stoning|burned|burnt|burning|clubbed|starved|tortured)$/.test(
      tokens[k - 2]?.lower ?? "",
    )
  ) {
    return "KILLED";
  }
  // "militants gunned down 11 pilgrims", "mowed down 20 protesters".
  if (
    tokens[k]?.lower === "down" &&
    /^(?:gunned|gunning|guns|gun|mowed|mowing|cut|cutting|shot|shooting)$/.test(tokens[k - 1]?.lower ?? "")
  ) {
    return "KILLED";
  }
  // "the rains prompted tens of thousands to evacuate", "forced 3,000 people to evacuate their homes".
  // ("told 40 reporters to leave" are sent away, not displaced: leaving counts only with the homes left.)
  const toLeave = /^(?:prompted|prompting|forced|forcing|caused|causing|led|leading|ordered|ordering|urged|compelled)$/.test(
    tokens[k]?.lower ?? "",
  );
  if (toLeave) {
    const ahead = tokens.slice(start, start + 9);
    const leaving = ahead.findIndex((t, i) => t.lower === "to" && /^(?:evacuate|flee|leave|abandon)$/.test(ahead[i + 1]?.lower ?? ""));
    // ("to leave Benghazi": a place named is left as a home is.)
    const homes =
      /^(?:evacuate|flee)$/.test(ahead[leaving + 1]?.lower ?? "") ||
      SHELTER_LEFT.test(ahead[leaving + 3]?.lower ?? "") ||
      /^\p{Lu}\p{Ll}/u.test(ahead[leaving + 2]?.text ?? "");
    if (leaving >= 0 && leaving <= 6 && homes) return "DISPLACED";
  }
  // "boats picked up 300 survivors", "plucked 180 people from the sea", "saved 40", "pulled 600 people out … alive".
  if (tokens[k]?.lower === "up" && /^(?:picked|picking|pick)$/.test(tokens[k - 1]?.lower ?? "")) return "OTHER";
  // "the current swept away 8 people".
  if (tokens[k]?.lower === "away" && /^(?:swept|sweeping|washed|washing)$/.test(tokens[k - 1]?.lower ?? "")) return "MISSING";
  // "the landslide buried up to 200 people", "a mudslide engulfed 40 villagers": buried alive, their fate unknown. Only
  // when earth or rubble does the burying: mourners bury the dead.
  if (
    /^(?:buried|burying|buries|engulfed|engulfing|swallowed|swallowing)$/.test(tokens[k]?.lower ?? "") &&
    tokens.slice(Math.max(0, k - 12), k).some((t) => BURYING.test(t.lower))
  ) {
    return "MISSING";
  }
  // "doctors treated 45 people for burns", "sent hundreds more to hospitals": people cared for, or taken in, for their
  // injuries (or illness: see aboutSickness).
  const treating = /^(?:treated|treating|treat|treats)$/.test(tokens[k]?.lower ?? "");
  // ("Red Cross moved several people to local hospitals".)
  if (
    treating ||
    /^(?:sent|sending|rushed|rushing|took|taking|moved|moving|evacuated|transferred|airlifted)$/.test(tokens[k]?.lower ?? "")
  ) {
    const ahead = tokens.slice(start, start + 7);
    // "hospitals were treating 38 people": whoever treats them says what they are treated for.
    const carers =
      treating && tokens.slice(Math.max(0, k - 5), k).some((t) => /^(?:hospitals?|clinics?|doctors|medics|surgeons)$/.test(t.lower));
    const cared = treating
      ? // ("has treated 59 patients with Ebola".)
        carers || ahead.some((t, i) => t.lower === "for" || (t.lower === "with" && DISEASE.test(ahead[i + 1]?.lower ?? "")))
      : ahead.some(
          (t, i) =>
            t.lower === "to" &&
            (/^hospitals?$/.test(ahead[i + 1]?.lower ?? "") ||
              (/^(?:local|nearby|the|a|area|regional|district)$/.test(ahead[i + 1]?.lower ?? "") &&
                /^hospitals?$/.test(ahead[i + 2]?.lower ?? ""))),
        );
    if (cared) return "INJURED";
  }
  // "were unable to locate the other three men", "could not find 12 climbers", "have yet to trace 40 passengers",
  // "a search operation to find the four remaining people".
  if (
    /^(?:locate|find|trace|reach|account)$/.test(tokens[k]?.lower ?? "") &&
    tokens.slice(Math.max(0, k - 3), k).some((t) => /^(?:unable|not|n't|failed|yet|cannot|search|operation|trying)$/.test(t.lower))
  ) {
    return "MISSING";
  }
  // "there has been no sign so far of the remaining 43 passengers", "no trace of the 12 climbers".
  {
    let v = tokens[k]?.lower === "remaining" ? k - 1 : k;
    while (v >= 0 && /^(?:the|of|so|far|yet|still)$/.test(tokens[v]?.lower ?? "")) v--;
    const of = tokens.slice(v + 1, from).some((t) => t.lower === "of");
    if (/^(?:sign|trace|word)$/.test(tokens[v]?.lower ?? "") && tokens[v - 1]?.lower === "no" && of) return "MISSING";
  }
  // "rounded up 300 people".
  if (tokens[k]?.lower === "up" && /^(?:rounded|rounding)$/.test(tokens[k - 1]?.lower ?? "")) return "DETAINED";
  // "rescuers are searching for 12 people", "the search for 40 fishermen".
  // "the search continues for 38 more people".
  const going = /^(?:continues|continued|continuing|resumed|resumes)$/.test(tokens[k - 1]?.lower ?? "") ? 1 : 0;
  if (tokens[k]?.lower === "for" && /^(?:search|searching|searched|looking|hunt|hunting)$/.test(tokens[k - 1 - going]?.lower ?? "")) {
    // ("Police are searching for 12 suspects": hunted, not lost.)
    return tokens.slice(from, from + 5).some((t) => HUNTED.test(t.lower)) ? null : "MISSING";
  }
  // "digging through debris in search of at least 11 more people".
  if (matchesAt(tokens, k - 1, ["in", "search", "of"])) return "MISSING";
  if (/^(?:plucked|plucking|saved|saving|save|saves)$/.test(tokens[k]?.lower ?? "")) return "OTHER";
  const alive = tokens.slice(from, from + 14).findIndex((t) => t.lower === "alive" || t.text === ".");
  if (
    /^(?:pulled|pulling|pull|dragged|found|finding|dug|brought)$/.test(tokens[k]?.lower ?? "") &&
    alive >= 0 &&
    tokens[from + alive]?.lower === "alive"
  ) {
    return "OTHER";
  }
  // "the death toll is now 4,210", "the toll stood officially at 80", "the death toll was actually 19": an adverb
  // between the verb and the number.
  if (/^(?:now|already|currently|officially|actually|really|likely|probably)$/.test(tokens[k]?.lower ?? "")) k--;
  // "put the number of dead as high as twenty": the toll's qualifier right after it.
  if (QUALIFIERS.some(([words]) => matchesAt(tokens, start, words))) {
    const named = METRIC_WORDS[tokens[from - 1]?.lower ?? ""];
    if (named && matchesAt(tokens, from - 3, ["number", "of"]) && TOLL_VERBS.has(tokens[from - 5]?.lower ?? "")) return named;
  }
  if (/^(?:to|at)$/.test(tokens[k]?.lower ?? "")) {
    // "put the number of dead at 31", "raised the number of injured to 90", "put the number of people wounded at 76".
    const before = tokens[k - 2];
    const people = before && isPeople(before) ? 1 : 0;
    const named = METRIC_WORDS[tokens[k - 1]?.lower ?? ""];
    if (named && matchesAt(tokens, k - 3 - people, ["number", "of"])) return named;
    // "put the number rescued at 292", "the number of survivors at 292": the people named by their outcome alone.
    const outcomeAlone = METRIC_WORDS[tokens[k - 1]?.lower ?? ""] ?? OUTCOME_ADJECTIVES[tokens[k - 1]?.lower ?? ""];
    if (outcomeAlone && tokens[k - 2]?.lower === "number") return outcomeAlone;
    if (tokens[k - 1]?.lower === "survivors" && matchesAt(tokens, k - 3, ["number", "of"])) return "OTHER";
    // "put the number of missing persons at 25": the people named by their outcome.
    const outcome = METRIC_WORDS[before?.lower ?? ""] ?? OUTCOME_ADJECTIVES[before?.lower ?? ""];
    if (outcome && isPeople(tokens[k - 1] as Token) && matchesAt(tokens, k - 4, ["number", "of"])) return outcome;
    // "put the death toll in Hama at 10": where the toll was counted, between it and its "at".
    let p = k - 1;
    while (p > k - 4 && /^\p{Lu}/u.test(tokens[p]?.text ?? "")) p--;
    if (p < k - 1 && /^(?:in|for)$/.test(tokens[p]?.lower ?? "") && tokens[p - 1]?.lower === "toll") return tollNamedBefore(tokens, p - 1);
    // ("had put the total number of people killed in K-P at 43": or the number of the people an outcome befell.)
    if (
      p < k - 1 &&
      tokens[p]?.lower === "in" &&
      outcomeAt(tokens, p - 1) &&
      tokens.slice(Math.max(0, p - 6), p).some((t) => t.lower === "number")
    )
      return tollNamedBefore(tokens, p - 1);
    // "put the death toll from Sunday's attack at 56": or what caused it.
    const cause = [3, 4, 5, 6, 7, 8, 9].find(
      (back) =>
        tokens[k - back]?.lower === "from" &&
        tokens[k - back - 1]?.lower === "toll" &&
        tokens.slice(k - back + 1, k).every((t) => t.isWord && !isCount(t)),
    );
    if (cause) return tollNamedBefore(tokens, k - cause - 1);
    // "the toll rose on Friday to 32", "climbed overnight to 60": when, between the verb and its "to" or "at".
    let v = k - 1;
    while (v >= k - 3 && (WHEN_WORDS.test(tokens[v]?.lower ?? "") || REVISION_WORDS.test(tokens[v]?.lower ?? ""))) v--;
    if (v < k - 1 && TOLL_VERBS.has(tokens[v]?.lower ?? "")) return tollNamedBefore(tokens, v);
  }
  // "the death toll from flash floods in eastern Spain rose to 158", "the number of displaced people reached 2 million":
  // the number must follow a verb of reaching, and the toll be named earlier in the same clause.
  let joint = tokens[k]?.lower ?? "";
  // "the death toll increased by 230 to 5,689", "jumped from 12 to 30": the change is read from its verb.
  // "revised the death toll downward, from 88 to 85": a toll revised from one value to another, both its values.
  // ("upped the death count Thursday from 40": when, between the count and its earlier value.)
  const revisedToll = (at: number) => {
    let i = at;
    while (
      /^(?:,|[-–—]|downward|downwards|upward|upwards|down|up|on)$/.test(tokens[i]?.lower ?? "") ||
      WEEKDAYS.test(tokens[i]?.lower ?? "")
    )
      i--;
    // ("raised the number of dead from 51 to 1,079", "the number of victims unaccounted for – from 51 to 1,079".)
    const numberOf = [2, 3, 4, 5].some((back) => matchesAt(tokens, i - back, ["the", "number", "of"]));
    const named = METRIC_WORDS[tokens[i]?.lower ?? ""] || unaccountedForEndsAt(tokens, i);
    return tokens[i]?.lower === "toll" || (tokens[i]?.lower === "count" && tokens[i - 1]?.lower === "death") || (numberOf && !!named);
  };
  if (joint === "from" && revisedToll(k - 1)) return tollNamedBefore(tokens, k);
  // "lowered the death toll from an earlier report of 10": the value the toll was revised from, named by its source.
  const of = from - 1;
  if (tokens[of]?.lower === "of" && /^(?:report|estimate|count|figure|assessment|tally)$/.test(tokens[of - 1]?.lower ?? "")) {
    const was = [2, 3, 4].find(
      (back) => tokens[of - back]?.lower === "from" && tokens.slice(of - back + 1, of - 1).every((t) => t.isWord && !isCount(t)),
    );
    if (was && revisedToll(of - was - 1)) return tollNamedBefore(tokens, of - was);
  }
  // "has risen from 180,000 two days ago to more than 200,000": the earlier value of a toll that changed is the toll's.
  // "The toll from the collapse rose from twenty-six as of Thursday evening": a verb of change says so without the "to".
  const changeVerb = /^(?:rose|risen|climbed|jumped|increased|grew|grown|soared|fell|fallen|dropped)$/.test(tokens[k - 1]?.lower ?? "");
  if (joint === "from" && TOLL_VERBS.has(tokens[k - 1]?.lower ?? "") && (changeVerb || changedTo(tokens, start)))
    return tollNamedBefore(tokens, k - 1);
  if (joint === "from" && changeNamedBefore(tokens, k) && changedTo(tokens, start)) return tollNamedBefore(tokens, k);
  const value = joint === "to" ? pastWhenBack(tokens, k - 1) : k - 1;
  if (joint === "to" && isCount(tokens[value]) && /^(?:by|from)$/.test(tokens[value - 1]?.lower ?? "")) {
    if (revisedToll(value - 2)) return tollNamedBefore(tokens, value - 1);
    if (tokens[value - 1]?.lower === "from" && changeNamedBefore(tokens, value - 1)) return tollNamedBefore(tokens, value - 1);
    if (TOLL_VERBS.has(tokens[value - 2]?.lower ?? "")) {
      k = value - 2;
      joint = tokens[k]?.lower ?? "";
    }
  }
  // ("bringing the total number across the country to more than 3,000": where it was counted may come between.)
  let totalAt = k - 1;
  const placed = /^(?:across|nationwide|countrywide|in)$/;
  for (let j = k - 2; j >= k - 6 && j > 0; j--) {
    if (/^(?:total|tally|toll|number)$/.test(tokens[j]?.lower ?? "") && placed.test(tokens[j + 1]?.lower ?? "")) totalAt = j;
  }
  if (tokens[totalAt]?.lower === "number" && tokens[totalAt - 1]?.lower === "total") totalAt--;
  if (joint === "to" && /^(?:total|tally|toll)$/.test(tokens[totalAt]?.lower ?? "") && totalVerbBefore(tokens, k) >= 0) {
    return runningTotal(tokens, totalAt + 1, previous);
  }
  // "raising that country's total number of infections to 29": the total is named below, like a toll.
  const carried = joint === "to" && totalVerbBefore(tokens, k) >= 0;
  // "the toll ranged from 40 to 60", "estimates of the dead range from 40 to 60".
  const ranged = joint === "from" && /^(?:range|ranges|ranged|ranging|varied|varies|vary)$/.test(tokens[k - 1]?.lower ?? "");
  if (ranged) return tollNamedBefore(tokens, k);
  // ("the number of dead is now at 52": an adverb between the verb and "at".)
  const verb = /^(?:now|currently|still)$/.test(tokens[k - 1]?.lower ?? "") ? k - 2 : k - 1;
  if (
    !carried &&
    !TOLL_VERBS.has(joint) &&
    !(["to", "at", "of", "past", "above"].includes(joint) && (TOLL_VERBS.has(tokens[verb]?.lower ?? "") || tokens[verb]?.lower === "toll"))
  )
    return null;
  return tollNamedBefore(tokens, k);
}

/**
 * The index of the value before a when-phrase that ends at `k`, or `k` if there is none: when an earlier value held,
 * told between it and the new one ("180,000 two days ago", "12 a week earlier", "148 on Monday", "yesterday", "last week").
 */
function pastWhenBack(tokens: Token[], k: number): number {
  const last = tokens[k]?.lower ?? "";
  if (/^(?:ago|earlier|before)$/.test(last)) {
    const amount = tokens[k - 2];
    const howLong =
      /^(?:days?|weeks?|hours?|months?)$/.test(tokens[k - 1]?.lower ?? "") && (isCount(amount) || /^(?:a|an)$/.test(amount?.lower ?? ""));
    return howLong ? k - 3 : k;
  }
  if (WEEKDAYS.test(last)) return tokens[k - 1]?.lower === "on" ? k - 2 : k - 1;
  if (last === "yesterday") return k - 1;
  if (/^(?:week|month)$/.test(last) && tokens[k - 1]?.lower === "last") return k - 2;
  // "from 200 in the initial count to 42", "from 546 recorded in January to 718": where or how the value was counted.
  for (let j = k; j >= 0 && k - j < 6; j--) {
    const t = tokens[j] as Token;
    if (!t.isWord || isCount(t)) return k;
    // ("from two in May to four": the value may be spelt out.)
    if (isCount(tokens[j - 1]) && /^(?:in|on|at|by|as|under|recorded|reported|registered|counted)$/.test(t.lower)) return j - 1;
  }
  return k;
}

/**
 * Whether a new value follows the count starting at `start`: "from 180,000 two days ago to more than 200,000", "from
 * 200 in the initial count to 42".
 */
function changedTo(tokens: Token[], start: number): boolean {
  for (let j = start + 1; j < tokens.length && j <= start + 8; j++) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1];
    if (t.lower === "to")
      return !!next && (/^\d/.test(next.text) || isCount(next) || QUALIFIERS.some(([words]) => matchesAt(tokens, j + 1, words)));
    if (!t.isWord && !/^\d/.test(t.text) && t.text !== ",") return false;
  }
  return false;
}

/** The full stop closing a dotted abbreviation ("U.S.", "U.N."), which the tokens keep apart from it. */
function dottedAbbreviationEnd(tokens: Token[], k: number): boolean {
  return (
    tokens[k]?.text === "." &&
    /^(?:\p{L}+-)?\p{Lu}(?:\.\p{Lu})+$/u.test(tokens[k - 1]?.text ?? "") &&
    tokens[k - 1]?.end === tokens[k]?.start
  );
}

/**
 * A toll may be named with its cause and place before the verb at `k`: "the death toll from a powerful earthquake
 * that struck the western region of Sichuan Saturday morning has climbed to at least 113".
 */
function tollNamedBefore(tokens: Token[], k: number): Metric | null {
  // ("The toll from the fire last month at the Kiss nightclub in Santa Maria, a city in Brazil's Rio Grande do Sul state,
  // has risen to 237": the toll may be named well before its verb.)
  for (let j = k, n = 0; j >= 0 && n < 32; j--, n++) {
    // "The death toll, which stood at 50 on Sunday, rose to 62": a relative clause between the toll and its verb.
    const open = tokens[j]?.text === "," && j < k ? relativeClauseOpening(tokens, j) : -1;
    if (open >= 0) {
      j = open;
      continue;
    }
    const t = tokens[j]?.lower ?? "";
    // "the death toll from a 7.2 magnitude earthquake … rose to 2,207", "the toll from a Nov. 24 bombing has risen to
    // 92": a magnitude or a date is no competing count.
    const dated = MONTH_WORDS.has(tokens[j - 1]?.lower ?? "") || MONTH_WORDS.has(tokens[j + 1]?.lower ?? "");
    const dottedMonth = tokens[j - 1]?.text === "." && MONTH_WORDS.has(tokens[j - 2]?.lower ?? "");
    if (t === ";" || t === ":") return null;
    // "the toll from the mudslide in the U.S. state of Washington has reached 24": no sentence ends inside "U.S.".
    const abbreviation =
      dottedAbbreviationEnd(tokens, j) || (MONTH_WORDS.has(tokens[j - 1]?.lower ?? "") && /^\d/.test(tokens[j + 1]?.text ?? ""));
    if (t === "." && !abbreviation) return null;
    // "placed at 4, then raised to 15 and brought down to 7": an earlier value of the same toll is no competing count.
    const earlier = /^(?:to|at)$/.test(tokens[j - 1]?.lower ?? "") && j < k;
    // "a 6.9-magnitude quake", "a magnitude 6.9 quake", "a 10-storey building": a number that modifies a noun.
    const modifier = /^\d[\d.,]*-\p{L}/u.test(t) || tokens[j - 1]?.lower === "magnitude";
    // ("The death toll from epic tsunamis that rocked 11 countries rose to 44,000": places counted are no competing count.)
    const places = PLACES_COUNTED.test(tokens[j + 1]?.lower ?? "");
    // ("the number of international forces killed in 24 hours to 12": nor is a span of time.)
    const span = /^(?:hours|days|weeks|months|years)$/.test(tokens[j + 1]?.lower ?? "");
    if (/^\d/.test(t) && tokens[j + 1]?.lower !== "magnitude" && !modifier && !dated && !dottedMonth && !earlier && !places && !span)
      return null;
    if (t === "toll") return tokens[j - 1]?.lower === "injury" ? "INJURED" : "KILLED";
    // "the latest death figure tallied to 1,723", "the death count stood at 40".
    // ("Sri Lanka's body count had stabilised around 30,000".)
    if (/^(?:figure|count|tally)$/.test(t) && /^(?:death|body)$/.test(tokens[j - 1]?.lower ?? "")) return "KILLED";
    // "the number of survivors rose to 400", "survivors numbered 324": those rescued are counted as such.
    if (t === "survivors" && (matchesAt(tokens, j - 2, ["number", "of"]) || (j < k && subjectOfVerb(tokens, j + 1, k)))) return "OTHER";
    // "The number of fatal victims … is now at 52 people".
    if (t === "victims" && tokens[j - 1]?.lower === "fatal" && matchesAt(tokens, j - 3, ["number", "of"])) return "KILLED";
    // "bring the number of refugees to more than 27,000".
    if (DISPLACED_PEOPLE.test(t) && matchesAt(tokens, j - 2, ["number", "of"])) return "DISPLACED";
    // "the number of deaths", "the number of infected rose to 3,400", "the number killed in Mexico City".
    const numbered = METRIC_WORDS[t] ?? OUTCOME_ADJECTIVES[t];
    if (tokens[j - 1]?.lower === "of" && tokens[j - 2]?.lower === "number" && numbered) return numbered;
    // "the number of people in makeshift camps had risen to 128,000": those sheltering, counted where they are.
    if (/^(?:camps|shelters|centres|centers)$/.test(t)) {
      const inAt = tokens.slice(Math.max(0, j - 4), j).findLastIndex((w) => w.lower === "in");
      const at = Math.max(0, j - 4) + inAt;
      if (
        inAt >= 0 &&
        isPeople(tokens[at - 1] as Token) &&
        matchesAt(tokens, at - 3, ["number", "of"]) &&
        tokens.slice(at + 1, j).every(shelterWording)
      )
        return "DISPLACED";
    }
    // "the number of people unaccounted for rose to 40".
    if (unaccountedForEndsAt(tokens, j) && [3, 4, 5].some((back) => matchesAt(tokens, j - back, ["number", "of"]))) return "MISSING";
    // "the number of bodies counted has reached 803".
    if (/^(?:bodies|corpses)$/.test(t) && matchesAt(tokens, j - 2, ["number", "of"])) return "KILLED";
    if (matchesAt(tokens, j - 2, ["the", "number"]) && numbered) return numbered;
    // "the total number of infected people stands at 63,851": the people named by their outcome.
    const described = tokens[j - 1]?.lower ?? "";
    const outcome = METRIC_WORDS[described] ?? OUTCOME_ADJECTIVES[described];
    if (outcome && isPeople(tokens[j] as Token) && matchesAt(tokens, j - 3, ["number", "of"])) return outcome;
    // "the number of Ebola cases worldwide is more than 17,000", "the number of confirmed deaths": words between.
    if (
      METRIC_WORDS[t] &&
      [1, 2].some((w) => matchesAt(tokens, j - w - 2, ["number", "of"]) && tokens.slice(j - w, j).every((m) => m.isWord && !isCount(m)))
    ) {
      return METRIC_WORDS[t] ?? null;
    }
    // "Deaths rose to 62", "confirmed cases have climbed to 4,581": the counted outcome is the verb's own subject.
    // "The dead numbered 40", "the injured are estimated at 300".
    const theNamed = tokens[j - 1]?.lower === "the" && /^(?:dead|injured|wounded|missing|displaced)$/.test(t);
    // "Deaths from the disease have reached 112": what they are from may stand between.
    const verbFrom = pastShortPhrase(tokens, j + 1, k);
    if ((theNamed || /^(?:deaths|fatalities|cases|infections|casualties)$/.test(t)) && j < k && subjectOfVerb(tokens, verbFrom, k)) {
      return METRIC_WORDS[t] ?? null;
    }
    // "the number of confirmed cases had reached 9,870".
    if (
      tokens[j - 2]?.lower === "of" &&
      tokens[j - 3]?.lower === "number" &&
      /^(?:confirmed|reported|recorded|new|suspected|known|registered|documented|verified)$/.test(tokens[j - 1]?.lower ?? "") &&
      METRIC_WORDS[t]
    ) {
      return METRIC_WORDS[t] ?? null;
    }
    // "the number of people who have fled has reached 50,000": the people named by what befell them.
    if (t === "who" && tokens[j - 1] && isPeople(tokens[j - 1] as Token) && matchesAt(tokens, j - 3, ["number", "of"])) {
      let v = j + 1;
      while (v < k && AUXILIARIES.has(tokens[v]?.lower ?? "")) v++;
      const befell = outcomeAt(tokens, v)?.[1] ?? outcomePhrase(tokens, v);
      if (befell) return befell;
    }
    // "the number of people killed rose to 80", "the number of people left dead … rose to 3,100".
    const left = tokens[j - 1]?.lower === "left" ? 1 : 0;
    const people = tokens[j - 1 - left];
    const befell = METRIC_WORDS[t] ?? OUTCOME_ADJECTIVES[t];
    if (people && isPeople(people) && tokens[j - 2 - left]?.lower === "of" && tokens[j - 3 - left]?.lower === "number" && befell) {
      return befell;
    }
  }
  return null;
}

/** Past "from the disease", "in the region" (a preposition and up to four words, no count) starting at `from`. */
function pastShortPhrase(tokens: Token[], from: number, to: number): number {
  // "Deaths out of hospital are estimated at …".
  const outOf = tokens[from]?.lower === "out" && tokens[from + 1]?.lower === "of" ? 1 : 0;
  // "Confirmed deaths caused by the Ebola virus in the Democratic Republic of Congo have risen to 1,536": what caused
  // them, and a place's name, may stand between too.
  const cause =
    /^(?:caused|linked|related|attributed|blamed|due)$/.test(tokens[from]?.lower ?? "") &&
    /^(?:by|to|on)$/.test(tokens[from + 1]?.lower ?? "")
      ? 1
      : 0;
  if (!outOf && !cause && !/^(?:from|in|among|across|of|outside)$/.test(tokens[from]?.lower ?? "")) return from;
  for (let j = from + 1 + outOf + cause; j < to && j <= from + 12; j++) {
    const t = tokens[j] as Token;
    if (!t.isWord || isCount(t)) return from;
    const name = /^\p{Lu}/u.test(t.text) || /^(?:of|the|in|and)$/.test(t.lower);
    if (j > from + 5 + outOf + cause && !name && !TOLL_VERBS.has(t.lower) && !AUXILIARIES.has(t.lower)) return from;
    if (TOLL_VERBS.has(t.lower) || AUXILIARIES.has(t.lower)) return j;
  }
  return from;
}

/** Whether only the toll's verb, its auxiliaries and time words stand in [from, to]. */
function subjectOfVerb(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j <= to; j++) {
    const t = tokens[j]?.lower ?? "";
    if (
      !TOLL_VERBS.has(t) &&
      !AUXILIARIES.has(t) &&
      !WHEN_WORDS.test(t) &&
      !/^(?:to|at|from|range|ranged|ranges|varied|vary|varies)$/.test(t)
    ) {
      return false;
    }
  }
  return true;
}

/** The comma that opens ", which …," (or that, who) closed by the comma at `close`, or -1. */
function relativeClauseOpening(tokens: Token[], close: number): number {
  for (let i = close - 2; i >= 0 && close - i <= 16; i--) {
    const t = tokens[i]?.text ?? "";
    if (/^[.;:]$/.test(t)) return -1;
    if (t === ",") return /^(?:which|that|who)$/.test(tokens[i + 1]?.lower ?? "") ? i : -1;
  }
  return -1;
}

interface Counted {
  /** The people noun ("civilians"), if the text names one. */
  head: Token | null;
  /** A metric named by the words right after the number ("800 dead", "civilian deaths"). */
  metric: Metric | null;
  modifiers: Token[];
  /** Index of the last token of the stated figure. */
  last: number;
  /** "19 of them", "nearly a dozen of its staff". */
  partitive: boolean;
  /** "five of them", "of whom three": a part of the people counted just before. */
  ofThem: boolean;
  /** "20 or more people", "20 people or so": a qualifier after the number or its people. */
  trailing: Qualifier | null;
  /** The second noun of "women and children". */
  pair: Token | null;
}

/** Reads who is counted after the number: "over 800 civilians", "hundreds of civilian deaths", "145 wounded patients". */
function counted(tokens: Token[], c: Candidate): Counted {
  const out: Counted = {
    head: null,
    metric: null,
    modifiers: [],
    last: c.to - 1,
    partitive: false,
    ofThem: false,
    pair: null,
    trailing: null,
  };
  let k = c.to;
  const orMore = (at: number): Qualifier | null =>
    tokens[at]?.lower === "or"
      ? tokens[at + 1]?.lower === "more"
        ? "AT_LEAST"
        : tokens[at + 1]?.lower === "so"
          ? "APPROXIMATELY"
          : null
      : null;
  out.trailing = orMore(k);
  if (out.trailing) {
    out.last = k + 1;
    k += 2;
  }
  // ('"hundreds" of civilians': a vague amount in quotation marks.)
  if (c.qualifier === "VAGUE" && /^["”’']$/.test(tokens[k]?.text ?? "") && tokens[k + 1]?.lower === "of") k++;
  if (c.qualifier === "VAGUE" && tokens[k]?.lower === "of") k++;
  // "Three out of the 25 onboard": a part of a whole, like "three of the 25"; "2 million people out of the 16.6 million
  // Chileans" names the part's people first.
  const ofWhole = tokens[k + 3]?.lower === "the" ? k + 4 : k + 3;
  if (tokens[k] && isPeople(tokens[k] as Token) && matchesAt(tokens, k + 1, ["out", "of"]) && isCount(tokens[ofWhole])) k++;
  const outOf = tokens[k]?.lower === "out" && tokens[k + 1]?.lower === "of" ? 1 : 0;
  // "at least two of nine people killed": the whole may be counted with no article.
  const wholeAt = k + outOf + 1;
  if (
    tokens[k + outOf]?.lower === "of" &&
    (/^(?:its|their|his|her|our|the|them|whom|those)$/.test(tokens[wholeAt]?.lower ?? "") ||
      isCount(tokens[wholeAt]) ||
      QUALIFIERS.some(([words]) => matchesAt(tokens, wholeAt, words) && isCount(tokens[wholeAt + words.length])))
  ) {
    k += outOf;
    out.partitive = true;
    out.ofThem = /^(?:them|whom)$/.test(tokens[k + 1]?.lower ?? "");
    if (out.ofThem) out.last = k + 1;
    // Past "of" and the article or whole's first word, unless a qualifier opens the whole with no article ("At least 29
    // of more than 250 people onboard").
    k += QUALIFIERS.some(([words]) => matchesAt(tokens, k + 1, words)) ? 1 : 2;
    // "76 of the ferry's 118 passengers": whose whole it is may come first.
    if (tokens[k - 1]?.lower === "the" && POSSESSIVE.test(tokens[k]?.text ?? "") && isCount(tokens[k + 1])) k++;
    // "400 of the roughly 1,400 people on board": the whole may carry a qualifier of its own.
    const wholeQualifier = QUALIFIERS.find(([words]) => matchesAt(tokens, k, words) && isCount(tokens[k + words.length]));
    if (wholeQualifier) k += wholeQualifier[0].length;
    // "18 of the 200 passengers": the whole named after the part is counted on its own; who is counted follows it.
    while (k < tokens.length && (isCount(tokens[k]) || /^(?:hundred|thousand|million)$/.test(tokens[k]?.lower ?? ""))) k++;
  }
  // A count of one names its people and its metric in the singular: "one person", "at least one soldier", "more than
  // one death".
  const one = c.low === 1 && (c.qualifier === "EXACT" ? c.high === 1 : c.qualifier === "AT_LEAST" || c.qualifier === "MORE_THAN");
  // "four NATO-led International Security Assistance Force (ISAF) soldiers": a name may run longer than other modifiers.
  let nameWords = 0;
  let scareQuoted = false;
  for (let n = 0; n < 5 && k < tokens.length; n++, k++) {
    const t = tokens[k] as Token;
    // "Twelve U.S. soldiers": the full stop of a dotted abbreviation belongs to it.
    if (dottedAbbreviationEnd(tokens, k)) continue;
    if (/^\p{Lu}/u.test(t.text) && nameWords < 6 && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "") && !isPeople(t)) {
      nameWords++;
      n--;
    }
    // "… Assistance Force (ISAF) soldiers": the name's acronym in brackets.
    if (
      t.text === "(" &&
      /^\p{Lu}/u.test(tokens[k - 1]?.text ?? "") &&
      /^\p{Lu}{2,}$/u.test(tokens[k + 1]?.text ?? "") &&
      tokens[k + 2]?.text === ")"
    ) {
      k += 2;
      n--;
      continue;
    }
    // "8,997 confirmed, probable and suspected cases": the statuses of the cases, listed.
    if (/^(?:,|and|or)$/.test(t.lower) && CASE_STATUS.test(tokens[k - 1]?.lower ?? "")) {
      const next = tokens[k + 1]?.lower ?? "";
      if (CASE_STATUS.test(next) || (t.text === "," && /^(?:and|or)$/.test(next) && CASE_STATUS.test(tokens[k + 2]?.lower ?? ""))) {
        n--;
        continue;
      }
    }
    // '57 “terrorists” were killed': a people noun in scare quotes.
    if (scareQuoteEnd(tokens, k) > 0) {
      scareQuoted = true;
      n--;
      continue;
    }
    if (!t.isWord) break;
    // "Twelve Afghan and NATO soldiers": two modifiers of one people noun.
    if (/^(?:and|or)$/.test(t.lower) && out.modifiers.length > 0 && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? "")) {
      out.modifiers.push(t);
      continue;
    }
    if (one && onePerson(t)) {
      out.head = t;
      out.last = k;
      // "one rebel fighter": two people nouns, the last the head.
      const second = tokens[k + 1];
      if (second && onePerson(second)) {
        out.modifiers.push(t);
        out.head = second;
        out.last = k + 1;
      }
      break;
    }
    // "one death was recorded", "one new case": a count of one names its metric in the singular too.
    const single = one ? ONE_OUTCOME[t.lower] : undefined;
    if (single) {
      out.metric = single;
      out.last = k;
      break;
    }
    // "Five more suffered other injuries": the verb ends who is counted; the injuries are what befell them.
    if (/^(?:suffered|sustained|received|got|incurred|suffering|sustaining)$/.test(t.lower)) break;
    // "one of whom died later": the part's own verb.
    if (out.ofThem && (AUXILIARIES.has(t.lower) || !!outcomeAt(tokens, k))) break;
    // "At least 40 of those rescued were seriously injured": the whole named by its outcome alone.
    const named =
      METRIC_WORDS[t.lower] ??
      (out.partitive && n === 0 && tokens[k - 1]?.lower === "those" && !(tokens[k + 1] && isPeople(tokens[k + 1] as Token))
        ? OUTCOME_ADJECTIVES[t.lower]
        : undefined);
    if (named === "OTHER" && t.lower === "cases" && out.modifiers.some((m) => NOT_DISEASE.has(m.lower))) break;
    // "In 2010, one killed more than 170 people": an outcome verb with a count as its object says what the counted
    // thing did, so it names no people.
    if (named && actsOnCount(tokens, k)) break;
    if (named) {
      out.metric = named;
      out.last = k;
      const next = tokens[k + 1];
      if (next && isPeople(next)) {
        // "145 wounded patients": the participle qualifies who is counted.
        out.head = next;
        out.last = k + 1;
        // "five missing crew members": two people nouns, the last the head.
        const second = tokens[k + 2];
        if (second && isPeople(second) && second.lower !== "others") {
          out.modifiers.push(next);
          out.head = second;
          out.last = k + 2;
        }
      }
      break;
    }
    // "9,000 Rohingya were …", "13 Taliban died": a group named in the singular, when a verb of what befell them follows.
    if (n === 0 && groupName(tokens, k)) {
      out.head = t;
      out.last = k;
      break;
    }
    // "constituted two probe bodies to investigate": bodies of people who sit on them.
    if (t.lower === "bodies" && out.modifiers.some((m) => INSTITUTIONAL.test(m.lower))) break;
    // "14 police deaths", "fourteen of the police deaths": a people noun that only says whose the outcome was.
    const outcomeNoun = METRIC_WORDS[tokens[k + 1]?.lower ?? ""];
    if (isPeople(t) && MODIFIER_SUBJECT[t.lower] && outcomeNoun && !isPeople(tokens[k + 1] as Token)) {
      out.modifiers.push(t);
      out.metric = outcomeNoun;
      out.last = k + 1;
      break;
    }
    if (isPeople(t)) {
      // "six border police officers": the last of two people nouns is the head.
      const second = tokens[k + 1];
      if (second && (isPeople(second) || (one && onePerson(second))) && second.lower !== "others") {
        out.modifiers.push(tokens[k] as Token); // "crew members" counts members of the crew
        k++;
      }
      out.head = tokens[k] as Token;
      out.last = k;
      // ("35 soldiers and pro-government fighters": the second noun may be described by one word.)
      const described =
        tokens[k + 1]?.lower === "and" &&
        /^\p{Ll}[\p{Ll}-]+$/u.test(tokens[k + 2]?.text ?? "") &&
        !STOPS.has(tokens[k + 2]?.lower ?? "") &&
        !isCount(tokens[k + 2]) &&
        !isPeople(tokens[k + 2] as Token) &&
        !outcomeAt(tokens, k + 2) &&
        tokens[k + 3] &&
        isPeople(tokens[k + 3] as Token) &&
        (!!outcomeAt(tokens, k + 4) || AUXILIARIES.has(tokens[k + 4]?.lower ?? ""))
          ? 1
          : 0;
      const other = tokens[k + 2 + described];
      if (tokens[k + 1]?.lower === "and" && other && isPeople(other) && other.lower !== "others") {
        out.pair = other; // "15 women and children"
        out.last = k + 2 + described;
        // "Thirteen passengers and crew members".
        if (!described && tokens[k + 3] && isPeople(tokens[k + 3] as Token)) out.last = k + 3;
      }
      // "at least 30 innocent men, women, and children dead", "143 soldiers, security forces and police have been
      // killed": people nouns listed, each perhaps described.
      const listEnd = tokens[k + 1]?.text === "," ? peopleListEnd(tokens, k + 2) : -1;
      if (
        listEnd > 0 &&
        (tokens[listEnd + 1]?.lower === "dead" || !!outcomeAt(tokens, listEnd + 1) || AUXILIARIES.has(tokens[listEnd + 1]?.lower ?? ""))
      ) {
        out.pair = tokens[listEnd] as Token;
        out.last = listEnd;
      }
      break;
    }
    // "two 12-year-old boys": an age is a modifier, not a count.
    if (/^[\p{L}\d]+-years?-olds?$/u.test(t.lower)) {
      out.modifiers.push(t);
      continue;
    }
    // ("At least 40 IS militants": an acronym in capitals is a name, whatever word it spells in lower case.)
    // (Not a word of a headline set in capitals: "40 KILLED IN BLAST".)
    const acronym = /^\p{Lu}{2,}$/u.test(t.text) && /^\p{Ll}/u.test(tokens[k + 1]?.text ?? "");
    if ((STOPS.has(t.lower) && !acronym) || /^\d/.test(t.text)) break;
    // "12 homes", "three rockets" (but "584 measles cases": a disease that ends in "s").
    // ("15 lifeless bodies", "a semiconscious survivor": adjectives in "-less" and "-ous" end in "s" too.)
    if (
      /^\p{Ll}{3,}s$/u.test(t.text) &&
      // ("4,637 meningitis cases", "tuberculosis patients": diseases end in "s" too.)
      !/(?:less|ous|itis|osis|iasis)$/.test(t.lower) &&
      !MODIFIER_SUBJECT[t.lower] &&
      !/^(?:measles|mumps|rabies|tetanus|herpes)$/.test(t.lower)
    )
      break;
    out.modifiers.push(t);
  }
  if (scareQuoted && out.head && /^["”]$/.test(tokens[out.last + 1]?.text ?? "")) out.last++;
  const after = out.trailing ? null : orMore(out.last + 1);
  if (after && (out.head || out.metric)) {
    out.trailing = after;
    out.last += 2;
  }
  if (!out.head && !out.metric) out.modifiers = [];
  if (!out.metric && /^(?:bodies|body)$/.test(out.head?.lower ?? "")) out.metric = "KILLED";
  // Refugees and evacuees are counted as displaced by being named: "75,000 refugees crossed the border".
  // ("the fire spread, injuring seven refugees": an outcome verb right before the count says what befell them.)
  // ("leaving at least 16 refugees dead", "16 refugees were killed", "a boat carrying 125 refugees": what befell them
  // or where they were says more than the name.)
  // ("has killed two local people and 29 Burundian refugees": the verb of the list before them.)
  const acted =
    !!METRIC_BEFORE[tokens[c.from - 1]?.lower ?? ""] || CARRYING.test(tokens[c.from - 1]?.lower ?? "") || listedAfterVerb(tokens, c.from);
  if (!out.metric && !acted && DISPLACED_PEOPLE.test(out.head?.lower ?? "") && !metricAfter(tokens, out.last + 1)) out.metric = "DISPLACED";
  // Survivors are counted as rescued by being named: "rescuers found 300 survivors".
  // ("One survivor, identified as …, said": one person introduced by name is no count of the rescued.)
  const introduced =
    c.high === 1 &&
    (/^(?:identified|named|called)$/.test(tokens[out.last + 1]?.lower ?? "") ||
      (tokens[out.last + 1]?.text === "," &&
        (/^\p{Lu}/u.test(tokens[out.last + 2]?.text ?? "") || /^(?:identified|named|called)$/.test(tokens[out.last + 2]?.lower ?? ""))));
  // ("four million flood survivors are homeless": unless they are said to be displaced.)
  const displaced = () => metricAfter(tokens, out.last + 1) === "DISPLACED";
  if (!out.metric && /^survivors?$/.test(out.head?.lower ?? "") && !out.partitive && !introduced && !displaced()) out.metric = "OTHER";
  return out;
}

/** How sure a count of cases is: "confirmed", "suspected", "probable". */
const CASE_STATUS = /^(?:confirmed|suspected|probable|possible|presumed|presumptive|lab-confirmed|laboratory-confirmed)$/;

/** "the ferry's", "the ship’s": a noun in the possessive. */
const POSSESSIVE = /^\p{L}+['’]s$/u;

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

function groupName(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !/^(?:\p{Lu}\p{Ll}+|(?:al|el)-\p{Lu}\p{L}+)(?:-\p{L}+)?$/u.test(t.text) || WEEKDAYS.test(t.lower) || MONTH_WORDS.has(t.lower)) {
    return false;
  }
  const next = tokens[k + 1]?.lower ?? "";
  return /^(?:were|are|have|had|was|remain|remained)$/.test(next) || !!outcomeAt(tokens, k + 1) || outcomePhrase(tokens, k + 1) !== null;
}

/** Who the figure counts, in the article's words, with "others" and "of them" resolved to the figure they extend. */
function subjectOf(who: Counted, tokens: Token[], drafts: FigureDraft[], from: number): string {
  const kept = who.modifiers.filter((t) => !/^(?:more|other|additional|further|new)$/.test(t.lower));
  const outer = drafts.filter((d) => d.partOf === null).pop();
  if (who.head?.lower === "others") return outer?.subject ?? "people"; // "… and wounded 20 others"
  if (who.head) return [...kept.map((t) => t.text), who.head.text, ...(who.pair ? ["and", who.pair.text] : [])].join(" ");
  if (who.partitive && /^(?:them|whom)$/.test(tokens[who.last]?.lower ?? "")) return drafts[drafts.length - 1]?.subject ?? "people";
  const mod = kept[kept.length - 1]; // "civilian deaths" counts civilians
  if (mod) return MODIFIER_SUBJECT[mod.lower] ?? (NATIONALITY_PLURAL.test(`${mod.text}s`) ? `${mod.text}s` : "people");
  return numberOfSubject(tokens, from) ?? "people";
}

/**
 * The people a toll named before its number counts: "the number of displaced families is likely to exceed 100,000"
 * counts families, "the number of American soldiers killed rose to 12" American soldiers. Names only: what befell
 * them is the metric.
 */
function numberOfSubject(tokens: Token[], from: number): string | null {
  for (let i = from - 2; i >= Math.max(0, from - 14); i--) {
    if (/^[.;:]$/.test(tokens[i]?.text ?? "")) return null;
    if (!matchesAt(tokens, i, ["number", "of"])) continue;
    for (let j = i + 2; j < Math.min(i + 6, from); j++) {
      const t = tokens[j] as Token;
      if (!t.isWord) return null;
      if (!isPeople(t)) continue;
      const named = tokens.slice(i + 2, j).filter((m) => /^\p{Lu}/u.test(m.text));
      return [...named.map((m) => m.text), t.text].join(" ");
    }
    return null;
  }
  return null;
}

/** Words that open a new clause: a count after them is no longer an item of the list before. */
const CLAUSE_BREAK = new Set(
  "was were is are be been has have had said says say who which that while but when after because since as if".split(" "),
);

/**
 * "killed six people in Homs, three in Daraa and one in Hama", "bodies of nine troops […] and three civilians": a
 * count that only continues a list (after a comma or "and", within the same clause, with no number in between) is
 * counted like the item before it. It must name people or be followed by a place or time ("three in Daraa").
 */
function listSibling(tokens: Token[], c: Candidate, who: Counted, previous: FigureDraft | undefined): FigureDraft | null {
  if (!previous) return null;
  const first = tokens[c.from];
  if (!first) return null;
  const gap = tokens.filter((t) => t.start >= previous.statedEnd && t.end <= first.start);
  // "at least 12 and possibly as many as 20": a second estimate of the same count.
  // "dozens, if not hundreds of people": likewise.
  const ifNot = gap.length >= 3 && gap[gap.length - 2]?.lower === "if" && gap[gap.length - 1]?.lower === "not";
  const hedge = ifNot || (gap.length >= 2 && /^(?:possibly|perhaps|maybe|probably|even)$/.test(gap[gap.length - 1]?.lower ?? ""));
  // "14 people inside the train and another 11 people on the platform": one more count of the same list.
  const added = !ifNot && !hedge && ADDED.test(gap[gap.length - 1]?.lower ?? "") ? 1 : 0;
  const joint = gap[gap.length - (ifNot ? 3 : hedge ? 2 : 1) - added]?.lower;
  // "and one further south in Andhra Pradesh": how far along, before where.
  const along = /^(?:further|farther)$/.test(tokens[who.last + 1]?.lower ?? "") && COMPASS_POINT.test(tokens[who.last + 2]?.lower ?? "");
  // ("and one more in the indigenous town of Tlacoachistlahuaca": one more of the same.)
  // ("and two each in Canada and Vietnam": as many in each.)
  const more = !along && !who.head && /^(?:more|each)$/.test(tokens[who.last + 1]?.lower ?? "") ? 1 : 0;
  const after = who.last + (along ? 3 : 1) + more;
  const next = tokens[after]?.lower ?? "";
  // "17 civilians were killed in Deir el-Zour and four in Homs": a count with only a named place after it repeats the
  // verb before it, even across that verb.
  // "and one in nearby Siquijor province": the place may be described first; "and one south of Baghdad": or placed
  // by a compass point.
  const compass = COMPASS_POINT.test(next) && tokens[after + 1]?.lower === "of";
  // ("and 25 in the southern city of Rostov-on-Don": the kind of place, then its name.)
  const kindOf =
    tokens[after + 1]?.lower === "the"
      ? tokens.slice(after + 2, after + 5).findIndex((t, i, rest) => PLACE_KINDS.test(t.lower) && rest[i + 1]?.lower === "of")
      : -1;
  const placeAt = compass
    ? after + 2
    : kindOf >= 0
      ? after + 2 + kindOf + 2
      : // ("95 bodies were shifted to Abbasi Shaheed Hospital, 71 at the Jinnah Postgraduate Medical Centre": a named
        // place with its article.)
        after +
        1 +
        (PLACE_DESCRIPTION.test(tokens[after + 1]?.lower ?? "") || (next === "at" && tokens[after + 1]?.lower === "the") ? 1 : 0);
  // ("200 people were arrested on Saturday, 150 people on Sunday and around 100 people on Monday": or by its day.)
  // ("killed 1,000 people last month, and nearly 9,000 last year": or by the time it was counted over.)
  const span =
    /^(?:last|this|previous)$/.test(next) &&
    /^(?:year|month|week)$/.test(tokens[after + 1]?.lower ?? "") &&
    isEndOfClause(tokens[after + 2]);
  const dated = (next === "on" && WEEKDAYS.test(tokens[after + 1]?.lower ?? "")) || span;
  // ("300,000 people were evacuated from West Bengal state and 150,000 from Odisha": or by where they left.)
  // ("4,000 have fled to South Sudan and 3,500 to Ethiopia": or, for those who fled, by where they went.)
  const went = previous.metric === "DISPLACED" && /^(?:to|into)$/.test(next);
  // ("6,000 people are affected in Conakry and 10,000 people in the city of Kindia": the same people, named again.)
  const namedAgain = !!who.head && who.head.lower === previous.subject.split(" ").at(-1);
  // ("at least 30 people died in the tribal areas, 185 in the northwest": or by a region named by its compass point.)
  const region =
    !who.head &&
    next === "in" &&
    tokens[after + 1]?.lower === "the" &&
    COMPASS_POINT.test(tokens[after + 2]?.lower ?? "") &&
    ENDS_PLACED_COUNT.test(tokens[after + 3]?.lower ?? "");
  const placed =
    dated ||
    region ||
    ((!who.head || namedAgain) && (compass || went || /^(?:in|at|near|from)$/.test(next)) && /^\p{Lu}/u.test(tokens[placeAt]?.text ?? ""));
  const elided = placed && (region || span || ENDS_PLACED_COUNT.test(nextWordAfterPlace(tokens, placeAt)));
  // "killed four insurgents across Iraq - one in northern Iraq, two …": a dash opens a list of placed counts.
  const dash = elided && /^[-–—]$/.test(joint ?? "");
  // ("About 200 people were arrested at a similar rally in St Petersburg, and 25 in the southern city of …": a count
  // placed like the one before may come after a longer clause.)
  if (gap.length === 0 || gap.length > (elided ? 14 : 10) || (joint !== "," && joint !== "and" && joint !== "or" && !dash)) return null;
  if (gap.some((t) => /^\d/.test(t.text))) return null;
  // "751 militants have been killed, along with 29 soldiers": an addition shares the verb before it.
  const addition = /^(?:along|together|as)\s/i.test(gap[gap.length - 1]?.text ?? "");
  const between = gap.slice(0, ifNot ? -2 : undefined);
  const joinAt = tokens.indexOf(gap[gap.length - 1] as Token);
  const verbEnd = tokens[joinAt - 1]?.text === "," ? joinAt - 1 : joinAt;
  // "553 deaths were confirmed and another 373 suspected": one more count of the same people, of another status.
  // ("20 confirmed cases have been recorded, as well as 32 likely and 29 suspected": statuses listed after cases.)
  const afterCases =
    tokens.slice(Math.max(0, c.from - 12), c.from).some((t) => /^(?:cases|deaths)$/.test(t.lower)) && (joint === "and" || joint === ",");
  const status =
    (added === 1 || afterCases) &&
    (joint === "and" || afterCases) &&
    (CASE_STATUS.test(next) || (afterCases && next === "likely")) &&
    (isEndOfClause(tokens[after + 1]) || /^(?:,|and|as|from|in|since|during|across|nationwide)$/.test(tokens[after + 1]?.lower ?? ""));
  if (status) return previous;
  // "11 policemen had been killed and five policewomen": one more count the clause ends on, sharing its verb.
  const trailing = joint === "and" && !!who.head && isEndOfClause(tokens[who.last + 1]);
  if (!elided && !((addition || trailing) && onlyOutcomeBetween(tokens, previous.statedEnd, verbEnd))) {
    if (between.some((t) => CLAUSE_BREAK.has(t.lower) || METRIC_WORDS[t.lower])) return null;
  }
  // "18 Croatian, 6 French, 2 Australian and four others": nationals counted by their nationality alone.
  const nationals =
    !who.head && NATIONAL.test(tokens[who.last + 1]?.text ?? "") && /^(?:|,|and|;|\.)$/.test(tokens[who.last + 2]?.lower ?? "");
  return who.head || hedge || nationals || compass || went || span || /^(?:in|at|from|on|near)$/.test(next) ? previous : null;
}

const PLACE_KINDS = /^(?:city|town|village|province|region|district|state|capital|port|county)$/;

const COMPASS_POINT = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/;

/** Words describing a place before its name: "in nearby Siquijor province", "in north-eastern India's Assam state". */
// ("and one in south Guangxi": a bare compass point describes the place too.)
const PLACE_DESCRIPTION =
  /^(?:nearby|neighbouring|neighboring|remote|central|(?:north|south)(?:ern)?|(?:(?:north|south)-?)?(?:east|west)(?:ern)?)$/;

const NATIONAL = new RegExp(`^(?:${NATIONALITIES}|\\p{Lu}\\p{L}+(?:ian|an|ish|ese|i))$`, "u");

/** What may follow "four in Homs" when it repeats an earlier verb: the end of the clause, or more of where and when. */
const ENDS_PLACED_COUNT =
  /^(?:|[.,;:)–—-]|and|or|on|in|at|during|since|after|before|overnight|province|city|town|district|region|governorate|state|county|village|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The first lower-case word (or punctuation) after a capitalised place name starting at `from`. */
function nextWordAfterPlace(tokens: Token[], from: number): string {
  let k = from;
  while (
    k < tokens.length &&
    k - from < 5 &&
    (/^\p{Lu}/u.test(tokens[k]?.text ?? "") || /^(?:al|el|ez|ad|as)-/.test(tokens[k]?.lower ?? ""))
  )
    k++;
  return tokens[k]?.lower ?? "";
}

/** "as well as", "along with", "together with" join people as "and" does: one token that reads "and". */
const ONE_MORE_OUTCOME = /^(?:dead|killed|missing|injured|wounded|hurt)$/;

/**
 * "three people dead and another missing", "one soldier was killed and another wounded": after a count, "and another"
 * with its own outcome is one more person.
 */
function withAnotherOne(tokens: Token[], numbers: NumberMention[]): NumberMention[] {
  const first = numbers[0];
  if (!first) return numbers;
  const ones: NumberMention[] = [];
  for (let k = first.to + 1; k < tokens.length; k++) {
    if (tokens[k]?.lower !== "another" || numbers.some((n) => n.from === k)) continue;
    // "shot dead three workers and wounded another": the one more is the verb's object.
    const object =
      tokens[k - 2]?.lower === "and" &&
      /^(?:killed|wounded|injured|hurt|abducted|kidnapped|arrested|detained)$/.test(tokens[k - 1]?.lower ?? "") &&
      /^(?:[.,;]|in|on|at|when|during|near)$/.test(tokens[k + 1]?.lower ?? ".");
    const verb = /^(?:was|is|went)$/.test(tokens[k + 1]?.lower ?? "") ? 1 : 0;
    const subject = tokens[k - 1]?.lower === "and" && ONE_MORE_OUTCOME.test(tokens[k + 1 + verb]?.lower ?? "");
    if (object || subject) ones.push({ from: k, to: k + 1, low: 1, high: 1, vague: false, approximate: false, range: false });
  }
  return ones.length === 0 ? numbers : [...numbers, ...ones].sort((a, b) => a.from - b.from);
}

function joinAdditions(tokens: Token[], source: string): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const n = matchesAt(tokens, k, ["as", "well", "as"])
      ? 3
      : matchesAt(tokens, k, ["along", "with"]) || matchesAt(tokens, k, ["together", "with"])
        ? 2
        : 0;
    const first = tokens[k] as Token;
    if (n === 0) {
      out.push(first);
      continue;
    }
    const last = tokens[k + n - 1] as Token;
    out.push({ text: source.slice(first.start, last.end), lower: "and", start: first.start, end: last.end, isWord: true });
    k += n - 1;
  }
  return out;
}

/**
 * Whether the words from the end of a figure (`end`, a source offset) up to the token `before` are only its outcome
 * verb with its auxiliaries: "had been killed", "died".
 */
function onlyOutcomeBetween(tokens: Token[], end: number, before: number): boolean {
  const last = tokens.findIndex((t) => t.end === end);
  if (last < 0 || before - last < 2 || before - last > 6) return false;
  let verbs = 0;
  for (let k = last + 1; k < before; k++) {
    const t = tokens[k] as Token;
    if (METRIC_AFTER_BY_FIRST.get(t.lower)?.some(([words]) => words.length === 1)) verbs++;
    else if (!AUXILIARIES.has(t.lower)) return false;
  }
  return verbs === 1;
}

/** Whether the last count before token `before` is the one stated in `figure` (not a count of something else). */
function lastCountIsFigure(tokens: Token[], before: number, figure: FigureDraft): boolean {
  const last = tokens.slice(0, before).findLast((t) => isCount(t));
  return !!last && last.start >= figure.statedStart && last.end <= figure.statedEnd;
}

/**
 * "… at least 33 people have died. Reuters put the figure at twenty-three.": a second source's value for the figure
 * just stated, named only as "the figure" or "the number"; it takes that figure's metric.
 */
function restated(tokens: Token[], c: Candidate, earlier: Metric | null | undefined, previous: FigureDraft | undefined): Metric | null {
  if (!earlier) return null;
  // "421 people had died this year, compared with 521 at the same time in 2017", "rose to 62, up from 40 on Friday":
  // the same count at another time, set beside it. ("451 incidents this year, compared to 410 for all of 2012": only
  // when the count set beside it is the figure.)
  const before = tokens[c.from - 1]?.lower ?? "";
  const compared = /^(?:with|to)$/.test(before) && tokens[c.from - 2]?.lower === "compared";
  const moved = before === "from" && /^(?:up|down)$/.test(tokens[c.from - 2]?.lower ?? "") && tokens[c.from - 3]?.text === ",";
  if ((compared || moved) && previous && lastCountIsFigure(tokens, c.from, previous)) return previous.metric;
  // "put the figure at 23", "later lowered the number to 27", "reduced that figure to 56".
  if (
    /^(?:at|to)$/.test(tokens[c.from - 1]?.lower ?? "") &&
    /^(?:the|that|this|its|their)$/.test(tokens[c.from - 3]?.lower ?? "") &&
    RESTATED.test(tokens[c.from - 2]?.lower ?? "")
  ) {
    const verb = tokens[c.from - 4]?.lower ?? "";
    return TOLL_VERBS.has(verb) || /^(?:raised|reduced|cut|updated|adjusted)$/.test(verb) ? earlier : null;
  }
  // "the figure included 18,000 rebels".
  if (
    /^(?:included|includes|include)$/.test(tokens[c.from - 1]?.lower ?? "") &&
    RESTATED.test(tokens[c.from - 2]?.lower ?? "") &&
    /^(?:the|that|this|its)$/.test(tokens[c.from - 3]?.lower ?? "")
  ) {
    return earlier;
  }
  // "At least 1,300 suspects have been arrested … Among them were 920 suspected members of …": parts of the count told
  // in the sentence before.
  if (c.from === 3 && matchesAt(tokens, 0, ["among", "them"]) && /^(?:were|are)$/.test(tokens[2]?.lower ?? "")) return earlier;
  // "At least 18 other people were injured … They included 10 guards and eight inmates", "12 bodies had been
  // recovered, saying “they include 10 children …”".
  if (/^(?:they|these|those)$/.test(tokens[c.from - 2]?.lower ?? "") && /^(?:included|include)$/.test(tokens[c.from - 1]?.lower ?? ""))
    return earlier;
  // "local residents put the number as high as 500": a second source's value for the count told before.
  if (
    c.from > c.numFrom &&
    RESTATED.test(tokens[c.from - 1]?.lower ?? "") &&
    tokens[c.from - 2]?.lower === "the" &&
    /^(?:put|puts|putting|placed|places)$/.test(tokens[c.from - 3]?.lower ?? "")
  )
    return earlier;
  // "the count rose to 15,000": the figure named before its own verb.
  if (
    /^(?:at|to)$/.test(tokens[c.from - 1]?.lower ?? "") &&
    TOLL_VERBS.has(tokens[c.from - 2]?.lower ?? "") &&
    RESTATED.test(tokens[c.from - 3]?.lower ?? "") &&
    /^(?:the|that|this|its|their)$/.test(tokens[c.from - 4]?.lower ?? "")
  ) {
    return earlier;
  }
  // "the total is around 1,500", "the figure stood at 40", "the number could be as high as 600".
  let verb = tokens[c.from - 1]?.lower === "at" ? c.from - 2 : c.from - 1;
  if (tokens[verb]?.lower === "be" && /^(?:could|may|might|would|will)$/.test(tokens[verb - 1]?.lower ?? "")) verb--;
  const named =
    /^(?:is|was|stands|stood|could|may|might|would|will)$/.test(tokens[verb]?.lower ?? "") && RESTATED.test(tokens[verb - 1]?.lower ?? "");
  // ("although the official count stands at 190", "The government's official count was 48", "the true number was
  // more than 500".)
  const article = /^(?:official|latest|new|overall|total|final|true|real|actual)$/.test(tokens[verb - 2]?.lower ?? "")
    ? verb - 3
    : verb - 2;
  const owner = POSSESSIVE.test(tokens[article]?.text ?? "");
  if (named && (tokens[article]?.lower === "the" || (owner && tokens[article - 1]?.lower === "the"))) return earlier;
  // "Cossingar's figure of 38", "the ministry's count of 40": a source's own value for the count told before.
  if (
    tokens[c.from - 1]?.lower === "of" &&
    RESTATED.test(tokens[c.from - 2]?.lower ?? "") &&
    (POSSESSIVE.test(tokens[c.from - 3]?.text ?? "") || /^(?:that|this|its|their)$/.test(tokens[c.from - 3]?.lower ?? ""))
  )
    return earlier;
  return null;
}

const RESTATED = /^(?:figure|number|count|tally|total)$/;

/** People who act, not whom events befall: troops deployed, rescuers at work, officials investigating, suspects sought. */
const ACTORS =
  /^(?:suspects|perpetrators|smugglers|traffickers|accomplices|troops|soldiers|police|policemen|policewomen|officers|personnel|rescuers|firefighters|volunteers|prosecutors|investigators|guards|forces|commandos|marines|peacekeepers|paramedics|medics|doctors|nurses|officials|experts|engineers|divers|agents|workers|staff|members|fighters|militants|gunmen|attackers|insurgents|rebels|jihadists|militiamen|bandits|assailants|kidnappers|pirates|raiders|journalists|reporters|delegates|observers|monitors|specialists|teams)$/;

/**
 * A count of people whose outcome no rule recognised ("the boat's 210 passengers", "650 students had been in the
 * school"): kept as OTHER for the reviewer to classify, since a count of people in a report on harm is rarely idle.
 * Not a place's population ("a city of 10 million", "home to 12 million people"), people who act (troops, rescuers,
 * suspects), a crowd taking part, witnesses who speak, a rate or an aim: reports count those without anything befalling
 * them.
 */
function countOfPeopleBefallen(tokens: Token[], c: Candidate, who: Counted): boolean {
  const head = who.head;
  if (!head || who.partitive) return false;
  if (!isPeopleByName(head)) return false;
  // ("She has 200 contacts in the ministry": only an outbreak's contacts are counted, and a rule reads those.)
  if (ACTORS.test(head.lower) || head.lower === "contacts") return false;
  // "The rail network carries more than 18 million people every day": a rate.
  // ("558.1 cases / 100,000 inhabitants": the base of a rate.)
  if (tokens.slice(who.last + 1, who.last + 4).some((t) => /^(?:every|each|per|annually|daily)$/.test(t.lower))) return false;
  // ("carry more than 13 million passengers a day".)
  if (tokens[who.last + 1]?.lower === "a" && /^(?:day|week|month|year)$/.test(tokens[who.last + 2]?.lower ?? "")) return false;
  if (/^(?:\/|per)$/.test(tokens[c.from - 1]?.lower ?? "")) return false;
  // "Twelve people who saw the attack said …": witnesses who speak.
  const clause = tokens.slice(who.last + 1, who.last + 13);
  const end = clause.findIndex((t) => /^[.;:]$/.test(t.text));
  if (clause.slice(0, end < 0 ? undefined : end).some((t) => SPEECH_VERBS.test(t.lower))) return false;
  // "This year, two million people are participating", "thousands gathered": a crowd that takes part; "about 200
  // armed men attacked the village": attackers.
  let verb = who.last + 1;
  while (AUXILIARIES.has(tokens[verb]?.lower ?? "")) verb++;
  const acting = tokens[verb]?.lower ?? "";
  if (
    /^(?:participating|participated|participate|attending|attended|attend|gathered|gathering|marched|marching|rallied|protested|flooded|present|attacked|raided|stormed|ambushed|invaded|overran|abducted|kidnapped|joined|won|accused)$/.test(
      acting,
    ) ||
    // "Some 30 million people live in Nepal": a population, where no rule reads a shelter.
    /^(?:live|lives|lived|living|reside|resides|resided|residing)$/.test(acting) ||
    (/^(?:took|taking)$/.test(acting) && tokens[verb + 1]?.lower === "part") ||
    (/^(?:making|made)$/.test(acting) && /^(?:their|its)$/.test(tokens[verb + 1]?.lower ?? "") && tokens[verb + 2]?.lower === "way") ||
    // "more than 300 people were involved in the rescue".
    (acting === "involved" &&
      tokens.slice(verb + 1, verb + 4).some((t) => /^(?:rescue|search|operation|operations|effort|efforts)$/.test(t.lower)))
  )
    return false;
  // "police used tear gas to disperse thousands of protesters": a crowd, by what was done to it as one.
  if (/^(?:disperse|dispersed|dispersing|disperses)$/.test(tokens[c.from - 1]?.lower ?? "")) return false;
  // "the settlement has capacity for another 6,500 people": room, not people.
  // ("built to cater for 90,000 people", "a prison which houses more than 5,600 inmates": what a place holds.)
  if (tokens.slice(Math.max(0, c.from - 4), c.from).some((t) => t.lower === "capacity")) return false;
  if (matchesAt(tokens, c.from - 2, ["cater", "for"]) || /^(?:houses|housed|holds|held)$/.test(tokens[c.from - 1]?.lower ?? ""))
    return false;
  // "Aid agencies hope to reach 1,000 people": an aim, not people anything has befallen yet.
  if (
    tokens[c.from - 2]?.lower === "to" &&
    /^(?:hope|hopes|hoped|plan|plans|planned|aim|aims|want|wants|seek|seeks|intend|intends)$/.test(tokens[c.from - 3]?.lower ?? "")
  )
    return false;
  const before = tokens[c.from - 1]?.lower ?? "";
  // ("the country's 140 million people": a place's own people.)
  const placeOwn =
    /^(?:country|nation|city|state|province|region|island|capital|town)['’]s$/.test(before) ||
    (POSSESSIVE.test(tokens[c.from - 1]?.text ?? "") && isCountry((tokens[c.from - 1]?.text ?? "").replace(/['’]s$/, "")));
  if (
    placeOwn ||
    matchesAt(tokens, c.from - 2, ["home", "to"]) ||
    (before === "of" &&
      /^(?:city|town|village|population|country|nation|community|capital|district|region|province|state)$/.test(
        tokens[c.from - 2]?.lower ?? "",
      ))
  )
    return false;
  return true;
}

const DISEASE_IN_TEXT = new RegExp(`\\b${DISEASE.source.slice(1, -1)}\\b`, "i");
const HARM_IN_TEXT = new RegExp(`\\b${HARM.source.slice(1, -1)}\\b`, "i");
let sicknessOf: { source: string; sick: boolean } | null = null;

/** Whether an article tells of an illness and of no harm done by force; the last article's answer is kept. */
function articleAboutSickness(source: string): boolean {
  if (sicknessOf?.source !== source) sicknessOf = { source, sick: DISEASE_IN_TEXT.test(source) && !HARM_IN_TEXT.test(source) };
  return sicknessOf.sick;
}

/**
 * Casualty-style figures stated in one sentence. `told`: the metric of the last figure the sentence before stated, for
 * "put the figure at …".
 */
export function findFigures(sentence: Sentence, source: string, told: Metric | null = null): FigureDraft[] {
  const tokens = joinAdditions(tokenize(sentence.text, sentence.start), source);
  const drafts: FigureDraft[] = [];
  // Read only when a count of injured is found: most sentences have none.
  let sickness: boolean | undefined;
  const aboutSickness = () => {
    if (sickness === undefined) {
      const disease = tokens.some((t) => DISEASE.test(t.lower));
      const harm = tokens.some((t) => HARM.test(t.lower));
      // ("Of them, 11 patients were hospitalised in Dhaka city": a sentence that names neither takes the article's.)
      sickness = disease || harm ? disease && !harm : articleAboutSickness(source);
    }
    return sickness;
  };
  for (const c of candidates(tokens, withAnotherOne(tokens, scanNumbers(tokens, source)))) {
    if (isNotACount(tokens, c)) continue;
    const who = counted(tokens, c);
    // "…, including three children and two women": part of the figure before the list, which carries the metric.
    const previous = drafts[drafts.length - 1];
    // "killed 14 people - 10 soldiers and four civilians", "14 people: 10 soldiers …", "Six people, four children and
    // two women, were killed": a list right after a figure details it.
    // "21 bodies -- 11 men and 10 women --": a typed double dash opens the list too.
    const typedDash =
      tokens[c.from - 1]?.text === "-" && tokens[c.from - 2]?.text === "-" && tokens[c.from - 2]?.end === tokens[c.from - 1]?.start;
    const opensList = typedDash || /^[-–—:]$/.test(tokens[c.from - 1]?.text ?? "");
    const detailing =
      !!previous &&
      ((typedDash && tokens[c.from - 3]?.end === previous.statedEnd) ||
        (tokens[c.from - 2]?.end === previous.statedEnd &&
          (/^[-–—:]$/.test(tokens[c.from - 1]?.text ?? "") || (tokens[c.from - 1]?.text === "," && appositionList(tokens, c.from) > 0))) ||
        // "some 30 civilians had been killed -- seven Hindus and 16 Buddhists --": the list may follow the figure's verb.
        (opensList && onlyOutcomeBetween(tokens, previous.statedEnd, typedDash ? c.from - 2 : c.from - 1)));
    // "Forty people were hurt, six seriously": how badly a part of them was hurt.
    const howBadly =
      !!previous &&
      tokens[c.from - 1]?.text === "," &&
      /^(?:seriously|critically|badly|severely|gravely|slightly|lightly)$/.test(tokens[c.to]?.lower ?? "");
    const nested =
      detailing ||
      howBadly ||
      NESTING.some((n) => endsBefore(tokens, c.from, n)) ||
      // "killed eight people, including his two sons", "41 people had died, including the five suicide bombers".
      (/^(?:his|her|their|the)$/.test(tokens[c.from - 1]?.lower ?? "") && endsBefore(tokens, c.from - 1, ["including"])) ||
      // ("… – two soldiers and one police advisor – were killed and six peacekeepers injured": not past the outcome.)
      (previous?.partOf != null && endsBefore(tokens, c.from, ["and"]) && !outcomeSince(tokens, previous.statedEnd, c.from - 1));
    // "144 people from 43 families": the households only say where the people counted came from.
    if (previous && tokens[c.from - 2]?.end === previous.statedEnd && fromHouseholds(tokens, c.from)) continue;
    // "trapping thousands under buildings — including two hospitals": a listed count of things is no part of the people.
    const next = tokens[who.last + 1];
    // "including three of the oldest churches": the whole a part is taken from may be things too.
    const noun =
      who.partitive && next?.lower === "of" ? tokens.slice(who.last + 2, who.last + 6).find((t) => /^\p{Ll}{3,}s$/u.test(t.text)) : next;
    const things = !who.head && !who.metric && noun && /^\p{Ll}{3,}s$/u.test(noun.text) && !isPeople(noun) && !MODIFIER_SUBJECT[noun.lower];
    if (nested && things) continue;
    // "killed 1.2 million livestock": animals are counted in nouns without a plural "s".
    // "buried three mountain villages": things, perhaps after a word or two that describe them.
    if (!who.head && !who.metric && countsThings(tokens, who.last + 1)) continue;
    // "with nearly 7,000 cattle killed": animals, whatever befell them.
    if (!who.head && who.modifiers.some((t) => LIVESTOCK.has(t.lower))) continue;
    // "swept away scores of houses", "thousands of head of cattle": a vague amount of things or animals.
    if (!who.head && !who.metric && c.qualifier === "VAGUE" && next?.lower === "of" && countsThings(tokens, who.last + 2)) continue;
    const outer = drafts.findLastIndex((d) => d.partOf === null);
    // "Twenty people were injured, five of them seriously": a part of the figure before, with its metric.
    const ofThem = who.ofThem;
    const parent = (nested || ofThem) && outer >= 0 ? outer : null;
    // "Nineteen bodies were recovered, of whom three have been identified": the part has a verb of its own.
    const part = ofThem || endsBefore(tokens, c.from, ["of", "whom"]) || endsBefore(tokens, c.from, ["of", "them"]);
    if (part && !who.metric && ownVerbAfter(tokens, who.last + 1)) continue;
    // The outcome after the counted people, read at most once: several rules below ask for it.
    let outcomeAfter: Metric | null | undefined;
    const afterWho = () => {
      if (outcomeAfter === undefined) outcomeAfter = metricAfter(tokens, who.last + 1);
      return outcomeAfter;
    };
    // The outcome before them likewise.
    let outcomeBefore: Metric | null | undefined;
    const beforeWho = () => {
      if (outcomeBefore === undefined) outcomeBefore = metricBefore(tokens, c.from, previous);
      return outcomeBefore;
    };
    // "One of the more than 20 people wounded in the attack said …": one of them speaking, no count of people.
    if (who.partitive && c.qualifier === "EXACT" && c.low === 1 && c.high === 1 && speaksAfter(tokens, who.last + 1)) continue;
    // "only 55 of 75 confirmed dead had been identified": the outcome describes the whole; the part only has a verb.
    // ("fourteen of the police deaths occurred at the scene": a part of the deaths themselves is deaths.)
    const partOfOutcome = who.partitive && /^(?:deaths|fatalities|killings)$/.test(tokens[who.last]?.lower ?? "");
    if (who.partitive && !who.ofThem && !partOfOutcome && ownVerbAfter(tokens, who.last + 1) && afterWho() === null) continue;
    // "Four of the six crew members were rescued", "18 of the 200 passengers survived": the verb is the part's; the
    // whole takes only an outcome that describes it before the verb ("Ten of the 40 people killed were children").
    const possessed = POSSESSIVE.test(tokens[c.from - 1]?.text ?? "") ? 1 : 0;
    // ("three of 12 miners were rescued": the whole may have no article.)
    const whole = wholeOfPart(tokens, c.from - possessed, possessed === 1);
    // ("At least 29 of more than 250 people onboard …": the whole is counted, as those aboard, when it is told where it
    // was.)
    // ("76 of the ferry's 118 passengers": or when they are the craft's own.)
    const crafts = possessed === 1 && CRAFT.test((tokens[c.from - 1]?.lower ?? "").replace(/['’]s$/, ""));
    const wholeAboard = whole && (crafts || /^(?:aboard|onboard|on-board)$/.test(tokens[who.last + 1]?.lower ?? ""));
    if (whole && !who.metric && !describedBy(tokens, who.last + 1) && !wholeAboard) continue;
    // "One of the injured later died": a part of an outcome's people with an outcome of its own.
    // ("at least three of the dead were buried by the avalanche": the dead stay dead.)
    // ("13 of the injured were airlifted": the injured, moved or rescued, are still the injured.)
    const stillInjured = who.metric === "INJURED" && /^(?:OTHER|DISPLACED)$/.test(afterWho() ?? "");
    const later =
      who.partitive && who.metric && !who.head && !(who.metric === "KILLED" && afterWho() === "MISSING")
        ? stillInjured
          ? "INJURED"
          : afterWho()
        : null;
    // "four more wounded veterans lost their lives": the wounded died later.
    // ("one of five wounded soldiers died later": the whole's verb is the part's.)
    const diedOfWounds = who.metric === "INJURED" && !whole && afterWho() === "KILLED" ? "KILLED" : null;
    // "Three missing fishermen were found dead", "found five missing crew members dead": the missing, found dead.
    const foundDead = who.metric === "MISSING" && afterWho() === "KILLED" ? "KILLED" : null;
    // "released 60 of the 200 people detained": those set free are no longer held.
    const freed = /^(?:released|releasing|freed|freeing)$/.test(tokens[c.from - 1]?.lower ?? "") ? "OTHER" : null;
    // "the bodies of 15 victims had been brought to the hospital": the dead, wherever they were taken.
    // ("the bodies of the last two missing miners".)
    const ofAt =
      tokens[c.from - 1]?.lower === "the"
        ? c.from - 2
        : /^(?:last|remaining|other)$/.test(tokens[c.from - 1]?.lower ?? "") && tokens[c.from - 2]?.lower === "the"
          ? c.from - 3
          : c.from - 1;
    const bodies = tokens[ofAt]?.lower === "of" && /^(?:bodies|corpses|remains)$/.test(tokens[ofAt - 1]?.lower ?? "") ? "KILLED" : null;
    const own =
      (wholeAboard ? "OTHER" : null) ??
      freed ??
      bodies ??
      // (Before heldBy: "soldiers took 3,000 villagers to relief camps" sheltered them.)
      movedToShelters(tokens, c, who) ??
      heldBy(tokens, c, who) ??
      later ??
      diedOfWounds ??
      foundDead ??
      carriedTo(tokens, c) ??
      // "killing 18 people, including … 12 displaced civilians": the displaced were among the dead.
      (nested && parent !== null && who.head && who.metric === "DISPLACED" && /^(?:KILLED|INJURED)$/.test(drafts[parent]?.metric ?? "")
        ? (drafts[parent]?.metric ?? null)
        : null) ??
      // "putting the death toll at 94 out of 1,300 cases": the part is the toll's, whatever the whole counts.
      (who.partitive && !who.ofThem && /^(?:at|to)$/.test(tokens[c.from - 1]?.lower ?? "") ? beforeWho() : null) ??
      // "left 230,000 dead or missing": one count of two outcomes.
      (who.metric ? joinedMetric(tokens, who.last + 1, who.metric) : null) ??
      partVerbAfter(tokens, who) ??
      // "evacuated more than 300,000 people who were marooned": the verb the people are the object of comes first.
      (/^(?:who|that)$/.test(tokens[who.last + 1]?.lower ?? "") ? beforeWho() : null) ??
      // ("soldiers captured another seven attackers alive": taken alive is taken.)
      (tokens[who.last + 1]?.lower === "alive" && beforeWho() === "DETAINED" ? "DETAINED" : null) ??
      // "Five people were killed, including three soldiers, and nine others wounded": the part closes before the next
      // count, whose outcome is that count's own.
      (nested &&
      parent !== null &&
      tokens[who.last + 1]?.text === "," &&
      tokens[who.last + 2]?.lower === "and" &&
      isCount(tokens[who.last + 3])
        ? (drafts[parent]?.metric ?? null)
        : null) ??
      afterWho() ??
      claimedPeople(tokens, c, who) ??
      vanishedOrSaved(tokens, c, who) ??
      drivenFrom(tokens, c, who) ??
      escapedCaptives(tokens, who) ??
      reachedWithAid(tokens, c, who) ??
      heldAsDetainees(beforeWho(), tokens, c, who) ??
      restated(tokens, c, previous?.metric ?? told, previous) ??
      // "at least six of the thirteen victims were children": after a toll, the victims are its dead.
      (who.partitive && who.head?.lower === "victims" && (previous?.metric ?? told) === "KILLED" ? "KILLED" : null) ??
      // ("Some 37 people were killed in the blaze. At least 11 children were among the victims.")
      (/^(?:were|are)$/.test(tokens[who.last + 1]?.lower ?? "") &&
      matchesAt(tokens, who.last + 2, ["among", "the", "victims"]) &&
      (previous?.metric ?? told) === "KILLED"
        ? "KILLED"
        : null) ??
      listedObject(tokens, c, who) ??
      sharedFate(tokens, c) ??
      // "reported 306 and 299 deaths, respectively": two counts of the one outcome named after the second.
      (!who.head && !who.metric && tokens[c.to]?.lower === "and" && isCount(tokens[c.to + 1])
        ? (METRIC_WORDS[tokens[c.to + 2]?.lower ?? ""] ?? null)
        : null) ??
      // Last, since "killed 10 people and 100,000 refugees were displaced" has its own verb before the first count.
      metricAfter(tokens, who.last + 1, true) ??
      aboard(tokens, c, who) ??
      presentWhenStruck(tokens, c, who) ??
      contactsUnderWatch(tokens, who) ??
      (parent !== null ? drafts[parent]?.metric : null) ??
      // "The nine deaths were four men and five women. Six of them were 60 or over": a part of the people just counted.
      (who.ofThem && c.from === 0 && !previous ? told : null);
    const sibling = own ? null : listSibling(tokens, c, who, previous);
    // "11 people died, including four children who were swept away by flood waters": how the part of the dead died.
    const sweptToDeath =
      own === "MISSING" &&
      nested &&
      parent !== null &&
      drafts[parent]?.metric === "KILLED" &&
      tokens.slice(who.last + 1, who.last + 6).some((t) => /^(?:swept|washed|carried)$/.test(t.lower));
    const unrecognised = !sweptToDeath && !own && !sibling && countOfPeopleBefallen(tokens, c, who);
    const found = sweptToDeath ? "KILLED" : (own ?? sibling?.metric ?? (unrecognised ? "OTHER" : null));
    if (!found) continue;
    // "132 people suffering from symptoms of the virus have been hospitalized": the sick in hospital are cases, not
    // injured.
    const metric = found === "INJURED" && aboutSickness() ? "OTHER" : found;
    // "the death toll had passed 43,000": more than the number, though no qualifier word precedes it.
    // ("The confirmed death toll passed the 22,000 mark".)
    const verbAt = tokens[c.from - 1]?.lower === "the" && tokens[c.to]?.lower === "mark" ? c.from - 2 : c.from - 1;
    const beyond =
      c.qualifier === "EXACT" &&
      /^(?:passed|surpassed|exceeded|topped|past|above|passes|surpasses|exceeds|tops|pass|surpass|exceed|top|crossed|crosses)$/.test(
        tokens[verbAt]?.lower ?? "",
      );
    // "the toll could reach 30,000", "may rise to 50", "is expected to climb to 200": a projected toll is a ceiling the
    // source puts on it (as the fresh reports' labellers read it, every one).
    const reachAt =
      tokens[c.from - 1]?.lower === "to" && /^(?:rise|climb|increase|go|grow|jump)$/.test(tokens[c.from - 2]?.lower ?? "")
        ? c.from - 2
        : c.from - 1;
    const projected =
      c.qualifier === "EXACT" &&
      (reachAt < c.from - 1 || tokens[reachAt]?.lower === "reach") &&
      (/^(?:could|may|might)$/.test(tokens[reachAt - 1]?.lower ?? "") ||
        (tokens[reachAt - 1]?.lower === "to" && /^(?:expected|likely|feared)$/.test(tokens[reachAt - 2]?.lower ?? ""))) &&
      tokens.slice(Math.max(0, reachAt - 10), reachAt).some((t) => /^(?:toll|number|figure|count|deaths|dead)$/.test(t.lower));
    // "the death toll neared 350", "is approaching 1,000": about the number.
    const near =
      c.qualifier === "EXACT" && /^(?:neared|nears|nearing|approached|approaches|approaching)$/.test(tokens[c.from - 1]?.lower ?? "");
    // "the overall death toll is up to 6,070": has risen to it, not at most.
    const risenTo =
      c.qualifier === "UP_TO" &&
      matchesAt(tokens, c.from, ["up", "to"]) &&
      /^(?:is|was|now|go|goes|going|went|gone)$/.test(tokens[c.from - 1]?.lower ?? "") &&
      tokens.slice(Math.max(0, c.from - 8), c.from).some((t) => /^(?:toll|tally|count|number)$/.test(t.lower)) &&
      tollNamedBefore(tokens, c.from - 1) !== null;
    // "1.2 million cases approximately were reported": the qualifier may follow what it qualifies.
    const trailing = c.qualifier === "EXACT" && tokens[who.last + 1]?.lower === "approximately";
    const qualified: Candidate = beyond
      ? { ...c, qualifier: "MORE_THAN" }
      : projected
        ? { ...c, qualifier: "UP_TO" }
        : risenTo
          ? { ...c, from: c.numFrom, qualifier: "EXACT", low: c.high }
          : trailing || near
            ? { ...c, qualifier: "APPROXIMATELY" }
            : who.trailing && c.qualifier === "EXACT"
              ? { ...c, qualifier: who.trailing }
              : c;
    // ('"hundreds" of civilians': the quotation mark that opens the amount, when one closes it.)
    const quoted = /^["“‘']$/.test(tokens[qualified.from - 1]?.text ?? "") && /^["”’']$/.test(tokens[c.to]?.text ?? "");
    const first = tokens[qualified.from - (quoted ? 1 : 0)] as Token;
    const end = (tokens[who.last] as Token).end;
    drafts.push({
      metric,
      subject: subjectOf(who, tokens, drafts, c.from),
      qualifier: qualified.qualifier,
      ...boundsFor(qualified),
      statedText: source.slice(first.start, end),
      statedStart: first.start,
      statedEnd: end,
      partOf: sibling ? sibling.partOf : parent,
      outcomeRecognised: sibling ? sibling.outcomeRecognised : !unrecognised,
    });
  }
  return drafts;
}

/**
 * Bounds by qualifier: EXACT and APPROXIMATELY give low = high = the number; AT_LEAST and MORE_THAN a low bound only;
 * UP_TO a high bound only; RANGE and VAGUE both (VAGUE from VAGUE_RANGES in numbers.ts).
 */
function boundsFor(c: Candidate): { low: number | null; high: number | null } {
  switch (c.qualifier) {
    case "AT_LEAST":
    case "MORE_THAN":
      return { low: c.low, high: null };
    case "UP_TO":
      return { low: null, high: c.high };
    default:
      return { low: c.low, high: c.high };
  }
}
