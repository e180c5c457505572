import { describe, expect, it } from "vitest";
import type { KubeObject } from "../api/store";
import type { Pod } from "../api/types";
import { simulate } from "../simulate";
import { budgetStatus, evictionVerdict, PDB_VIOLATION } from "./disruption";

// Rules from pkg/controller/disruption/disruption.go (getExpectedPodCount, countHealthyPods) and
// pkg/registry/core/pod/storage/eviction.go (the eviction subresource's checks).

const rs: KubeObject = { apiVersion: "apps/v1", kind: "ReplicaSet", metadata: { name: "web-1", namespace: "default", uid: "rs" }, spec: { replicas: 3 } };
function pod(name: string, o: { ready?: boolean; phase?: string; deleting?: boolean; labels?: Record<string, string> } = {}): Pod {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name, namespace: "default", labels: o.labels ?? { app: "web" }, ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-1", uid: "rs", controller: true }], ...(o.deleting ? { deletionTimestamp: "2025-09-01T09:00:30Z" } : {}) },
    spec: { containers: [{ name: "app", image: "nginx" }] },
    status: { phase: (o.phase ?? "Running") as "Running", conditions: [{ type: "Ready", status: o.ready === false ? "False" : "True" }] },
  };
}
const pdb = (spec: Record<string, unknown>): KubeObject => ({ apiVersion: "policy/v1", kind: "PodDisruptionBudget", metadata: { name: "web", namespace: "default" }, spec: { selector: { matchLabels: { app: "web" } }, ...spec } });
const owner = () => rs;

describe("budgetStatus", () => {
  const pods = [pod("a"), pod("b"), pod("c", { ready: false })];
  it("integer minAvailable: expected = matched pods, desired = minAvailable", () => {
    expect(budgetStatus(pdb({ minAvailable: 2 }), pods, owner)).toEqual({ expectedPods: 3, desiredHealthy: 2, currentHealthy: 2, disruptionsAllowed: 0 });
  });
  it("maxUnavailable: expected = the controller's scale; percents round up", () => {
    expect(budgetStatus(pdb({ maxUnavailable: 1 }), pods, owner)).toEqual({ expectedPods: 3, desiredHealthy: 2, currentHealthy: 2, disruptionsAllowed: 0 });
    // 34% of 3 rounds up to 2 unavailable: desired 1.
    expect(budgetStatus(pdb({ maxUnavailable: "34%" }), pods, owner).desiredHealthy).toBe(1);
    // minAvailable 50% of 3 rounds up to 2.
    expect(budgetStatus(pdb({ minAvailable: "50%" }), pods, owner).desiredHealthy).toBe(2);
  });
  it("an empty selector covers every pod of the namespace, a missing one none (policy/v1)", () => {
    const pods = [pod("a"), pod("b", { labels: { app: "db" } })];
    const any = { ...pdb({ minAvailable: 1 }), spec: { selector: {}, minAvailable: 1 } };
    const none = { ...pdb({ minAvailable: 1 }), spec: { minAvailable: 1 } };
    expect(budgetStatus(any, pods, owner).currentHealthy).toBe(2);
    expect(budgetStatus(none, pods, owner).currentHealthy).toBe(0);
  });
  it("pods being deleted are not healthy", () => {
    expect(budgetStatus(pdb({ minAvailable: 1 }), [pod("a"), pod("b", { deleting: true })], owner).currentHealthy).toBe(1);
  });
});

describe("evictionVerdict", () => {
  it("refuses with 429 and the budget's numbers when no disruption is allowed", () => {
    const pods = [pod("a"), pod("b")];
    const v = evictionVerdict(pods[0], [pdb({ minAvailable: 2 })], pods, owner);
    expect(v).toEqual({ allowed: false, code: 429, message: PDB_VIOLATION, cause: "The disruption budget web needs 2 healthy pods and has 2 currently" });
    expect(evictionVerdict(pods[0], [pdb({ minAvailable: 1 })], pods, owner)).toEqual({ allowed: true });
  });
  it("pending, terminal and deleting pods skip the budget", () => {
    const b = [pdb({ minAvailable: 5 })];
    for (const p of [pod("a", { phase: "Pending" }), pod("a", { phase: "Succeeded" }), pod("a", { phase: "Failed" }), pod("a", { deleting: true })]) expect(evictionVerdict(p, b, [p], owner).allowed).toBe(true);
  });
  it("a not-ready pod: IfHealthyBudget lets it go when the budget is met, AlwaysAllow always", () => {
    const pods = [pod("a"), pod("b"), pod("c", { ready: false })];
    expect(evictionVerdict(pods[2], [pdb({ minAvailable: 2 })], pods, owner).allowed).toBe(true);
    expect(evictionVerdict(pods[2], [pdb({ minAvailable: 3 })], pods, owner).allowed).toBe(false);
    expect(evictionVerdict(pods[2], [pdb({ minAvailable: 3, unhealthyPodEvictionPolicy: "AlwaysAllow" })], pods, owner).allowed).toBe(true);
  });
  it("two budgets for one pod is an error", () => {
    const pods = [pod("a")];
    const v = evictionVerdict(pods[0], [pdb({ minAvailable: 0 }), { ...pdb({ minAvailable: 0 }), metadata: { name: "other", namespace: "default" } }], pods, owner);
    expect(v.allowed).toBe(false);
    if (!v.allowed) expect(v.message).toBe("This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.");
  });
  it("pods of other namespaces and labels are not covered", () => {
    const p = pod("a", { labels: { app: "db" } });
    expect(evictionVerdict(p, [pdb({ minAvailable: 5 })], [p], owner).allowed).toBe(true);
  });
});

const deployment = (replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: app, image: nginx, resources: {requests: {cpu: 100m}}}]`;

describe("PodDisruptionBudget in a cluster", () => {
  it("is admitted and validated as the API server does", () => {
    const res = simulate(`apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: both}
spec: {minAvailable: 1, maxUnavailable: 1, selector: {matchLabels: {app: web}}}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: pct}
spec: {minAvailable: "150%", selector: {matchLabels: {app: web}}}`, { until: 1 });
    const msgs = res.errors.map((e) => e.message);
    expect(msgs[0]).toMatch(/^PodDisruptionBudget\.policy "both" is invalid: spec: Invalid value: policy\.PodDisruptionBudgetSpec\{.*\}: minAvailable and maxUnavailable cannot be both set$/);
    expect(msgs[1]).toBe('PodDisruptionBudget.policy "pct" is invalid: spec.minAvailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%');
  });

  it("makes kubectl drain wait: one pod at a time, retrying every 5 s", () => {
    const text = `apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  nodes: [{name: node-1}, {name: node-2}]
  actions:
  - {at: 60s, drain: node-1}
---
${deployment(4)}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web}
spec: {maxUnavailable: 1, selector: {matchLabels: {app: web}}}`;
    const res = simulate(text, { until: 200 });
    expect(res.errors).toEqual([]);
    const refused = res.trace.notes.filter((n) => n.code === "evictionRefused");
    expect(refused.length).toBeGreaterThan(0);
    expect(refused[0].message).toMatch(/error when evicting pods\/"web-[a-z0-9-]+" -n "default" \(will retry after 5s\): Cannot evict pod as it would violate the pod's disruption budget\./);
    // Every refused attempt is 5 s after an earlier attempt at 60 s.
    for (const n of refused) expect((n.t - 60) % 5).toBe(0);
    // Eventually every pod left node-1 (the replacements became ready on node-2).
    const final = new Map<string, Pod>();
    for (const e of res.trace.entries)
      if (e.type === "write" && e.ref.kind === "Pod") {
        if (e.object) final.set(e.ref.name, e.object);
        else final.delete(e.ref.name);
      }
    expect([...final.values()].filter((p) => p.spec?.nodeName === "node-1")).toEqual([]);
  });

  it("refuses to drain a node with a pod no controller owns", () => {
    const text = `apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  actions:
  - {at: 10s, drain: node-1}
---
apiVersion: v1
kind: Pod
metadata: {name: bare}
spec:
  containers: [{name: app, image: nginx}]`;
    const res = simulate(text, { until: 30 });
    expect(res.trace.notes.find((n) => n.code === "drainRefused")?.message).toBe('at 10s: error: unable to drain node "node-1" due to error: cannot delete Pods that declare no controller (use --force to override): default/bare, continuing command...');
    expect(res.trace.entries.some((e) => e.type === "write" && e.ref.name === "bare" && e.object?.metadata?.deletionTimestamp)).toBe(false);
  });

  it("keeps the descheduler from evicting what the budget protects", () => {
    const text = (minAvailable: number) => `apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  actions:
  - {at: 30s, uncordon: node-2}
  - at: 60s
    deschedule: {removeDuplicates: true}
---
apiVersion: v1
kind: Node
metadata: {name: node-1}
---
apiVersion: v1
kind: Node
metadata: {name: node-2}
spec: {unschedulable: true}
---
${deployment(4)}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: {name: web}
spec: {minAvailable: ${minAvailable}, selector: {matchLabels: {app: web}}}`;
    const evicted = (m: number) => simulate(text(m), { until: 90 }).trace.notes.filter((n) => n.code === "descheduled").length;
    const refused = simulate(text(4), { until: 90 }).trace.notes.filter((n) => n.code === "evictionRefused");
    // RemoveDuplicates would evict 2 of the 4 (half to the other node); minAvailable 3 allows one.
    expect(evicted(0)).toBe(2);
    expect(evicted(3)).toBe(1);
    expect(evicted(4)).toBe(0);
    expect(refused.length).toBe(2);
    expect(refused[0].message).toMatch(/the descheduler could not evict default\/web-.*: Cannot evict pod as it would violate the pod's disruption budget\. \(The disruption budget web needs 4 healthy pods and has 4 currently\)$/);
  });
});
