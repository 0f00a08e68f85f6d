import type { ExtractedEntity } from "./types.js";
import { MEDIA_DESCRIPTION, type SpeakerPhrase } from "./speakers.js";
import { slugify } from "./tokens.js";

/** A resolved speaker: the entity (if the text names one) and the role as written here or at introduction. */
export interface SpeakerRef {
  key: string | null;
  role: string | null;
  kind: ExtractedEntity["kind"] | null;
}

interface Entry {
  entity: ExtractedEntity;
  lastMention: number;
}

const GENERIC_ORGANISATION =
  /^(?:group|organisation|organization|movement|militia|rebels|agency|charity|monitor|watchdog|alliance|coalition|company|airline|carrier|firm|operator)$/;

/** Who a "she" or a "he" cannot be. */
const FEMALE = /\b(?:woman|girl|mother|wife|daughter|sister|grandmother|widow|aunt|niece|lady)\b/i;
const MALE = /\b(?:man|boy|father|husband|son|brother|grandfather|widower|uncle|nephew)\b/i;

/** "Residents of the town", "police", "Villagers in the district": the head noun, before any complement, is plural. */
function isPlural(role: string): boolean {
  const head =
    role
      .split(/\s+(?:in|of|at|from|for|on|near|with|who|reached|contacted)\s+/i)[0]
      ?.trim()
      .split(/\s+/)
      .pop() ?? "";
  return /(?:[^s’']s|police|people|military|authorities)$/i.test(head);
}

const KIN = /(?:^|\s)(?:mother|father|son|daughter|wife|husband|widow|widower|brother|sister|grandmother|grandfather)$/;

const NOBODY: SpeakerRef = { key: null, role: null, kind: null };

/** "Gaza’s health ministry" and "the health ministry" are the same institution: compare without the owner. */
function institutionCore(name: string): string {
  return name
    .toLowerCase()
    .replace(/^[\p{L}-]+[’']s\s+/u, "")
    .replace(/\s+(?:in|of)\s+.*$/, "");
}

/** "spokesman for the provincial governor" is a spokesman: "the governor" later is someone else. */
function titleHead(title: string | null): string {
  return (title ?? "").replace(/\s+(?:for|of|at|in|with|to|from)\s+.*$/i, "");
}

/**
 * The people and institutions an article quotes, in reading order. Later mentions — a surname, a pronoun, "the
 * ministry" — resolve to what was introduced earlier, so feed it sentences in order.
 */
export class EntityRegistry {
  private readonly entries: Entry[] = [];
  private mentions = 0;
  /** The last source without a name ("Police said", "witnesses say"), for a "they" that follows it. */
  private lastUnnamed: { role: string; mention: number } | null = null;

  resolve(phrase: SpeakerPhrase): SpeakerRef {
    switch (phrase.type) {
      case "pronoun":
        return this.pronoun(phrase.pronoun);
      case "definite":
        return this.definite(phrase.head, phrase.surface);
      case "unnamed":
        return this.unnamed(phrase.role);
      case "named":
        return this.named(phrase);
    }
  }

  entities(): ExtractedEntity[] {
    return this.entries.map((e) => ({ ...e.entity, aliases: [...e.entity.aliases] }));
  }

  /** A source without a name, now the one a later "they", "it" or "the agency" may mean. */
  private unnamed(role: string): SpeakerRef {
    this.lastUnnamed = { role, mention: 0 };
    return this.touchUnnamed(this.lastUnnamed);
  }

  private touchUnnamed(one: { role: string; mention: number }): SpeakerRef {
    one.mention = ++this.mentions;
    return { key: null, role: one.role, kind: null };
  }

  private touch(entry: Entry, role: string | null): SpeakerRef {
    entry.lastMention = ++this.mentions;
    return { key: entry.entity.key, role: role ?? entry.entity.title, kind: entry.entity.kind };
  }

  private named(p: Extract<SpeakerPhrase, { type: "named" }>): SpeakerRef {
    let entry = this.find(p);
    if (!entry) {
      let key = slugify(p.name) || "entity";
      for (let n = 2; this.entries.some((e) => e.entity.key === key); n++) key = `${slugify(p.name) || "entity"}-${n}`;
      entry = { entity: { key, name: p.name, kind: p.kind, title: null, aliases: [] }, lastMention: 0 };
      this.entries.push(entry);
    }
    const entity = entry.entity;
    if (p.kind === "PERSON" && p.name.split(" ").length > entity.name.split(" ").length) {
      // "Zelensky" first, "Volodymyr Zelensky" later: keep the full name, remember the short one.
      this.addAlias(entity, entity.name);
      entity.name = p.name;
    }
    if (p.role && !entity.title) entity.title = p.role;
    this.addAlias(entity, p.surface);
    if (entity.kind === "PERSON") {
      const parts = entity.name.split(" ");
      const particle = /^(?:al|el|bin|ibn|abu|umm|van|von|de|da|di|del)$/i.test(parts[parts.length - 2] ?? "");
      if (parts.length > 1) this.addAlias(entity, parts.slice(particle ? -2 : -1).join(" ")); // the surname
    }
    return this.touch(entry, p.role);
  }

  private addAlias(entity: ExtractedEntity, alias: string): void {
    const clean = alias.trim();
    if (clean && clean !== entity.name && !entity.aliases.includes(clean)) entity.aliases.push(clean);
  }

  private find(p: Extract<SpeakerPhrase, { type: "named" }>): Entry | undefined {
    const same = (e: Entry) => (e.entity.kind === "PERSON") === (p.kind === "PERSON");
    const exact = this.entries.find((e) => same(e) && (e.entity.name === p.name || e.entity.aliases.includes(p.name)));
    if (exact || p.known) return exact;
    // "airline Voepass … Voepass said": a bare name, read as a person's, that an organisation already goes by.
    if (p.kind === "PERSON" && !p.role && !p.name.includes(" ")) {
      const organisation = this.entries.find(
        (e) => e.entity.kind !== "PERSON" && (e.entity.name === p.name || e.entity.aliases.includes(p.name)),
      );
      if (organisation) return organisation;
    }
    if (p.kind === "PERSON") {
      return this.latest((e) => same(e) && (e.entity.name.endsWith(` ${p.name}`) || p.name.endsWith(` ${e.entity.name}`)));
    }
    const core = institutionCore(p.name);
    return this.latest((e) => same(e) && institutionCore(e.entity.name) === core);
  }

  private latest(match: (e: Entry) => boolean): Entry | undefined {
    let best: Entry | undefined;
    for (const e of this.entries) if (match(e) && (!best || e.lastMention > best.lastMention)) best = e;
    return best;
  }

  private pronoun(pronoun: string): SpeakerRef {
    if (pronoun === "he" || pronoun === "she") {
      const person = this.latest((e) => e.entity.kind === "PERSON");
      // "Outside one tent, a 76-year-old woman says … She says": one unnamed person still in view, unless someone was
      // named since.
      const one = this.lastUnnamed;
      const otherSex = (pronoun === "he" ? FEMALE : MALE).test(one?.role ?? "");
      if (one && /^(?:a|an|one)\s/i.test(one.role) && !isPlural(one.role) && !otherSex && (!person || person.lastMention < one.mention)) {
        return this.touchUnnamed(one);
      }
      return person ? this.touch(person, null) : NOBODY;
    }
    // "Police said … They said", "…, the army said. "…," it added': the unnamed source is still the one in view,
    // unless someone was named since.
    const unnamed = this.lastUnnamed;
    const fits =
      !!unnamed &&
      (pronoun === "they"
        ? isPlural(unnamed.role)
        : pronoun === "it" && /^the\s/i.test(unnamed.role) && (!isPlural(unnamed.role) || /military$/i.test(unnamed.role)));
    if (unnamed && fits) {
      const named = this.latest(() => true);
      if (!named || named.lastMention < unnamed.mention) return this.touchUnnamed(unnamed);
    }
    if (pronoun === "it" || pronoun === "they") {
      const last = this.latest(() => true);
      if (last && last.entity.kind !== "PERSON") return this.touch(last, null);
      if (pronoun === "it") {
        const institution = this.latest((e) => e.entity.kind !== "PERSON");
        return institution ? this.touch(institution, null) : NOBODY;
      }
    }
    return NOBODY;
  }

  private definite(head: string, surface: string): SpeakerRef {
    const word = new RegExp(`\\b${head.replace(/[^\p{L}\s-]/gu, "")}\\b`, "iu");
    // A title is matched by its head noun: "the official" is "a government official", "the government" is not.
    const titleEnd = new RegExp(`\\b${head.replace(/[^\p{L}\s-]/gu, "")}$`, "iu");
    // "the rights group", "the relief organization": described, not named, so the organisation last in view.
    // "the group" alone likewise: the organisation just quoted, whether or not "group" is in its name.
    const described = GENERIC_ORGANISATION.test(head);
    let entry =
      head === MEDIA_DESCRIPTION
        ? this.latest((e) => e.entity.kind === "MEDIA_OUTLET")
        : described
          ? // "Syria's state news agency … the agency": an outlet the head noun names counts too.
            this.latest((e) => e.entity.kind === "ORGANISATION" || (e.entity.kind !== "PERSON" && word.test(e.entity.name)))
          : this.latest((e) => word.test(e.entity.name) || titleEnd.test(titleHead(e.entity.title)));
    // "the group", "the movement": the organisation last quoted, whatever it calls itself.
    if (!entry && GENERIC_ORGANISATION.test(head)) entry = this.latest((e) => e.entity.kind === "ORGANISATION");
    // "Syria's state news agency says … The agency says": a source without a name, quoted since, is the one meant.
    const unnamed = this.lastUnnamed;
    if (unnamed && titleEnd.test(unnamed.role) && (!entry || entry.lastMention < unnamed.mention)) return this.touchUnnamed(unnamed);
    // "the statement said": the statement of whoever was quoted last, unless a person ("he said in a statement") was.
    if (!entry && /^(?:statement|communique|communiqué)$/.test(head)) entry = this.latest((e) => e.entity.kind !== "PERSON");
    // "Alieta Iosefa said … The anguished mother said …": a relative described right after a person spoke is that person.
    if (!entry && KIN.test(head)) {
      const person = this.latest((e) => e.entity.kind === "PERSON");
      if (person && person.lastMention === this.mentions) entry = person;
    }
    return entry ? this.touch(entry, null) : this.unnamed(surface);
  }
}
