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

  /**
   * Timers due now, in the order they were set. Most timers are set for the current instant
   * (a sync, a work queue, a scheduling attempt asked for now): they run after the heap's timers
   * for this instant, which were all set earlier (smaller seq), and before any later time, so
   * a queue keeps them in the heap's order without the heap's work.
   */
  private due: Timer[] = [];
  private dueHead = 0;

  at(t: number, fn: () => void): Timer {
    const when = Math.max(roundMs(t), this.now);
    const timer: Timer = { t: when, seq: this.seq++, fn, dead: false };
    if (when === this.now) this.due.push(timer);
    else this.heap.push(timer);
    return timer;
  }

  after(seconds: number, fn: () => void): Timer {
    return this.at(this.now + seconds, fn);
  }

  /** Runs callbacks in time order up to and including `until`. */
  run(until: number, budget?: { check: () => boolean; onExceeded: () => void }): void {
    const heap = this.heap;
    const due = this.due;
    for (;;) {
      // The next timer in (t, seq) order: the heap's for this instant, then the queue's, then the heap's next.
      const top = heap.peek();
      const fromQueue = this.dueHead < due.length && (top === undefined || top.t > this.now);
      const next = fromQueue ? due[this.dueHead] : top;
      if (!next || next.t > until) break;
      if (!fromQueue) heap.pop();
      else if (++this.dueHead === due.length) {
        due.length = 0;
        this.dueHead = 0;
      }
      if (next.dead) continue;
      this.now = next.t;
      this.fired++;
      next.fn();
      // Checked every 256 callbacks: cheap, and soon enough to stop a runaway scenario. The work
      // done inside callbacks is compared after each one, as one callback may scan thousands of pods.
      if (budget && (this.work > this.workLimit || ((this.fired & 255) === 0 && budget.check()))) {
        this.requeueDue();
        budget.onExceeded();
        return;
      }
    }
    this.requeueDue();
    this.now = until;
  }

  /** Timers left in the queue when a run stops go back to the heap (the clock may move on). */
  private requeueDue(): void {
    for (let i = this.dueHead; i < this.due.length; i++) this.heap.push(this.due[i]);
    this.due.length = 0;
    this.dueHead = 0;
  }
}

export function roundMs(t: number): number {
  return Math.round(t * 1000) / 1000;
}
