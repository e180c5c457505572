import { attemptNear } from "./probes";
import { byPriority, MARK_PRIORITY, markStyle } from "./shapes";
import type { ProbeAttempt } from "./probes";
import { CONDITION_TYPES, type ConditionType, type ContainerLane, type PodLane, type ProbeTrack, type TimelineMark, type TimelineModel, type TimelineSpan } from "./types";

/**
 * Rows in pixels, top to bottom. A pod gets its phase bar, a row of pod-level marks and one
 * summary row for its four conditions (unfolded on demand into one row per condition); each
 * container gets a state bar, an overlay row (grace, back-off, pulls) when the run has any, a row
 * of event marks and one row per probe. Rows come from the whole run, so lanes keep their place
 * while the playhead reveals them.
 */
export type Row =
  | { kind: "phase"; key: string; y: number; h: number; pod: PodLane }
  | { kind: "podMarks"; key: string; y: number; h: number; pod: PodLane }
  | { kind: "summary"; key: string; y: number; h: number; pod: PodLane; open: boolean }
  | { kind: "condition"; key: string; y: number; h: number; pod: PodLane; condition: ConditionType }
  | { kind: "state"; key: string; y: number; h: number; pod: PodLane; container: ContainerLane }
  | { kind: "overlay"; key: string; y: number; h: number; pod: PodLane; container: ContainerLane }
  | { kind: "marks"; key: string; y: number; h: number; pod: PodLane; container: ContainerLane }
  | { kind: "probe"; key: string; y: number; h: number; pod: PodLane; container: ContainerLane; probe: ProbeTrack };

/** A pod's block of rows, or one container's; `key` is "uid/" or "uid/name/" (the lane keys). */
export interface LaneGroup {
  key: string;
  y: number;
  h: number;
  pod: PodLane;
  container?: ContainerLane;
}

/** Where each pod's block starts: its top, its first row and its first group (model order). */
export interface PodBlock {
  y: number;
  row: number;
  group: number;
}

export interface Layout {
  rows: Row[];
  groups: LaneGroup[];
  pods: PodBlock[];
  height: number;
}

export interface LayoutOptions {
  /** Pods (by uid) whose four condition rows are shown instead of the summary row alone. */
  unfolded?: ReadonlySet<string>;
}

/** Row heights: rows with a label in the label column fit 13 px text; mark-only rows are thinner. */
export const ROW_H = { phase: 22, podMarks: 14, summary: 17, condition: 16, state: 22, overlay: 17, marks: 14, probe: 16 } as const;
const POD_GAP = 8;
const CONTAINER_GAP = 2;
const TOP = 4;

export function layoutTimeline(model: TimelineModel, options: LayoutOptions = {}): Layout {
  const rows: Row[] = [];
  const groups: LaneGroup[] = [];
  const pods: PodBlock[] = [];
  const unfolded = options.unfolded;
  let y = TOP;
  for (const pod of model.pods) {
    const k = pod.uid;
    pods.push({ y, row: rows.length, group: groups.length });
    const podGroup: LaneGroup = { key: `${k}/`, y, h: 0, pod };
    groups.push(podGroup);
    rows.push({ kind: "phase", key: `${k}/phase`, y, h: ROW_H.phase, pod });
    y += ROW_H.phase;
    rows.push({ kind: "podMarks", key: `${k}/marks`, y, h: ROW_H.podMarks, pod });
    y += ROW_H.podMarks;
    const open = !!unfolded?.has(k);
    rows.push({ kind: "summary", key: `${k}/summary`, y, h: ROW_H.summary, pod, open });
    y += ROW_H.summary;
    if (open) {
      for (const condition of CONDITION_TYPES) {
        rows.push({ kind: "condition", key: `${k}/c/${condition}`, y, h: ROW_H.condition, pod, condition });
        y += ROW_H.condition;
      }
    }
    for (const container of pod.containers) {
      y += CONTAINER_GAP;
      const ck = `${k}/${container.name}`;
      const group: LaneGroup = { key: `${ck}/`, y, h: 0, pod, container };
      groups.push(group);
      rows.push({ kind: "state", key: `${ck}/state`, y, h: ROW_H.state, pod, container });
      y += ROW_H.state;
      if (container.overlays.length) {
        rows.push({ kind: "overlay", key: `${ck}/overlay`, y, h: ROW_H.overlay, pod, container });
        y += ROW_H.overlay;
      }
      rows.push({ kind: "marks", key: `${ck}/marks`, y, h: ROW_H.marks, pod, container });
      y += ROW_H.marks;
      for (const probe of container.probes) {
        rows.push({ kind: "probe", key: `${ck}/p/${probe.probe}`, y, h: ROW_H.probe, pod, container, probe });
        y += ROW_H.probe;
      }
      group.h = y - group.y;
    }
    podGroup.h = y - podGroup.y;
    y += POD_GAP;
  }
  return { rows, groups, pods, height: y };
}

/**
 * What the playhead reveals: the pods created by `until` (a prefix, since lanes are in creation
 * order), the rows and groups they own, and the height they take. `until` is Infinity for the
 * whole run. New pods' lanes appear below the others, so nothing already drawn moves.
 */
export interface Revealed {
  until: number;
  pods: number;
  rows: number;
  groups: number;
  height: number;
}

const EPS = 1e-9;

export function revealed(model: TimelineModel, layout: Layout, until: number): Revealed {
  const pods = model.pods;
  let lo = 0;
  let hi = pods.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pods[mid].created <= until + EPS) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= pods.length) return { until, pods: lo, rows: layout.rows.length, groups: layout.groups.length, height: layout.height };
  const b = layout.pods[lo];
  return { until, pods: lo, rows: b.row, groups: b.group, height: lo === 0 ? 0 : b.y };
}

/** Everything: what whole-run mode shows. */
export function revealAll(layout: Layout): Revealed {
  return { until: Infinity, pods: layout.pods.length, rows: layout.rows.length, groups: layout.groups.length, height: layout.height };
}

/** Index of the first row whose bottom is below `y`. */
function firstRowBelow(rows: readonly Row[], y: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].y + rows[mid].h <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rows that overlap [y0, y1) among the first `limit` (virtualised drawing: only these are drawn). */
export function rowsIn(layout: Layout, y0: number, y1: number, limit = layout.rows.length): Row[] {
  const out: Row[] = [];
  for (let i = firstRowBelow(layout.rows, y0); i < limit && layout.rows[i].y < y1; i++) out.push(layout.rows[i]);
  return out;
}

/** The pod and container groups that overlap [y0, y1) among the first `limit`. */
export function groupsIn(layout: Layout, y0: number, y1: number, limit = layout.groups.length): LaneGroup[] {
  const out: LaneGroup[] = [];
  const pods = layout.pods;
  let lo = 0;
  let hi = pods.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pods[mid].y <= y0) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo > 0 ? pods[lo - 1].group : 0; i < limit; i++) {
    const g = layout.groups[i];
    if (g.y >= y1) break;
    if (g.y + g.h > y0) out.push(g);
  }
  return out;
}

export function rowAt(layout: Layout, y: number, limit = layout.rows.length): Row | undefined {
  const rows = layout.rows;
  let lo = 0;
  let hi = Math.min(limit, rows.length);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].y <= y) lo = mid + 1;
    else hi = mid;
  }
  const r = lo > 0 ? rows[lo - 1] : undefined;
  return r && y < r.y + r.h ? r : undefined;
}

export function rowSpans(row: Row): readonly TimelineSpan[] {
  switch (row.kind) {
    case "phase":
      return row.pod.phases;
    case "summary":
      return row.pod.summary;
    case "condition":
      return row.pod.conditions[row.condition];
    case "state":
      return row.container.states;
    case "overlay":
      return row.container.overlays;
    default:
      return [];
  }
}

/** A span as the playhead reveals it: undefined when it starts later, cut at `until` while it goes on. */
export function revealSpan<S extends TimelineSpan>(s: S, until: number): S | undefined {
  if (s.start > until + EPS) return undefined;
  if (s.end <= until) return s;
  return { ...s, end: until, open: true };
}

const drawOrder = new WeakMap<readonly TimelineMark[], readonly TimelineMark[]>();
const NO_MARKS: readonly TimelineMark[] = [];

/** A mark row's marks in drawing order (least important first), sorted when first drawn. */
export function rowMarks(row: Row): readonly TimelineMark[] {
  const marks = row.kind === "podMarks" ? row.pod.marks : row.kind === "marks" ? row.container.marks : undefined;
  if (!marks) return NO_MARKS;
  let d = drawOrder.get(marks);
  if (!d) drawOrder.set(marks, (d = byPriority<TimelineMark>(marks)));
  return d;
}

export type Hit =
  | { kind: "span"; row: Row; span: TimelineSpan }
  /** `mark` is the one drawn on top; `all` are every mark within reach, most important first. */
  | { kind: "mark"; row: Row; mark: TimelineMark; all: TimelineMark[] }
  | { kind: "probe"; row: Row; track: ProbeTrack; attempt: ProbeAttempt };

/**
 * What is under the pointer, found by arithmetic rather than DOM targets (so canvas and SVG marks
 * behave the same). `t` is the time under the pointer and `tol` the time that a few pixels cover.
 * With `reveal`, only what is drawn can be hit: rows of pods that exist, nothing after `until`.
 */
export function hitTest(layout: Layout, t: number, y: number, tol: number, reveal?: Revealed): Hit | undefined {
  const until = reveal?.until ?? Infinity;
  const row = rowAt(layout, y, reveal?.rows);
  if (!row) return undefined;
  if (row.kind === "probe") {
    const attempt = attemptNear(row.probe, t, tol);
    return attempt && attempt.t <= until + EPS ? { kind: "probe", row, track: row.probe, attempt } : undefined;
  }
  if (row.kind === "podMarks" || row.kind === "marks") {
    const near = rowMarks(row).filter((m) => Math.abs(m.t - t) <= tol && m.t <= until + EPS);
    if (!near.length) return undefined;
    near.sort((a, b) => MARK_PRIORITY[markStyle(b)] - MARK_PRIORITY[markStyle(a)] || Math.abs(a.t - t) - Math.abs(b.t - t));
    return { kind: "mark", row, mark: near[0], all: near };
  }
  const spans = rowSpans(row);
  // The shortest span under the pointer wins, and spans narrower than a few pixels get padded.
  let found: TimelineSpan | undefined;
  let foundLen = Infinity;
  for (const s of spans) {
    if (s.start > until + EPS) continue;
    const end = Math.min(s.end, until);
    const pad = end - s.start < tol ? tol / 2 : 0;
    if (t >= s.start - pad && t <= end + pad && end - s.start < foundLen) {
      found = s;
      foundLen = end - s.start;
    }
  }
  return found ? { kind: "span", row, span: found } : undefined;
}

/** Where a hit sits in time: a mark's or attempt's instant, a span's start (the playhead goes there on click). */
export function hitTime(hit: Hit): number {
  if (hit.kind === "span") return hit.span.start;
  if (hit.kind === "mark") return hit.mark.t;
  return hit.attempt.t;
}

export function hitIds(hit: Hit): number[] {
  if (hit.kind === "span") return hit.span.ids;
  if (hit.kind === "mark") return [hit.mark.id];
  return hit.attempt.id !== undefined ? [hit.attempt.id] : [];
}
