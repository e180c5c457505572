import { describe, expect, it } from "vitest";
import type { ContainerStatus, Pod } from "../api/types";
import { getPhase } from "./status";

// Models: pkg/kubelet/kubelet_pods.go getPhase (v1.34); kubelet.md §1.
const pod = (restartPolicy: string, inits: Array<{ name: string; restartPolicy?: string }> = []): Pod => ({
  metadata: { name: "p" },
  spec: { restartPolicy, initContainers: inits.map((i) => ({ ...i, image: "busybox" })), containers: [{ name: "app", image: "busybox" }] },
});
const running: ContainerStatus = { name: "app", ready: true, restartCount: 0, image: "", imageID: "", state: { running: {} } };
const exited = (code: number): ContainerStatus => ({ name: "app", ready: false, restartCount: 0, image: "", imageID: "", state: { terminated: { exitCode: code } } });
const crashLooping = (code: number): ContainerStatus => ({
  name: "app",
  ready: false,
  restartCount: 1,
  image: "",
  imageID: "",
  state: { waiting: { reason: "CrashLoopBackOff" } },
  lastState: { terminated: { exitCode: code } },
});
const creating: ContainerStatus = { name: "app", ready: false, restartCount: 0, image: "", imageID: "", state: { waiting: { reason: "ContainerCreating" } } };

describe("getPhase", () => {
  it("is Pending while a container has never started", () => {
    expect(getPhase(pod("Always"), [], [creating], false, true)).toBe("Pending");
  });
  it("is Running while a container runs", () => {
    expect(getPhase(pod("Always"), [], [running], false, true)).toBe("Running");
  });
  it("stays Running for a crash loop under Always (the waiting container has a lastState)", () => {
    expect(getPhase(pod("Always"), [], [crashLooping(1)], false, true)).toBe("Running");
    expect(getPhase(pod("Always"), [], [exited(0)], false, true)).toBe("Running");
  });
  it("is Succeeded when all exited 0 under OnFailure or Never, Failed under Never with an error", () => {
    expect(getPhase(pod("OnFailure"), [], [exited(0)], false, true)).toBe("Succeeded");
    expect(getPhase(pod("Never"), [], [exited(0)], false, true)).toBe("Succeeded");
    expect(getPhase(pod("Never"), [], [exited(1)], false, true)).toBe("Failed");
    expect(getPhase(pod("OnFailure"), [], [exited(1)], false, true)).toBe("Running");
  });
  it("decides from exit codes once the pod is terminal (deleted), even under Always", () => {
    expect(getPhase(pod("Always"), [], [exited(0)], true, true)).toBe("Succeeded");
    expect(getPhase(pod("Always"), [], [exited(137)], true, true)).toBe("Failed");
  });
  it("fails the pod when an init container fails under Never, and keeps it Pending under Always", () => {
    const init: ContainerStatus = { ...exited(1), name: "init" };
    const app: ContainerStatus = { ...creating, state: { waiting: { reason: "PodInitializing" } } };
    expect(getPhase(pod("Never", [{ name: "init" }]), [init], [app], false, false)).toBe("Failed");
    expect(getPhase(pod("Always", [{ name: "init" }]), [init], [app], false, false)).toBe("Pending");
  });
  it("ignores a sidecar's exit for the phase", () => {
    const sidecar: ContainerStatus = { ...exited(137), name: "log" };
    expect(getPhase(pod("Never", [{ name: "log", restartPolicy: "Always" }]), [sidecar], [exited(0)], false, true)).toBe("Succeeded");
  });
});
