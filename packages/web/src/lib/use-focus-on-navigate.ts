import { useEffect, useRef } from "react";

/**
 * After moving to another page inside the client, focus goes to the page's main region, as a full page load would
 * start there: otherwise the link that was followed is gone, focus falls back to the document, and a keyboard or
 * screen-reader user starts again from the header. A page that placed focus itself (a form's first field, the
 * queue's selected row) keeps it. The first visit to a page loaded on demand (an event, ingest, notifications) keeps
 * the old page on screen but hidden while its code loads: the followed link is still in the document, yet focus on
 * it is lost all the same.
 */
export function useFocusMainOnNavigate(pathname: string) {
  const shown = useRef(pathname);
  useEffect(() => {
    if (shown.current === pathname) return;
    shown.current = pathname;
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected || active.getClientRects().length === 0) {
      document.getElementById("main")?.focus({ preventScroll: true });
    }
  }, [pathname]);
}
