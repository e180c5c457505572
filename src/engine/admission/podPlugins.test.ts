// plugin/pkg/admission/serviceaccount/admission.go (mountServiceAccountToken, TokenVolumeSource),
// plugin/pkg/admission/priority/admission.go and
// plugin/pkg/admission/defaulttolerationseconds/admission.go.
import { describe, expect, it } from "vitest";
import { admitDefaultTolerationSeconds, admitPriority, admitServiceAccount } from "./podPlugins";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe("ServiceAccount admission", () => {
  it("defaults the account and mounts a projected token into every container", () => {
    const pod: Any = { spec: { initContainers: [{ name: "i" }], containers: [{ name: "c", volumeMounts: [{ name: "data", mountPath: "/data" }] }] } };
    admitServiceAccount(pod, "default", "web");
    expect(pod.spec.serviceAccountName).toBe("default");
    const vol = pod.spec.volumes[0];
    expect(vol.name).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(vol.projected.defaultMode).toBe(420);
    expect(vol.projected.sources[0]).toEqual({ serviceAccountToken: { expirationSeconds: 3607, path: "token" } });
    expect(pod.spec.initContainers[0].volumeMounts).toEqual([{ mountPath: "/var/run/secrets/kubernetes.io/serviceaccount", name: vol.name, readOnly: true }]);
    expect(pod.spec.containers[0].volumeMounts[1]).toEqual({ mountPath: "/var/run/secrets/kubernetes.io/serviceaccount", name: vol.name, readOnly: true });
  });

  it("names the volume from namespace/name, so it is stable", () => {
    const a: Any = { spec: { containers: [{ name: "c" }] } };
    const b: Any = { spec: { containers: [{ name: "c" }] } };
    admitServiceAccount(a, "default", "web");
    admitServiceAccount(b, "default", "web");
    expect(a.spec.volumes[0].name).toBe(b.spec.volumes[0].name);
  });

  it("mounts nothing when automount is off or a container already mounts the path", () => {
    const off: Any = { spec: { automountServiceAccountToken: false, containers: [{ name: "c" }] } };
    admitServiceAccount(off, "default", "web");
    expect(off.spec.volumes).toBeUndefined();
    const own: Any = { spec: { containers: [{ name: "c", volumeMounts: [{ name: "t", mountPath: "/var/run/secrets/kubernetes.io/serviceaccount" }] }] } };
    admitServiceAccount(own, "default", "web");
    expect(own.spec.volumes).toBeUndefined();
  });
});

describe("Priority admission", () => {
  it("sets priority 0 and PreemptLowerPriority without a class", () => {
    const pod: Any = { spec: {} };
    expect(admitPriority(pod)).toBeUndefined();
    expect(pod.spec).toEqual({ priority: 0, preemptionPolicy: "PreemptLowerPriority" });
  });

  it("knows the system classes and refuses others", () => {
    const pod: Any = { spec: { priorityClassName: "system-node-critical" } };
    admitPriority(pod);
    expect(pod.spec.priority).toBe(2000001000);
    expect(admitPriority({ spec: { priorityClassName: "high" } })).toBe("no PriorityClass with name high was found");
  });

  it("refuses a priority the pod sets itself", () => {
    expect(admitPriority({ spec: { priority: 10 } })).toBe(
      "the integer value of priority (10) must not be provided in pod spec; priority admission controller computed 0 from the given PriorityClass name",
    );
  });
});

describe("DefaultTolerationSeconds admission", () => {
  it("adds the not-ready and unreachable tolerations for 300 s", () => {
    const pod: Any = { spec: {} };
    admitDefaultTolerationSeconds(pod);
    expect(pod.spec.tolerations).toEqual([
      { effect: "NoExecute", key: "node.kubernetes.io/not-ready", operator: "Exists", tolerationSeconds: 300 },
      { effect: "NoExecute", key: "node.kubernetes.io/unreachable", operator: "Exists", tolerationSeconds: 300 },
    ]);
  });

  it("keeps the pod's own, and an empty key tolerates both", () => {
    const own: Any = { spec: { tolerations: [{ key: "node.kubernetes.io/unreachable", operator: "Exists", effect: "NoExecute", tolerationSeconds: 6000 }] } };
    admitDefaultTolerationSeconds(own);
    expect(own.spec.tolerations.map((t: Any) => t.key)).toEqual(["node.kubernetes.io/unreachable", "node.kubernetes.io/not-ready"]);
    const all: Any = { spec: { tolerations: [{ operator: "Exists" }] } };
    admitDefaultTolerationSeconds(all);
    expect(all.spec.tolerations).toHaveLength(1);
  });
});
