import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { Provider } from "urql";
import { maskFragments } from "gql.tada";
import { createUrqlClient } from "../../urql";
import { PublishVerdictForm, PublishVerdictForm_ClaimFragment } from "./publish-verdict-form";

afterEach(cleanup);

const claim = maskFragments([PublishVerdictForm_ClaimFragment], {
  id: "c1",
  text: "The coastal road was closed to aid convoys on 9 March.",
  kind: "STATEMENT",
  status: "NEEDS_EDITOR",
  claimantRole: null,
  claimDate: null,
  claimDatePrecision: null,
  place: null,
  claimant: null,
  consensus: { contested: false, majorityLabel: null },
});
const evidence = [
  {
    id: "e1",
    stance: "REFUTES" as const,
    excerpt: "Convoys reached Baniyas on 9 March.",
    note: null,
    source: { id: "s1", url: "https://news.example/convoys", title: "Convoys", publisher: "Red Crescent" },
  },
];

function serverRecording() {
  const sent: { operationName: string; variables: unknown }[] = [];
  const fetchImpl = (async (_url: RequestInfo | URL, init?: RequestInit) => {
    sent.push(JSON.parse(String(init?.body)));
    // The test stops at what was sent; a transport error leaves the form as it is.
    return new Response(JSON.stringify({ errors: [{ message: "Stopped here." }] }), { headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  return { client: createUrqlClient("http://test/graphql", { fetchImpl }).client, sent };
}

/** The sentences that describe a control: its hint and its issues. */
const description = (control: HTMLElement) =>
  (control.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");

describe("PublishVerdictForm", () => {
  it("shows every missing field's error at once when the editor tries to publish, not the label's alone", async () => {
    const { client, sent } = serverRecording();
    render(
      <Provider value={client}>
        <PublishVerdictForm claim={claim} evidence={evidence} refetch={() => {}} onPublished={() => {}} />
      </Provider>,
    );
    const form = screen.getByRole("form", { name: "Publish verdict" });
    fireEvent.click(within(form).getByRole("button", { name: "Publish verdict" }));

    expect(within(form).getByRole("alert").textContent).toBe("Nothing was published: 4 fields need filling in (see below).");
    // Focus goes from the button at the bottom of the form to what it says at the top.
    await vi.waitFor(() => expect(document.activeElement).toBe(within(form).getByRole("alert").parentElement));
    for (const [label, message] of [
      ["Verdict", "Choose a verdict."],
      ["Headline", "Write the headline readers see."],
      ["Summary", "Write the summary: the reasoning, for readers."],
    ]) {
      const control = within(form).getByLabelText(label!);
      expect(control.getAttribute("aria-invalid"), label).toBe("true");
      expect(description(control), label).toContain(message);
    }
    const cite = within(form).getByRole("checkbox", { name: /Convoys reached Baniyas/ });
    expect(description(cite)).toContain("Cite at least one piece of evidence.");
    expect(sent).toEqual([]);

    // Each filled field loses its error; once all are, the verdict is sent.
    fireEvent.change(within(form).getByLabelText("Headline"), { target: { value: "False: convoys got through" } });
    expect(within(form).getByLabelText("Headline").getAttribute("aria-invalid")).toBeNull();
    fireEvent.change(within(form).getByLabelText("Verdict"), { target: { value: "FALSE" } });
    fireEvent.change(within(form).getByLabelText("Summary"), { target: { value: "The Red Crescent's log shows convoys arriving." } });
    fireEvent.click(cite);
    fireEvent.click(within(form).getByRole("button", { name: "Publish verdict" }));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent.map((body) => body.variables)).toEqual([
      {
        input: {
          claim: "c1",
          label: "FALSE",
          headline: "False: convoys got through",
          summary: "The Red Crescent's log shows convoys arriving.",
          citedEvidence: ["e1"],
        },
      },
    ]);
    // The server's refusal (here, a transport error) is said, and focused, where the missing fields were.
    await vi.waitFor(() => expect(within(form).getByRole("alert").textContent).toMatch(/^Nothing was saved\./));
    await vi.waitFor(() => expect(document.activeElement).toBe(within(form).getByRole("alert").parentElement));
  });
});
