// Pasted text can carry a page's markup or code: tags and their attributes ("alt=\"12 dead\""), scripts, comments,
// markdown syntax and code blocks. None of it is reporting, so before anything is read it is blanked out (replaced
// by spaces of the same length, so every offset still points into the text as pasted) and the few character
// references reporting needs are written as their characters ("&ldquo;" opens a quotation).

/** Whole elements whose content is no prose, comments, and any other tag with its attributes. */
const HTML =
  /<!--[\s\S]*?(?:-->|(?![\s\S]))|<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|(?![\s\S]))|<\/?[a-z][\w:-]*(?:\s[^<>]*)?\/?>/gi;

/**
 * Markdown code (fenced blocks, inline spans in single backticks: ``typewriter quotes'' are prose), lines of code indented as markdown code blocks, and the syntax of
 * headings, list items and links.
 */
const MARKDOWN =
  /^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:^[ \t]*\1[ \t]*$|(?![\s\S]))|(?<!`)`(?!`)[^`\n]+(?<!`)`(?!`)|^(?: {4}|\t)[^\n]*(?:[;{}][ \t]*(?:\/\/[^\n]*)?|\/\/[^\n]*)$|^#{1,6}(?=[ \t])|^[ \t]*[-*+](?=[ \t])|\]\([^)\s]*\)|\[(?=[^\]\n]*\]\()/gm;

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  mdash: "—",
  ndash: "–",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  hellip: "…",
};
const REFERENCE = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi;

const blank = (match: string) => match.replace(/[^\n]/g, " ");

/** Tags that end a block of text: blanked to a line break, so a title or a paragraph never runs into the next. */
const BLOCK =
  /^<\/?(?:p|div|br|hr|h[1-6]|li|ul|ol|title|head|body|html|tr|td|th|table|section|article|header|footer|blockquote|figcaption|pre)\b/i;
const blankTag = (match: string) => (BLOCK.test(match) && !match.includes("\n") ? `\n${" ".repeat(match.length - 1)}` : blank(match));

/** Opening marks sit against the word after them, so their padding goes before. */
const OPENING = new Set(["“", "‘"]);

/** A character reference as its character, padded to the reference's length; one it does not know is left as it is. */
function characterOf(match: string, decimal?: string, hex?: string, name?: string): string {
  const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined;
  const char = code !== undefined ? (code > 0 && code < 0x110000 ? String.fromCodePoint(code) : undefined) : NAMED[name!.toLowerCase()];
  if (char === undefined || char.length > match.length) return match;
  return OPENING.has(char) ? char.padStart(match.length, " ") : char.padEnd(match.length, " ");
}

/** The text with markup and code blanked out, offsets unchanged; plain prose comes back as it is. */
export function readableText(text: string): string {
  if (!/[<`#[]|&\w+;|&#|^(?: {4}|\t)/m.test(text)) return text;
  let readable = text.replace(MARKDOWN, blank);
  if (/<[a-z!/]/i.test(readable)) readable = readable.replace(HTML, blankTag).replace(REFERENCE, characterOf);
  return readable;
}
