import { MinHeap, type HeapEntry } from "./heap";

/** A scheduled callback. Cancelling marks it dead; the heap drops it lazily when it surfaces. */
export interface Timer extends HeapEntry {
  fn: () => void;
  dead: boolean;
}

/**
 * The one virtual clock every component runs on. Time is simulated seconds (floating point);
 * times are rounded to the millisecond so sums of periods do not drift (0.1 + 0.2).
 */
export class Clock {
  now = 0;
  private seq = 0;
  private heap = new MinHeap<Timer>();
  /** Number of callbacks run, for benchmarks. */
  fired = 0;
  /**
   * Work done inside callbacks that one callback can make large, in rough units of one pod
   * looked at: pods a reconcile scanned, nodes a scheduling cycle filtered, KiB a script expanded.
   * With callbacks and trace entries it measures a run against podplay's work limit (src/engine/limits.ts).
   */
  work = 0;
  /** A run given a budget stops after the callback that takes `work` past this. */
  workLimit = Infinity;

  at(t: number, fn: () => void): Timer {
    const timer: Timer = { t: Math.max(roundMs(t), this.now), seq: this.seq++, fn, dead: false };
    this.heap.push(timer);
    return timer;
  }

  after(seconds: number, fn: () => void): Timer {
    return this.at(this.now + seconds, fn);
  }

  /** Runs callbacks in time order up to and including `until`. */
  run(until: number, budget?: { check: () => boolean; onExceeded: () => void }): void {
    const heap = this.heap;
    for (;;) {
      const next = heap.peek();
      if (!next || next.t > until) break;
      heap.pop();
      if (next.dead) continue;
      this.now = next.t;
      this.fired++;
      next.fn();
      // Checked every 256 callbacks: cheap, and soon enough to stop a runaway scenario. The work
      // done inside callbacks is compared after each one, as one callback may scan thousands of pods.
      if (budget && (this.work > this.workLimit || ((this.fired & 255) === 0 && budget.check()))) {
        budget.onExceeded();
        return;
      }
    }
    this.now = until;
  }
}

export function roundMs(t: number): number {
  return Math.round(t * 1000) / 1000;
}
