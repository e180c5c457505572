import type { StoredRef } from "../api/store";
import type { Container, Pod } from "../api/types";
import type { Clock } from "../sim/clock";
import type { TraceRecorder } from "../trace/recorder";
import type { Cause } from "../trace/types";
import type { HttpOverride } from "../workloads/process";
import type { ProgramModel } from "../workloads/program";
import type { World } from "../workloads/world";
import type { Backoff } from "./backoff";
import type { ImageManager } from "./images";
import type { Instance } from "./runtime";

/** What a pod worker needs from its kubelet and the cluster around it. */
export interface KubeletContext {
  clock: Clock;
  trace: TraceRecorder;
  epochMs: number;
  nodeName: string;
  hostIP: string;
  /** The node's CPUs, as a program counting online processors sees them. */
  cpus: number;
  images: ImageManager;
  crashBackoff: Backoff;
  world: World;
  allocatePodIP(): string;
  /** Whether the node can reach the API server (false while it is "down"). */
  connected(): boolean;
  event(pod: Pod, type: "Normal" | "Warning", reason: string, message: string, fieldPath: string, cause: Cause): number;
  note(code: string, message: string, pod?: Pod): void;
  /** A Scenario behaviour for this container, if one matches. */
  behavior(pod: Pod, c: Container): ProgramModel | undefined;
  /** Scripted HTTP answers that apply to this container. */
  httpOverrides(pod: Pod, c: Container): HttpOverride[];
  /**
   * Docker-link style Service variables (enableServiceLinks): KUBERNETES_PORT, MYSVC_SERVICE_HOST…,
   * of the Services that exist when this is called; the variables are made when the returned
   * function is first called (most containers never read their environment).
   */
  serviceEnv(pod: Pod): () => Record<string, string>;
  /** Writes the pod's status to the API; returns the stored pod. */
  /** `ref`: where the pod lives in the store, when the kubelet was told (saves a lookup by name). */
  updatePodStatus(pod: Pod, status: NonNullable<Pod["status"]>, cause: Cause, ref?: StoredRef): Pod;
  /** All containers stopped after a deletion: the kubelet removes the API object (grace 0). */
  finalizeDeletion(pod: Pod, cause: Cause): void;
  /** Records a container exit in the trace; returns its entry id. */
  markExit(pod: Pod, inst: Instance, cause: Cause): number;
}
