import { useEffect, useState } from "react";
import { useStore } from "../../state/store";
import { describeAt } from "./describe";
import type { Translate } from "./format";
import type { TimelineModel } from "./types";

const INTERVAL_MS = 250;

/**
 * The visually hidden text alternative: what every pod and container is doing at the playhead.
 * It follows `t` at most four times a second and only re-renders when the words change.
 */
export function LiveText({ model, tr }: { model: TimelineModel; tr: Translate }) {
  const [text, setText] = useState(() => describeAt(model, useStore.getState().t, tr));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const run = () => {
      timer = undefined;
      last = performance.now();
      setText(describeAt(model, useStore.getState().t, tr));
    };
    timer = setTimeout(run, 0);
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.t === prev.t || timer !== undefined) return;
      timer = setTimeout(run, Math.max(0, INTERVAL_MS - (performance.now() - last)));
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [model, tr]);
  return (
    <p className="sr-only" aria-live="polite">
      {text}
    </p>
  );
}
