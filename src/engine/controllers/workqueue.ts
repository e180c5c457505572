import type { Clock } from "../sim/clock";

/**
 * A controller work queue: a key is synced once however many times it is added before the
 * sync runs, after the writes that triggered it (informers deliver after the write commits).
 */
export class WorkQueue {
  private queued = new Set<string>();

  constructor(
    private clock: Clock,
    private sync: (key: string) => void,
  ) {}

  add(key: string, after = 0): void {
    if (after > 0) {
      this.clock.after(after, () => this.add(key));
      return;
    }
    if (this.queued.has(key)) return;
    this.queued.add(key);
    this.clock.at(this.clock.now, () => {
      this.queued.delete(key);
      this.sync(key);
    });
  }
}
