/** Escapes LIKE wildcards: Prisma's `contains` hands `%` and `_` to the database as wildcards, not as text. */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");

/** A Prisma filter: contains `text` literally, ignoring case. */
export const containsText = (text: string) => ({ contains: likeLiteral(text), mode: "insensitive" as const });
