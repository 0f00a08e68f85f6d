import { expect } from "vitest";
import { graphql } from "./graphql.js";

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection {
  totalCount?: number;
  pageInfo: PageInfo;
  /** Nodes without a global ID (search hits …) are told apart by their cursor. */
  edges: { cursor: string; node: { id?: string } }[];
}

export interface PageArgs {
  first?: number;
  after?: string | null;
  last?: number;
  before?: string | null;
}

/** The page info every paginated list is read with in these tests: `pageInfo { ...PageInfoFields } edges { cursor node { id } }`. */
export const PageInfoFields = graphql(`fragment PageInfoFields on PageInfo @_unmask { hasNextPage hasPreviousPage startCursor endCursor }`);

/** What identifies an item of a list: its global ID, or its cursor when it has none. */
export const edgeKey = (edge: Connection["edges"][number]) => edge.node.id ?? `cursor:${edge.cursor}`;

/** Checks what any page promises: start/end cursors are its first and last edges' cursors. */
export function expectConsistentPage(page: Connection) {
  expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
  expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
}

/**
 * Reads a whole list page by page, forwards (`first`/`after`) or backwards (`last`/`before`), and returns the ids
 * in list order. Every page but the final one must say more items exist; the final one must say none do.
 */
export async function walk(
  fetchPage: (args: PageArgs) => Promise<Connection>,
  size: number,
  direction: "forward" | "backward",
  /** Start after (forwards) or before (backwards) this cursor instead of at the list's end. */
  from: string | null = null,
) {
  const ids: string[] = [];
  const pages: Connection[] = [];
  let cursor: string | null = from;
  for (let guard = 0; guard < 500; guard++) {
    const page: Connection =
      direction === "forward" ? await fetchPage({ first: size, after: cursor }) : await fetchPage({ last: size, before: cursor });
    expectConsistentPage(page);
    expect(page.edges.length).toBeLessThanOrEqual(size);
    pages.push(page);
    const pageIds = page.edges.map(edgeKey);
    const more = direction === "forward" ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
    if (direction === "forward") ids.push(...pageIds);
    else ids.unshift(...pageIds);
    if (!more) return { ids, pages };
    expect(page.edges.length, "a page that says more items exist has exactly `size` items").toBe(size);
    cursor = direction === "forward" ? page.pageInfo.endCursor : page.pageInfo.startCursor;
  }
  throw new Error("Pagination did not end after 500 pages");
}
