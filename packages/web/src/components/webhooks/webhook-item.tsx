import { useId } from "react";
import { DateTime } from "../layout/date-time";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { SubmitButton } from "../forms/form-actions";
import { useResultMutation } from "../forms/use-result-mutation";
import { formatDateTime } from "../../lib/format";
import { deliveryStatusLabel, webhookEvents } from "./webhook-events";
import type { RevealedWebhookSecret } from "./webhook-secret";

export const WebhookItem_WebhookSubscriptionFragment = graphql(`
  fragment WebhookItem_WebhookSubscriptionFragment on WebhookSubscription {
    id
    name
    url
    events
    active
    version
    createdAt
    deliveries(first: 10) {
      edges {
        node { id deliveryId event status attempts lastStatus lastError nextAttemptAt deliveredAt createdAt }
      }
    }
  }
`);

const UpdateWebhookMutation = graphql(
  `
    mutation PauseWebhookSubscription($input: UpdateWebhookSubscriptionInput!) {
      updateWebhookSubscription(input: $input) {
        __typename
        ... on UpdateWebhookSubscriptionSuccess { subscription { id active version } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

const RotateWebhookSecretMutation = graphql(
  `
    mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
      rotateWebhookSecret(input: $input) {
        __typename
        ... on RotateWebhookSecretSuccess { secret subscription { id name url version } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

const ReplayWebhookDeliveryMutation = graphql(
  `
    mutation ReplayWebhookDelivery($input: ReplayWebhookDeliveryInput!) {
      replayWebhookDelivery(input: $input) {
        __typename
        ... on ReplayWebhookDeliverySuccess { delivery { id status attempts nextAttemptAt lastError } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

interface WebhookItemProps {
  subscription: FragmentOf<typeof WebhookItem_WebhookSubscriptionFragment>;
  onSecret: (revealed: RevealedWebhookSecret) => void;
  onChanged: () => void;
}

/** One endpoint: where it points, what it wants, and its latest deliveries with a Replay button each. */
export function WebhookItem({ subscription, onSecret, onChanged }: WebhookItemProps) {
  const hook = readFragment(WebhookItem_WebhookSubscriptionFragment, subscription);
  const headingId = useId();
  const update = useResultMutation(UpdateWebhookMutation, "updateWebhookSubscription", onChanged);
  const rotate = useResultMutation(RotateWebhookSecretMutation, "rotateWebhookSecret", onChanged);
  const replay = useResultMutation(ReplayWebhookDeliveryMutation, "replayWebhookDelivery", onChanged);
  const deliveries = hook.deliveries.edges.map((e) => e.node);

  const toggle = async () => {
    await update.run({ input: { id: hook.id, expectedVersion: hook.version, active: !hook.active } });
  };
  const rotateSecret = async () => {
    const payload = await rotate.run({ input: { id: hook.id, expectedVersion: hook.version } });
    if (payload?.__typename === "RotateWebhookSecretSuccess")
      onSecret({ secret: payload.secret, name: payload.subscription.name, url: payload.subscription.url });
  };
  const replayDelivery = async (id: string) => {
    const payload = await replay.run({ input: { id } });
    if (payload?.__typename === "ReplayWebhookDeliverySuccess") onChanged();
  };

  return (
    <li className="api-key webhook" aria-labelledby={headingId}>
      <div className="api-key-head">
        <h3 id={headingId}>{hook.name}</h3>
        <span className="badge">{hook.active ? "Active" : "Paused"}</span>
        <code>{hook.url}</code>
      </div>
      <dl className="facts facts-compact">
        <div>
          <dt>Events</dt>
          <dd>
            <ul className="scope-list">
              {hook.events.map((event) => (
                <li key={event}>
                  <code className="scope">{webhookEvents[event].name}</code>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Registered</dt>
          <dd>
            <DateTime iso={hook.createdAt} />
          </dd>
        </div>
      </dl>
      <FormErrors failure={update.failure ?? rotate.failure ?? replay.failure} error={update.error ?? rotate.error ?? replay.error} />
      <div className="button-row">
        <SubmitButton
          className="button"
          label={hook.active ? "Pause" : "Resume"}
          busyLabel={hook.active ? "Pausing…" : "Resuming…"}
          busy={update.fetching}
          onClick={() => void toggle()}
        />
        <SubmitButton
          className="button"
          label="Rotate secret"
          busyLabel="Rotating…"
          busy={rotate.fetching}
          onClick={() => void rotateSecret()}
        />
      </div>
      {deliveries.length === 0 ? (
        <p className="muted">No deliveries yet.</p>
      ) : (
        <table className="table webhook-deliveries">
          <caption>Latest deliveries to {hook.name}</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last error</th>
              <th scope="col">When</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id}>
                <td>
                  <code>{webhookEvents[d.event].name}</code>
                </td>
                <td>{deliveryStatusLabel[d.status]}</td>
                <td>{d.attempts}</td>
                <td>{d.lastError ?? "—"}</td>
                <td>
                  {d.status === "DELIVERED"
                    ? `Delivered ${formatDateTime(d.deliveredAt)}`
                    : d.status === "PENDING"
                      ? `Next attempt ${formatDateTime(d.nextAttemptAt)}`
                      : `Created ${formatDateTime(d.createdAt)}`}
                </td>
                <td>
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={replay.fetching}
                    aria-label={`Replay ${webhookEvents[d.event].name} delivery ${d.deliveryId}`}
                    onClick={() => void replayDelivery(d.id)}
                  >
                    Replay
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
