import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type Actor, type TestServer } from "../testkit/server.js";
import { ErrorFields, factories, mutate } from "../testkit/factories.js";
import { graphql, narrow } from "../testkit/graphql.js";

// The whole review flow on the demo desk, as the issue describes it: a reviewer adds evidence and rates,
// a second reviewer rates, an editor publishes a verdict and later corrects it; partners read it anonymously.

let server: TestServer;
let make: ReturnType<typeof factories>;
let reviewer: Actor, reviewer2: Actor, editor: Actor;

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  make = factories(server);
  reviewer = await server.signIn("reviewer@demo.factdesk", "demo-reviewer-1");
  reviewer2 = await server.signIn("reviewer2@demo.factdesk", "demo-reviewer-2");
  editor = await server.signIn("editor@demo.factdesk", "demo-editor-1");
});
afterAll(() => server?.close());

describe("review flow on the demo desk", () => {
  it("takes the Nebenzia claim from NEW to a corrected, public verdict", async () => {
    const found = await server.execute(
      graphql(
        `query FindClaim { claims(first: 5, filter: { text: "communicating" }) { edges { node { id status version claimant { name } } } } }`,
      ),
      {},
      reviewer,
    );
    const claim = found.claims.edges[0]!.node;
    expect(claim.claimant!.name).toBe("Vassily Nebenzia");
    expect(claim.status).toBe("NEW");

    const evidence = await make.evidence(reviewer, claim.id, {
      source: { url: "https://press.un.org/en/2025/sc-meeting.doc.htm?utm_source=x#top" },
      stance: "CONTEXT",
      excerpt: "Council members held closed consultations on Syria on 10 March.",
      note: "UN press summary confirms the meeting.",
    });
    expect(evidence.source.url).toBe("https://press.un.org/en/2025/sc-meeting.doc.htm");
    await make.rating(reviewer, claim.id, { label: "UNVERIFIABLE", confidence: 60, citedEvidence: [evidence.id] });
    await make.rating(reviewer2, claim.id, { label: "UNVERIFIABLE", confidence: 70 });

    const desk = await server.execute(
      graphql(`query ClaimDesk($id: ID!) { claim(id: $id) { status consensus { ratingCount majorityLabel agreement contested }
         ratings { edges { node { label reviewer { name } } } } } }`),
      { id: claim.id },
      editor,
    );
    expect(desk.claim!.status).toBe("IN_REVIEW");
    expect(desk.claim!.consensus).toEqual({ ratingCount: 2, majorityLabel: "UNVERIFIABLE", agreement: 1, contested: false });

    const verdict = await make.verdict(editor, claim.id, [evidence.id], {
      label: "UNVERIFIABLE",
      headline: "No public record of the US–Russia contacts",
      summary: "Neither government has published details of the communication Nebenzia described.",
    });
    expect(verdict.state).toBe("PUBLISHED");

    const corrected = await mutate(
      server,
      editor,
      graphql(
        `mutation CorrectVerdict($input: CorrectVerdictInput!) { correctVerdict(input: $input) {
        __typename ... on CorrectVerdictSuccess { verdict { version headline corrections { changedFields reason before after } } } ...ErrorFields } }`,
        [ErrorFields],
      ),
      {
        input: {
          id: verdict.id,
          expectedVersion: verdict.version,
          headline: "No public record of US–Russia contacts on Syria",
          reason: "Clarified the headline.",
        },
      },
    );
    expect(corrected.verdict.corrections).toEqual([
      {
        changedFields: ["headline"],
        reason: "Clarified the headline.",
        before: { headline: "No public record of the US–Russia contacts" },
        after: { headline: "No public record of US–Russia contacts on Syria" },
      },
    ]);

    // Partners, signed out, see the claim, the verdict with its correction and the cited evidence.
    const publicView = await server.execute(
      graphql(`query PublicVerdict($id: ID!) { node(id: $id) { ... on Verdict { state headline claim { text status } corrections { reason }
         citedEvidence { excerpt source { url } } claimReview } } }`),
      { id: verdict.id },
      anonymous,
    );
    const published = narrow(publicView.node, "Verdict");
    expect(published.state).toBe("PUBLISHED");
    expect(published.claim?.status).toBe("PUBLISHED");
    expect(published.corrections).toEqual([{ reason: "Clarified the headline." }]);
    expect(published.citedEvidence[0]!.source.url).toBe("https://press.un.org/en/2025/sc-meeting.doc.htm");
    expect(published.claimReview).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      claimReviewed: "Russia and the US are communicating regarding the situation in Syria.",
      itemReviewed: { author: { "@type": "Person", name: "Vassily Nebenzia", jobTitle: "Russia’s UN ambassador" } },
      reviewRating: { alternateName: "Unverifiable" },
    });

    const history = await server.execute(
      graphql(`query ClaimHistory($id: ID!) { claim(id: $id) { history(first: 50) { edges { node { action actor { name } } } } } }`),
      { id: claim.id },
      editor,
    );
    expect(history.claim!.history.edges.map((e) => e.node.action)).toEqual([
      // The demo desk writes through the same services: the claim, then each of its two appearances.
      "claim.create",
      "appearance.create",
      "appearance.create",
      "evidence.add",
      "claim.set_status",
      "rating.create",
      "rating.create",
      "verdict.publish",
      "verdict.correct",
    ]);
  });
});
