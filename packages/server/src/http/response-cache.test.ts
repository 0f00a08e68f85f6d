import { createSchema, createYoga } from "graphql-yoga";
import { describe, expect, it } from "vitest";
import { createDeskEvents } from "../desk-events.js";
import { createPublicResponseCache } from "./response-cache.js";

// The public response cache in a real yoga, over a one-field schema whose resolver waits until the test lets it
// answer: a change published while a read is running must not leave that read's answer in the cache.

function deskWithSlowHeadline() {
  const events = createDeskEvents({ prefix: "unit", onError: (message) => expect.fail(message) });
  let headline = "Mostly true";
  let reads = 0;
  let release: () => void = () => {};
  let gate: Promise<void> = Promise.resolve();
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: "type Query { headline: String! }",
      resolvers: {
        Query: {
          headline: async () => {
            reads += 1;
            const seen = headline;
            await gate;
            return seen;
          },
        },
      },
    }),
    plugins: createPublicResponseCache(600, events).plugins,
  });
  const read = async () => {
    const response = await yoga.fetch("http://desk.example/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ headline }" }),
    });
    return ((await response.json()) as { data: { headline: string } }).data.headline;
  };
  return {
    read,
    reads: () => reads,
    hold: () => {
      gate = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
    change: (next: string) => {
      headline = next;
      events.publish("public-responses.clear", {});
    },
  };
}

describe("the public response cache", () => {
  it("answers a repeated read from memory", async () => {
    const desk = deskWithSlowHeadline();
    expect(await desk.read()).toBe("Mostly true");
    expect(await desk.read()).toBe("Mostly true");
    expect(desk.reads()).toBe(1);
  });

  it("does not keep an answer read before a change that was published while it ran", async () => {
    const desk = deskWithSlowHeadline();
    desk.hold();
    const before = desk.read();
    await expect.poll(desk.reads).toBe(1);
    desk.change("Retracted");
    desk.release();
    expect(await before).toBe("Mostly true");
    expect(await desk.read()).toBe("Retracted");
    expect(await desk.read()).toBe("Retracted");
    expect(desk.reads()).toBe(2);
  });
});
