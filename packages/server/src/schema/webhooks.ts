import { encodeGlobalID } from "@pothos/plugin-relay";
import { builder } from "../builder.js";
import type { Context } from "../context.js";
import { prismaEnum } from "./enums.js";
import { mutationQuery, targetInput, versionedFields, versionedInput } from "./inputs.js";
import * as webhooks from "../services/webhooks.js";

const WebhookEventEnum = prismaEnum(
  "WebhookEvent",
  "What an endpoint can be told about; deliveries name it in words (`verdict.published` …).",
  {
    VERDICT_PUBLISHED: "verdict.published: a verdict became public (published, or signed off).",
    VERDICT_CORRECTED: "verdict.corrected: a published verdict was corrected.",
    VERDICT_RETRACTED: "verdict.retracted: a published verdict was retracted.",
    CLAIM_CREATED: "claim.created: a claim entered the desk (by a reviewer, article ingest or a partner's key).",
    MEDIA_VERIFIED: "media.verified: a media item's verification was set (to anything but UNVERIFIED).",
  },
);

const WebhookDeliveryStatusEnum = prismaEnum("WebhookDeliveryStatus", "Where a delivery stands.", {
  PENDING: "Waiting for its first or next attempt (see nextAttemptAt).",
  DELIVERED: "The endpoint answered 2xx.",
  FAILED: "Every attempt failed; replay it to try again.",
});

const adminOnly = (_row: unknown, ctx: Context) => ctx.viewer?.role === "ADMIN";

export const WebhookDeliveryNode = builder.prismaNode("WebhookDelivery", {
  select: { id: true },
  id: { field: "id" },
  nullable: true,
  description: "One event sent (or to be sent) to one endpoint, with every attempt counted.",
  authScopes: adminOnly,
  fields: (t) => ({
    deliveryId: t.exposeString("id", {
      description: "The FactDesk-Delivery header and the body's `id`: the same on every attempt and replay.",
    }),
    event: t.expose("event", { type: WebhookEventEnum, description: "What happened." }),
    status: t.expose("status", { type: WebhookDeliveryStatusEnum, description: "Where the delivery stands." }),
    attempts: t.exposeInt("attempts", { description: "Attempts made so far (a replay starts again at 0)." }),
    nextAttemptAt: t.expose("nextAttemptAt", { type: "DateTime", description: "When the next attempt is due (PENDING)." }),
    lastAttemptAt: t.expose("lastAttemptAt", { type: "DateTime", nullable: true, description: "When the last attempt started." }),
    lastStatus: t.exposeInt("lastStatus", { nullable: true, description: "The HTTP status of the last answer, if any." }),
    lastError: t.exposeString("lastError", { nullable: true, description: "Why the last attempt failed." }),
    deliveredAt: t.expose("deliveredAt", { type: "DateTime", nullable: true, description: "When the endpoint accepted it." }),
    payload: t.expose("payload", { type: "JSON", description: "The `data` of the body sent." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When the change that caused it committed." }),
    subscription: t.relation("subscription", { description: "The endpoint." }),
  }),
});

export const WebhookSubscriptionNode = builder.prismaNode("WebhookSubscription", {
  select: { id: true },
  id: { field: "id" },
  nullable: true,
  description: "A partner's endpoint that FactDesk POSTs signed events to. Its secret is shown once, on creation or rotation.",
  authScopes: adminOnly,
  fields: (t) => ({
    name: t.exposeString("name", { description: "Who the endpoint belongs to." }),
    url: t.exposeString("url", { description: "Where deliveries are POSTed." }),
    events: t.expose("events", { type: [WebhookEventEnum], description: "The events it is sent." }),
    active: t.exposeBoolean("active", { description: "False: paused, nothing is enqueued or sent for it." }),
    createdBy: t.relation("createdBy", { description: "The admin who registered it." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was registered." }),
    version: t.exposeInt("version", { description: "Increases on every change; send it back as `expectedVersion`." }),
    deliveries: t.relatedConnection("deliveries", {
      cursor: "id",
      query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
      description: "Its deliveries, newest first.",
    }),
  }),
});

builder.queryFields((t) => ({
  webhookSubscriptions: t.prismaConnection({
    type: "WebhookSubscription",
    cursor: "id",
    authScopes: { admin: true },
    description: "Partners' webhook endpoints, newest first (admins).",
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.webhookSubscription.findMany({ ...query, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
  }),
}));

const CreateWebhookSubscriptionInput = builder.inputType("CreateWebhookSubscriptionInput", {
  description: "A partner's endpoint and the events it wants.",
  fields: (t) => ({
    name: t.string({ required: true, description: "Who the endpoint belongs to." }),
    url: t.string({ required: true, description: "An http(s) URL on a public address." }),
    events: t.field({ type: [WebhookEventEnum], required: true, description: "The events to send it (at least one)." }),
  }),
});

const UpdateWebhookSubscriptionInput = builder.inputType("UpdateWebhookSubscriptionInput", {
  description: "The endpoint and what to change; omitted fields stay as they are.",
  fields: (t) => ({
    ...versionedFields(t, WebhookSubscriptionNode, "The endpoint."),
    name: t.string({ required: false, description: "A new name." }),
    url: t.string({ required: false, description: "A new URL." }),
    events: t.field({ type: [WebhookEventEnum], required: false, description: "The events to send it from now on." }),
    active: t.boolean({ required: false, description: "False pauses it; true resumes it." }),
  }),
});

const RotateWebhookSecretInput = versionedInput(
  "RotateWebhookSecretInput",
  "The endpoint whose signing secret to replace.",
  WebhookSubscriptionNode,
  "The endpoint.",
);

const DeleteWebhookSubscriptionInput = versionedInput(
  "DeleteWebhookSubscriptionInput",
  "The endpoint to remove.",
  WebhookSubscriptionNode,
  "The endpoint.",
);

const ReplayWebhookDeliveryInput = targetInput(
  "ReplayWebhookDeliveryInput",
  "The delivery to send again.",
  WebhookDeliveryNode,
  "The delivery.",
);

interface WithSecret {
  subscriptionId: string;
  secret: string;
}

const refetch = (ctx: Context, query: object, id: string) =>
  ctx.prisma.webhookSubscription.findUniqueOrThrow({ ...mutationQuery(query), where: { id } });

const secretResult = (name: string, description: string) =>
  builder.objectRef<WithSecret>(name).implement({
    description,
    fields: (t) => ({
      subscription: t.prismaField({
        type: "WebhookSubscription",
        description: "The endpoint.",
        resolve: (query, p, _a, ctx) => refetch(ctx, query, p.subscriptionId),
      }),
      secret: t.exposeString("secret", {
        description: "The signing secret to give the partner (whsec_…). Shown only now: FactDesk cannot show it again.",
      }),
    }),
  });

const CreateWebhookSubscriptionSuccess = secretResult("CreateWebhookSubscriptionSuccess", "The new endpoint and its signing secret.");
const RotateWebhookSecretSuccess = secretResult("RotateWebhookSecretSuccess", "The endpoint and its new signing secret.");

const options = (ctx: Context) => ({ allowPrivate: ctx.config.webhooks.allowPrivate });

builder.mutationFields((t) => ({
  createWebhookSubscription: t.field({
    type: CreateWebhookSubscriptionSuccess,
    description: "Registers a partner's endpoint (admins). The signing secret is in the result only.",
    authScopes: { admin: true },
    errors: { directResult: true },
    args: { input: t.arg({ type: CreateWebhookSubscriptionInput, required: true, description: "The endpoint." }) },
    resolve: async (_root, { input }, ctx) => {
      const { subscription, secret } = await webhooks.createWebhookSubscription(ctx.prisma, ctx.viewer!, input, options(ctx));
      return { subscriptionId: subscription.id, secret };
    },
  }),
  updateWebhookSubscription: t.prismaField({
    type: "WebhookSubscription",
    description: "Changes an endpoint's name, URL or events, or pauses and resumes it (admins).",
    authScopes: { admin: true },
    errors: { dataField: { name: "subscription", description: "The endpoint as it is now." } },
    args: { input: t.arg({ type: UpdateWebhookSubscriptionInput, required: true, description: "The endpoint and the changes." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { id, expectedVersion, ...changes } = input;
      const after = await webhooks.updateWebhookSubscription(
        ctx.prisma,
        ctx.viewer!,
        id.id,
        expectedVersion,
        {
          name: changes.name ?? undefined,
          url: changes.url ?? undefined,
          events: changes.events ?? undefined,
          active: changes.active ?? undefined,
        },
        options(ctx),
      );
      return refetch(ctx, query, after.id);
    },
  }),
  rotateWebhookSecret: t.field({
    type: RotateWebhookSecretSuccess,
    description: "Replaces an endpoint's signing secret, in force at once (admins). The new secret is in the result only.",
    authScopes: { admin: true },
    errors: { directResult: true },
    args: { input: t.arg({ type: RotateWebhookSecretInput, required: true, description: "The endpoint." }) },
    resolve: async (_root, { input }, ctx) => {
      const { subscription, secret } = await webhooks.rotateWebhookSecret(ctx.prisma, ctx.viewer!, input.id.id, input.expectedVersion);
      return { subscriptionId: subscription.id, secret };
    },
  }),
  deleteWebhookSubscription: t.field({
    type: "ID",
    description: "Removes an endpoint and its deliveries; pending ones are not sent (admins). Returns its ID.",
    authScopes: { admin: true },
    errors: { dataField: { name: "deletedId", description: "The ID of the endpoint removed." } },
    args: { input: t.arg({ type: DeleteWebhookSubscriptionInput, required: true, description: "The endpoint." }) },
    resolve: async (_root, { input }, ctx) => {
      await webhooks.deleteWebhookSubscription(ctx.prisma, ctx.viewer!, input.id.id, input.expectedVersion);
      return encodeGlobalID("WebhookSubscription", input.id.id);
    },
  }),
  replayWebhookDelivery: t.prismaField({
    type: "WebhookDelivery",
    description: "Sends a delivery again, same id and body, with a fresh set of attempts (admins).",
    authScopes: { admin: true },
    errors: { dataField: { name: "delivery", description: "The delivery, queued again." } },
    args: { input: t.arg({ type: ReplayWebhookDeliveryInput, required: true, description: "The delivery." }) },
    resolve: async (query, _root, { input }, ctx) => {
      const replayed = await webhooks.replayWebhookDelivery(ctx.prisma, ctx.viewer!, input.id.id);
      return ctx.prisma.webhookDelivery.findUniqueOrThrow({ ...mutationQuery(query), where: { id: replayed.id } });
    },
  }),
}));
