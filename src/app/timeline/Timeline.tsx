import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent, type ReactNode } from "react";
import { scaleLinear } from "d3-scale";
import { selectAt } from "../../state/actions";
import { selectHighlight, selectLocale, selectRevealUntil, selectSelection, selectTrace, useStore, type PlaygroundState, type Selection } from "../../state/store";
import { useMoments } from "../presenter/useMoments";
import { precomputedTimeline } from "../precomputedModels";
import { t as translate } from "../i18n";
import { Axis, AXIS_HEIGHT } from "./Axis";
import { formatDuration, formatTime, marksDetails, probeDetails, spanDetails, type Translate } from "./format";
import { changeText, isLaneRow, laneChanges, stepChange } from "./laneChanges";
import { Lanes, type Emphasis } from "./Lanes";
import { LaneLabels } from "./LaneLabels";
import { groupsIn, hitIds, hitTest, hitTime, layoutTimeline, revealed, rowByKey, rowMarks, rowsIn, type Hit, type Layout, type Row } from "./layout";
import { Legend } from "./Legend";
import { LiveText } from "./LiveText";
import { MarkCanvas } from "./MarkCanvas";
import { Moments } from "./Moments";
import { TimelineBuilder } from "./model";
import { PlayheadLine } from "./Playhead";
import { countAttempts } from "./probes";
import { createHoverStore, Tooltip } from "./Tooltip";
import type { TimelineModel } from "./types";
import type { Trace } from "../../engine/trace/types";
import { fitSpan } from "./fitSpan";
import { createZoomController, type ZoomController, type ZoomView } from "./zoomController";
import "./timeline.css";

const selectTheme = (s: PlaygroundState) => s.theme;
const selectLessonOpen = (s: PlaygroundState) => s.lessonId !== undefined;

/** The label column: narrower on a phone so the lanes keep most of the width. */
function labelWidthFor(bodyWidth: number): number {
  return bodyWidth < 520 ? 112 : bodyWidth < 900 ? 150 : 180;
}
/** Above this many marks in view, marks and probe ticks move to the canvas layer. */
const CANVAS_THRESHOLD = 1500;
/** The narrowest view, in simulated seconds. */
const MIN_VISIBLE_SECONDS = 2;
/** Rows are drawn in windows of this many pixels (plus one above and two below), so scrolling re-renders rarely. */
const CHUNK = 320;
/** Traces with more entries than this are turned into a model in slices of SLICE_MS, never one long task. */
const SYNC_ENTRIES = 4_000;
const SLICE_MS = 12;

// One model per trace, shared by every mount (remounting after a layout change costs nothing).
const models = new WeakMap<Trace, TimelineModel>();
const builders = new WeakMap<Trace, TimelineBuilder>();

function builderFor(trace: Trace): TimelineBuilder {
  let b = builders.get(trace);
  if (!b) builders.set(trace, (b = new TimelineBuilder(trace)));
  return b;
}

/** Yields to the browser between slices (a message is not clamped like nested timeouts). */
function nextTask(fn: () => void): () => void {
  const ch = new MessageChannel();
  let live = true;
  ch.port1.onmessage = () => live && fn();
  ch.port2.postMessage(0);
  return () => {
    live = false;
    ch.port1.close();
  };
}

/** The trace's model: at once for small traces, else built in short slices (progress 0 – 1 meanwhile). */
function useModel(trace: Trace | undefined): { model: TimelineModel | undefined; progress: number } {
  const small = !!trace && trace.entries.length <= SYNC_ENTRIES;
  const direct = useMemo(() => {
    if (!trace) return undefined;
    // A big run's model may come made by the engine worker (src/app/precomputedModels.ts).
    const m = models.get(trace) ?? precomputedTimeline(trace) ?? (small ? builderFor(trace).step() : undefined);
    if (m) models.set(trace, m);
    return m;
  }, [trace, small]);
  const [built, setBuilt] = useState<{ trace: Trace; model?: TimelineModel; progress: number } | undefined>(undefined);
  useEffect(() => {
    if (!trace || direct) return;
    const b = builderFor(trace);
    let cancel: (() => void) | undefined;
    const run = () => {
      const end = performance.now() + SLICE_MS;
      const m = b.step(() => performance.now() > end);
      if (m) {
        models.set(trace, m);
        setBuilt({ trace, model: m, progress: 1 });
      } else {
        setBuilt({ trace, progress: b.progress });
        cancel = nextTask(run);
      }
    };
    cancel = nextTask(run);
    return () => cancel?.();
  }, [trace, direct]);
  if (direct) return { model: direct, progress: 1 };
  if (built && built.trace === trace) return { model: built.model, progress: built.progress };
  return { model: undefined, progress: 0 };
}

function visibleMarks(rows: readonly Row[], t0: number, t1: number): number {
  let n = 0;
  for (const r of rows) {
    if (r.kind === "probe") n += countAttempts(r.probe, t0, t1);
    else for (const m of rowMarks(r)) if (m.t >= t0 && m.t <= t1) n++;
  }
  return n;
}

function typing(target: EventTarget | null): boolean {
  const el = target instanceof HTMLElement ? target : null;
  if (!el) return false;
  return !!el.closest(".monaco-editor") || el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

function laneKey(model: TimelineModel | undefined, sel: Selection | undefined): string | undefined {
  if (!model || !sel || sel.kind === "entry") return undefined;
  let pod: TimelineModel["pods"][number] | undefined;
  for (let i = model.pods.length - 1; i >= 0 && !pod; i--) if (model.pods[i].name === sel.pod && model.pods[i].namespace === sel.namespace) pod = model.pods[i];
  if (!pod) return undefined;
  return sel.kind === "pod" ? `${pod.uid}/` : `${pod.uid}/${sel.container}/`;
}

/** What an overlay drawn over the lanes gets (compare mode's difference bands). */
export interface TimelineOverlayContext {
  scale: (t: number) => number;
  width: number;
  height: number;
  layout: Layout;
}

/** Timelines given the same object zoom and pan together (`from` is the timeline's root element). */
export interface ZoomSync {
  publish(view: ZoomView, from: Element): void;
  subscribe(fn: (view: ZoomView, from: Element) => void): () => void;
}

export interface TimelineProps {
  /** A trace to draw instead of the store's (compare mode's variant); its marks are not selectable. */
  trace?: Trace;
  /** The axis' end, seconds (default: the trace's horizon); compare mode gives two timelines one axis. */
  until?: number;
  /** The group's accessible name (default: "Timeline"). */
  label?: string;
  /** Drawn over the lanes, under the playhead. */
  overlay?: (ctx: TimelineOverlayContext) => ReactNode;
  zoomSync?: ZoomSync;
}

const noSelection = () => undefined;
const NO_HIGHLIGHT: number[] = [];
const noHighlight = () => NO_HIGHLIGHT;

/**
 * The timeline of every pod in the run: phases, conditions, container states, probes and events
 * on a zoomable time axis, with the playhead. Reads the store; only the playhead and the text
 * alternative follow `t`. With no props it draws the store's trace (the app's main view).
 */
export default function Timeline({ trace: traceProp, until: untilProp, label: labelProp, overlay, zoomSync }: TimelineProps = {}) {
  const storeTrace = useStore(selectTrace);
  const trace = traceProp ?? storeTrace;
  const locale = useStore(selectLocale);
  // Selection and highlights name entries of the store's trace: another trace ignores them.
  const selection = useStore(traceProp ? noSelection : selectSelection);
  const highlight = useStore(traceProp ? noHighlight : selectHighlight);
  const theme = useStore(selectTheme);
  const revealUntil = useStore(selectRevealUntil);
  const lessonOpen = useStore(selectLessonOpen);
  const { moments } = useMoments(lessonOpen && !traceProp);
  const playhead = useStore((s) => (moments.length ? s.t : 0));
  const tr = useCallback<Translate>((key, vars) => translate(locale, key, vars), [locale]);

  const { model, progress } = useModel(trace);
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(() => new Set());
  const layout = useMemo(() => (model ? layoutTimeline(model, { unfolded }) : undefined), [model, unfolded]);
  const until = Math.max(untilProp ?? model?.until ?? 0, 1e-3);
  const rev = model && layout ? revealed(model, layout, revealUntil) : undefined;

  const rootRef = useRef<HTMLDivElement>(null);
  const syncRef = useRef(zoomSync);
  const bodyRef = useRef<HTMLDivElement>(null);
  const zoomRef = useRef<ZoomController | undefined>(undefined);
  /** Whether the view still follows the story so far (no zoom by hand since this trace came). */
  const autoFit = useRef(true);
  const autoView = useRef<ZoomView | undefined>(undefined);
  const [bodyWidth, setBodyWidth] = useState(980);
  const [win, setWin] = useState({ y0: 0, y1: 4 * CHUNK });
  const [view, setView] = useState<ZoomView>({ k: 1, x: 0 });
  const [hover] = useState(createHoverStore);
  const [pointing, setPointing] = useState(false);
  const [activeKey, setActiveKey] = useState<string | undefined>(undefined);
  const [focusTick, setFocusTick] = useState(0);
  const [announce, setAnnounce] = useState("");
  const patternBase = useId().replace(/:/g, "");
  const helpId = `${patternBase}-help`;
  const patterns = useMemo(() => ({ hatch: `${patternBase}-hatch`, stripe: `${patternBase}-stripe` }), [patternBase]);
  const maxScale = Math.max(1, until / MIN_VISIBLE_SECONDS);
  const labelWidth = labelWidthFor(bodyWidth);
  const width = Math.max(120, bodyWidth - labelWidth);
  const hasPods = !!model && model.pods.length > 0;

  // The body's width (the lanes' share of it) and which window of rows is in view.
  useEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    const measure = () => {
      setBodyWidth(el.clientWidth);
      const top = el.scrollTop;
      const y0 = Math.max(0, Math.floor(top / CHUNK) * CHUNK - CHUNK);
      const y1 = Math.floor((top + el.clientHeight) / CHUNK) * CHUNK + 2 * CHUNK;
      setWin((w) => (w.y0 === y0 && w.y1 === y1 ? w : { y0, y1 }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    el.addEventListener("scroll", measure, { passive: true });
    return () => {
      ro.disconnect();
      el.removeEventListener("scroll", measure);
    };
  }, [hasPods]);

  useEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    let frame = 0;
    let next: ZoomView = { k: 1, x: 0 };
    const ctl = createZoomController(
      el,
      { left: 180, width: 800, maxScale: 1 },
      {
        onChange(v) {
          next = v;
          // A view the learner made (wheel, drag, buttons) ends the automatic fit to the story so far.
          const auto = autoView.current;
          if (!auto || Math.abs(v.k - auto.k) > 1e-6 || Math.abs(v.x - auto.x) > 1) autoFit.current = false;
          syncRef.current?.publish(v, el);
          if (!frame) {
            frame = requestAnimationFrame(() => {
              frame = 0;
              setView(next);
            });
          }
        },
        accept(e) {
          const target = e.target instanceof Element ? e.target : null;
          if (!target) return false;
          if (e.type === "wheel") {
            const w = e as WheelEvent;
            return !!target.closest(".tl-axis") || ((w.ctrlKey || w.metaKey) && !!target.closest(".tl-plot"));
          }
          return !!target.closest(".tl-plot");
        },
      },
    );
    zoomRef.current = ctl;
    const unsync = syncRef.current?.subscribe((v, from) => {
      if (from !== el) ctl.set(v);
    });
    return () => {
      unsync?.();
      ctl.destroy();
      if (frame) cancelAnimationFrame(frame);
      zoomRef.current = undefined;
    };
  }, []);

  useEffect(() => {
    zoomRef.current?.update({ left: labelWidth, width, maxScale });
  }, [labelWidth, width, maxScale, model]);

  // Told as it happens, the axis spans the story so far (growing in steps: 30 s, 1 min, 2 min, 5
  // min…) rather than the whole horizon, so a 15-minute lesson is readable at 0:35 on a projector.
  // Compare mode's linked timelines keep one shared view.
  const fitting = Number.isFinite(revealUntil) && !traceProp && !zoomSync;
  const nextMoment = fitting ? moments.find((m) => m.t > revealUntil + 1e-6)?.t : undefined;
  const span = fitting ? fitSpan(revealUntil, until, nextMoment) : until;
  useEffect(() => {
    autoFit.current = true;
  }, [trace]);
  useEffect(() => {
    const ctl = zoomRef.current;
    if (!ctl || !autoFit.current) return;
    if (!fitting) {
      if (autoView.current) {
        autoView.current = undefined;
        ctl.reset();
        autoFit.current = true;
      }
      return;
    }
    const k = Math.min(maxScale, until / span);
    const v = { k, x: labelWidth * (1 - k) };
    autoView.current = v;
    ctl.set(v);
  }, [fitting, span, until, labelWidth, width, maxScale]);

  const scale = useMemo(() => {
    const toTime = (sx: number) => (((sx - view.x) / view.k - labelWidth) / width) * until;
    return scaleLinear().domain([toTime(labelWidth), toTime(labelWidth + width)]).range([0, width]);
  }, [view, width, until, labelWidth]);

  // Only the rows in the window are drawn (and the focused lane's, so the keyboard never loses it).
  const revPods = rev?.pods ?? 0;
  const rows = useMemo(() => {
    if (!layout) return [];
    const out = rowsIn(layout, win.y0, win.y1, revPods);
    if (activeKey && !out.some((r) => r.key === activeKey)) {
      const r = rowByKey(layout, activeKey, revPods);
      if (r) out.push(r.row);
    }
    return out;
  }, [layout, win, revPods, activeKey]);
  const groups = useMemo(() => (layout ? groupsIn(layout, win.y0, win.y1, revPods) : []), [layout, win, revPods]);

  const drawOnCanvas = useMemo(() => {
    const [t0, t1] = scale.domain();
    return visibleMarks(rows, t0, t1) > CANVAS_THRESHOLD;
  }, [rows, scale]);

  const emphasis = useMemo<Emphasis>(
    () => ({ selectedId: selection?.kind === "entry" ? selection.id : undefined, highlight: new Set(highlight), selectedLane: laneKey(model, selection) }),
    [selection, highlight, model],
  );

  const hitAt = (e: MouseEvent<SVGSVGElement>): { hit: Hit | undefined; x: number; y: number } => {
    const rect = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const [t0, t1] = scale.domain();
    const tol = (6 * (t1 - t0)) / width;
    return { hit: layout ? hitTest(layout, scale.invert(x), y, tol, rev) : undefined, x, y };
  };

  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    if (e.buttons) return;
    const { hit } = hitAt(e);
    setPointing(!!hit);
    const root = rootRef.current;
    if (!hit || !root) {
      hover.set(undefined);
      return;
    }
    const lines = hit.kind === "span" ? spanDetails(tr, hit.span, "container" in hit.row ? hit.row.container.kind : undefined) : hit.kind === "mark" ? marksDetails(tr, hit.all) : probeDetails(tr, hit.track, hit.attempt);
    const r = root.getBoundingClientRect();
    const px = e.clientX - r.left;
    const x = px + 340 > r.width ? Math.max(4, px - 340) : px + 14;
    hover.set({ lines, x, y: e.clientY - r.top + 16 });
  };

  // One selection, one time: a click selects the change and moves the playhead to it.
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    if (traceProp) return;
    const { hit } = hitAt(e);
    if (!hit) return;
    const ids = hitIds(hit);
    if (ids.length) selectAt({ kind: "entry", id: ids[0] }, hitTime(hit));
    else if ("container" in hit.row) selectAt({ kind: "container", namespace: hit.row.pod.namespace, pod: hit.row.pod.name, container: hit.row.container.name }, hitTime(hit));
  };

  // While playing, a zoomed-in view pages along so the playhead stays in sight (once per new view).
  const following = useRef(false);
  useEffect(() => {
    following.current = false;
  }, [scale]);
  const follow = useCallback(
    (t: number) => {
      if (following.current) return;
      following.current = true;
      zoomRef.current?.panBy(scale(t) - width * 0.1);
    },
    [scale, width],
  );

  // Buttons and keys zoom around the playhead when it is in view, else around the middle.
  const zoomBy = (factor: number) => {
    const x = scale(useStore.getState().t);
    zoomRef.current?.zoomBy(factor, x >= 0 && x <= width ? x : undefined);
  };
  const zoomIn = () => zoomBy(1.6);
  const zoomOut = () => zoomBy(1 / 1.6);
  const reset = () => zoomRef.current?.reset();
  const pan = (dir: number) => zoomRef.current?.panBy(dir * width * 0.4);

  // +, − and 0 zoom from anywhere except while typing (the help overlay lists them with playback's keys).
  const keys = useRef({ zoomIn, zoomOut, reset });
  keys.current = { zoomIn, zoomOut, reset };
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      const k = keys.current;
      const act = e.key === "+" || e.key === "=" ? k.zoomIn : e.key === "-" || e.key === "_" ? k.zoomOut : e.key === "0" ? k.reset : undefined;
      if (!act) return;
      e.preventDefault();
      act();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const toggleConditions = useCallback((uid: string) => {
    setUnfolded((prev) => {
      const next = new Set(prev);
      if (!next.delete(uid)) next.add(uid);
      return next;
    });
  }, []);

  // The keyboard in the label column: Up/Down between lanes, Left/Right through the lane's changes.
  const live = useRef({ layout, rev, scale, width, tr, traceProp });
  live.current = { layout, rev, scale, width, tr, traceProp };
  const onLaneKey = useCallback((e: KeyboardEvent<HTMLElement>, key: string) => {
    const { layout: lay, rev: rv, scale: sc, width: w, tr: trl, traceProp: other } = live.current;
    if (!lay || !rv || e.ctrlKey || e.metaKey || e.altKey) return;
    const at = rowByKey(lay, key, rv.pods);
    if (!at) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      e.stopPropagation();
      const dir = e.key === "ArrowDown" ? 1 : -1;
      // The next lane row in this pod, else the first (or last) of the next pod in that direction.
      let row: Row | undefined;
      for (let p = at.pod, j = at.index + dir; !row && p >= 0 && p < rv.pods; ) {
        const list = lay.podRows(p);
        if (j >= 0 && j < list.length) {
          if (isLaneRow(list[j])) row = list[j];
          j += dir;
        } else {
          p += dir;
          j = dir > 0 ? 0 : p >= 0 ? lay.podRows(p).length - 1 : -1;
        }
      }
      if (!row) return;
      const body = bodyRef.current;
      if (body) {
        if (row.y < body.scrollTop) body.scrollTop = Math.max(0, row.y - 4);
        else if (row.y + row.h > body.scrollTop + body.clientHeight) body.scrollTop = row.y + row.h - body.clientHeight + 4;
      }
      setActiveKey(row.key);
      setFocusTick((n) => n + 1);
      return;
    }
    if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      e.preventDefault();
      e.stopPropagation();
      if (other) return;
      const st = useStore.getState();
      const c = stepChange(laneChanges(at.row), st.t, st.selection?.kind === "entry" ? st.selection.id : undefined, e.key === "ArrowRight" ? 1 : -1);
      if (!c) return;
      selectAt({ kind: "entry", id: c.id }, c.t);
      setAnnounce(changeText(trl, c));
      const x = sc(c.t);
      if (x < 0 || x > w) zoomRef.current?.panBy(x - w / 2);
    }
  }, []);
  const onActivate = useCallback((key: string) => setActiveKey(key), []);

  const label = labelProp ?? tr("timeline.label");
  if (!model || !layout || !rev) {
    return (
      <div className="tl" role="group" aria-label={label} ref={rootRef}>
        <p className="tl-empty" role={trace ? "status" : undefined}>
          {trace ? tr("timeline.building", { pct: Math.floor(progress * 100) }) : tr("timeline.empty")}
        </p>
      </div>
    );
  }

  return (
    <div className="tl" role="group" aria-label={label} ref={rootRef}>
      <div className="tl-toolbar" role="toolbar" aria-label={tr("timeline.toolbar")}>
        <button type="button" onClick={zoomOut} aria-keyshortcuts="-" title={`${tr("timeline.zoomOut")} (-)`} aria-label={tr("timeline.zoomOut")}>
          −
        </button>
        <button type="button" onClick={zoomIn} aria-keyshortcuts="+" title={`${tr("timeline.zoomIn")} (+)`} aria-label={tr("timeline.zoomIn")}>
          +
        </button>
        <button type="button" onClick={reset} aria-keyshortcuts="0" title={`${tr("timeline.zoomReset")} (0)`}>
          {tr("timeline.zoomReset")}
        </button>
        <button type="button" onClick={() => pan(-1)} title={tr("timeline.panEarlier")} aria-label={tr("timeline.panEarlier")}>
          ◀
        </button>
        <button type="button" onClick={() => pan(1)} title={tr("timeline.panLater")} aria-label={tr("timeline.panLater")}>
          ▶
        </button>
        <span className="tl-hint" title={tr("timeline.hint")}>
          {tr("timeline.hint")}
        </span>
        <Legend tr={tr} />
      </div>
      {model.pods.length === 0 ? (
        <p className="tl-empty">{tr("timeline.noPods")}</p>
      ) : (
        <>
          <div className="tl-head">
            <div className="tl-corner" style={{ width: labelWidth, height: AXIS_HEIGHT }} />
            <Axis scale={scale} width={width} tr={tr} label={tr("timeline.axis")} />
          </div>
          {moments.length > 0 && <Moments moments={moments} scale={scale} width={width} labelWidth={labelWidth} tr={tr} until={revealUntil} t={playhead} />}
          <div className="tl-body" ref={bodyRef} role="region" tabIndex={0} aria-label={tr("timeline.lanesRegion")}>
            {rev.pods === 0 && <p className="tl-empty tl-not-yet">{tr("timeline.notYet", { time: formatTime(tr, revealUntil) })}</p>}
            <div className="tl-rows" style={{ height: rev.height }}>
              <LaneLabels
                rows={rows}
                width={labelWidth}
                tr={tr}
                selectedLane={emphasis.selectedLane}
                activeKey={activeKey}
                focusTick={focusTick}
                onActivate={onActivate}
                onKeyDown={onLaneKey}
                onToggleConditions={toggleConditions}
                describedBy={helpId}
              />
              <div className={pointing ? "tl-plot is-pointing" : "tl-plot"} style={{ width, height: rev.height }}>
                {drawOnCanvas && <MarkCanvas rows={rows} total={rev.height} until={revealUntil} scale={scale} width={width} body={bodyRef} emphasis={emphasis} theme={theme} />}
                <svg
                  className="tl-svg"
                  width={width}
                  height={rev.height}
                  role="img"
                  aria-label={tr("timeline.chart", { pods: rev.pods, until: formatDuration(tr, model.until) })}
                  onPointerMove={onMove}
                  onPointerLeave={() => {
                    hover.set(undefined);
                    setPointing(false);
                  }}
                  onClick={onClick}
                >
                  <defs>
                    <pattern id={patterns.hatch} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                      <line className="tl-hatch-line" x1={0} y1={0} x2={0} y2={6} />
                    </pattern>
                    <pattern id={patterns.stripe} width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
                      <line className="tl-stripe-line" x1={0} y1={0} x2={0} y2={8} />
                    </pattern>
                  </defs>
                  <Lanes rows={rows} groups={groups} scale={scale} width={width} tr={tr} drawMarks={!drawOnCanvas} emphasis={emphasis} patterns={patterns} until={revealUntil} />
                  {overlay?.({ scale, width, height: rev.height, layout })}
                  <PlayheadLine scale={scale} width={width} height={rev.height} follow={follow} />
                </svg>
              </div>
            </div>
          </div>
        </>
      )}
      <p id={helpId} className="sr-only">
        {tr("timeline.lanesHelp")}
      </p>
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      <Tooltip store={hover} />
      <LiveText model={model} tr={tr} />
    </div>
  );
}
