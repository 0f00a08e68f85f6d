import { useRef } from "react";
import { useQuery } from "urql";
import { graphql } from "../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../components/forms/form-errors";
import { useResultMutation } from "../components/forms/use-result-mutation";
import { NotificationItem, NotificationItem_NotificationFragment } from "../components/notifications/notification-list";
import { ErrorState, Loading } from "../components/layout/status-views";
import { usePageTitle } from "../lib/use-page-title";

const NotificationsPageQuery = graphql(
  `
    query NotificationsPage {
      unreadNotificationCount
      notifications(first: 100) { totalCount edges { node { id ...NotificationItem_NotificationFragment } } }
    }
  `,
  [NotificationItem_NotificationFragment],
);

const MarkAllNotificationsReadMutation = graphql(
  `
    mutation MarkAllNotificationsRead {
      markAllNotificationsRead {
        __typename
        ... on MarkAllNotificationsReadSuccess { result { marked unreadCount } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

/** Everything the desk has told the signed-in user, newest first; unread ones stand out until marked read. */
export function NotificationsPage() {
  usePageTitle("Notifications");
  const [{ data, error }, reexecute] = useQuery({ query: NotificationsPageQuery, requestPolicy: "cache-and-network" });
  const markAll = useResultMutation(MarkAllNotificationsReadMutation, "markAllNotificationsRead");
  // The button goes once everything is read: focus moves to the page's heading, not the top of the document.
  const heading = useRef<HTMLHeadingElement>(null);
  const onMarkAll = async () => {
    if ((await markAll.run({}))?.__typename === "MarkAllNotificationsReadSuccess") heading.current?.focus();
  };
  if (!data) return error ? <ErrorState error={error} retry={() => reexecute({ requestPolicy: "network-only" })} /> : <Loading />;
  const notifications = data.notifications.edges.map((e) => e.node).filter((n) => n !== null);
  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1}>
        Notifications
      </h1>
      <div className="button-row">
        <p className="muted" role="status">
          {data.unreadNotificationCount === 0 ? "Nothing unread." : `${data.unreadNotificationCount} unread`}
        </p>
        {data.unreadNotificationCount > 0 && (
          <button type="button" className="button" disabled={markAll.fetching} onClick={() => void onMarkAll()}>
            Mark all read
          </button>
        )}
      </div>
      <FormErrors failure={markAll.failure} error={markAll.error} />
      {notifications.length ? (
        <ol className="notification-list" aria-label="Notifications">
          {notifications.map((n) => (
            <NotificationItem key={n.id} notification={n} />
          ))}
        </ol>
      ) : (
        <p className="muted">
          You have no notifications yet: you will hear here when someone assigns you a claim, mentions you, or needs your sign-off.
        </p>
      )}
    </div>
  );
}

export default NotificationsPage;
