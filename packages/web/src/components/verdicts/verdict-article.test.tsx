import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { VerdictArticle, type VerdictArticleProps } from "./verdict-article";
import { parseVerdictParams, serializeVerdictParams, toVerdictFilter } from "./verdict-filters";

afterEach(cleanup);

const base: VerdictArticleProps = {
  state: "PUBLISHED",
  label: "MOSTLY_TRUE",
  headline: "Mostly true: hundreds of civilians were reported killed",
  summary: "Monitors counted more than 800.",
  publishedAt: "2025-03-11T00:00:00.000Z",
  publishedBy: "Lena Fischer",
  claim: {
    text: "There are reports of hundreds of civilian deaths in Syria in recent days.",
    kind: "FIGURE",
    claimant: null,
    claimDate: "2025-03-10T00:00:00.000Z",
    claimDatePrecision: "DAY",
    place: "Syria",
  },
  citedEvidence: [],
  corrections: [],
  variant: "page",
};

describe("VerdictArticle", () => {
  it("names each page the claim was seen in once a day, however many quotations it holds", () => {
    const un = { url: "https://press.un.org/a", title: "Security Council", publisher: "UN", seenAt: "2025-03-10T09:00:00.000Z" };
    const tass = { url: "https://tass.example/b", title: "Moscow: Russia and US", publisher: null, seenAt: "2025-03-10T10:00:00.000Z" };
    render(<VerdictArticle {...base} claim={{ ...base.claim, appearances: [un, { ...un, seenAt: "2025-03-10T12:00:00.000Z" }, tass] }} />);
    const seenIn = document.querySelector(".verdict-appearances")?.textContent;
    expect(seenIn).toBe("Seen in Security Council (UN, 10 Mar 2025) and Moscow: Russia and US (10 Mar 2025)");
  });

  it("names a verdict awaiting sign-off as proposed by its editor, not as published", () => {
    render(<VerdictArticle {...base} state="AWAITING_SIGN_OFF" publishedAt={null} />);
    const byline = document.querySelector(".verdict-byline")?.textContent;
    expect(byline).toBe("Proposed by Lena Fischer; published once a second editor signs it off");
  });

  it("leads a retracted verdict with the retraction, its reason and the former rating struck through", () => {
    render(
      <VerdictArticle {...base} state="RETRACTED" retractedAt="2025-03-12T00:00:00.000Z" retractionReason="The explainer was withdrawn." />,
    );
    const headings = screen.getAllByRole("heading");
    expect(headings[0]?.textContent).toBe("Retracted");
    expect(headings[0]?.tagName).toBe("H1");
    const retraction = screen.getByRole("region", { name: "Retraction" });
    expect(retraction.textContent).toContain("Retracted on 12 Mar 2025");
    expect(retraction.textContent).toContain("The explainer was withdrawn.");
    const former = within(retraction).getByText("Former rating:", { exact: false });
    expect(former.querySelector("del")?.textContent).toBe("Mostly true");
    // No live label badge anywhere.
    expect(document.querySelector(".badge.label-mostly-true")).toBeNull();
  });

  it("shows a correction of the wording with the old and the new wording, and other fields as old → new", () => {
    render(
      <VerdictArticle
        {...base}
        corrections={[
          {
            id: "c1",
            reason: "The claim was misquoted.",
            changedFields: ["claimText", "label", "claimantRole"],
            before: { claimText: "Old words.", label: "TRUE", claimantRole: null },
            after: { claimText: "New words.", label: "MOSTLY_TRUE", claimantRole: "Monitor" },
            createdAt: "2025-03-12T10:00:00.000Z",
            correctedBy: "Lena Fischer",
          },
        ]}
      />,
    );
    const corrections = screen.getByRole("region", { name: "Corrections" });
    expect(corrections.textContent).toContain("The claim was misquoted.");
    expect(corrections.querySelector(".correction-wording del")?.textContent).toBe("Old words.");
    expect(corrections.querySelector(".correction-wording ins")?.textContent).toBe("New words.");
    expect(corrections.textContent).toContain("Verdict changed: True → Mostly true");
    expect(corrections.textContent).toContain("Claimant's role changed: none → Monitor");
    expect(corrections.textContent).not.toMatch(/MOSTLY_TRUE|claimText/);
  });
});

describe("the public list's filters", () => {
  it("round-trip through the URL and ignore what is not valid", () => {
    const params = parseVerdictParams("?q=sharaa&label=TRUE&from=2025-03-01&to=2025-03-31&retracted=hide&junk=1");
    expect(params).toEqual({ q: "sharaa", label: "TRUE", event: "", from: "2025-03-01", to: "2025-03-31", retracted: false });
    expect(serializeVerdictParams(params)).toBe("?q=sharaa&label=TRUE&from=2025-03-01&to=2025-03-31&retracted=hide");
    expect(parseVerdictParams("?label=PANTS_ON_FIRE&from=yesterday")).toMatchObject({ label: "", from: "" });
  });

  it("include the last day of the date range", () => {
    expect(toVerdictFilter(parseVerdictParams("?from=2025-03-01&to=2025-03-31"))).toEqual({
      publishedAfter: "2025-03-01T00:00:00.000Z",
      publishedBefore: "2025-04-01T00:00:00.000Z",
    });
  });
});
