import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { createDeskEvents } from "../desk-events.js";
import { createRenderedPageCache, type RenderedPage } from "./public-pages.js";

const reader = (url: string, headers: Record<string, string> = {}) =>
  ({ url, headers: { host: "desk.example", ...headers } }) as unknown as IncomingMessage;
const page = (html: string, overrides: Partial<RenderedPage> = {}): RenderedPage => ({
  status: 200,
  html,
  etag: '"tag"',
  complete: true,
  ...overrides,
});

describe("the rendered-page cache", () => {
  const setUp = () => {
    const events = createDeskEvents({ prefix: "unit", onError: (message) => expect.fail(message) });
    return { events, pages: createRenderedPageCache(600, events) };
  };

  it("keeps a complete page per host, path and query string, for readers who do not ask for a fresh one", () => {
    const { pages } = setUp();
    pages.rendering(reader("/verdicts/a"))(page("<p>a</p>"));
    expect(pages.stored(reader("/verdicts/a"))?.html).toBe("<p>a</p>");
    expect(pages.stored(reader("/verdicts/a", { host: "attacker.example" }))).toBeUndefined();
    expect(pages.stored(reader("/verdicts/a?label=FALSE"))).toBeUndefined();
    expect(pages.stored(reader("/verdicts/a", { "cache-control": "no-cache" }))).toBeUndefined();
  });

  it("keeps no page that is missing, incomplete, or whose rendering overlapped a change", () => {
    const { events, pages } = setUp();
    pages.rendering(reader("/verdicts/missing"))(page("not found", { status: 404 }));
    pages.rendering(reader("/"))(page("<p>could not load</p>", { complete: false }));
    const keepStale = pages.rendering(reader("/verdicts/b"));
    events.publish("public-responses.clear", {});
    keepStale(page("<p>as before the retraction</p>"));
    for (const url of ["/verdicts/missing", "/", "/verdicts/b"]) expect(pages.stored(reader(url)), url).toBeUndefined();

    pages.rendering(reader("/verdicts/b"))(page("<p>retracted</p>"));
    expect(pages.stored(reader("/verdicts/b"))?.html).toBe("<p>retracted</p>");
    events.publish("public-responses.clear", {});
    expect(pages.stored(reader("/verdicts/b"))).toBeUndefined();
  });
});
