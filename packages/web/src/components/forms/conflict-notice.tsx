import { DateTime } from "../layout/date-time";
import { describeAction, shownChanges } from "../../lib/changes";
import { FieldChangeList } from "../changes/field-change-list";
import type { ConflictFailure } from "./form-errors";

const nouns: Record<string, string> = {
  Claim: "claim",
  Verdict: "verdict",
  Evidence: "evidence",
  MediaItem: "media item",
  ReportedFigure: "figure",
  ApiKey: "key",
  Source: "source",
  User: "user",
  Rating: "rating",
  Note: "note",
};

interface ConflictNoticeProps {
  conflict: ConflictFailure;
  /** Loads what is current; without it the notice asks for a page reload. */
  onRefresh?: () => void;
  /** What changed, when "this claim" would be the wrong one (a merge's duplicate: "the other claim"). */
  subject?: string;
}

/**
 * A stale action: nothing was saved because someone changed the object first. Says who, when and what they changed
 * (the server's `lastChange`), and offers one click to see the object as it is now before deciding again.
 */
export function ConflictNotice({ conflict, onRefresh, subject }: ConflictNoticeProps) {
  const noun = subject ?? `this ${nouns[conflict.entityType] ?? "item"}`;
  const last = conflict.lastChange;
  return (
    <div className="alert alert-conflict conflict-notice" role="alert">
      <p>
        <strong>Nothing was saved: someone else changed {noun} first.</strong>
      </p>
      {last ? (
        <>
          <p className="conflict-who">
            {last.actor?.name ?? "FactDesk"} {describeAction({ ...last, entityType: last.entityType })}{" "}
            <span className="conflict-when">
              (<DateTime iso={last.at} />)
            </span>
            .
          </p>
          <FieldChangeList changes={shownChanges(last)} entityType={last.entityType} label="What they changed" />
        </>
      ) : (
        <p>It changed after this page loaded.</p>
      )}
      {onRefresh ? (
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={onRefresh}>
            Refresh
          </button>
          <span className="muted">See it as it is now, then decide again.</span>
        </div>
      ) : (
        <p>Reload the page to see it as it is now, then decide again.</p>
      )}
    </div>
  );
}
