import { useEffect, useState } from "react";
import { selectFirstRunDone, useStore } from "../../state/store";

/** Once true, for the page's life: later lessons and panels need not wait again. */
let painted = false;

/**
 * True once the first run's picture has been painted (a frame after it was drawn). Big lazy
 * parts that the first picture does not need (the lesson catalogue and its panel, with texts
 * in two languages) start then, so that they never hold the main thread while it is drawn.
 */
export function useAfterFirstPicture(): boolean {
  const done = useStore(selectFirstRunDone);
  const [after, setAfter] = useState(painted);
  useEffect(() => {
    if (after || !done) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const raf = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        painted = true;
        setAfter(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(raf);
      clearTimeout(timer);
    };
  }, [done, after]);
  return after;
}
