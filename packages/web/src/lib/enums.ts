import type { introspection_types } from "../graphql-env.d.ts";

// The schema's enums as TypeScript unions, from the generated introspection types (never typed by hand). Screens
// list an enum through a `Record<Enum, string>` of labels, so a value the schema gains fails the typecheck until
// the record says how to show it.

type EnumValues<Name extends keyof introspection_types> = introspection_types[Name] extends { enumValues: infer V } ? V : never;

export type ClaimKind = EnumValues<"ClaimKind">;
export type ClaimOrder = EnumValues<"ClaimOrder">;
export type ClaimStatus = EnumValues<"ClaimStatus">;
export type DatePrecision = EnumValues<"DatePrecision">;
export type FigureMetric = EnumValues<"FigureMetric">;
export type FigureQualifier = EnumValues<"FigureQualifier">;
export type MediaVerification = EnumValues<"MediaVerification">;
export type RatingLabel = EnumValues<"RatingLabel">;
export type Role = EnumValues<"Role">;
export type SearchType = EnumValues<"SearchType">;
export type Stance = EnumValues<"Stance">;
export type UnverifiedReason = EnumValues<"UnverifiedReason">;

/** An enum's values in the order of a record that covers every one of them: the order a screen lists them in. */
export const valuesOf = <E extends string>(record: Record<E, unknown>): E[] => Object.keys(record) as E[];

/** Whether a string from outside (an address) is one of the enum's values. */
export const isValueOf = <E extends string>(record: Record<E, unknown>, value: string): value is E => Object.hasOwn(record, value);
