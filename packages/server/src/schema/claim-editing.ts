import { builder } from "../builder.js";
import { authorOf } from "../services/access.js";
import { ClaimKindEnum, DatePrecisionEnum, PlacePrecisionEnum } from "./enums.js";
import { Claim } from "./claims.js";
import { Entity } from "./entities.js";
import { Event } from "./events.js";
import { SourceRefInput, rawId, sourceRef, mutationQuery, versionedFields, withoutUndefined, type InputFieldBuilder } from "./inputs.js";
import * as claims from "../services/claims.js";

/** Shared by create (text and kind required) and update (everything optional; null clears). */
const claimInputFields = <ForCreate extends boolean>(t: InputFieldBuilder, forCreate: ForCreate) => ({
  text: t.string({ required: forCreate, description: "The claim as stated (verbatim for quotes), up to 5,000 characters." }),
  kind: t.field({ type: ClaimKindEnum, required: forCreate, description: "What kind of claim." }),
  claimant: t.globalID({ for: Entity, required: false, description: "The entity that made the claim." }),
  claimantRole: t.string({ required: false, description: 'The claimant\'s title or role as reported ("Kremlin spokesman").' }),
  claimDate: t.field({ type: "DateTime", required: false, description: "When the claim was made." }),
  claimDatePrecision: t.field({ type: DatePrecisionEnum, required: false, description: "How precisely the date is known." }),
  place: t.string({ required: false, description: "Where." }),
  placePrecision: t.field({ type: PlacePrecisionEnum, required: false, description: "How precisely the place is known." }),
  tags: t.stringList({
    required: false,
    description: forCreate ? "Tags (lower-cased, de-duplicated)." : "Replaces the tags (lower-cased, de-duplicated).",
  }),
  event: t.globalID({ for: Event, required: false, description: "The event the claim is about." }),
});

const NewAppearanceInput = builder.inputType("NewAppearanceInput", {
  description: "Where the new claim was seen.",
  fields: (t) => ({
    source: t.field({ type: SourceRefInput, required: true, description: "The source." }),
    excerpt: t.string({ required: true, description: "The verbatim words in the source." }),
    seenAt: t.field({ type: "DateTime", required: false, description: "When it was seen (default: now)." }),
  }),
});

const CreateClaimInput = builder.inputType("CreateClaimInput", {
  description: "A new claim (status NEW).",
  fields: (t) => ({
    ...claimInputFields(t, true),
    appearance: t.field({ type: NewAppearanceInput, required: false, description: "Where the claim appears." }),
  }),
});

const UpdateClaimInput = builder.inputType("UpdateClaimInput", {
  description: "The claim to edit and the fields to change; omitted fields stay, null clears an optional field.",
  fields: (t) => ({ ...versionedFields(t, Claim, "The claim."), ...claimInputFields(t, false) }),
});

interface CreateClaimShape {
  claimId: string;
  duplicateIds: string[];
}

const CreateClaimSuccess = builder.objectRef<CreateClaimShape>("CreateClaimSuccess").implement({
  description: "The new claim, and claims that look like duplicates of it.",
  fields: (t) => ({
    claim: t.prismaField({
      type: "Claim",
      description: "The new claim.",
      resolve: (query, p, _a, ctx) => ctx.prisma.claim.findUniqueOrThrow({ ...mutationQuery(query), where: { id: p.claimId } }),
    }),
    possibleDuplicates: t.prismaField({
      type: ["Claim"],
      description: "Existing claims with the same normalized text: offer to merge them. Only for callers who read the desk.",
      resolve: (query, p, _a, ctx) =>
        ctx.prisma.claim.findMany({
          ...query,
          where: { id: { in: ctx.access.readsDesk ? p.duplicateIds : [] } },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        }),
    }),
  }),
});

export const refetchClaim = (ctx: { prisma: import("../db.js").Db }, query: object, id: string) =>
  ctx.prisma.claim.findUniqueOrThrow({ ...mutationQuery(query), where: { id } });

builder.mutationFields((t) => ({
  createClaim: t.field({
    type: CreateClaimSuccess,
    description: "Adds a claim (reviewers and up, and API keys with claims:write, e.g. a platform's tipline).",
    authScopes: { submitClaims: true },
    errors: { directResult: true },
    args: { input: t.arg({ type: CreateClaimInput, required: true, description: "The claim." }) },
    resolve: async (_root, { input }, ctx) => {
      const { claim, duplicates } = await claims.createClaim(ctx.prisma, authorOf(ctx), {
        ...input,
        claimantId: rawId(input.claimant),
        eventId: rawId(input.event),
        appearance: input.appearance ? { ...input.appearance, source: sourceRef(input.appearance.source) } : null,
      });
      return { claimId: claim.id, duplicateIds: duplicates.map((d) => d.id) };
    },
  }),
  updateClaim: t.prismaField({
    type: "Claim",
    description: "Edits a claim. A stale `expectedVersion` gets a ConflictError and changes nothing.",
    authScopes: { reviewer: true },
    errors: { dataField: { name: "claim", description: "The claim as it is now." } },
    args: { input: t.arg({ type: UpdateClaimInput, required: true, description: "The claim and the changes." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id, expectedVersion, claimant, event, ...rest } = input;
      // A null text or kind is passed on as given: the service rejects it as a ValidationError.
      const patch: Record<string, unknown> = withoutUndefined(rest);
      const claim = await claims.updateClaim(ctx.prisma, ctx.viewer!, id.id, expectedVersion, {
        ...patch,
        ...(claimant !== undefined ? { claimantId: rawId(claimant) } : {}),
        ...(event !== undefined ? { eventId: rawId(event) } : {}),
      });
      return refetchClaim(ctx, query, claim.id);
    },
  }),
}));
