import type { Pod } from "../api/types";
import type { Cause } from "../trace/types";
import type { KubeletContext } from "./context";
import { PodWorker } from "./podWorker";

/** One node's kubelet: a pod worker per pod bound to the node. Models: pkg/kubelet/kubelet.go HandlePodAdditions/Updates. */
export class Kubelet {
  readonly workers = new Map<string, PodWorker>();

  constructor(readonly ctx: KubeletContext) {}

  podBound(pod: Pod, cause: Cause): void {
    const uid = pod.metadata!.uid!;
    if (this.workers.has(uid)) return;
    const w = new PodWorker(this.ctx, pod);
    this.workers.set(uid, w);
    w.trigger(cause);
  }

  podUpdated(pod: Pod, cause: Cause): void {
    this.workers.get(pod.metadata!.uid!)?.podUpdated(pod, cause);
  }

  worker(uid: string): PodWorker | undefined {
    return this.workers.get(uid);
  }
}
