import { useCallback } from "react";
import { usePlayheadText } from "../usePlayheadText";
import { describeAt } from "./describe";
import type { Translate } from "./format";
import type { TimelineModel } from "./types";

const INTERVAL_MS = 250;

/**
 * The visually hidden text alternative: what every pod and container is doing at the playhead.
 * It follows `t` at most four times a second and only re-renders when the words change.
 */
export function LiveText({ model, tr }: { model: TimelineModel; tr: Translate }) {
  const describe = useCallback((t: number) => describeAt(model, t, tr), [model, tr]);
  const text = usePlayheadText(describe, INTERVAL_MS);
  return (
    <p className="sr-only" aria-live="polite">
      {text}
    </p>
  );
}
