import { useEffect, useRef, useState, type FormEvent } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { FormErrors_ErrorFragment } from "../forms/form-errors";
import { useResultMutation } from "../forms/use-result-mutation";
import { roleLabel } from "../../lib/format";
import { NotificationBell } from "../notifications/notification-bell";
import { hasModifier, isTyping } from "../../lib/keyboard";
import { parseSearchParams, searchPath } from "../search/search-params";
import { forgetDrafts } from "../../lib/use-draft";

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
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

export function AppHeader({ user }: { user: FragmentOf<typeof AppHeader_UserFragment> | null | undefined }) {
  const me = readFragment(AppHeader_UserFragment, user);
  const signOut = useResultMutation(SignOutMutation, "signOut");
  const [location, navigate] = useLocation();

  const onSignOut = async () => {
    const payload = await signOut.run({});
    if (payload?.__typename === "SignOutSuccess") {
      forgetDrafts();
      navigate("/sign-in");
    }
  };

  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link href="/" className="brand">
        <span className="brand-mark" aria-hidden="true">
          ✓
        </span>
        FactDesk
      </Link>
      {me && (
        <>
          <nav className="header-nav" aria-label="Main">
            <Link href="/" aria-current={location === "/" ? "page" : undefined}>
              Claim queue
            </Link>
            <Link href="/my-work" aria-current={location === "/my-work" ? "page" : undefined}>
              My work
            </Link>
            <Link href="/ingest" aria-current={location === "/ingest" ? "page" : undefined}>
              Paste an article
            </Link>
            <Link href="/verdicts" aria-current={location === "/verdicts" ? "page" : undefined}>
              Published
            </Link>
            {me.role === "ADMIN" && (
              <Link href="/admin/api-keys" aria-current={location === "/admin/api-keys" ? "page" : undefined}>
                API keys
              </Link>
            )}
            {me.role === "ADMIN" && (
              <Link href="/admin/webhooks" aria-current={location === "/admin/webhooks" ? "page" : undefined}>
                Webhooks
              </Link>
            )}
          </nav>
          <HeaderSearch />
        </>
      )}
      {me ? (
        <nav className="header-user" aria-label="Account">
          <NotificationBell />
          <span className="user-name">{me.name}</span>
          <span className={`role-badge role-${me.role.toLowerCase()}`}>
            <span className="visually-hidden">Role: </span>
            {roleLabel[me.role]}
          </span>
          <button type="button" className="button button-quiet" onClick={onSignOut} disabled={signOut.fetching}>
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

/**
 * The desk-wide search box. `/` focuses it from anywhere, except on a page with a search of its own (the queue's
 * "Search claims" filter, marked `data-slash-search`), where `/` goes to that one.
 */
function HeaderSearch() {
  const [location, navigate] = useLocation();
  const search = useSearch();
  const onSearchPage = location === "/search";
  const current = onSearchPage ? parseSearchParams(search).q : "";
  const [text, setText] = useState(current);
  const input = useRef<HTMLInputElement>(null);
  // Follows the address (back and forward between searches, or leaving the search page).
  useEffect(() => setText(current), [current]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "/" || hasModifier(event) || isTyping(event.target)) return;
      event.preventDefault();
      const target = document.querySelector<HTMLInputElement>("[data-slash-search]") ?? input.current;
      target?.focus();
      target?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    if (!q) {
      input.current?.focus();
      return;
    }
    navigate(searchPath({ q, type: onSearchPage ? parseSearchParams(search).type : "" }));
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: a form with role="search" is the search landmark every screen reader knows; <search> is not yet
    <form className="header-search" role="search" aria-label="Search the desk" onSubmit={onSubmit}>
      <label htmlFor="header-search" className="visually-hidden">
        Search
      </label>
      <input
        id="header-search"
        ref={input}
        type="search"
        placeholder="Claims, people, events, sources…"
        value={text}
        onChange={(e) => setText(e.target.value)}
        enterKeyHint="search"
      />
      <button type="submit" className="button button-quiet">
        Search
      </button>
    </form>
  );
}
