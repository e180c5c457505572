import { useCallback, useId, useMemo, useState } from "react";
import { selectLocale, selectTrace, useStore } from "../../state/store";
import { pause, seek } from "../../state/actions";
import { t as translate } from "../i18n";
import Timeline, { type TimelineOverlayContext, type ZoomSync } from "../timeline/Timeline";
import type { ZoomView } from "../timeline/zoomController";
import { formatDuration } from "../timeline/format";
import { diffTraces, summarize, type Fact, type PodDiff, type TraceDiff } from "./diffTraces";
import { closeCompare, copyAIntoB, setTextB, useCompare } from "./compareState";
import { useVariantSimulation } from "./useVariantSimulation";
import "./compare.css";

type Tr = (key: string, vars?: Record<string, string | number>) => string;

/** Two timelines share one zoom: a change in one is shown by the other (an equal view is not sent back). */
function createZoomSync(): ZoomSync {
  const fns = new Set<(v: ZoomView, from: Element) => void>();
  let last: ZoomView = { k: 1, x: 0 };
  return {
    publish(v, from) {
      if (Math.abs(v.k - last.k) < 1e-9 && Math.abs(v.x - last.x) < 1e-6) return;
      last = v;
      for (const fn of fns) fn(v, from);
    },
    subscribe(fn) {
      fns.add(fn);
      return () => fns.delete(fn);
    },
  };
}

/** Where a pod's rows differ, drawn over that pod's block of lanes. */
function DiffBands({ ctx, diff, label }: { ctx: TimelineOverlayContext; diff: TraceDiff; label: string }) {
  const rects: Array<{ key: string; x: number; y: number; w: number; h: number }> = [];
  for (const p of diff.pods) {
    const groups = ctx.layout.groups.filter((g) => !g.container && (g.pod.name === p.names.A || g.pod.name === p.names.B) && g.pod.namespace === p.namespace);
    for (const g of groups) {
      p.ranges.forEach((r, i) => {
        const x0 = ctx.scale(r.start);
        const x1 = ctx.scale(r.end);
        if (x1 < -4 || x0 > ctx.width + 4) return;
        rects.push({ key: `${g.key}${i}`, x: x0, y: g.y - 3, w: Math.max(3, x1 - x0), h: g.h + 6 });
      });
    }
  }
  return (
    <g className="cmp-bands" aria-hidden="true">
      {rects.map((r) => (
        <rect key={r.key} className="cmp-band" x={r.x} y={r.y} width={r.w} height={r.h} rx={3}>
          <title>{label}</title>
        </rect>
      ))}
    </g>
  );
}

function factTime(f: Fact): number | undefined {
  switch (f.kind) {
    case "restarts":
      return Math.min(f.a ?? Infinity, f.b ?? Infinity);
    case "ready":
      return Math.min(f.a ?? Infinity, f.b ?? Infinity);
    case "differs":
      return f.start;
    default:
      return undefined;
  }
}

function sentence(tr: Tr, f: Fact): string {
  const at = (v: number | undefined, none: string) => (v === undefined ? tr(none) : formatDuration(tr, v));
  switch (f.kind) {
    case "only":
      return tr("compare.only", { pod: f.pod, side: f.side });
    case "restarts":
      if (f.a === f.b) return tr("compare.restartTotals", { pod: f.pod, a: f.totalA, b: f.totalB });
      return tr("compare.restarts", { pod: f.pod, a: at(f.a, "compare.never"), b: at(f.b, "compare.never"), na: f.totalA, nb: f.totalB });
    case "ready":
      return tr("compare.ready", { pod: f.pod, a: at(f.a, "compare.notReady"), b: at(f.b, "compare.notReady") });
    case "status":
      return tr("compare.status", { pod: f.pod, statuses: f.statuses.join(", "), side: f.side });
    case "differs":
      return tr("compare.differs", { pod: f.pod, start: formatDuration(tr, f.start), end: formatDuration(tr, f.end) });
  }
}

function firstTimeOf(p: PodDiff): number {
  return p.first;
}

/**
 * Compare mode: A (the editor's text) and variant B on one time axis with one playhead, the
 * places where their kubectl rows differ drawn as bands on both, and a short list of the
 * differences that jump the playhead when chosen.
 */
export default function CompareView() {
  useVariantSimulation();
  const locale = useStore(selectLocale);
  const tr = useCallback<Tr>((key, vars) => translate(locale, key, vars), [locale]);
  const traceA = useStore(selectTrace);
  const textA = useStore((s) => s.text);
  const { textB, traceB, errorsB, engineB } = useCompare();
  const [sync] = useState(createZoomSync);
  const editId = useId();

  const diff = useMemo(() => (traceA && traceB ? diffTraces(traceA, traceB) : undefined), [traceA, traceB]);
  const facts = useMemo(() => (diff ? summarize(diff) : []), [diff]);
  const until = Math.max(traceA?.until ?? 0, traceB?.until ?? 0);
  const bandLabel = tr("compare.band");
  const overlay = useCallback((ctx: TimelineOverlayContext) => (diff ? <DiffBands ctx={ctx} diff={diff} label={bandLabel} /> : null), [diff, bandLabel]);
  const jump = (t: number) => {
    pause();
    seek(t);
  };

  let status: string | undefined;
  if (engineB.state === "running") status = tr("compare.simulating");
  else if (engineB.state === "watchdog") status = tr("compare.watchdogB", { seconds: Math.round(engineB.ms / 1000) });
  else if (engineB.state === "crashed") status = tr("compare.crashedB", { message: engineB.message });
  const problem = errorsB[0];

  return (
    <section className="compare" aria-label={tr("compare.region")}>
      <div className="compare-side">
        <div className="compare-head">
          <h2>{tr("compare.title")}</h2>
          <button type="button" onClick={closeCompare}>
            {tr("compare.close")}
          </button>
        </div>
        <p className="compare-intro">{tr("compare.intro")}</p>
        <label htmlFor={editId} className="compare-label">
          {tr("compare.editB")}
        </label>
        <textarea id={editId} className="compare-text" value={textB} spellCheck={false} autoCapitalize="off" autoComplete="off" autoCorrect="off" wrap="off" onChange={(e) => setTextB(e.currentTarget.value)} />
        <div className="compare-row">
          <button type="button" onClick={copyAIntoB} disabled={textA === textB}>
            {tr("compare.copyA")}
          </button>
          <span className="compare-status" role="status">
            {status ?? ""}
          </span>
        </div>
        {problem && (
          <p className="compare-problem" role="alert">
            {tr("compare.errorsB", { message: problem.message })}
          </p>
        )}
        <section className="compare-diff" aria-labelledby={`${editId}-diff`}>
          <h3 id={`${editId}-diff`}>{tr("compare.differences")}</h3>
          {diff && (
            <div aria-live="polite">
              {textA === textB ? (
                <p className="muted">{tr("compare.sameText")}</p>
              ) : diff.pods.length === 0 ? (
                <p>{tr("compare.same")}</p>
              ) : (
                <>
                  {diff.first !== undefined && (
                    <p>
                      <button type="button" className="link" onClick={() => jump(diff.first!)}>
                        {tr("compare.first", { time: formatDuration(tr, diff.first) })}
                      </button>
                    </p>
                  )}
                  <ul className="compare-facts">
                    {facts.map((f, i) => {
                      const time = factTime(f) ?? firstTimeOf(diff.pods.find((p) => p.pod === f.pod)!);
                      return (
                        <li key={i}>
                          <button type="button" className="link" onClick={() => jump(Number.isFinite(time) ? time : 0)} title={tr("compare.jump", { time: formatDuration(tr, Number.isFinite(time) ? time : 0) })}>
                            {sentence(tr, f)}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </>
              )}
              {traceA && traceB && traceA.until !== traceB.until && <p className="muted">{tr("compare.horizon", { time: formatDuration(tr, diff.until) })}</p>}
            </div>
          )}
        </section>
      </div>
      <div className="compare-timelines">
        <div className="compare-tl">
          <span className="compare-tag" aria-hidden="true">
            {tr("compare.labelA")}
          </span>
          <Timeline until={until} label={tr("compare.timelineA")} overlay={overlay} zoomSync={sync} />
        </div>
        <div className="compare-tl b">
          <span className="compare-tag b" aria-hidden="true">
            {tr("compare.labelB")}
          </span>
          {traceB ? <Timeline trace={traceB} until={until} label={tr("compare.timelineB")} overlay={overlay} zoomSync={sync} /> : <p className="compare-wait">{tr("compare.simulating")}</p>}
        </div>
      </div>
    </section>
  );
}
