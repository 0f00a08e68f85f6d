import Markdown, { type Components } from "react-markdown";

// What a note may contain: text formatting, lists, quotes, code and links. Raw HTML in the markdown is dropped
// (react-markdown never renders it; `skipHtml` leaves out even its text) and images are not loaded from notes.
const allowedElements = ["p", "br", "strong", "em", "del", "a", "ul", "ol", "li", "blockquote", "code", "pre", "h1", "h2", "h3", "hr"];

const components: Components = {
  // Links leave the desk in a new tab, without telling the target where they came from.
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow">
      {children}
    </a>
  ),
};

/** A note's markdown, rendered safely: react-markdown builds React elements (no innerHTML) and drops raw HTML. */
export function NoteBody({ markdown }: { markdown: string }) {
  return (
    <div className="note-body">
      <Markdown skipHtml allowedElements={allowedElements} unwrapDisallowed components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
