import type { ExtractedMedia } from "./types.js";
import type { Sentence } from "./sentences.js";
import { trimClaim } from "./tokens.js";

export interface MediaDraft {
  kind: ExtractedMedia["kind"];
  description: string;
  hedge: string | null;
  graphic: boolean;
  sentence: Sentence;
}

const MEDIA_NOUN =
  /\b(video(?:\s+(?:footage|clips?|recordings?))?s?|footage|clips?|livestreams?|images?|imagery|photos?|photographs?|pictures?|screenshots?|(?:audio|voice)\s+(?:recordings?|messages?|notes?|clips?)|recordings?|audio)\b/gi;
/** Uses of the nouns that are not a piece of media: "video link", "public image". */
const NOT_MEDIA = /^(?:video\s+(?:link|call|conference|games?)|images?\s+of\s+(?:the|a)\s+(?:country|government|party|movement))/i;
const DEPICTS =
  /\b(?:(?:allegedly|purportedly|reportedly|apparently|supposedly|seemingly)\s+)?(?:(?:appears?|appeared|purports?|purported|claims?|claimed|claiming|is said|are said|seems?|seemed|alleged)\s+to\s+)?(?:depict(?:s|ed|ing)?|show(?:s|ed|n|ing)?|capture[sd]?|capturing|document(?:s|ed|ing)?|reveal(?:s|ed|ing)?|feature[sd]?)\b/i;
const CONTEXT =
  /\b(?:circulat\w*|posted|shared|published|verified|geolocated|authenticated|emerged|viral|filmed|broadcast|aired|obtained|released)\b/i;
const HEDGE =
  /\b(?:(?:allegedly|purportedly|reportedly|apparently|supposedly|seemingly)\s+(?:\w+\s+)?(?:depict|show|capture|document|reveal)\w*|(?:appears?|appeared|purports?|purported|claims?|claimed|claiming|is said|are said|seems?|seemed|alleged)\s+to\s+(?:depict|show|capture|document|be)\w*|what (?:appears|appeared|seems|seemed) to be|unverified|unconfirmed|could not be (?:independently )?verified)\b/i;
const GRAPHIC_WORDS = /\b(?:graphic|disturbing|gruesome|horrific|distressing|harrowing|shocking)\b/i;
const VIOLENCE =
  /\b(?:kill\w*|tortur\w*|execut(?:e|es|ed|ing|ions?)\b|behead\w*|bod(?:y|ies)|corpses?|massacr\w*|murder\w*|lynch\w*|mutilat\w*|shot dead|shooting (?:at )?(?:civilians|people|protesters))\b/i;

function kindOf(noun: string): ExtractedMedia["kind"] {
  const n = noun.toLowerCase();
  if (/video|footage|clip|livestream/.test(n)) return "VIDEO";
  if (/audio|voice|recording/.test(n)) return "AUDIO";
  return "IMAGE";
}

/** Videos, images and recordings a sentence describes, one per kind. */
export function findMedia(sentence: Sentence): MediaDraft[] {
  const s = sentence.text;
  const out: MediaDraft[] = [];
  for (const m of s.matchAll(MEDIA_NOUN)) {
    const rest = s.slice(m.index);
    if (NOT_MEDIA.test(rest)) continue;
    const kind = kindOf(m[0]);
    if (out.some((d) => d.kind === kind)) continue;
    const after = s.slice(m.index + m[0].length);
    const depicts = DEPICTS.exec(after);
    const described = depicts !== null || /^\s+of\b/i.test(after) || CONTEXT.test(s);
    if (!described) continue;
    const depicted = depicts ? after.slice(depicts.index + depicts[0].length) : "";
    // "…, but their authenticity could not be verified" comments on the media; it is not what they show.
    const content = trimClaim(depicted.replace(/,\s+(?:but|although|though|while|which|whose)\b.*$/su, ""));
    const description = content.length > 0 ? content : trimClaim(s);
    const hedge = HEDGE.exec(s)?.[0] ?? null;
    const graphic = GRAPHIC_WORDS.test(s) || VIOLENCE.test(content || s);
    out.push({ kind, description, hedge, graphic, sentence });
  }
  return out;
}
