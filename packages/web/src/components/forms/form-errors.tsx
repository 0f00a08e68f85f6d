import type { CombinedError } from "urql";
import { graphql, type ResultOf } from "../../gql/graphql";

// Every mutation spreads these four fragments into its result union (and lists them by name in its fragment
// array, so gql.tada's static check can see them). They are unmasked so that the result
// type of each mutation carries the error fields and can be switched on `__typename` directly.
export const FormErrors_ValidationErrorFragment = graphql(`
  fragment FormErrors_ValidationErrorFragment on ValidationError @_unmask {
    __typename
    message
    code
    issues { path message }
  }
`);

export const FormErrors_ConflictErrorFragment = graphql(`
  fragment FormErrors_ConflictErrorFragment on ConflictError @_unmask {
    __typename
    message
    code
    currentVersion
  }
`);

export const FormErrors_ForbiddenErrorFragment = graphql(`
  fragment FormErrors_ForbiddenErrorFragment on ForbiddenError @_unmask {
    __typename
    message
    code
  }
`);

export const FormErrors_NotFoundErrorFragment = graphql(`
  fragment FormErrors_NotFoundErrorFragment on NotFoundError @_unmask {
    __typename
    message
    code
  }
`);

export type MutationFailure =
  | ResultOf<typeof FormErrors_ValidationErrorFragment>
  | ResultOf<typeof FormErrors_ConflictErrorFragment>
  | ResultOf<typeof FormErrors_ForbiddenErrorFragment>
  | ResultOf<typeof FormErrors_NotFoundErrorFragment>;

export type FieldIssue = ResultOf<typeof FormErrors_ValidationErrorFragment>["issues"][number];

const failureTypes = new Set(["ValidationError", "ConflictError", "ForbiddenError", "NotFoundError"]);

/** The failure member of a mutation result union, or null on success (or before the first submit). */
export function failureOf(result: { __typename?: string } | null | undefined): MutationFailure | null {
  return result?.__typename && failureTypes.has(result.__typename) ? (result as MutationFailure) : null;
}

/** The server's names for some inputs end in Id/Ids (`claimId`, `citedEvidenceIds`); the form's don't. */
const fieldName = (segment: string) => segment.replace(/Ids?$/, "");

/** Issues for one input field: `field` is the path below `input` ("excerpt", "source"). */
export function issuesFor(failure: MutationFailure | null, field: string): FieldIssue[] {
  if (failure?.__typename !== "ValidationError") return [];
  return failure.issues.filter((issue) => issue.path.slice(1).map(fieldName).join(".").startsWith(fieldName(field)));
}

interface FormErrorsProps {
  failure: MutationFailure | null;
  /** A transport failure (network, server crash): the only case where CombinedError is shown. */
  error?: CombinedError | undefined;
  /** Fields the form shows issues next to; issues on any other path are listed here. */
  fields?: readonly string[];
}

/** What went wrong with a submit, worded for the person at the desk. */
export function FormErrors({ failure, error, fields = [] }: FormErrorsProps) {
  if (error) {
    return (
      <div className="alert alert-error" role="alert">
        {error.networkError ? (
          <>
            <strong>Could not reach FactDesk.</strong> Nothing was saved; check your connection and try again.
          </>
        ) : (
          <>
            <strong>FactDesk could not process this.</strong> Nothing was saved.
          </>
        )}
        <span className="alert-detail">{error.networkError?.message ?? error.graphQLErrors[0]?.message ?? error.message}</span>
      </div>
    );
  }
  if (!failure) return null;
  switch (failure.__typename) {
    case "ValidationError": {
      const others = failure.issues.filter((issue) => !fields.some((f) => issuesFor(failure, f).includes(issue)));
      return (
        <div className="alert alert-error" role="alert">
          <strong>Please fix the marked fields.</strong> Nothing was saved.
          {others.length > 0 && (
            <ul>
              {others.map((issue) => (
                <li key={issue.path.join(".") + issue.message}>{issue.message}</li>
              ))}
            </ul>
          )}
        </div>
      );
    }
    case "ConflictError":
      return (
        <div className="alert alert-conflict" role="alert">
          <strong>Someone else changed this first.</strong> {failure.message} (now version {failure.currentVersion}). Nothing
          was saved.
        </div>
      );
    case "ForbiddenError":
      return (
        <div className="alert alert-error" role="alert">
          <strong>Not allowed.</strong> {failure.message}
        </div>
      );
    case "NotFoundError":
      return (
        <div className="alert alert-error" role="alert">
          <strong>Not found.</strong> {failure.message}
        </div>
      );
  }
}
