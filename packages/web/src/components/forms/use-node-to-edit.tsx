import type { ReactNode } from "react";
import { useQuery, type DocumentInput } from "urql";
import { ErrorState, Loading } from "../layout/status-views";

type NodeOf<Data, Type extends string> = Data extends { node?: infer N } ? Extract<NonNullable<N>, { __typename: Type }> : never;

/**
 * Loads the object an edit form changes as it is now (from the server, never the cache: the form saves against its
 * version), by a query over `node(id:)`. Until it is there, `placeholder` is what to show instead of the form: the
 * loading state, the failure with a retry, or that the object no longer exists.
 */
export function useNodeToEdit<Data extends { node?: { __typename?: string } | null }, Type extends string>(
  query: DocumentInput<Data, { id: string }>,
  id: string,
  typename: Type,
  noun: string,
) {
  const [{ data, error }, reexecute] = useQuery({ query, variables: { id }, requestPolicy: "network-only" });
  const reload = () => reexecute({ requestPolicy: "network-only" });
  const node = data?.node?.__typename === typename ? (data.node as NodeOf<Data, Type>) : null;
  let placeholder: ReactNode = null;
  if (!data) placeholder = error ? <ErrorState error={error} retry={reload} /> : <Loading label={`Loading the ${noun}…`} />;
  else if (!node) {
    placeholder = (
      <p className="alert alert-error" role="alert">
        This {noun} no longer exists.
      </p>
    );
  }
  return { data, node, reload, placeholder };
}
