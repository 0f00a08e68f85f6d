import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.js";
import { comparable } from "./test-support.js";

const articlePath = fileURLToPath(new URL("../../../../prisma/demo/syria-coast-article.txt", import.meta.url));
const text = fs.readFileSync(articlePath, "utf8");
const publishedAt = new Date("2025-03-10T18:00:00.000Z");

/** The place and period of the sentence on Latakia and Tartus: both of its figures, the nested one too, have them. */
const inLatakiaAndTartusPastThreeDays = {
  place: "Latakia and Tartus",
  placePrecision: "CITY",
  periodText: "in the past three days",
  periodStart: "2025-03-08T00:00:00.000Z",
  periodEnd: "2025-03-10T00:00:00.000Z",
  periodPrecision: "DAY",
};

/** What a careful reader takes from the article, written before looking at the extractor's output. */
const expected = {
  entities: [
    { key: "vassily-nebenzia", name: "Vassily Nebenzia", kind: "PERSON", title: "Russia’s UN ambassador", aliases: ["Nebenzia"] },
    { key: "dmitry-peskov", name: "Dmitry Peskov", kind: "PERSON", title: "Kremlin spokesman", aliases: ["Peskov"] },
    { key: "western-media-outlets", name: "Western media outlets", kind: "MEDIA_OUTLET", title: null, aliases: [] },
    {
      key: "ahmed-al-sharaa",
      name: "Ahmed al-Sharaa",
      kind: "PERSON",
      title: "Syria’s de-facto leader and former head of the jihadist force HTS",
      aliases: ["al-Sharaa"],
    },
    { key: "marco-rubio", name: "Marco Rubio", kind: "PERSON", title: "US Secretary of State", aliases: ["Rubio"] },
    { key: "european-union", name: "European Union", kind: "ORGANISATION", title: null, aliases: ["EU"] },
  ],
  statements: [
    {
      kind: "STATEMENT",
      speakerKey: "vassily-nebenzia",
      speakerRole: "Russia’s UN ambassador",
      text: "Russia and the US are communicating regarding the situation in Syria",
      excerpt:
        "Russia’s UN ambassador, Vassily Nebenzia, stated that Russia and the US are communicating regarding the situation in Syria.",
    },
    {
      kind: "STATEMENT",
      speakerKey: "vassily-nebenzia",
      speakerRole: "Russia’s UN ambassador",
      text: "all UN Security Council members share similar concerns about the situation in Syria",
      excerpt:
        "Nebenzia told reporters on Monday that all UN Security Council members share similar concerns about the situation in Syria, and that Moscow and Washington are in communication regarding the matter.",
    },
    {
      kind: "STATEMENT",
      speakerKey: "vassily-nebenzia",
      speakerRole: "Russia’s UN ambassador",
      text: "Moscow and Washington are in communication regarding the matter",
    },
    {
      kind: "QUOTE",
      speakerKey: "vassily-nebenzia",
      speakerRole: "Russia’s UN ambassador",
      text:
        "The Council was united in what we discussed today, everyone spoke out. I wouldn’t say with one voice, but everyone " +
        "emphasized the same elements: the inadmissibility of what happened, the mass murders, and violence",
      excerpt:
        "“The Council was united in what we discussed today, everyone spoke out. I wouldn’t say with one voice, but everyone " +
        "emphasized the same elements: the inadmissibility of what happened, the mass murders, and violence,” Nebenzia told reporters.",
    },
    {
      kind: "STATEMENT",
      speakerKey: "dmitry-peskov",
      speakerRole: "Kremlin spokesman",
      text: "expressed Moscow’s concern about the increased violence in Syria and urged immediate action",
      excerpt:
        "Earlier that day, Kremlin spokesman Dmitry Peskov expressed Moscow’s concern about the increased violence in Syria and urged immediate action.",
    },
    {
      kind: "QUOTE",
      speakerKey: "dmitry-peskov",
      speakerRole: "Kremlin spokesman",
      text: "Many nations and international organizations, including the UN, share our concern",
      excerpt: "“Many nations and international organizations, including the UN, share our concern,” Peskov stated.",
    },
    {
      kind: "STATEMENT",
      speakerKey: "western-media-outlets",
      speakerRole: null,
      text: "local militias, which Western media outlets have described as loyal to former President Bashar Assad",
    },
    {
      kind: "STATEMENT",
      speakerKey: "ahmed-al-sharaa",
      speakerRole: "Syria’s de-facto leader and former head of the jihadist force HTS",
      text: "condemned the violence and vowed to hold those who harm civilians accountable",
    },
    {
      kind: "STATEMENT",
      speakerKey: "marco-rubio",
      speakerRole: "US Secretary of State",
      text:
        "condemned “radical Islamist terrorists, including foreign jihadis” for massacring members of Syrian minority groups, " +
        "including Christians, Druze, Alawites, and Kurds",
    },
    {
      kind: "STATEMENT",
      speakerKey: "european-union",
      speakerRole: null,
      text:
        "attributed the situation to “pro-Assad elements” attacking “interim government forces” and condemned " +
        "“all violence against civilians,” without assigning blame to any specific party",
    },
  ],
  figures: [
    {
      metric: "KILLED",
      subject: "civilians",
      qualifier: "VAGUE",
      low: 200,
      high: 999,
      statedText: "hundreds of civilian deaths",
      excerpt: "The war-torn country has seen a rapid escalation of violence in recent days, with reports of hundreds of civilian deaths.",
      place: "Syria",
      placePrecision: "COUNTRY",
      periodText: "in recent days",
      periodStart: null,
      periodEnd: "2025-03-10T00:00:00.000Z",
      periodPrecision: "WEEK",
      attributedToKey: null,
    },
    {
      metric: "KILLED",
      subject: "people",
      qualifier: "AT_LEAST",
      low: 1300,
      high: null,
      statedText: "At least 1,300 people",
      excerpt:
        "At least 1,300 people, including over 800 civilians, have been reportedly killed in the cities of Latakia and Tartus in the past three days.",
      ...inLatakiaAndTartusPastThreeDays,
      attributedToKey: null,
    },
    {
      metric: "KILLED",
      subject: "civilians",
      qualifier: "MORE_THAN",
      low: 800,
      high: null,
      statedText: "over 800 civilians",
      ...inLatakiaAndTartusPastThreeDays,
      attributedToKey: null,
    },
  ],
  media: [
    {
      kind: "VIDEO",
      graphic: true,
      hedge: "allegedly depict",
      description: "militants from the new security forces torturing and executing civilians, including women and children, in public",
      excerpt:
        "Numerous graphic videos circulating online allegedly depict militants from the new security forces torturing and executing civilians, including women and children, in public.",
    },
  ],
};

describe("the reference article (coastal Syria, March 2025)", () => {
  const result = extractArticle({ text, publishedAt, title: "Moscow: Russia and US in Communication Regarding Syrian Crisis" });
  const actual = comparable(result);

  it("finds the speakers, with their roles as written", () => {
    expect(actual.entities).toEqual(expected.entities);
  });

  it("finds every attributed statement and quotation, and nothing else", () => {
    expect(actual.statements).toHaveLength(expected.statements.length);
    for (const [i, statement] of expected.statements.entries()) expect(actual.statements[i]).toMatchObject(statement);
  });

  it("resolves the surname back-references to the people introduced earlier", () => {
    const bySpeaker = (key: string) => actual.statements.filter((s) => s.speakerKey === key).length;
    expect(bySpeaker("vassily-nebenzia")).toBe(4);
    expect(bySpeaker("dmitry-peskov")).toBe(2);
  });

  it("finds the three reported figures, the nested one included", () => {
    expect(actual.figures).toHaveLength(expected.figures.length);
    for (const [i, figure] of expected.figures.entries()) expect(actual.figures[i]).toMatchObject(figure);
  });

  it("finds the graphic videos with their hedge", () => {
    expect(actual.media).toHaveLength(1);
    expect(actual.media[0]).toMatchObject(expected.media[0] ?? {});
  });

  it("quotes every excerpt verbatim, at its offsets", () => {
    for (const item of [...result.statements, ...result.figures, ...result.media]) {
      expect(text.slice(item.start, item.end)).toBe(item.excerpt);
    }
    for (const figure of result.figures) expect(figure.excerpt).toContain(figure.statedText);
  });

  it("ranks the contested and the numeric claims above the plain ones", () => {
    const score = (needle: string) => result.statements.find((s) => s.text.includes(needle))?.checkworthiness.score ?? 0;
    const rubio = result.statements.find((s) => s.speakerKey === "marco-rubio");
    expect(rubio?.checkworthiness.reasons).toEqual(expect.arrayContaining(["contested framing: blame", "attribution: official"]));
    expect(result.statements.find((s) => s.speakerKey === "european-union")?.checkworthiness.reasons).toContain("contested framing: blame");
    expect(score("radical Islamist")).toBeGreaterThan(score("share our concern"));
    expect(score("pro-Assad")).toBeGreaterThan(score("Moscow and Washington"));
    const toll = result.figures.find((f) => f.low === 1300);
    expect(toll?.checkworthiness.reasons).toEqual(expect.arrayContaining(["figure", "unattributed", "hedge: reportedly"]));
    expect(result.media[0]?.checkworthiness.reasons).toEqual(expect.arrayContaining(["hedge: allegedly depict", "graphic"]));
    for (const item of [...result.statements, ...result.figures, ...result.media]) {
      expect(item.checkworthiness.score).toBeGreaterThanOrEqual(0);
      expect(item.checkworthiness.score).toBeLessThanOrEqual(1);
    }
  });
});
