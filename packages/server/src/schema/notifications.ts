import { builder } from "../builder.js";
import { NotFoundError } from "../errors.js";
import * as notifications from "../services/notifications.js";
import { NotificationKindEnum } from "./enums.js";
import { targetInput } from "./inputs.js";
import { eventStream } from "./live-updates.js";

export const Notification = builder.prismaNode("Notification", {
  select: { id: true },
  id: { field: "id" },
  nullable: true,
  description: "Something the signed-in user should look at. Each user sees only their own.",
  authScopes: { signedIn: true },
  findUnique: (id, ctx) => ({ id, recipientId: ctx.viewer?.id ?? "(nobody)" }),
  fields: (t) => ({
    kind: t.expose("kind", { type: NotificationKindEnum, description: "What happened." }),
    actor: t.relation("actor", { nullable: true, description: "Who did it." }),
    claim: t.relation("claim", { nullable: true, description: "The claim concerned." }),
    verdict: t.relation("verdict", { nullable: true, description: "The verdict concerned (sign-off, signed off, corrected)." }),
    mergeProposal: t.relation("mergeProposal", {
      nullable: true,
      description: "The merge proposal concerned (proposed, or your proposal decided).",
    }),
    read: t.boolean({ description: "Whether you have marked it read.", select: { readAt: true }, resolve: (n) => n.readAt !== null }),
    readAt: t.expose("readAt", { type: "DateTime", nullable: true, description: "When you marked it read." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it happened." }),
  }),
});

const mine = (viewerId: string | undefined, unreadOnly: boolean) => ({
  recipientId: viewerId ?? "(nobody)",
  ...(unreadOnly ? { readAt: null } : {}),
});

builder.queryFields((t) => ({
  notifications: t.prismaConnection({
    type: "Notification",
    cursor: "id",
    authScopes: { signedIn: true },
    description: "Your notifications, newest first.",
    args: { unreadOnly: t.arg.boolean({ defaultValue: false, description: "Only those not yet marked read." }) },
    totalCount: (_root, args, ctx) => ctx.prisma.notification.count({ where: mine(ctx.viewer?.id, !!args.unreadOnly) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.notification.findMany({
        ...query,
        where: mine(ctx.viewer?.id, !!args.unreadOnly),
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      }),
  }),
  unreadNotificationCount: t.int({
    authScopes: { signedIn: true },
    description: "How many of your notifications are unread (the header's badge).",
    resolve: (_root, _args, ctx) => notifications.unreadCount(ctx.prisma, ctx.viewer!.id),
  }),
}));

const MarkNotificationReadInput = targetInput("MarkNotificationReadInput", "One of your notifications.", Notification, "The notification.");

const MarkAllNotificationsReadPayload = builder.objectRef<{ marked: number; unreadCount: number }>("NotificationsMarkedRead").implement({
  description: "How many notifications were marked read, and how many are left unread.",
  fields: (t) => ({
    marked: t.exposeInt("marked", { description: "How many were unread and are now read." }),
    unreadCount: t.exposeInt("unreadCount", { description: "Unread now (0, unless some arrived meanwhile)." }),
  }),
});

builder.mutationFields((t) => ({
  markNotificationRead: t.prismaField({
    type: "Notification",
    description: "Marks one of your notifications read.",
    authScopes: { signedIn: true },
    errors: { dataField: { name: "notification", description: "The notification, read." } },
    args: { input: t.arg({ type: MarkNotificationReadInput, required: true, description: "The notification." }) },
    resolve: async (query, _root, { input }, ctx) => {
      if (!(await notifications.markRead(ctx.prisma, ctx.viewer!, input.id.id))) throw new NotFoundError("Notification", input.id.id);
      return ctx.prisma.notification.findUniqueOrThrow({ ...query, where: { id: input.id.id } });
    },
  }),
  markAllNotificationsRead: t.field({
    type: MarkAllNotificationsReadPayload,
    description: "Marks all your notifications read.",
    authScopes: { signedIn: true },
    errors: { dataField: { name: "result", description: "How many were marked." } },
    args: {},
    resolve: async (_root, _args, ctx) => {
      const marked = await notifications.markAllRead(ctx.prisma, ctx.viewer!);
      return { marked, unreadCount: await notifications.unreadCount(ctx.prisma, ctx.viewer!.id) };
    },
  }),
}));

builder.subscriptionFields((t) => ({
  notificationAdded: t.prismaField({
    type: "Notification",
    nullable: true,
    authScopes: { signedIn: true },
    description: "Each notification for the signed-in user, as it is written.",
    subscribe: (_root, _args, ctx) =>
      eventStream(ctx.events, ctx.request, "notification.created", (event) => event.recipientId === ctx.viewer?.id),
    resolve: (query, event, _args, ctx) =>
      ctx.prisma.notification.findFirst({ ...query, where: { id: event.notificationId, recipientId: ctx.viewer?.id ?? "(nobody)" } }),
  }),
}));
