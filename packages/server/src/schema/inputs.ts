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
export const withoutUndefined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

type GlobalIdTarget = NonNullable<Parameters<InputFieldBuilder["globalID"]>[0]>["for"];

/*
 * Every mutation takes one `input`; one that acts on an existing object names it in that input, next to the
 * changes: `id`, and for versioned rows the `expectedVersion` the caller saw (see ARCHITECTURE.md).
 */

/** `id`: the existing object a mutation acts on (for rows without a version, such as a rating). */
export const targetFields = (t: InputFieldBuilder, target: GlobalIdTarget, description: string) => ({
  id: t.globalID({ for: target, required: true, description }),
});

/** `id` and `expectedVersion`: a stale version is a ConflictError and nothing changes. */
export const versionedFields = (t: InputFieldBuilder, target: GlobalIdTarget, description: string) => ({
  ...targetFields(t, target, description),
  expectedVersion: t.int({
    required: true,
    description: "The `version` you saw; if the object changed since, you get a ConflictError and nothing changes.",
  }),
});

/** An input that only names the object a mutation acts on: `id` (for rows without a version, such as a rating). */
export const targetInput = (name: string, description: string, target: GlobalIdTarget, idDescription: string) =>
  builder.inputType(name, { description, fields: (t) => targetFields(t, target, idDescription) });

/** An input that only names a versioned object a mutation acts on: `id` and `expectedVersion` (remove, revoke, sign off). */
export const versionedInput = (name: string, description: string, target: GlobalIdTarget, idDescription: string) =>
  builder.inputType(name, { description, fields: (t) => versionedFields(t, target, idDescription) });
