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

/**
 * Any input: valid documents of every kind with values replaced by hostile ones (numbers that
 * overflow or are not finite, prototype names, wrong types, huge replicas), keys deleted and
 * prototype-named keys added. Whatever the result, `simulate` answers; it never throws.
 */
const HOSTILE: unknown[] = [
  1e308, -1e308, -1, 0, 0.5, 2 ** 31, 2 ** 31 - 1, 2 ** 53 + 2, 1e9, NaN, Infinity, -Infinity,
  "", "1e400", "1e2147483647", "1e-2147483647", "-1", "9223372036854775808m", "constructor", "__proto__", "toString", "x".repeat(300), "1.5.5", "0x10", "10Ei", "NaN",
  null, true, false, {}, [], { constructor: "1" }, { __proto__: "x" }, ["constructor"], [null], { a: { b: { c: 1 } } },
];

const withProtoKey = (k: string, v: unknown) => Object.fromEntries([[k, v]]);

function seedCluster(): Record<string, unknown>[] {
  const tmpl = { metadata: { labels: { app: "a" } }, spec: { containers: [{ name: "c", image: "busybox:1.36", command: ["sh", "-c", "i=0; while true; do i=$((i+1)); sleep 2; done"], resources: { requests: { cpu: "10m", memory: "8Mi" }, limits: { memory: "64Mi" } }, livenessProbe: { exec: { command: ["true"] }, periodSeconds: 5 } }] } };
  return [
    { apiVersion: "v1", kind: "Pod", metadata: { name: "p", labels: { app: "a" }, annotations: { k: "v" } }, spec: { ...structuredClone(tmpl.spec), nodeSelector: { "kubernetes.io/hostname": "node-1" }, terminationGracePeriodSeconds: 5, priorityClassName: "system-node-critical" } },
    { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "d" }, spec: { replicas: 3, selector: { matchLabels: { app: "a" } }, strategy: { rollingUpdate: { maxSurge: "25%", maxUnavailable: 1 } }, template: structuredClone(tmpl) } },
    { apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "rs" }, spec: { replicas: 2, selector: { matchLabels: { app: "b" } }, template: { ...structuredClone(tmpl), metadata: { labels: { app: "b" } } } } },
    { apiVersion: "batch/v1", kind: "Job", metadata: { name: "j" }, spec: { parallelism: 2, completions: 4, backoffLimit: 2, template: { spec: { ...structuredClone(tmpl.spec), restartPolicy: "Never" } } } },
    { apiVersion: "v1", kind: "Service", metadata: { name: "s" }, spec: { selector: { app: "a" }, ports: [{ port: 80, targetPort: 8080 }] } },
    { apiVersion: "v1", kind: "LimitRange", metadata: { name: "lr" }, spec: { limits: [{ type: "Container", default: { cpu: "100m" }, max: { memory: "1Gi" } }] } },
    { apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "pdb" }, spec: { minAvailable: 1, selector: { matchLabels: { app: "a" } } } },
    {
      apiVersion: "podplay.dev/v1alpha1",
      kind: "Scenario",
      spec: {
        duration: "3m",
        featureGates: { PodLevelResources: true },
        nodes: [{ name: "node-1", cpu: "4", memory: "8Gi", labels: { zone: "a" } }, { name: "node-2" }],
        images: [{ image: "busybox:1.36", pullSeconds: 2 }],
        behaviors: [{ image: "busybox:1.36", memory: { start: "1Mi", growPerSecond: "1Mi" }, exit: { after: "90s", code: 1 } }],
        actions: [
          { at: 20, scale: { deployment: "d", replicas: 5 } },
          { at: 30, setImage: { deployment: "d", container: "c", image: "busybox:1.37" } },
          { at: 40, delete: { selector: { app: "a" }, gracePeriodSeconds: 1 } },
          { at: 50, nodeDown: "node-2" },
          { at: 60, crash: { pod: "p", container: "c", exitCode: 2 } },
          { at: 70, apply: [{ apiVersion: "v1", kind: "Pod", metadata: { name: "later" }, spec: { containers: [{ name: "c", image: "nginx" }] } }] },
          { at: 80, deschedule: { removeDuplicates: true, lowNodeUtilization: { thresholds: { cpu: 20 }, targetThresholds: { cpu: 50 } } } },
        ],
      },
    },
  ];
}

/** Every path to a value in `v`, parents before children. */
function paths(v: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      const p = [...at, Array.isArray(v) ? Number(k) : k];
      out.push(p);
      paths(x, p, out);
    }
  }
  return out;
}

function mutate(doc: Record<string, unknown>, pick: number, how: number, value: unknown): void {
  const all = paths(doc);
  if (!all.length) return;
  const path = all[pick % all.length];
  let parent = doc as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (how === 0) delete parent[last];
  else if (how === 1 && parent[last] && typeof parent[last] === "object" && !Array.isArray(parent[last])) {
    const key = String(HOSTILE[pick % 3 === 0 ? 18 : pick % 3 === 1 ? 19 : 20]);
    parent[last] = { ...(parent[last] as object), ...withProtoKey(key, value) };
  } else parent[last] = value;
}

const hostileText = fc
  .array(fc.record({ doc: fc.nat(7), pick: fc.nat(), how: fc.nat(2), value: fc.constantFrom(...HOSTILE) }), { minLength: 1, maxLength: 8 })
  .map((ms) => {
    const docs = seedCluster();
    for (const m of ms) mutate(docs[m.doc], m.pick, m.how, structuredClone(m.value));
    // JSON is YAML; NaN and Infinity are written as YAML's .nan and .inf.
    return docs.map((d) => dump(d)).join("---\n");
  });

describe("simulate: no generated input makes it throw (fast-check)", () => {
  it("answers with errors, notes or a trace for any mutation of a valid cluster", () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const r = simulate(text, { until: 120 });
        for (const e of r.errors) {
          expect(typeof e.message).toBe("string");
          expect(e.line).toBeGreaterThan(0);
        }
        expect(r.trace.until).toBeLessThanOrEqual(120);
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});
