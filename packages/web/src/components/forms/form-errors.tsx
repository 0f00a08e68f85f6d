import type { CombinedError } from "urql";
import { graphql, type ResultOf } from "../../gql/graphql";
import { asSentence, transportProblem } from "../../lib/errors";
import { ConflictNotice } from "./conflict-notice";

// Every mutation and result-union query spreads this one fragment into its result (and lists it in its fragment
// array, so gql.tada's static check can see it). It is unmasked so that the result type of each mutation carries
// the error fields and can be switched on `__typename` directly. A conflict says who made the copy stale and what
// they changed, so the person can decide again with that in view.
export const FormErrors_ErrorFragment = graphql(`
  fragment FormErrors_ErrorFragment on Error @_unmask {
    __typename
    message
    code
    ... on ValidationError {
      issues { path message }
    }
    ... on ConflictError {
      currentVersion
      entityType
      lastChange {
        id
        action
        at
        entityType
        after
        actor { id name }
        changes { field before after }
      }
    }
    ... on NotFoundError {
      entityType
    }
  }
`);

export type MutationFailure = ResultOf<typeof FormErrors_ErrorFragment>;

export type ConflictFailure = Extract<MutationFailure, { __typename: "ConflictError" }>;

export type FieldIssue = Extract<MutationFailure, { __typename: "ValidationError" }>["issues"][number];

const failureTypes = new Set(["ValidationError", "ConflictError", "ForbiddenError", "NotFoundError"]);

/** The failure member of a mutation result union, or null on success (or before the first submit). */
export function failureOf(result: { __typename?: string } | null | undefined): MutationFailure | null {
  return result?.__typename && failureTypes.has(result.__typename) ? (result as MutationFailure) : null;
}

/** The conflict member of a result, when the action was refused because the object changed meanwhile. */
export function conflictOf(result: { __typename?: string } | null | undefined): ConflictFailure | null {
  const failure = failureOf(result);
  return failure?.__typename === "ConflictError" ? failure : null;
}

/** The server's names for some inputs end in Id/Ids (`claimId`, `citedEvidenceIds`); the form's don't. */
const fieldName = (segment: string) => segment.replace(/Ids?$/, "");

/** Issues for one input field: `field` is the path below `input` ("excerpt", "source"). */
export function issuesFor(failure: MutationFailure | null, field: string): FieldIssue[] {
  if (failure?.__typename !== "ValidationError") return [];
  const wanted = fieldName(field);
  return failure.issues.filter((issue) => {
    const path = issue.path.slice(1).map(fieldName).join(".");
    // "claimant" is not "claimantRole": a field matches itself and what lies below it ("source" → "source.url").
    return path === wanted || path.startsWith(`${wanted}.`);
  });
}

/** The sentence readers of the desk get when a claim's judged wording is edited outside a correction. */
export const WORDING_FROZEN =
  "A published verdict judged this wording. To change it, an editor corrects the verdict, and readers see the correction.";

const missing: Record<string, string> = {
  Claim: "This claim no longer exists; it may have been merged into another.",
  Verdict: "This verdict no longer exists.",
  Evidence: "This piece of evidence no longer exists.",
  Entity: "The person or organisation chosen no longer exists.",
  Event: "The event chosen no longer exists.",
  User: "That user no longer exists or was deactivated.",
  Source: "The source chosen no longer exists.",
  ApiKey: "This key no longer exists.",
  MediaItem: "This media item no longer exists.",
  ReportedFigure: "This figure no longer exists.",
  Rating: "This rating no longer exists.",
};

interface FormErrorsProps {
  failure: MutationFailure | null;
  /** A transport failure (network, server crash): the only case where CombinedError is shown. */
  error?: CombinedError | undefined;
  /** Fields the form shows issues next to; issues on any other path are listed here. */
  fields?: readonly string[];
  /** Offered on a conflict: loads the current state (see ConflictNotice). */
  onRefresh?: () => void;
}

/** What went wrong with a submit, worded for the person at the desk. */
export function FormErrors({ failure, error, fields = [], onRefresh }: FormErrorsProps) {
  if (error) {
    return (
      <div className="alert alert-error" role="alert">
        <strong>Nothing was saved.</strong> {transportProblem(error)}
      </div>
    );
  }
  if (!failure) return null;
  switch (failure.__typename) {
    case "ValidationError": {
      if (failure.code === "claim/wording_published") {
        return (
          <div className="alert alert-error" role="alert">
            <strong>Nothing was saved.</strong> {WORDING_FROZEN}
          </div>
        );
      }
      const others = failure.issues.filter((issue) => !fields.some((f) => issuesFor(failure, f).includes(issue)));
      const marked = fields.filter((f) => issuesFor(failure, f).length > 0).length;
      const summary =
        marked === 0
          ? "Nothing was saved."
          : marked === 1
            ? "Nothing was saved: one field needs a change (see below)."
            : `Nothing was saved: ${marked} fields need a change (see below).`;
      return (
        <div className="alert alert-error" role="alert">
          <strong>{summary}</strong>
          {others.length > 0 && (
            <ul>
              {[...new Set(others.map((issue) => asSentence(issue.message)))].map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      );
    }
    case "ConflictError":
      return <ConflictNotice conflict={failure} onRefresh={onRefresh} />;
    case "ForbiddenError":
      // The server tells a caller without a session to sign in: here, someone whose session ended (signed out in
      // another tab, or expired) while this page still showed them signed in. Signing in again in a new tab keeps
      // what they typed here.
      if (/^Sign in\b/.test(failure.message)) {
        return (
          <div className="alert alert-error" role="alert">
            <strong>Nothing was saved: you are signed out.</strong> Your session ended, perhaps in another tab.{" "}
            <a href="/sign-in" target="_blank" rel="noopener">
              Sign in again in a new tab
            </a>
            , then come back and try again: what you typed is still here.
          </div>
        );
      }
      return (
        <div className="alert alert-error" role="alert">
          <strong>Not allowed.</strong> {asSentence(failure.message)}
        </div>
      );
    case "NotFoundError":
      return (
        <div className="alert alert-error" role="alert">
          <strong>Nothing was saved.</strong> {missing[failure.entityType] ?? "Something this needs no longer exists."} Reload the page to
          see what is current.
        </div>
      );
  }
}
