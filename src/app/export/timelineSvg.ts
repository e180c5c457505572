import { scaleLinear, type ScaleLinear } from "d3-scale";
import type { Trace } from "../../engine/trace/types";
import { layoutTimeline, rowMarks, rowsIn, type Layout } from "../timeline/layout";
import { buildTimeline } from "../timeline/model";
import { visitAttempts } from "../timeline/probes";
import { MARK_PAINT, markPath, markStyle, probeTickPath, type MarkStyle } from "../timeline/shapes";

/**
 * The timeline as a standalone SVG, made from the timeline on the page (`.tl`): its axis, lane
 * labels and lanes are cloned with every style they get from CSS written inline, so the file
 * looks the same anywhere (no stylesheet, no custom properties, no web font). When the timeline
 * draws its marks on a canvas (many marks), the canvas only holds the scrolled-to part, so the
 * marks are drawn again as SVG paths from the model instead, with the same shapes and colours.
 */

const SVG_NS = "http://www.w3.org/2000/svg";
const SHAPE_PROPS = ["fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "opacity", "visibility"];
const TEXT_PROPS = [...SHAPE_PROPS, "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline"];
/** Values SVG assumes anyway: left out to keep the file small. */
const DEFAULTS: Record<string, string> = {
  "fill-opacity": "1",
  "stroke-opacity": "1",
  opacity: "1",
  "stroke-dasharray": "none",
  "stroke-linecap": "butt",
  "stroke-linejoin": "miter",
  visibility: "visible",
  "font-style": "normal",
  "text-anchor": "start",
  "dominant-baseline": "auto",
};
const PAINTED = new Set(["rect", "path", "line", "circle", "ellipse", "polyline", "polygon", "text", "tspan"]);

/** Writes the computed style of every painted element of `orig` onto the same element of `clone`. */
export function inlineStyles(orig: Element, clone: Element, fontFamily = ""): void {
  const a = [orig, ...orig.querySelectorAll("*")];
  const b = [clone, ...clone.querySelectorAll("*")];
  const drop: Element[] = [];
  for (let i = 0; i < a.length && i < b.length; i++) {
    const tag = a[i].localName;
    if (!PAINTED.has(tag)) {
      b[i].removeAttribute("class");
      // d3-axis sets font-family="sans-serif" on its group; the texts carry their own font.
      b[i].removeAttribute("font-family");
      continue;
    }
    const cs = getComputedStyle(a[i]);
    if (cs.display === "none") {
      drop.push(b[i]);
      continue;
    }
    const props = tag === "text" || tag === "tspan" ? TEXT_PROPS : SHAPE_PROPS;
    const style: string[] = [];
    for (const p of props) {
      const v = cs.getPropertyValue(p);
      if (v && v !== DEFAULTS[p] && !(p === "font-family" && v === fontFamily)) style.push(`${p}:${v}`);
    }
    b[i].setAttribute("style", style.join(";"));
    b[i].removeAttribute("class");
  }
  for (const d of drop) d.remove();
}

function svgEl<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/** The axis's time scale, read back from its ticks (d3-axis binds each tick's value as its datum). */
export function scaleFromAxis(axis: SVGSVGElement | null, width: number, until: number): ScaleLinear<number, number> {
  const points: Array<[number, number]> = [];
  for (const tick of axis?.querySelectorAll<SVGGElement>("g.tick") ?? []) {
    const v = (tick as unknown as { __data__?: unknown }).__data__;
    const m = /translate\(\s*([-\d.e]+)/.exec(tick.getAttribute("transform") ?? "");
    if (typeof v === "number" && m) points.push([v, Number(m[1])]);
  }
  if (points.length >= 2) {
    const [[t0, x0], [t1, x1]] = [points[0], points[points.length - 1]];
    if (t1 !== t0 && x1 !== x0) {
      const k = (x1 - x0) / (t1 - t0);
      return scaleLinear().domain([t0 - x0 / k, t0 + (width - x0) / k]).range([0, width]);
    }
  }
  return scaleLinear().domain([0, Math.max(until, 1e-3)]).range([0, width]);
}

/**
 * Marks and probe ticks as SVG paths, one path per style (what MarkCanvas paints), for the rows
 * the page drew (`y0`–`y1`) and up to `until` (the story as it happens stops at the playhead).
 */
function marksGroup(layout: Layout, scale: ScaleLinear<number, number>, color: (v: string) => string, y0: number, y1: number, until: number): SVGGElement {
  const g = svgEl("g");
  const [t0, domainEnd] = scale.domain();
  const t1 = Math.min(domainEnd, until);
  const byStyle = new Map<MarkStyle, string>();
  let ok = "";
  let fail = "";
  for (const row of rowsIn(layout, y0, y1)) {
    if (row.kind === "probe") {
      visitAttempts(row.probe, t0, t1, (t, run) => {
        const x = scale(t);
        // The same band as the page's ticks (MarkCanvas, Lanes).
        if (run.result === "success") ok += probeTickPath(x, row.y + 3, row.y + 13, false);
        else fail += probeTickPath(x, row.y + 3, row.y + 13, true);
      });
      continue;
    }
    for (const m of rowMarks(row)) {
      if (m.t < t0 || m.t > t1) continue;
      const style = markStyle(m);
      byStyle.set(style, (byStyle.get(style) ?? "") + markPath(style, scale(m.t), row.y + row.h / 2));
    }
  }
  if (ok) g.append(svgEl("path", { d: ok, fill: "none", stroke: color("--tl-probe-ok"), "stroke-width": 1.5 }));
  if (fail) g.append(svgEl("path", { d: fail, fill: "none", stroke: color("--tl-probe-fail"), "stroke-width": 1.5 }));
  for (const [style, d] of byStyle) {
    const paint = MARK_PAINT[style];
    g.append(svgEl("path", { d, fill: paint.fill ? color(paint.fill) : "none", stroke: color(paint.stroke), "stroke-width": paint.width }));
  }
  return g;
}

export interface TimelineSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * Serializes the timeline rendered in `root` (a `.tl` element); undefined when it shows no lanes.
 * The file holds what the page shows: the rows it drew (it draws those in view, and a little
 * more) and what has happened up to `until` when it reveals the story as it happens.
 */
export function timelineSvg(root: HTMLElement, trace: Trace, title: string, until = Infinity): TimelineSvg | undefined {
  const plot = root.querySelector<SVGSVGElement>("svg.tl-svg");
  if (!plot) return undefined;
  const axis = root.querySelector<SVGSVGElement>("svg.tl-axis");
  const labels = root.querySelector<HTMLElement>(".tl-labels");
  const rootCss = getComputedStyle(root);
  const color = (v: string) => rootCss.getPropertyValue(v).trim() || "#000";
  const labelW = labels?.offsetWidth || 180;
  const width = Number(plot.getAttribute("width")) || plot.clientWidth;
  const fullHeight = Number(plot.getAttribute("height")) || plot.clientHeight;
  // The rows drawn, from their labels: the file is cropped to them, not the whole scroll height.
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const label of labels?.querySelectorAll<HTMLElement>(".tl-lane-label") ?? []) {
    const top = parseFloat(label.style.top) || 0;
    y0 = Math.min(y0, top);
    y1 = Math.max(y1, top + (parseFloat(label.style.height) || 0));
  }
  if (!Number.isFinite(y0)) [y0, y1] = [0, fullHeight];
  y0 = Math.max(0, y0 - 2);
  y1 = Math.min(fullHeight, y1 + 2);
  const height = y1 - y0;
  const axisH = axis ? Number(axis.getAttribute("height")) || 30 : 0;
  // Room on the right for the last tick's label, which the page lets overflow.
  const W = labelW + width + 16;
  const H = axisH + height + 4;

  const out = svgEl("svg", { xmlns: SVG_NS, width: Math.ceil(W), height: Math.ceil(H), viewBox: `0 0 ${Math.ceil(W)} ${Math.ceil(H)}`, role: "img", "font-family": rootCss.fontFamily });
  const titleEl = svgEl("title");
  titleEl.textContent = title;
  out.append(titleEl, svgEl("rect", { width: "100%", height: "100%", fill: color("--tl-bg") }));

  if (axis) {
    const clone = axis.cloneNode(true) as SVGSVGElement;
    inlineStyles(axis, clone, rootCss.fontFamily);
    const g = svgEl("g", { transform: `translate(${labelW},0)` });
    g.append(...clone.childNodes);
    out.append(g);
    out.append(svgEl("line", { x1: 0, x2: W, y1: axisH + 0.5, y2: axisH + 0.5, stroke: color("--tl-grid") }));
  }

  // Lane labels are HTML (buttons); each becomes one line of text, clipped to the label column.
  const clip = svgEl("clipPath", { id: "podplay-labels" });
  clip.append(svgEl("rect", { x: 0, y: 0, width: labelW - 4, height }));
  const lg = svgEl("g", { transform: `translate(0,${axisH})`, "clip-path": "url(#podplay-labels)" });
  const inner = svgEl("g", { transform: `translate(0,${-y0})` });
  lg.append(inner);
  lg.append(clip);
  for (const label of labels?.querySelectorAll<HTMLElement>(".tl-lane-label") ?? []) {
    const cs = getComputedStyle(label);
    const top = parseFloat(label.style.top) || 0;
    const h = parseFloat(label.style.height) || 0;
    const words = [...label.querySelectorAll("span")].map((s) => s.textContent ?? "").filter(Boolean);
    const text = svgEl("text", {
      x: parseFloat(cs.paddingLeft) || 8,
      y: top + h / 2,
      "dominant-baseline": "central",
      fill: cs.color,
      "font-size": cs.fontSize,
      "font-weight": cs.fontWeight,
    });
    text.textContent = (words.length ? words : [label.textContent ?? ""]).join(" · ");
    inner.append(text);
  }
  out.append(lg);

  const lanes = plot.cloneNode(true) as SVGSVGElement;
  inlineStyles(plot, lanes, rootCss.fontFamily);
  const lanesClip = svgEl("clipPath", { id: "podplay-lanes" });
  lanesClip.append(svgEl("rect", { x: 0, y: 0, width, height }));
  const clipped = svgEl("g", { transform: `translate(${labelW},${axisH})`, "clip-path": "url(#podplay-lanes)" });
  clipped.append(lanesClip);
  const pg = svgEl("g", { transform: `translate(0,${-y0})` });
  clipped.append(pg);
  pg.append(...lanes.childNodes);
  if (root.querySelector("canvas.tl-canvas")) {
    // The same rows as the page: the pods whose conditions are unfolded there are unfolded here.
    const unfolded = new Set<string>();
    for (const b of labels?.querySelectorAll<HTMLElement>('.tl-lane-label.is-toggle[aria-expanded="true"]') ?? []) unfolded.add((b.dataset.lane ?? "").split("/")[0]);
    const layout = layoutTimeline(buildTimeline(trace), { unfolded });
    const marks = marksGroup(layout, scaleFromAxis(axis, width, trace.until), color, y0, y1, until);
    const playhead = [...pg.children].find((c) => c.getAttribute("aria-hidden") === "true" && c.localName === "g");
    pg.insertBefore(marks, playhead ?? null);
  }
  out.append(clipped);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}\n`, width: Math.ceil(W), height: Math.ceil(H) };
}
