import { isValueOf, valuesOf, type Enum } from "../../lib/enums";

// The search page's address (/search?q=…&type=CLAIM): the header's search box builds it, the page reads it.

export const searchTypeLabel: Record<Enum<"SearchType">, string> = {
  CLAIM: "Claims",
  ENTITY: "People and organisations",
  EVENT: "Events",
  SOURCE: "Sources",
};
export const searchTypes = valuesOf(searchTypeLabel);

export interface SearchParams {
  q: string;
  type: Enum<"SearchType"> | "";
}

export function parseSearchParams(search: string): SearchParams {
  const p = new URLSearchParams(search);
  const type = p.get("type") ?? "";
  return {
    q: (p.get("q") ?? "").trim(),
    type: isValueOf(searchTypeLabel, type) ? type : "",
  };
}

export function searchPath({ q, type }: SearchParams): string {
  const p = new URLSearchParams();
  if (q) p.set("q", q);
  if (type) p.set("type", type);
  const s = p.toString();
  return s ? `/search?${s}` : "/search";
}
