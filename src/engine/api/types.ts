/**
 * The API objects the engine stores are the real Kubernetes v1 shapes (kubernetes-types), so
 * printers and `-o yaml` work on them unchanged. Only the playground's own kinds live elsewhere.
 */
export type {
  Pod,
  PodSpec,
  PodStatus,
  PodCondition,
  Container,
  ContainerStatus,
  ContainerState,
  Probe,
  Service,
  LimitRange,
  LimitRangeItem,
  Namespace,
  Event,
  ResourceRequirements,
  LifecycleHandler,
} from "kubernetes-types/core/v1";
export type { ObjectMeta } from "kubernetes-types/meta/v1";

/** The version of Kubernetes whose rules, defaults and texts the engine reproduces. */
export const KUBERNETES_VERSION = "v1.34";

/**
 * One problem with the input, located in the source text. `line` and `column` are 1-based.
 * `severity` "error" rejects the input; "info" notes a valid field the simulator does not model.
 */
export interface Diagnostic {
  message: string;
  path: string;
  line: number;
  column: number;
  document: number;
  severity: "error" | "info";
}
