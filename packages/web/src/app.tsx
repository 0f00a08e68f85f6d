import { lazy, Suspense, type ReactNode } from "react";
import { Redirect, Route, Switch, useLocation, useSearch } from "wouter";
import { useQuery } from "urql";
import { graphql, readFragment } from "./gql/graphql";
import { AppHeader } from "./components/layout/app-header";
import { AppShell_UserFragment } from "./components/layout/app-shell";
import { ErrorState, Loading } from "./components/layout/status-views";
import { SignInPage } from "./pages/sign-in-page";
import { ClaimQueuePage } from "./pages/claim-queue-page";
import { ClaimDeskPage } from "./pages/claim-desk-page";
import { VerdictPage } from "./pages/verdict-page";
import { VerdictsPage } from "./pages/verdicts-page";
import { NotFoundPage } from "./pages/not-found-page";
import type { Viewer } from "./lib/viewer";
import { sameSitePath } from "./lib/paths";
import { useFocusMainOnNavigate } from "./lib/use-focus-on-navigate";

// The toll tracker carries the chart library; it loads on first visit to an event. Ingest and search are not
// needed for the first screen either.
const EventPage = lazy(() => import("./pages/event-page"));
const IngestPage = lazy(() => import("./pages/ingest-page"));
const SearchPage = lazy(() => import("./pages/search-page"));
// Only admins open it.
const ApiKeysPage = lazy(() => import("./pages/api-keys-page"));
const WebhooksPage = lazy(() => import("./pages/webhooks-page"));
const MyWorkPage = lazy(() => import("./pages/my-work-page"));
const NotificationsPage = lazy(() => import("./pages/notifications-page"));

const AppShellQuery = graphql(
  `
    query AppShell {
      me { ...AppShell_UserFragment }
    }
  `,
  [AppShell_UserFragment],
);

export function App() {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AppShellQuery });
  const me = readFragment(AppShell_UserFragment, data?.me ?? null);
  const viewer: Viewer | null = me ? { id: me.id, role: me.role } : null;
  const [location] = useLocation();
  useFocusMainOnNavigate(location);

  const signedIn = (page: ReactNode) => {
    if (!data && fetching) return <Loading />;
    if (!data && error) return <ErrorState error={error} retry={() => reexecute({ requestPolicy: "network-only" })} />;
    if (!viewer) return <Redirect to={`/sign-in?next=${encodeURIComponent(location)}`} replace />;
    return page;
  };

  // The front page: the claim queue for staff, the published fact-checks for everyone else.
  const home = () => {
    if (!data && fetching) return <Loading />;
    if (!data && error) return <ErrorState error={error} retry={() => reexecute({ requestPolicy: "network-only" })} />;
    return viewer ? <ClaimQueuePage viewer={viewer} /> : <VerdictsPage viewer={null} path="/" />;
  };

  return (
    <>
      <AppHeader user={me} />
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Switch>
            <Route path="/sign-in">{viewer ? <AfterSignIn /> : <SignInPage />}</Route>
            <Route path="/">{home()}</Route>
            <Route path="/verdicts">{!data && fetching ? <Loading /> : <VerdictsPage viewer={viewer} path="/verdicts" />}</Route>
            <Route path="/claims/:id">{(params) => signedIn(viewer && <ClaimDeskPage id={params.id} viewer={viewer} />)}</Route>
            <Route path="/events/:id">{(params) => signedIn(viewer && <EventPage id={params.id} viewer={viewer} />)}</Route>
            <Route path="/ingest">{signedIn(<IngestPage />)}</Route>
            <Route path="/my-work">{signedIn(viewer && <MyWorkPage viewer={viewer} />)}</Route>
            <Route path="/notifications">{signedIn(<NotificationsPage />)}</Route>
            <Route path="/search">{signedIn(<SearchPage />)}</Route>
            <Route path="/admin/api-keys">{signedIn(viewer && <ApiKeysPage viewer={viewer} />)}</Route>
            <Route path="/admin/webhooks">{signedIn(viewer && <WebhooksPage viewer={viewer} />)}</Route>
            <Route path="/verdicts/:verdictId">{(params) => <VerdictPage id={params.verdictId} />}</Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </Suspense>
      </main>
    </>
  );
}

/** A signed-in visitor on /sign-in goes where they were heading (only paths on this site). */
function AfterSignIn() {
  const next = new URLSearchParams(useSearch()).get("next");
  return <Redirect to={sameSitePath(next, window.location.origin)} replace />;
}
