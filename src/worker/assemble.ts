import type { SimView } from "../state/store";
import type { Trace, TraceEntry } from "../engine/trace/types";
import { KubectlIndexer, primeKubectlIndex, WatchPartsBuilder } from "../app/kubectl/kubectlText";
import { primeTimeline } from "../app/precomputedModels";
import { TimelineBuilder } from "../app/timeline/model";
import type { Part, ViewHead } from "./protocol";
import { unpackScheduling, type PackedScheduling } from "./schedulingCodec";

/**
 * Puts a result sent in slices back together on the page. Each slice of entries is appended as
 * it arrives (its own short task) and taken in by the views' models at once: the kubectl panel's
 * index and watch, and the timeline's lanes. After `ready`, `finish` closes the timeline's lanes
 * a deadline at a time and gives the view, the scheduling records unpacked lazily (a pod's node
 * verdicts on first read).
 */
export class Assembly {
  private readonly entries: TraceEntry[] = [];
  private readonly kubectl = new KubectlIndexer();
  private readonly watch: WatchPartsBuilder;
  private readonly timeline: TimelineBuilder;
  private readonly trace: Trace;

  constructor(head: ViewHead) {
    const { hasScheduling: _, ...rest } = head.trace;
    this.trace = { ...rest, entries: this.entries };
    this.watch = new WatchPartsBuilder(head.trace.epochMs);
    this.timeline = new TimelineBuilder(this.trace);
    this.head = head;
  }

  private readonly head: ViewHead;

  add(part: Part): void {
    // A loop, not push(...items): spreading tens of thousands of arguments can overflow the stack.
    for (const x of part.items) this.entries.push(x);
    this.kubectl.add(part.items);
    this.watch.add(part.items);
    this.timeline.feed();
  }

  /**
   * The view once the timeline's lanes are closed, or undefined when `deadline` passed first
   * (call again). `scheduling` is what `ready` carried.
   */
  finish(scheduling: PackedScheduling | undefined, deadline: () => boolean = () => false): SimView | undefined {
    const model = this.timeline.step(deadline);
    if (!model) return undefined;
    const trace = this.trace;
    if (this.head.trace.hasScheduling) trace.scheduling = scheduling ? unpackScheduling(scheduling) : [];
    primeKubectlIndex(trace, this.kubectl, this.watch.rows, this.watch.lines);
    primeTimeline(trace, model);
    return { ...this.head, trace };
  }
}
