import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { cliJson } from "../output/cliJson";
import { editLabels, editTaints } from "../cluster/kubectlEdits";
import { minTolerationTime, tolerates } from "./taintEviction";

function run(yaml: string, until: number) {
  const r = simulate(yaml, { until });
  const j = cliJson(r);
  const rowAt = (name: string, t: number) => [...j.watch].reverse().find((w) => w.pod === name && w.t <= t);
  const events = (reason: string, pod?: string) => j.events.filter((e) => e.reason === reason && (!pod || e.object === `Pod/${pod}`));
  return { r, j, rowAt, events };
}

const pod = (name: string, spec = "") => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
${spec}  containers:
  - name: app
    image: nginx:1.27
---
`;

const scenario = (actions: string) => `apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  actions:
${actions}`;

describe("NoExecute taints (pkg/controller/tainteviction/taint_eviction.go)", () => {
  it("evicts at once the pods that do not tolerate the taint, after tolerationSeconds those that do for a while, never those that do for ever", () => {
    const y =
      pod("plain") +
      pod("brief", "  tolerations:\n  - {key: maint, operator: Exists, effect: NoExecute, tolerationSeconds: 20}\n") +
      pod("forever", "  tolerations:\n  - {key: maint, operator: Equal, value: 'yes', effect: NoExecute}\n") +
      scenario("  - at: 30s\n    taint: {node: node-1, key: maint, value: 'yes', effect: NoExecute}\n");
    const { events, rowAt } = run(y, 90);
    expect(events("TaintManagerEviction").map((e) => [e.t, e.object, e.message])).toEqual([
      [30, "Pod/plain", "Marking for deletion Pod default/plain"],
      [50, "Pod/brief", "Marking for deletion Pod default/brief"],
    ]);
    expect(events("TaintManagerEviction")[0].source).toBe("taint-eviction-controller");
    expect(rowAt("plain", 31)?.deleted).toBe(true);
    expect(rowAt("brief", 49)?.status).toBe("Running");
    expect(rowAt("forever", 89)?.status).toBe("Running");
  });

  it("removing the taint before tolerationSeconds cancels the eviction; NoSchedule evicts nothing", () => {
    const y =
      pod("brief", "  tolerations:\n  - {key: maint, operator: Exists, effect: NoExecute, tolerationSeconds: 20}\n") +
      pod("plain") +
      scenario(
        "  - at: 10s\n    taint: {node: node-1, key: dedicated, effect: NoSchedule}\n" +
          "  - at: 30s\n    taint: {node: node-1, key: maint, effect: NoExecute}\n" +
          "  - at: 31s\n    taint: {node: node-1, key: maint, remove: true}\n",
      );
    const { events, rowAt } = run(y, 90);
    expect(events("TaintManagerEviction", "brief").map((e) => [e.t, e.message])).toEqual([[31, "Cancelling deletion of Pod default/brief"]]);
    expect(rowAt("brief", 89)?.status).toBe("Running");
    expect(events("TaintManagerEviction", "plain").map((e) => e.t)).toEqual([30]);
  });

  // pkg/apis/core/validation ValidatePodUpdate allows added tolerations; PodUpdated reacts to them.
  it("a toleration added by a pod update makes the controller look again; the eviction already queued stays", () => {
    const y =
      pod("brief", "  tolerations:\n  - {key: maint, operator: Exists, effect: NoExecute, tolerationSeconds: 20}\n") +
      scenario(
        "  - at: 30s\n    taint: {node: node-1, key: maint, effect: NoExecute}\n" +
          "  - at: 35s\n    patch: {pod: brief, type: json, patch: [{op: add, path: /spec/tolerations/-, value: {key: maint, operator: Exists, effect: NoExecute}}]}\n",
      );
    const { events, rowAt } = run(y, 90);
    // The first matching toleration is the one used (GetMatchingTolerations: 20 s), and processPodOnNode
    // keeps a work created earlier (its start time is before now).
    expect(events("TaintManagerEviction", "brief").map((e) => e.t)).toEqual([50]);
    expect(rowAt("brief", 49)?.status).toBe("Running");
    expect(rowAt("brief", 51)?.deleted).toBe(true);
  });
});

describe("node labels and taints change scheduling (the scheduler's queue moves unschedulable pods on a Node update)", () => {
  it("a label a Pending pod's nodeSelector wants schedules it; a NoSchedule taint keeps new pods off", () => {
    const y =
      pod("ssd", "  nodeSelector: {disk: ssd}\n") +
      scenario(
        "  - at: 10s\n    label: {node: node-1, labels: {disk: ssd}}\n" +
          "  - at: 20s\n    taint: {node: node-1, key: dedicated, value: db, effect: NoSchedule}\n" +
          "  - at: 25s\n    apply:\n    - {apiVersion: v1, kind: Pod, metadata: {name: late}, spec: {containers: [{name: app, image: nginx:1.27}]}}\n",
      );
    const { events, rowAt } = run(y, 40);
    expect(events("Scheduled", "ssd").map((e) => e.t)).toEqual([10]);
    expect(rowAt("ssd", 39)?.status).toBe("Running");
    expect(rowAt("late", 39)).toMatchObject({ status: "Pending", node: "<none>" });
    expect(events("FailedScheduling", "late")[0].message).toBe("0/1 nodes are available: 1 node(s) had untolerated taint {dedicated: db}. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.");
  });

  it("kubectl's own refusals are the run's errors", () => {
    const y = pod("web") + scenario("  - at: 5s\n    label: {node: node-1, labels: {kubernetes.io/os: windows}}\n  - at: 6s\n    taint: {node: node-1, key: k, remove: true}\n  - at: 7s\n    label: {node: node-9, labels: {a: b}}\n");
    const { r } = run(y, 10);
    expect(r.errors.map((e) => e.message)).toEqual([
      "kubectl label node node-1: error: 'kubernetes.io/os' already has a value (linux), and --overwrite is false",
      'kubectl taint node node-1: error: taint "k" not found',
      'kubectl label node node-9: Error from server (NotFound): nodes "node-9" not found',
    ]);
  });
});

describe("kubectl label and taint (staging/src/k8s.io/kubectl/pkg/cmd/label/label.go, taint/taint.go)", () => {
  it("labels: --overwrite for a new value, a missing key to remove is a warning", () => {
    expect(editLabels({ a: "1" }, { a: "1", b: "2" }, ["c"], false)).toEqual({ labels: { a: "1", b: "2" }, warnings: ['label "c" not found.'] });
    expect(editLabels({ a: "1" }, { a: "2" }, [], true)).toEqual({ labels: { a: "2" }, warnings: [] });
    expect(editLabels({}, {}, [], false)).toEqual({ error: "error: at least one label update is required" });
  });

  it("taints: an effect to add, --overwrite for the same key and effect, key- removes every effect", () => {
    const t = [{ key: "k", value: "v", effect: "NoSchedule" }, { key: "k", effect: "NoExecute" }];
    expect(editTaints("n", t, { key: "k", remove: true, overwrite: false })).toEqual({ taints: [], verb: "untainted" });
    expect(editTaints("n", t, { key: "k", effect: "NoExecute", remove: true, overwrite: false })).toEqual({ taints: [t[0]], verb: "untainted" });
    expect(editTaints("n", t, { key: "k", value: "w", effect: "NoSchedule", remove: false, overwrite: false })).toEqual({ error: "error: node n already has k taint(s) with same effect(s) and --overwrite is false" });
    expect(editTaints("n", t, { key: "k", value: "w", effect: "NoSchedule", remove: false, overwrite: true })).toMatchObject({ verb: "modified" });
    expect(editTaints("n", [], { key: "k", value: "v", remove: false, overwrite: false })).toEqual({ error: "error: invalid taint spec: k=v" });
  });

  // k8s.io/api/core/v1/toleration.go ToleratesTaint; taint_eviction.go getMinTolerationTime.
  it("toleration matching and the smallest tolerationSeconds", () => {
    expect(tolerates({ operator: "Exists" }, { key: "k", effect: "NoExecute" })).toBe(true);
    expect(tolerates({ key: "k", value: "v" }, { key: "k", value: "w", effect: "NoExecute" })).toBe(false);
    expect(tolerates({ key: "k", operator: "Exists", effect: "NoSchedule" }, { key: "k", effect: "NoExecute" })).toBe(false);
    expect(minTolerationTime([{ tolerationSeconds: 30 }, { tolerationSeconds: 10 }, {}])).toBe(10);
    expect(minTolerationTime([{}])).toBe(-1);
    expect(minTolerationTime([{ tolerationSeconds: -5 }])).toBe(0);
  });
});

describe("the API server validates the node after kubectl's edit (pkg/apis/core/validation validateNodeTaints, ValidateLabels)", () => {
  it("a taint key that is not a qualified name, or a bad label value, is refused", () => {
    const y = pod("web") + scenario("  - at: 5s\n    taint: {node: node-1, key: 'bad key', effect: NoSchedule}\n  - at: 6s\n    label: {node: node-1, labels: {disk: 'not ok'}}\n");
    const { r } = run(y, 10);
    expect(r.errors.map((e) => e.message.split(": ").slice(0, 3).join(": "))).toEqual(['Node "node-1" is invalid: spec.taints[0].key: Invalid value', 'Node "node-1" is invalid: metadata.labels: Invalid value']);
  });
});
