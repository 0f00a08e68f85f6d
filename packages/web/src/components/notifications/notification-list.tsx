import { useRef } from "react";
import { Link } from "wouter";
import { DateTime } from "../layout/date-time";
import { graphql, readFragment, type FragmentOf } from "../../gql/graphql";
import { FormErrors_ErrorFragment, FormErrors } from "../forms/form-errors";
import { useResultMutation } from "../forms/use-result-mutation";
import type { Enum } from "../../lib/enums";
import { NoteExcerpt } from "../notes/note-body";

export const NotificationItem_NotificationFragment = graphql(`
  fragment NotificationItem_NotificationFragment on Notification {
    id kind read createdAt
    actor { id name }
    claim { id text }
    note { id body }
    verdict { id headline }
    mergeProposal { id status decisionNote }
  }
`);

const MarkNotificationReadMutation = graphql(
  `
    mutation MarkNotificationRead($input: MarkNotificationReadInput!) {
      markNotificationRead(input: $input) {
        __typename
        ... on MarkNotificationReadSuccess { notification { id read readAt } }
        ...FormErrors_ErrorFragment
      }
    }
  `,
  [FormErrors_ErrorFragment],
);

const what: Record<Enum<"NotificationKind">, string> = {
  ASSIGNED: "assigned you a claim",
  MENTIONED: "mentioned you in a note",
  CLAIM_RATED: "rated your claim",
  SENT_TO_EDITOR: "sent your claim to an editor",
  SIGN_OFF_REQUESTED: "asks for your sign-off on a contested verdict",
  VERDICT_SIGNED_OFF: "signed off your verdict",
  VERDICT_CORRECTED: "corrected your verdict",
  MERGE_PROPOSED: "proposes merging a duplicate into a claim",
  MERGE_PROPOSAL_DECIDED: "decided your merge proposal",
  MEDIA_VERIFIED: "changed the verification of media on your claim",
};

const decisions: Record<Enum<"MergeProposalStatus">, string> = {
  OPEN: "decided your merge proposal",
  ACCEPTED: "accepted your merge proposal",
  DECLINED: "declined your merge proposal",
  SUPERSEDED: "merged the claims another way, closing your merge proposal",
};

/** One notification: who did what, on which claim, with a way to it and to mark it read; following it marks it read. */
export function NotificationItem({ notification }: { notification: FragmentOf<typeof NotificationItem_NotificationFragment> }) {
  const n = readFragment(NotificationItem_NotificationFragment, notification);
  const markRead = useResultMutation(MarkNotificationReadMutation, "markNotificationRead");
  const who = n.actor?.name ?? "Someone";
  const did = n.kind === "MERGE_PROPOSAL_DECIDED" && n.mergeProposal ? decisions[n.mergeProposal.status] : what[n.kind];
  // Opening what a notification points to is reading it, as in any inbox: nobody should have to come back to the list
  // to clear each one they have dealt with. Not awaited: the claim opens at once, the badge follows.
  const markReadOnOpen = () => {
    if (!n.read && !markRead.fetching) void markRead.run({ input: { id: n.id } });
  };
  // "Mark read" goes once it has worked: focus stays on this notification instead of falling to the top of the page.
  const item = useRef<HTMLLIElement>(null);
  const onMarkRead = async () => {
    if ((await markRead.run({ input: { id: n.id } }))?.__typename === "MarkNotificationReadSuccess") item.current?.focus();
  };
  return (
    <li className={`notification${n.read ? "" : " is-unread"}`} ref={item} tabIndex={-1}>
      <p>
        {!n.read && <span className="visually-hidden">Unread: </span>}
        <strong>{who}</strong> {did}
        {n.claim && (
          <>
            {": "}
            <Link href={`/claims/${n.claim.id}`} onClick={markReadOnOpen}>
              {n.claim.text.length > 120 ? `${n.claim.text.slice(0, 117)}…` : n.claim.text}
            </Link>
          </>
        )}
      </p>
      {n.note && <NoteExcerpt markdown={n.note.body} />}
      {n.verdict && <p className="muted">Verdict: {n.verdict.headline}</p>}
      {n.mergeProposal?.decisionNote && <blockquote className="note-excerpt">{n.mergeProposal.decisionNote}</blockquote>}
      <p className="notification-meta">
        <DateTime iso={n.createdAt} />
        {!n.read && (
          <button
            type="button"
            className="button button-quiet"
            disabled={markRead.fetching}
            onClick={() => void onMarkRead()}
            aria-label={`Mark read: ${who} ${did}`}
          >
            Mark read
          </button>
        )}
      </p>
      <FormErrors failure={markRead.failure} error={markRead.error} />
    </li>
  );
}
