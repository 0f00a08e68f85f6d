import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
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
    { path: ["input", "citedEvidenceIds"], message: "Cite at least one piece of evidence" },
    { path: ["input"], message: "The correction changes nothing." },
  ],
};

describe("mutation result unions", () => {
  it("treats only the error members of a result union as failures", () => {
    expect(failureOf({ __typename: "AddEvidenceSuccess" })).toBeNull();
    expect(failureOf(undefined)).toBeNull();
    expect(failureOf(validation)?.__typename).toBe("ValidationError");
  });

  it("maps issue paths to the form's fields", () => {
    expect(issuesFor(validation, "source").map((i) => i.message)).toEqual(["Must be an http:// or https:// URL"]);
    expect(issuesFor(validation, "citedEvidence").map((i) => i.message)).toEqual(["Cite at least one piece of evidence"]);
    expect(issuesFor(validation, "excerpt")).toEqual([]);
  });

  it("shows a ValidationError's issue next to its field, and lists the issues no field claims", () => {
    render(
      <form aria-label="Test">
        <FormErrors failure={validation} fields={["source", "citedEvidence"]} />
        <Field label="Source URL" issues={issuesFor(validation, "source")}>
          {(id, describedBy, invalid) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid} />}
        </Field>
      </form>,
    );
    const input = screen.getByLabelText("Source URL");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const description = document.getElementById(input.getAttribute("aria-describedby")!)!;
    expect(description.textContent).toBe("Must be an http:// or https:// URL");
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Please fix the marked fields.");
    expect(alert.textContent).toContain("The correction changes nothing.");
    expect(alert.textContent).not.toContain("Must be an http");
  });

  it("shows a ConflictError as a conflict with the current version", () => {
    render(
      <FormErrors
        failure={{
          __typename: "ConflictError",
          message: "This claim was changed by someone else.",
          code: "claim/version_conflict",
          currentVersion: 7,
        }}
      />,
    );
    expect(screen.getByRole("alert").textContent).toMatch(/Someone else changed this first\..*now version 7/);
  });

  it("shows a ForbiddenError as a message", () => {
    render(<FormErrors failure={{ __typename: "ForbiddenError", message: "Editors only.", code: "auth/forbidden" }} />);
    expect(screen.getByRole("alert").textContent).toBe("Not allowed. Editors only.");
  });

  it("reserves the transport message for CombinedError", () => {
    render(<FormErrors failure={null} error={new CombinedError({ networkError: new Error("Failed to fetch") })} />);
    expect(screen.getByRole("alert").textContent).toContain("Could not reach FactDesk.");
  });
});
