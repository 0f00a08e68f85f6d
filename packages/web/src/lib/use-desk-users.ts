import { useQuery } from "urql";
import { graphql } from "../gql/graphql";

/** Everyone on the desk who can sign in, by name: whom a note can mention and an editor can assign a claim to. */
const DeskUsersQuery = graphql(`
  query DeskUsers { users(first: 200) { edges { node { id name } } } }
`);

export function useDeskUsers() {
  const [{ data }] = useQuery({ query: DeskUsersQuery });
  return data?.users.edges.map((e) => e.node) ?? [];
}
