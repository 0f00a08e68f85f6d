import fs from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { expect as playwrightExpect } from "@playwright/test";
import { afterAll, beforeAll } from "vitest";
import { startTestServer, type TestServer, type TestServerOptions } from "../../testkit/server.js";

/**
 * Playwright's web-first assertions: `await expect(locator).toHaveText(…)` retries until the page shows it, so a
 * test waits for what a user would see instead of reading a snapshot mid-render. Plain values work too (`toBe`, …).
 * The timeout is generous because CI machines are busy; a passing assertion returns as soon as it holds.
 */
export const expect = playwrightExpect.configure({ timeout: 30_000 });

const here = path.dirname(fileURLToPath(import.meta.url));
export const screenshotDir = path.resolve(here, "../screenshots");
const webDist = path.resolve(here, "../../../packages/web/dist/index.html");

/** Debian's Chromium, headless, with nothing that reaches the network on its own. */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(webDist)) throw new Error("The web client is not built: run `pnpm build` before the e2e tests.");
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** A fresh browser context (own cookies) per person in a flow. */
export async function newPage(
  browser: Browser,
  options: { width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, locale: "en-GB" });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  // The server's Content-Security-Policy must never get in the client's way: a blocked script, style or request
  // shows up as a console error.
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) problems.push(message.text());
  });
  (page as Page & { problems?: string[] }).problems = problems;
  return { context, page };
}

/** Uncaught errors and CSP violations in the page since it opened (a flow should end with none). */
export const pageErrors = (page: Page) => (page as Page & { problems?: string[] }).problems ?? [];

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  // A full-page capture would paint the sticky header wherever the page happens to be scrolled. The header is
  // unstuck through the DOM: a stylesheet injected for the capture would be refused by the page's CSP.
  const setHeader = (position: string) =>
    page.evaluate((value) => document.querySelector<HTMLElement>(".app-header")?.style.setProperty("position", value), position);
  await setHeader("static");
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
  await setHeader("");
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign in" }).waitFor();
}

/** Runs axe (WCAG 2.x A/AA) on the page as it is now and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const severe = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = severe.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => JSON.stringify(n.target)).join("\n  ")}`);
  expect(report, `accessibility violations on ${screen}`).toEqual([]);
  return results.violations;
}

export interface DemoDesk {
  /** The FactDesk server, on a fresh embedded database with the demo desk. */
  readonly server: TestServer;
  readonly browser: Browser;
  /** A page in a fresh context (own cookies), closed when the spec file ends. */
  openPage(options?: { width?: number; height?: number }): Promise<Page>;
}

export interface DemoDeskOptions {
  /** Configuration to change, as startTestServer takes it. */
  config?: TestServerOptions["config"];
  /** Seeds more once the server is up. */
  setup?: (server: TestServer) => Promise<void>;
}

/** One spec file's demo desk and Chromium, started before its tests and closed after. */
export function useDemoDesk({ config, setup }: DemoDeskOptions = {}): DemoDesk {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ demo: true, config }), launchBrowser()]);
    await setup?.(server);
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error("The demo desk starts in beforeAll");
      return server;
    },
    get browser() {
      if (!browser) throw new Error("The browser starts in beforeAll");
      return browser;
    },
    async openPage(options) {
      const { context, page } = await newPage(this.browser, options);
      contexts.push(context);
      return page;
    },
  };
}
