import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { maskFragments } from "gql.tada";
import { IngestPreview, IngestPreview_IngestPreviewFragment } from "./ingest-preview";
import { latakiaToll } from "../figures/test-support";

afterEach(cleanup);

const events = [
  { id: "e1", title: "Violence in coastal Syria" },
  { id: "e2", title: "Earthquake in Hatay" },
];

const score = (score: number, ...reasons: string[]) => ({ score, reasons });

/** `statementKey`: the statement the figure is saved with. */
const preview = (existing = false, statementKey: string | null = null, maxItems = 250, unread = false) =>
  maskFragments([IngestPreview_IngestPreviewFragment], {
    maxItems,
    proposedEvent: { id: "e1", title: "Violence in coastal Syria" },
    existingSource: existing
      ? {
          id: "s1",
          url: "https://wire.example/a",
          title: "Wire copy",
          publisher: "Wire",
          appearances: {
            totalCount: 2,
            edges: [
              { node: { id: "a1", claim: { id: "c1", text: "Claim one", status: "NEW" } } },
              { node: { id: "a2", claim: { id: "c1", text: "Claim one", status: "NEW" } } },
            ],
          },
        }
      : null,
    statements: [
      {
        key: "statement:1-50",
        kind: "STATEMENT",
        claimText: "Russia and the US are communicating regarding the situation in Syria",
        speakerRole: "Russia’s UN ambassador",
        hedged: false,
        speaker: { key: "vassily-nebenzia", name: "Vassily Nebenzia" },
        checkworthiness: score(0.32, "reported speech", "attribution: official"),
        possibleDuplicates: [
          {
            similarity: 0.93,
            claim: { id: "c9", text: "Russia and the US are communicating regarding the situation in Syria.", status: "NEW" },
          },
        ],
        priorFactCheck: null,
      },
      {
        key: "statement:60-90",
        kind: "QUOTE",
        claimText: "Many nations share our concern",
        speakerRole: null,
        hedged: true,
        speaker: null,
        checkworthiness: score(0.28, "quote"),
        possibleDuplicates: [],
        priorFactCheck: null,
      },
    ],
    figures: [
      {
        key: "figure:100-140:At least 1,300 people",
        ...latakiaToll,
        statementKey,
        scope: "CUMULATIVE",
        place: "Latakia and Tartus",
        periodText: "in the past three days",
        periodStart: "2025-03-07T00:00:00.000Z",
        periodEnd: "2025-03-10T00:00:00.000Z",
        periodPrecision: "DAY" as const,
        attributedTo: null,
        outcomeRecognised: true,
        checkworthiness: score(0.64, "figure", "casualty count"),
      },
      ...(unread
        ? [
            {
              key: "figure:300-320:210 passengers",
              metric: "OTHER" as const,
              outcomeRecognised: false,
              subject: "passengers",
              qualifier: "EXACT" as const,
              low: 210,
              high: 210,
              statedText: "210 passengers",
              statementKey: null,
              scope: null,
              place: null,
              periodText: null,
              periodStart: null,
              periodEnd: null,
              periodPrecision: null,
              attributedTo: null,
              checkworthiness: score(0.3, "figure"),
            },
          ]
        : []),
    ],
    media: [
      {
        key: "media:150-200",
        kind: "VIDEO",
        description: "militants executing civilians in public",
        hedge: "allegedly depict",
        graphic: true,
        checkworthiness: score(0.56, "media", "graphic"),
      },
    ],
  });

describe("IngestPreview", () => {
  it("lists every item ticked, labelled by its text, with speaker, qualifier, hedge, graphic warning, score and duplicates", () => {
    render(<IngestPreview preview={preview()} stale={false} saving={false} onSave={() => {}} events={events} />);
    const boxes = screen.getAllByRole("checkbox") as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, true, true, true]);

    const statement = screen.getByRole("checkbox", { name: "Russia and the US are communicating regarding the situation in Syria" });
    const details = document.getElementById(statement.getAttribute("aria-describedby")!)!;
    expect(details.textContent).toContain("Vassily Nebenzia, Russia’s UN ambassador");
    expect(details.textContent).toContain("Check-worthiness 32/100 reported speech · attribution: official");
    expect(details.textContent).toContain(
      "Already on the desk: Russia and the US are communicating regarding the situation in Syria. (93% similar)",
    );
    expect(within(details).getByRole("link").getAttribute("href")).toBe("/claims/c9");

    const quote = screen.getByRole("checkbox", { name: "“Many nations share our concern”" });
    const quoteDetails = document.getElementById(quote.getAttribute("aria-describedby")!)!;
    expect(quoteDetails.textContent).toContain("Speaker not identified");
    expect(quoteDetails.textContent).toContain("Hedged");

    const toll = screen.getByRole("checkbox", { name: "≥ 1,300 people killed" });
    expect(document.getElementById(toll.getAttribute("aria-describedby")!)!.textContent).toContain(
      "in the past three days (7 Mar 2025 – 10 Mar 2025) · running total",
    );
    const video = screen.getByRole("checkbox", { name: "Video: militants executing civilians in public" });
    const videoDetails = document.getElementById(video.getAttribute("aria-describedby")!)!.textContent;
    expect(videoDetails).toContain("Reported as: “allegedly depict”");
    expect(videoDetails).toContain("Graphic");

    expect(screen.getByRole("group", { name: "Statements 2" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Figures 1" })).toBeTruthy();
    expect(screen.getByRole("group", { name: "Media 1" })).toBeTruthy();
  });

  it("refuses to save more items than the desk takes from one article, and says how many to untick", () => {
    const onSave = vi.fn();
    render(<IngestPreview preview={preview(false, null, 2)} stale={false} saving={false} onSave={onSave} events={events} />);
    const save = () => screen.getByRole("button", { name: /^Save/ }) as HTMLButtonElement;
    expect(save().disabled).toBe(true);
    expect(screen.getByRole("status").textContent).toMatch(/At most 2 items are saved from one article at once\. Untick 2 more/);
    fireEvent.click(screen.getByRole("checkbox", { name: /Many nations share our concern/ }));
    fireEvent.click(screen.getByRole("checkbox", { name: /militants executing civilians/ }));
    expect(save().disabled).toBe(false);
    fireEvent.click(save());
    expect(onSave).toHaveBeenCalledWith(["statement:60-90", "media:150-200"], { event: "e1" });
  });

  it("saves with the unticked keys as `skip` and counts what is left", () => {
    const onSave = vi.fn();
    render(<IngestPreview preview={preview()} stale={false} saving={false} onSave={onSave} events={events} />);
    expect(screen.getByRole("button", { name: "Save 4 items" })).toBeTruthy();
    fireEvent.click(screen.getByRole("checkbox", { name: "“Many nations share our concern”" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Video: militants executing civilians in public" }));
    fireEvent.click(screen.getByRole("button", { name: "Save 2 items" }));
    // Filed under the suggested event unless the reviewer picks another.
    expect(onSave).toHaveBeenCalledWith(["statement:60-90", "media:150-200"], { event: "e1" });

    // Ticking again takes it back out of `skip`.
    fireEvent.click(screen.getByRole("checkbox", { name: "Video: militants executing civilians in public" }));
    fireEvent.click(screen.getByRole("button", { name: "Save 3 items" }));
    expect(onSave).toHaveBeenLastCalledWith(["statement:60-90"], { event: "e1" });

    const event = screen.getByLabelText("Event") as HTMLSelectElement;
    expect([...event.options].map((o) => o.text)).toEqual([
      "Violence in coastal Syria (suggested)",
      "A new event for this article",
      "Earthquake in Hatay",
    ]);
    fireEvent.change(event, { target: { value: "new" } });
    fireEvent.click(screen.getByRole("button", { name: "Save 3 items" }));
    expect(onSave).toHaveBeenLastCalledWith(["statement:60-90"], { newEvent: true });
    fireEvent.change(event, { target: { value: "e2" } });
    fireEvent.click(screen.getByRole("button", { name: "Save 3 items" }));
    expect(onSave).toHaveBeenLastCalledWith(["statement:60-90"], { event: "e2" });
  });

  it("says when a figure is saved with the statement that states it, while that statement is ticked", () => {
    render(<IngestPreview preview={preview(false, "statement:1-50")} stale={false} saving={false} onSave={() => {}} events={events} />);
    const figure = screen.getByRole("checkbox", { name: "≥ 1,300 people killed" });
    const details = () => document.getElementById(figure.getAttribute("aria-describedby")!)!.textContent;
    expect(details()).toContain("saved with the statement that states it");
    fireEvent.click(screen.getByRole("checkbox", { name: "Russia and the US are communicating regarding the situation in Syria" }));
    expect(details()).not.toContain("saved with the statement");
  });

  it("leaves a count of people whose fate was not read unticked, says why, and saves it once ticked", () => {
    const onSave = vi.fn();
    render(<IngestPreview preview={preview(false, null, 250, true)} stale={false} saving={false} onSave={onSave} events={events} />);
    const passengers = screen.getByRole("checkbox", { name: "210 passengers" }) as HTMLInputElement;
    expect(passengers.checked).toBe(false);
    expect(document.getElementById(passengers.getAttribute("aria-describedby")!)!.textContent).toContain("Outcome not read");
    expect((screen.getByRole("checkbox", { name: "≥ 1,300 people killed" }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Save 4 items" }));
    expect(onSave).toHaveBeenLastCalledWith(["figure:300-320:210 passengers"], { event: "e1" });
    fireEvent.click(passengers);
    fireEvent.click(screen.getByRole("button", { name: "Save 5 items" }));
    expect(onSave).toHaveBeenLastCalledWith([], { event: "e1" });
  });

  it("does not save a preview the form has moved away from", () => {
    render(<IngestPreview preview={preview()} stale saving={false} onSave={() => {}} events={events} />);
    expect((screen.getByRole("button", { name: "Save 4 items" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole("status").textContent).toContain("Preview it again before saving.");
  });

  it("links to an article already on the desk instead of offering to save it", () => {
    render(<IngestPreview preview={preview(true)} stale={false} saving={false} onSave={() => {}} events={events} />);
    expect(screen.getByRole("heading", { name: "Already on the desk" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Wire copy" }).getAttribute("href")).toBe("https://wire.example/a");
    // Two appearances of one claim: listed once.
    expect(screen.getAllByRole("link", { name: "Claim one" })).toHaveLength(1);
    expect(screen.queryByRole("checkbox")).toBeNull();
    expect(screen.queryByRole("button", { name: /^Save/ })).toBeNull();
  });
});
