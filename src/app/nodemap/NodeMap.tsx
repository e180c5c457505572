import { usePlayheadText } from "../usePlayheadText";
import { memo, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import { select } from "../../state/actions";
import { selectLocale, selectSelection, selectTrace, useStore, type PlaygroundState, type Selection } from "../../state/store";
import { registerStrings, t as translate } from "../i18n";
import { chipName, shortName, formatCpu, formatMemory, nodeBadges, nodeName, share, summary, type Translate } from "./describe";
import { CHIP_COLS, CHIP_H, CHIP_W, chipOffset, HEADER_H, LANE_TITLE_H, layoutNodeMap, type Box, type MapLayout } from "./layout";
import { changeIndex, nodeMapFromIndex, nodeMapIndex, POD_CLASSES, type NodeCard, type NodeMapIndex, type NodeMapState, type PodChip, type PodClass } from "./model";
import { nodemapStrings } from "./strings";
import "./nodemap.css";

registerStrings(nodemapStrings);

/** Above this many chips, chips are drawn on one canvas instead of one button each. */
export const CANVAS_THRESHOLD = 1500;
/** Pods deleted this many simulated seconds before the shown instant fade out in place. */
const LEAVING_WINDOW = 1;
const SUMMARY_INTERVAL_MS = 1000;

const GLYPH: Record<PodClass, string> = { ready: "●", notReady: "◐", waiting: "○", error: "✖", terminating: "◌", completed: "✓" };

const selectTheme = (s: PlaygroundState) => s.theme;

const selectPod = (namespace: string, pod: string) => select({ kind: "pod", namespace, pod });

function selectedKey(sel: Selection | undefined): string | undefined {
  return sel && sel.kind !== "entry" ? `${sel.namespace}/${sel.pod}` : undefined;
}

/** Chips a container shows: all of them, or capacity-1 and a "+N more" marker. */
function visibleChips(pods: PodChip[], capacity: number): { shown: PodChip[]; more: number } {
  if (pods.length <= capacity) return { shown: pods, more: 0 };
  const shown = pods.slice(0, capacity - 1);
  return { shown, more: pods.filter((p) => !p.leaving).length - shown.filter((p) => !p.leaving).length };
}

/** What a chip shows; two chips with the same key draw the same (the model makes new objects per instant). */
const chipKey = (c: PodChip) => `${c.uid}\u0000${c.name}\u0000${c.status}\u0000${c.ready}\u0000${c.cls}\u0000${c.leaving ? 1 : 0}`;

/** What a node box shows, so an unchanged node is not re-rendered when another one changes. */
function cardKey(c: NodeCard): string {
  let k = `${c.name}|${c.readyCondition}|${c.cordoned}|${c.taints.join(",")}|${c.cpu.requested}/${c.cpu.allocatable}|${c.memory.requested}/${c.memory.allocatable}`;
  for (const p of c.pods) k += "|" + chipKey(p);
  return k;
}

const Chip = memo(
  ChipView,
  (a, b) => a.x === b.x && a.y === b.y && a.selected === b.selected && a.label === b.label && chipKey(a.chip) === chipKey(b.chip),
);

function ChipView({ chip, x, y, selected, label }: { chip: PodChip; x: number; y: number; selected: boolean; label: string }) {
  return (
    <button
      type="button"
      className={`nm-chip nm-${chip.cls}${chip.leaving ? " nm-leaving" : ""}${selected ? " nm-selected" : ""}`}
      style={{ transform: `translate(${x}px, ${y}px)`, width: CHIP_W, height: CHIP_H }}
      aria-label={label}
      aria-pressed={selected}
      aria-hidden={chip.leaving || undefined}
      tabIndex={chip.leaving ? -1 : undefined}
      title={`${chip.name}  ${chip.status}  ${chip.ready}`}
      onClick={() => selectPod(chip.namespace, chip.name)}
    >
      <span className="nm-glyph" aria-hidden="true">
        {GLYPH[chip.cls]}
      </span>
      <span className="nm-chip-name">{shortName(chip.name)}</span>
    </button>
  );
}

function Chips({ pods, capacity, perRow, top, sel, tr }: { pods: PodChip[]; capacity: number; perRow: number; top: number; sel: string | undefined; tr: Translate }) {
  const { shown, more } = visibleChips(pods, capacity);
  const at = chipOffset(shown.length, perRow, top);
  return (
    <>
      {shown.map((p, i) => {
        const o = chipOffset(i, perRow, top);
        return <Chip key={p.uid} chip={p} x={o.x} y={o.y} selected={sel === `${p.namespace}/${p.name}`} label={chipName(tr, p)} />;
      })}
      {more > 0 && (
        <span className="nm-more" style={{ transform: `translate(${at.x}px, ${at.y}px)`, width: CHIP_W, height: CHIP_H }} title={tr("nodemap.moreName", { count: more })}>
          {tr("nodemap.more", { count: more })}
        </span>
      )}
    </>
  );
}

function Bar({ label, used, total, ratio }: { label: string; used: string; total: string; ratio: number }) {
  return (
    <div className="nm-bar-row">
      <span className="nm-bar-label">{label}</span>
      <span className="nm-bar" aria-hidden="true">
        <span className={`nm-bar-fill${ratio > 0.9 ? " nm-bar-high" : ""}`} style={{ transform: `scaleX(${ratio})` }} />
      </span>
      <span className="nm-bar-num">
        {used} / {total}
      </span>
    </div>
  );
}

interface NodeBoxProps {
  card: NodeCard;
  /** cardKey(card): equal keys draw the same box. */
  cardKey: string;
  box: Box & { capacity: number };
  /** The selected pod's key when it is on this node, so a selection elsewhere does not re-render it. */
  sel: string | undefined;
  tr: Translate;
  canvas: boolean;
}

// With 100 nodes and 1,000 pods, most change instants touch one or two nodes: the others keep their DOM.
const NodeBox = memo(NodeBoxView, (a, b) => a.cardKey === b.cardKey && a.box === b.box && a.sel === b.sel && a.tr === b.tr && a.canvas === b.canvas);

function NodeBoxView({ card, box, sel, tr, canvas }: NodeBoxProps) {
  const badges = nodeBadges(tr, card);
  return (
    <div
      role="group"
      aria-label={nodeName(tr, card)}
      className={`nm-node${card.ready ? "" : " nm-node-down"}${card.cordoned ? " nm-node-cordoned" : ""}`}
      style={{ transform: `translate(${box.x}px, ${box.y}px)`, width: box.w, height: box.h }}
    >
      <div className="nm-node-head" aria-hidden="true">
        <span className="nm-node-name" title={card.name}>
          {card.name}
        </span>
        <span className="nm-badges">
          <span className={`nm-badge ${card.ready ? "nm-badge-ready" : "nm-badge-down"}`} title={`Ready=${card.readyCondition}`}>
            {card.ready ? "✓ " : "✖ "}
            {badges[0]}
          </span>
          {card.cordoned && <span className="nm-badge nm-badge-flag">⏸ {tr("nodemap.state.cordoned")}</span>}
          {card.taints.length > 0 && (
            <span className="nm-badge nm-badge-flag" title={tr("nodemap.taints", { list: card.taints.join(", ") })}>
              ⚠ {tr("nodemap.state.tainted")}
            </span>
          )}
        </span>
      </div>
      <div aria-hidden="true">
        <Bar label={tr("nodemap.cpu")} used={formatCpu(card.cpu.requested)} total={formatCpu(card.cpu.allocatable)} ratio={share(card.cpu)} />
        <Bar label={tr("nodemap.memory")} used={formatMemory(card.memory.requested)} total={formatMemory(card.memory.allocatable)} ratio={share(card.memory)} />
      </div>
      {!canvas && <Chips pods={card.pods} capacity={box.capacity} perRow={CHIP_COLS} top={HEADER_H} sel={sel} tr={tr} />}
    </div>
  );
}

function Lane({ pods, layout, sel, tr, canvas, count }: { pods: PodChip[]; layout: MapLayout; sel: string | undefined; tr: Translate; canvas: boolean; count: number }) {
  const b = layout.lane;
  return (
    <div role="group" aria-label={tr("nodemap.unscheduledName", { count })} className="nm-lane" style={{ width: b.w, height: b.h }}>
      <div className="nm-lane-title" aria-hidden="true">
        {tr("nodemap.unscheduled")} ({count})
      </div>
      {count === 0 && <p className="nm-none">{tr("nodemap.noneWaiting")}</p>}
      {!canvas && <Chips pods={pods} capacity={b.capacity} perRow={b.perRow} top={LANE_TITLE_H} sel={sel} tr={tr} />}
    </div>
  );
}

interface PlacedChip {
  chip: PodChip;
  x: number;
  y: number;
}

interface Placed {
  chips: PlacedChip[];
  /** "+N more" markers. */
  more: Array<{ count: number; x: number; y: number }>;
}

/** Absolute chip positions for the canvas layer (the same arithmetic as the DOM chips). */
function placeAll(state: NodeMapState, layout: MapLayout): Placed {
  const out: Placed = { chips: [], more: [] };
  const place = (pods: PodChip[], box: Box, capacity: number, perRow: number, top: number) => {
    const { shown, more } = visibleChips(pods, capacity);
    shown.forEach((chip, i) => {
      if (chip.leaving) return;
      const o = chipOffset(i, perRow, top);
      out.chips.push({ chip, x: box.x + o.x, y: box.y + o.y });
    });
    if (more > 0) {
      const o = chipOffset(shown.length, perRow, top);
      out.more.push({ count: more, x: box.x + o.x, y: box.y + o.y });
    }
  };
  place(state.unscheduled, layout.lane, layout.lane.capacity, layout.lane.perRow, LANE_TITLE_H);
  for (const n of state.nodes) {
    const b = layout.nodes.get(n.name);
    if (b) place(n.pods, b, b.capacity, CHIP_COLS, HEADER_H);
  }
  return out;
}

function ChipCanvas({ state, layout, sel, theme, tr }: { state: NodeMapState; layout: MapLayout; sel: string | undefined; theme: string; tr: Translate }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const placed = useMemo(() => placeAll(state, layout), [state, layout]);
  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext("2d");
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    canvas.width = Math.ceil(layout.width * dpr);
    canvas.height = Math.ceil(layout.height * dpr);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, layout.width, layout.height);
    const css = getComputedStyle(canvas);
    const v = (name: string) => css.getPropertyValue(name).trim() || "#888";
    const colours = Object.fromEntries(POD_CLASSES.map((c) => [c, { fill: v(`--nm-${c}-fill`), line: v(`--nm-${c}`) }])) as Record<PodClass, { fill: string; line: string }>;
    const fg = v("--nm-fg");
    const selected = v("--nm-selected");
    ctx.font = "11px system-ui, sans-serif";
    ctx.textBaseline = "middle";
    for (const { chip, x, y } of placed.chips) {
      const c = colours[chip.cls];
      ctx.fillStyle = c.fill;
      ctx.fillRect(x, y, CHIP_W, CHIP_H);
      ctx.strokeStyle = sel === `${chip.namespace}/${chip.name}` ? selected : c.line;
      ctx.lineWidth = sel === `${chip.namespace}/${chip.name}` ? 2 : 1;
      ctx.setLineDash(chip.cls === "waiting" ? [3, 2] : chip.cls === "terminating" ? [1, 2] : []);
      ctx.strokeRect(x + 0.5, y + 0.5, CHIP_W - 1, CHIP_H - 1);
      ctx.fillStyle = fg;
      ctx.save();
      ctx.beginPath();
      ctx.rect(x, y, CHIP_W - 2, CHIP_H);
      ctx.clip();
      ctx.fillText(`${GLYPH[chip.cls]} ${shortName(chip.name)}`, x + 4, y + CHIP_H / 2);
      ctx.restore();
    }
    ctx.setLineDash([]);
    ctx.lineWidth = 1;
    ctx.textAlign = "center";
    for (const m of placed.more) {
      ctx.strokeStyle = v("--nm-border");
      ctx.strokeRect(m.x + 0.5, m.y + 0.5, CHIP_W - 1, CHIP_H - 1);
      ctx.fillStyle = fg;
      ctx.fillText(tr("nodemap.more", { count: m.count }), m.x + CHIP_W / 2, m.y + CHIP_H / 2);
    }
    ctx.textAlign = "start";
  }, [placed, layout, sel, theme, tr]);

  const hit = (e: MouseEvent<HTMLCanvasElement>): PodChip | undefined => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - r.left;
    const y = e.clientY - r.top;
    return placed.chips.find((p) => x >= p.x && x <= p.x + CHIP_W && y >= p.y && y <= p.y + CHIP_H)?.chip;
  };
  return (
    <>
      <canvas
        ref={ref}
        className="nm-canvas"
        style={{ width: layout.width, height: layout.height }}
        aria-hidden="true"
        onClick={(e) => {
          const c = hit(e);
          if (c) selectPod(c.namespace, c.name);
        }}
        onPointerMove={(e) => {
          e.currentTarget.style.cursor = hit(e) ? "pointer" : "default";
        }}
      />
      <p className="sr-only">{tr("nodemap.canvasHint", { pods: state.counts.pods })}</p>
    </>
  );
}

/** The visually hidden summary at the playhead, at most once a second, only when the words change. */
function LiveSummary({ ix, tr }: { ix: NodeMapIndex; tr: Translate }) {
  const describe = useCallback((t: number) => summary(tr, nodeMapFromIndex(ix, t)), [ix, tr]);
  const text = usePlayheadText(describe, SUMMARY_INTERVAL_MS);
  return (
    <p className="sr-only" aria-live="polite">
      {text}
    </p>
  );
}

function Legend({ tr }: { tr: Translate }) {
  return (
    <ul className="nm-legend" aria-label={tr("nodemap.legend")}>
      {POD_CLASSES.map((c) => (
        <li key={c} className={`nm-legend-item nm-${c}`}>
          <span aria-hidden="true">{GLYPH[c]}</span> {tr(`nodemap.cls.${c}`)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Every node of the run at the playhead: its state, requested CPU and memory against
 * allocatable, and its pods as chips coloured by kubectl STATUS, plus the pods waiting for a
 * node. Re-renders only when a Node or Pod changes (not on every playhead frame).
 */
export default function NodeMap() {
  const trace = useStore(selectTrace);
  const locale = useStore(selectLocale);
  const selection = useStore(selectSelection);
  const theme = useStore(selectTheme);
  const tr = useCallback<Translate>((key, vars) => translate(locale, key, vars), [locale]);
  const ix = useMemo(() => (trace ? nodeMapIndex(trace) : undefined), [trace]);
  // The number of Node/Pod change instants up to the playhead: the map is constant in between.
  const step = useStore(useCallback((s: PlaygroundState) => (ix ? changeIndex(ix, s.t) : 0), [ix]));
  const state = useMemo(() => (ix ? nodeMapFromIndex(ix, step > 0 ? ix.changeTimes[step - 1] : -1, LEAVING_WINDOW) : undefined), [ix, step]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(200, el.clientWidth - 16));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ix]);

  const names = state ? state.nodes.map((n) => n.name).join("\n") : "";
  const layout = useMemo(() => {
    if (!ix) return undefined;
    const list = names ? names.split("\n") : [];
    return layoutNodeMap(list, (n) => ix.peakPods.get(n) ?? 0, ix.peakUnscheduled, width);
  }, [ix, names, width]);

  const sel = selectedKey(selection);
  if (!ix || !state || !layout) {
    return (
      <div className="nm" role="group" aria-label={tr("nodemap.label")}>
        <p className="nm-empty">{tr("nodemap.empty")}</p>
      </div>
    );
  }
  const chipCount = state.unscheduled.length + state.nodes.reduce((n, c) => n + c.pods.length, 0);
  const canvas = chipCount > CANVAS_THRESHOLD;
  return (
    <div className="nm" role="group" aria-label={tr("nodemap.label")}>
      <Legend tr={tr} />
      <div className="nm-scroll" ref={scrollRef}>
        <div className="nm-plane" style={{ width: layout.width, height: layout.height }}>
          <Lane pods={state.unscheduled} layout={layout} sel={sel} tr={tr} canvas={canvas} count={state.counts.unscheduled} />
          {state.nodes.length === 0 && (
            <p className="nm-empty" style={{ transform: `translateY(${layout.lane.h + 12}px)` }}>
              {tr("nodemap.noNodes")}
            </p>
          )}
          {state.nodes.map((n) => {
            const box = layout.nodes.get(n.name);
            const here = sel && n.pods.some((p) => `${p.namespace}/${p.name}` === sel) ? sel : undefined;
            return box ? <NodeBox key={n.name} card={n} cardKey={cardKey(n)} box={box} sel={here} tr={tr} canvas={canvas} /> : null;
          })}
          {canvas && <ChipCanvas state={state} layout={layout} sel={sel} theme={theme} tr={tr} />}
        </div>
      </div>
      <LiveSummary ix={ix} tr={tr} />
    </div>
  );
}
