import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { cliJson } from "../output/cliJson";

// kubectl rollout restart (staging/src/k8s.io/kubectl/pkg/polymorphichelpers/objectrestarter.go)
// sets spec.template.metadata.annotations["kubectl.kubernetes.io/restartedAt"] to the time in RFC
// 3339; the Deployment controller (pkg/controller/deployment) sees a new template and rolls out.
const text = (deployment = "web") => `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: app, image: nginx:1.27}]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  images: [{image: nginx:1.27, present: true}]
  actions:
  - at: 30s
    rolloutRestart: {deployment: ${deployment}}
`;

describe("the rolloutRestart action", () => {
  it("annotates the template with the time and replaces every pod through a new ReplicaSet", () => {
    const r = simulate(text(), { until: 90 });
    expect(r.errors).toEqual([]);
    const json = cliJson(r);
    const podsAt = (t: number) => [...new Set(json.watch.filter((w) => w.t <= t).map((w) => w.pod))].filter((p) => {
      const last = json.watch.filter((w) => w.pod === p && w.t <= t).at(-1);
      return last && !last.deleted;
    });
    const before = podsAt(29);
    const after = podsAt(90);
    expect(before).toHaveLength(2);
    expect(after).toHaveLength(2);
    for (const p of after) expect(before).not.toContain(p);
    // The new pods' template hash differs from the old ones': a second ReplicaSet.
    const hash = (p: string) => p.split("-")[1];
    expect(new Set(after.map(hash)).size).toBe(1);
    expect(hash(after[0])).not.toBe(hash(before[0]));
    const scaled = r.trace.entries.filter((e) => e.type === "event" && e.event.reason === "ScalingReplicaSet" && e.t >= 30);
    expect(scaled.length).toBeGreaterThan(0);
    const d = r.trace.entries.find((e) => e.type === "write" && e.ref.kind === "Deployment" && e.t >= 30);
    const annotations = d?.type === "write" ? d.object?.spec?.template?.metadata?.annotations : undefined;
    // The trace's clock: t = 0 is 2025-09-01 09:00:00 UTC, so 30 s later.
    expect(annotations?.["kubectl.kubernetes.io/restartedAt"]).toBe("2025-09-01T09:00:30Z");
  });

  it("on a missing Deployment says what kubectl says", () => {
    const r = simulate(text("nope"), { until: 40 });
    expect(r.trace.notes.map((n) => n.message)).toContain('at 30s: kubectl rollout restart deployment/nope -n default: Error from server (NotFound): deployments.apps "nope" not found');
  });
});
