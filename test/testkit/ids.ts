/** Global IDs as the server makes them (plugin-relay: base64 of `Type:id`). */
export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64");
}

/** Splits a global ID into its type and database id; throws on anything else. */
export function decodeGlobalId(id: string): { type: string; id: string } {
  const decoded = Buffer.from(id, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon <= 0) throw new Error(`Not a global ID: ${id}`);
  return { type: decoded.slice(0, colon), id: decoded.slice(colon + 1) };
}

/** The database id behind a global ID (for seeding rows that reference API-created objects). */
export const rawId = (id: string) => decodeGlobalId(id).id;
