import { useEffect, useState } from "react";
import { selectFirstRunDone, useStore } from "../../state/store";

/** Once true, for the page's life: later lessons and panels need not wait again. */
let painted = false;

/** Lazy parts wait no longer than this for a first run that has not ended. */
const FALLBACK_MS = 1500;

/**
 * True once the first run's picture has been painted (a frame after it was drawn), or after
 * FALLBACK_MS whatever the run does. Big lazy parts that the first picture does not need (Monaco,
 * the lesson catalogue and its panel with texts in two languages) start then, so that they never
 * hold the main thread while it is drawn.
 */
export function useAfterFirstPicture(): boolean {
  const done = useStore(selectFirstRunDone);
  const [after, setAfter] = useState(painted);
  useEffect(() => {
    if (after) return;
    let raf = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const go = () => {
      raf = requestAnimationFrame(() => {
        timer = setTimeout(() => {
          painted = true;
          setAfter(true);
        }, 0);
      });
    };
    if (done) go();
    const fallback = setTimeout(go, FALLBACK_MS);
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, [done, after]);
  return after;
}
