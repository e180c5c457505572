import type { SimView } from "../state/store";
import type { Trace, TraceEntry } from "../engine/trace/types";
import { KubectlIndexer, primeKubectlIndex, WatchPartsBuilder } from "../app/kubectl/kubectlText";
import { primeTimeline } from "../app/precomputedModels";
import type { PodLane, TimelineModel } from "../app/timeline/types";
import type { Part, ViewHead } from "./protocol";
import { unpackScheduling, type PackedScheduling } from "./schedulingCodec";

/**
 * Puts a result sent in slices back together on the page: each slice is appended as it arrives
 * (its own short task) and indexed for the kubectl panel, its watch printed as it comes; `ready`
 * gives the view, with that index and the timeline's model made in the worker handed to them,
 * and the scheduling records unpacked lazily (a pod's node verdicts on first read).
 */
export class Assembly {
  private entries: TraceEntry[] = [];
  private pods: PodLane[] = [];
  private kubectl = new KubectlIndexer();
  private watch: WatchPartsBuilder;

  constructor(private readonly head: ViewHead) {
    this.watch = new WatchPartsBuilder(head.trace.epochMs);
  }

  add(part: Part): void {
    const to: unknown[] = part.kind === "entries" ? this.entries : this.pods;
    // A loop, not push(...items): spreading tens of thousands of arguments can overflow the stack.
    for (const x of part.items) to.push(x);
    if (part.kind === "entries") {
      this.kubectl.add(part.items);
      this.watch.add(part.items);
    }
  }

  ready(scheduling: PackedScheduling | undefined, timeline: Omit<TimelineModel, "pods">): SimView {
    const { hasScheduling, ...rest } = this.head.trace;
    const trace: Trace = { ...rest, entries: this.entries };
    if (hasScheduling) trace.scheduling = scheduling ? unpackScheduling(scheduling) : [];
    primeKubectlIndex(trace, this.kubectl, this.watch.rows, this.watch.lines);
    primeTimeline(trace, { ...timeline, pods: this.pods });
    return { ...this.head, trace };
  }
}
