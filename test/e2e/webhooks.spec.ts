import { afterAll, beforeAll, describe, it } from "vitest";
import type { Browser, BrowserContext } from "playwright-core";
import { startTestServer, type TestServer } from "../testkit/server.js";
import { factories } from "../testkit/factories.js";
import { startWebhookReceiver, type WebhookReceiver } from "../testkit/webhook-receiver.js";
import { expect, expectAccessible, launchBrowser, newPage, signIn } from "./support/browser.js";

// An admin registers a partner's endpoint, sees its signing secret once, watches a delivery fail with its error,
// and replays it once the partner has fixed their side.

const ADMIN_PASSWORD = "admin-password-for-tests";
const SECRET_HEADING = "Copy this signing secret now: it will not be shown again";

let server: TestServer;
let browser: Browser;
let context: BrowserContext | undefined;
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver(() => 500);
  [server, browser] = await Promise.all([
    startTestServer({
      demo: true,
      // Endpoints on 127.0.0.1 (the receiver), one attempt before FAILED.
      config: (defaults) => ({ webhooks: { ...defaults.webhooks, maxAttempts: 1, pollMs: 200, allowPrivate: true } }),
    }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await receiver?.close();
});

describe("webhooks", () => {
  it("an admin registers an endpoint, sees the secret once, and replays a failed delivery", async () => {
    const opened = await newPage(browser);
    context = opened.context;
    const { page } = opened;
    await signIn(page, server.url, server.admin.email, ADMIN_PASSWORD);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
    await expect(page).toHaveURL(`${server.url}/admin/webhooks`);
    await expectAccessible(page, "Webhooks");

    await page.getByRole("button", { name: "New endpoint" }).click();
    const form = page.getByRole("form", { name: "New endpoint" });
    await form.getByLabel("Name").fill("Newsroom X");
    await form.getByLabel("Endpoint URL").fill("ftp://newsroom.example/hooks");
    await form.getByRole("checkbox", { name: "claim.created" }).check();
    await form.getByRole("button", { name: "Register endpoint" }).click();
    await expect(form).toContainText("Endpoints must be http:// or https:// URLs.");
    await form.getByLabel("Endpoint URL").fill(receiver.url);
    await form.getByRole("button", { name: "Register endpoint" }).click();

    const panel = page.getByRole("region", { name: SECRET_HEADING });
    await expect(panel.getByLabel("Signing secret")).toHaveValue(/^whsec_[A-Za-z0-9_-]{43}$/);
    await expectAccessible(page, "webhook secret");
    await panel.getByRole("button", { name: "I have copied the secret" }).click();
    await expect(panel).toHaveCount(0);
    // The panel leaves with the button that was pressed: focus goes to the list the new endpoint is in.
    await expect(page.getByRole("heading", { name: "Endpoints" })).toBeFocused();

    await factories(server).claim(server.admin);
    const endpoint = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Newsroom X" }) });
    const deliveries = endpoint.getByRole("table", { name: "Latest deliveries to Newsroom X" });
    await expect(async () => {
      await page.getByRole("button", { name: "Refresh" }).click();
      await expect(deliveries.getByRole("row").nth(1)).toContainText("Failed", { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await expect(deliveries.getByRole("row").nth(1)).toContainText("HTTP 500: receiver says no");
    await expectAccessible(page, "webhook with a failed delivery");

    receiver.respond = () => 200;
    await deliveries.getByRole("button", { name: /^Replay claim\.created delivery/ }).click();
    await expect(async () => {
      await page.getByRole("button", { name: "Refresh" }).click();
      await expect(deliveries.getByRole("row").nth(1)).toContainText("Delivered", { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    expect(receiver.applied.size).toBe(1);
  });
});
