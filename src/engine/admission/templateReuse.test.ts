// admitPodFromTemplate with `reuse`: the pods of one template admitted once and the name's places
// filled for each. Every pod must serialize exactly as the full admission path gives it.
import { describe, expect, it } from "vitest";
import type { LimitRange } from "../api/types";
import { admitPodFromTemplate, newAdmissionState } from "./index";

type Obj = Record<string, unknown>;

function podFrom(template: { metadata?: Obj; spec: Obj }, name: string, owner = "web-7d9f"): Obj {
  return {
    apiVersion: "v1",
    kind: "Pod",
    metadata: {
      name,
      generateName: `${owner}-`,
      namespace: "default",
      labels: { ...((template.metadata?.labels as Obj) ?? {}) },
      ownerReferences: [{ apiVersion: "apps/v1", kind: "ReplicaSet", name: owner, uid: "rs-uid", controller: true, blockOwnerDeletion: true }],
    },
    // Shared with the template, as the ReplicaSet controller passes it.
    spec: template.spec,
  };
}

const SUFFIXES = ["abcde", "xk2lq", "zz9zz", "b4d5f", "qqqqq", "x2x2x", "mnbvc", "7c8d9"];

/** The same pods through both paths, each path with its own API-server state. */
function both(template: { metadata?: Obj; spec: Obj }, limitRanges?: LimitRange[]): { fast: string[]; full: string[]; objects: Array<{ metadata: Obj } | undefined> } {
  const fastState = newAdmissionState();
  const fullState = newAdmissionState();
  if (limitRanges) {
    fastState.cluster.limitRanges.set("default", limitRanges);
    fullState.cluster.limitRanges.set("default", limitRanges);
  }
  const reuse = { template, key: "default/web-7d9f/rs-uid" };
  const fast: string[] = [];
  const full: string[] = [];
  const objects: Array<{ metadata: Obj } | undefined> = [];
  for (const s of [...SUFFIXES, "abcde"]) {
    const a = admitPodFromTemplate(podFrom(template, `web-7d9f-${s}`), { state: fastState }, reuse);
    const b = admitPodFromTemplate(JSON.parse(JSON.stringify(podFrom(template, `web-7d9f-${s}`))) as object, { state: fullState });
    fast.push(JSON.stringify(a));
    objects.push(a.object as { metadata: Obj } | undefined);
    full.push(JSON.stringify(b));
  }
  return { fast, full, objects };
}

describe("admitPodFromTemplate with reuse", () => {
  it("gives every pod of a template exactly what the full path gives, name, uid and token volume included", () => {
    const template = {
      metadata: { labels: { app: "web" } },
      spec: { containers: [{ name: "app", image: "nginx:1.27", resources: { requests: { cpu: "50m", memory: "64Mi" } } }, { name: "side", image: "busybox", command: ["sleep", "3600"] }] },
    };
    const { fast, full, objects } = both(template);
    expect(fast).toEqual(full);
    // Reused, not admitted again: what the name does not decide is the first pod's own object.
    expect(objects[2]!.metadata.labels).toBe(objects[1]!.metadata.labels);
    // The last pod repeats the first name: AlreadyExists on both paths.
    expect(fast[fast.length - 1]).toContain("already exists");
    expect(new Set(fast.slice(0, -1)).size).toBe(SUFFIXES.length);
  });

  it("does not change the template it shares the spec with", () => {
    const template = { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "app", image: "nginx" }] } };
    const before = JSON.stringify(template);
    both(template);
    expect(JSON.stringify(template)).toBe(before);
  });

  it("matches the full path with LimitRanges, volumes of its own and invalid templates", () => {
    const lr = [{ apiVersion: "v1", kind: "LimitRange", metadata: { name: "lr", namespace: "default" }, spec: { limits: [{ type: "Container", default: { cpu: "1", memory: "512Mi" }, defaultRequest: { cpu: "500m", memory: "256Mi" } }] } }] as unknown as LimitRange[];
    const withVolume = {
      metadata: { labels: { app: "web" } },
      spec: { volumes: [{ name: "data", emptyDir: {} }], containers: [{ name: "app", image: "nginx", volumeMounts: [{ name: "data", mountPath: "/data" }] }] },
    };
    const noToken = { metadata: { labels: { app: "web" } }, spec: { automountServiceAccountToken: false, containers: [{ name: "app", image: "nginx" }] } };
    const invalid = { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "App_1", image: "nginx" }] } };
    for (const [t, ranges] of [[withVolume, lr], [noToken, undefined], [invalid, undefined]] as const) {
      const { fast, full } = both(t as { spec: Obj }, ranges as LimitRange[] | undefined);
      expect(fast).toEqual(full);
    }
  });
});
