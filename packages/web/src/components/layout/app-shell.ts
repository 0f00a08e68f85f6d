import { graphql } from "../../gql/graphql";
import { AppHeader_UserFragment } from "./app-header";

// The signed-in person as the app shell reads `me`: who they are and what they may do (the screens' Viewer), and what
// the header shows. Signing in returns the same selection, so the cache answers `me` at once, without asking again.
export const AppShell_UserFragment = graphql(
  `
    fragment AppShell_UserFragment on User {
      id
      role
      ...AppHeader_UserFragment
    }
  `,
  [AppHeader_UserFragment],
);
