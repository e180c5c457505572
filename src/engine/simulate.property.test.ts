import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dump } from "js-yaml";
import { simulate } from "./simulate";
import type { Pod } from "./api/types";
import type { EventEntry, RuntimeEntry, WriteEntry } from "./trace/types";

/** Random but valid pods: busybox scripts that sleep and exit, servers, probes of every kind, hooks. */
const script = fc.oneof(
  fc.record({ sleep: fc.integer({ min: 0, max: 40 }), code: fc.integer({ min: 0, max: 3 }) }).map(({ sleep, code }) => `sleep ${sleep}; exit ${code}`),
  fc.integer({ min: 1, max: 60 }).map((s) => `touch /tmp/ok; sleep ${s}; rm -f /tmp/ok; sleep 3600`),
  fc.constant("while true; do sleep 5; done"),
  fc.constant("echo hi"),
);

const probe = fc.record({
  kind: fc.constantFrom("exec", "http", "tcp", "grpc"),
  initialDelaySeconds: fc.integer({ min: 0, max: 10 }),
  periodSeconds: fc.integer({ min: 1, max: 10 }),
  failureThreshold: fc.integer({ min: 1, max: 4 }),
  timeoutSeconds: fc.integer({ min: 1, max: 3 }),
});

function probeSpec(p: { kind: string; initialDelaySeconds: number; periodSeconds: number; failureThreshold: number; timeoutSeconds: number }, success = 1) {
  const handler =
    p.kind === "exec" ? { exec: { command: ["cat", "/tmp/ok"] } } : p.kind === "http" ? { httpGet: { path: "/", port: 80 } } : p.kind === "tcp" ? { tcpSocket: { port: 80 } } : { grpc: { port: 2379 } };
  return { ...handler, initialDelaySeconds: p.initialDelaySeconds, periodSeconds: p.periodSeconds, failureThreshold: p.failureThreshold, timeoutSeconds: p.timeoutSeconds, successThreshold: success };
}

const container = (name: string) =>
  fc
    .record({
      image: fc.constantFrom("busybox:1.36", "nginx:1.27", "registry.k8s.io/e2e-test-images/agnhost:2.40", "registry.k8s.io/etcd:3.5.1-0", "example.com/app:1"),
      script,
      liveness: fc.option(probe, { nil: undefined }),
      readiness: fc.option(probe, { nil: undefined }),
      startup: fc.option(probe, { nil: undefined }),
      memoryLimit: fc.option(fc.constantFrom("64Mi", "1Gi"), { nil: undefined }),
    })
    .map((c) => {
      const out: Record<string, unknown> = { name, image: c.image };
      if (c.image.startsWith("busybox")) out.command = ["sh", "-c", c.script];
      if (c.image.includes("agnhost")) out.args = ["liveness"];
      if (c.liveness) out.livenessProbe = probeSpec(c.liveness);
      if (c.readiness) out.readinessProbe = probeSpec(c.readiness);
      if (c.startup) out.startupProbe = probeSpec(c.startup);
      if (c.memoryLimit) out.resources = { limits: { memory: c.memoryLimit } };
      return out;
    });

const podText = fc
  .record({
    restartPolicy: fc.constantFrom("Always", "OnFailure", "Never"),
    containers: fc.array(fc.nat(), { minLength: 1, maxLength: 2 }),
    inits: fc.array(fc.record({ script, sidecar: fc.boolean() }), { maxLength: 2 }),
    grace: fc.constantFrom(undefined, 5, 30),
    deleteAt: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
  })
  .chain((p) =>
    fc.tuple(...p.containers.map((_, i) => container(`c${i}`))).map((containers) => {
      const spec: Record<string, unknown> = { restartPolicy: p.restartPolicy, containers };
      if (p.grace !== undefined) spec.terminationGracePeriodSeconds = p.grace;
      if (p.inits.length)
        spec.initContainers = p.inits.map((i, k) => ({
          name: `init${k}`,
          image: "busybox:1.36",
          command: ["sh", "-c", i.sidecar ? "sleep 3600" : i.script.replace(/exit \d/, "exit 0")],
          ...(i.sidecar ? { restartPolicy: "Always" } : {}),
        }));
      const docs = [dump({ apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec })];
      if (p.deleteAt) docs.push(dump({ apiVersion: "podplay.dev/v1alpha1", kind: "Scenario", spec: { actions: [{ at: p.deleteAt, delete: { pod: "p" } }] } }));
      return docs.join("---\n");
    }),
  );

const BACKOFF = new Set(["10s", "20s", "40s", "1m20s", "2m40s", "5m0s"]);

describe("simulate: properties over random pods (fast-check)", () => {
  it("never throws, keeps every invariant of the kubelet, and is deterministic", () => {
    fc.assert(
      fc.property(podText, (text) => {
        const r = simulate(text, { until: 400 });
        expect(r.errors).toEqual([]);
        const writes = r.trace.entries.filter((e): e is WriteEntry => e.type === "write" && e.ref.kind === "Pod");
        const lastCount = new Map<string, number>();
        let terminal: string | undefined;
        for (const w of writes) {
          const pod = w.object as Pod | null;
          if (!pod) continue;
          // restartCount never decreases
          for (const s of [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])]) {
            expect(s.restartCount).toBeGreaterThanOrEqual(lastCount.get(s.name) ?? 0);
            lastCount.set(s.name, s.restartCount);
          }
          // Succeeded and Failed are terminal
          const phase = pod.status?.phase;
          if (terminal) expect(phase).toBe(terminal);
          if (phase === "Succeeded" || phase === "Failed") terminal = phase;
        }
        // A container is never running twice: starts and exits alternate per container.
        const live = new Map<string, number>();
        for (const e of r.trace.entries) {
          if (e.type === "event" && (e as EventEntry).event.reason === "Started") {
            const name = (e as EventEntry).event.message.replace("Started container ", "");
            live.set(name, (live.get(name) ?? 0) + 1);
            expect(live.get(name)).toBe(1);
          }
          if (e.type === "runtime") {
            const x = e as RuntimeEntry;
            live.set(x.container, (live.get(x.container) ?? 0) - 1);
            expect(live.get(x.container)).toBe(0);
          }
        }
        // Back-off delays shown in CrashLoopBackOff messages are 10 s doubling to 300 s.
        for (const w of writes) {
          for (const s of [...((w.object as Pod | null)?.status?.containerStatuses ?? []), ...((w.object as Pod | null)?.status?.initContainerStatuses ?? [])]) {
            const m = /^back-off (\S+) restarting failed container=/.exec(s.state?.waiting?.message ?? "");
            if (!m) continue;
            expect(BACKOFF.has(m[1])).toBe(true);
          }
        }
        // Same input, byte-identical trace.
        expect(JSON.stringify(simulate(text, { until: 400 }).trace)).toBe(JSON.stringify(r.trace));
      }),
      { numRuns: 60 },
    );
  });

  it("crash-loop waits are 0, then 10·2^k s capped at 300 s, measured from each exit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.constantFrom("Always", "OnFailure"), (life, policy) => {
        const text = dump({ apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { restartPolicy: policy, containers: [{ name: "c", image: "busybox:1.36", command: ["sh", "-c", `sleep ${life}; exit 1`] }] } });
        const r = simulate(text, { until: 1800 });
        const exits = r.trace.entries.filter((e): e is RuntimeEntry => e.type === "runtime").map((e) => e.t);
        const starts = r.trace.entries.filter((e): e is EventEntry => e.type === "event" && e.event.reason === "Started").map((e) => e.t);
        for (let k = 1; k < starts.length; k++) {
          const wait = starts[k] - exits[k - 1];
          const expected = k === 1 ? 0 : Math.min(10 * 2 ** (k - 2), 300);
          // The kubelet looks again at the next PLEG relist (<= 1 s) and then every 10 s (v1.34).
          expect(wait).toBeGreaterThanOrEqual(expected);
          expect(wait).toBeLessThanOrEqual(expected + (k === 1 ? 1.01 : 11));
        }
      }),
      { numRuns: 20 },
    );
  });
});
