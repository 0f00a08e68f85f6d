// Query shapes attackers send, shared by the API tests (one of each) and the hostile-input flood (many).

/** `claims → appearances → claim → appearances → …`, `cycles` times round: the query that once took 4.4 GB. */
export function nestedAppearances(cycles: number, page = 1): string {
  let inner = "id text";
  for (let i = 0; i < cycles; i++) {
    inner = `id appearances(first: ${page}) { edges { node { excerpt source { url } claim { ${inner} } } } }`;
  }
  return `{ claims(first: ${page}) { edges { node { ${inner} } } } }`;
}

/** A `first: page` list in a list in a list …, `levels` deep (claims → appearances → source → appearances …). */
export function fanOut(levels: number, page: number): string {
  let inner = "id excerpt";
  for (let i = 1; i < levels; i++) {
    inner =
      i % 2
        ? `id source { url appearances(first: ${page}) { edges { node { ${inner} } } } }`
        : `id claim { text appearances(first: ${page}) { edges { node { ${inner} } } } }`;
  }
  return `{ claims(first: ${page}) { edges { node { id text appearances(first: ${page}) { edges { node { ${inner} } } } } } } }`;
}

/** `n` aliases of one selection: `{ a0: claims(first: 100) { … } a1: … }`. */
export function aliasesOf(n: number, selection: string): string {
  return `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${selection}`).join(" ")} }`;
}
