// The search page's address (/search?q=…&type=CLAIM): the header's search box builds it, the page reads it.

export const searchTypes = ["CLAIM", "ENTITY", "EVENT", "SOURCE"] as const;
export type SearchType = (typeof searchTypes)[number];

export interface SearchParams {
  q: string;
  type: SearchType | "";
}

export function parseSearchParams(search: string): SearchParams {
  const p = new URLSearchParams(search);
  const type = p.get("type") ?? "";
  return {
    q: (p.get("q") ?? "").trim(),
    type: (searchTypes as readonly string[]).includes(type) ? (type as SearchType) : "",
  };
}

export function searchPath({ q, type }: SearchParams): string {
  const p = new URLSearchParams();
  if (q) p.set("q", q);
  if (type) p.set("type", type);
  const s = p.toString();
  return s ? `/search?${s}` : "/search";
}
