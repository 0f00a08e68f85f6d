import { describe, it } from "vitest";
import { factories } from "../testkit/factories.js";
import { expect, newPage, pageErrors, signIn, useDemoDesk } from "./support/browser.js";

// Signed-out visitors and crawlers get the public pages as complete HTML from the server (the same React
// components, hydrated in the browser from the data sent with the page), with the ClaimReview JSON-LD, a canonical
// address and Open Graph tags; staff get the client-rendered desk.

const desk = useDemoDesk();

const html = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${desk.server.url}${path}`, { headers: { accept: "text/html", ...headers } });
  return { response, text: await response.text() };
};

/** A published verdict's page, from the sitemap (which lists published verdicts only). */
const publishedVerdictPath = async () => {
  const sitemap = await (await fetch(`${desk.server.url}/sitemap.xml`)).text();
  return new URL(sitemap.match(/<loc>([^<]+\/verdicts\/[^<]+)<\/loc>/)![1]!).pathname;
};

describe("server-rendered public pages", () => {
  it("serve a verdict's page complete, with its ClaimReview, canonical address and Open Graph tags", async () => {
    const { text: front } = await html("/");
    expect(front).toContain("<h1>Fact-checks</h1>");
    const verdictPath = await publishedVerdictPath();
    expect(front).toContain(`href="${verdictPath}"`);

    const { response, text } = await html(verdictPath!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const headline = text.match(/<meta property="og:title" content="([^"]+) · FactDesk"/)?.[1];
    expect(headline).toBeTruthy();
    expect(text).toContain(`<link rel="canonical" href="${desk.server.url}${verdictPath}" />`);
    const jsonLd = text.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1];
    expect(JSON.parse(jsonLd!)).toMatchObject({ "@type": "ClaimReview", url: expect.stringContaining(verdictPath!) });
    // The article itself is in the HTML, not loaded afterwards.
    expect(text).toMatch(/<div id="root">[\s\S]*<article/);
    expect(text).toContain('<script type="application/json" id="urql-ssr-data">');

    // A verdict that does not exist (or was never published) is a page not found, for readers and crawlers alike.
    const missing = await html("/verdicts/VmVyZGljdDpub3QtYS12ZXJkaWN0");
    expect(missing.response.status).toBe(404);
    expect(missing.text).toContain('<meta name="robots" content="noindex" />');
    expect(missing.text).not.toContain('<script type="application/ld+json">');
  });

  it("read without JavaScript, and hydrate with it without asking the API again before the first paint", async () => {
    const verdictPath = await publishedVerdictPath();

    const noScript = await desk.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await noScript.newPage();
      await page.goto(`${desk.server.url}${verdictPath}`);
      await expect(page.getByRole("article")).toBeVisible();
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

      // The filters are a form the browser sends itself: the list comes back filtered from the server.
      await page.goto(`${desk.server.url}/verdicts`);
      const items = page.getByRole("list", { name: "Fact-checks" }).getByRole("listitem");
      const all = await items.count();
      await page.getByLabel("Include retracted fact-checks").uncheck();
      await page.getByRole("button", { name: "Apply filters" }).click();
      await page.waitForURL(/retracted=hide/);
      await expect(page.getByLabel("Include retracted fact-checks")).not.toBeChecked();
      await expect(items).toHaveCount(all - 1);
    } finally {
      await noScript.close();
    }

    const { context, page } = await newPage(desk.browser);
    try {
      const graphqlBeforeLoad: string[] = [];
      let loaded = false;
      page.on("request", (request) => {
        if (!loaded && request.url().includes("/graphql")) graphqlBeforeLoad.push(request.url());
      });
      page.on("load", () => {
        loaded = true;
      });
      // React reports markup that does not match what the client renders (a failed hydration) on the console.
      const hydrationErrors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && /hydrat/i.test(message.text())) hydrationErrors.push(message.text());
      });
      await page.goto(`${desk.server.url}${verdictPath}`);
      await expect(page.getByRole("article")).toBeVisible();
      expect(graphqlBeforeLoad).toEqual([]);
      // Hydrated: the client took over the server's markup (a link navigates without a reload).
      await page
        .getByRole("link", { name: /Fact-checks|Published fact-checks|All fact-checks/ })
        .first()
        .click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(pageErrors(page)).toEqual([]);
      expect(hydrationErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("leave the desk to the client for signed-in staff, and list the public pages for crawlers", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    const cookies = await page.context().cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const { text } = await html("/", { cookie });
    expect(text).toContain('<div id="root"></div>');

    const robots = await (await fetch(`${desk.server.url}/robots.txt`)).text();
    expect(robots).toContain("Disallow: /claims/");
    expect(robots).toMatch(/Sitemap: http:\/\/[^/]+\/sitemap\.xml/);
    const sitemap = await (await fetch(`${desk.server.url}/sitemap.xml`)).text();
    expect(sitemap.match(/<loc>[^<]+\/verdicts\/[^<]+<\/loc>/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it("keep the title the server sent once the page has hydrated", async () => {
    const page = await desk.openPage();
    for (const [path, title] of [
      ["/", "Fact-checks · FactDesk"],
      ["/verdicts", "Published fact-checks · FactDesk"],
      ["/verdicts/no-such-verdict", "No such verdict · FactDesk"],
    ] as const) {
      const { text } = await html(path);
      expect(text).toContain(`<title>${title}</title>`);
      await page.goto(`${desk.server.url}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await expect(page).toHaveTitle(title);
    }
  });

  it("put what staff wrote into the page as written, dollar signs included, and within a phone's width", async () => {
    const editor = await desk.server.signIn("editor@demo.factdesk", "demo-editor-1");
    const make = factories(desk.server);
    const longWord = "x".repeat(1300);
    const claim = await make.claim(editor, { text: `Prices rose by $\` and $' overnight: ${longWord}` });
    const evidence = await make.evidence(editor, claim.id);
    const headline = "Not $& so $' cheap";
    const verdict = await make.verdict(editor, claim.id, [evidence.id], { headline });
    const { text } = await html(`/verdicts/${verdict.id}`);
    // ("$&", "$'" and "$`" in a replacement string would copy pieces of the page around them into it.)
    expect(text.match(/<!doctype html>/gi)).toHaveLength(1);
    expect(text.match(/<div id="root">/g)).toHaveLength(1);
    const jsonLd = JSON.parse(text.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
    expect(jsonLd).toMatchObject({ claimReviewed: `Prices rose by $\` and $' overnight: ${longWord}` });
    const page = await desk.openPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${desk.server.url}/verdicts/${verdict.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(pageErrors(page)).toEqual([]);
  });

  it("show on a verdict's page the media reviews its MediaReview markup points to, linked and never embedded", async () => {
    const editor = await desk.server.signIn("editor@demo.factdesk", "demo-editor-1");
    const make = factories(desk.server);
    const claim = await make.claim(editor, { text: "A video shows the Baniyas market on 8 March." });
    const evidence = await make.evidence(editor, claim.id);
    const verdict = await make.verdict(editor, claim.id, [evidence.id], { headline: "Misleading: the video is from 2019" });
    const url = "https://video.example/market-2019.mp4";
    const media = await make.media(editor, claim.id, { url, graphic: true, description: "Bodies in a market street" });
    await make.verification(editor, media, "DECONTEXTUALIZED");

    const { text } = await html(`/verdicts/${verdict.id}`);
    expect(text).toContain("Media reviewed");
    expect(text).toContain("Decontextualized");
    expect(text).toMatch(new RegExp(`<a href="${url.replace(/\./g, "\\.")}"[^>]*>Open the original \\(graphic`));
    expect(text).not.toMatch(/<(video|img)\b/);
    const reviews = (await (await fetch(`${desk.server.url}/media-reviews.jsonld`)).json()) as { url: string }[];
    expect(reviews.some((review) => review.url.endsWith(`/verdicts/${verdict.id}`))).toBe(true);
  });
});
