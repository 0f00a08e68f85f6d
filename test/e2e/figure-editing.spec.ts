import type { Page } from "playwright-core";
import { describe, it } from "vitest";
import { graphql } from "../testkit/graphql.js";
import { expect, expectAccessible, pageErrors, screenshot, signIn, useDemoDesk } from "./support/browser.js";

const desk = useDemoDesk();

const ClaimFigures = graphql(`
  query ClaimFigures($id: ID!) {
    claim(id: $id) { figures(first: 100) { edges { node { id version statedText } } } }
  }
`);

const ColleagueEditsFigure = graphql(`
  mutation ColleagueEditsFigure($input: UpdateFigureInput!) { updateFigure(input: $input) { __typename } }
`);

/** The demo claim that reports the toll "at least 1,300 people" (and "over 800 civilians"). */
async function openTollClaim(page: Page) {
  await signIn(page, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
  await page.getByRole("link", { name: /At least 1,300 people/ }).click();
  await page.getByRole("heading", { level: 1, name: /At least 1,300 people/ }).waitFor();
  return decodeURIComponent(new URL(page.url()).pathname.split("/").pop()!);
}

describe("editing figures on the claim desk", () => {
  it("edits a figure's qualifier and bounds, with the bound rules shown on the field they concern", async () => {
    const page = await desk.openPage();
    await openTollClaim(page);
    const figures = page.getByRole("region", { name: /^Figures/ });
    const row = figures.getByRole("row").filter({ hasText: "At least 1,300 people" });
    await row.getByRole("button", { name: "Edit “At least 1,300 people”" }).click();

    // Every field, as stored, including those the table does not show.
    const form = figures.getByRole("form", { name: "Edit figure" });
    await expect(form.getByLabel("Qualifier")).toHaveValue("AT_LEAST");
    await expect(form.getByLabel("Low bound")).toHaveValue("1300");
    await expect(form.getByLabel("High bound")).toHaveCount(0);
    await expect(form.getByLabel("Who is counted")).toHaveValue("people");
    await expect(form.getByLabel("Period as stated")).toHaveValue("in the past three days");
    await expect(form.getByLabel("Period start")).toHaveValue("2025-03-08");
    await expect(form.getByLabel("Period end")).toHaveValue("2025-03-10");
    await expect(form.getByLabel("Period precision")).toHaveValue("DAY");
    await expect(form.getByLabel("Place", { exact: true })).toHaveValue("Latakia and Tartus, Syria");
    await expect(form.getByLabel("Place precision")).toHaveValue("CITY");
    await expect(form.getByLabel("Event").locator("option:checked")).toHaveText("Violence in coastal Syria, March 2025");

    // A range whose high is below its low: the API's bound rule comes back under the high bound.
    await form.getByLabel("Qualifier").selectOption("RANGE");
    await form.getByLabel("Low bound").fill("1,500");
    await form.getByLabel("High bound").fill("1,300");
    await form.getByRole("button", { name: "Save figure" }).click();
    await form.getByText("high must not be below low").waitFor();
    await expect(form.getByLabel("High bound")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Low bound")).not.toHaveAttribute("aria-invalid", "true");
    await expect(form.getByRole("alert")).toContainText("one field needs a change", { useInnerText: true });
    await expectAccessible(page, "editing a figure, with a bound-rule issue");
    await screenshot(page, "figure-editing-bound-rule");

    // Fixed, saved: the row, and the history, show it without a reload.
    await form.getByLabel("Low bound").fill("1,300");
    await form.getByLabel("High bound").fill("1,500");
    await expect(form.locator(".figure-preview")).toContainText("1,300–1,500", { useInnerText: true });
    await form.getByRole("button", { name: "Save figure" }).click();
    await form.waitFor({ state: "detached" });
    // Back on the row's Edit button, not at the top of the page.
    await expect(row.getByRole("button", { name: /^Edit “/ })).toBeFocused();
    await expect(row.locator(".figure-number")).toHaveText("1,300–1,500");
    const history = page.getByRole("region", { name: "History" });
    const entry = history.getByRole("listitem").filter({ hasText: "edited a figure" }).first();
    await expect(entry).toContainText("Rana Haddad", { useInnerText: true });
    await expect(entry).toContainText(/Qualifier:\s*At least\s*→\s*Range/, { useInnerText: true });
    await expect(entry).toContainText(/Upper bound:\s*none\s*→\s*1,500/, { useInnerText: true });

    // The event's toll chart and table have the new bounds too (the desk's link, no reload).
    await figures.getByRole("link", { name: /See every figure for/ }).click();
    await page.getByRole("heading", { level: 1, name: "Violence in coastal Syria, March 2025" }).waitFor();
    // The event page loads its code on first visit: focus still starts at the page, not back at the header.
    await expect(page.locator("main#main")).toBeFocused();
    const labels = page.getByTestId("toll-chart").locator(".toll-chart-labels text");
    await expect.poll(() => labels.allTextContents()).toEqual(expect.arrayContaining(["1,300–1,500", "> 800"]));
    await expect(labels.filter({ hasText: "≥ 1,300" })).toHaveCount(0);
    await expect(page.locator(".stats")).toContainText(/highest bound\s*1,500/i, { useInnerText: true });
    const eventEdit = page.getByRole("button", { name: "Edit “over 800 civilians”" });
    await eventEdit.click();
    await page.getByRole("form", { name: "Edit figure" }).getByRole("button", { name: "Cancel" }).click();
    await expect(eventEdit).toBeFocused();
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows a stale edit as a conflict and keeps what was typed", async () => {
    const page = await desk.openPage();
    const claimId = await openTollClaim(page);
    const figures = page.getByRole("region", { name: /^Figures/ });
    const row = figures.getByRole("row").filter({ hasText: "over 800 civilians" });
    await row.getByRole("button", { name: /^Edit “/ }).click();
    const form = figures.getByRole("form", { name: "Edit figure" });
    await expect(form.getByLabel("Qualifier")).toHaveValue("MORE_THAN");
    await form.getByLabel("Low bound").fill("850");
    await form.getByLabel("Place", { exact: true }).fill("Latakia, Tartus and Hama, Syria");
    // "In the past three days": a running total, not one incident's count.
    await form.getByLabel("Counts").selectOption({ label: "Running total" });

    // Meanwhile an editor corrects who is counted on the same figure.
    const editor = await desk.server.signIn("editor@demo.factdesk", "demo-editor-1");
    const { claim } = await desk.server.execute(ClaimFigures, { id: claimId }, editor);
    const figure = claim!.figures.edges.map((e) => e.node).find((f) => f.statedText === "over 800 civilians")!;
    const theirs = await desk.server.execute(
      ColleagueEditsFigure,
      { input: { id: figure.id, expectedVersion: figure.version, subject: "civilians, most of them Alawites" } },
      editor,
    );
    expect(theirs.updateFigure.__typename).toBe("UpdateFigureSuccess");

    await form.getByRole("button", { name: "Save figure" }).click();
    const conflict = form.getByRole("alert");
    await expect(conflict).toContainText("someone else changed this figure first", { useInnerText: true });
    await expect(conflict).toContainText("Elena Petrova", { useInnerText: true });
    await expect(conflict).toContainText(/Who is counted:\s*civilians\s*→\s*civilians, most of them Alawites/, { useInnerText: true });
    // Nothing typed is lost.
    await expect(form.getByLabel("Low bound")).toHaveValue("850");
    await expect(form.getByLabel("Place", { exact: true })).toHaveValue("Latakia, Tartus and Hama, Syria");
    await expectAccessible(page, "a stale figure edit");
    await screenshot(page, "figure-editing-conflict");

    // Refresh: their change comes in, the reviewer's edits stay on top, and saving keeps both.
    await conflict.getByRole("button", { name: "Refresh" }).click();
    await expect(form.getByRole("alert")).toHaveCount(0);
    await expect(form.getByLabel("Who is counted")).toHaveValue("civilians, most of them Alawites");
    await expect(form.getByLabel("Low bound")).toHaveValue("850");
    await expect(form.getByLabel("Place", { exact: true })).toHaveValue("Latakia, Tartus and Hama, Syria");
    await form.getByRole("button", { name: "Save figure" }).click();
    await form.waitFor({ state: "detached" });
    await expect(row.locator(".figure-number")).toHaveText("> 850");
    await expect(row).toContainText("civilians, most of them Alawites", { useInnerText: true });
    await expect(row).toContainText("Latakia, Tartus and Hama, Syria", { useInnerText: true });
    await expect(row.locator(".figure-scope")).toHaveText("Running total");
    expect(pageErrors(page)).toEqual([]);
  });
});
