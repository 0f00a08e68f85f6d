import type { BaseEnum } from "@pothos/core";
import { builder } from "../builder.js";
import * as PrismaEnums from "../generated/prisma/enums.js";

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type ValuesOf<Name extends keyof typeof PrismaEnums> = (typeof PrismaEnums)[Name][keyof (typeof PrismaEnums)[Name]];

/**
 * A GraphQL enum with the values of the Prisma enum of the same name (schema.prisma is their one list). Given
 * `valueDescriptions`, it must describe every value, so a value added to schema.prisma fails the typecheck until it is.
 */
export function prismaEnum<Name extends keyof typeof PrismaEnums>(
  name: Name,
  description: string,
  valueDescriptions?: Record<ValuesOf<Name> & string, string>,
) {
  // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the server is bundled whole; nothing here is left to shake out
  const values: BaseEnum = PrismaEnums[name];
  const described =
    valueDescriptions &&
    Object.fromEntries(Object.entries<string>(valueDescriptions).map(([value, description]) => [value, { description }]));
  // Pothos cannot resolve its options type for an enum that is still generic; the values are this enum's.
  return builder.enumType(values, { name, description, values: described }) as PothosSchemaTypes.EnumRef<Types, ValuesOf<Name>>;
}

export const RoleEnum = prismaEnum("Role", "What a user may do: REVIEWER < EDITOR < ADMIN.");
export const EntityKindEnum = prismaEnum("EntityKind", "What kind of actor an entity is.");
export const ClaimKindEnum = prismaEnum(
  "ClaimKind",
  "STATEMENT (reported speech), QUOTE (verbatim), FIGURE (a number), MEDIA (what a video or image shows), EVENT (that something happened).",
);
export const ClaimStatusEnum = prismaEnum("ClaimStatus", "Workflow: NEW → IN_REVIEW → NEEDS_EDITOR → PUBLISHED; ARCHIVED from any state.");
export const PlacePrecisionEnum = prismaEnum(
  "PlacePrecision",
  "How precisely a place is known, as casualty recorders grade it: COUNTRY (coarsest) … STREET (finest).",
);
export const DatePrecisionEnum = prismaEnum(
  "DatePrecision",
  "How precisely a date is known; a date with MONTH precision means 'some time that month'.",
);
/** The options of a field that says how precisely another one is known (`placePrecision` of `place`): null with it. */
export const precisionOf = <Type extends typeof PlacePrecisionEnum | typeof DatePrecisionEnum>(type: Type, field: string) =>
  ({ type, nullable: true, description: `How precisely \`${field}\` is known.` }) as const;

export const SourceKindEnum = prismaEnum("SourceKind", "What a source is.");
export const ReliabilityEnum = prismaEnum(
  "Reliability",
  "Admiralty source reliability: A completely reliable, B usually, C fairly, D not usually, E unreliable, F cannot be judged.",
);
export const StanceEnum = prismaEnum("Stance", "How a piece of evidence bears on a claim.");
export const RatingLabelEnum = prismaEnum(
  "RatingLabel",
  "A rating on FactDesk's scale, from TRUE to FALSE; UNVERIFIABLE stands outside the scale.",
);
export const VerdictStateEnum = prismaEnum(
  "VerdictState",
  "AWAITING_SIGN_OFF (a contested claim waits for a second editor), PUBLISHED, RETRACTED.",
);
export const FigureMetricEnum = prismaEnum("FigureMetric", "What a reported figure counts.");
export const FigureQualifierEnum = prismaEnum(
  "FigureQualifier",
  "How a figure was stated. EXACT: low = high. AT_LEAST: low only. MORE_THAN: low only (strictly above it). UP_TO: high only. " +
    "APPROXIMATELY and RANGE: low and high. VAGUE ('hundreds'): the documented range for the word (hundreds = 200–999, dozens = 24–99, thousands = 2,000–9,999).",
);
export const FigureScopeEnum = prismaEnum(
  "FigureScope",
  'What a figure counts over time. CUMULATIVE: a running total since a start ("since Thursday", "so far", "the death toll rose to"). INCIDENT: one incident or one day ("in the strike", "on Tuesday"). Running totals and incident counts are not compared with each other.',
);
export const MediaKindEnum = prismaEnum("MediaKind", "What kind of media an item is.");
export const MediaVerificationEnum = prismaEnum("MediaVerification", "UNVERIFIED, or a schema.org MediaReview rating of the media item.");
export const UnverifiedReasonEnum = prismaEnum("UnverifiedReason", "Why a media item is still unverified.");
export const NotificationKindEnum = prismaEnum(
  "NotificationKind",
  "Why a user is notified: assigned a claim, mentioned in a note, their claim rated or sent to an editor, a verdict awaiting their sign-off, their verdict signed off or corrected, a merge proposed (editors) or their merge proposal decided, or the verification of media shown with their claim changed.",
);
export const MergeProposalStatusEnum = prismaEnum(
  "MergeProposalStatus",
  "OPEN (waiting for an editor), ACCEPTED (merged), DECLINED (not duplicates, with a reason), SUPERSEDED (overtaken by another merge).",
);
