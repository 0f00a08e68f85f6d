import crypto from "node:crypto";
import { encodeGlobalID } from "@pothos/plugin-relay";
import { z } from "zod";
import type { Db, DbTx } from "../db.js";
import type { Viewer } from "../context.js";
import type { Prisma, WebhookSubscription } from "../generated/prisma/client.js";
import { WebhookEvent } from "../generated/prisma/enums.js";
import { NotFoundError, ValidationError } from "../errors.js";
import { publicBaseUrl, publisherName } from "../config.js";
import { writeAudit } from "./audit.js";
import { mediaVerificationSelect } from "./media-review.js";
import { isRefusedHost, refusedAddressOf } from "./public-address.js";
import { parseInput, text } from "./validation.js";
import { updateWithVersion } from "./versioning.js";
import { claimReviewSelect, toClaimReview } from "./claim-review.js";

/** The event names partners see (header FactDesk-Event, body `event`), for the enum values schema.prisma lists. */
export const webhookEventName: Record<WebhookEvent, string> = {
  VERDICT_PUBLISHED: "verdict.published",
  VERDICT_CORRECTED: "verdict.corrected",
  VERDICT_RETRACTED: "verdict.retracted",
  CLAIM_CREATED: "claim.created",
  MEDIA_VERIFIED: "media.verified",
};

export interface WebhookOptions {
  /** FACTDESK_WEBHOOK_ALLOW_PRIVATE: endpoints on private addresses are accepted. */
  allowPrivate: boolean;
}

/**
 * An endpoint URL a delivery may go to: http(s), no credentials, and (unless allowed) no private address written in
 * it or resolved from its name now. The name is resolved, and its addresses checked, again at every attempt
 * (jobs/webhook-deliveries.ts): what it resolves to can change after registration.
 */
async function checkEndpointUrl(raw: string, options: WebhookOptions): Promise<string> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw ValidationError.field(["input", "url"], "The URL cannot be read.", "webhook/invalid_url");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw ValidationError.field(["input", "url"], "Endpoints must be http:// or https:// URLs.", "webhook/invalid_url");
  if (url.username || url.password)
    throw ValidationError.field(["input", "url"], "Put no credentials in the URL: deliveries are signed.", "webhook/invalid_url");
  if (raw.length > 2000) throw ValidationError.field(["input", "url"], "The URL is longer than 2,000 characters.", "webhook/invalid_url");
  if (isRefusedHost(url.hostname, options)) {
    throw ValidationError.field(
      ["input", "url"],
      "This address is private, loopback or link-local; webhooks go to public endpoints only.",
      "webhook/private_address",
    );
  }
  const resolved = await refusedAddressOf(url.hostname, options);
  if (resolved) {
    throw ValidationError.field(
      ["input", "url"],
      `${url.hostname} resolves to a private, loopback or link-local address (${resolved}); webhooks go to public endpoints only.`,
      "webhook/private_address",
    );
  }
  return url.toString();
}

const newSecret = () => `whsec_${crypto.randomBytes(32).toString("base64url")}`;

const events = z
  .array(z.enum(WebhookEvent))
  .min(1, "Choose at least one event")
  .transform((list) => [...new Set(list)]);

const createSchema = z.object({ name: text(200, "Name"), url: text(2000, "URL"), events });
const updateSchema = z.object({
  name: text(200, "Name").optional(),
  url: text(2000, "URL").optional(),
  events: events.optional(),
  active: z.boolean().optional(),
});

/** What the audit log keeps of a subscription: never its secret. */
const public_ = (s: WebhookSubscription) => ({ id: s.id, name: s.name, url: s.url, events: s.events, active: s.active });

/** Registers an endpoint; the returned secret is shown once (it is stored, to sign deliveries, but never shown again). */
export async function createWebhookSubscription(db: Db, viewer: Viewer, input: z.input<typeof createSchema>, options: WebhookOptions) {
  const data = parseInput(createSchema, input);
  const url = await checkEndpointUrl(data.url, options);
  return db.$transaction(async (tx) => {
    const secret = newSecret();
    const subscription = await tx.webhookSubscription.create({
      data: { name: data.name, url, events: data.events, secret, createdById: viewer.id! },
    });
    await writeAudit(tx, viewer, {
      action: "webhook.create",
      entityType: "WebhookSubscription",
      entityId: subscription.id,
      after: public_(subscription),
    });
    return { subscription, secret };
  });
}

function updateSubscription(tx: DbTx, id: string, expectedVersion: number, data: Prisma.WebhookSubscriptionUpdateManyMutationInput) {
  return updateWithVersion({
    entityType: "WebhookSubscription",
    id,
    expectedVersion,
    load: () => tx.webhookSubscription.findUnique({ where: { id } }),
    update: () =>
      tx.webhookSubscription.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } }),
  });
}

/** Changes an endpoint's name, URL, events, or pauses it (`active: false`: nothing new is enqueued for it). */
export async function updateWebhookSubscription(
  db: Db,
  viewer: Viewer,
  id: string,
  expectedVersion: number,
  input: z.input<typeof updateSchema>,
  options: WebhookOptions,
) {
  const data = parseInput(updateSchema, input);
  if (data.url !== undefined) data.url = await checkEndpointUrl(data.url, options);
  return db.$transaction(async (tx) => {
    const { before, after } = await updateSubscription(tx, id, expectedVersion, data);
    await writeAudit(tx, viewer, {
      action: "webhook.update",
      entityType: "WebhookSubscription",
      entityId: id,
      before: public_(before),
      after: public_(after),
    });
    return after;
  });
}

/** A new signing secret, in force at once; returned to be shown once. */
export async function rotateWebhookSecret(db: Db, viewer: Viewer, id: string, expectedVersion: number) {
  return db.$transaction(async (tx) => {
    const secret = newSecret();
    const { after } = await updateSubscription(tx, id, expectedVersion, { secret });
    await writeAudit(tx, viewer, { action: "webhook.rotate_secret", entityType: "WebhookSubscription", entityId: id });
    return { subscription: after, secret };
  });
}

/** Removes an endpoint and its deliveries (pending ones are not sent). */
export async function deleteWebhookSubscription(db: Db, viewer: Viewer, id: string, expectedVersion: number) {
  return db.$transaction(async (tx) => {
    const current = await tx.webhookSubscription.findUnique({ where: { id } });
    if (!current) throw new NotFoundError("WebhookSubscription", id);
    await updateSubscription(tx, id, expectedVersion, { active: false });
    await tx.webhookSubscription.delete({ where: { id } });
    await writeAudit(tx, viewer, { action: "webhook.delete", entityType: "WebhookSubscription", entityId: id, before: public_(current) });
    return current;
  });
}

/**
 * Sends a delivery again: the same FactDesk-Delivery id and body, with a fresh set of attempts, whatever its
 * status. A receiver that already applied it recognises the id and answers 2xx without applying it twice.
 */
export async function replayWebhookDelivery(db: Db, viewer: Viewer, id: string) {
  const replayed = await db.$transaction(async (tx) => {
    const delivery = await tx.webhookDelivery.findUnique({ where: { id }, include: { subscription: true } });
    if (!delivery) throw new NotFoundError("WebhookDelivery", id);
    if (!delivery.subscription.active)
      throw ValidationError.field(["input", "id"], "The endpoint is paused: activate it before replaying.", "webhook/inactive");
    const after = await tx.webhookDelivery.update({
      where: { id },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), deliveredAt: null },
    });
    await writeAudit(tx, viewer, {
      action: "webhook.replay",
      entityType: "WebhookDelivery",
      entityId: id,
      before: { status: delivery.status, attempts: delivery.attempts },
      after: { status: after.status },
    });
    return after;
  });
  webhookQueued();
  return replayed;
}

// The worker of this process wakes when a change enqueued a delivery (after its commit: see webhookQueued).
const wakeListeners = new Set<() => void>();

/** Calls `listener` whenever this process may have enqueued a delivery; returns the unsubscribe function. */
export function onWebhookQueued(listener: () => void): () => void {
  wakeListeners.add(listener);
  return () => wakeListeners.delete(listener);
}

function webhookQueued() {
  for (const listener of wakeListeners) listener();
}

/**
 * Enqueues `event` for every active subscription that wants it, in the caller's transaction: the delivery exists
 * if and only if the change committed. The worker is woken; it finds the rows once the transaction has committed
 * (it retries shortly after a wake-up that came too early, and polls anyway).
 */
export async function enqueueWebhook(tx: DbTx, event: WebhookEvent, data: Prisma.InputJsonValue): Promise<void> {
  // Raw SQL: the PGlite adapter sends Prisma's `events: { has }` parameter as an array literal, which PostgreSQL refuses.
  const subscriptions = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "WebhookSubscription" WHERE "active" AND CAST(${event} AS "WebhookEvent") = ANY("events")`;
  if (!subscriptions.length) return;
  const createdAt = new Date();
  await tx.webhookDelivery.createMany({
    data: subscriptions.map((s) => ({ subscriptionId: s.id, event, payload: data, createdAt, nextAttemptAt: createdAt })),
  });
  webhookQueued();
}

const baseUrl = () => publicBaseUrl("http://localhost");

/** verdict.published / verdict.corrected: the ClaimReview JSON-LD of the verdict as readers see it now, and its ids. */
export async function enqueueVerdictEvent(tx: DbTx, event: "VERDICT_PUBLISHED" | "VERDICT_CORRECTED", verdictId: string) {
  const verdict = await tx.verdict.findUniqueOrThrow({ where: { id: verdictId }, select: { ...claimReviewSelect, claimId: true } });
  const id = encodeGlobalID("Verdict", verdict.id);
  const claimReview = toClaimReview(verdict, `${baseUrl()}/verdicts/${id}`, { name: publisherName(), url: baseUrl() });
  await enqueueWebhook(tx, event, {
    verdictId: id,
    claimId: encodeGlobalID("Claim", verdict.claimId),
    label: verdict.label,
    claimReview: JSON.parse(JSON.stringify(claimReview)),
  });
}

/** verdict.retracted: which verdict, why and when. */
export async function enqueueVerdictRetracted(
  tx: DbTx,
  verdict: { id: string; claimId: string; retractionReason: string | null; retractedAt: Date | null },
) {
  await enqueueWebhook(tx, "VERDICT_RETRACTED", {
    verdictId: encodeGlobalID("Verdict", verdict.id),
    claimId: encodeGlobalID("Claim", verdict.claimId),
    reason: verdict.retractionReason,
    retractedAt: verdict.retractedAt?.toISOString() ?? null,
  });
}

/** claim.created: the claim's public fields. */
export async function enqueueClaimCreated(tx: DbTx, claimId: string) {
  const claim = await tx.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      id: true,
      text: true,
      kind: true,
      status: true,
      claimDate: true,
      claimDatePrecision: true,
      place: true,
      tags: true,
      createdAt: true,
    },
  });
  await enqueueWebhook(tx, "CLAIM_CREATED", {
    claimId: encodeGlobalID("Claim", claim.id),
    text: claim.text,
    kind: claim.kind,
    status: claim.status,
    claimDate: claim.claimDate?.toISOString() ?? null,
    claimDatePrecision: claim.claimDatePrecision,
    place: claim.place,
    tags: claim.tags,
    createdAt: claim.createdAt.toISOString(),
  });
}

/** media.verified: the media item and its verification. */
export async function enqueueMediaVerified(tx: DbTx, mediaId: string) {
  const media = await tx.mediaItem.findUniqueOrThrow({
    where: { id: mediaId },
    select: { ...mediaVerificationSelect, claims: { select: { id: true } } },
  });
  await enqueueWebhook(tx, "MEDIA_VERIFIED", {
    mediaId: encodeGlobalID("MediaItem", media.id),
    url: media.url,
    kind: media.kind,
    // Partners show the item: they must blur it when it is graphic, as the desk does.
    graphic: media.graphic,
    verification: media.verification,
    description: media.description,
    place: media.place,
    recordedAt: media.recordedAt?.toISOString() ?? null,
    claimIds: media.claims.map((c) => encodeGlobalID("Claim", c.id)),
  });
}
