import { type RefObject, useCallback, useEffect, useMemo, useRef } from "react";

/**
 * Moves focus to an element once a render has put it on the page: the button that comes back when its form closes,
 * the first field of a form that opens. A state change made when a request answers is not rendered at once (one made
 * in a click handler is), so waiting for the next animation frame can find the old page still showing. `then` runs
 * once the element has focus (to place the caret in a text field, say).
 */
export function useFocusAfterRender() {
  // The focus move to make, once its element is on the page (null until then).
  const pending = useRef<(() => (() => void) | null) | null>(null);
  useEffect(() => {
    const move = pending.current?.();
    if (!move) return;
    pending.current = null;
    move();
  });
  return useCallback(<T extends HTMLElement>(target: () => T | null | undefined, then?: (element: T) => void) => {
    pending.current = () => {
      const element = target();
      if (!element) return null;
      return () => {
        element.focus();
        then?.(element);
      };
    };
  }, []);
}

/**
 * For a form opened from a button that stays while it is open (a table row's Edit): `opened` remembers what had focus,
 * `closed` gives focus back to it once the form is gone, saved or cancelled.
 */
export function useFocusReturn() {
  const opener = useRef<HTMLElement | null>(null);
  const focusAfterRender = useFocusAfterRender();
  return useMemo(
    () => ({
      opened: () => {
        opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      },
      closed: () => focusAfterRender(() => opener.current),
    }),
    [focusAfterRender],
  );
}

/**
 * `useFocusReturn` for the form that edits one row of a table, chosen by the row's id: wraps the setter of that id
 * so that choosing a row remembers its Edit button, and choosing none (the form saved or cancelled) focuses it again.
 */
export function useEditFromRow(setEditing: (id: string | null) => void) {
  const { opened, closed } = useFocusReturn();
  return (id: string | null) => {
    if (id === null) closed();
    else opened();
    setEditing(id);
  };
}

/**
 * For a form whose refusal is said away from the button that was pressed (at the top of a long form, or where the
 * button was before it was disabled): `said` goes on the element wrapping the message (focusable with tabIndex -1),
 * `refused` moves focus there once it is rendered, and `refreshing(refresh)` is a conflict notice's Refresh, which
 * takes the notice away, moving focus to `back` (the form's heading, say) instead of dropping it.
 */
export function useRefusalFocus(back: RefObject<HTMLElement | null>) {
  const said = useRef<HTMLDivElement>(null);
  const focusAfterRender = useFocusAfterRender();
  return useMemo(
    () => ({
      said,
      refused: () => focusAfterRender(() => said.current),
      refreshing: (refresh: () => void) => () => {
        refresh();
        focusAfterRender(() => back.current);
      },
    }),
    [focusAfterRender, back],
  );
}
