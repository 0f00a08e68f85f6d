import { describe, it } from "vitest";
import type { Page } from "playwright-core";
import { graphql, narrow } from "../testkit/graphql.js";
import { expect, expectAccessible, pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";

// An admin gives a partner an API key: the secret is shown once and works over HTTP, a rotation replaces it, a
// revocation stops it. Everyone else is kept out of the screen.

/** The test server's admin signs in with this password (test/testkit/server.ts); the demo desk has no admin. */
const ADMIN_PASSWORD = "admin-password-for-tests";
const SECRET_HEADING = "Copy this key now: it will not be shown again";

const desk = useDemoDesk();

/** What a partner's program gets when it asks which key it is using. */
async function asPartner(secret: string) {
  const response = await fetch(`${desk.server.url}/graphql`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify({ query: "{ currentApiKey { name scopes } }" }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: { currentApiKey: { name: string; scopes: string[] } | null } },
  };
}

/** The key's public part, as the list shows it: `fdk_` and 12 characters (the secret follows). */
const prefixOf = (secret: string) => secret.slice(0, 16);

async function shownSecret(page: Page): Promise<string> {
  const input = page.getByRole("region", { name: SECRET_HEADING }).getByLabel("New API key secret");
  await expect(input).toHaveValue(/^fdk_[a-z2-7]{12}_[A-Za-z0-9_-]{43}$/);
  await expect(input).toHaveAttribute("readonly", "");
  return input.inputValue();
}

async function signInAsAdmin(page: Page) {
  await signIn(page, desk.server.url, desk.server.admin.email, ADMIN_PASSWORD);
}

describe("partners' API keys", () => {
  it("an admin creates a key, sees its secret once, rotates it and revokes it", async () => {
    const page = await desk.openPage();
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: desk.server.url });
    await signInAsAdmin(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API keys" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
    await expect(page).toHaveURL(`${desk.server.url}/admin/api-keys`);
    await expect(page).toHaveTitle("API keys · FactDesk");
    await expectAccessible(page, "API keys");

    await page.getByRole("button", { name: "New API key" }).click();
    const form = page.getByRole("form", { name: "New API key" });
    await form.getByLabel("Name").fill("Platform X tipline");
    await expect(form.getByRole("checkbox", { name: "verdicts:read" })).toHaveAccessibleDescription(
      "Published verdicts and what they cite: what the public sees.",
    );
    // No scope ticked: the server's issue is shown under the scopes.
    await form.getByRole("button", { name: "Create key" }).click();
    await expect(form.getByRole("group", { name: "Scopes" })).toContainText("Give the key at least one scope");
    await expectAccessible(page, "new API key form with a validation error");

    await form.getByRole("checkbox", { name: "claims:read" }).check();
    await form.getByRole("checkbox", { name: "figures:read" }).check();
    await form.getByLabel("Requests per minute").fill("120");
    await form.getByRole("button", { name: "Create key" }).click();

    const panel = page.getByRole("region", { name: SECRET_HEADING });
    await expect(panel).toBeVisible();
    await expect(form).toHaveCount(0);
    const secret = await shownSecret(page);
    await expect(panel).toContainText(prefixOf(secret));
    await expect(panel.locator("pre")).toHaveText(
      `curl -H "Authorization: Bearer ${secret}" \\\n  -H "content-type: application/json" \\\n` +
        `  -d '{"query":"{ currentApiKey { name scopes } }"}' \\\n  ${desk.server.url}/graphql`,
    );
    await panel.getByRole("button", { name: "Copy", exact: true }).click();
    await expect(panel.getByRole("status")).toHaveText("Copied to the clipboard.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await screenshot(page, "api-key-secret");
    await expectAccessible(page, "new API key secret");

    const used = await asPartner(secret);
    expect(used.status).toBe(200);
    expect(used.body.data?.currentApiKey).toEqual({ name: "Platform X tipline", scopes: ["CLAIMS_READ", "FIGURES_READ"] });

    // The secret is gone for good once the page is left; the key is listed by its prefix.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
    const key = page.getByRole("listitem", { name: "Platform X tipline" });
    await expect(key).toHaveCount(1);
    await expect(page.getByRole("region", { name: SECRET_HEADING })).toHaveCount(0);
    await expect(page.getByText(secret)).toHaveCount(0);
    await expect(key.getByText("Active", { exact: true })).toBeVisible();
    await expect(key.getByText(prefixOf(secret), { exact: true })).toBeVisible();
    await expect(key.getByRole("listitem")).toHaveText(["claims:read", "figures:read"]);
    await expect(key).toContainText("120 requests a minute");
    await expect(key).toContainText("ExpiresNever");
    await expect(key).not.toContainText("Last usedNever");
    await screenshot(page, "api-keys-list");
    await expectAccessible(page, "API keys list");

    // Rotating with no grace period: the old key is refused at once, the new one works.
    await key.getByRole("button", { name: "Rotate" }).click();
    const rotate = key.getByRole("group", { name: /^Rotate Platform X tipline\?/ });
    await expect(rotate.getByRole("radio", { name: "Stop the old key now" })).toBeChecked();
    await rotate.getByRole("radio", { name: "Keep it working for 1 day" }).check();
    await expect(rotate).toContainText("The partner can switch to the new key until");
    await rotate.getByRole("radio", { name: "Stop the old key now" }).check();
    await expect(rotate).toContainText("Requests with the old key are refused as soon as you rotate.");
    await screenshot(page, "api-key-rotate-confirm");
    await expectAccessible(page, "rotate confirmation");
    await rotate.getByRole("button", { name: "Rotate key" }).click();

    const newSecret = await shownSecret(page);
    expect(newSecret).not.toBe(secret);
    await expect(panel).toContainText(`replaces ${prefixOf(secret)}, which stopped working just now.`);
    expect((await asPartner(secret)).status).toBe(401);
    const rotated = await asPartner(newSecret);
    expect(rotated.status).toBe(200);
    expect(rotated.body.data?.currentApiKey).toEqual({ name: "Platform X tipline", scopes: ["CLAIMS_READ", "FIGURES_READ"] });
    // Only the new key still works, so only it is listed.
    await expect(key).toHaveCount(1);
    await expect(key.getByText(prefixOf(newSecret), { exact: true })).toBeVisible();
    await panel.getByRole("button", { name: "I have copied the key" }).click();
    await expect(panel).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Working keys" })).toBeFocused();

    await key.getByRole("button", { name: "Revoke" }).click();
    const revoke = key.getByRole("group", { name: /^Revoke Platform X tipline\?/ });
    await expect(revoke).toContainText("Revoke Platform X tipline? Partners using it will be refused at once.");
    await expectAccessible(page, "revoke confirmation");
    await revoke.getByRole("button", { name: "Revoke key" }).click();
    // The revoked key leaves the list with the buttons that were pressed: focus goes to what happened.
    await expect(page.getByRole("status").filter({ hasText: "Revoked “Platform X tipline”" })).toBeFocused();
    await expect(key).toHaveCount(0);
    expect((await asPartner(newSecret)).status).toBe(401);

    await page.getByLabel("Include revoked and expired keys").check();
    await expect(page).toHaveURL(/\?show=all$/);
    await expect(key).toHaveCount(2);
    const newKey = key.filter({ hasText: prefixOf(newSecret) }).filter({ hasNotText: "Replaced by" });
    const oldKey = key.filter({ hasText: "Replaced by" });
    await expect(newKey.getByText("Revoked", { exact: true })).toBeVisible();
    await expect(oldKey.getByText("Revoked", { exact: true })).toBeVisible();
    await expect(oldKey).toContainText(prefixOf(secret));
    await expect(key.getByRole("button")).toHaveCount(0);
    await expectAccessible(page, "API keys with revoked keys");
    expect(pageErrors(page)).toEqual([]);
  });

  it("says a key changed meanwhile instead of acting on a stale copy", async () => {
    const created = await desk.server.execute(
      graphql(`mutation CreateApiKey { createApiKey(input: { name: "Newsroom Y feed", scopes: [VERDICTS_READ] }) {
         __typename ... on CreateApiKeySuccess { apiKey { id version } } } }`),
      {},
      desk.server.admin,
    );
    expect(created.createApiKey.__typename).toBe("CreateApiKeySuccess");
    const { apiKey } = narrow(created.createApiKey, "CreateApiKeySuccess");

    const page = await desk.openPage();
    await signInAsAdmin(page);
    await page.goto(`${desk.server.url}/admin/api-keys`);
    const key = page.getByRole("listitem", { name: "Newsroom Y feed" });
    await key.getByRole("button", { name: "Revoke" }).click();

    // Meanwhile another admin rotates it, keeping the old key working for an hour.
    const rotated = await desk.server.execute(
      graphql(
        `mutation RotateApiKey($id: ID!, $v: Int!) { rotateApiKey(input: { id: $id, expectedVersion: $v, graceMinutes: 60 }) { __typename } }`,
      ),
      { id: apiKey.id, v: apiKey.version },
      desk.server.admin,
    );
    expect(rotated.rotateApiKey.__typename).toBe("RotateApiKeySuccess");

    await key.getByRole("button", { name: "Revoke key" }).click();
    await expect(page.getByRole("alert")).toContainText("“Newsroom Y feed” changed meanwhile");
    await expect(page.getByRole("alert")).toBeFocused();
    // Reloaded: the old key (in its grace period) and its replacement; the old one may be stopped early, not rotated.
    await expect(key).toHaveCount(2);
    const old = key.filter({ hasText: "Replaced by" });
    await expect(old.getByText("Active", { exact: true })).toBeVisible();
    await expect(old.getByRole("button", { name: "Rotate" })).toHaveCount(0);
    await expect(old.getByRole("button", { name: "Revoke" })).toBeVisible();
    await expectAccessible(page, "API keys after a conflict");
    expect(pageErrors(page)).toEqual([]);
  });

  it("keeps everyone but admins out", async () => {
    const visitor = await desk.openPage();
    await visitor.goto(`${desk.server.url}/admin/api-keys`);
    await expect(visitor).toHaveURL(`${desk.server.url}/sign-in?next=${encodeURIComponent("/admin/api-keys")}`);

    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Claim queue" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "API keys" })).toHaveCount(0);
    await page.goto(`${desk.server.url}/admin/api-keys`);
    await expect(page.getByText("Only admins manage API keys.")).toBeVisible();
    await expect(page.getByRole("button", { name: "New API key" })).toHaveCount(0);
    await expectAccessible(page, "API keys, not an admin");
    expect(pageErrors(page)).toEqual([]);
  });
});
