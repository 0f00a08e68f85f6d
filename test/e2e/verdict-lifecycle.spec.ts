import { describe, it } from "vitest";
import { graphql, narrow, type VariablesOf } from "../testkit/graphql.js";
import type { Actor } from "../testkit/server.js";
import { factories } from "../testkit/factories.js";
import { expect, expectAccessible, pageErrors, screenshot, signIn, signOut, useDemoDesk } from "./support/browser.js";

// After publishing: an editor corrects and retracts a verdict (with the live preview), and a contested verdict
// waits for a second editor's sign-off. The reviews before that are set up through the API.

let reviewer: Actor;
let reviewer2: Actor;
let editor: Actor;
let editor2: Actor;

async function claimId(text: string): Promise<string> {
  const data = await desk.server.execute(
    graphql(`query ClaimByText($text: String!) { claims(filter: { text: $text }, first: 1) { edges { node { id } } } }`),
    { text },
    reviewer,
  );
  return data.claims.edges[0]!.node.id;
}

const ADD_EVIDENCE = graphql(
  `mutation AddEvidence($input: AddEvidenceInput!) { addEvidence(input: $input) { __typename ... on AddEvidenceSuccess { evidence { id } } } }`,
);
const RATE_CLAIM = graphql(`mutation RateClaim($input: RateClaimInput!) { rateClaim(input: $input) { __typename } }`);
const CORRECT_VERDICT = graphql(
  `mutation CorrectVerdictMeanwhile($input: CorrectVerdictInput!) { correctVerdict(input: $input) { __typename } }`,
);
const PUBLISH_VERDICT = graphql(
  `mutation PublishVerdict($input: PublishVerdictInput!) { publishVerdict(input: $input) { __typename ... on PublishVerdictSuccess { verdict { id state } } } }`,
);

async function addEvidence(claim: string, excerpt: string, stance: VariablesOf<typeof ADD_EVIDENCE>["input"]["stance"]): Promise<string> {
  const data = await desk.server.execute(
    ADD_EVIDENCE,
    { input: { claim, excerpt, stance, source: { url: "https://kremlin.example/events/president/transcripts/2025-03-10" } } },
    reviewer,
  );
  expect(data.addEvidence.__typename).toBe("AddEvidenceSuccess");
  return narrow(data.addEvidence, "AddEvidenceSuccess").evidence.id;
}

async function rate(claim: string, label: VariablesOf<typeof RATE_CLAIM>["input"]["label"], as: Actor) {
  const data = await desk.server.execute(
    RATE_CLAIM,
    { input: { claim, label, confidence: 75, rationale: `Rated ${label} from the transcript.` } },
    as,
  );
  expect(data.rateClaim.__typename).toBe("RateClaimSuccess");
}

async function publish(claim: string, evidence: string, label: VariablesOf<typeof PUBLISH_VERDICT>["input"]["label"], headline: string) {
  const data = await desk.server.execute(
    PUBLISH_VERDICT,
    { input: { claim, label, headline, summary: "From the Kremlin transcript of 10 March 2025.", citedEvidence: [evidence] } },
    editor,
  );
  expect(data.publishVerdict.__typename).toBe("PublishVerdictSuccess");
  return narrow(data.publishVerdict, "PublishVerdictSuccess").verdict;
}

const desk = useDemoDesk({
  setup: async (server) => {
    [reviewer, reviewer2, editor, editor2] = await Promise.all([
      server.signIn("reviewer@demo.factdesk", "demo-reviewer-1"),
      server.signIn("reviewer2@demo.factdesk", "demo-reviewer-2"),
      server.signIn("editor@demo.factdesk", "demo-editor-1"),
      server.signIn("editor2@demo.factdesk", "demo-editor-2"),
    ]);
  },
});

describe("verdict lifecycle", () => {
  it("an editor corrects a published verdict, then retracts it; readers see both", async () => {
    const claim = await claimId("Moscow is concerned about the increased violence");
    const evidence = await addEvidence(claim, "Peskov told reporters the Kremlin was concerned about the violence in Syria.", "SUPPORTS");
    await rate(claim, "TRUE", reviewer);
    const verdict = await publish(claim, evidence, "TRUE", "True: the Kremlin said it is concerned about violence in Syria");
    expect(verdict.state).toBe("PUBLISHED");

    const page = await desk.openPage();
    await signIn(page, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    await page.goto(`${desk.server.url}/claims/${claim}`);
    const section = page.getByRole("region", { name: "Verdict", exact: true });
    // Each step keeps keyboard focus where the editor works and says what it did (it used to fall to the page's top).
    const verdictHeading = section.getByRole("heading", { name: "Verdict", exact: true });
    const said = section.getByRole("status");
    await section.getByRole("button", { name: "Correct verdict" }).click();
    const form = page.getByRole("form", { name: "Correct verdict" });
    await expect(form.getByRole("heading", { name: "Correct the verdict" })).toBeFocused();
    await form.getByLabel("Verdict").selectOption("MOSTLY_TRUE");
    await form.getByLabel("Headline").fill("Mostly true: the Kremlin voiced concern; “urges immediate action” is a paraphrase");
    await form.getByLabel("Reason for the correction").fill("The call for immediate action is a paraphrase, not a quote.");
    const preview = page.getByRole("region", { name: "Preview of the corrected verdict" });
    await preview.getByText("The call for immediate action is a paraphrase, not a quote.").waitFor();
    await expect(preview).toContainText(/Verdict changed:\s*True\s*→\s*Mostly true/, { useInnerText: true });
    await screenshot(page, "correct-verdict-preview");
    await form.getByRole("button", { name: "Publish correction" }).click();
    await form.waitFor({ state: "detached" });
    await expect(said).toHaveText("Correction published.");
    await expect(verdictHeading).toBeFocused();
    await section
      .getByRole("region", { name: "Corrections" })
      .getByText("The call for immediate action is a paraphrase, not a quote.")
      .waitFor();
    await section.getByRole("heading", { name: /^Mostly true: the Kremlin voiced concern/ }).waitFor();

    const retractButton = section.getByRole("button", { name: "Retract verdict" });
    await retractButton.click();
    const retract = page.getByRole("form", { name: "Retract verdict" });
    await retract.getByRole("button", { name: "Cancel" }).click();
    await expect(retractButton).toBeFocused();
    await retractButton.click();
    await retract.getByLabel("Reason for retraction").fill("The transcript we cited was later withdrawn.");
    await page
      .getByRole("region", { name: "Preview of the retracted verdict" })
      .getByText("The transcript we cited was later withdrawn.")
      .waitFor();
    // The preview of a corrected verdict shows its corrections without naming a second "Corrections" landmark.
    await expect(page.getByRole("region", { name: "Corrections" })).toHaveCount(1);
    await expectAccessible(page, "retract form with its preview");
    await retract.getByRole("button", { name: "Retract verdict" }).click();
    await section.getByText(/^Retracted on/).waitFor();
    await expect(said).toHaveText("Verdict retracted. The claim is back in review.");
    await expect(verdictHeading).toBeFocused();
    // A retraction sends the claim back to review.
    await page.getByRole("region", { name: "Workflow" }).getByText("In review", { exact: true }).waitFor();
    const publicPath = await section.getByRole("link", { name: "Open the public verdict page →" }).getAttribute("href");

    await signOut(page);
    await page.goto(`${desk.server.url}${publicPath}`);
    const article = page.getByRole("article");
    await article.getByText("The transcript we cited was later withdrawn.").waitFor();
    await expect(article).toContainText(/Retracted on/, { useInnerText: true });
    await expect(article.getByRole("region", { name: "Corrections" })).toContainText(
      "The call for immediate action is a paraphrase, not a quote.",
      { useInnerText: true },
    );
    await screenshot(page, "public-verdict-corrected-retracted");
    await expectAccessible(page, "public verdict, corrected and retracted");
    expect(pageErrors(page)).toEqual([]);
  });

  it("a contested verdict waits for a second editor's sign-off before readers can see it", async () => {
    const claim = await claimId("Many nations and international organizations");
    const evidence = await addEvidence(claim, "Peskov: many nations, including the UN, share our concern.", "CONTEXT");
    await rate(claim, "TRUE", reviewer);
    await rate(claim, "FALSE", reviewer2);
    const verdict = await publish(claim, evidence, "MIXED", "Mixed: the UN voiced concern, but not in the terms Peskov suggests");
    expect(verdict.state).toBe("AWAITING_SIGN_OFF");

    const reader = await desk.openPage();
    await reader.goto(`${desk.server.url}/verdicts/${verdict.id}`);
    // Not public yet: to a reader the address holds no verdict.
    await reader.getByRole("heading", { level: 1, name: "No such verdict" }).waitFor();

    const first = await desk.openPage();
    await signIn(first, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    await first.goto(`${desk.server.url}/claims/${claim}`);
    await first.getByText("Contested.", { exact: false }).first().waitFor();
    await first.getByText("You proposed this verdict; another editor must sign it off.").waitFor();

    const second = await desk.openPage();
    await signIn(second, desk.server.url, "editor2@demo.factdesk", "demo-editor-2");
    await second.goto(`${desk.server.url}/claims/${claim}`);
    const section = second.getByRole("region", { name: "Verdict", exact: true });
    await section.getByText("Awaiting a second editor’s sign-off.").waitFor();
    await screenshot(second, "contested-verdict-sign-off");
    await section.getByRole("button", { name: "Sign off and publish" }).click();
    await section.getByRole("link", { name: "Open the public verdict page →" }).waitFor();
    await expect(section).toContainText("signed off by Jonas Weber", { useInnerText: true });
    await expect(section.getByRole("status")).toHaveText("Verdict signed off and published.");
    await expect(section.getByRole("heading", { name: "Verdict", exact: true })).toBeFocused();

    await reader.reload();
    await reader.getByRole("heading", { level: 1, name: /Mixed: the UN voiced concern/ }).waitFor();
    expect(pageErrors(second)).toEqual([]);
  });

  it("a sign-off the server refuses says why, and keyboard focus goes to what it says", async () => {
    const make = factories(desk.server);
    const claim = await make.claim(reviewer, { text: "Aid convoys reached Baniyas on 9 March." });
    const evidence = await make.evidence(reviewer, claim.id);
    await make.rating(reviewer, claim.id, { label: "TRUE" });
    await make.rating(reviewer2, claim.id, { label: "FALSE" });
    const verdict = await make.verdict(editor, claim.id, [evidence.id], { label: "MIXED" });
    expect(verdict.state).toBe("AWAITING_SIGN_OFF");

    const second = await desk.openPage();
    await signIn(second, desk.server.url, "editor2@demo.factdesk", "demo-editor-2");
    await second.goto(`${desk.server.url}/claims/${claim.id}`);
    const section = second.getByRole("region", { name: "Verdict", exact: true });
    await section.getByText("Awaiting a second editor’s sign-off.").waitFor();

    // The same browser, another tab: signing out there ends this tab's session, so the server refuses the sign-off
    // with a typed error (ForbiddenError).
    const other = await second.context().newPage();
    await other.goto(desk.server.url);
    await signOut(other);

    await section.getByRole("button", { name: "Sign off and publish" }).focus();
    await second.keyboard.press("Enter");
    const refusal = "Nothing was saved: you are signed out.";
    await expect(section.getByRole("alert")).toContainText(refusal, { useInnerText: true });
    await expect(second.locator(":focus")).toContainText(refusal, { useInnerText: true });
    await expectAccessible(second, "refused sign-off");
    expect(pageErrors(second)).toEqual([]);
  });

  it("a correction or retraction the server refuses says why, and keyboard focus goes to what it says", async () => {
    const make = factories(desk.server);
    const claim = await make.claim(reviewer, { text: "Bread prices in Tartus doubled in one week." });
    const evidence = await make.evidence(reviewer, claim.id);
    await make.rating(reviewer, claim.id);
    const verdict = await make.verdict(editor, claim.id, [evidence.id]);
    expect(verdict.state).toBe("PUBLISHED");

    const page = await desk.openPage();
    await signIn(page, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    // This page's live updates never arrive (a proxy that buffers event streams): it stays as it was opened.
    await page.route("**/graphql", (route) =>
      route.request().headers().accept === "text/event-stream" ? route.abort() : route.continue(),
    );
    await page.goto(`${desk.server.url}/claims/${claim.id}`);
    const section = page.getByRole("region", { name: "Verdict", exact: true });

    // A retraction without its reason is refused; the refusal is at the top of the form, the button pressed at its
    // bottom: focus goes to the refusal.
    await section.getByRole("button", { name: "Retract verdict" }).click();
    const retract = page.getByRole("form", { name: "Retract verdict" });
    await retract.getByRole("button", { name: "Retract verdict" }).click();
    await expect(retract.getByRole("alert")).toContainText("Nothing was saved: one field needs a change (see below).", {
      useInnerText: true,
    });
    await expect(page.locator(":focus")).toContainText("Nothing was saved: one field needs a change", { useInnerText: true });
    await expect(retract.getByLabel("Reason for retraction")).toHaveAttribute("aria-invalid", "true");
    await retract.getByRole("button", { name: "Cancel" }).click();

    // Another editor corrects the verdict meanwhile; this page still has the version it loaded.
    const meanwhile = await desk.server.execute(
      CORRECT_VERDICT,
      {
        input: {
          id: verdict.id,
          expectedVersion: verdict.version,
          reason: "The market survey was for Latakia.",
          headline: "False: bread prices in Tartus rose by a third",
        },
      },
      editor2,
    );
    expect(meanwhile.correctVerdict.__typename).toBe("CorrectVerdictSuccess");

    await section.getByRole("button", { name: "Correct verdict" }).click();
    const form = page.getByRole("form", { name: "Correct verdict" });
    await form.getByLabel("Headline").fill("False: prices rose, but did not double");
    await form.getByLabel("Reason for the correction").fill("The headline overstated the rise.");
    await form.getByRole("button", { name: "Publish correction" }).click();
    const conflict = form.getByRole("alert");
    await expect(conflict).toContainText("Nothing was saved: someone else changed this verdict first.", { useInnerText: true });
    await expect(page.locator(":focus")).toContainText("someone else changed this verdict first", { useInnerText: true });
    await expectAccessible(page, "refused correction");
    // Refresh takes the notice (and its button) away: focus goes back to the start of the form, which is kept.
    await conflict.getByRole("button", { name: "Refresh" }).click();
    await expect(conflict).toHaveCount(0);
    await expect(form.getByRole("heading", { name: "Correct the verdict" })).toBeFocused();
    await expect(form.getByLabel("Reason for the correction")).toHaveValue("The headline overstated the rise.");
    expect(pageErrors(page)).toEqual([]);
  });
});
