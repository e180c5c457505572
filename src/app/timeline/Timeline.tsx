import { useCallback, useEffect, useId, useMemo, useRef, useState, type MouseEvent, type PointerEvent, type ReactNode } from "react";
import { scaleLinear } from "d3-scale";
import { select } from "../../state/actions";
import { selectHighlight, selectLocale, selectSelection, selectTrace, useStore, type PlaygroundState, type Selection } from "../../state/store";
import { t as translate } from "../i18n";
import { Axis, AXIS_HEIGHT } from "./Axis";
import { formatDuration, marksDetails, probeDetails, spanDetails, type Translate } from "./format";
import { Lanes, type Emphasis } from "./Lanes";
import { LaneLabels } from "./LaneLabels";
import { hitIds, hitTest, layoutTimeline, type Hit, type Layout } from "./layout";
import { Legend } from "./Legend";
import { LiveText } from "./LiveText";
import { MarkCanvas } from "./MarkCanvas";
import { buildTimeline } from "./model";
import { PlayheadLine } from "./Playhead";
import { countAttempts } from "./probes";
import { createHoverStore, Tooltip } from "./Tooltip";
import type { TimelineModel } from "./types";
import type { Trace } from "../../engine/trace/types";
import { createZoomController, type ZoomController, type ZoomView } from "./zoomController";
import "./timeline.css";

const selectTheme = (s: PlaygroundState) => s.theme;

const LABEL_WIDTH = 180;
/** Above this many marks in view, marks and probe ticks move to the canvas layer. */
const CANVAS_THRESHOLD = 1500;
/** The narrowest view, in simulated seconds. */
const MIN_VISIBLE_SECONDS = 2;

// One model per trace, shared by every mount (remounting after a layout change costs nothing).
const models = new WeakMap<Trace, TimelineModel>();
function modelFor(trace: Trace): TimelineModel {
  let m = models.get(trace);
  if (!m) models.set(trace, (m = buildTimeline(trace)));
  return m;
}

function visibleMarks(model: TimelineModel, t0: number, t1: number): number {
  let n = 0;
  for (const p of model.pods) {
    for (const m of p.marks) if (m.t >= t0 && m.t <= t1) n++;
    for (const c of p.containers) {
      for (const m of c.marks) if (m.t >= t0 && m.t <= t1) n++;
      for (const tr of c.probes) n += countAttempts(tr, t0, t1);
    }
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
  const pod = [...model.pods].reverse().find((p) => p.name === sel.pod && p.namespace === sel.namespace);
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
  const tr = useCallback<Translate>((key, vars) => translate(locale, key, vars), [locale]);

  const model = useMemo(() => (trace ? modelFor(trace) : undefined), [trace]);
  const layout = useMemo(() => (model ? layoutTimeline(model) : undefined), [model]);
  const until = Math.max(untilProp ?? model?.until ?? 0, 1e-3);

  const rootRef = useRef<HTMLDivElement>(null);
  const syncRef = useRef(zoomSync);
  const bodyRef = useRef<HTMLDivElement>(null);
  const zoomRef = useRef<ZoomController | undefined>(undefined);
  const [width, setWidth] = useState(800);
  const [view, setView] = useState<ZoomView>({ k: 1, x: 0 });
  const [hover] = useState(createHoverStore);
  const [pointing, setPointing] = useState(false);
  const patternBase = useId().replace(/:/g, "");
  const patterns = useMemo(() => ({ hatch: `${patternBase}-hatch`, stripe: `${patternBase}-stripe` }), [patternBase]);
  const maxScale = Math.max(1, until / MIN_VISIBLE_SECONDS);

  useEffect(() => {
    const el = bodyRef.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(120, el.clientWidth - LABEL_WIDTH));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [model]);

  useEffect(() => {
    const el = rootRef.current;
    if (!el) return;
    let frame = 0;
    let next: ZoomView = { k: 1, x: 0 };
    const ctl = createZoomController(
      el,
      { left: LABEL_WIDTH, width: 800, maxScale: 1 },
      {
        onChange(v) {
          next = v;
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
    zoomRef.current?.update({ left: LABEL_WIDTH, width, maxScale });
  }, [width, maxScale, model]);

  const scale = useMemo(() => {
    const toTime = (sx: number) => (((sx - view.x) / view.k - LABEL_WIDTH) / width) * until;
    return scaleLinear().domain([toTime(LABEL_WIDTH), toTime(LABEL_WIDTH + width)]).range([0, width]);
  }, [view, width, until]);

  const drawOnCanvas = useMemo(() => {
    if (!model) return false;
    const [t0, t1] = scale.domain();
    return visibleMarks(model, t0, t1) > CANVAS_THRESHOLD;
  }, [model, scale]);

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
    return { hit: layout ? hitTest(layout, scale.invert(x), y, tol) : undefined, x, y };
  };

  const lastHit = useRef<Hit | undefined>(undefined);
  const onMove = (e: PointerEvent<SVGSVGElement>) => {
    if (e.buttons) return;
    const { hit } = hitAt(e);
    setPointing(!!hit);
    const root = rootRef.current;
    if (!hit || !root) {
      lastHit.current = undefined;
      hover.set(undefined);
      return;
    }
    const lines = hit.kind === "span" ? spanDetails(tr, hit.span, "container" in hit.row ? hit.row.container.kind : undefined) : hit.kind === "mark" ? marksDetails(tr, hit.all) : probeDetails(tr, hit.track, hit.attempt);
    const r = root.getBoundingClientRect();
    const px = e.clientX - r.left;
    const x = px + 340 > r.width ? Math.max(4, px - 340) : px + 14;
    lastHit.current = hit;
    hover.set({ lines, x, y: e.clientY - r.top + 16 });
  };

  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    if (traceProp) return;
    const { hit } = hitAt(e);
    if (!hit) return;
    const ids = hitIds(hit);
    if (ids.length) select({ kind: "entry", id: ids[0] });
    else if (hit.row.kind !== "phase" && hit.row.kind !== "podMarks" && hit.row.kind !== "condition") {
      select({ kind: "container", namespace: hit.row.pod.namespace, pod: hit.row.pod.name, container: hit.row.container.name });
    }
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

  const label = labelProp ?? tr("timeline.label");
  if (!model || !layout) {
    return (
      <div className="tl" role="group" aria-label={label} ref={rootRef}>
        <p className="tl-empty">{tr("timeline.empty")}</p>
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
            <div className="tl-corner" style={{ width: LABEL_WIDTH, height: AXIS_HEIGHT }} />
            <Axis scale={scale} width={width} tr={tr} label={tr("timeline.axis")} />
          </div>
          <div className="tl-body" ref={bodyRef} role="region" tabIndex={0} aria-label={tr("timeline.lanesRegion")}>
            <div className="tl-rows" style={{ height: layout.height }}>
              <LaneLabels layout={layout} width={LABEL_WIDTH} tr={tr} selectedLane={emphasis.selectedLane} />
              <div className={pointing ? "tl-plot is-pointing" : "tl-plot"} style={{ width, height: layout.height }}>
                {drawOnCanvas && <MarkCanvas layout={layout} scale={scale} width={width} body={bodyRef} emphasis={emphasis} theme={theme} />}
                <svg
                  className="tl-svg"
                  width={width}
                  height={layout.height}
                  role="img"
                  aria-label={tr("timeline.chart", { pods: model.pods.length, until: formatDuration(tr, model.until) })}
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
                  <Lanes layout={layout} scale={scale} width={width} tr={tr} drawMarks={!drawOnCanvas} emphasis={emphasis} patterns={patterns} />
                  {overlay?.({ scale, width, height: layout.height, layout })}
                  <PlayheadLine scale={scale} width={width} height={layout.height} follow={follow} />
                </svg>
              </div>
            </div>
          </div>
        </>
      )}
      <Tooltip store={hover} />
      <LiveText model={model} tr={tr} />
    </div>
  );
}
