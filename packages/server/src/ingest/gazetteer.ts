import { createRequire } from "node:module";
import type { EntityKind, PlacePrecision } from "./types.js";

// Only the English names: the package's main entry would load all of its ~80 languages. Read with require, since the
// bundled server keeps packages external and Node imports JSON only with an import attribute the bundler drops.
const englishCountryNames: { countries: Record<string, string | string[]> } = createRequire(import.meta.url)(
  "i18n-iso-countries/langs/en.json",
);

/**
 * A small built-in gazetteer: every country, and the regions, cities and organisations that recur in conflict and
 * disaster reporting. Regions and cities are deliberately few; patterns ("the city of X", "the X ministry") cover what
 * it does not list.
 */

/** Names reporting uses for a country that the ISO list below does not carry. */
const COUNTRY_ALIASES = "Britain|DR Congo|Syria";

const REGIONS =
  "Gaza|Gaza Strip|West Bank|Darfur|North Darfur|South Darfur|West Darfur|Kordofan|North Kordofan|South Kordofan|" +
  "Tigray|Amhara|Oromia|Donbas|Donetsk region|Luhansk|Zaporizhzhia|Crimea|Kursk region|Belgorod region|Idlib|" +
  "Kurdistan|Rakhine|Kashmir|Sinai|Golan Heights|Balochistan|Sahel|Khyber Pakhtunkhwa|Cabo Delgado|North Kivu|" +
  "South Kivu|Ituri|Borno|Galilee|Negev|Hatay";

const CITIES =
  "Damascus|Aleppo|Homs|Hama|Latakia|Tartus|Baniyas|Jableh|Deir ez-Zor|Raqqa|Daraa|Beirut|Tyre|Sidon|Baalbek|Kyiv|Kiev|" +
  "Kharkiv|Odesa|Odessa|Dnipro|Lviv|Mariupol|Bakhmut|Avdiivka|Sumy|Kherson|Kramatorsk|Donetsk|Moscow|Belgorod|Kursk|" +
  "Gaza City|Khan Younis|Rafah|Jabalia|Deir al-Balah|Beit Lahia|Beit Hanoun|Nuseirat|Jenin|Nablus|Hebron|Ramallah|" +
  "Tulkarm|Jerusalem|Tel Aviv|Haifa|Khartoum|Omdurman|El Fasher|El Geneina|Nyala|Port Sudan|Wad Madani|Tripoli|Benghazi|" +
  "Derna|Baghdad|Mosul|Basra|Erbil|Kabul|Kandahar|Herat|Sanaa|Aden|Hodeidah|Mogadishu|Goma|Bukavu|Port-au-Prince|Cairo|" +
  "Tehran|Istanbul|Ankara|Antakya|Gaziantep|Kahramanmaras|Washington|New York|London|Paris|Brussels|Geneva|Berlin|" +
  "Beijing|Yangon|Mandalay|Dhaka|Islamabad|Karachi|Lahore|Peshawar|Quetta|Amman|Riyadh|Doha|Marrakesh|Agadir|" +
  "Addis Ababa|Mekelle|Nairobi|Kinshasa|Bamako|Niamey|Ouagadougou|Lagos|Maiduguri|Abuja|Valencia";

/**
 * Every country's English name and common aliases from the ISO 3166 list ("Liberia", "Ivory Coast", "Kyrgyzstan"), less
 * the formal ones with a comma or brackets ("Korea, Republic of", "Bolivia (Plurinational State of)") that reporting
 * never writes.
 */
const ISO_COUNTRY_NAMES = Object.values(englishCountryNames.countries)
  .flat()
  .filter((name) => !/[,(]/.test(name));

const PRECISION = new Map<string, PlacePrecision>();
for (const name of [...COUNTRY_ALIASES.split("|"), ...ISO_COUNTRY_NAMES]) PRECISION.set(name, "COUNTRY");
for (const name of REGIONS.split("|")) PRECISION.set(name, "REGION");
for (const name of CITIES.split("|")) PRECISION.set(name, "CITY");

const byLength = (a: string, b: string) => b.length - a.length;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Alternation of every listed place name, longest first so "Gaza City" wins over "Gaza". */
export const PLACE_NAMES = [...PRECISION.keys()].sort(byLength).map(escapeRegExp).join("|");

export function placePrecision(name: string): PlacePrecision | null {
  return PRECISION.get(name) ?? null;
}

export function isCountry(name: string): boolean {
  return PRECISION.get(name) === "COUNTRY";
}

/** Nationality adjectives, for "the Syrian government" or "Israeli military". */
export const NATIONALITIES =
  "Afghan|American|British|Chinese|Egyptian|Ethiopian|French|German|Haitian|Indian|Iranian|Iraqi|Israeli|Jordanian|" +
  "Lebanese|Libyan|Palestinian|Pakistani|Russian|Saudi|Somali|Sudanese|Syrian|Turkish|Ukrainian|Yemeni|Congolese|Malian|" +
  "Nigerian|Burmese|Qatari|Emirati|European|Western|Arab|Kurdish|Alawite|Druze|Uzbek|Tajik|Kazakh|Turkmen|Kenyan|Ugandan|" +
  "Rwandan|Burundian|Chadian|Filipino|Bangladeshi|Nepali|Thai|Pashtun|Hazara|Tamil|Rohingya|Yazidi";

export interface KnownOrganisation {
  name: string;
  kind: EntityKind;
  aliases: string[];
}

/** Organisations by canonical name. Acronyms match case-sensitively, long names case-insensitively. */
const ORGANISATIONS: KnownOrganisation[] = [
  { name: "European Union", kind: "ORGANISATION", aliases: ["EU", "E.U."] },
  { name: "United Nations", kind: "ORGANISATION", aliases: ["UN", "U.N."] },
  { name: "UN Security Council", kind: "ORGANISATION", aliases: ["Security Council", "UNSC", "United Nations Security Council"] },
  { name: "World Health Organization", kind: "ORGANISATION", aliases: ["WHO", "World Health Organisation", "UN health agency"] },
  {
    name: "UNRWA",
    kind: "ORGANISATION",
    aliases: [
      "UN Relief and Works Agency",
      "United Nations Relief and Works Agency",
      "UN agency for Palestinian refugees",
      "UN agency for Palestine refugees",
    ],
  },
  {
    name: "UNHCR",
    kind: "ORGANISATION",
    aliases: ["UN refugee agency", "United Nations refugee agency", "UN High Commissioner for Refugees"],
  },
  {
    name: "UNICEF",
    kind: "ORGANISATION",
    aliases: ["UN children’s agency", "UN children's agency", "UN Children’s Fund", "UN Children's Fund"],
  },
  {
    name: "OCHA",
    kind: "ORGANISATION",
    aliases: [
      "UN humanitarian office",
      "UN's humanitarian office",
      "UN’s humanitarian office",
      "UN-OCHA",
      "UN Office for the Coordination of Humanitarian Affairs",
      "United Nations' Office for the Coordination of Humanitarian Affairs",
      "United Nations Office for the Coordination of Humanitarian Affairs",
      "Office for the Coordination of Humanitarian Affairs",
      "UN humanitarian affairs office",
    ],
  },
  {
    name: "International Organization for Migration",
    kind: "ORGANISATION",
    aliases: ["IOM", "UN migration agency", "International Organisation for Migration"],
  },
  { name: "World Food Programme", kind: "ORGANISATION", aliases: ["WFP", "UN food agency", "World Food Program"] },
  { name: "International Committee of the Red Cross", kind: "ORGANISATION", aliases: ["ICRC", "Red Cross"] },
  {
    name: "Red Crescent",
    kind: "ORGANISATION",
    aliases: ["Syrian Arab Red Crescent", "Palestine Red Crescent Society", "Palestinian Red Crescent"],
  },
  { name: "Amnesty International", kind: "ORGANISATION", aliases: ["Amnesty"] },
  { name: "Human Rights Watch", kind: "ORGANISATION", aliases: ["HRW"] },
  { name: "Doctors Without Borders", kind: "ORGANISATION", aliases: ["MSF", "Médecins Sans Frontières", "Medecins Sans Frontieres"] },
  {
    name: "Syrian Observatory for Human Rights",
    kind: "ORGANISATION",
    aliases: ["SOHR", "Britain-based Syrian Observatory for Human Rights", "UK-based Syrian Observatory for Human Rights"],
  },
  { name: "Save the Children", kind: "ORGANISATION", aliases: [] },
  { name: "Committee to Protect Journalists", kind: "ORGANISATION", aliases: ["CPJ"] },
  { name: "Reporters Without Borders", kind: "ORGANISATION", aliases: ["Reporters Sans Frontières", "Reporters Sans Frontieres"] },
  { name: "International Rescue Committee", kind: "ORGANISATION", aliases: ["IRC"] },
  { name: "Norwegian Refugee Council", kind: "ORGANISATION", aliases: ["NRC"] },
  {
    name: "International Federation of Red Cross and Red Crescent Societies",
    kind: "ORGANISATION",
    aliases: ["IFRC", "International Federation of the Red Cross and Red Crescent Societies"],
  },
  { name: "Oxfam", kind: "ORGANISATION", aliases: [] },
  { name: "Islamic State", kind: "ORGANISATION", aliases: ["Islamic State group", "ISIS", "ISIL"] },
  { name: "Boko Haram", kind: "ORGANISATION", aliases: [] },
  { name: "al-Shabab", kind: "ORGANISATION", aliases: ["al-Shabaab", "Al-Shabab", "Al-Shabaab", "al Shabab", "Shabab", "Shebab"] },
  { name: "US Geological Survey", kind: "GOVERNMENT", aliases: ["USGS", "U.S. Geological Survey", "United States Geological Survey"] },
  {
    name: "US Centers for Disease Control and Prevention",
    kind: "GOVERNMENT",
    aliases: ["CDC", "Centers for Disease Control and Prevention", "U.S. Centers for Disease Control and Prevention"],
  },
  { name: "NATO", kind: "ORGANISATION", aliases: ["North Atlantic Treaty Organization"] },
  { name: "African Union", kind: "ORGANISATION", aliases: ["AU"] },
  { name: "Arab League", kind: "ORGANISATION", aliases: [] },
  { name: "International Criminal Court", kind: "ORGANISATION", aliases: ["ICC"] },
  { name: "Hamas", kind: "ORGANISATION", aliases: [] },
  { name: "Hezbollah", kind: "ORGANISATION", aliases: [] },
  { name: "Hayat Tahrir al-Sham", kind: "ORGANISATION", aliases: ["HTS"] },
  { name: "Rapid Support Forces", kind: "ORGANISATION", aliases: ["RSF"] },
  { name: "Houthis", kind: "ORGANISATION", aliases: ["Houthi rebels", "Houthi movement"] },
  { name: "Taliban", kind: "ORGANISATION", aliases: ["Afghan Taliban"] },
  {
    name: "Tehrik-i-Taliban Pakistan",
    kind: "ORGANISATION",
    aliases: ["Pakistani Taliban", "TTP", "Tehreek-e-Taliban Pakistan", "Tehrik-e-Taliban Pakistan"],
  },
  { name: "al-Qaida", kind: "ORGANISATION", aliases: ["al-Qaeda", "Al-Qaida", "Al-Qaeda", "al Qaeda", "al Qaida"] },
  { name: "Kremlin", kind: "GOVERNMENT", aliases: [] },
  { name: "White House", kind: "GOVERNMENT", aliases: [] },
  { name: "Pentagon", kind: "GOVERNMENT", aliases: [] },
  { name: "US State Department", kind: "GOVERNMENT", aliases: ["State Department", "U.S. State Department"] },
  { name: "Israel Defense Forces", kind: "GOVERNMENT", aliases: ["IDF"] },
  { name: "Reuters", kind: "MEDIA_OUTLET", aliases: [] },
  { name: "Associated Press", kind: "MEDIA_OUTLET", aliases: ["AP"] },
  { name: "Agence France-Presse", kind: "MEDIA_OUTLET", aliases: ["AFP"] },
  { name: "EFE", kind: "MEDIA_OUTLET", aliases: ["Efe", "Efe news", "EFE news agency", "Efe news agency"] },
  { name: "BBC", kind: "MEDIA_OUTLET", aliases: [] },
  { name: "CNN", kind: "MEDIA_OUTLET", aliases: [] },
  { name: "Al Jazeera", kind: "MEDIA_OUTLET", aliases: [] },
  { name: "TASS", kind: "MEDIA_OUTLET", aliases: [] },
  { name: "SANA", kind: "MEDIA_OUTLET", aliases: ["Syrian Arab News Agency", "SANA news agency"] },
  { name: "Interfax", kind: "MEDIA_OUTLET", aliases: [] },
  { name: "Xinhua", kind: "MEDIA_OUTLET", aliases: ["Xinhua news agency", "Xinhua News Agency"] },
  { name: "WAFA", kind: "MEDIA_OUTLET", aliases: [] },
  { name: "Anadolu", kind: "MEDIA_OUTLET", aliases: ["Anadolu Agency"] },
];

const EXACT = new Map<string, KnownOrganisation>();
const FOLDED = new Map<string, KnownOrganisation>();
for (const org of ORGANISATIONS) {
  for (const form of [org.name, ...org.aliases]) {
    if (/^[\p{Lu}.]+$/u.test(form)) EXACT.set(form, org);
    else FOLDED.set(form.toLowerCase(), org);
  }
}

/** The organisation a phrase names ("the EU", "The World Health Organization", "UNHCR"), if listed. */
export function knownOrganisation(phrase: string): KnownOrganisation | null {
  // "the U.N. Office for …" is listed as "UN Office for …".
  const bare = phrase
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/^U\.([NS])\.(?=\s)/, "U$1");
  return EXACT.get(bare) ?? FOLDED.get(bare.toLowerCase()) ?? null;
}
