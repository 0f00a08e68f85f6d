import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { CombinedError } from "urql";
import { failureOf, FormErrors, issuesFor, type MutationFailure } from "./form-errors";
import { Field } from "./field";

afterEach(cleanup);

const validation: MutationFailure = {
  __typename: "ValidationError",
  message: "Invalid input",
  code: "validation/invalid",
  issues: [
    { path: ["input", "source", "url"], message: "Must be an http:// or https:// URL" },
    { path: ["input", "source"], message: "Give either a source id or a URL, not both" },
    { path: ["input", "citedEvidenceIds"], message: "Cite at least one piece of evidence" },
    { path: ["input", "claimantRole"], message: "Too long" },
    { path: ["input"], message: "The correction changes nothing." },
  ],
};

const conflict: MutationFailure = {
  __typename: "ConflictError",
  message: "This claim was changed by someone else (now at version 7). Reload it and apply your edit again.",
  code: "claim/version_conflict",
  currentVersion: 7,
  entityType: "Claim",
  lastChange: {
    id: "a1",
    action: "claim.set_status",
    at: "2025-03-11T09:30:00.000Z",
    entityType: "Claim",
    after: { status: "NEEDS_EDITOR", version: 7 },
    actor: { id: "u2", name: "Sam Okafor" },
    changes: [{ field: "status", before: "IN_REVIEW", after: "NEEDS_EDITOR" }],
  },
};

describe("mutation result unions", () => {
  it("treats only the error members of a result union as failures", () => {
    expect(failureOf({ __typename: "AddEvidenceSuccess" })).toBeNull();
    expect(failureOf(undefined)).toBeNull();
    expect(failureOf(validation)?.__typename).toBe("ValidationError");
  });

  it("maps issue paths to the form's fields, a field and what lies below it only", () => {
    expect(issuesFor(validation, "source").map((i) => i.message)).toEqual([
      "Must be an http:// or https:// URL",
      "Give either a source id or a URL, not both",
    ]);
    expect(issuesFor(validation, "citedEvidence").map((i) => i.message)).toEqual(["Cite at least one piece of evidence"]);
    // "claimant" is a field of its own, not a prefix of "claimantRole".
    expect(issuesFor(validation, "claimant")).toEqual([]);
    expect(issuesFor(validation, "excerpt")).toEqual([]);
  });

  it("shows each issue under its field as its own sentence, and a summary that is a sentence", () => {
    render(
      <form aria-label="Test">
        <FormErrors failure={validation} fields={["source", "citedEvidence", "claimantRole"]} />
        <Field label="Source URL" issues={issuesFor(validation, "source")}>
          {(control) => <input {...control} />}
        </Field>
      </form>,
    );
    const input = screen.getByLabelText("Source URL");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const description = document.getElementById(input.getAttribute("aria-describedby")!)!;
    const lines = [...description.querySelectorAll(".field-issue-line")].map((line) => line.textContent);
    expect(lines).toEqual(["Must be an http:// or https:// URL.", "Give either a source id or a URL, not both."]);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Nothing was saved: 3 fields need a change (see below).");
    expect(alert.textContent).toContain("The correction changes nothing.");
    expect(alert.textContent).not.toContain("Must be an http");
  });

  it("words a refused edit of published wording as the sentence readers of the desk know", () => {
    render(
      <FormErrors
        failure={{
          __typename: "ValidationError",
          message: "input.text: …",
          code: "claim/wording_published",
          issues: [{ path: ["input", "text"], message: "A published verdict judged this wording…" }],
        }}
        fields={["text"]}
      />,
    );
    expect(screen.getByRole("alert").textContent).toBe(
      "Nothing was saved. A published verdict judged this wording. To change it, an editor corrects the verdict, and readers see the correction.",
    );
  });

  it("shows a conflict with who changed what, and a Refresh", () => {
    const onRefresh = vi.fn();
    render(<FormErrors failure={conflict} onRefresh={onRefresh} />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Nothing was saved: someone else changed this claim first.");
    expect(alert.textContent).toContain("Sam Okafor sent it to an editor (11 Mar 2025, 09:30 UTC).");
    expect(alert.textContent).toContain("Status: In review → Needs editor");
    expect(alert.textContent).not.toMatch(/NEEDS_EDITOR|IN_REVIEW|version/);
    fireEvent.click(screen.getByRole("button", { name: "Refresh" }));
    expect(onRefresh).toHaveBeenCalled();
  });

  it("shows a ForbiddenError as a message", () => {
    render(<FormErrors failure={{ __typename: "ForbiddenError", message: "Editors only.", code: "auth/forbidden" }} />);
    expect(screen.getByRole("alert").textContent).toBe("Not allowed. Editors only.");
  });

  it("never shows a NotFoundError's raw id", () => {
    render(
      <FormErrors
        failure={{ __typename: "NotFoundError", message: "No Claim with id ckx1.", code: "claim/not_found", entityType: "Claim" }}
      />,
    );
    expect(screen.getByRole("alert").textContent).toContain("This claim no longer exists");
    expect(screen.getByRole("alert").textContent).not.toContain("ckx1");
  });

  it("reserves the transport message for CombinedError, in words", () => {
    render(<FormErrors failure={null} error={new CombinedError({ networkError: new Error("Failed to fetch") })} />);
    expect(screen.getByRole("alert").textContent).toBe("Nothing was saved. FactDesk did not answer. Check your connection and try again.");
  });
});
