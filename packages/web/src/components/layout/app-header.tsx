import { Link, useLocation } from "wouter";
import { useMutation } from "urql";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import {
  FormErrors_ValidationErrorFragment,
  FormErrors_ConflictErrorFragment,
  FormErrors_ForbiddenErrorFragment,
  FormErrors_NotFoundErrorFragment,
  failureOf,
} from "../forms/form-errors";
import { roleLabel } from "../../lib/format";

export const AppHeader_UserFragment = graphql(`
  fragment AppHeader_UserFragment on User {
    id
    name
    role
  }
`);

const SignOutMutation = graphql(
  `
    mutation SignOut {
      signOut {
        __typename
        ... on SignOutSuccess { data }
        ...FormErrors_ValidationErrorFragment
        ...FormErrors_ConflictErrorFragment
        ...FormErrors_ForbiddenErrorFragment
        ...FormErrors_NotFoundErrorFragment
      }
    }
  `,
  [
    FormErrors_ValidationErrorFragment,
    FormErrors_ConflictErrorFragment,
    FormErrors_ForbiddenErrorFragment,
    FormErrors_NotFoundErrorFragment,
  ],
);

export function AppHeader({ user }: { user: FragmentOf<typeof AppHeader_UserFragment> | null | undefined }) {
  const me = readFragment(AppHeader_UserFragment, user);
  const [signOutState, signOut] = useMutation(SignOutMutation);
  const [, navigate] = useLocation();

  const onSignOut = async () => {
    const result = await signOut({});
    if (!result.error && !failureOf(result.data?.signOut)) navigate("/sign-in");
  };

  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link href={me ? "/" : "/sign-in"} className="brand">
        <span className="brand-mark" aria-hidden="true">
          ✓
        </span>
        FactDesk
      </Link>
      {me ? (
        <nav className="header-user" aria-label="Account">
          <span className="user-name">{me.name}</span>
          <span className={`role-badge role-${me.role.toLowerCase()}`} aria-label={`Role: ${roleLabel[me.role]}`}>
            {roleLabel[me.role]}
          </span>
          <button type="button" className="button button-quiet" onClick={onSignOut} disabled={signOutState.fetching}>
            Sign out
          </button>
        </nav>
      ) : (
        <nav className="header-user" aria-label="Account">
          <Link href="/sign-in" className="button button-quiet">
            Sign in
          </Link>
        </nav>
      )}
    </header>
  );
}
