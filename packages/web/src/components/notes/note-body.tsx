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

// A note quoted in a list (a notification, My work): its words as they read, with emphasis kept, and no links,
// blocks or syntax; three lines at most (styles.css), so the list stays a list.
const excerptElements = ["strong", "em", "del", "code"];

/** A few lines of a note, for lists that point to it. */
export function NoteExcerpt({ markdown }: { markdown: string }) {
  return (
    <blockquote className="note-excerpt">
      <Markdown skipHtml allowedElements={excerptElements} unwrapDisallowed>
        {markdown.length > 1_000 ? `${markdown.slice(0, 1_000)}…` : markdown}
      </Markdown>
    </blockquote>
  );
}
