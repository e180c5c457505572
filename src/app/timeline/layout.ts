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

/**
 * Where every pod's block sits. Only the tops are computed up front (arithmetic, no objects: ten
 * thousand pods cost a millisecond); a pod's rows and groups are made when first asked for, which
 * is when they come into view. `rows` and `groups` give every one (for exports and tests).
 */
export interface Layout {
  readonly model: TimelineModel;
  /** Top of each pod's block; `tops[n]` is the height. */
  readonly tops: Float64Array;
  readonly height: number;
  podRows(i: number): readonly Row[];
  podGroups(i: number): readonly LaneGroup[];
  readonly rows: readonly Row[];
  readonly groups: readonly LaneGroup[];
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

function podHeight(pod: PodLane, open: boolean): number {
  let h = ROW_H.phase + ROW_H.podMarks + ROW_H.summary + (open ? 4 * ROW_H.condition : 0);
  for (const c of pod.containers) h += CONTAINER_GAP + ROW_H.state + (c.overlays.length ? ROW_H.overlay : 0) + ROW_H.marks + c.probes.length * ROW_H.probe;
  return h;
}

function podBlock(pod: PodLane, y: number, open: boolean): { rows: Row[]; groups: LaneGroup[] } {
  const rows: Row[] = [];
  const groups: LaneGroup[] = [];
  const k = pod.uid;
  const podGroup: LaneGroup = { key: `${k}/`, y, h: 0, pod };
  groups.push(podGroup);
  rows.push({ kind: "phase", key: `${k}/phase`, y, h: ROW_H.phase, pod });
  y += ROW_H.phase;
  rows.push({ kind: "podMarks", key: `${k}/marks`, y, h: ROW_H.podMarks, pod });
  y += ROW_H.podMarks;
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
  return { rows, groups };
}

export function layoutTimeline(model: TimelineModel, options: LayoutOptions = {}): Layout {
  const pods = model.pods;
  const unfolded = options.unfolded;
  const tops = new Float64Array(pods.length + 1);
  let y = TOP;
  for (let i = 0; i < pods.length; i++) {
    tops[i] = y;
    y += podHeight(pods[i], !!unfolded?.has(pods[i].uid)) + POD_GAP;
  }
  tops[pods.length] = y;
  const blocks: ({ rows: Row[]; groups: LaneGroup[] } | undefined)[] = new Array(pods.length);
  const block = (i: number) => (blocks[i] ??= podBlock(pods[i], tops[i], !!unfolded?.has(pods[i].uid)));
  let all: { rows: Row[]; groups: LaneGroup[] } | undefined;
  const every = () => {
    if (!all) {
      all = { rows: [], groups: [] };
      for (let i = 0; i < pods.length; i++) {
        const b = block(i);
        for (const r of b.rows) all.rows.push(r);
        for (const g of b.groups) all.groups.push(g);
      }
    }
    return all;
  };
  return {
    model,
    tops,
    height: pods.length ? y : TOP,
    podRows: (i) => block(i).rows,
    podGroups: (i) => block(i).groups,
    get rows() {
      return every().rows;
    },
    get groups() {
      return every().groups;
    },
  };
}

/**
 * What the playhead reveals: the pods created by `until` (a prefix, since lanes are in creation
 * order) and the height they take. `until` is Infinity for the whole run. New pods' lanes appear
 * below the others, so nothing already drawn moves.
 */
export interface Revealed {
  until: number;
  pods: number;
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
  return { until, pods: lo, height: lo === pods.length ? layout.height : lo === 0 ? 0 : layout.tops[lo] };
}

/** Index of the pod whose block holds y (or the last one above it), among the first `limit`. */
export function podAtY(layout: Layout, y: number, limit = layout.model.pods.length): number {
  let lo = 0;
  let hi = limit;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (layout.tops[mid] <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The rows that overlap [y0, y1) among the first `limit` pods (virtualised drawing: only these are drawn). */
export function rowsIn(layout: Layout, y0: number, y1: number, limit = layout.model.pods.length): Row[] {
  const out: Row[] = [];
  for (let i = Math.max(0, podAtY(layout, y0, limit)); i < limit && layout.tops[i] < y1; i++) {
    for (const r of layout.podRows(i)) if (r.y + r.h > y0 && r.y < y1) out.push(r);
  }
  return out;
}

/** The pod and container groups that overlap [y0, y1) among the first `limit` pods. */
export function groupsIn(layout: Layout, y0: number, y1: number, limit = layout.model.pods.length): LaneGroup[] {
  const out: LaneGroup[] = [];
  for (let i = Math.max(0, podAtY(layout, y0, limit)); i < limit && layout.tops[i] < y1; i++) {
    for (const g of layout.podGroups(i)) if (g.y + g.h > y0 && g.y < y1) out.push(g);
  }
  return out;
}

export function rowAt(layout: Layout, y: number, limit = layout.model.pods.length): Row | undefined {
  const i = podAtY(layout, y, limit);
  if (i < 0) return undefined;
  for (const r of layout.podRows(i)) if (y >= r.y && y < r.y + r.h) return r;
  return undefined;
}

/** The row with this key among the first `limit` pods (keys start with the pod's uid). */
export function rowByKey(layout: Layout, key: string, limit = layout.model.pods.length): { row: Row; pod: number; index: number } | undefined {
  const uid = key.slice(0, key.indexOf("/"));
  const pods = layout.model.pods;
  for (let i = 0; i < limit; i++) {
    if (pods[i].uid !== uid) continue;
    const rows = layout.podRows(i);
    const index = rows.findIndex((r) => r.key === key);
    return index < 0 ? undefined : { row: rows[index], pod: i, index };
  }
  return undefined;
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
  const row = rowAt(layout, y, reveal?.pods);
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
