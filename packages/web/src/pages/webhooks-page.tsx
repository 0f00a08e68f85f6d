import { useRef, useState } from "react";
import { Link } from "wouter";
import { useQuery } from "urql";
import { graphql } from "../gql/graphql";
import { WebhookItem, WebhookItem_WebhookSubscriptionFragment } from "../components/webhooks/webhook-item";
import { WebhookSecret, type RevealedWebhookSecret } from "../components/webhooks/webhook-secret";
import { NewWebhookForm } from "../components/webhooks/new-webhook-form";
import { EmptyState, ErrorState, Loading } from "../components/layout/status-views";
import { usePageTitle } from "../lib/use-page-title";
import { useFocusAfterRender } from "../components/forms/use-focus-after-render";
import type { Viewer } from "../lib/viewer";

const WebhooksPageQuery = graphql(
  `
    query WebhooksPage {
      webhookSubscriptions(first: 50) {
        edges {
          node {
            id
            ...WebhookItem_WebhookSubscriptionFragment
          }
        }
      }
    }
  `,
  [WebhookItem_WebhookSubscriptionFragment],
);

/** Partners' webhook endpoints and their deliveries (admins only; the server refuses everyone else too). */
export default function WebhooksPage({ viewer }: { viewer: Viewer }) {
  usePageTitle("Webhooks");
  if (viewer.role !== "ADMIN") {
    return (
      <div className="page page-narrow">
        <h1>Webhooks</h1>
        <div className="alert alert-info">
          <strong>Only admins manage webhooks.</strong> If a partner wants to be told about new verdicts, ask an admin to register their
          endpoint.
        </div>
        <p>
          <Link href="/">Back to the claim queue</Link>
        </p>
      </div>
    );
  }
  return <WebhooksAdmin />;
}

function WebhooksAdmin() {
  // cache-and-network: deliveries move on their own (attempts, retries), so every visit reads them again.
  const [{ data, error }, reexecute] = useQuery({ query: WebhooksPageQuery, requestPolicy: "cache-and-network" });
  const edges = data?.webhookSubscriptions.edges ?? [];
  const [adding, setAdding] = useState(false);
  const [revealed, setRevealed] = useState<RevealedWebhookSecret | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();
  const refresh = () => reexecute({ requestPolicy: "network-only" });

  const closeForm = () => {
    setAdding(false);
    focusAfterRender(() => newButton.current);
  };
  const reveal = (secret: RevealedWebhookSecret) => {
    setAdding(false);
    setRevealed(secret);
    refresh();
  };

  return (
    <div className="page page-api-keys page-webhooks">
      <div className="page-heading">
        <h1>Webhooks</h1>
        <button
          type="button"
          ref={newButton}
          className="button button-primary"
          aria-expanded={adding}
          aria-controls="new-webhook-panel"
          onClick={() => (adding ? closeForm() : setAdding(true))}
        >
          New endpoint
        </button>
      </div>
      <p className="muted page-intro">
        FactDesk POSTs the events a partner chose to their endpoint, signed with the endpoint's secret (the FactDesk-Signature header), and
        retries failed deliveries with growing waits. Partners apply each FactDesk-Delivery id once.
      </p>
      {revealed && (
        <WebhookSecret
          revealed={revealed}
          onDone={() => {
            setRevealed(null);
            focusAfterRender(() => listHeading.current);
          }}
        />
      )}
      <div id="new-webhook-panel">{adding && <NewWebhookForm onCreated={reveal} onClose={closeForm} />}</div>
      <section className="section" aria-labelledby="webhooks-heading">
        <div className="section-head">
          <h2 id="webhooks-heading" ref={listHeading} tabIndex={-1}>
            Endpoints
          </h2>
          <button type="button" className="button button-quiet" onClick={refresh}>
            Refresh
          </button>
        </div>
        {error && !data ? (
          <ErrorState error={error} retry={refresh} />
        ) : !data ? (
          <Loading label="Loading webhooks…" />
        ) : edges.length === 0 ? (
          <EmptyState title="No endpoints yet.">
            <p>Register one with “New endpoint” when a partner wants to be told about changes.</p>
          </EmptyState>
        ) : (
          <ul className="api-key-list" aria-label="Webhook endpoints">
            {edges.map((edge) => (
              <WebhookItem key={edge.node.id} subscription={edge.node} onSecret={reveal} onChanged={refresh} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
