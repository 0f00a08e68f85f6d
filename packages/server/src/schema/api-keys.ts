import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { prismaEnum } from "./enums.js";
import { mutationQuery, versionedFields, versionedInput } from "./inputs.js";
import * as apiKeys from "../services/api-keys.js";

export const ApiKeyScopeEnum = prismaEnum(
  "ApiKeyScope",
  "What a partner's key may do. Written `verdicts:read` and so on in the documentation.",
  {
    VERDICTS_READ: "verdicts:read: published verdicts and what they cite (what the public sees), at the key's own rate limit.",
    CLAIMS_READ: "claims:read: the whole desk, read-only (claims in review, evidence, ratings, history; never internal notes).",
    FIGURES_READ: "figures:read: events and every reported figure, with sources and attribution.",
    CLAIMS_WRITE: "claims:write: submit claims (createClaim) and articles (ingestArticle) for review, e.g. from a tipline.",
  },
);

const ApiKeyStateEnum = builder.enumType("ApiKeyState", {
  description: "Whether a key works now.",
  values: {
    ACTIVE: { description: "Requests with it are accepted." },
    EXPIRED: { description: "Its expiry (or the end of its rotation grace period) has passed." },
    REVOKED: { description: "An admin revoked it, or rotated it with no grace period." },
  } as const,
});

export const ApiKeyNode = builder.prismaNode("ApiKey", {
  // Select mode: queries read only the columns the request asks for (and those the fields below declare).
  select: { id: true },
  id: { field: "id" },
  nullable: true,
  description: "A partner's API key. Its secret is shown once, when it is created or rotated; FactDesk keeps only a hash.",
  // Admins manage keys; a key may read itself (currentApiKey).
  authScopes: (key, ctx) => ctx.viewer?.role === "ADMIN" || ctx.partner?.keyId === key.id,
  fields: (t) => ({
    name: t.exposeString("name", { description: 'Who the key is for ("Platform X tipline").' }),
    prefix: t.exposeString("prefix", {
      description: "The key's public part (fdk_…): it names the key in lists and logs; the secret follows it.",
    }),
    scopes: t.expose("scopes", { type: [ApiKeyScopeEnum], description: "What the key may do." }),
    state: t.field({
      type: ApiKeyStateEnum,
      description: "Whether the key works now.",
      select: { revokedAt: true, expiresAt: true },
      resolve: (key) => (key.revokedAt ? "REVOKED" : key.expiresAt && key.expiresAt <= new Date() ? "EXPIRED" : "ACTIVE"),
    }),
    rateLimitPerMinute: t.exposeInt("rateLimitPerMinute", {
      nullable: true,
      description: "Requests a minute it may send; null: the desk's default for keys.",
    }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", nullable: true, description: "When it stops working; null: never." }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true, description: "When it was revoked." }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true, description: "When it was last used (to the minute)." }),
    replacedBy: t.relation("replacedBy", { nullable: true, description: "The key that replaced it when it was rotated." }),
    createdBy: t.relation("createdBy", { description: "The admin who created it." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was created." }),
    version: t.exposeInt("version", { description: "Increases on every change; send it back as `expectedVersion`." }),
  }),
});

builder.queryFields((t) => ({
  apiKeys: t.prismaConnection({
    type: "ApiKey",
    cursor: "id",
    authScopes: { admin: true },
    description: "Partners' API keys, newest first (admins).",
    args: { includeInactive: t.arg.boolean({ defaultValue: false, description: "Include revoked and expired keys." }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.apiKey.findMany({
        ...query,
        where: args.includeInactive ? {} : { revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
  currentApiKey: t.prismaField({
    type: "ApiKey",
    nullable: true,
    description: "The API key this request was sent with (its scopes, limit and expiry), or null for other callers.",
    resolve: (query, _root, _args, ctx) =>
      ctx.partner ? ctx.prisma.apiKey.findUnique({ ...query, where: { id: ctx.partner.keyId } }) : null,
  }),
}));

const CreateApiKeyInput = builder.inputType("CreateApiKeyInput", {
  description: "A new key for a partner.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Who the key is for." }),
    scopes: t.field({ type: [ApiKeyScopeEnum], required: true, description: "What it may do (at least one)." }),
    expiresAt: t.field({ type: "DateTime", required: false, description: "When it stops working (default: never)." }),
    rateLimitPerMinute: t.int({ required: false, description: "Requests a minute (default: the desk's limit for keys)." }),
  }),
});

const RotateApiKeyInput = builder.inputType("RotateApiKeyInput", {
  description: "The key to replace, and how long the old one keeps working.",
  fields: (t) => ({
    ...versionedFields(t, ApiKeyNode, "The key to replace."),
    graceMinutes: t.int({ defaultValue: 0, description: "How long the old key keeps working (0: it stops now; at most 7 days)." }),
  }),
});

const RevokeApiKeyInput = versionedInput("RevokeApiKeyInput", "The key to stop.", ApiKeyNode, "The key.");

interface KeyWithSecret {
  keyId: string;
  secret: string;
}

const refetchKey = (ctx: Context, query: object, id: string) =>
  ctx.prisma.apiKey.findUniqueOrThrow({ ...mutationQuery(query), where: { id } });

const keyFields = (name: string, description: string) =>
  builder.objectRef<KeyWithSecret>(name).implement({
    description,
    fields: (t) => ({
      apiKey: t.prismaField({ type: "ApiKey", description: "The key.", resolve: (query, p, _a, ctx) => refetchKey(ctx, query, p.keyId) }),
      secret: t.exposeString("secret", {
        description:
          "The whole key to give the partner, sent as `Authorization: Bearer <secret>`. Shown only now: FactDesk cannot show it again.",
      }),
    }),
  });

const CreateApiKeySuccess = keyFields("CreateApiKeySuccess", "The new key and its secret.");
const RotateApiKeySuccess = keyFields("RotateApiKeySuccess", "The new key that replaces the old one, and its secret.");

builder.mutationFields((t) => ({
  createApiKey: t.field({
    type: CreateApiKeySuccess,
    description: "Creates a partner's API key (admins). The secret is in the result only.",
    authScopes: { admin: true },
    errors: { directResult: true },
    args: { input: t.arg({ type: CreateApiKeyInput, required: true, description: "The key." }) },
    resolve: async (_root, { input }, ctx) => {
      const { key, secret } = await apiKeys.createApiKey(ctx.prisma, ctx.viewer!, input);
      return { keyId: key.id, secret };
    },
  }),
  rotateApiKey: t.field({
    type: RotateApiKeySuccess,
    description: "Replaces a key with a new secret, same scopes and limit (admins). The old key keeps working for `graceMinutes`.",
    authScopes: { admin: true },
    errors: { directResult: true },
    args: { input: t.arg({ type: RotateApiKeyInput, required: true, description: "The key and the grace period." }) },
    resolve: async (_root, { input }, ctx) => {
      const { key, secret } = await apiKeys.rotateApiKey(
        ctx.prisma,
        ctx.viewer!,
        input.id.id,
        input.expectedVersion,
        input.graceMinutes ?? 0,
      );
      return { keyId: key.id, secret };
    },
  }),
  revokeApiKey: t.prismaField({
    type: "ApiKey",
    description: "Stops a key at once (admins).",
    authScopes: { admin: true },
    errors: { dataField: { name: "apiKey", description: "The key as it is now." } },
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true, description: "The key." }) },
    resolve: async (query, _root, { input }, ctx) =>
      refetchKey(ctx, query, (await apiKeys.revokeApiKey(ctx.prisma, ctx.viewer!, input.id.id, input.expectedVersion)).id),
  }),
}));
