import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Clock, roundMs } from "./clock";
import { MinHeap, type HeapEntry } from "./heap";

/** The clock as it was before timers due now were queued: every timer through the heap. */
class HeapClock {
  now = 0;
  private seq = 0;
  private heap = new MinHeap<HeapEntry & { fn: () => void; dead: boolean }>();
  at(t: number, fn: () => void) {
    const timer = { t: Math.max(roundMs(t), this.now), seq: this.seq++, fn, dead: false };
    this.heap.push(timer);
    return timer;
  }
  run(until: number): void {
    for (;;) {
      const next = this.heap.peek();
      if (!next || next.t > until) break;
      this.heap.pop();
      if (next.dead) continue;
      this.now = next.t;
      next.fn();
    }
    this.now = until;
  }
}

// A timer: when (relative to now: 0 is "now"), what it schedules when it fires, whether it cancels an earlier one.
type Plan = { delay: number; children: Plan[]; cancel: boolean };
const delay = fc.constantFrom(0, 0, 0, 0.5, 1, 2, -1);
const planOf = (depth: number): fc.Arbitrary<Plan> =>
  fc.record({ delay, children: depth > 0 ? fc.array(planOf(depth - 1), { maxLength: 3 }) : fc.constant([]), cancel: fc.boolean() });
const plan = planOf(3);

function replay(clock: Clock | HeapClock, plans: Plan[], runs: number[]): string[] {
  const log: string[] = [];
  const timers: Array<{ dead: boolean }> = [];
  let id = 0;
  const schedule = (p: Plan) => {
    const me = id++;
    if (p.cancel && timers.length) timers[me % timers.length].dead = true;
    timers.push(
      clock.at(clock.now + p.delay, () => {
        log.push(`${me}@${clock.now}`);
        for (const c of p.children) schedule(c);
      }),
    );
  };
  for (const p of plans) schedule(p);
  for (const until of runs) {
    clock.run(until);
    log.push(`run ${until}`);
    for (const p of plans.slice(0, 2)) schedule(p);
  }
  return log;
}

describe("Clock", () => {
  it("runs timers in (time, order set) order, as a heap of every timer does", () => {
    fc.assert(
      fc.property(fc.array(plan, { maxLength: 6 }), fc.array(fc.constantFrom(0, 1, 2, 3, 5), { minLength: 1, maxLength: 3 }), (plans, runs) => {
        expect(replay(new Clock(), plans, runs)).toEqual(replay(new HeapClock(), plans, runs));
      }),
    );
  });
});
