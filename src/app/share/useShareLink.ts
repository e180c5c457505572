import { useEffect } from "react";
import { openShareHash } from "./openShareLink";

/**
 * Opens share links pasted into the address bar of an open page (a hash change does not reload).
 * The link a page is opened with is handled in main.tsx before the first render, so the first
 * paint already shows the shared scenario.
 */
export function useShareLink(): void {
  useEffect(() => {
    const onHash = () => openShareHash(location.hash);
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
}
