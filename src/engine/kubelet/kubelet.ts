import type { Pod } from "../api/types";
import type { StoredRef } from "../api/store";
import type { Cause } from "../trace/types";
import type { KubeletContext } from "./context";
import { PodWorker } from "./podWorker";

/** One node's kubelet: a pod worker per pod bound to the node. Models: pkg/kubelet/kubelet.go HandlePodAdditions/Updates. */
export class Kubelet {
  readonly workers = new Map<string, PodWorker>();
  /** False while the node is unreachable: the kubelet keeps running its pods but the API server hears nothing from it, and it hears nothing from the API server. */
  connected = true;
  private missed: Array<{ pod: Pod; cause: Cause }> = [];

  constructor(readonly ctx: KubeletContext) {}

  disconnect(): void {
    this.connected = false;
  }

  /** Back in touch: the kubelet sees what changed meanwhile and posts every pod's status again. */
  reconnect(cause: Cause): void {
    this.connected = true;
    const missed = this.missed;
    this.missed = [];
    for (const m of missed) this.podUpdated(m.pod, m.cause);
    for (const w of this.workers.values()) w.resync(cause);
  }

  /** `ref`: where the pod lives in the store, when the caller has it. */
  podBound(pod: Pod, cause: Cause, ref?: StoredRef): void {
    if (!this.connected) {
      this.missed.push({ pod, cause });
      return;
    }
    const uid = pod.metadata!.uid!;
    if (this.workers.has(uid)) return;
    const w = new PodWorker(this.ctx, pod, ref);
    this.workers.set(uid, w);
    w.trigger(cause);
  }

  podUpdated(pod: Pod, cause: Cause): void {
    if (!this.connected) {
      this.missed.push({ pod, cause });
      return;
    }
    const w = this.workers.get(pod.metadata!.uid!);
    if (w) w.podUpdated(pod, cause);
    else this.podBound(pod, cause);
  }

  /** Only the pod's status changed in the API (HandlePodReconcile). */
  podReconciled(pod: Pod, cause: Cause): void {
    if (!this.connected) {
      this.missed.push({ pod, cause });
      return;
    }
    this.workers.get(pod.metadata!.uid!)?.podReconciled(pod, cause);
  }

  worker(uid: string): PodWorker | undefined {
    return this.workers.get(uid);
  }
}
