import { describe, expect, it } from "vitest";
import { describeAction, describeChanges, fieldName } from "./changes";

describe("field changes in words", () => {
  it("names fields as the desk labels them and shows values as words", () => {
    expect(fieldName("claimantRole")).toBe("Claimant's role");
    expect(fieldName("graceMinutes")).toBe("Grace minutes");
    expect(describeChanges([{ field: "status", before: "IN_REVIEW", after: "NEEDS_EDITOR" }])).toEqual([
      { field: "status", name: "Status", before: "In review", after: "Needs editor", long: false },
    ]);
    expect(describeChanges([{ field: "kind", before: "QUOTE", after: "STATEMENT" }])[0]).toMatchObject({
      before: "Quote",
      after: "Statement",
    });
  });

  it("says only that a reference changed (its value is an id), and folds a date's precision into the date", () => {
    expect(describeChanges([{ field: "claimantId", before: "ckx1", after: "ckx2" }])).toEqual([
      { field: "claimantId", name: "Claimant", before: null, after: null, long: false },
    ]);
    const date = describeChanges([
      { field: "claimDate", before: "2025-03-10T00:00:00.000Z", after: "2025-03-01T00:00:00.000Z" },
      { field: "claimDatePrecision", before: "DAY", after: "MONTH" },
    ]);
    expect(date).toEqual([{ field: "claimDate", name: "Claim date", before: "10 Mar 2025", after: "March 2025", long: false }]);
  });

  it("words actions for a sentence that starts with a name, never with the action's code", () => {
    expect(describeAction({ action: "claim.set_status", changes: [{ field: "status", before: "IN_REVIEW", after: "NEEDS_EDITOR" }] })).toBe(
      "sent it to an editor",
    );
    expect(describeAction({ action: "claim.update", after: { via: "verdict.correct" } })).toBe(
      "reworded the claim through a verdict correction",
    );
    expect(describeAction({ action: "figure.frobnicate" })).toBe("changed a figure");
    // A media correction says when it made the item graphic (or not): that decides whether viewers see it at once.
    expect(describeAction({ action: "media.update", changes: [{ field: "url", before: null, after: "https://v.example/a" }] })).toBe(
      "edited a media item",
    );
    expect(describeAction({ action: "media.update", changes: [{ field: "graphic", before: false, after: true }] })).toBe(
      "marked a media item as graphic",
    );
    expect(describeAction({ action: "media.update", changes: [{ field: "graphic", before: true, after: false }] })).toBe(
      "marked a media item as not graphic",
    );
    expect(describeChanges([{ field: "graphic", before: false, after: true }], "MediaItem")).toEqual([
      { field: "graphic", name: "Graphic", before: "no", after: "yes", long: false },
    ]);
    expect(fieldName("firstSeenWhere")).toBe("First seen where");
    // Adding a note is not editing it, and an assignment says to whom.
    expect(describeAction({ action: "note.add" })).toBe("added a note");
    expect(describeAction({ action: "note.edit" })).toBe("edited their note");
    expect(
      describeAction({
        action: "claim.assign",
        after: { assigneeId: "u1", assigneeName: "Sam Okafor" },
        changes: [{ field: "assigneeId", after: "u1" }],
      }),
    ).toBe("assigned the claim to Sam Okafor");
    expect(
      describeAction({ action: "claim.assign", actor: { name: "Sam Okafor" }, after: { assigneeId: "u1", assigneeName: "Sam Okafor" } }),
    ).toBe("assigned the claim to themselves");
    expect(describeAction({ action: "claim.assign", changes: [{ field: "assigneeId", after: null }] })).toBe("unassigned the claim");
  });
});
