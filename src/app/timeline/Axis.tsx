import { axisTop } from "d3-axis";
import type { ScaleLinear } from "d3-scale";
import { select } from "d3-selection";
import { useEffect, useRef, type PointerEvent } from "react";
import { pause, seek } from "../../state/actions";
import { formatDuration, timeTicks, type Translate } from "./format";
import { PlayheadHandle } from "./Playhead";

export const AXIS_HEIGHT = 30;

/**
 * The time axis in simulated seconds. d3-axis draws into a ref'd `<g>` that React never renders
 * children into; dragging on the axis scrubs the playhead (playback keeps the keyboard: Left/Right).
 */
export function Axis({ scale, width, tr, label }: { scale: ScaleLinear<number, number>; width: number; tr: Translate; label: string }) {
  const gRef = useRef<SVGGElement>(null);
  const dragging = useRef(false);

  useEffect(() => {
    if (!gRef.current) return;
    const [t0, t1] = scale.domain();
    const axis = axisTop(scale)
      .tickValues(timeTicks(t0, t1, Math.max(2, Math.floor(width / 90))))
      .tickFormat((v) => formatDuration(tr, Number(v)))
      .tickSizeOuter(0);
    select(gRef.current).call(axis);
  }, [scale, width, tr]);

  const seekAt = (e: PointerEvent<SVGSVGElement>) => {
    const x = e.clientX - e.currentTarget.getBoundingClientRect().left;
    seek(scale.invert(Math.max(0, Math.min(width, x))));
  };

  return (
    <svg
      className="tl-axis"
      width={width}
      height={AXIS_HEIGHT}
      role="img"
      aria-label={label}
      onPointerDown={(e) => {
        if (e.button !== 0) return;
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        pause();
        seekAt(e);
      }}
      onPointerMove={(e) => {
        if (dragging.current) seekAt(e);
      }}
      onPointerUp={(e) => {
        dragging.current = false;
        e.currentTarget.releasePointerCapture(e.pointerId);
      }}
      onPointerCancel={() => {
        dragging.current = false;
      }}
    >
      <rect width={width} height={AXIS_HEIGHT} fill="transparent" />
      <g ref={gRef} transform={`translate(0,${AXIS_HEIGHT - 6})`} />
      <PlayheadHandle scale={scale} width={width} height={AXIS_HEIGHT} />
    </svg>
  );
}
