import { afterAll, beforeAll, describe, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { startTestServer, type TestServer } from "../testkit/server.js";
import { factories } from "../testkit/factories.js";
import { startPageServer, type PageServer } from "../testkit/page-server.js";
import { expect, expectAccessible, launchBrowser, newPage, signIn } from "./support/browser.js";

// A reviewer keeps a copy of the page a claim appears in: captures it from the claim desk (its details filled in
// from the page), uploads a PDF of it too, and downloads the copy.

const ADMIN_PASSWORD = "admin-password-for-tests";
const ARTICLE = `<!doctype html><html><head><title>Port strikes</title>
<meta property="og:title" content="Strikes hit Latakia port, officials say">
<meta property="og:site_name" content="Coast Daily"><meta name="author" content="Rana Haddad">
</head><body><p>At least 1,300 people were killed, officials said.</p></body></html>`;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

let server: TestServer;
let browser: Browser;
let context: BrowserContext | undefined;
let site: PageServer;

beforeAll(async () => {
  site = await startPageServer({ "/article": { body: ARTICLE } });
  [server, browser] = await Promise.all([
    startTestServer({ config: (defaults) => ({ captures: { ...defaults.captures, allowLoopback: true } }) }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await site?.close();
});

describe("archived copies", () => {
  it("a reviewer captures the page a claim appears in, uploads a PDF and downloads the copy", async () => {
    const claim = await factories(server).claim(server.admin, {
      appearance: { source: { url: `${site.origin}/article` }, excerpt: "At least 1,300 people were killed" },
    });
    const opened = await newPage(browser);
    context = opened.context;
    const { page } = opened;
    await signIn(page, server.url, server.admin.email, ADMIN_PASSWORD);
    await page.goto(`${server.url}/claims/${claim.id}`);

    const appearances = page.getByRole("region", { name: /Appearances/ });
    await appearances.getByRole("button", { name: /^Archived copies for the appearance in / }).click();
    await expect(appearances.getByText("No archived copy yet.")).toBeVisible();
    await appearances.getByRole("button", { name: "Capture page" }).click();
    await expect(appearances.getByRole("status")).toHaveText("Page captured. Filled in from the page: title, publisher, author.");
    // The source now reads as the page names itself.
    await expect(appearances.getByRole("link", { name: "Strikes hit Latakia port, officials say" })).toBeVisible();
    const copies = appearances.getByRole("list", { name: "Archived copies" });
    await expect(copies.getByRole("listitem")).toHaveCount(1);
    await expect(copies.getByRole("listitem").first()).toContainText("captured");
    await expect(copies.getByRole("listitem").first()).toContainText("text/html");
    await expectAccessible(page, "claim desk with archived copies");

    await appearances.getByLabel("Upload archived copy").setInputFiles({ name: "article.pdf", mimeType: "application/pdf", buffer: PDF });
    await expect(appearances.getByRole("status")).toHaveText("article.pdf kept as an archived copy.");
    await expect(copies.getByRole("listitem")).toHaveCount(2);
    await expect(copies.getByRole("listitem").first()).toContainText("uploaded");

    // The link downloads the copy with the browser's own session (a plain GET, no CSRF header needed).
    const href = await copies.getByRole("listitem").nth(1).getByRole("link").getAttribute("href");
    expect(href).toMatch(/^\/captures\/[0-9a-f]{64}$/);
    const download = page.waitForEvent("download");
    await copies.getByRole("listitem").nth(1).getByRole("link").click();
    expect((await download).suggestedFilename()).toMatch(/^capture-[0-9a-f]{12}\.html$/);
  });
});
