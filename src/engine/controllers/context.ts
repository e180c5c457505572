import type { ApiStore, KubeObject } from "../api/store";
import type { Diagnostic } from "../api/types";
import type { Clock } from "../sim/clock";
import type { Cause } from "../trace/types";

/** What a workload controller needs from the cluster around it. */
export interface ControllerContext {
  clock: Clock;
  store: ApiStore;
  epochMs: number;
  /** Emits an Event on `obj` from `source` (a controller name). */
  event(obj: KubeObject, type: "Normal" | "Warning", reason: string, message: string, source: string, cause: Cause): number;
  /**
   * Runs a controller-made pod through the API server's admission, as a POST would. With `reuse`,
   * the pod is one of many from the same template (see admission's TemplateReuse): its spec may
   * be the template's own, which admission copies before changing.
   */
  admitPod(pod: KubeObject, reuse?: { template: object; key: string }): { object?: KubeObject; errors: Diagnostic[] };
  /** A graceful delete, as `kubectl delete pod` or a controller does it. */
  deletePod(namespace: string, name: string, grace: number | undefined, cause: Cause): boolean;
}
