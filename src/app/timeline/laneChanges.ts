import { markDetails, spanDetails, type Translate } from "./format";
import type { Row } from "./layout";
import { CONDITION_TYPES, type TimelineMark, type TimelineSpan } from "./types";

/**
 * Keyboard access to every change drawn on the timeline: a focused lane (a pod, its conditions
 * lane or a container) lists its changes (spans by their start, marks by their time), and Left /
 * Right step through them. Pure: no DOM, no store.
 */
export type LaneChange = { t: number; id: number; span: TimelineSpan; mark?: undefined; row: Row } | { t: number; id: number; mark: TimelineMark; span?: undefined; row: Row };

/** Rows a keyboard user can focus in the label column: the pod, its conditions (summary) and each container. */
export function isLaneRow(row: Row): boolean {
  return row.kind === "phase" || row.kind === "summary" || row.kind === "state";
}

/** The changes of the lane that `row` heads, in time order (entry order at equal times), each entry once. */
export function laneChanges(row: Row): LaneChange[] {
  const out: LaneChange[] = [];
  const spans = (list: readonly TimelineSpan[]) => {
    for (const span of list) out.push({ t: span.start, id: span.ids[0], span, row });
  };
  const marks = (list: readonly TimelineMark[]) => {
    for (const mark of list) out.push({ t: mark.t, id: mark.id, mark, row });
  };
  if (row.kind === "phase") {
    spans(row.pod.phases);
    marks(row.pod.marks);
  } else if (row.kind === "summary") {
    spans(row.pod.summary);
    if (row.open) for (const c of CONDITION_TYPES) spans(row.pod.conditions[c]);
  } else if (row.kind === "state") {
    spans(row.container.states);
    spans(row.container.overlays);
    marks(row.container.marks);
  }
  // At equal times, entry order; a mark before a span of the same entry (it says more: "Started", "Killing").
  out.sort((a, b) => a.t - b.t || a.id - b.id || (a.mark ? 0 : 1) - (b.mark ? 0 : 1));
  const seen = new Set<number>();
  return out.filter((c) => (seen.has(c.id) ? false : (seen.add(c.id), true)));
}

const EPS = 1e-6;

/**
 * The change one step from where the learner is: after (dir 1) or before (dir −1) the selected
 * change when it is in this lane, else the first at or after the playhead (or the last at or
 * before it). Undefined at either end.
 */
export function stepChange(list: readonly LaneChange[], t: number, selectedId: number | undefined, dir: 1 | -1): LaneChange | undefined {
  const i = selectedId === undefined ? -1 : list.findIndex((c) => c.id === selectedId);
  if (i >= 0) return list[i + dir];
  if (dir > 0) return list.find((c) => c.t >= t - EPS);
  for (let j = list.length - 1; j >= 0; j--) if (list[j].t <= t + EPS) return list[j];
  return undefined;
}

/** One sentence for a screen reader: what the change is and when. */
export function changeText(tr: Translate, c: LaneChange): string {
  const lines = c.span ? spanDetails(tr, c.span, "container" in c.row ? c.row.container.kind : undefined) : markDetails(tr, c.mark);
  return tr("timeline.announce", { what: lines[0], at: lines[1] });
}
