import { useState } from "react";
import { useMutation, type AnyVariables, type DocumentInput } from "urql";
import { conflictOf, failureOf, issuesFor } from "./form-errors";

/**
 * Runs a mutation whose field returns a result union (`<Name>Success | ConflictError | …`) and routes its typed
 * errors: `failure` for FormErrors, `issues(field)` for the field they belong to, `conflict` when the object changed
 * meanwhile. A failure stays until the next run, or until `refresh()` (after a conflict: load what is current and
 * decide again). `run` resolves to the result union member; transport failures are only in `error`.
 */
export function useResultMutation<Data, Variables extends AnyVariables, Field extends keyof Data>(
  document: DocumentInput<Data, Variables>,
  field: Field,
  refetch?: () => void,
) {
  const [state, execute] = useMutation(document);
  const payload = state.data?.[field];
  const [dismissed, setDismissed] = useState<unknown>(null);
  const failure = payload != null && payload !== dismissed ? failureOf(payload) : null;
  return {
    run: async (variables: Variables) => (await execute(variables)).data?.[field],
    failure,
    conflict: conflictOf(failure),
    issues: (name: string) => issuesFor(failure, name),
    error: state.error,
    fetching: state.fetching,
    refresh: () => {
      setDismissed(payload);
      refetch?.();
    },
  };
}
