import type { Trace } from "../engine/trace/types";
import type { TimelineModel } from "./timeline/types";

/**
 * Views' models made by the engine worker for big runs and sent with the trace (src/worker), so
 * the page does not build them itself: a view asks here first, by trace.
 */
const timelines = new WeakMap<Trace, TimelineModel>();

export function primeTimeline(trace: Trace, model: TimelineModel): void {
  timelines.set(trace, model);
}

/** The timeline model the worker made for this trace, if it made one. */
export function precomputedTimeline(trace: Trace): TimelineModel | undefined {
  return timelines.get(trace);
}
