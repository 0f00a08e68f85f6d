import crypto from "node:crypto";
import { createRedisEventTarget } from "@graphql-yoga/redis-event-target";
import { Redis } from "ioredis";

/** Which cached sessions to drop: one session (signed out) or every session of a user (role changed, deactivated). */
export type SessionMatch = { sessionId: string } | { userId: string };

/** What one instance of a desk tells every instance (itself included) so their in-memory caches agree. */
export interface DeskEventMap {
  /** Sessions were revoked or their user changed: cached viewers of them must go. */
  "sessions.forget": SessionMatch;
  /** Something was written: cached public responses may be stale. */
  "public-responses.clear": Record<string, never>;
  /** A claim or something on it (evidence, ratings, verdict, media …) changed: its subscribers reload it. */
  "claim.updated": { claimId: string };
  /** A claim entered the queue, changed status or left it. */
  "queue.changed": { claimId: string; action: string };
  /** A verdict was published (or signed off, which publishes it). */
  "verdict.published": { verdictId: string };
  /** A notification was written for a user. */
  "notification.created": { recipientId: string; notificationId: string };
}

export type DeskEventName = keyof DeskEventMap;
// Every event name once (the compiler checks none is missing): the channels an instance listens to.
const DESK_EVENT_NAMES = Object.keys({
  "sessions.forget": true,
  "public-responses.clear": true,
  "claim.updated": true,
  "queue.changed": true,
  "verdict.published": true,
  "notification.created": true,
} satisfies Record<DeskEventName, true>) as DeskEventName[];

export interface DeskEvents {
  publish<Name extends DeskEventName>(name: Name, payload: DeskEventMap[Name]): void;
  /** Calls `listener` for every event of that name, from any instance; returns the unsubscribe function. */
  subscribe<Name extends DeskEventName>(name: Name, listener: (payload: DeskEventMap[Name]) => void): () => void;
  close(): Promise<void>;
}

interface DeskEventOptions {
  /** REDIS_URL: with it, events go through Redis to every instance of the desk; without, they stay in this process. */
  redisUrl?: string;
  /** Channel prefix, so several desks can share one Redis. */
  prefix: string;
  /** How long a publish may wait for Redis (FACTDESK_REDIS_TIMEOUT_MS) before it is given up as lost. */
  timeoutMs?: number;
  onError: (message: string) => void;
}

/**
 * The desk's event bus. Listeners on this instance hear an event at once, before `publish` returns; with REDIS_URL
 * it also goes through Redis pub/sub (yoga's Redis event target) to the other instances, which skip their own
 * echoes. An event published while Redis is unreachable does not reach the others (it is logged); the caches it
 * was meant to clear expire on their own within seconds (FACTDESK_SESSION_CACHE_SECONDS,
 * FACTDESK_RESPONSE_CACHE_SECONDS).
 */
export function createDeskEvents(options: DeskEventOptions): DeskEvents {
  const instance = crypto.randomUUID();
  const listeners = new Map<DeskEventName, Set<(payload: never) => void>>();
  const deliver = (name: DeskEventName, payload: unknown) => {
    for (const listener of listeners.get(name) ?? []) listener(payload as never);
  };
  const channel = (name: DeskEventName) => `${options.prefix}:events:${name}`;
  let remote: { target: EventTarget; close(): void } | undefined;
  if (options.redisUrl) {
    // A connection in subscriber mode can do nothing else, so publishing needs a second one. Both reconnect by
    // themselves; ioredis subscribes again after a reconnect.
    const publisher = new Redis(options.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: options.timeoutMs,
    });
    const subscriber = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
    publisher.on("error", (error) => options.onError(`Redis events (publishing): ${error.message}`));
    subscriber.on("error", (error) => options.onError(`Redis events (subscribed): ${error.message}`));
    // The event target calls only `publish` and drops its promise: ours never rejects, so a Redis outage cannot
    // become an unhandled rejection.
    const publishClient = {
      publish: (name: string, message: string) =>
        publisher.publish(name, message).catch((error: Error) => {
          options.onError(`Redis events: ${name} not published (${error.message})`);
          return 0;
        }),
    } as unknown as Redis;
    const target = createRedisEventTarget({ publishClient, subscribeClient: subscriber }) as EventTarget;
    for (const name of DESK_EVENT_NAMES) {
      target.addEventListener(channel(name), (event) => {
        const { origin, payload } = (event as CustomEvent<Envelope>).detail;
        if (origin !== instance) deliver(name, payload);
      });
    }
    remote = {
      target,
      close() {
        publisher.disconnect();
        subscriber.disconnect();
      },
    };
  }
  return {
    publish(name, payload) {
      deliver(name, payload);
      remote?.target.dispatchEvent(new CustomEvent<Envelope>(channel(name), { detail: { origin: instance, payload } }));
    },
    subscribe(name, listener) {
      let set = listeners.get(name);
      if (!set) {
        set = new Set();
        listeners.set(name, set);
      }
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    async close() {
      remote?.close();
      listeners.clear();
    },
  };
}

/** What travels through Redis: the event and the instance that published it. */
interface Envelope {
  origin: string;
  payload: unknown;
}
