import { useEffect, useRef, useState, type RefObject } from "react";
import type { ScaleLinear } from "d3-scale";
import type { Emphasis } from "./Lanes";
import { rowMarks, type Row } from "./layout";
import { visitAttempts } from "./probes";
import { MARK_PAINT, markPath, markStyle, probeTickPath, type MarkStyle } from "./shapes";

interface Props {
  /** The rows in view (with a margin); the canvas culls them again to the scrolled-to part. */
  rows: readonly Row[];
  /** The height the lanes take (what the playhead has revealed). */
  total: number;
  /** Nothing after this simulated second is drawn. */
  until: number;
  scale: ScaleLinear<number, number>;
  width: number;
  body: RefObject<HTMLDivElement | null>;
  emphasis: Emphasis;
  /** Changes when the theme does, so colours are read again. */
  theme: string;
}

/**
 * Marks and probe ticks on a canvas, for when there are too many for SVG (guide: canvas above
 * ~1–2k marks). The canvas is as tall as the scroll viewport and sticks to it; only rows in view
 * are drawn, batched into one path per style. Hover and click still work: the plot hit-tests by
 * arithmetic, so the canvas ignores the pointer.
 */
export function MarkCanvas({ rows, total, until, scale, width, body, emphasis, theme }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [viewH, setViewH] = useState(0);

  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const measure = () => setViewH(el.clientHeight);
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [body]);

  const height = Math.max(0, Math.min(viewH, total));

  useEffect(() => {
    const canvas = ref.current;
    const el = body.current;
    if (!canvas || !el || height === 0) return;
    let frame = 0;
    const draw = () => {
      frame = 0;
      const ctx = canvas.getContext("2d");
      if (!ctx) return;
      const dpr = window.devicePixelRatio || 1;
      const top = Math.max(0, Math.min(el.scrollTop, total - height));
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.clearRect(0, 0, width, height);
      ctx.translate(0, -top);
      const css = getComputedStyle(canvas);
      const color = (v: string) => css.getPropertyValue(v).trim() || "#000";
      const [t0, t1b] = scale.domain();
      const t1 = Math.min(t1b, until);
      const byStyle = new Map<MarkStyle, string[]>();
      const rings: { x: number; y: number; sel: boolean }[] = [];
      let ok = "";
      let fail = "";
      for (const row of rows) {
        if (row.y + row.h < top || row.y > top + height) continue;
        const cy = row.y + row.h / 2;
        if (row.kind === "probe") {
          let lastOk = -Infinity;
          let lastFail = -Infinity;
          visitAttempts(row.probe, t0, t1, (t, run) => {
            const x = scale(t);
            if (run.result === "success") {
              if (x - lastOk >= 1) ok += probeTickPath(x, row.y + 3, row.y + 13, false);
              lastOk = x;
            } else {
              if (x - lastFail >= 1) fail += probeTickPath(x, row.y + 3, row.y + 13, true);
              lastFail = x;
            }
          });
          continue;
        }
        for (const m of rowMarks(row)) {
          if (m.t < t0 || m.t > t1) continue;
          const x = scale(m.t);
          const style = markStyle(m);
          let list = byStyle.get(style);
          if (!list) byStyle.set(style, (list = []));
          list.push(markPath(style, x, cy));
          const sel = emphasis.selectedId !== undefined && m.id === emphasis.selectedId;
          if (sel || emphasis.highlight.has(m.id)) rings.push({ x, y: cy, sel });
        }
      }
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = color("--tl-probe-ok");
      if (ok) ctx.stroke(new Path2D(ok));
      ctx.strokeStyle = color("--tl-probe-fail");
      if (fail) ctx.stroke(new Path2D(fail));
      for (const [style, paths] of byStyle) {
        const paint = MARK_PAINT[style];
        const p = new Path2D(paths.join(""));
        if (paint.fill) {
          ctx.fillStyle = color(paint.fill);
          ctx.fill(p);
        }
        ctx.lineWidth = paint.width;
        ctx.strokeStyle = color(paint.stroke);
        ctx.stroke(p);
      }
      for (const r of rings) {
        ctx.beginPath();
        ctx.arc(r.x, r.y, 7, 0, Math.PI * 2);
        ctx.lineWidth = r.sel ? 2 : 2.5;
        ctx.strokeStyle = color(r.sel ? "--tl-selected" : "--tl-highlight");
        ctx.stroke();
      }
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    schedule();
    el.addEventListener("scroll", schedule, { passive: true });
    return () => {
      el.removeEventListener("scroll", schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [rows, total, until, scale, width, height, body, emphasis, theme]);

  const dpr = typeof window === "undefined" ? 1 : window.devicePixelRatio || 1;
  return (
    <canvas
      ref={ref}
      className="tl-canvas"
      aria-hidden="true"
      width={Math.round(width * dpr)}
      height={Math.round(height * dpr)}
      style={{ width, height, marginBottom: -height }}
    />
  );
}
