/**
 * Whether a claim takes new work (evidence, ratings, notes, figures, edits): not once it is archived or merged into
 * another, where the server refuses it (claim/archived, claim/merged). The desk then shows its record without forms.
 */
export const takesWork = (claim: { status: string; mergedInto: { id: string } | null }) => claim.status !== "ARCHIVED" && !claim.mergedInto;
