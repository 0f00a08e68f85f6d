import { describe, expect, it } from "vitest";
import { defaultRateLimits } from "../../packages/server/src/config.js";
import { createRateLimiting } from "../../packages/server/src/guards/rate-limit.js";

// The limiter on its own, in memory (no Redis), so that time does not pass between the requests that matter; the
// limits over HTTP and across instances are tested in test/api (partner-access, shared-limits-and-outages).
describe("request limits", () => {
  it("allow a minute's requests at once, then refill at the configured rate, not one a second", async () => {
    const { requests } = createRateLimiting(defaultRateLimits);
    const taken = [];
    for (let i = 0; i < 12; i++) taken.push(await requests.take("ip:203.0.113.7", 10));
    // Ten in the bucket and one step of the steady allowance; the next comes in 6 s, not in a second.
    expect(taken.filter((state) => state.allowed)).toHaveLength(11);
    expect(taken[0]).toMatchObject({ limit: 10, remaining: 10 - 1 });
    const refused = taken[11]!;
    expect(refused.allowed).toBe(false);
    expect(refused.resetSeconds).toBeGreaterThanOrEqual(5);
    expect(refused.resetSeconds).toBeLessThanOrEqual(6);
  });

  it("keep a steady allowance of limit / 60 a second for limits of a minute or more per second", async () => {
    const { requests } = createRateLimiting(defaultRateLimits);
    const taken = [];
    for (let i = 0; i < 125; i++) taken.push(await requests.take("user:1", 120));
    expect(taken.filter((state) => state.allowed)).toHaveLength(122);
    expect(taken.at(-1)!.resetSeconds).toBe(1);
  });
});
