import { builder } from "../builder.js";
import {
  ClaimKind,
  ClaimStatus,
  DatePrecision,
  EntityKind,
  FigureMetric,
  FigureQualifier,
  MediaKind,
  MediaVerification,
  PlacePrecision,
  RatingLabel,
  Reliability,
  Role,
  SourceKind,
  Stance,
  UnverifiedReason,
  VerdictState,
} from "../generated/prisma/enums.js";

export const RoleEnum = builder.enumType(Role, {
  name: "Role",
  description: "What a user may do: REVIEWER < EDITOR < ADMIN.",
});
export const EntityKindEnum = builder.enumType(EntityKind, { name: "EntityKind", description: "What kind of actor an entity is." });
export const ClaimKindEnum = builder.enumType(ClaimKind, {
  name: "ClaimKind",
  description:
    "STATEMENT (reported speech), QUOTE (verbatim), FIGURE (a number), MEDIA (what a video or image shows), EVENT (that something happened).",
});
export const ClaimStatusEnum = builder.enumType(ClaimStatus, {
  name: "ClaimStatus",
  description: "Workflow: NEW → IN_REVIEW → NEEDS_EDITOR → PUBLISHED; ARCHIVED from any state.",
});
export const PlacePrecisionEnum = builder.enumType(PlacePrecision, {
  name: "PlacePrecision",
  description: "How precisely a place is known, as casualty recorders grade it: COUNTRY (coarsest) … STREET (finest).",
});
export const DatePrecisionEnum = builder.enumType(DatePrecision, {
  name: "DatePrecision",
  description: "How precisely a date is known; a date with MONTH precision means 'some time that month'.",
});
export const SourceKindEnum = builder.enumType(SourceKind, { name: "SourceKind", description: "What a source is." });
export const ReliabilityEnum = builder.enumType(Reliability, {
  name: "Reliability",
  description: "Admiralty source reliability: A completely reliable, B usually, C fairly, D not usually, E unreliable, F cannot be judged.",
});
export const StanceEnum = builder.enumType(Stance, {
  name: "Stance",
  description: "How a piece of evidence bears on a claim.",
});
export const RatingLabelEnum = builder.enumType(RatingLabel, {
  name: "RatingLabel",
  description: "A rating on FactDesk's scale, from TRUE to FALSE; UNVERIFIABLE stands outside the scale.",
});
export const VerdictStateEnum = builder.enumType(VerdictState, {
  name: "VerdictState",
  description: "AWAITING_SIGN_OFF (a contested claim waits for a second editor), PUBLISHED, RETRACTED.",
});
export const FigureMetricEnum = builder.enumType(FigureMetric, { name: "FigureMetric", description: "What a reported figure counts." });
export const FigureQualifierEnum = builder.enumType(FigureQualifier, {
  name: "FigureQualifier",
  description:
    "How a figure was stated. EXACT: low = high. AT_LEAST: low only. MORE_THAN: low only (strictly above it). UP_TO: high only. " +
    "APPROXIMATELY and RANGE: low and high. VAGUE ('hundreds'): the documented range for the word (hundreds = 200–999, dozens = 24–99, thousands = 2,000–9,999).",
});
export const MediaKindEnum = builder.enumType(MediaKind, { name: "MediaKind", description: "What kind of media an item is." });
export const MediaVerificationEnum = builder.enumType(MediaVerification, {
  name: "MediaVerification",
  description: "UNVERIFIED, or a schema.org MediaReview rating of the media item.",
});
export const UnverifiedReasonEnum = builder.enumType(UnverifiedReason, {
  name: "UnverifiedReason",
  description: "Why a media item is still unverified.",
});
