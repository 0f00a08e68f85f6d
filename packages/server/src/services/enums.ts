import { z } from "zod";
import * as Enums from "../generated/prisma/enums.js";

// Input schemas for every enum, derived from the Prisma schema's enums (the single list of their values): a value
// added to schema.prisma is accepted here, and shows up in the GraphQL enums (schema/enums.ts), without copying.

export const role = z.enum(Enums.Role);
export const entityKind = z.enum(Enums.EntityKind);
export const claimKind = z.enum(Enums.ClaimKind);
export const claimStatus = z.enum(Enums.ClaimStatus);
export const placePrecision = z.enum(Enums.PlacePrecision);
export const datePrecision = z.enum(Enums.DatePrecision);
export const sourceKind = z.enum(Enums.SourceKind);
export const reliability = z.enum(Enums.Reliability);
export const stance = z.enum(Enums.Stance);
export const ratingLabel = z.enum(Enums.RatingLabel);
export const figureMetric = z.enum(Enums.FigureMetric);
export const figureQualifier = z.enum(Enums.FigureQualifier);
export const figureScope = z.enum(Enums.FigureScope);
export const mediaKind = z.enum(Enums.MediaKind);
export const mediaVerification = z.enum(Enums.MediaVerification);
export const unverifiedReason = z.enum(Enums.UnverifiedReason);
export const apiKeyScope = z.enum(Enums.ApiKeyScope);
