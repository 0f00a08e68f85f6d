import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { formatDate, humanize } from "../../lib/format";

export const SourceLink_SourceFragment = graphql(`
  fragment SourceLink_SourceFragment on Source {
    id
    url
    title
    publisher
    kind
    reliability
    publishedAt
  }
`);

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
};

/** Without a title, the address itself (minus the scheme) is the most telling name. */
const bareUrl = (url: string) => url.replace(/^https?:\/\/(www\.)?/, "");

/** A source's name in a sentence: its title, else its address. */
export function sourceName(source: FragmentOf<typeof SourceLink_SourceFragment>) {
  const s = readFragment(SourceLink_SourceFragment, source);
  return s.title ?? bareUrl(s.url);
}

/** A source as a citation: title (linked), publisher or host, kind, date and Admiralty reliability grade. */
export function SourceLink({ source }: { source: FragmentOf<typeof SourceLink_SourceFragment> }) {
  const s = readFragment(SourceLink_SourceFragment, source);
  return (
    <span className="source">
      <a href={s.url} target="_blank" rel="noopener noreferrer" className="source-title">
        {sourceName(source)}
      </a>
      <span className="source-meta">
        {s.publisher ?? hostOf(s.url)} · {humanize(s.kind)}
        {s.publishedAt ? ` · ${formatDate(s.publishedAt)}` : ""}
        {s.reliability && (
          <span className="reliability" title="Admiralty source reliability grade (A best, F cannot be judged)">
            {" "}
            · reliability {s.reliability}
          </span>
        )}
      </span>
    </span>
  );
}
