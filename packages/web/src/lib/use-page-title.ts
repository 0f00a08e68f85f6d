import { useEffect } from "react";

/** Sets the document title ("Claim queue · FactDesk"): screen readers announce it and tabs show it. */
export function usePageTitle(title: string | null | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · FactDesk` : "FactDesk";
  }, [title]);
}
