import { useEffect, useState } from "react";

const read = (key: string): string | null => {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
};

const write = (key: string, value: string | null) => {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    // Storage refused (private browsing, full): the text stays in the form, as it did before drafts were kept.
  }
};

/**
 * Text being written that outlives a reload of the tab: kept in the tab's session storage under `key` while it
 * differs from `saved` (what the desk has stored, or "" for something new), dropped once it is the same again. Only
 * this tab sees it, and closing the tab forgets it.
 */
export function useDraft(key: string, saved: string) {
  const [value, setValue] = useState(() => read(key) ?? saved);
  useEffect(() => write(key, value === saved ? null : value), [key, value, saved]);
  return [value, setValue] as const;
}

/** Forgets every draft of this tab: on signing out, so the next person to sign in here does not see them. */
export function forgetDrafts() {
  try {
    const keys = Array.from({ length: window.sessionStorage.length }, (_, i) => window.sessionStorage.key(i));
    for (const key of keys) if (key?.startsWith("draft:")) window.sessionStorage.removeItem(key);
  } catch {
    // Nothing was kept.
  }
}
