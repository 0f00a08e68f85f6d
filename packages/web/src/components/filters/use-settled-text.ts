import { useEffect, useRef, useState } from "react";

/**
 * Text typed into a filter stays local; `commit` follows once the person pauses (300 ms), with the text as
 * `settle` makes it (trimmed by default), so the address and the query do not change on every key. A new
 * `committed` value from outside (Clear filters, the back button) replaces what was typed.
 */
export function useSettledText(committed: string, commit: (text: string) => void, settle: (text: string) => string = (t) => t.trim()) {
  const [text, setText] = useState(committed);
  useEffect(() => setText(committed), [committed]);
  const latest = useRef({ committed, commit, settle });
  latest.current = { committed, commit, settle };
  useEffect(() => {
    const settled = latest.current.settle(text);
    if (settled === latest.current.committed) return;
    const timer = setTimeout(() => latest.current.commit(settled), 300);
    return () => clearTimeout(timer);
  }, [text]);
  return [text, setText] as const;
}
