import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startTestServer, type TestServer } from "../testkit/server.js";
import { expectAccessible, launchBrowser, newPage, screenshot, signIn } from "./support/browser.js";

let server: TestServer;
let browser: Browser;
let context: BrowserContext | undefined;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer({ demo: true }), launchBrowser()]);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe("360 px wide", () => {
  it("the queue, the claim desk and the toll tracker fit without sideways scrolling", async () => {
    const opened = await newPage(browser, { width: 360, height: 740 });
    context = opened.context;
    const page = opened.page;
    await signIn(page, server.url, "editor@demo.factdesk", "demo-editor-1");
    await page.getByRole("heading", { name: "Claim queue" }).waitFor();
    await page.getByRole("list", { name: "Claims" }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expect(page.getByRole("button", { name: "Sign out" }).isVisible()).resolves.toBe(true);
    await screenshot(page, "narrow-queue");
    await expectAccessible(page, "claim queue at 360 px");

    await page.getByRole("link", { name: /Videos circulating online/ }).click();
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByRole("region", { name: /^Media/ }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "narrow-claim-desk");
    await expectAccessible(page, "claim desk at 360 px");

    await page.getByRole("link", { name: "Violence in coastal Syria, March 2025" }).first().click();
    await page.getByTestId("toll-chart").locator(".recharts-wrapper > svg").waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await screenshot(page, "narrow-toll-tracker");
  });
});
