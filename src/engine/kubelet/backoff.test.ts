import { describe, expect, it } from "vitest";
import { Backoff } from "./backoff";

// Models: staging/src/k8s.io/client-go/util/flowcontrol/backoff.go and
// pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff (kubelet.md §4.2).
describe("crash-loop back-off", () => {
  it("has no entry before the first restart, then 10 s doubling to 300 s", () => {
    let now = 0;
    const b = new Backoff(10, 300, () => now);
    expect(b.isInBackOffSince("k", 0)).toBe(false);
    const delays: number[] = [];
    let exit = 0;
    for (let i = 0; i < 8; i++) {
      now = exit + b.get("k");
      expect(b.isInBackOffSince("k", exit)).toBe(false);
      b.next("k", exit);
      delays.push(b.get("k"));
      exit = now + 1;
    }
    expect(delays).toEqual([10, 20, 40, 80, 160, 300, 300, 300]);
  });

  it("is in back-off while less than the delay has passed since the exit", () => {
    let now = 100;
    const b = new Backoff(10, 300, () => now);
    b.next("k", 100);
    now = 105;
    expect(b.isInBackOffSince("k", 100)).toBe(true);
    now = 110;
    expect(b.isInBackOffSince("k", 100)).toBe(false);
  });

  it("starts over when the exit is more than 600 s after the last update (kubelet.go HasExpiredFunc)", () => {
    let now = 0;
    const b = new Backoff(10, 300, () => now);
    b.next("k", 0);
    b.next("k", 0);
    expect(b.get("k")).toBe(20);
    now = 700;
    expect(b.isInBackOffSince("k", 650)).toBe(false);
    b.next("k", 650);
    expect(b.get("k")).toBe(10);
  });
});
