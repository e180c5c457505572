import { describe, expect, it } from "vitest";
import type { Pod } from "./types";
import { deletesOnUpdate, podDelete } from "./deletion";
import { toTimestamp } from "./time";

const EPOCH = Date.UTC(2025, 8, 1, 9, 0, 0);
const ts = (t: number) => toTimestamp(t, EPOCH);
const pod = (extra: { meta?: Record<string, unknown>; nodeName?: string; phase?: string; grace?: number } = {}): Pod =>
  ({
    metadata: { name: "p", namespace: "default", generation: 1, ...extra.meta },
    spec: { containers: [{ name: "c", image: "x" }], terminationGracePeriodSeconds: extra.grace ?? 30, ...(extra.nodeName === undefined ? { nodeName: "node-1" } : extra.nodeName ? { nodeName: extra.nodeName } : {}) },
    status: { phase: extra.phase ?? "Running" },
  }) as Pod;

describe("podDelete", () => {
  // pkg/registry/core/pod/strategy.go CheckGracefulDelete; staging/.../registry/rest/delete.go BeforeDelete.
  it("a running pod gets deletionTimestamp now + its grace, the grace, and a generation bump", () => {
    const out = podDelete(pod(), undefined, 10, EPOCH);
    expect(out.kind).toBe("update");
    const m = out.kind === "update" ? out.object.metadata! : {};
    expect([m.deletionTimestamp, m.deletionGracePeriodSeconds, m.generation]).toEqual([ts(40), 30, 2]);
    const short = podDelete(pod(), 5, 10, EPOCH);
    expect(short.kind === "update" && short.object.metadata!.deletionTimestamp).toBe(ts(15));
  });

  // strategy.go: "if the pod is not scheduled, delete immediately"; "if the pod is already terminated, delete immediately".
  it("an unscheduled or finished pod is deleted at once, unless finalizers keep it (grace 0, timestamp now)", () => {
    expect(podDelete(pod({ nodeName: "" }), undefined, 10, EPOCH).kind).toBe("delete");
    expect(podDelete(pod({ phase: "Succeeded" }), undefined, 10, EPOCH).kind).toBe("delete");
    const kept = podDelete(pod({ nodeName: "", meta: { finalizers: ["example.com/f"] } }), undefined, 10, EPOCH);
    expect(kept.kind === "update" && [kept.object.metadata!.deletionTimestamp, kept.object.metadata!.deletionGracePeriodSeconds]).toEqual([ts(10), 0]);
  });

  // delete.go BeforeDelete: "only a shorter grace period may be provided by a user".
  it("a second DELETE may only shorten the grace: the timestamp moves back by the difference", () => {
    const deleting = pod({ meta: { deletionTimestamp: ts(40), deletionGracePeriodSeconds: 30 } });
    expect(podDelete(deleting, 30, 20, EPOCH).kind).toBe("pending");
    expect(podDelete(deleting, undefined, 20, EPOCH).kind).toBe("pending");
    const shorter = podDelete(deleting, 10, 20, EPOCH);
    expect(shorter.kind === "update" && [shorter.object.metadata!.deletionTimestamp, shorter.object.metadata!.deletionGracePeriodSeconds]).toEqual([ts(20), 10]);
  });

  // store.go updateForGracefulDeletionAndFinalizers: the kubelet's grace-0 DELETE.
  it("the kubelet's grace-0 DELETE removes the pod, or with finalizers leaves it at grace 0 with the timestamp of the first DELETE", () => {
    expect(podDelete(pod({ meta: { deletionTimestamp: ts(40), deletionGracePeriodSeconds: 30 } }), 0, 12, EPOCH).kind).toBe("delete");
    const kept = podDelete(pod({ meta: { deletionTimestamp: ts(40), deletionGracePeriodSeconds: 30, finalizers: ["example.com/f"] } }), 0, 12, EPOCH);
    expect(kept.kind === "update" && [kept.object.metadata!.deletionTimestamp, kept.object.metadata!.deletionGracePeriodSeconds]).toEqual([ts(10), 0]);
    // A pod kept at grace 0 by finalizers: another DELETE changes nothing.
    const again = podDelete(kept.kind === "update" ? kept.object : pod(), undefined, 30, EPOCH);
    expect(again.kind).toBe("pending");
  });
});

describe("deletesOnUpdate", () => {
  // store.go ShouldDeleteDuringUpdate.
  it("an update that empties the finalizers of an object deleted with no grace left deletes it", () => {
    const kept = { metadata: { deletionTimestamp: ts(10), deletionGracePeriodSeconds: 0, finalizers: ["a"] } };
    expect(deletesOnUpdate(kept, { metadata: {} })).toBe(true);
    expect(deletesOnUpdate(kept, { metadata: { finalizers: ["b"] } })).toBe(false);
    // Still in its grace period: removing the finalizers does not delete it; the kubelet's DELETE will.
    expect(deletesOnUpdate({ metadata: { deletionTimestamp: ts(40), deletionGracePeriodSeconds: 30, finalizers: ["a"] } }, { metadata: {} })).toBe(false);
    expect(deletesOnUpdate({ metadata: { finalizers: ["a"] } }, { metadata: {} })).toBe(false);
  });
});
