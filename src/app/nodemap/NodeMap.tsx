import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type RefObject } from "react";
import { selectAt } from "../../state/actions";
import { selectLocale, selectRevealUntil, selectSelection, selectTrace, useStore, type PlaygroundState, type Selection } from "../../state/store";
import { registerStrings, t as translate } from "../i18n";
import { chipName, formatCpu, formatMemory, nameParts, nodeBadges, nodeName, share, summary, workloadName, type Translate } from "./describe";
import { CHIP_H, chipColsFor, chipOffset, HEADER_H, LANE_TITLE_H, layoutNodeMap, nodesInBand, type Box, type MapLayout } from "./layout";
import {
  changeIndex,
  lookSince,
  nodeCardAt,
  buildIndexSliced,
  cachedIndex,
  nodeMapIndex,
  nodeNamesAt,
  nodeSetIndex,
  peakAt,
  peakIndex,
  POD_CLASSES,
  startCounts,
  stepCounts,
  unscheduledAt,
  workloadsUntil,
  type CountJob,
  type NodeCard,
  type NodeMapIndex,
  type PodChip,
  type PodClass,
  type Workload,
} from "./model";
import { nodemapStrings } from "./strings";
import type { Trace } from "../../engine/trace/types";
import "./nodemap.css";

registerStrings(nodemapStrings);

/** Pods deleted this many simulated seconds before the shown instant fade out in place. */
const LEAVING_WINDOW = 1;
const SUMMARY_INTERVAL_MS = 1000;
/** Longest slice of main-thread time the summary's count takes at once. */
const SUMMARY_SLICE_MS = 6;
/** Workload colours (nodemap.css --nm-w0…); more workloads reuse them in order. */
export const WORKLOAD_COLOURS = 10;
/** Workloads the legend lists before folding the rest behind a disclosure. */
const LEGEND_WORKLOADS = 12;
/** The drawn band reaches this many viewport heights beyond the visible one, and moves in steps of this many pixels. */
const OVERSCAN = 1;
const BAND_STEP = 200;

const GLYPH: Record<PodClass, string> = { ready: "●", notReady: "◐", waiting: "○", error: "✖", terminating: "◌", completed: "✓" };

/** Playing faster than real time: chips and boxes jump instead of animating (a 300 ms fade is seconds of simulated time, and costs a repaint per frame). */
const selectFast = (s: PlaygroundState) => s.playing && s.speed > 1;

/** Whether the learner chose to see the whole run (selectRevealUntil is Infinity); the playhead itself is not read. */
const selectWholeRun = (s: PlaygroundState) => selectRevealUntil(s) === Infinity;

function selectedKey(sel: Selection | undefined): string | undefined {
  return sel && sel.kind !== "entry" ? `${sel.namespace}/${sel.pod}` : undefined;
}

/** Chips a container shows: all of them, or capacity-1 and a "+N more" marker; `total` counts the live pods (`pods` may be only the first of them). */
function visibleChips(pods: PodChip[], capacity: number, total = pods.filter((p) => !p.leaving).length): { shown: PodChip[]; more: number } {
  if (pods.length <= capacity && total <= pods.length) return { shown: pods, more: 0 };
  const shown = pods.slice(0, capacity - 1);
  return { shown, more: total - shown.filter((p) => !p.leaving).length };
}

/** What a chip shows; two chips with the same key draw the same (the model makes new objects per instant). */
const chipKey = (c: PodChip) => `${c.uid}\u0000${c.name}\u0000${c.status}\u0000${c.ready}\u0000${c.cls}\u0000${c.leaving ? 1 : 0}\u0000${c.readyMismatch ? 1 : 0}`;

/** What a node box shows, so an unchanged node is not re-rendered when another one changes. */
function cardKey(c: NodeCard): string {
  let k = `${c.name}|${c.readyCondition}|${c.cordoned}|${c.taints.join(",")}|${c.cpu.requested}/${c.cpu.allocatable}|${c.memory.requested}/${c.memory.allocatable}`;
  for (const p of c.pods) k += "|" + chipKey(p);
  return k;
}

type Pick = (chip: PodChip) => void;

interface ChipProps {
  chip: PodChip;
  x: number;
  y: number;
  w: number;
  selected: boolean;
  label: string;
  tr: Translate;
  pick: Pick;
}

const Chip = memo(
  ChipView,
  (a, b) => a.x === b.x && a.y === b.y && a.w === b.w && a.selected === b.selected && a.label === b.label && a.tr === b.tr && a.pick === b.pick && chipKey(a.chip) === chipKey(b.chip),
);

function ChipView({ chip, x, y, w, selected, label, tr, pick }: ChipProps) {
  const { head, tail } = nameParts(chip.name, chip.suffix);
  const style = { transform: `translate(${x}px, ${y}px)`, width: w, height: CHIP_H, "--nm-wk": `var(--nm-w${chip.workloadIndex % WORKLOAD_COLOURS})` } as CSSProperties;
  return (
    <button
      type="button"
      className={`nm-chip nm-${chip.cls}${chip.leaving ? " nm-leaving" : ""}${selected ? " nm-selected" : ""}`}
      style={style}
      aria-label={label}
      aria-pressed={selected}
      aria-hidden={chip.leaving || undefined}
      tabIndex={chip.leaving ? -1 : undefined}
      title={`${chip.name}  ${chip.status}  ${chip.ready}${chip.readyMismatch ? `  ${tr("nodemap.readyTag", { status: chip.podReady ?? "Unknown" })}` : ""}\n${tr("nodemap.selectHint")}`}
      data-workload={chip.workload}
      onClick={() => pick(chip)}
    >
      <span className="nm-glyph" aria-hidden="true">
        {GLYPH[chip.cls]}
      </span>
      <span className="nm-chip-name">
        <span className="nm-name-head">{head}</span>
        <span className="nm-name-tail">{tail}</span>
      </span>
      {chip.readyMismatch && <span className="nm-ready-tag">{tr("nodemap.readyTag", { status: chip.podReady ?? "Unknown" })}</span>}
    </button>
  );
}

interface ChipsProps {
  pods: PodChip[];
  /** Live pods in all (when `pods` holds only the first of them). */
  total?: number;
  capacity: number;
  perRow: number;
  top: number;
  chipW: number;
  sel: string | undefined;
  tr: Translate;
  pick: Pick;
}

function Chips({ pods, total, capacity, perRow, top, chipW, sel, tr, pick }: ChipsProps) {
  const { shown, more } = visibleChips(pods, capacity, total);
  const at = chipOffset(shown.length, perRow, top, chipW);
  return (
    <>
      {shown.map((p, i) => {
        const o = chipOffset(i, perRow, top, chipW);
        return <Chip key={p.uid} chip={p} x={o.x} y={o.y} w={chipW} selected={sel === `${p.namespace}/${p.name}`} label={chipName(tr, p)} tr={tr} pick={pick} />;
      })}
      {more > 0 && (
        <span className="nm-more" style={{ transform: `translate(${at.x}px, ${at.y}px)`, width: chipW, height: CHIP_H }} title={tr("nodemap.moreName", { count: more })}>
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
  chipCols: number;
  chipW: number;
  /** The selected pod's key when it is on this node, so a selection elsewhere does not re-render it. */
  sel: string | undefined;
  tr: Translate;
  pick: Pick;
}

// Most change instants touch one or two nodes: the others keep their DOM.
const NodeBox = memo(
  NodeBoxView,
  (a, b) => a.cardKey === b.cardKey && a.box === b.box && a.sel === b.sel && a.tr === b.tr && a.chipW === b.chipW && a.pick === b.pick,
);

function NodeBoxView({ card, box, chipCols, chipW, sel, tr, pick }: NodeBoxProps) {
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
      <Chips pods={card.pods} capacity={box.capacity} perRow={chipCols} top={HEADER_H} chipW={chipW} sel={sel} tr={tr} pick={pick} />
    </div>
  );
}

function Lane({ pods, count, layout, sel, tr, pick }: { pods: PodChip[]; count: number; layout: MapLayout; sel: string | undefined; tr: Translate; pick: Pick }) {
  const b = layout.lane;
  return (
    <div role="group" aria-label={tr("nodemap.unscheduledName", { count })} className="nm-lane" style={{ width: b.w, height: b.h }}>
      <div className="nm-lane-title" aria-hidden="true">
        {tr("nodemap.unscheduled")} ({count})
      </div>
      {count === 0 && <p className="nm-none">{tr("nodemap.noneWaiting")}</p>}
      <Chips pods={pods} total={count} capacity={b.capacity} perRow={b.perRow} top={LANE_TITLE_H} chipW={layout.chipW} sel={sel} tr={tr} pick={pick} />
    </div>
  );
}

/**
 * The visually hidden summary at the playhead: counted at most once a second, in slices of a few
 * milliseconds (10,000 pods never block a frame), and announced only when the words change.
 */
function LiveSummary({ ix, tr }: { ix: NodeMapIndex; tr: Translate }) {
  const [text, setText] = useState("");
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let job: CountJob | undefined;
    let last = -Infinity;
    const slice = () => {
      timer = undefined;
      if (!job) return;
      const until = performance.now() + SUMMARY_SLICE_MS;
      if (stepCounts(ix, job, () => performance.now() > until)) {
        const words = summary(tr, { counts: job.counts });
        const counted = job.t;
        job = undefined;
        setText((old) => (old === words ? old : words));
        // The playhead moved while counting (a seek, then nothing): count once more for where it is.
        if (useStore.getState().t !== counted) timer = setTimeout(start, SUMMARY_INTERVAL_MS);
      } else timer = setTimeout(slice, 0);
    };
    const start = () => {
      timer = undefined;
      last = performance.now();
      job = startCounts(ix, useStore.getState().t);
      slice();
    };
    timer = setTimeout(start, 0);
    const unsubscribe = useStore.subscribe((s, prev) => {
      if (s.t === prev.t || timer !== undefined) return;
      timer = setTimeout(start, Math.max(0, SUMMARY_INTERVAL_MS - (performance.now() - last)));
    });
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ix, tr]);
  return (
    <p className="sr-only" aria-live="polite">
      {text}
    </p>
  );
}

function WorkloadItem({ w }: { w: Workload }) {
  return (
    <li className="nm-legend-item nm-wk-item" style={{ "--nm-wk": `var(--nm-w${w.index % WORKLOAD_COLOURS})` } as CSSProperties}>
      <span className="nm-swatch" aria-hidden="true" />
      {workloadName(w)}
    </li>
  );
}

/** Workload colours (those whose first pod has appeared) and the status glyphs. */
const Legend = memo(function Legend({ workloads, tr }: { workloads: Workload[]; tr: Translate }) {
  const shown = workloads.length > LEGEND_WORKLOADS ? workloads.slice(0, LEGEND_WORKLOADS - 1) : workloads;
  const rest = workloads.slice(shown.length);
  return (
    <div className="nm-legend">
      {workloads.length > 0 && (
        <div className="nm-legend-row">
          <span className="nm-legend-title" aria-hidden="true">
            {tr("nodemap.workloads")}
          </span>
          <ul className="nm-legend-list" aria-label={tr("nodemap.workloadsName")}>
            {shown.map((w) => (
              <WorkloadItem key={w.key} w={w} />
            ))}
            {rest.length > 0 && (
              <li className="nm-legend-more">
                <details>
                  <summary>{tr("nodemap.workloadsMore", { count: rest.length })}</summary>
                  <ul className="nm-legend-list">
                    {rest.map((w) => (
                      <WorkloadItem key={w.key} w={w} />
                    ))}
                  </ul>
                </details>
              </li>
            )}
          </ul>
        </div>
      )}
      <div className="nm-legend-row">
        <span className="nm-legend-title" aria-hidden="true">
          {tr("nodemap.statusLegend")}
        </span>
        <ul className="nm-legend-list" aria-label={tr("nodemap.legend")}>
          {POD_CLASSES.map((c) => (
            <li key={c} className={`nm-legend-item nm-${c}`}>
              <span aria-hidden="true">{GLYPH[c]}</span> {tr(`nodemap.cls.${c}`)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
});

/** Main-thread time the index of a new trace may take at once; a big trace is indexed in slices. */
const INDEX_SLICE_MS = 12;
/** Traces up to this many entries (1,000 pods for ten minutes: about 11,000) are indexed at once, in a few tens of milliseconds. */
const INDEX_AT_ONCE = 20_000;

/** The trace's node-map index: at once when it is built already, otherwise in slices (undefined until it is ready). */
function useIndex(trace: Trace | undefined): NodeMapIndex | undefined {
  const [built, setBuilt] = useState<{ trace: Trace; ix: NodeMapIndex } | undefined>(undefined);
  const ready = trace ? (built?.trace === trace ? built.ix : (cachedIndex(trace) ?? (trace.entries.length <= INDEX_AT_ONCE ? nodeMapIndex(trace) : undefined))) : undefined;
  useEffect(() => {
    if (!trace || ready) return;
    return buildIndexSliced(trace, INDEX_SLICE_MS, (ix) => setBuilt({ trace, ix }));
  }, [trace, ready]);
  return ready;
}

/** The band of the plane [top, bottom] worth drawing: the visible part and one screen around it, in coarse steps. */
function useBand(ref: RefObject<HTMLDivElement | null>, active: boolean): { top: number; bottom: number; width: number } {
  const [band, setBand] = useState({ top: 0, bottom: 2000, width: 800 });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const h = el.clientHeight || 600;
      const top = Math.max(0, Math.floor((el.scrollTop - OVERSCAN * h) / BAND_STEP) * BAND_STEP);
      const bottom = Math.ceil((el.scrollTop + (1 + OVERSCAN) * h) / BAND_STEP) * BAND_STEP;
      const width = Math.max(200, el.clientWidth - 16);
      setBand((b) => (b.top === top && b.bottom === bottom && b.width === width ? b : { top, bottom, width }));
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    el.addEventListener("scroll", onScroll, { passive: true });
    const ro = new ResizeObserver(onScroll);
    ro.observe(el);
    return () => {
      el.removeEventListener("scroll", onScroll);
      ro.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [ref, active]);
  return band;
}

/**
 * Every node at the playhead: its state, requested CPU and memory against allocatable, and its
 * pods as chips (colour band: workload; fill and glyph: kubectl STATUS), plus the pods waiting
 * for a node. While revealing as it happens, nothing after the playhead shapes the picture (box
 * sizes, the legend); in "whole run" mode boxes are sized for the whole run. Only the nodes in
 * and around the scroll viewport are drawn, and the map is recomputed only when a Node or Pod
 * changes (not on every playhead frame). Clicking a chip selects the pod and moves the playhead
 * to when the chip took its current look (lookSince).
 */
export default function NodeMap() {
  const trace = useStore(selectTrace);
  const locale = useStore(selectLocale);
  const selection = useStore(selectSelection);
  const wholeRun = useStore(selectWholeRun);
  const fast = useStore(selectFast);
  const tr = useCallback<Translate>((key, vars) => translate(locale, key, vars), [locale]);
  const ix = useIndex(trace);
  // Each of these counts change instants up to the playhead: what it drives is constant in between.
  const step = useStore(useCallback((s: PlaygroundState) => (ix ? changeIndex(ix, s.t) : 0), [ix]));
  const nodeStep = useStore(useCallback((s: PlaygroundState) => (ix ? nodeSetIndex(ix, s.t) : 0), [ix]));
  const peakStep = useStore(useCallback((s: PlaygroundState) => (ix && !wholeRun ? peakIndex(ix, s.t) : 0), [ix, wholeRun]));
  const at = ix && step > 0 ? ix.changeTimes[step - 1] : -1;

  const scrollRef = useRef<HTMLDivElement>(null);
  const band = useBand(scrollRef, !!ix);

  const names = useMemo(() => (ix ? nodeNamesAt(ix, nodeStep > 0 ? ix.nodeSetTimes[nodeStep - 1] : -1) : []), [ix, nodeStep]);
  const layout = useMemo(() => {
    if (!ix) return undefined;
    const until = wholeRun ? Infinity : peakStep > 0 ? ix.peakTimes[peakStep - 1] : -1;
    return layoutNodeMap(names, (n) => peakAt(ix, n, until), peakAt(ix, "", until), band.width, chipColsFor(ix.longestName));
  }, [ix, names, wholeRun, peakStep, band.width]);

  const inView = useMemo(() => (layout ? nodesInBand(layout, band.top, band.bottom) : []), [layout, band.top, band.bottom]);
  const cards = useMemo(() => (ix ? inView.map((n) => nodeCardAt(ix, n, at, LEAVING_WINDOW)).filter((c): c is NodeCard => !!c) : []), [ix, inView, at]);
  const laneCapacity = layout?.lane.capacity ?? 0;
  // Leaving chips come first in pod order too, so a few more than fit are asked for.
  const lane = useMemo(() => (ix ? unscheduledAt(ix, at, LEAVING_WINDOW, laneCapacity + 16) : { pods: [], count: 0 }), [ix, at, laneCapacity]);
  const workloadCount = useMemo(() => (ix ? workloadsUntil(ix, wholeRun ? Infinity : at).length : 0), [ix, wholeRun, at]);
  const workloads = useMemo(() => (ix ? ix.workloads.slice(0, workloadCount) : []), [ix, workloadCount]);

  const pick = useCallback<Pick>(
    (chip) => {
      if (!ix) return;
      const since = lookSince(ix, chip.namespace, chip.name, useStore.getState().t);
      selectAt({ kind: "pod", namespace: chip.namespace, pod: chip.name }, since ?? useStore.getState().t);
    },
    [ix],
  );

  const sel = selectedKey(selection);
  if (!ix || !layout) {
    return (
      <div className="nm" role="group" aria-label={tr("nodemap.label")}>
        <p className="nm-empty">{tr(trace ? "nodemap.indexing" : "nodemap.empty")}</p>
      </div>
    );
  }
  const drawnFrom = names.indexOf(inView[0]) + 1;
  return (
    <div className={`nm${fast ? " nm-fast" : ""}`} role="group" aria-label={tr("nodemap.label")}>
      <Legend workloads={workloads} tr={tr} />
      <div className="nm-scroll" ref={scrollRef}>
        <div className="nm-plane" style={{ width: layout.width, height: layout.height }}>
          <Lane pods={lane.pods} count={lane.count} layout={layout} sel={sel} tr={tr} pick={pick} />
          {names.length === 0 && (
            <p className="nm-empty" style={{ transform: `translateY(${layout.lane.h + 12}px)` }}>
              {tr("nodemap.noNodes")}
            </p>
          )}
          {cards.map((n) => {
            const box = layout.nodes.get(n.name);
            const here = sel && n.pods.some((p) => `${p.namespace}/${p.name}` === sel) ? sel : undefined;
            return box ? <NodeBox key={n.name} card={n} cardKey={cardKey(n)} box={box} chipCols={layout.chipCols} chipW={layout.chipW} sel={here} tr={tr} pick={pick} /> : null;
          })}
        </div>
      </div>
      {inView.length < names.length && inView.length > 0 && (
        <p className="sr-only">{tr("nodemap.drawnName", { from: drawnFrom, to: drawnFrom + inView.length - 1, total: names.length })}</p>
      )}
      <LiveSummary ix={ix} tr={tr} />
    </div>
  );
}
