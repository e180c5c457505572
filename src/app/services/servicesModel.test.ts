import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { ApiStore, type KubeObject } from "../../engine/api/store";
import { Clock } from "../../engine/sim/clock";
import { TraceRecorder } from "../../engine/trace/recorder";
import type { Trace } from "../../engine/trace/types";
import { EndpointSliceController } from "../../engine/controllers/endpointSlice";
import { hasServices, servicesAt } from "./servicesModel";
import { ServicesView } from "./ServicesPanel";
import { servicesStrings } from "./strings";
import { servicesKo } from "./strings.ko";

const pod = (name: string, ip: string, ready: boolean): KubeObject => ({
  apiVersion: "v1",
  kind: "Pod",
  metadata: { name, namespace: "default", uid: `uid-${name}`, labels: { app: "web" } },
  spec: { nodeName: name === "web-a" ? "node-1" : "node-2", containers: [{ name: "main", image: "nginx" }] },
  status: { phase: "Running", podIP: ip, conditions: [{ type: "Ready", status: ready ? "True" : "False" }] },
});

/** A trace made by the real store and EndpointSlice controller: two pods; web-b turns ready at 2, web-a starts terminating at 4. */
function makeTrace(withService = true): Trace {
  const clock = new Clock();
  const rec = new TraceRecorder();
  const store = new ApiStore(clock, rec, 0);
  new EndpointSliceController({ clock, store, epochMs: 0, event: () => 0, admitPod: () => ({ errors: [] }), deletePod: () => false });
  const c = { rule: "test" };
  if (withService)
    store.create({ apiVersion: "v1", kind: "Service", metadata: { name: "web", namespace: "default", uid: "svc" }, spec: { selector: { app: "web" }, clusterIP: "10.96.0.20", ports: [{ name: "http", port: 80, targetPort: 8080, protocol: "TCP" }] } }, c);
  store.create(pod("web-a", "10.244.1.2", true), c);
  store.create(pod("web-b", "10.244.2.2", false), c);
  clock.at(2, () => {
    const p = store.get("Pod", "default", "web-b");
    store.update(p, { ...p, status: { ...p.status, conditions: [{ type: "Ready", status: "True" }] } }, c);
  });
  clock.at(4, () => {
    const p = store.get("Pod", "default", "web-a");
    store.update(p, { ...p, metadata: { ...p.metadata, deletionTimestamp: "1970-01-01T00:00:04Z" } }, c);
  });
  clock.run(10);
  return { format: 1, kubernetesVersion: "v1.34", until: 10, epochMs: 0, entries: rec.entries, probes: [], notes: [] };
}

describe("servicesAt", () => {
  const trace = makeTrace();

  it("reads each Service and its endpoints from the EndpointSlices at t", () => {
    const [svc, ...rest] = servicesAt(trace, 1);
    expect(rest).toEqual([]);
    expect(svc).toMatchObject({ name: "web", namespace: "default", clusterIP: "10.96.0.20", ports: [{ name: "http", port: 80, targetPort: "8080", protocol: "TCP" }] });
    expect(svc.endpoints.map((e) => [e.pod, e.node, e.ready, e.serving, e.terminating, e.state])).toEqual([
      ["web-a", "node-1", true, true, false, "ready"],
      ["web-b", "node-2", false, false, false, "notReady"],
    ]);
  });

  it("follows readiness and termination over time", () => {
    expect(servicesAt(trace, 2)[0].endpoints.map((e) => e.state)).toEqual(["ready", "ready"]);
    const at5 = servicesAt(trace, 5)[0].endpoints;
    expect(at5.map((e) => [e.pod, e.ready, e.serving, e.terminating, e.state])).toEqual([
      ["web-a", false, true, true, "terminating"],
      ["web-b", true, true, false, "ready"],
    ]);
  });

  it("is empty before anything exists, and hasServices tells whether the run has any", () => {
    expect(servicesAt(trace, -1)).toEqual([]);
    expect(hasServices(trace)).toBe(true);
    const none = makeTrace(false);
    expect(hasServices(none)).toBe(false);
    expect(servicesAt(none, 5)).toEqual([]);
  });
});

describe("ServicesView", () => {
  const rows = servicesAt(makeTrace(), 5);

  it("is a labelled region with a text badge per endpoint, in English and Korean", () => {
    const en = renderToStaticMarkup(createElement(ServicesView, { services: rows, locale: "en" }));
    expect(en).toContain('role="region"');
    expect(en).toContain('aria-label="Services"');
    expect(en).toContain("Terminating");
    expect(en).toContain("Receives traffic");
    expect(en).toContain("web-a");
    expect(en).toContain("node-2");
    const ko = renderToStaticMarkup(createElement(ServicesView, { services: servicesAt(makeTrace(), 1), locale: "ko" }));
    expect(ko).toContain('aria-label="서비스"');
    expect(ko).toContain("준비되지 않음");
    expect(ko).toContain("트래픽 받는 중");
  });

  it("has every string in both languages", () => {
    expect(Object.keys(servicesKo).sort()).toEqual(Object.keys(servicesStrings.en).sort());
    for (const v of Object.values(servicesKo)) expect(v).not.toBe("");
  });
});
