import crypto from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { Db } from "../db.js";
import type { WebhookConfig } from "../config.js";
import type { Logger } from "../logger.js";
import type { WebhookEvent } from "../generated/prisma/enums.js";
import { onWebhookQueued, webhookEventName } from "../services/webhooks.js";
import { guardedLookup, isRefusedHost } from "../services/public-address.js";
import { xmlSafe } from "../services/validation.js";
import { outsideRequestBudget } from "../guards/request-budget.js";

/*
 * The webhook outbox worker. Deliveries are rows of "WebhookDelivery", inserted in the transaction of the change
 * (services/webhooks.ts). Every instance runs this worker; each claims due rows with FOR UPDATE SKIP LOCKED (on
 * PostgreSQL and on embedded PGlite alike), so a delivery goes to one of them. Claiming counts the attempt and
 * moves `nextAttemptAt` past the attempt's timeout (a lease): the HTTP request is made outside any transaction,
 * and if the process dies during it, the row falls due again when the lease ends and another attempt is made with
 * the same delivery id. Delivery is therefore at least once; receivers dedupe on FactDesk-Delivery.
 */

/** Most deliveries one worker attempts at once. */
const BATCH = 10;
/** Most bytes of a response read (for the error shown to admins); the rest is dropped. */
const MAX_RESPONSE_BYTES = 4096;
/** The longest wait between two attempts, however many failed. */
const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;

interface Claimed {
  id: string;
  event: WebhookEvent;
  payload: unknown;
  createdAt: Date;
  attempts: number;
  url: string;
  secret: string;
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, the FactDesk-Signature header. */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const mac = crypto.createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}

/** The wait before attempt `attempts + 1`: base, 2 × base, 4 × base … capped at six hours. */
export const backoffMs = (config: WebhookConfig, attempts: number) =>
  Math.min(config.retryBaseMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);

// Timestamps are stored as UTC wall time (TIMESTAMP(3)); ISO strings cast to timestamp keep that, whatever the
// database session's time zone.
const sqlTime = (date: Date) => date.toISOString().replace("Z", "");

async function claimDue(db: Db, config: WebhookConfig): Promise<Claimed[]> {
  const now = new Date();
  const leaseEnd = new Date(now.getTime() + 2 * config.timeoutMs);
  const rows = await db.$queryRaw<(Omit<Claimed, "createdAt"> & { createdAt: Date | string })[]>`
    UPDATE "WebhookDelivery" AS d
       SET "attempts" = d."attempts" + 1, "lastAttemptAt" = CAST(${sqlTime(now)} AS timestamp),
           "nextAttemptAt" = CAST(${sqlTime(leaseEnd)} AS timestamp)
      FROM "WebhookSubscription" AS s
     WHERE s."id" = d."subscriptionId"
       AND d."id" IN (
         SELECT due."id" FROM "WebhookDelivery" AS due
           JOIN "WebhookSubscription" AS sub ON sub."id" = due."subscriptionId" AND sub."active"
          WHERE due."status" = 'PENDING' AND due."nextAttemptAt" <= CAST(${sqlTime(now)} AS timestamp)
          ORDER BY due."nextAttemptAt"
          LIMIT ${BATCH}
          FOR UPDATE OF due SKIP LOCKED)
    RETURNING d."id", d."event"::text AS "event", d."payload", d."createdAt", d."attempts", s."url", s."secret"`;
  return rows.map((row) => ({
    ...row,
    payload: typeof row.payload === "string" ? JSON.parse(row.payload) : row.payload,
    createdAt: new Date(typeof row.createdAt === "string" && !row.createdAt.endsWith("Z") ? `${row.createdAt}Z` : row.createdAt),
  }));
}

type Outcome = { ok: true; status: number } | { ok: false; status: number | null; error: string; interrupted?: boolean };

/** One attempt: POST, no redirects followed, at most timeoutMs, at most MAX_RESPONSE_BYTES of the answer read. */
function attempt(target: Claimed, config: WebhookConfig, signal: AbortSignal): Promise<Outcome> {
  const body = JSON.stringify({
    id: target.id,
    event: webhookEventName[target.event],
    createdAt: target.createdAt.toISOString(),
    data: target.payload,
  });
  const url = new URL(target.url);
  // An address written in the URL is never looked up, so it is checked here.
  if (isRefusedHost(url.hostname, config))
    return Promise.resolve({ ok: false, status: null, error: `${url.hostname} is a private address` });
  const timestamp = Math.floor(Date.now() / 1000);
  return new Promise<Outcome>((resolve) => {
    const request = (url.protocol === "https:" ? https : http).request(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        "user-agent": "FactDesk-Webhooks/1",
        "factdesk-delivery": target.id,
        "factdesk-event": webhookEventName[target.event],
        "factdesk-signature": signWebhook(target.secret, body, timestamp),
      },
      lookup: guardedLookup(config),
      timeout: config.timeoutMs,
      signal: AbortSignal.any([signal, AbortSignal.timeout(config.timeoutMs)]),
    });
    request.on("timeout", () => request.destroy(new Error(`no answer within ${config.timeoutMs} ms`)));
    request.on("error", (error) =>
      resolve(
        signal.aborted
          ? { ok: false, status: null, error: "interrupted: this instance stopped", interrupted: true }
          : { ok: false, status: null, error: error.message },
      ),
    );
    request.on("response", (response) => {
      const status = response.statusCode ?? 0;
      let text = "";
      const finish = () => {
        response.destroy();
        resolve(
          status >= 200 && status < 300
            ? { ok: true, status }
            : { ok: false, status, error: `HTTP ${status}${text ? `: ${text.slice(0, 500)}` : ""}` },
        );
      };
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        text += chunk;
        if (text.length >= MAX_RESPONSE_BYTES) finish();
      });
      response.on("end", finish);
      response.on("error", finish);
    });
    request.end(body);
  });
}

async function record(db: Db, config: WebhookConfig, target: Claimed, outcome: Outcome) {
  // Only the attempt that claimed the row writes its outcome: a replay in the meantime starts the count again.
  const claimedBy = { id: target.id, attempts: target.attempts, status: "PENDING" as const };
  if (outcome.ok) {
    await db.webhookDelivery.updateMany({
      where: claimedBy,
      data: { status: "DELIVERED", deliveredAt: new Date(), lastStatus: outcome.status, lastError: null },
    });
    return;
  }
  // An attempt cut short by a shutdown is not the receiver's failure: due again at once, for any instance.
  const givenUp = !outcome.interrupted && target.attempts >= config.maxAttempts;
  await db.webhookDelivery.updateMany({
    where: claimedBy,
    data: {
      status: givenUp ? "FAILED" : "PENDING",
      lastStatus: outcome.status,
      // The receiver wrote its answer: a NUL in it, which PostgreSQL cannot store, failed this write, and the delivery
      // was retried past its last attempt; the other control characters mean nothing on the Webhooks screen either.
      lastError: xmlSafe(outcome.error).slice(0, 1000),
      nextAttemptAt: new Date(Date.now() + (outcome.interrupted ? 0 : backoffMs(config, target.attempts))),
    },
  });
}

export interface WebhookWorker {
  /** Stops claiming; attempts in flight are interrupted and recorded as failed, to be retried (by any instance). */
  stop(): Promise<void>;
}

/** Starts this instance's worker: woken when this process enqueues a delivery, and every `pollMs` anyway. */
export function startWebhookWorker(db: Db, config: WebhookConfig, logger: Logger): WebhookWorker {
  const stopping = new AbortController();
  let running: Promise<void> | undefined;
  let again = false;
  const timers = new Set<NodeJS.Timeout>();

  const runOnce = async () => {
    for (;;) {
      const claimed = await claimDue(db, config);
      await Promise.all(
        claimed.map(async (target) => {
          const outcome = await attempt(target, config, stopping.signal);
          if (!outcome.ok)
            logger.warn(
              { deliveryId: target.id, attempt: target.attempts, status: outcome.status, error: outcome.error },
              "Webhook delivery failed",
            );
          await record(db, config, target, outcome);
        }),
      );
      if (claimed.length < BATCH || stopping.signal.aborted) return;
    }
  };
  const tick = () => {
    if (stopping.signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = runOnce()
      .catch((error: Error) => logger.error({ err: error }, "Webhook worker: could not claim deliveries"))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          tick();
        }
      });
  };
  // The wake-up is called within the enqueuing request: its timers are set outside that request's budget, which
  // its statements would otherwise count against (and be stopped by, once the request has answered).
  const later = (ms: number) =>
    outsideRequestBudget(() => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        tick();
      }, ms);
      timers.add(timer);
    });
  // The wake-up comes from inside the enqueuing transaction, before its commit; the rows are visible a moment
  // later, so the worker looks shortly after, and once more in case the transaction took longer.
  const unsubscribe = onWebhookQueued(() => {
    later(50);
    later(1000);
  });
  const poll = setInterval(tick, config.pollMs);
  tick();
  return {
    async stop() {
      stopping.abort();
      unsubscribe();
      clearInterval(poll);
      for (const timer of timers) clearTimeout(timer);
      await running;
    },
  };
}
