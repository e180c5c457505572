import type { TimelineMark } from "./types";

/**
 * Mark shapes as SVG path data, shared by the SVG layer (`<path d>`) and the canvas layer
 * (`new Path2D(d)`). Each kind has its own shape, so meaning never rests on colour alone.
 */
export type MarkStyle = "event" | "warn" | "restart" | "hook" | "hookFail" | "delete" | "removed";

export function markStyle(m: TimelineMark): MarkStyle {
  switch (m.kind) {
    case "deletion":
      return "delete";
    case "removed":
      return "removed";
    case "restart":
      return "restart";
    case "hook":
      return m.failed ? "hookFail" : "hook";
    case "event":
      return m.type === "Warning" ? "warn" : "event";
  }
}

/** Drawing order: later styles are drawn on top where marks coincide (and win a click). */
export const MARK_PRIORITY: Record<MarkStyle, number> = { event: 0, removed: 1, restart: 2, warn: 3, hook: 4, delete: 5, hookFail: 6 };

/** Marks sorted for drawing: least important first, so the important ones stay visible on top. */
export function byPriority<M extends TimelineMark>(marks: readonly M[]): M[] {
  return [...marks].sort((a, b) => MARK_PRIORITY[markStyle(a)] - MARK_PRIORITY[markStyle(b)] || a.t - b.t);
}

const f = (v: number) => Math.round(v * 10) / 10;

export function markPath(style: MarkStyle, x: number, y: number): string {
  const X = f(x);
  const Y = f(y);
  switch (style) {
    case "event":
      return `M${f(x - 3.5)} ${Y}a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0Z`;
    case "restart":
      return `M${f(x - 4.5)} ${Y}a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0Z`;
    case "warn":
      return `M${X} ${f(y - 5)}L${f(x + 5)} ${f(y + 4)}L${f(x - 5)} ${f(y + 4)}Z`;
    case "hook":
      return `M${X} ${f(y - 5)}L${f(x + 5)} ${Y}L${X} ${f(y + 5)}L${f(x - 5)} ${Y}Z`;
    case "hookFail":
      return `M${X} ${f(y - 5.5)}L${f(x + 5.5)} ${Y}L${X} ${f(y + 5.5)}L${f(x - 5.5)} ${Y}ZM${f(x - 2)} ${f(y - 2)}L${f(x + 2)} ${f(y + 2)}M${f(x + 2)} ${f(y - 2)}L${f(x - 2)} ${f(y + 2)}`;
    case "delete":
      return `M${f(x - 4)} ${f(y - 4)}L${f(x + 4)} ${f(y + 4)}M${f(x + 4)} ${f(y - 4)}L${f(x - 4)} ${f(y + 4)}`;
    case "removed":
      return `M${f(x - 4)} ${f(y - 4)}h8v8h-8Z`;
  }
}

/** A success is a short upright tick; a failure is a cross spanning the row. */
export function probeTickPath(x: number, top: number, bottom: number, failure: boolean): string {
  if (!failure) return `M${f(x)} ${f(top + 3)}V${f(bottom)}`;
  return `M${f(x - 3)} ${f(top)}L${f(x + 3)} ${f(bottom)}M${f(x + 3)} ${f(top)}L${f(x - 3)} ${f(bottom)}`;
}

/** CSS custom properties each style is painted with (the canvas layer reads the same ones). */
export const MARK_PAINT: Record<MarkStyle, { fill?: string; stroke: string; width: number }> = {
  event: { fill: "--tl-event", stroke: "--tl-event", width: 1 },
  warn: { fill: "--tl-warn", stroke: "--tl-warn", width: 1 },
  restart: { fill: "--tl-bg", stroke: "--tl-restart", width: 2 },
  hook: { fill: "--tl-hook", stroke: "--tl-hook", width: 1 },
  hookFail: { fill: "--tl-bg", stroke: "--tl-warn", width: 1.6 },
  delete: { stroke: "--tl-warn", width: 2.2 },
  removed: { fill: "--tl-fg", stroke: "--tl-fg", width: 1 },
};
