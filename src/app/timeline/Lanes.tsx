import { memo, type ReactNode } from "react";
import type { ScaleLinear } from "d3-scale";
import { spanIsError, spanLabel, type Translate } from "./format";
import { revealSpan, rowMarks, rowSpans, type LaneGroup, type Row } from "./layout";
import { visitAttempts } from "./probes";
import { markPath, markStyle, probeTickPath } from "./shapes";
import type { TimelineSpan } from "./types";

/** What the lanes need to draw emphasis: the selected entry and the why panel's entries. */
export interface Emphasis {
  selectedId: number | undefined;
  highlight: ReadonlySet<number>;
  /** Lane key prefix of a selected pod ("uid/") or container ("uid/name/"). */
  selectedLane: string | undefined;
}

interface RowProps {
  row: Row;
  scale: ScaleLinear<number, number>;
  width: number;
  tr: Translate;
  drawMarks: boolean;
  emphasis: Emphasis;
  patterns: { hatch: string; stripe: string };
  /** Nothing after this simulated second is drawn (Infinity: the whole run). */
  until: number;
}

const BAR: Record<Row["kind"], [number, number]> = {
  phase: [3, 17],
  podMarks: [0, 14],
  summary: [1, 15],
  condition: [4, 8],
  state: [2, 18],
  overlay: [1, 15],
  marks: [0, 14],
  probe: [3, 10],
};

function spanClass(s: TimelineSpan): string {
  switch (s.kind) {
    case "phase":
      return s.terminating ? "ph-terminating" : `ph-${s.phase.toLowerCase()}`;
    case "condition":
      return `cond-${s.status.toLowerCase()}`;
    case "conditions":
      return !s.blocking ? "sum-ready" : s.status === "absent" || s.status === "Unknown" ? "sum-absent" : "sum-blocked";
    case "waiting":
      return spanIsError(s) ? "st-waiting-err" : "st-waiting";
    case "running":
      return s.ready ? "st-ready" : "st-running";
    case "terminated":
      return s.exitCode === 0 ? "st-done" : "st-error";
    case "grace":
      return "ov-grace";
    case "backoff":
      return "ov-backoff";
    case "pull":
      return s.outcome === "failed" ? "ov-pullfail" : "ov-pull";
  }
}

function emphasisClass(ids: readonly number[], e: Emphasis): string {
  let cls = "";
  if (e.highlight.size && ids.some((id) => e.highlight.has(id))) cls += " is-hl";
  if (e.selectedId !== undefined && ids.includes(e.selectedId)) cls += " is-selected";
  return cls;
}

/** Rough text width for deciding whether a label fits (Hangul is about twice as wide as Latin). */
export function textWidth(s: string, px: number): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) > 0x1100 ? px : px * 0.58;
  return w;
}

function SpanView({ s, row, scale, width, tr, emphasis, patterns }: Omit<RowProps, "drawMarks" | "until"> & { s: TimelineSpan }) {
  const [top, h] = BAR[row.kind];
  const xa = scale(s.start);
  const xb = scale(s.end);
  if (xb < -2 || xa > width + 2) return null;
  const x0 = Math.max(-2, xa);
  const x1 = Math.min(width + 2, xb);
  const w = Math.max(1.5, x1 - x0);
  const err = spanIsError(s);
  const pattern = err ? patterns.hatch : s.kind === "phase" && s.terminating ? patterns.stripe : undefined;
  let label: ReactNode = null;
  if (row.kind !== "condition") {
    const text = spanLabel(tr, s, "container" in row ? row.container.kind : undefined);
    const px = 13;
    const left = Math.max(x0, 0);
    if (Math.min(x1, width) - left > textWidth(text, px) + 8) {
      label = (
        <text className="tl-label" x={left + 4} y={top + h / 2} dy="0.35em">
          {text}
        </text>
      );
    }
  }
  return (
    <g>
      <rect className={`tl-span ${spanClass(s)}${emphasisClass(s.ids, emphasis)}`} x={x0} y={top} width={w} height={h} rx={row.kind === "condition" ? 1 : 2} />
      {pattern && <rect className="tl-pattern" x={x0} y={top} width={w} height={h} fill={`url(#${pattern})`} />}
      {label}
    </g>
  );
}

function MarksView({ row, scale, width, emphasis, until }: RowProps) {
  const [t0, t1b] = scale.domain();
  const t1 = Math.min(t1b, until);
  const cy = row.h / 2;
  const out: ReactNode[] = [];
  for (const m of rowMarks(row)) {
    if (m.t < t0 - 1e-9 || m.t > t1 + 1e-9) continue;
    const x = scale(m.t);
    if (x < -6 || x > width + 6) continue;
    const style = markStyle(m);
    const emph = emphasisClass([m.id], emphasis);
    out.push(<path key={m.id} className={`tl-mk tl-mk-${style}`} d={markPath(style, x, cy)} />);
    if (emph) out.push(<circle key={`e${m.id}`} className={emph.includes("is-selected") ? "tl-ring-sel" : "tl-ring-hl"} cx={x} cy={cy} r={7} />);
  }
  return <>{out}</>;
}

function ProbeView({ row, scale, emphasis, until }: RowProps) {
  if (row.kind !== "probe") return null;
  const [t0, t1b] = scale.domain();
  const t1 = Math.min(t1b, until);
  const [top, h] = BAR.probe;
  let ok = "";
  let fail = "";
  let lastOk = -Infinity;
  let lastFail = -Infinity;
  const rings: ReactNode[] = [];
  const track = row.probe;
  visitAttempts(track, t0, t1, (t, run) => {
    const x = scale(t);
    if (run.result === "success") {
      if (x - lastOk < 1) return;
      lastOk = x;
      ok += probeTickPath(x, top, top + h, false);
    } else {
      if (x - lastFail < 1) return;
      lastFail = x;
      fail += probeTickPath(x, top, top + h, true);
    }
  });
  if (emphasis.highlight.size || emphasis.selectedId !== undefined) {
    for (const f of track.failures) {
      if (f.t < t0 || f.t > t1) continue;
      const sel = f.id === emphasis.selectedId;
      if (sel || emphasis.highlight.has(f.id)) rings.push(<circle key={f.id} className={sel ? "tl-ring-sel" : "tl-ring-hl"} cx={scale(f.t)} cy={top + h / 2} r={6} />);
    }
  }
  return (
    <>
      {ok && <path className="tl-probe-ok" d={ok} />}
      {fail && <path className="tl-probe-fail" d={fail} />}
      {rings}
    </>
  );
}

function SpansView(props: RowProps) {
  const out: ReactNode[] = [];
  const spans = rowSpans(props.row);
  for (let i = 0; i < spans.length; i++) {
    const s = revealSpan(spans[i], props.until);
    if (s) out.push(<SpanView key={i} s={s} {...props} />);
  }
  return <>{out}</>;
}

const RowView = memo(function RowView(props: RowProps) {
  const { row, drawMarks } = props;
  const isMarks = row.kind === "marks" || row.kind === "podMarks" || row.kind === "probe";
  return (
    <g transform={`translate(0,${row.y})`}>
      {isMarks ? drawMarks && (row.kind === "probe" ? <ProbeView {...props} /> : <MarksView {...props} />) : <SpansView {...props} />}
    </g>
  );
});

/** Background bands: one per pod; the selected pod or container gets an outline. */
function Bands({ groups, width, selectedLane }: { groups: readonly LaneGroup[]; width: number; selectedLane: string | undefined }) {
  return (
    <>
      {groups.map((g) =>
        g.container && g.key !== selectedLane ? null : (
          <rect key={g.key} className={g.key === selectedLane ? "tl-band is-selected" : "tl-band"} x={0} y={g.y - 2} width={width} height={g.h + 4} />
        ),
      )}
    </>
  );
}

export interface LanesProps {
  /** The rows in view (virtualised: only these are drawn) and their groups. */
  rows: readonly Row[];
  groups: readonly LaneGroup[];
  scale: ScaleLinear<number, number>;
  width: number;
  tr: Translate;
  drawMarks: boolean;
  emphasis: Emphasis;
  patterns: { hatch: string; stripe: string };
  until: number;
}

/**
 * The rows in view: spans (and marks, unless the canvas layer draws them), culled to the visible
 * time range and cut at `until` (what the playhead has revealed).
 */
export const Lanes = memo(function Lanes({ rows, groups, scale, width, tr, drawMarks, emphasis, patterns, until }: LanesProps) {
  return (
    <>
      <Bands groups={groups} width={width} selectedLane={emphasis.selectedLane} />
      {rows.map((row) => (
        <RowView key={row.key} row={row} scale={scale} width={width} tr={tr} drawMarks={drawMarks} emphasis={emphasis} patterns={patterns} until={until} />
      ))}
    </>
  );
});
