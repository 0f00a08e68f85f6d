import { formatDate, formatNumber, humanize, statusLabel } from "./format";
import { isValueOf } from "./enums";

// The field diffs the server records (AuditEntry.changes, VerdictCorrection before/after), worded for people:
// field names as the desk labels them, enum values as words, dates as dates. References to other rows (claimantId,
// eventId …) carry database ids, which mean nothing to a reader: those say only that the field changed.

export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

/** A claim's own fields as the desk names them: in its history, and where the Edit claim form compares versions. */
export const claimFieldNames = {
  kind: "Kind",
  claimant: "Claimant",
  claimantRole: "Claimant's role",
  claimDate: "Claim date",
  claimDatePrecision: "Date precision",
  place: "Place",
  placePrecision: "Place precision",
  tags: "Tags",
  event: "Event",
};

const fieldNames: Record<string, string> = {
  text: "Text",
  claimText: "Wording",
  ...claimFieldNames,
  claimantId: "Claimant",
  eventId: "Event",
  assigneeId: "Assigned to",
  status: "Status",
  mergedIntoId: "Merged into",
  checkworthiness: "Check-worthiness",
  label: "Verdict",
  headline: "Headline",
  summary: "Summary",
  citedEvidence: "Cited evidence",
  citedEvidenceIds: "Cited evidence",
  state: "State",
  retractedAt: "Retracted",
  retractionReason: "Reason for retraction",
  publishedAt: "Published",
  signedOffById: "Signed off by",
  excerpt: "Excerpt",
  note: "Note",
  stance: "Stance",
  removedAt: "Removed",
  confidence: "Confidence",
  rationale: "Rationale",
  ratedText: "Rated wording",
  verification: "Verification",
  unverifiedReason: "Why unverified",
  statedText: "Figure as stated",
  subject: "Who is counted",
  metric: "What is counted",
  qualifier: "Qualifier",
  low: "Lower bound",
  high: "Upper bound",
  periodText: "Period",
  periodStart: "Period start",
  periodEnd: "Period end",
  reportedAt: "Reported on",
  name: "Name",
  title: "Title",
  publisher: "Publisher",
  url: "Address",
  role: "Role",
  graphic: "Graphic",
};

/** "claimantRole" → "Claimant's role"; unknown fields are split into words ("graceMinutes" → "Grace minutes"). */
export function fieldName(field: string, entityType?: string): string {
  if (field === "label" && entityType === "Rating") return "Label";
  const known = fieldNames[field];
  if (known) return known;
  return humanize(field.replace(/Ids?$/, "").replace(/([a-z])([A-Z])/g, "$1_$2"));
}

/** A reference to another row: its value is an id, not something to show. */
export const isReference = (field: string) => /Ids?$/.test(field) && field !== "citedEvidenceIds";

const dateFields = new Set([
  "claimDate",
  "publishedAt",
  "retractedAt",
  "removedAt",
  "reportedAt",
  "periodStart",
  "periodEnd",
  "seenAt",
  "firstSeenAt",
  "recordedAt",
  "expiresAt",
]);

/** One value as a reader would say it; null when it cannot be shown (then only "changed" is said). */
export function formatValue(field: string, value: unknown, precision?: string | null): string | null {
  if (value === null || value === undefined || value === "") return "none";
  if (field === "status" && typeof value === "string") return isValueOf(statusLabel, value) ? statusLabel[value] : humanize(value);
  if (dateFields.has(field) && typeof value === "string") return formatDate(value, field === "claimDate" ? precision : undefined);
  if (field === "citedEvidenceIds" && Array.isArray(value))
    return value.length === 1 ? "1 piece of evidence" : `${value.length} pieces of evidence`;
  if (field === "checkworthiness" && typeof value === "number") return `${Math.round(value * 100)} / 100`;
  if (field === "confidence" && typeof value === "number") return `${value}%`;
  if (typeof value === "string") return /^[A-Z][A-Z_]+$/.test(value) ? humanize(value) : value;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.length ? value.join(", ") : "none";
  return null;
}

export interface DescribedChange {
  field: string;
  name: string;
  /** Both null when the values are not for showing (references): say only that it changed. */
  before: string | null;
  after: string | null;
  /** Long text (a claim's wording, a summary) reads better as two blocks than inline. */
  long: boolean;
}

/** The changes worth showing, in the order given, each with its human name and values. */
export function describeChanges(changes: readonly FieldChange[], entityType?: string): DescribedChange[] {
  const byField = new Map(changes.map((c) => [c.field, c]));
  const precision = (side: "before" | "after") => {
    const p = byField.get("claimDatePrecision")?.[side];
    return typeof p === "string" ? p : null;
  };
  return (
    changes
      // A new precision is shown through the date itself when the date changed too.
      .filter((c) => !(c.field === "claimDatePrecision" && byField.has("claimDate")))
      .map((c) => {
        const hidden = isReference(c.field);
        const before = hidden ? null : formatValue(c.field, c.before, precision("before"));
        const after = hidden ? null : formatValue(c.field, c.after, precision("after"));
        const shown = before !== null && after !== null;
        return {
          field: c.field,
          name: fieldName(c.field, entityType),
          before: shown ? before : null,
          after: shown ? after : null,
          long: shown && ["text", "claimText", "summary", "rationale", "excerpt", "ratedText"].includes(c.field),
        };
      })
  );
}

/** What someone did, as the rest of a sentence that starts with their name ("Sam Okafor sent it to an editor"). */
export const actionText: Record<string, string> = {
  "claim.create": "added the claim",
  "claim.update": "edited the claim",
  "claim.set_status": "changed the status",
  "claim.assign": "changed who the claim is assigned to",
  // The server records "claim.merge" on the duplicate and "claim.merge_into" on the claim it was folded into.
  "claim.merge": "merged this claim into another",
  "claim.merge_into": "merged a duplicate into this claim",
  "merge_proposal.create": "proposed merging a duplicate into this claim",
  "merge_proposal.accept": "accepted a merge proposal",
  "merge_proposal.decline": "declined a merge proposal",
  "merge_proposal.supersede": "closed a merge proposal that another merge overtook",
  "appearance.create": "recorded an appearance",
  "evidence.add": "added evidence",
  "evidence.update": "edited evidence",
  "evidence.remove": "removed evidence",
  "evidence.restore": "restored evidence",
  "rating.create": "rated the claim",
  "rating.confirm": "confirmed their rating for the new wording",
  "figure.record": "recorded a figure",
  "figure.update": "edited a figure",
  "media.add": "added media",
  "media.update": "edited a media item",
  "media.set_verification": "set the media verification",
  "verdict.propose": "proposed a verdict (awaiting sign-off)",
  "verdict.publish": "published the verdict",
  "verdict.sign_off": "signed off the verdict",
  "verdict.correct": "corrected the verdict",
  "verdict.retract": "retracted the verdict",
  "note.add": "added a note",
  "note.edit": "edited their note",
  "note.delete": "deleted their note",
  "source.create": "added a source",
  "source.update": "edited a source",
  "source_capture.create": "archived a copy of a source",
  "article.ingest": "ingested an article",
  "entity.create": "added a person or organisation",
  "event.create": "created an event",
  "api_key.create": "created the key",
  "api_key.rotate": "rotated the key",
  "api_key.revoke": "revoked the key",
  "api_key.replace": "replaced the key",
};

const statusMoves: Record<string, string> = {
  NEW: "moved it back to New",
  IN_REVIEW: "moved it to In review",
  NEEDS_EDITOR: "sent it to an editor",
  PUBLISHED: "published it",
  ARCHIVED: "archived it",
};

/** The action of an audit entry as words; an unknown action is named by what it touched, never by its code. */
export function describeAction(entry: {
  action: string;
  entityType?: string;
  after?: unknown;
  changes?: readonly FieldChange[];
  actor?: { name: string } | null;
}): string {
  const after = entry.after && typeof entry.after === "object" ? (entry.after as Record<string, unknown>) : {};
  if (entry.action === "claim.update" && after.via === "verdict.correct") return "reworded the claim through a verdict correction";
  if (entry.action === "claim.set_status") {
    const to = entry.changes?.find((c) => c.field === "status")?.after ?? after.status;
    if (typeof to === "string" && statusMoves[to]) return statusMoves[to]!;
  }
  if (entry.action === "claim.assign") {
    const to = entry.changes?.find((c) => c.field === "assigneeId")?.after;
    if (to === null) return "unassigned the claim";
    if (typeof after.assigneeName === "string")
      return after.assigneeName === entry.actor?.name ? "assigned the claim to themselves" : `assigned the claim to ${after.assigneeName}`;
  }
  if (entry.action === "media.update") {
    // Whether viewers see it at once is what matters most about a media item: said in the sentence itself.
    const graphic = entry.changes?.find((c) => c.field === "graphic")?.after;
    if (graphic === true) return "marked a media item as graphic";
    if (graphic === false) return "marked a media item as not graphic";
  }
  const known = actionText[entry.action];
  if (known) return known;
  const [thing] = entry.action.split(".");
  return `changed ${thing ? `a ${humanize(thing).toLowerCase()}` : "something"}`;
}

/** Which recorded field changes an entry shows: edits show them all; none where the action says it in full
 * (assigning, signing off, merging, retracting: its reason is shown on its own; removing or restoring evidence, whose
 * only change is the time it was removed). */
export function shownChanges(entry: { action: string; changes: readonly FieldChange[] }): readonly FieldChange[] {
  // A proposal's reason and a refusal's are shown on their own; its ids and status are in the sentence.
  if (entry.action.startsWith("merge_proposal.")) return [];
  if (
    ["claim.assign", "verdict.sign_off", "verdict.retract", "evidence.remove", "evidence.restore"].includes(entry.action) ||
    entry.action.startsWith("claim.merge")
  )
    return [];
  return entry.changes;
}
