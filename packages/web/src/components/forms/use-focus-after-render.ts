import { useCallback, useEffect, useRef } from "react";

/**
 * Moves focus to an element once a render has put it on the page: the button that comes back when its form closes,
 * the first field of a form that opens. A state change made when a request answers is not rendered at once (one made
 * in a click handler is), so waiting for the next animation frame can find the old page still showing.
 */
export function useFocusAfterRender() {
  const pending = useRef<(() => HTMLElement | null | undefined) | null>(null);
  useEffect(() => {
    const target = pending.current?.();
    if (!target) return;
    pending.current = null;
    target.focus();
  });
  return useCallback((target: () => HTMLElement | null | undefined) => {
    pending.current = target;
  }, []);
}
