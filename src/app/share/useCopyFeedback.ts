import { useEffect, useState } from "react";

export type CopyState = "idle" | "done" | "failed";

/**
 * Copies text to the clipboard and says how it went for a moment ("done", or "failed" where the
 * clipboard is refused: an insecure page, a browser setting), then goes back to "idle".
 */
export function useCopyFeedback(resetMs = 2000): { state: CopyState; copy: (text: string) => Promise<boolean> } {
  const [state, setState] = useState<CopyState>("idle");
  useEffect(() => {
    if (state === "idle") return;
    const h = setTimeout(() => setState("idle"), resetMs);
    return () => clearTimeout(h);
  }, [state, resetMs]);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setState("done");
      return true;
    } catch {
      setState("failed");
      return false;
    }
  };
  return { state, copy };
}
