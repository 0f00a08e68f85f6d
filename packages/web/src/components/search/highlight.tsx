import { Fragment } from "react";

export interface HighlightPart {
  text: string;
  match: boolean;
}

/**
 * Splits a search highlight ("Dmitry «Peskov», Kremlin spokesman") into plain and matched parts. The server marks
 * matches with « and », never with HTML, so the passage is only ever rendered as text. An unclosed « (a passage
 * cut off mid-match) marks the rest of the passage; a stray » stays as text.
 */
export function splitHighlight(highlight: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let rest = highlight;
  while (rest) {
    const open = rest.indexOf("«");
    if (open === -1) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), match: false });
    const close = rest.indexOf("»", open + 1);
    const matched = close === -1 ? rest.slice(open + 1) : rest.slice(open + 1, close);
    if (matched) parts.push({ text: matched, match: true });
    rest = close === -1 ? "" : rest.slice(close + 1);
  }
  return parts;
}

/** A search passage with its matches in <mark>: React text nodes only, whatever characters the passage holds. */
export function Highlight({ text }: { text: string }) {
  // The parts of one fixed passage never reorder: their position is their identity.
  return (
    <>
      {splitHighlight(text).map((part, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        part.match ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}
