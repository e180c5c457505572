import { attemptNear } from "./probes";
import { byPriority, MARK_PRIORITY, markStyle } from "./shapes";
import type { ProbeAttempt } from "./probes";
import { CONDITION_TYPES, type ConditionType, type ContainerLane, type PodLane, type ProbeTrack, type TimelineMark, type TimelineModel, type TimelineSpan } from "./types";

/**
 * Rows in pixels, top to bottom. A pod gets its phase bar, a row of pod-level marks and one thin
 * row per condition; each container gets a state bar, an overlay row (grace, back-off, pulls), a
 * row of event marks and one row per probe.
 */
export type Row =
  | { kind: "phase"; key: string; y: number; h: number; pod: PodLane }
  | { kind: "podMarks"; key: string; y: number; h: number; pod: PodLane; drawn: readonly TimelineMark[] }
  | { kind: "condition"; key: string; y: number; h: number; pod: PodLane; condition: ConditionType }
  | { kind: "state"; key: string; y: number; h: number; pod: PodLane; container: ContainerLane }
  | { kind: "overlay"; key: string; y: number; h: number; pod: PodLane; container: ContainerLane }
  | { kind: "marks"; key: string; y: number; h: number; pod: PodLane; container: ContainerLane; drawn: readonly TimelineMark[] }
  | { kind: "probe"; key: string; y: number; h: number; pod: PodLane; container: ContainerLane; probe: ProbeTrack };

/** A pod's block of rows, or one container's; `key` is "uid/" or "uid/name/" (the lane keys). */
export interface LaneGroup {
  key: string;
  y: number;
  h: number;
  pod: PodLane;
  container?: ContainerLane;
}

export interface Layout {
  rows: Row[];
  groups: LaneGroup[];
  height: number;
}

export const ROW_H = { phase: 22, podMarks: 14, condition: 12, state: 22, overlay: 16, marks: 14, probe: 12 } as const;
const POD_GAP = 12;
const CONTAINER_GAP = 4;

export function layoutTimeline(model: TimelineModel): Layout {
  const rows: Row[] = [];
  const groups: LaneGroup[] = [];
  let y = 4;
  for (const pod of model.pods) {
    const k = pod.uid;
    const podGroup: LaneGroup = { key: `${k}/`, y, h: 0, pod };
    groups.push(podGroup);
    rows.push({ kind: "phase", key: `${k}/phase`, y, h: ROW_H.phase, pod });
    y += ROW_H.phase;
    rows.push({ kind: "podMarks", key: `${k}/marks`, y, h: ROW_H.podMarks, pod, drawn: byPriority(pod.marks) });
    y += ROW_H.podMarks;
    for (const condition of CONDITION_TYPES) {
      rows.push({ kind: "condition", key: `${k}/c/${condition}`, y, h: ROW_H.condition, pod, condition });
      y += ROW_H.condition;
    }
    for (const container of pod.containers) {
      y += CONTAINER_GAP;
      const ck = `${k}/${container.name}`;
      const group: LaneGroup = { key: `${ck}/`, y, h: 0, pod, container };
      groups.push(group);
      rows.push({ kind: "state", key: `${ck}/state`, y, h: ROW_H.state, pod, container });
      y += ROW_H.state;
      rows.push({ kind: "overlay", key: `${ck}/overlay`, y, h: ROW_H.overlay, pod, container });
      y += ROW_H.overlay;
      rows.push({ kind: "marks", key: `${ck}/marks`, y, h: ROW_H.marks, pod, container, drawn: byPriority(container.marks) });
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
  return { rows, groups, height: y };
}

export function rowAt(layout: Layout, y: number): Row | undefined {
  const rows = layout.rows;
  let lo = 0;
  let hi = rows.length;
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

/** A mark row's marks in drawing order (least important first). */
export function rowMarks(row: Row): readonly TimelineMark[] {
  return row.kind === "podMarks" || row.kind === "marks" ? row.drawn : [];
}

export type Hit =
  | { kind: "span"; row: Row; span: TimelineSpan }
  /** `mark` is the one drawn on top; `all` are every mark within reach, most important first. */
  | { kind: "mark"; row: Row; mark: TimelineMark; all: TimelineMark[] }
  | { kind: "probe"; row: Row; track: ProbeTrack; attempt: ProbeAttempt };

/**
 * What is under the pointer, found by arithmetic rather than DOM targets (so canvas and SVG marks
 * behave the same). `t` is the time under the pointer and `tol` the time that a few pixels cover.
 */
export function hitTest(layout: Layout, t: number, y: number, tol: number): Hit | undefined {
  const row = rowAt(layout, y);
  if (!row) return undefined;
  if (row.kind === "probe") {
    const attempt = attemptNear(row.probe, t, tol);
    return attempt ? { kind: "probe", row, track: row.probe, attempt } : undefined;
  }
  if (row.kind === "podMarks" || row.kind === "marks") {
    const near = row.drawn.filter((m) => Math.abs(m.t - t) <= tol);
    if (!near.length) return undefined;
    near.sort((a, b) => MARK_PRIORITY[markStyle(b)] - MARK_PRIORITY[markStyle(a)] || Math.abs(a.t - t) - Math.abs(b.t - t));
    return { kind: "mark", row, mark: near[0], all: near };
  }
  const spans = rowSpans(row);
  // The shortest span under the pointer wins, and spans narrower than a few pixels get padded.
  let found: TimelineSpan | undefined;
  for (const s of spans) {
    const pad = s.end - s.start < tol ? tol / 2 : 0;
    if (t >= s.start - pad && t <= s.end + pad && (!found || s.end - s.start < found.end - found.start)) found = s;
  }
  return found ? { kind: "span", row, span: found } : undefined;
}

export function hitIds(hit: Hit): number[] {
  if (hit.kind === "span") return hit.span.ids;
  if (hit.kind === "mark") return [hit.mark.id];
  return hit.attempt.id !== undefined ? [hit.attempt.id] : [];
}
