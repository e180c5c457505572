import { describe, expect, it } from "vitest";
import { admitAll, admitPodFromTemplate, newAdmissionState } from "../admission/index";
import type { Pod } from "../api/types";
import { Cluster } from "../cluster/cluster";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { MAX_PODS } from "../limits";
import { defaultScenario } from "../scenario/scenario";
import { simulate } from "../simulate";
import type { EventEntry } from "../trace/types";

/** A cluster as simulate() wires it, with a small pod limit so the behaviour at the limit is quick to see. */
function run(text: string, until: number, maxPods: number) {
  const parsed = parseYamlDocuments(text);
  const admission = newAdmissionState();
  const admitted = admitAll(parsed.docs, { state: admission });
  expect(admitted.errors).toEqual([]);
  const cluster = new Cluster(defaultScenario(), undefined, { admitPod: (pod) => admitPodFromTemplate(pod, { state: admission }), maxPods });
  for (const o of admitted.objects) cluster.apply(o.object, { rule: "apply", data: { document: o.document } });
  cluster.run(until);
  const events = (reason: string) => cluster.trace.entries.filter((e): e is EventEntry => e.type === "event" && e.event.reason === reason);
  return { cluster, events, pods: () => cluster.store.list("Pod") as Pod[] };
}

const template = (restartPolicy: string) => `  template:
    metadata: {labels: {app: x}}
    spec:
      restartPolicy: ${restartPolicy}
      containers: [{name: c, image: busybox:1.36, command: ["sh", "-c", "sleep 3600"]}]
`;

describe("podplay's pod limit (docs/limits.md)", () => {
  it("a ReplicaSet of 1,000,000,000 replicas creates pods up to the limit, then one FailedCreate per sync, as slowStartBatch stops at the first error", () => {
    const r = run(`apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: rs}\nspec:\n  replicas: 1000000000\n  selector: {matchLabels: {app: x}}\n${template("Always")}`, 30, 25);
    expect(r.pods()).toHaveLength(25);
    expect(r.events("SuccessfulCreate")).toHaveLength(25);
    const failed = r.events("FailedCreate");
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThan(200);
    expect(failed[0].event.message).toMatch(/^Error creating: pods "rs-[a-z0-9]{5}" is forbidden: podplay limit: at most 25 pods may exist at once in a simulation \(see docs\/limits\.md\)$/);
    expect(r.cluster.trace.notes.map((n) => [n.code, n.message])).toEqual([["podLimit", "at 0s: 25 pods exist, podplay's limit for one simulation: more pods are refused until some are deleted (see docs/limits.md)"]]);
  });

  it("a Job with parallelism 1,000,000,000 stops at the limit too", () => {
    const r = run(`apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 1000000000\n  completions: 1000000000\n${template("Never")}`, 30, 25);
    expect(r.pods()).toHaveLength(25);
    expect(r.events("FailedCreate")[0].event.message).toContain("podplay limit: at most 25 pods");
  });

  it("at full size, replicas: 1000000000 finishes in seconds with exactly MAX_PODS pods", () => {
    const t0 = performance.now();
    const r = simulate(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: 1000000000\n  selector: {matchLabels: {app: x}}\n${template("Always")}`, { until: 5 });
    expect(performance.now() - t0).toBeLessThan(20_000);
    const creates = r.trace.entries.filter((e) => e.type === "event" && (e as EventEntry).event.reason === "SuccessfulCreate");
    expect(creates).toHaveLength(MAX_PODS);
    expect(r.trace.notes.map((n) => n.code)).toContain("podLimit");
  }, 30_000);
});
