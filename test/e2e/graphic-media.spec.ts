import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, it } from "vitest";
import { factories } from "../testkit/factories.js";
import { graphql } from "../testkit/graphql.js";
import { expect, expectAccessible, pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";

const desk = useDemoDesk();

const ColleagueEditsMedia = graphql(`
  mutation ColleagueEditsMedia($input: UpdateMediaInput!) { updateMedia(input: $input) { __typename } }
`);

// A 1×1 PNG, served by a host on the loopback that stands for the third-party site graphic footage comes from: it
// counts every request, so the test sees what the browser fetched, not only what the page shows.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
let host: http.Server;
let hostUrl: string;
const hostRequests: string[] = [];

beforeAll(async () => {
  host = http.createServer((req, res) => {
    hostRequests.push(req.url ?? "");
    res.writeHead(200, { "content-type": "image/png", "content-length": PNG.length }).end(PNG);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => host?.close(() => resolve())));

describe("graphic media", () => {
  it("stays blurred until the reviewer clicks “Show graphic content”, and can be hidden again", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByLabel("Kind").selectOption("MEDIA");
    await page.getByRole("link", { name: /Videos circulating online depict militants/ }).click();
    const media = page.getByRole("region", { name: /^Media/ });
    await media.waitFor();

    const frame = media.getByTestId("media-frame");
    const content = frame.locator(".media-content");
    await expect(frame).toHaveAttribute("data-blurred", "true");
    await expect(content).toHaveCSS("filter", /blur\(/);
    await expect(media.getByText("Graphic content.")).toBeVisible();
    await expect(media).toContainText(/Unverified\s*·\s*Original not found/, { useInnerText: true });
    // A reload does not remember a previous reveal: blurred is the default every time.
    await page.reload();
    await media.waitFor();
    await expect(frame).toHaveAttribute("data-blurred", "true");
    await screenshot(page, "graphic-media-blurred");
    await expectAccessible(page, "claim desk with graphic media");

    await media.getByRole("button", { name: "Show graphic content" }).click();
    await expect(frame).toHaveAttribute("data-blurred", "false");
    await expect(content).toHaveCSS("filter", "none");
    await expect(media).toContainText("Individual videos not yet identified.", { useInnerText: true });
    await screenshot(page, "graphic-media-revealed");

    await media.getByRole("button", { name: "Hide graphic content" }).click();
    await expect(frame).toHaveAttribute("data-blurred", "true");

    // Verification is set from the same card.
    const form = media.getByRole("form", { name: "Set media verification" });
    await form.getByLabel("Why unverified").selectOption("SINGLE_SOURCE");
    await form.getByRole("button", { name: "Save verification" }).click();
    await media.locator(".media-info").getByText("Single source").waitFor();
    expect(pageErrors(page)).toEqual([]);
  });

  it("does not request a graphic image from its host until “Show” is clicked; Edit corrects the graphic flag", async () => {
    const make = factories(desk.server);
    const claim = await make.claim(desk.server.admin);
    const url = `${hostUrl}/footage/street.png?id=${Date.now()}`;
    const added = await make.media(desk.server.admin, claim.id, {
      kind: "IMAGE",
      url,
      graphic: true,
      description: "Bodies in a street after the shelling",
    });

    const page = await desk.openPage();
    const fromHost: string[] = [];
    page.on("request", (request) => {
      if (request.url().startsWith(hostUrl)) fromHost.push(request.url());
    });
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.goto(`${desk.server.url}/claims/${claim.id}`);
    const media = page.getByRole("region", { name: /^Media/ });
    await media.waitFor();
    const frame = media.getByTestId("media-frame");
    await expect(frame).toHaveAttribute("data-blurred", "true");
    await expect(media.getByText("Graphic content.")).toBeVisible();
    await expect(frame.locator("img, video")).toHaveCount(0);
    // (Not "networkidle": the desk keeps its live-updates stream open.) The browser fetches only what the document
    // refers to, as the reference is inserted: once the whole desk has rendered (its history comes last), no element
    // may point a loading attribute or style at the host, and nothing may have been requested from it.
    await page.getByRole("region", { name: "History" }).getByRole("listitem").first().waitFor();
    const loadingReferences = await page.evaluate((origin) => {
      const loading = "[src], [srcset], [poster], [style], link[rel~='preload'], link[rel~='prefetch'], link[rel~='stylesheet']";
      const fromDocument = [...document.querySelectorAll(loading)]
        .map((element) => element.outerHTML)
        .filter((html) => html.includes(origin));
      const fetched = performance
        .getEntriesByType("resource")
        .map((entry) => entry.name)
        .filter((name) => name.startsWith(origin));
      return [...fromDocument, ...fetched];
    }, hostUrl);
    expect(loadingReferences).toEqual([]);
    expect(fromHost).toEqual([]);
    expect(hostRequests).toEqual([]);

    // Keyboard: focus the button and press Enter; the change is announced.
    const show = media.getByRole("button", { name: "Show graphic content" });
    await show.focus();
    await page.keyboard.press("Enter");
    await expect(media.getByRole("status")).toHaveText("Showing the graphic image.");
    const image = frame.getByRole("img", { name: "Bodies in a street after the shelling" });
    await expect(image).toBeVisible();
    await expect.poll(() => fromHost).toEqual([url]);
    await expect(media.getByRole("button", { name: "Hide graphic content" })).toBeFocused();

    // It is not graphic after all: Edit, untick Graphic, save. The card shows it at once, and the history says so.
    await media.getByRole("button", { name: "Edit this media item" }).click();
    const form = media.getByRole("form", { name: "Edit media" });
    await expect(form.getByLabel("Graphic", { exact: true })).toBeChecked();
    await expect(form.getByLabel("Address (URL)")).toHaveValue(url);
    await form.getByLabel("Graphic", { exact: true }).uncheck();
    await form.getByLabel("Place recorded").fill("Kharkiv");
    await screenshot(page, "media-edit-form");
    await form.getByRole("button", { name: "Save media" }).click();
    await expect(form).toHaveCount(0);
    await expect(media.getByRole("button", { name: "Edit this media item" })).toBeFocused();
    await expect(frame).toHaveAttribute("data-blurred", "false");
    await expect(media.getByRole("button", { name: "Show graphic content" })).toHaveCount(0);
    await expect(media.locator(".media-info")).toContainText("Kharkiv");
    const history = page.getByRole("region", { name: "History" });
    await expect(history.getByRole("listitem").filter({ hasText: "marked a media item as not graphic" })).toHaveCount(1);

    // A stale edit is refused with who changed it first, and nothing is saved.
    await media.getByRole("button", { name: "Edit this media item" }).click();
    const again = media.getByRole("form", { name: "Edit media" });
    await again.getByLabel("Uploader").waitFor();
    const colleague = await desk.server.execute(
      ColleagueEditsMedia,
      { input: { id: added.id, expectedVersion: added.version + 1, uploader: "A colleague's finding" } },
      desk.server.admin,
    );
    expect(colleague.updateMedia.__typename).toBe("UpdateMediaSuccess");
    await again.getByLabel("Graphic", { exact: true }).check();
    await again.getByRole("button", { name: "Save media" }).click();
    await expect(again.getByRole("alert")).toContainText("Nothing was saved: someone else changed this media item first.");
    await again.getByRole("button", { name: "Refresh" }).click();
    await again.getByRole("button", { name: "Save media" }).click();
    await expect(again).toHaveCount(0);
    // Graphic again, and the colleague's uploader kept: hidden, not loaded, on the next visit.
    await expect(media.locator(".media-info")).toContainText("A colleague's finding");
    await expect(frame).toHaveAttribute("data-blurred", "true");
    await expectAccessible(page, "claim desk after editing media");
    expect(pageErrors(page)).toEqual([]);
  });

  it("leaves the verification of media a published verdict shows to editors: reviewers see why, not a form", async () => {
    const make = factories(desk.server);
    const admin = desk.server.admin;
    const claim = await make.claim(admin);
    const media = await make.media(admin, claim.id, { description: "A crowd at the harbour" });
    await make.verification(admin, media, "DECONTEXTUALIZED");
    const evidence = await make.evidence(admin, claim.id);
    await make.rating(admin, claim.id);
    await make.verdict(admin, claim.id, [evidence.id]);

    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.goto(`${desk.server.url}/claims/${claim.id}`);
    const section = page.getByRole("region", { name: /^Media/ });
    await section.getByText("A published verdict shows this item, so its verification is public: an editor changes it.").waitFor();
    await expect(section.getByRole("form", { name: "Set media verification" })).toHaveCount(0);
    await expect(section.locator(".media-info")).toContainText("Decontextualized");

    await page.getByRole("button", { name: "Sign out" }).click();
    await signIn(page, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    await page.goto(`${desk.server.url}/claims/${claim.id}`);
    const form = page.getByRole("region", { name: /^Media/ }).getByRole("form", { name: "Set media verification" });
    await form.getByLabel("Verification").selectOption("ORIGINAL");
    await form.getByRole("button", { name: "Save verification" }).click();
    await expect(page.getByRole("region", { name: /^Media/ }).locator(".media-info")).toContainText("Original");
    expect(pageErrors(page)).toEqual([]);
  });
});
