import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/** One request a receiver got, as it came. */
export interface ReceivedWebhook {
  deliveryId: string;
  event: string;
  signature: string;
  body: string;
  json: { id: string; event: string; createdAt: string; data: Record<string, unknown> };
}

/**
 * What the receiver does with the n-th request (0-based): answer with a status (applying the delivery when it is
 * 2xx), apply it and still answer `status` (an acknowledgement lost on the way back), or never answer.
 */
export type Respond = (request: ReceivedWebhook, index: number) => number | { applyThenAnswer: number } | "hang";

/**
 * The README's verification snippet, as a partner would write it: HMAC-SHA256 of "<t>.<body>" with the secret,
 * compared in constant time, and a timestamp no older (or newer) than five minutes.
 */
export function verifyFactDeskSignature(secret: string, header: string, body: string, now = Date.now()): boolean {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=", 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(now / 1000 - t) > 300 || !parts.v1) return false;
  const expected = crypto.createHmac("sha256", secret).update(`${t}.${body}`).digest();
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

export interface WebhookReceiver {
  url: string;
  port: number;
  /** Every request, in order of arrival (retries and replays included). */
  received: ReceivedWebhook[];
  /** The deliveries whose effect was applied: once per FactDesk-Delivery id, however often it came. */
  applied: Map<string, ReceivedWebhook>;
  /** How often an effect was applied in all (stays equal to applied.size when dedupe works). */
  effects(): number;
  respond: Respond;
  close(): Promise<void>;
}

/**
 * A partner's endpoint on 127.0.0.1: records every request, and applies a delivery's effect only the first time its
 * id is answered with 2xx (the exactly-once dedupe the README asks receivers for).
 */
export async function startWebhookReceiver(respond: Respond = () => 200, port = 0): Promise<WebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const applied = new Map<string, ReceivedWebhook>();
  let effects = 0;
  const hanging = new Set<http.ServerResponse>();
  const receiver = {} as WebhookReceiver;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const request: ReceivedWebhook = {
        deliveryId: String(req.headers["factdesk-delivery"]),
        event: String(req.headers["factdesk-event"]),
        signature: String(req.headers["factdesk-signature"]),
        body,
        json: JSON.parse(body),
      };
      const index = received.length;
      received.push(request);
      const answer = receiver.respond(request, index);
      if (answer === "hang") {
        hanging.add(res);
        return;
      }
      const status = typeof answer === "number" ? answer : answer.applyThenAnswer;
      const apply = typeof answer === "number" ? status >= 200 && status < 300 : true;
      // The exactly-once dedupe a receiver does: an id already applied is acknowledged and not applied again.
      if (apply && !applied.has(request.deliveryId)) {
        applied.set(request.deliveryId, request);
        effects += 1;
      }
      res.writeHead(status, { "content-type": "text/plain" }).end(status >= 300 ? "receiver says no" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const actual = (server.address() as AddressInfo).port;
  return Object.assign(receiver, {
    url: `http://127.0.0.1:${actual}/hooks`,
    port: actual,
    received,
    applied,
    effects: () => effects,
    respond,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
