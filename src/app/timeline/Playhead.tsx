import { useLayoutEffect, useRef, type RefObject } from "react";
import { useStore } from "../../state/store";

type Scale = (t: number) => number;

/**
 * Moves a `<g>` to the playhead by writing its transform attribute on every `t` change, outside
 * React's render: the playhead follows playback at any speed without re-rendering the lanes.
 */
function usePlayheadPosition(ref: RefObject<SVGGElement | null>, scale: Scale, width: number, follow?: (t: number) => void): void {
  useLayoutEffect(() => {
    const place = (t: number) => {
      const g = ref.current;
      if (!g) return;
      const x = scale(t);
      const visible = x >= -1 && x <= width + 1;
      if (!visible && follow && useStore.getState().playing) follow(t);
      g.setAttribute("transform", `translate(${visible ? Math.round(x * 10) / 10 : -10},0)`);
      g.setAttribute("visibility", visible ? "visible" : "hidden");
    };
    place(useStore.getState().t);
    return useStore.subscribe((s, prev) => {
      if (s.t !== prev.t) place(s.t);
    });
  }, [ref, scale, width, follow]);
}

/** The playhead across the lanes; `follow` is called when playback carries it out of view. */
export function PlayheadLine({ scale, width, height, follow }: { scale: Scale; width: number; height: number; follow?: (t: number) => void }) {
  const ref = useRef<SVGGElement>(null);
  usePlayheadPosition(ref, scale, width, follow);
  return (
    <g ref={ref} className="tl-playhead" aria-hidden="true">
      <line x1={0} x2={0} y1={0} y2={height} />
    </g>
  );
}

/** The playhead's handle on the time axis. */
export function PlayheadHandle({ scale, width, height }: { scale: Scale; width: number; height: number }) {
  const ref = useRef<SVGGElement>(null);
  usePlayheadPosition(ref, scale, width);
  return (
    <g ref={ref} className="tl-playhead" aria-hidden="true">
      <line x1={0} x2={0} y1={height - 10} y2={height} />
      <path d={`M-6 ${height - 12}h12l-6 8z`} />
    </g>
  );
}
