import type { introspection_types } from "../graphql-env.d.ts";

// The schema's enums as TypeScript unions, from the generated introspection types (never typed by hand):
// `Enum<"ClaimStatus">` is "NEW" | "IN_REVIEW" | …. Screens list an enum through a `Record<Enum<…>, string>` of
// labels, so a value the schema gains fails the typecheck until the record says how to show it.

type EnumName = {
  [Name in keyof introspection_types]: introspection_types[Name] extends { enumValues: unknown } ? Name : never;
}[keyof introspection_types];

/** The values of the schema's enum `Name`. */
export type Enum<Name extends EnumName> = introspection_types[Name] extends { enumValues: infer V } ? V : never;

/** An enum's values in the order of a record that covers every one of them: the order a screen lists them in. */
export const valuesOf = <E extends string>(record: Record<E, unknown>): E[] => Object.keys(record) as E[];

/** Whether a string from outside (an address) is one of the enum's values. */
export const isValueOf = <E extends string>(record: Record<E, unknown>, value: string): value is E => Object.hasOwn(record, value);
