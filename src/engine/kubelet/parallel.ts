/**
 * Sync steps are generators that yield how many simulated seconds they wait. `parallel` runs
 * several at once (the kubelet kills a pod's containers concurrently) and yields the shortest wait.
 */
export type Step<R = void> = Generator<number, R, void>;

export function* parallel(steps: Step<unknown>[]): Step {
  const clock = { t: 0 };
  const due = steps.map(() => 0);
  const live = steps.map(() => true);
  for (;;) {
    for (let i = 0; i < steps.length; i++) {
      while (live[i] && due[i] <= clock.t + 1e-9) {
        const r = steps[i].next();
        if (r.done) live[i] = false;
        else due[i] = clock.t + r.value;
      }
    }
    const pending = due.filter((_, i) => live[i]);
    if (!pending.length) return;
    const next = Math.min(...pending);
    yield next - clock.t;
    clock.t = next;
  }
}
