import { useMemo, useRef, useState } from "react";
import { Link, useLocation, useSearch } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../gql/graphql";
import { ApiKeyItem, ApiKeyItem_ApiKeyFragment } from "../components/api-keys/api-key-item";
import { ApiKeySecret, type RevealedSecret } from "../components/api-keys/api-key-secret";
import { NewApiKeyForm } from "../components/api-keys/new-api-key-form";
import { EmptyState, ErrorState, Loading } from "../components/layout/status-views";
import { usePageTitle } from "../lib/use-page-title";
import { useFocusAfterRender } from "../components/forms/use-focus-after-render";
import type { Viewer } from "../lib/viewer";
import { CheckFilter } from "../components/filters/filter-fields";

const PAGE_SIZE = 20;

const ApiKeysPageQuery = graphql(
  `
    query ApiKeysPage($first: Int!, $after: String, $includeInactive: Boolean!) {
      apiKeys(first: $first, after: $after, includeInactive: $includeInactive) {
        edges {
          cursor
          node {
            id
            ...ApiKeyItem_ApiKeyFragment
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
  [ApiKeyItem_ApiKeyFragment],
);

type Notice = { tone: "info" | "conflict"; text: string };

/** Partners' API keys (admins only; the server refuses everyone else too). */
export default function ApiKeysPage({ viewer }: { viewer: Viewer }) {
  usePageTitle("API keys");
  if (viewer.role !== "ADMIN") {
    return (
      <div className="page page-narrow">
        <h1>API keys</h1>
        <div className="alert alert-info">
          <strong>Only admins manage API keys.</strong> If a partner needs access to the desk, ask an admin to create a key for them.
        </div>
        <p>
          <Link href="/">Back to the claim queue</Link>
        </p>
      </div>
    );
  }
  return <ApiKeysAdmin />;
}

function ApiKeysAdmin() {
  const search = useSearch();
  const [, navigate] = useLocation();
  // In the address, so a reload or a shared link shows the same list.
  const includeInactive = new URLSearchParams(search).get("show") === "all";
  const [cursor, setCursor] = useState<{ includeInactive: boolean; after: string | null }>({ includeInactive, after: null });
  const after = cursor.includeInactive === includeInactive ? cursor.after : null;
  const variables = useMemo(() => ({ first: PAGE_SIZE, after, includeInactive }), [after, includeInactive]);
  // cache-and-network: a key another admin created, or one that expired since, shows up on the next visit.
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ApiKeysPageQuery, variables, requestPolicy: "cache-and-network" });
  const edges = data?.apiKeys.edges ?? [];

  const [adding, setAdding] = useState(false);
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const newKeyButton = useRef<HTMLButtonElement>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();

  const closeForm = () => {
    setAdding(false);
    focusAfterRender(() => newKeyButton.current);
  };
  const reveal = (secret: RevealedSecret) => {
    setNotice(null);
    setAdding(false);
    setRevealed(secret);
  };
  const announce = (next: Notice) => {
    setNotice(next);
    focusAfterRender(() => noticeRef.current);
  };
  const actions = {
    onSecret: reveal,
    onRevoked: (name: string) => announce({ tone: "info", text: `Revoked “${name}”: requests with it are refused from now on.` }),
    onStale: (name: string) => {
      announce({
        tone: "conflict",
        text: `“${name}” changed meanwhile (another admin rotated or revoked it), so nothing was done. The list now shows it as it is; check it and try again.`,
      });
      reexecute({ requestPolicy: "network-only" });
    },
  };

  return (
    <div className="page page-api-keys">
      <div className="page-heading">
        <h1>API keys</h1>
        <button
          type="button"
          ref={newKeyButton}
          className="button button-primary"
          aria-expanded={adding}
          aria-controls="new-api-key-panel"
          onClick={() => (adding ? closeForm() : setAdding(true))}
        >
          New API key
        </button>
      </div>
      <p className="muted page-intro">
        Partners read the desk (or submit claims to it) through the GraphQL API at <code>{window.location.origin}/graphql</code>, sending
        their key as <code>Authorization: Bearer &lt;key&gt;</code>. Each key does only what its scopes allow, at its own rate limit, until
        it expires or is revoked.
      </p>
      {revealed && (
        <ApiKeySecret
          revealed={revealed}
          onDone={() => {
            setRevealed(null);
            focusAfterRender(() => listHeading.current);
          }}
        />
      )}
      {notice && (
        <div ref={noticeRef} tabIndex={-1} className={`alert alert-${notice.tone}`} role={notice.tone === "conflict" ? "alert" : "status"}>
          {notice.text}
        </div>
      )}
      <div id="new-api-key-panel">{adding && <NewApiKeyForm onCreated={reveal} onClose={closeForm} />}</div>
      <section className="section" aria-labelledby="api-keys-heading">
        <div className="section-head">
          <h2 id="api-keys-heading" ref={listHeading} tabIndex={-1}>
            {includeInactive ? "All keys" : "Working keys"}
          </h2>
          <CheckFilter
            id="api-keys-inactive"
            label="Include revoked and expired keys"
            value={includeInactive}
            onChange={(all) => navigate(all ? "/admin/api-keys?show=all" : "/admin/api-keys", { replace: true })}
          />
        </div>
        {error && !data ? (
          <ErrorState error={error} retry={() => reexecute({ requestPolicy: "network-only" })} />
        ) : !data ? (
          <Loading label="Loading API keys…" />
        ) : edges.length === 0 ? (
          <EmptyState title={includeInactive ? "No API keys yet." : "No working API keys."}>
            <p>
              Create one with “New API key” when a partner needs access
              {includeInactive ? "." : ", or include revoked and expired keys to see the others."}
            </p>
          </EmptyState>
        ) : (
          <>
            <ul className="api-key-list" aria-label="API keys">
              {edges.map((edge) => (
                <ApiKeyItem key={edge.node.id} apiKey={edge.node} {...actions} />
              ))}
            </ul>
            {data.apiKeys.pageInfo.hasNextPage && (
              <button
                type="button"
                className="button load-more"
                disabled={fetching}
                onClick={() => setCursor({ includeInactive, after: data.apiKeys.pageInfo.endCursor ?? null })}
              >
                {fetching ? "Loading…" : "Load more"}
              </button>
            )}
          </>
        )}
      </section>
    </div>
  );
}
