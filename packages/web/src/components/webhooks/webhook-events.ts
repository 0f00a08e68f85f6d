import type { Enum } from "../../lib/enums";

export type WebhookEvent = Enum<"WebhookEvent">;

/** Every event, in the order the form lists them, with its wire name and what it means for the partner. */
export const webhookEvents: Record<WebhookEvent, { name: string; explanation: string }> = {
  VERDICT_PUBLISHED: { name: "verdict.published", explanation: "A verdict became public, with its ClaimReview." },
  VERDICT_CORRECTED: { name: "verdict.corrected", explanation: "A published verdict was corrected." },
  VERDICT_RETRACTED: { name: "verdict.retracted", explanation: "A published verdict was retracted, with the reason." },
  CLAIM_CREATED: { name: "claim.created", explanation: "A claim entered the desk." },
  MEDIA_VERIFIED: { name: "media.verified", explanation: "A media item's verification was set." },
};

export const deliveryStatusLabel: Record<Enum<"WebhookDeliveryStatus">, string> = {
  PENDING: "Pending",
  DELIVERED: "Delivered",
  FAILED: "Failed",
};
