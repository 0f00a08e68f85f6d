import { builder } from "../builder.js";

/** The `t` of an input type's `fields`, for field sets shared by a create and an update input. */
export type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]["fields"]>[0];

/** Names a source by global ID, or by URL (an unknown URL becomes a new ARTICLE source). */
export const SourceRefInput = builder.inputType("SourceRefInput", {
  description: "A source: give exactly one of `id` or `url`.",
  fields: (t) => ({
    id: t.globalID({ required: false, description: "An existing source." }),
    url: t.string({ required: false, description: "A URL; found among known sources after normalization, or added." }),
  }),
});

/** A decoded global ID to the raw database id, keeping null (clear the field) apart from undefined (leave it). */
export function rawId(globalId: { id: string } | null | undefined): string | null | undefined {
  return globalId === undefined ? undefined : globalId === null ? null : globalId.id;
}

export function sourceRef(input: { id?: { id: string } | null; url?: string | null }) {
  return { id: input.id?.id ?? undefined, url: input.url ?? undefined };
}

/**
 * The Prisma query plugin-prisma hands a mutation's data field. When the client selected only `__typename`
 * of the result, it is an empty `select`, which Prisma rejects; fetching the bare row is the right answer then.
 */
export function mutationQuery<Q extends object>(query: Q): Q | Record<string, never> {
  const select = (query as { select?: object }).select;
  return select && Object.keys(select).length === 0 ? {} : query;
}

/** The fields that were given: GraphQL leaves omitted input fields undefined, and an update must not touch them. */
export const withoutUndefined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
