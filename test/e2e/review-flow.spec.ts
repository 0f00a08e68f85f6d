import { afterAll, describe, it } from "vitest";
import type { Page } from "playwright-core";
import { graphql } from "../testkit/graphql.js";
import { ErrorFields, mutate } from "../testkit/factories.js";
import { startWebhookReceiver, verifyFactDeskSignature, type WebhookReceiver } from "../testkit/webhook-receiver.js";
import { expect, expectAccessible, pageErrors, screenshot, signIn, signOut, useDemoDesk } from "./support/browser.js";

// One claim from the queue to a public verdict: reviewer → second reviewer → editor → a reader signed out, a
// second reviewer watching live and a partner's webhook endpoint.

const NEBENZIA = "Russia and the US are communicating regarding the situation in Syria.";
const EVIDENCE_URL = "https://press.un.example/briefings/2025-03-10-security-council-syria";
const EVIDENCE_EXCERPT = "Nebenzia told reporters that Moscow and Washington were in contact about the situation in Syria.";

let claimPath = "";

const RegisterEndpoint = graphql(
  `mutation RegisterEndpoint($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { __typename
    ... on CreateWebhookSubscriptionSuccess { secret } ...ErrorFields } }`,
  [ErrorFields],
);

let partner: WebhookReceiver;
let partnerSecret = "";

const desk = useDemoDesk({
  // The partner's endpoint listens on 127.0.0.1, which webhooks refuse by default.
  config: (defaults) => ({ webhooks: { ...defaults.webhooks, allowPrivate: true, pollMs: 200 } }),
  setup: async (server) => {
    partner = await startWebhookReceiver();
    const input = { name: "Partner newsroom", url: partner.url, events: ["VERDICT_PUBLISHED" as const] };
    partnerSecret = (await mutate(server, server.admin, RegisterEndpoint, { input })).secret;
  },
});
afterAll(() => partner?.close());

describe("review flow: from the queue to a public verdict", () => {
  let reviewer: Page;

  it("a reviewer signs in, filters the queue and opens the Nebenzia claim with the keyboard", async () => {
    reviewer = await desk.openPage();
    // Signed out, the front page is the public list of fact-checks; the desk's pages ask for a sign-in.
    await reviewer.goto(`${desk.server.url}/`);
    await reviewer.getByRole("heading", { level: 1, name: "Fact-checks" }).waitFor();
    await reviewer.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" }).click();
    await reviewer.waitForURL(/\/sign-in$/);
    await reviewer.goto(`${desk.server.url}/ingest`);
    await reviewer.waitForURL(/\/sign-in\?next=/);
    await expect(reviewer.getByRole("heading", { name: "Sign in to FactDesk" })).toBeVisible();
    await screenshot(reviewer, "sign-in");
    await expectAccessible(reviewer, "sign-in");

    // A wrong password is one sentence, not a form of marked fields.
    await reviewer.getByLabel("Email").fill("reviewer@demo.factdesk");
    await reviewer.getByLabel("Password").fill("not-the-password");
    await reviewer.getByRole("button", { name: "Sign in" }).click();
    await reviewer.getByText("Wrong email or password.").waitFor();
    await expect(reviewer.getByRole("alert")).toHaveText("Wrong email or password.", { useInnerText: true });
    await expect(reviewer.getByLabel("Password")).not.toHaveAttribute("aria-invalid");

    await signIn(reviewer, desk.server.url, "reviewer@demo.factdesk", "demo-reviewer-1");
    await reviewer.getByRole("heading", { name: "Claim queue" }).waitFor();
    await expect(reviewer.getByRole("navigation", { name: "Account" })).toContainText(/Rana Haddad\s*(Role:\s*)?Reviewer/i, {
      useInnerText: true,
    });
    // The demo desk has 12 claims: three carry verdicts (two published, one retracted and back in review).
    await reviewer.getByRole("button", { name: /^New\s+9/ }).waitFor();

    await reviewer.getByLabel("Kind").selectOption("STATEMENT");
    await reviewer.waitForURL(/kind=STATEMENT/);
    await reviewer.getByLabel("Search claims").fill("communicating");
    await reviewer.waitForURL(/q=communicating/);
    const rows = reviewer.getByRole("list", { name: "Claims" }).getByRole("listitem");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(NEBENZIA, { useInnerText: true });
    await screenshot(reviewer, "queue-filtered");
    await expectAccessible(reviewer, "claim queue");

    // The filters live in the URL: a reload keeps them.
    await reviewer.reload();
    await expect(rows).toHaveCount(1);
    await expect(reviewer.getByLabel("Search claims")).toHaveValue("communicating");

    await reviewer.getByRole("heading", { name: "Claim queue" }).click();
    await reviewer.keyboard.press("j");
    await reviewer.keyboard.press("Enter");
    await reviewer.waitForURL(/\/claims\//);
    claimPath = new URL(reviewer.url()).pathname;
    await reviewer.getByRole("heading", { level: 1, name: NEBENZIA }).waitFor();
    // The page starts where a page load would: the next Tab is inside the claim, not back at the header.
    await expect(reviewer.locator("main#main")).toBeFocused();
    await expect(reviewer.getByText("Russia’s UN ambassador").first()).toBeVisible();
    await expect(reviewer.getByRole("region", { name: "Appearances 2" }).getByRole("listitem")).toHaveCount(2);
    await screenshot(reviewer, "claim-desk");
    await expectAccessible(reviewer, "claim desk");
  });

  it("the reviewer adds evidence (after fixing a rejected URL) and rates the claim", async () => {
    await reviewer.getByRole("button", { name: "Add evidence" }).click();
    const form = reviewer.getByRole("form", { name: "Add evidence" });
    // Submitted empty: each missing field says so under itself, and the summary is one sentence.
    await form.getByRole("button", { name: "Add evidence" }).click();
    await expect(form.getByRole("alert")).toHaveText("Nothing was saved: 3 fields need filling in (see below).", { useInnerText: true });
    await expect(form.getByLabel("Source URL")).toHaveAccessibleDescription(
      "Enter the address of the source, starting with http:// or https://.",
    );
    await expect(form.getByLabel("Excerpt")).toHaveAccessibleDescription(/Paste the words from the source that bear on the claim\.$/);
    await form.getByLabel("Source URL").fill("not a url");
    await form.getByLabel("Excerpt").fill(EVIDENCE_EXCERPT);
    await form.getByLabel("Supports").check();
    await form.getByLabel("Note").fill("UN press briefing transcript.");
    await form.getByRole("button", { name: "Add evidence" }).click();
    // The ValidationError's issue sits under the field it is about; the summary is one sentence.
    await expect(form.getByRole("alert")).toHaveText("Nothing was saved: one field needs a change (see below).", { useInnerText: true });
    await expect(form.getByLabel("Source URL")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("Must be an http:// or https:// URL.")).toBeVisible();
    await screenshot(reviewer, "evidence-validation-error");

    await form.getByLabel("Source URL").fill(EVIDENCE_URL);
    await form.getByRole("button", { name: "Add evidence" }).click();
    await form.getByText("Evidence added.").waitFor();
    const evidence = reviewer.getByRole("region", { name: "Evidence", exact: true });
    await evidence.getByRole("heading", { name: /Supports the claim/ }).waitFor();
    await expect(evidence).toContainText(EVIDENCE_EXCERPT, { useInnerText: true });
    // Evidence moves a NEW claim into review; the header follows without a reload.
    await reviewer.getByRole("region", { name: "Workflow" }).getByText("In review", { exact: true }).waitFor();

    const rate = reviewer.getByRole("form", { name: "Rate this claim" });
    await rate.getByLabel("Label").selectOption("MOSTLY_TRUE");
    await rate.getByLabel("Confidence").fill("80");
    await rate.getByLabel("Rationale").fill("The UN briefing records Nebenzia saying so; the US side has not confirmed the channel.");
    await rate.getByRole("checkbox", { name: /Nebenzia told reporters that Moscow and Washington/ }).check();
    await rate.getByRole("button", { name: "Submit rating" }).click();
    await rate.getByText("Rating saved.").waitFor();
    const ratings = reviewer.getByRole("region", { name: "Ratings", exact: true });
    await ratings.getByText("Rana Haddad").waitFor();
    await expect(ratings).toContainText(/Majority:\s*Mostly true/, { useInnerText: true });
    await reviewer.getByRole("region", { name: "History" }).getByText("rated the claim").waitFor();
    await screenshot(reviewer, "claim-desk-rated");
    expect(pageErrors(reviewer)).toEqual([]);
  });

  it("a second reviewer rates the claim and sends it to an editor", async () => {
    const second = await desk.openPage();
    await signIn(second, desk.server.url, "reviewer2@demo.factdesk", "demo-reviewer-2");
    await second.goto(`${desk.server.url}${claimPath}`);
    await second.getByRole("heading", { level: 1, name: NEBENZIA }).waitFor();
    const rate = second.getByRole("form", { name: "Rate this claim" });
    await rate.getByLabel("Label").selectOption("MOSTLY_TRUE");
    await rate.getByLabel("Confidence").fill("70");
    await rate.getByLabel("Rationale").fill("Consistent with the briefing; wording is Nebenzia's own.");
    await rate.getByRole("button", { name: "Submit rating" }).click();
    await rate.getByText("Rating saved.").waitFor();
    const ratings = second.getByRole("region", { name: "Ratings", exact: true });
    await ratings.getByText("Sam Okafor").waitFor();
    await expect(ratings).toContainText(/2 ratings · 100% agreement/, { useInnerText: true });

    await second.getByRole("button", { name: "Send to editor" }).click();
    await second.getByRole("region", { name: "Workflow" }).getByText("Needs editor", { exact: true }).waitFor();
    expect(pageErrors(second)).toEqual([]);
  });

  it("an editor publishes a verdict with a live preview, and a signed-out reader sees it", async () => {
    const editor = await desk.openPage();
    await signIn(editor, desk.server.url, "editor@demo.factdesk", "demo-editor-1");
    await editor.getByRole("button", { name: /^Needs editor\s+1/ }).click();
    await editor.waitForURL(/status=NEEDS_EDITOR/);
    await editor.getByRole("link", { name: new RegExp(NEBENZIA.slice(0, 40)) }).click();
    await editor.getByRole("heading", { level: 1, name: NEBENZIA }).waitFor();

    const publish = editor.getByRole("form", { name: "Publish verdict" });
    const preview = editor.getByRole("region", { name: "Preview of the public verdict" });
    await expect(publish.getByLabel("Verdict")).toHaveValue("MOSTLY_TRUE");
    const headline = "Mostly true: Russia’s UN envoy did say Moscow and Washington are in contact on Syria";
    await publish.getByLabel("Headline").fill(headline);
    await publish
      .getByLabel("Summary")
      .fill("Nebenzia said so at the UN on 10 March 2025.\n\nWashington has not publicly described the contacts.");
    // Nothing cited yet: the refusal is tied to the evidence to tick, for screen readers too.
    await publish.getByRole("button", { name: "Publish verdict" }).click();
    const cite = publish.getByRole("checkbox", { name: /Nebenzia told reporters that Moscow and Washington/ });
    await expect(cite).toHaveAttribute("aria-invalid", "true");
    await expect(cite).toHaveAccessibleDescription(/Cite at least one piece of evidence/);
    await cite.check();
    // The preview follows the form as the editor types.
    await preview.getByRole("heading", { name: headline }).waitFor();
    await expect(preview).toContainText(EVIDENCE_EXCERPT, { useInnerText: true });
    await screenshot(editor, "publish-verdict-preview");
    await expectAccessible(editor, "claim desk (editor)");

    // A second reviewer has the same claim open: the verdict reaches their screen live.
    const watcher = await desk.openPage();
    await signIn(watcher, desk.server.url, "reviewer2@demo.factdesk", "demo-reviewer-2");
    const streaming = watcher.waitForResponse((response) => (response.request().headers().accept ?? "").includes("text/event-stream"));
    await watcher.goto(editor.url());
    await watcher.getByRole("heading", { level: 1, name: NEBENZIA }).waitFor();
    await streaming;

    await publish.getByRole("button", { name: "Publish verdict" }).click();
    const verdictSection = editor.getByRole("region", { name: "Verdict", exact: true });
    const publicLink = verdictSection.getByRole("link", { name: "Open the public verdict page →" });
    await publicLink.waitFor();
    // The form that was submitted is gone: focus lands on the section's heading, and a screen reader hears it.
    await expect(verdictSection.getByRole("status")).toHaveText("Verdict published.");
    await expect(verdictSection.getByRole("heading", { name: "Verdict", exact: true })).toBeFocused();
    await editor.getByRole("region", { name: "Workflow" }).getByText("Published", { exact: true }).waitFor();
    const verdictPath = await publicLink.getAttribute("href");
    expect(verdictPath).toMatch(/^\/verdicts\//);
    await watcher.getByRole("region", { name: "Workflow" }).getByText("Published", { exact: true }).waitFor();
    await expect(watcher.getByRole("region", { name: "Verdict", exact: true })).toContainText(headline, { useInnerText: true });

    // Readers and partners without JavaScript: the server-rendered page and the feeds carry it at once.
    const rendered = await (await fetch(`${desk.server.url}${verdictPath}`, { headers: { accept: "text/html" } })).text();
    expect(rendered).toMatch(/<div id="root">[\s\S]*<article/);
    expect(rendered).toContain("Russia’s UN envoy did say Moscow and Washington are in contact on Syria");
    const feed = (await (await fetch(`${desk.server.url}/claim-reviews.jsonld`)).json()) as { headline: string }[];
    expect(feed.map((review) => review.headline)).toContain(headline);
    expect(await (await fetch(`${desk.server.url}/verdicts.atom`)).text()).toContain("Russia’s UN envoy did say");

    // The partner's endpoint got verdict.published once, signed with the secret it was given.
    await expect.poll(() => partner.received.length).toBe(1);
    const [delivery] = partner.received;
    if (!delivery) throw new Error("the partner's endpoint got nothing");
    expect(delivery.event).toBe("verdict.published");
    expect(verifyFactDeskSignature(partnerSecret, delivery.signature, delivery.body)).toBe(true);
    expect(verifyFactDeskSignature("not-the-secret", delivery.signature, delivery.body)).toBe(false);
    expect(delivery.json.data.verdictId).toBe(verdictPath?.split("/").pop());
    expect(delivery.json.data.claimReview).toMatchObject({ headline, claimReviewed: NEBENZIA });

    // The queue's counts were invalidated by the mutation: back in the queue, Published shows the demo's 2 and this one.
    await editor.getByRole("link", { name: "← Claim queue" }).click();
    await editor.getByRole("button", { name: /^Published\s+3/ }).waitFor();

    await signOut(editor);
    await editor.goto(`${desk.server.url}${verdictPath}`);
    await editor.getByRole("heading", { level: 1, name: headline }).waitFor();
    const article = editor.getByRole("article");
    await expect(article).toContainText(NEBENZIA, { useInnerText: true });
    await expect(article).toContainText(EVIDENCE_EXCERPT, { useInnerText: true });
    await expect(article).toContainText("Mostly true", { useInnerText: true });
    const jsonLd = JSON.parse((await editor.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd["@type"]).toBe("ClaimReview");
    expect(JSON.stringify(jsonLd)).toContain("Russia and the US are communicating");
    await expect(
      editor
        .getByRole("button", { name: "Sign in" })
        .or(editor.getByRole("link", { name: "Sign in" }))
        .first(),
    ).toBeVisible();
    await screenshot(editor, "public-verdict");
    await expectAccessible(editor, "public verdict");
    expect(pageErrors(editor)).toEqual([]);
  });
});
