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
    // The desk's subscription is up once its event stream answers: from then on nothing saved is missed.
    const streaming = page.waitForResponse((response) => (response.request().headers().accept ?? "").includes("text/event-stream"));
    await page.getByRole("link", { name: /Moscow is concerned about the increased violence/ }).click();
    await page.getByRole("heading", { level: 1, name: /Moscow is concerned/ }).waitFor();
    await streaming;
    const claimId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
    const excerpt = "The Kremlin's readout of the call mentions the coast by name.";

    // The colleague works through the API, as a second browser would; the page is not touched.
    const colleague = await desk.server.signIn("reviewer2@demo.factdesk", "demo-reviewer-2");
    const make = factories(desk.server);
    await make.evidence(colleague, claimId, { excerpt, stance: "SUPPORTS", source: { url: "https://kremlin.example/readout/2025-03-10" } });
    await expect(page.getByText(excerpt).first()).toBeVisible();

    await make.rating(colleague, claimId, { label: "MIXED", rationale: "The readout supports half of it." });
    await expect(page.getByText("The readout supports half of it.")).toBeVisible();
    expect(pageErrors(page)).toEqual([]);
  });
});
