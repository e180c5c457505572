import { describe, expect, it } from "vitest";
import { ApiStore, type KubeObject } from "../api/store";
import { Clock } from "../sim/clock";
import { TraceRecorder } from "../trace/recorder";
import type { WriteEntry } from "../trace/types";
import type { ControllerContext } from "./context";
import { EndpointSliceController, sliceName } from "./endpointSlice";

function setup() {
  const clock = new Clock();
  const trace = new TraceRecorder();
  const store = new ApiStore(clock, trace, 0);
  const ctx: ControllerContext = { clock, store, epochMs: 0, event: () => 0, admitPod: () => ({ errors: [] }), deletePod: () => false };
  new EndpointSliceController(ctx);
  const cause = { rule: "test" };
  const slices = () => store.list("EndpointSlice");
  const sliceWrites = () => trace.entries.filter((e): e is WriteEntry => e.type === "write" && e.ref.kind === "EndpointSlice");
  return { clock, trace, store, cause, slices, sliceWrites };
}

const service = (extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: "v1",
  kind: "Service",
  metadata: { name: "web", namespace: "default", uid: "svc-uid" },
  spec: { selector: { app: "web" }, clusterIP: "10.96.0.20", ports: [{ name: "http", port: 80, targetPort: "http", protocol: "TCP" }], ...extra },
});

const pod = (name: string, ip: string, ready: boolean, extra: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name, namespace: "default", uid: `uid-${name}`, labels: { app: "web" }, ...extra },
  spec: { nodeName: "node-1", containers: [{ name: "main", image: "nginx", ports: [{ name: "http", containerPort: 8080 }] }] },
  status: { phase: "Running", podIP: ip, conditions: [{ type: "Ready", status: ready ? "True" : "False" }] },
});

const setReady = (store: ApiStore, name: string, ready: boolean, extraMeta: Record<string, unknown> = {}) => {
  const p = store.get("Pod", "default", name);
  store.update(p, { ...p, metadata: { ...p.metadata, ...extraMeta }, status: { ...p.status, conditions: [{ type: "Ready", status: ready ? "True" : "False" }] } }, { rule: "test" });
};

describe("EndpointSliceController", () => {
  it("creates one slice per selecting Service with labels, owner, ports and sorted endpoints", () => {
    const r = setup();
    r.store.create(pod("web-b", "10.244.0.3", true), r.cause);
    r.store.create(pod("web-a", "10.244.0.2", true), r.cause);
    r.store.create({ ...pod("other", "10.244.0.9", true), metadata: { name: "other", namespace: "default", labels: { app: "db" } } }, r.cause);
    r.store.create(pod("no-ip", "", true), r.cause);
    r.store.create({ ...pod("done", "10.244.0.7", false), status: { phase: "Succeeded", podIP: "10.244.0.7" } }, r.cause);
    r.store.create(service(), r.cause);
    r.clock.run(0);
    const [s] = r.slices();
    expect(r.slices()).toHaveLength(1);
    expect(s.metadata.name).toBe(sliceName(service()));
    expect(s.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(s.metadata.labels).toEqual({ "kubernetes.io/service-name": "web", "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io" });
    expect(s.metadata.ownerReferences).toEqual([{ apiVersion: "v1", kind: "Service", name: "web", uid: "svc-uid", controller: true, blockOwnerDeletion: true }]);
    expect(s.addressType).toBe("IPv4");
    expect(s.ports).toEqual([{ name: "http", port: 8080, protocol: "TCP" }]);
    expect(s.endpoints).toEqual([
      { addresses: ["10.244.0.2"], conditions: { ready: true, serving: true, terminating: false }, nodeName: "node-1", targetRef: { kind: "Pod", namespace: "default", name: "web-a", uid: "uid-web-a" } },
      { addresses: ["10.244.0.3"], conditions: { ready: true, serving: true, terminating: false }, nodeName: "node-1", targetRef: { kind: "Pod", namespace: "default", name: "web-b", uid: "uid-web-b" } },
    ]);
    const w = r.sliceWrites();
    expect(w).toHaveLength(1);
    expect(w[0].cause.rule).toBe("endpointslice.sync");
    expect(w[0].cause.data).toEqual({ service: "web", ready: 2, total: 2 });
  });

  it("moves an endpoint to ready=false in the same tick as the readiness change, writing only on change", () => {
    const r = setup();
    r.store.create(service(), r.cause);
    r.store.create(pod("web-a", "10.244.0.2", true), r.cause);
    r.clock.run(0);
    r.clock.at(5, () => setReady(r.store, "web-a", false));
    r.clock.at(6, () => {
      const p = r.store.get("Pod", "default", "web-a");
      r.store.update(p, { ...p, metadata: { ...p.metadata, annotations: { x: "y" } } }, r.cause);
    });
    r.clock.run(10);
    const w = r.sliceWrites();
    expect(w.map((e) => [e.t, e.verb])).toEqual([
      [0, "create"],
      [5, "update"],
    ]);
    expect(w[1].object.endpoints[0].conditions).toEqual({ ready: false, serving: false, terminating: false });
    expect(w[1].cause.data).toEqual({ service: "web", ready: 0, total: 1 });
    const podWrite = r.trace.entries.find((e) => e.type === "write" && e.ref.kind === "Pod" && e.t === 5)!;
    expect(w[1].cause.after).toEqual([podWrite.id]);
  });

  it("lists a terminating pod with terminating=true and serving per readiness", () => {
    const r = setup();
    r.store.create(service(), r.cause);
    r.store.create(pod("web-a", "10.244.0.2", true), r.cause);
    r.store.create(pod("web-b", "10.244.0.3", true), r.cause);
    r.clock.run(0);
    r.clock.at(3, () => setReady(r.store, "web-a", true, { deletionTimestamp: "1970-01-01T00:00:03Z" }));
    r.clock.at(4, () => setReady(r.store, "web-b", false, { deletionTimestamp: "1970-01-01T00:00:04Z" }));
    r.clock.run(3);
    expect(r.slices()[0].endpoints.map((e: KubeObject) => e.conditions)).toEqual([
      { ready: false, serving: true, terminating: true },
      { ready: true, serving: true, terminating: false },
    ]);
    r.clock.run(4);
    expect(r.slices()[0].endpoints.map((e: KubeObject) => e.conditions)).toEqual([
      { ready: false, serving: true, terminating: true },
      { ready: false, serving: false, terminating: true },
    ]);
    // Once the pod object is gone, so is its endpoint.
    r.clock.at(5, () => r.store.delete(r.store.get("Pod", "default", "web-a"), r.cause));
    r.clock.run(5);
    expect(r.slices()[0].endpoints.map((e: KubeObject) => e.targetRef.name)).toEqual(["web-b"]);
  });

  it("publishNotReadyAddresses makes every listed endpoint ready", () => {
    const r = setup();
    r.store.create(service({ publishNotReadyAddresses: true }), r.cause);
    r.store.create(pod("web-a", "10.244.0.2", false), r.cause);
    r.store.create(pod("web-b", "10.244.0.3", true, { deletionTimestamp: "1970-01-01T00:00:00Z" }), r.cause);
    r.clock.run(0);
    expect(r.slices()[0].endpoints.map((e: KubeObject) => e.conditions)).toEqual([
      { ready: true, serving: false, terminating: false },
      { ready: true, serving: true, terminating: true },
    ]);
  });

  it("drops a pod whose labels no longer match, and deletes the slice with the Service", () => {
    const r = setup();
    r.store.create(service(), r.cause);
    r.store.create(pod("web-a", "10.244.0.2", true), r.cause);
    r.clock.run(0);
    r.clock.at(1, () => {
      const p = r.store.get("Pod", "default", "web-a");
      r.store.update(p, { ...p, metadata: { ...p.metadata, labels: { app: "moved" } } }, r.cause);
    });
    r.clock.run(1);
    expect(r.slices()[0].endpoints).toEqual([]);
    expect(r.slices()[0].ports).toEqual([]);
    r.clock.at(2, () => r.store.delete(r.store.get("Service", "default", "web"), r.cause));
    r.clock.run(2);
    expect(r.slices()).toEqual([]);
    expect(r.sliceWrites().at(-1)?.verb).toBe("delete");
  });

  it("makes no slice for a Service without a selector", () => {
    const r = setup();
    r.store.create(service({ selector: undefined }), r.cause);
    r.store.create(pod("web-a", "10.244.0.2", true), r.cause);
    r.clock.run(0);
    expect(r.slices()).toEqual([]);
  });
});
