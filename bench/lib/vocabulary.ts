// Words the generated desk is written in: news about conflicts, disasters, elections and health, the kind of
// claims a fact-checking desk sees. Search queries in the benchmark are drawn from the same words.

export const firstNames = [
  "Amina", "Marco", "Olena", "Dmitry", "Fatima", "John", "Maria", "Ahmed", "Yusuf", "Leila", "Carlos", "Anna", "Ibrahim",
  "Sofia", "Chen", "Priya", "Kwame", "Ines", "Tomas", "Hana", "Omar", "Elena", "Samuel", "Nadia", "Viktor", "Grace",
];
export const lastNames = [
  "Saleh", "Ruiz", "Kovalenko", "Peskov", "Haddad", "Smith", "Garcia", "Mansour", "Demir", "Karimi", "Silva", "Novak",
  "Okafor", "Rossi", "Wang", "Sharma", "Mensah", "Costa", "Horvat", "Sato", "Khalil", "Popescu", "Adeyemi", "Nasser",
];
export const titles = [
  "Health Minister", "Foreign Minister", "army spokesman", "UN spokesman", "police chief", "governor", "mayor",
  "opposition leader", "Red Crescent official", "interior ministry spokesperson", "election commissioner", "ambassador",
  "prime minister", "president", "human rights monitor", "local council head",
];
export const organisations = [
  "the Red Crescent", "the interior ministry", "the health ministry", "UNHCR", "OCHA", "the civil defence", "the army",
  "the election commission", "Amnesty International", "the WHO", "the World Food Programme", "the coast guard",
  "the central bank", "the statistics office", "the electricity company", "the teachers' union",
];
export const outlets = [
  ["Reuters", "reuters.com"], ["Associated Press", "apnews.com"], ["AFP", "afp.com"], ["BBC News", "bbc.co.uk"],
  ["Al Jazeera", "aljazeera.com"], ["The Guardian", "theguardian.com"], ["Le Monde", "lemonde.fr"],
  ["Kyiv Independent", "kyivindependent.com"], ["Syrian Observatory", "syriahr.com"], ["Daily Star", "dailystar.com.lb"],
  ["El País", "elpais.com"], ["Der Spiegel", "spiegel.de"], ["NHK", "nhk.or.jp"], ["The Hindu", "thehindu.com"],
  ["Premium Times", "premiumtimesng.com"], ["Haaretz", "haaretz.com"], ["Meduza", "meduza.io"], ["Dawn", "dawn.com"],
] as const;
export const socialSites = ["x.com", "t.me", "facebook.com", "tiktok.com", "youtube.com", "instagram.com"];
export const places = [
  "Gaza", "Aleppo", "Kharkiv", "El Fasher", "Port-au-Prince", "Latakia", "Mariupol", "Khartoum", "Goma", "Tripoli",
  "Derna", "Idlib", "Mosul", "Sanaa", "Kabul", "Mogadishu", "Bamako", "Juba", "Tigray", "Rakhine", "Odesa", "Beirut",
];
export const countries = ["Syria", "Ukraine", "Sudan", "Haiti", "Libya", "Yemen", "Somalia", "Mali", "Myanmar", "Lebanon", "Iraq", "Afghanistan"];
export const eventKinds = [
  "Shelling of", "Flooding in", "Clashes in", "Earthquake near", "Siege of", "Protests in", "Cholera outbreak in",
  "Airstrikes on", "Displacement from", "Election violence in", "Drone attacks on", "Ceasefire talks over",
];
export const words = `ceasefire shelling hospital ministry minister ambassador spokesman refugees displaced killed injured civilians
  soldiers militia convoy aid border crossing election fraud ballots vaccine outbreak cholera flood drought wheat prices
  bridge destroyed airstrike drone checkpoint detained journalists protest police curfew negotiations sanctions pipeline
  school shelter water electricity fuel famine evacuation corridor hostages prisoners landmine market mosque church`
  .split(/\s+/)
  .filter(Boolean);
export const metricsVerb = { KILLED: "killed", INJURED: "injured", MISSING: "missing", DISPLACED: "displaced", DETAINED: "detained", OTHER: "affected" } as const;
export const subjects = ["people", "civilians", "children", "soldiers", "aid workers", "journalists", "women", "fighters"];
export const tagWords = ["casualties", "elections", "health", "migration", "economy", "disinformation", "climate", "security", "aid", "media"];
export const retractionReasons = [
  "The figure we relied on was revised by its source.",
  "New footage shows the original report was accurate.",
  "We misidentified the speaker.",
];
export const checkworthinessReasons = ["figure", "attribution", "hedge", "contested framing", "official source", "viral"];
