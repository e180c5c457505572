import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MinHeap } from "./heap";
import { Clock } from "./clock";

describe("MinHeap", () => {
  it("pops in (time, sequence) order for any input", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 200 }), (times) => {
        const h = new MinHeap<{ t: number; seq: number }>();
        times.forEach((t, seq) => h.push({ t, seq }));
        const out: Array<{ t: number; seq: number }> = [];
        for (let e = h.pop(); e; e = h.pop()) out.push(e);
        const want = times.map((t, seq) => ({ t, seq })).sort((a, b) => a.t - b.t || a.seq - b.seq);
        expect(out).toEqual(want);
      }),
    );
  });
});

describe("Clock", () => {
  it("runs callbacks scheduled at the same instant in scheduling order and skips cancelled ones", () => {
    const c = new Clock();
    const log: string[] = [];
    c.at(5, () => log.push("a"));
    const dead = c.at(5, () => log.push("dead"));
    c.at(5, () => log.push("b"));
    c.at(1, () => c.after(4, () => log.push("c")));
    dead.dead = true;
    c.run(10);
    expect(log).toEqual(["a", "b", "c"]);
    expect(c.now).toBe(10);
  });

  it("rounds times to the millisecond so repeated periods do not drift", () => {
    const c = new Clock();
    let t = 0;
    for (let i = 0; i < 10; i++) t += 0.1;
    const timer = c.at(t, () => undefined);
    expect(timer.t).toBe(1);
  });
});
