import { Repeater } from "graphql-yoga";
import { builder } from "../builder.js";
import type { DeskEventMap, DeskEventName, DeskEvents } from "../desk-events.js";
import { stillIdentified } from "../guards/identity.js";

/**
 * Live updates: GraphQL subscriptions over Server-Sent Events (`Accept: text/event-stream`). Each event says what
 * changed and the subscriber's selection is read fresh, with the subscriber's own access; with REDIS_URL an event
 * published on one instance reaches subscribers on every instance (desk-events.ts).
 */
builder.subscriptionType({ description: "Live updates, streamed over Server-Sent Events as the desk changes." });

/**
 * The events of one name that pass `keep`, as the async stream a subscription field returns. It listens from the
 * moment the subscription is set up (before the client's stream is read, so nothing published once the client is
 * connected is missed) until the stream ends or the request's connection closes.
 */
export function eventStream<Name extends DeskEventName>(
  events: DeskEvents,
  request: Request,
  name: Name,
  keep: (payload: DeskEventMap[Name]) => boolean = () => true,
) {
  const early: DeskEventMap[Name][] = [];
  let deliver = (payload: DeskEventMap[Name]) => void early.push(payload);
  const unsubscribe = events.subscribe(name, (payload) => {
    if (keep(payload)) deliver(payload);
  });
  request.signal.addEventListener("abort", unsubscribe, { once: true });
  return new Repeater<DeskEventMap[Name]>(async (push, stop) => {
    // Each event is pushed only once the caller's credential is checked again, in order: a stream outlives the
    // request that opened it, and ends when its session or key no longer stands (signed out, deactivated, revoked).
    let delivered = Promise.resolve();
    deliver = (payload) => {
      delivered = delivered.then(async () => {
        if (await stillIdentified(request).catch(() => false)) void push(payload);
        else stop();
      });
    };
    for (const payload of early.splice(0)) deliver(payload);
    await stop;
    unsubscribe();
  });
}

const QueueChange = builder.objectRef<DeskEventMap["queue.changed"]>("QueueChange").implement({
  description: "A claim entered the queue, moved in it or left it: reload the queue.",
  fields: (t) => ({
    claim: t.prismaField({
      type: "Claim",
      nullable: true,
      description: "The claim concerned, as it is now (null if it has gone from view, e.g. merged away).",
      resolve: (query, change, _args, ctx) => ctx.prisma.claim.findUnique({ ...query, where: { id: change.claimId } }),
    }),
    action: t.exposeString("action", { description: "What happened, as the history names it (claim.create, claim.set_status …)." }),
  }),
});

builder.subscriptionFields((t) => ({
  claimUpdated: t.prismaField({
    type: "Claim",
    nullable: true,
    authScopes: { readDesk: true },
    description:
      "The claim, each time it or something on it changes (wording, status, evidence, ratings, notes, verdict, media): two reviewers on one claim see each other's work as it is saved.",
    args: { id: t.arg.globalID({ required: true, description: "The claim to follow." }) },
    subscribe: (_root, args, ctx) => eventStream(ctx.events, ctx.request, "claim.updated", (change) => change.claimId === args.id.id),
    resolve: (query, _change, args, ctx) => ctx.prisma.claim.findUnique({ ...query, where: { id: args.id.id } }),
  }),
  queueChanged: t.field({
    type: QueueChange,
    authScopes: { readDesk: true },
    description: "Each time a claim is created, changes status, is merged or gets a verdict.",
    subscribe: (_root, _args, ctx) => eventStream(ctx.events, ctx.request, "queue.changed"),
    resolve: (change) => change,
  }),
  verdictPublished: t.prismaField({
    type: "Verdict",
    nullable: true,
    description: "Each verdict as it is published (open to everyone, like the published verdicts themselves).",
    subscribe: (_root, _args, ctx) => eventStream(ctx.events, ctx.request, "verdict.published"),
    resolve: (query, published, _args, ctx) =>
      ctx.prisma.verdict.findFirst({ ...query, where: { id: published.verdictId, state: "PUBLISHED" } }),
  }),
}));
