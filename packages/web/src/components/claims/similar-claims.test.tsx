import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { Provider } from "urql";
import { maskFragments } from "gql.tada";
import { createUrqlClient } from "../../urql";
import { SimilarClaims, SimilarClaims_ClaimFragment } from "./similar-claims";
import { toCreateInput } from "./new-claim-form";

afterEach(cleanup);

const claim = maskFragments([SimilarClaims_ClaimFragment], {
  id: "keep",
  mergedInto: null,
  similarClaims: [
    {
      similarity: 0.87,
      claim: {
        id: "dup",
        text: "Russia and the US are communicating regarding the situation in Syria.",
        kind: "STATEMENT",
        status: "NEW",
        version: 4,
        claimantRole: "Russia’s UN ambassador",
        claimant: { id: "e1", name: "Vassily Nebenzia" },
        verdict: null,
      },
    },
    {
      similarity: 0.52,
      claim: {
        id: "published",
        text: "A claim with a verdict",
        kind: "STATEMENT",
        status: "PUBLISHED",
        version: 9,
        claimantRole: null,
        claimant: null,
        verdict: { id: "v1" },
      },
    },
  ],
});

/** A server that answers the merge with `payload` and the claim's open merge proposals with `proposals`. */
function serverAnswering(payload: unknown, proposals: unknown[] = [], priorFactCheck: unknown = null) {
  const bodies: { operationName: string; variables: Record<string, unknown> }[] = [];
  const fetchImpl = (async (url: RequestInfo | URL, init?: RequestInit) => {
    // Queries go by GET (their operation name in the URL), mutations by POST.
    const body = init?.body ? JSON.parse(String(init.body)) : { operationName: new URL(String(url)).searchParams.get("operationName") };
    const proposalsAsked = body.operationName === "SimilarClaimsPanel";
    if (!proposalsAsked) bodies.push(body);
    const data = proposalsAsked
      ? { node: { __typename: "Claim", id: "keep", priorFactCheck, openMergeProposals: proposals } }
      : { mergeClaims: payload };
    return new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  return { client: createUrqlClient("http://test/graphql", { fetchImpl: fetchImpl }).client, bodies };
}

describe("SimilarClaims", () => {
  it("shows similar claims with their similarity; reviewers propose a merge instead of merging", () => {
    const { client } = serverAnswering(null);
    render(
      <Provider value={client}>
        <SimilarClaims claim={claim} viewer={{ id: "u1", role: "REVIEWER" }} refetch={() => {}} />
      </Provider>,
    );
    expect(screen.getByRole("heading", { name: "Similar claims 2" })).toBeTruthy();
    expect(screen.getByText("87% similar")).toBeTruthy();
    expect(
      screen.getByRole("link", { name: "Russia and the US are communicating regarding the situation in Syria." }).getAttribute("href"),
    ).toBe("/claims/dup");
    expect(screen.queryByRole("button", { name: "Merge into this claim" })).toBeNull();
    // Only the claim without a verdict can be proposed for merging.
    expect(screen.getAllByRole("button", { name: "Propose merge" })).toHaveLength(1);
  });

  it("shows an open proposal instead of offering the same one again", async () => {
    const { client } = serverAnswering(null, [
      {
        __typename: "MergeProposal",
        id: "mp1",
        reason: "Same briefing.",
        proposedBy: { __typename: "User", id: "u7", name: "Rana Haddad" },
        duplicate: { __typename: "Claim", id: "dup", text: "Russia and the US are communicating regarding the situation in Syria." },
        keep: { __typename: "Claim", id: "keep", text: "Russia and the United States are communicating." },
      },
    ]);
    render(
      <Provider value={client}>
        <SimilarClaims claim={claim} viewer={{ id: "u1", role: "REVIEWER" }} refetch={() => {}} />
      </Provider>,
    );
    await screen.findByText("Merge proposed by Rana Haddad: “Same briefing.”");
    expect(screen.queryByRole("button", { name: "Propose merge" })).toBeNull();
  });

  it("says when the desk has already published a verdict on a claim worded like this one", async () => {
    const verdict = {
      __typename: "Verdict",
      id: "v7",
      label: "TRUE",
      headline: "True: al-Sharaa condemned the coastal killings",
      publishedAt: "2025-03-11T09:00:00.000Z",
    };
    const { client } = serverAnswering(null, [], verdict);
    render(
      <Provider value={client}>
        <SimilarClaims claim={claim} viewer={{ id: "u1", role: "REVIEWER" }} refetch={() => {}} />
      </Provider>,
    );
    const link = await screen.findByRole("link", { name: "True: al-Sharaa condemned the coastal killings" });
    expect(link.getAttribute("href")).toBe("/verdicts/v7");
    expect(link.closest("p")?.textContent).toBe("Already fact-checked: True, 11 Mar 2025 · True: al-Sharaa condemned the coastal killings");
  });

  it("lets an editor merge after confirming, with the duplicate's version, then reloads the desk", async () => {
    const { client, bodies } = serverAnswering({
      __typename: "MergeClaimsSuccess",
      claim: { __typename: "Claim", id: "keep", version: 3, updatedAt: "2025-03-11T00:00:00.000Z" },
    });
    const refetch = vi.fn();
    render(
      <Provider value={client}>
        <SimilarClaims claim={claim} viewer={{ id: "u2", role: "EDITOR" }} refetch={refetch} />
      </Provider>,
    );
    // A claim with a verdict cannot be merged away, so it gets no button.
    expect(screen.getAllByRole("button", { name: "Merge into this claim" })).toHaveLength(1);
    expect(screen.getByText("Has a verdict, so it cannot be merged away.")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Merge into this claim" }));
    expect(bodies).toHaveLength(0);
    fireEvent.click(screen.getByRole("button", { name: "Confirm merge" }));
    await screen.findByText(/^Merged “Russia and the US are communicating/);
    expect(bodies[0]?.operationName).toBe("MergeClaims");
    expect(bodies[0]?.variables).toEqual({ input: { keep: "keep", duplicates: [{ id: "dup", expectedVersion: 4 }] } });
    expect(refetch).toHaveBeenCalled();
  });

  it("shows a conflict when the duplicate changed meanwhile: who changed it, and a Refresh that reloads", async () => {
    const { client } = serverAnswering({
      __typename: "ConflictError",
      message: "This claim was changed by someone else.",
      code: "claim/version_conflict",
      currentVersion: 5,
      entityType: "Claim",
      lastChange: {
        __typename: "AuditEntry",
        id: "a9",
        action: "claim.update",
        at: "2025-03-11T10:00:00.000Z",
        entityType: "Claim",
        after: {},
        actor: { __typename: "User", id: "u7", name: "Rana Haddad" },
        changes: [{ __typename: "FieldChange", field: "place", before: "Moscow", after: "Sochi" }],
      },
    });
    const refetch = vi.fn();
    render(
      <Provider value={client}>
        <SimilarClaims claim={claim} viewer={{ id: "u2", role: "EDITOR" }} refetch={refetch} />
      </Provider>,
    );
    fireEvent.click(screen.getByRole("button", { name: "Merge into this claim" }));
    fireEvent.click(screen.getByRole("button", { name: "Confirm merge" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Nothing was saved: someone else changed the other claim first.");
    expect(alert.textContent).toContain("Rana Haddad edited the claim");
    expect(alert.textContent).toContain("Place: Moscow → Sochi");
    expect(refetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(refetch).toHaveBeenCalled();
    expect(screen.queryByRole("alert")).toBeNull();
  });
});

describe("new claim input", () => {
  const draft = {
    text: "  A claim  ",
    kind: "STATEMENT" as const,
    claimant: "",
    claimantRole: " ",
    event: "",
    claimDate: "",
    claimDatePrecision: "" as const,
    place: " ",
    placePrecision: "" as const,
    tags: "Diplomacy, UN, ,un",
    url: "",
    excerpt: "",
  };

  it("sends only what was filled in, with tags lower-cased", () => {
    expect(toCreateInput(draft)).toEqual({ text: "A claim", kind: "STATEMENT", tags: ["diplomacy", "un", "un"] });
  });

  it("sends the date with its precision (Day unless chosen), and a place's precision only with a place", () => {
    const dated = toCreateInput({ ...draft, claimDate: "2025-03-10", place: " Latakia ", placePrecision: "CITY" });
    expect(dated).toMatchObject({
      claimDate: "2025-03-10T00:00:00.000Z",
      claimDatePrecision: "DAY",
      place: "Latakia",
      placePrecision: "CITY",
    });
    expect(toCreateInput({ ...draft, claimDate: "2025-03-01", claimDatePrecision: "MONTH" }).claimDatePrecision).toBe("MONTH");
    expect(toCreateInput({ ...draft, placePrecision: "CITY" })).not.toHaveProperty("placePrecision");
  });

  it("sends the first appearance when either half is filled, so the server can point at the missing half", () => {
    expect(toCreateInput({ ...draft, url: "https://news.example/a" }).appearance).toEqual({
      source: { url: "https://news.example/a" },
      excerpt: "",
    });
    expect(toCreateInput({ ...draft, excerpt: "words" }).appearance).toEqual({ source: { url: "" }, excerpt: "words" });
  });
});
