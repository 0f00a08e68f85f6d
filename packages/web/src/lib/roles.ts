import type { Viewer } from "./viewer";

/** Editors (and admins) publish, correct and retract verdicts and archive claims. */
export const isEditor = (viewer: Viewer) => viewer.role === "EDITOR" || viewer.role === "ADMIN";
