import { useEffect } from "react";

/**
 * The desk's public name: the publisher a server-rendered page names (FACTDESK_PUBLISHER_NAME, in og:site_name),
 * else FactDesk, so the title the browser keeps after hydrating is the one the server sent.
 */
export function siteName(): string {
  if (typeof document === "undefined") return "FactDesk";
  return document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content || "FactDesk";
}

/** Sets the document title ("Claim queue · FactDesk"): screen readers announce it and tabs show it. */
export function usePageTitle(title: string | null | undefined) {
  useEffect(() => {
    const site = siteName();
    document.title = title ? `${title} · ${site}` : site;
  }, [title]);
}
