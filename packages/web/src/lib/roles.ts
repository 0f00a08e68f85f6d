import type { Viewer } from "./viewer";

/** Editors (and admins) publish, correct and retract verdicts and archive claims. */
export const isEditor = (viewer: Viewer) => viewer.role === "EDITOR" || viewer.role === "ADMIN";

/** Reviewers and up (every desk role) record and edit figures: the API's `reviewer` scope. */
export const mayEditFigures = (viewer: Viewer) => viewer.role === "REVIEWER" || isEditor(viewer);
