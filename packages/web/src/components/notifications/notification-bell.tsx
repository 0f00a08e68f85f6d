import { Link, useLocation } from "wouter";
import { useQuery, useSubscription } from "urql";
import { graphql } from "../../gql/graphql";

const UnreadNotificationsQuery = graphql(`
  query UnreadNotifications { unreadNotificationCount }
`);

/** Each notification as it is written for the signed-in user (over the live-updates stream). */
const NotificationArrived = graphql(`
  subscription NotificationArrived { notificationAdded { id kind createdAt } }
`);

/** The header's link to the notification list, with the unread count; a new notification raises it at once. */
export function NotificationBell() {
  const [location] = useLocation();
  const [{ data }] = useQuery({ query: UnreadNotificationsQuery, requestPolicy: "cache-and-network" });
  // Each arrival invalidates the count in the cache (cache/updates.ts), which fetches it again.
  useSubscription({ query: NotificationArrived });
  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <Link href="/notifications" className="notification-bell" aria-current={location === "/notifications" ? "page" : undefined}>
      Notifications
      {unread > 0 && (
        <span className="unread-count">
          <span aria-hidden="true">{unread}</span>
          <span className="visually-hidden">({unread} unread)</span>
        </span>
      )}
    </Link>
  );
}
