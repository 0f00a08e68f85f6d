import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Plugin } from "graphql-yoga";
import type { RateLimits } from "../config.js";
import type { ServerContext } from "../context.js";
import { identityOf, type Identity, type Refusal } from "./identity.js";
import { jsonErrorResponse } from "./errors.js";

/** What a rate limit allowed, for the RateLimit headers of the response. */
export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the next request is allowed (refused) or the budget is full again (allowed). */
  resetSeconds: number;
}

/** Stores for counters: this process's memory, or Redis so every instance shares them. */
type Store = (name: string, points: number, durationSeconds: number) => RateLimiterAbstract;

function storeFor(redis: Redis | undefined, prefix: string): Store {
  if (!redis) return (name, points, duration) => new RateLimiterMemory({ keyPrefix: name, points, duration });
  return (name, points, duration) =>
    new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:${name}`,
      points,
      duration,
      // If Redis goes away, limits keep holding per instance instead of failing every request.
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: name, points, duration }),
      rejectIfRedisNotReady: true,
    });
}

const resetOf = (res: RateLimiterRes) => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/**
 * Request limits per caller: a token bucket that holds a minute's worth of requests and refills at that rate (a
 * steady limiter at the configured rate, with a minute-long burst allowance on top). The steady part gives
 * ceil(limit / 60) requests a second, or for limits under 60 a minute one request every ceil(60 / limit) seconds: a
 * limit of 10 refills one request every 6 s, not one a second. What remains is counted over both, less one step of
 * the steady allowance, so that it starts at the limit less one and falls by one a request: rate-limiter-flexible's
 * BurstyRateLimiter reports only the steady part, which read as "0 left" to a client that could still send a
 * minute's worth.
 */
export class RequestLimiter {
  private readonly buckets = new Map<number, { perStep: number; steady: RateLimiterAbstract; burst: RateLimiterAbstract }>();
  constructor(private readonly store: Store) {}

  private bucket(perMinute: number) {
    let bucket = this.buckets.get(perMinute);
    if (!bucket) {
      const perStep = Math.max(1, Math.ceil(perMinute / 60));
      const stepSeconds = perMinute >= 60 ? 1 : Math.ceil(60 / Math.max(1, perMinute));
      bucket = {
        perStep,
        steady: this.store(`rate:${perMinute}`, perStep, stepSeconds),
        burst: this.store(`burst:${perMinute}`, perMinute, 60),
      };
      this.buckets.set(perMinute, bucket);
    }
    return bucket;
  }

  async take(key: string, perMinute: number): Promise<RateLimitState> {
    const { perStep, steady, burst } = this.bucket(perMinute);
    const allowed = (res: RateLimiterRes, left: number): RateLimitState => ({
      allowed: true,
      limit: perMinute,
      remaining: Math.min(perMinute, Math.max(0, left - perStep)),
      resetSeconds: resetOf(res),
    });
    // The burst allowance is read alongside (not after) the steady take: one round trip to Redis, not two.
    const [fromSteady, burstLeft] = await Promise.allSettled([steady.consume(key), burst.get(key)]);
    if (fromSteady.status === "fulfilled") {
      const spare = burstLeft.status === "fulfilled" ? (burstLeft.value?.remainingPoints ?? burst.points) : 0;
      return allowed(fromSteady.value, Math.max(0, fromSteady.value.remainingPoints) + Math.max(0, spare));
    }
    if (!(fromSteady.reason instanceof RateLimiterRes)) throw fromSteady.reason;
    try {
      const fromBurst = await burst.consume(key);
      return allowed(fromBurst, Math.max(0, fromBurst.remainingPoints));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const waitMs = Math.min(fromSteady.reason.msBeforeNext, rejection.msBeforeNext);
      return { allowed: false, limit: perMinute, remaining: 0, resetSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
  }
}

/** Refused sign-in, with how long to wait; the message never says whether the account exists. */
export class SignInThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`);
  }
}

/**
 * Failed sign-ins per account and per address. After `signInFailuresBeforeDelay` failures in a row an account
 * waits 1 s before its next attempt, then 2 s, 4 s … up to 15 minutes; an address with too many failures in an
 * hour is refused for the rest of it. Unknown accounts are counted like real ones, so the answers do not tell
 * them apart. One attempt per account is checked at a time (`begin` to `end`): attempts sent together would
 * otherwise all pass the check before the first failure was counted.
 */
export class SignInThrottle {
  private readonly failures: RateLimiterAbstract;
  private readonly waits: RateLimiterAbstract;
  private readonly addresses: RateLimiterAbstract;
  private readonly inProgress: RateLimiterAbstract;
  constructor(
    store: Store,
    private readonly limits: RateLimits,
  ) {
    this.failures = store("signin-failures", 1_000_000, 24 * 3600);
    this.waits = store("signin-wait", 1, 15 * 60);
    this.addresses = store("signin-ip", limits.signInFailuresPerIpPerHour, 3600);
    // Held while an attempt's password is checked; a crashed attempt lets go after 10 s.
    this.inProgress = store("signin-in-progress", 1, 10);
  }

  /** Starts an attempt, or throws SignInThrottled when it must wait (also while another for the account runs). */
  async begin(account: string, ip: string): Promise<void> {
    const [wait, address] = await Promise.all([this.waits.get(account), this.addresses.get(ip)]);
    if (wait && wait.consumedPoints > 0 && wait.msBeforeNext > 0) throw new SignInThrottled(resetOf(wait));
    if (address && address.remainingPoints <= 0 && address.msBeforeNext > 0) throw new SignInThrottled(resetOf(address));
    try {
      await this.inProgress.consume(account, 1);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw new SignInThrottled(1);
      throw refusal;
    }
  }

  /** Ends the attempt `begin` started, whatever its outcome. */
  async end(account: string): Promise<void> {
    await this.inProgress.delete(account);
  }

  async failed(account: string, ip: string): Promise<void> {
    await this.addresses.penalty(ip, 1);
    const failures = await this.failures.penalty(account, 1);
    const beyond = failures.consumedPoints - this.limits.signInFailuresBeforeDelay;
    if (beyond >= 0) await this.waits.block(account, Math.min(15 * 60, 2 ** Math.min(beyond, 10)));
  }

  async succeeded(account: string): Promise<void> {
    await Promise.all([this.failures.delete(account), this.waits.delete(account)]);
  }
}

export interface RateLimiting {
  requests: RequestLimiter;
  signIn: SignInThrottle;
}

export function createRateLimiting(limits: RateLimits, redis?: Redis, redisPrefix = "factdesk"): RateLimiting {
  const store = storeFor(redis, redisPrefix);
  return { requests: new RequestLimiter(store), signIn: new SignInThrottle(store, limits) };
}

const states = new WeakMap<Request, RateLimitState>();

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    "ratelimit-policy": `${state.limit};w=60`,
    "ratelimit-limit": String(state.limit),
    "ratelimit-remaining": String(state.remaining),
    "ratelimit-reset": String(state.resetSeconds),
  };
}

/** The caller's bucket and its limit a minute: a partner's key (its own limit or the default), a user, or an address. */
export function rateLimitBucket(caller: Pick<Identity, "viewer" | "partner">, clientIp: string, limits: RateLimits): [string, number] {
  if (caller.partner) return [`key:${caller.partner.keyId}`, caller.partner.rateLimitPerMinute ?? limits.apiKeyPerMinute];
  if (caller.viewer) return [`user:${caller.viewer.id}`, limits.userPerMinute];
  return [`ip:${clientIp}`, limits.anonymousPerMinute];
}

/** What a request over its caller's limit is told, wherever it is refused. */
export const tooManyRequests = (perMinute: number, state: RateLimitState) =>
  `Too many requests: at most ${perMinute} a minute. Try again in ${state.resetSeconds} s.`;

/** The 429 a request over its caller's limit gets, with Retry-After. */
function rateLimited(state: RateLimitState, perMinute: number) {
  return jsonErrorResponse(429, "rate_limited", tooManyRequests(perMinute, state), {
    ...rateLimitHeaders(state),
    "retry-after": String(state.resetSeconds),
  });
}

/**
 * The answer to a request whose credential was refused (a token or key unknown, revoked or expired; a cookie without
 * its CSRF header): it is counted first, as an anonymous request from its address, so that guessing costs what
 * asking does and a caller over the limit gets 429 however many credentials it tries.
 */
export async function answerRefusal(limiting: RateLimiting, limits: RateLimits, clientIp: string, refusal: Refusal) {
  const [key, perMinute] = rateLimitBucket({ viewer: null, partner: null }, clientIp, limits);
  const state = await limiting.requests.take(key, perMinute);
  if (!state.allowed) return rateLimited(state, perMinute);
  return jsonErrorResponse(refusal.status, refusal.code, refusal.message, { ...refusal.headers, ...rateLimitHeaders(state) });
}

/**
 * One request's worth from the caller's bucket: a partner's key (its own limit or the default), a signed-in user,
 * or an anonymous address. Refused requests get 429 with Retry-After; every answer carries RateLimit headers.
 */
export function useRateLimit(limiting: RateLimiting, limits: RateLimits): Plugin<Record<string, never>, ServerContext> {
  return {
    async onRequest({ request, serverContext, endResponse }) {
      if (serverContext.pageRead) return;
      const [key, perMinute] = rateLimitBucket(identityOf(request), serverContext.clientIp, limits);
      const state = await limiting.requests.take(key, perMinute);
      states.set(request, state);
      if (!state.allowed) endResponse(rateLimited(state, perMinute));
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (!state) return;
      for (const [name, value] of Object.entries(rateLimitHeaders(state))) response.headers.set(name, value);
    },
  };
}
