import { describe, it } from "vitest";
import { expect, pageErrors, signIn, useDemoDesk } from "./support/browser.js";
import { factories } from "../testkit/factories.js";

// Two reviewers on one claim: what one saves appears on the other's screen without a reload (a subscription over
// Server-Sent Events, written into the client's cache).

const desk = useDemoDesk();

describe("live updates on the claim desk", () => {
  it("shows a colleague's evidence and rating as they are saved", async () => {
    const page = await desk.openPage();
    await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await page.getByRole("link", { name: /Moscow is concerned about the increased violence/ }).click();
    await page.getByRole("heading", { level: 1, name: /Moscow is concerned/ }).waitFor();
    const claimId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    const excerpt = "The Kremlin's readout of the call mentions the coast by name.";

    // The colleague works through the API, as a second browser would; the page is not touched.
    const colleague = await desk.server.signIn("reviewer2@demo.factdesk", "demo-reviewer-2");
    const make = factories(desk.server);
    // The page subscribes as it opens; until the stream is up a change shows only on reload, so the first
    // save is retried (as new evidence) until one appears live.
    await expect(async () => {
      await make.evidence(colleague, claimId, {
        excerpt,
        stance: "SUPPORTS",
        source: { url: `https://kremlin.example/readout/${Date.now()}` },
      });
      await expect(page.getByText(excerpt).first()).toBeVisible({ timeout: 3_000 });
    }).toPass({ timeout: 30_000 });

    await make.rating(colleague, claimId, { label: "MIXED", rationale: "The readout supports half of it." });
    await expect(page.getByText("The readout supports half of it.")).toBeVisible();
    expect(pageErrors(page)).toEqual([]);
  });
});
