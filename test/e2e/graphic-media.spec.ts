import { describe, it } from "vitest";
import { expect, expectAccessible, pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";

const desk = useDemoDesk();

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
});
