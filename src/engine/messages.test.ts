import { describe, expect, it } from "vitest";
import { simulate } from "./simulate";

/** Clearer messages for inputs that used to be accepted silently or misreported (issue #10). */

const base = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: app, image: nginx:1.27}]
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
`;

describe("feature gates podplay does not simulate", () => {
  it("an unknown name is warned about with the component-base wording, at its key", () => {
    const r = simulate(`${base}  featureGates:\n    NoSuchGate: true\n    ContainerRestartRules: true\n`, { until: 10 });
    expect(r.errors).toEqual([]);
    expect(r.infos.map((d) => [d.message, d.path, d.line, d.severity])).toEqual([
      [
        "unrecognized feature gate: NoSuchGate: podplay simulates only ContainerRestartRules, ContainerStopSignals, EnvFiles, HostnameOverride, ImageVolume, PodLevelResources, so this gate changes nothing here; a real kube-apiserver or kubelet refuses a name it does not know with this message",
        "spec.featureGates.NoSuchGate",
        16,
        "info",
      ],
    ]);
    expect(r.scenario.featureGates).toEqual({ ContainerRestartRules: true });
  });

  it("a simulated gate spelt in another case is refused, as gate names are case-sensitive", () => {
    const r = simulate(`${base}  featureGates:\n    podLevelResources: false\n`, { until: 10 });
    expect(r.errors.map((e) => [e.message, e.line])).toEqual([
      ['Scenario is invalid: spec.featureGates.podLevelResources: Invalid value: "podLevelResources": unrecognized feature gate: podLevelResources (feature gate names are case-sensitive: PodLevelResources)', 16],
    ]);
  });

  it("prototype names are gates like any other", () => {
    const r = simulate(`${base}  featureGates:\n    constructor: true\n    __proto__: false\n`, { until: 10 });
    expect(r.errors).toEqual([]);
    expect(r.infos.map((d) => d.path)).toEqual(["spec.featureGates.constructor", "spec.featureGates.__proto__"]);
  });
});

describe("scripted actions on what does not exist say so as kubectl would", () => {
  const notes = (actions: string) => simulate(`${base}  actions:\n${actions}`, { until: 60 }).trace.notes.map((n) => n.message);

  it("setImage on a missing Deployment is the API server's NotFound", () => {
    expect(notes("  - at: 10s\n    setImage: {deployment: nope, container: app, image: nginx:1.28}\n")).toEqual([
      'at 10s: kubectl set image deployment/nope -n default: Error from server (NotFound): deployments.apps "nope" not found',
    ]);
  });

  it("setImage on a missing container is kubectl's own error", () => {
    expect(notes("  - at: 10s\n    setImage: {deployment: web, container: nope, image: nginx:1.28}\n")).toEqual([
      'at 10s: kubectl set image deployment/web -n default: error: unable to find container named "nope"',
    ]);
  });

  it("scale on a missing Deployment is the API server's NotFound too", () => {
    expect(notes("  - at: 10s\n    scale: {deployment: nope, replicas: 2}\n")).toEqual([
      'at 10s: kubectl scale deployment/nope -n default: Error from server (NotFound): deployments.apps "nope" not found',
    ]);
  });
});
