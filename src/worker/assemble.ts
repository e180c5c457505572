import type { SimView } from "../state/store";
import type { SchedulingRecord, Trace, TraceEntry } from "../engine/trace/types";
import type { WatchLine } from "../engine/printers/getPods";
import type { WatchRow } from "../engine/output/watch";
import { primeKubectlIndex } from "../app/kubectl/kubectlText";
import type { Part, ViewHead } from "./protocol";

/**
 * Puts a result sent in slices back together on the page: each slice is appended as it arrives
 * (its own short task). `ready` gives the view once the entries and the kubectl panel's watch are
 * in; scheduling records arrive after it and are appended to the same trace's `scheduling` array
 * (they are read when a pod is selected, by then they are there).
 */
export class Assembly {
  private entries: TraceEntry[] = [];
  private rows: WatchRow[] = [];
  private lines: WatchLine[] = [];
  private scheduling: SchedulingRecord[] | undefined;
  private view: SimView | undefined;

  constructor(private readonly head: ViewHead) {
    if (head.trace.hasScheduling) this.scheduling = [];
  }

  add(part: Part): void {
    const to: unknown[] | undefined =
      part.kind === "entries" ? this.entries : part.kind === "watchRows" ? this.rows : part.kind === "watchLines" ? this.lines : this.scheduling;
    if (!to) return;
    // A loop, not push(...items): spreading tens of thousands of arguments can overflow the stack.
    for (const x of part.items) to.push(x);
  }

  ready(): SimView {
    if (this.view) return this.view;
    const { hasScheduling: _, ...rest } = this.head.trace;
    const trace: Trace = { ...rest, entries: this.entries, ...(this.scheduling ? { scheduling: this.scheduling } : {}) };
    primeKubectlIndex(trace, this.rows, this.lines);
    this.view = { ...this.head, trace };
    return this.view;
  }
}
