import { useEffect, useState } from "react";
import { useStore } from "../state/store";

/**
 * Text derived from the playhead for a screen-reader live region: recomputed at most once per
 * `intervalMs` while `t` moves (a live region that changed every frame would never be read out),
 * and the state only changes when the words do.
 */
export function usePlayheadText(describe: (t: number) => string, intervalMs: number): string {
  const [text, setText] = useState(() => describe(useStore.getState().t));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const run = () => {
      timer = undefined;
      last = performance.now();
      setText(describe(useStore.getState().t));
    };
    timer = setTimeout(run, 0);
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.t === prev.t || timer !== undefined) return;
      timer = setTimeout(run, Math.max(0, intervalMs - (performance.now() - last)));
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [describe, intervalMs]);
  return text;
}
