import { chipName, formatCpu, formatMemory, nodeBadges, shortName, share, type Translate } from "../nodemap/describe";
import { CHIP_COLS, CHIP_H, CHIP_W, chipOffset, HEADER_H, LANE_TITLE_H, PAD, type Box, type MapLayout } from "../nodemap/layout";
import { POD_CLASSES, type NodeCard, type NodeMapState, type PodChip, type PodClass } from "../nodemap/model";
import { el, esc, svgDocument } from "./svgText";

/**
 * The node map at one instant as a standalone SVG, drawn from the model (the live map is HTML, so
 * it cannot be cloned): the same grid arithmetic (nodemap/layout.ts), words (nodemap/describe.ts)
 * and colours (the `--nm-*` custom properties, passed in as `palette`) as the page. Pure.
 */

/** The `--nm-*` colours, keyed without the prefix (`bg`, `fg`, `ready-fill`, …). */
export type Palette = Record<string, string>;

export const PALETTE_KEYS = ["bg", "fg", "muted", "box", "border", "track", "bar", "bar-high", "down-fill", "down", "up-fill", "up", "flag-fill", "flag", "selected", ...POD_CLASSES.flatMap((c) => [c, `${c}-fill`])];

const GLYPH: Record<PodClass, string> = { ready: "●", notReady: "◐", waiting: "○", error: "✖", terminating: "◌", completed: "✓" };
const DASH: Partial<Record<PodClass, string>> = { waiting: "4 2", terminating: "1.5 2" };
const LEGEND_H = 30;
const MARGIN = 8;

export interface NodeMapSvgInput {
  state: NodeMapState;
  layout: MapLayout;
  palette: Palette;
  tr: Translate;
  /** Accessible title of the picture. */
  title: string;
  /** "namespace/name" of the selected pod, drawn with the selection outline. */
  selected?: string;
  fontFamily?: string;
}

/** Chips a container shows: all, or capacity-1 of them and a "+N more" (as NodeMap.tsx does). */
function visibleChips(pods: PodChip[], capacity: number): { shown: PodChip[]; more: number } {
  const live = pods.filter((p) => !p.leaving);
  if (live.length <= capacity) return { shown: live, more: 0 };
  const shown = live.slice(0, capacity - 1);
  return { shown, more: live.length - shown.length };
}

export function nodeMapSvg({ state, layout, palette, tr, title, selected, fontFamily = "system-ui, sans-serif" }: NodeMapSvgInput): string {
  const c = (k: string) => palette[k] || "#888";
  const text = (x: number, y: number, s: string, extra: Record<string, string | number> = {}) => el("text", { x, y, fill: c("fg"), "dominant-baseline": "central", ...extra }, esc(s));

  const chip = (p: PodChip, x: number, y: number) => {
    const sel = selected === `${p.namespace}/${p.name}`;
    const clip = `clip-${esc(p.uid).replace(/[^\w-]/g, "_")}`;
    return el(
      "g",
      { "aria-label": chipName(tr, p) },
      el("rect", { x: x + 0.5, y: y + 0.5, width: CHIP_W - 1, height: CHIP_H - 1, rx: 4, fill: c(`${p.cls}-fill`), stroke: sel ? c("selected") : c(p.cls), "stroke-width": sel || p.cls === "error" ? 2 : 1, "stroke-dasharray": DASH[p.cls] }) +
        el("clipPath", { id: clip }, el("rect", { x, y, width: CHIP_W - 3, height: CHIP_H })) +
        el(
          "g",
          { "clip-path": `url(#${clip})` },
          text(x + 5, y + CHIP_H / 2, GLYPH[p.cls], { fill: c(p.cls), "font-size": 11 }) + text(x + 18, y + CHIP_H / 2, shortName(p.name), { "font-size": 11, "font-weight": sel ? 600 : undefined } as Record<string, string | number>),
        ),
    );
  };

  const chips = (pods: PodChip[], box: Box, capacity: number, perRow: number, top: number) => {
    const { shown, more } = visibleChips(pods, capacity);
    let out = shown.map((p, i) => {
      const o = chipOffset(i, perRow, top);
      return chip(p, box.x + o.x, box.y + o.y);
    });
    if (more > 0) {
      const o = chipOffset(shown.length, perRow, top);
      const x = box.x + o.x;
      const y = box.y + o.y;
      out = [...out, el("rect", { x: x + 0.5, y: y + 0.5, width: CHIP_W - 1, height: CHIP_H - 1, rx: 4, fill: c("bg"), stroke: c("border") }) + text(x + CHIP_W / 2, y + CHIP_H / 2, tr("nodemap.more", { count: more }), { "text-anchor": "middle", "font-size": 11 })];
    }
    return out.join("");
  };

  const bar = (x: number, y: number, w: number, label: string, u: { requested: number; allocatable: number }, fmt: (n: number) => string) => {
    const ratio = share(u);
    const trackX = x + 60;
    const numW = 92;
    const trackW = Math.max(20, w - 60 - numW - 8);
    return (
      text(x, y, label, { "font-size": 12 }) +
      el("rect", { x: trackX, y: y - 3, width: trackW, height: 6, rx: 3, fill: c("track") }) +
      (ratio > 0 ? el("rect", { x: trackX, y: y - 3, width: trackW * ratio, height: 6, rx: 3, fill: ratio > 0.9 ? c("bar-high") : c("bar") }) : "") +
      text(x + w, y, `${fmt(u.requested)} / ${fmt(u.allocatable)}`, { "font-size": 12, "text-anchor": "end" })
    );
  };

  const node = (n: NodeCard, b: Box & { capacity: number }) => {
    const badges = nodeBadges(tr, n);
    let bx = b.x + PAD + Math.min(120, n.name.length * 7.2) + 8;
    const badge = (label: string, fill: string, line: string, bold = false) => {
      const w = label.length * 6.6 + 10;
      const out = el("rect", { x: bx, y: b.y + 7, width: w, height: 16, rx: 3, fill: c(fill), stroke: c(line) }) + text(bx + 5, b.y + 15, label, { "font-size": 11, "font-weight": bold ? 600 : undefined } as Record<string, string | number>);
      bx += w + 4;
      return out;
    };
    const head =
      text(b.x + PAD, b.y + 15, n.name.length > 18 ? `${n.name.slice(0, 17)}…` : n.name, { "font-weight": 600, "font-size": 12 }) +
      badge(`${n.ready ? "✓" : "✖"} ${badges[0]}`, n.ready ? "up-fill" : "down-fill", n.ready ? "up" : "down", !n.ready) +
      (n.cordoned ? badge(`⏸ ${tr("nodemap.state.cordoned")}`, "flag-fill", "flag") : "") +
      (n.taints.length ? badge(`⚠ ${tr("nodemap.state.tainted")}`, "flag-fill", "flag") : "");
    return el(
      "g",
      { "aria-label": n.name },
      el("rect", {
        x: b.x + 0.5,
        y: b.y + 0.5,
        width: b.w - 1,
        height: b.h - 1,
        rx: 6,
        fill: c("box"),
        stroke: n.ready ? c("border") : c("down"),
        "stroke-width": n.ready ? 1 : 2,
        "stroke-dasharray": n.cordoned ? "5 3" : undefined,
      }) +
        head +
        bar(b.x + PAD, b.y + 36, b.w - 2 * PAD, tr("nodemap.cpu"), n.cpu, formatCpu) +
        bar(b.x + PAD, b.y + 52, b.w - 2 * PAD, tr("nodemap.memory"), n.memory, formatMemory) +
        chips(n.pods, b, b.capacity, CHIP_COLS, HEADER_H),
    );
  };

  // The legend: one swatch per pod class, so the picture explains itself on a slide.
  let lx = 0;
  const legend = POD_CLASSES.map((cls) => {
    const label = `${GLYPH[cls]} ${tr(`nodemap.cls.${cls}`)}`;
    const w = [...label].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x1100 && ch.charCodeAt(0) < 0x2000 ? 7 : ch.charCodeAt(0) > 0x1100 ? 12 : 6.8), 0) + 12;
    const out = el("rect", { x: lx + 0.5, y: 6.5, width: w, height: 18, rx: 3, fill: c(`${cls}-fill`), stroke: c(cls) }) + text(lx + 6, 15.5, label, { "font-size": 12 });
    lx += w + 10;
    return out;
  }).join("");

  const lane = layout.lane;
  const laneSvg =
    el("rect", { x: lane.x + 0.5, y: lane.y + 0.5, width: lane.w - 1, height: lane.h - 1, rx: 6, fill: c("box"), stroke: c("border"), "stroke-dasharray": "5 3" }) +
    text(lane.x + PAD, lane.y + LANE_TITLE_H / 2, `${tr("nodemap.unscheduled")} (${state.counts.unscheduled})`, { "font-weight": 600, "font-size": 12 }) +
    (state.counts.unscheduled === 0 ? text(lane.x + PAD, lane.y + LANE_TITLE_H + 10, tr("nodemap.noneWaiting"), { fill: c("muted"), "font-size": 12 }) : "") +
    chips(state.unscheduled, lane, lane.capacity, lane.perRow, LANE_TITLE_H);

  const nodes = state.nodes.map((n) => {
    const b = layout.nodes.get(n.name);
    return b ? node(n, b) : "";
  });
  const none = state.nodes.length === 0 ? text(PAD, lane.h + 24, tr("nodemap.noNodes"), { fill: c("muted"), "font-size": 12 }) : "";

  const width = Math.max(layout.width, lx) + 2 * MARGIN;
  const height = LEGEND_H + layout.height + (state.nodes.length === 0 ? 40 : 0) + 2 * MARGIN;
  return svgDocument({
    width,
    height,
    title,
    background: c("bg"),
    fontFamily,
    body: el("g", { transform: `translate(${MARGIN},${MARGIN})`, "font-size": 12 }, el("g", { "aria-label": tr("nodemap.legend") }, legend) + el("g", { transform: `translate(0,${LEGEND_H})` }, laneSvg + nodes.join("") + none)),
  });
}
