import type { SimView } from "../state/store";
import type { LogLine, Trace, TraceEntry } from "../engine/trace/types";
import { KUBERNETES_VERSION } from "../engine/api/types";
import { KubectlIndexer, primeKubectlIndex, WatchPartsBuilder } from "../app/kubectl/kubectlText";
import { primeTimeline } from "../app/precomputedModels";
import { TimelineBuilder } from "../app/timeline/model";
import type { Part, ViewHead } from "./protocol";
import { unpackScheduling, type PackedScheduling } from "./schedulingCodec";

/**
 * Puts a result sent in slices back together on the page. Each slice of entries is appended as
 * it arrives (its own short task; the first ones while the engine still runs) and taken in by the
 * views' models at once: the kubectl panel's index and watch, and the timeline's lanes. After
 * `ready`, `finish` gives the trace its head, closes the timeline's lanes a deadline at a time
 * and gives the view, the scheduling records unpacked lazily (a pod's verdicts on first read).
 * The container logs come after the view (`endLogs`).
 */
export class Assembly {
  private readonly entries: TraceEntry[] = [];
  private readonly logs: LogLine[] = [];
  private readonly kubectl = new KubectlIndexer();
  private readonly watch: WatchPartsBuilder;
  private readonly timeline: TimelineBuilder;
  /** The trace being put together: entries now, the rest of it with `ready`. */
  private readonly trace: Trace;
  private headed = false;

  constructor(epochMs: number) {
    this.trace = { format: 1, kubernetesVersion: KUBERNETES_VERSION, until: 0, epochMs, entries: this.entries, probes: [], notes: [] };
    this.watch = new WatchPartsBuilder(epochMs);
    this.timeline = new TimelineBuilder(this.trace);
  }

  add(part: Part): void {
    if (part.kind === "logs") {
      for (const l of part.items) this.logs.push(l);
      return;
    }
    // A loop, not push(...items): spreading tens of thousands of arguments can overflow the stack.
    for (const x of part.items) this.entries.push(x);
    this.kubectl.add(part.items);
    this.watch.add(part.items);
    this.timeline.feed();
  }

  /**
   * The view once the timeline's lanes are closed, or undefined when `deadline` passed first
   * (call again with the same arguments). `head` and `scheduling` are what `ready` carried.
   */
  finish(head: ViewHead, scheduling: PackedScheduling | undefined, deadline: () => boolean = () => false): SimView | undefined {
    const trace = this.trace;
    if (!this.headed) {
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the logs come later (endLogs)
      const { hasScheduling, hasLogs, ...rest } = head.trace;
      Object.assign(trace, rest);
      if (hasScheduling) trace.scheduling = scheduling ? unpackScheduling(scheduling) : [];
      this.headed = true;
    }
    const model = this.timeline.step(deadline);
    if (!model) return undefined;
    primeKubectlIndex(trace, this.kubectl, this.watch.rows, this.watch.lines);
    primeTimeline(trace, model);
    return { ...head, trace };
  }

  /** The run's container logs have all come (logsEnd): from now on the trace has them. */
  endLogs(): Trace {
    this.trace.logs = this.logs;
    return this.trace;
  }
}
