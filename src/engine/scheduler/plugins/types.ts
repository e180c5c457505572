/**
 * The plugin contract of podplay's scheduling framework: a trimmed, synchronous version of the
 * kube-scheduler framework interfaces (PreFilter/Filter, PreScore/Score/NormalizeScore).
 * Models: pkg/scheduler/framework/interface.go, pkg/scheduler/framework/types.go.
 */
import type { LabelSelector, OwnerReference } from "kubernetes-types/meta/v1";
import type { Pod, Service } from "../../api/types";
import type { NodePods } from "../nodePods";

export type Taint = { key: string; value?: string; effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute" };

export interface NodeInfo {
  name: string;
  labels: Record<string, string>;
  taints: Taint[];
  unschedulable: boolean;
  /** cpu in cores, memory in bytes, pods as a count. */
  allocatable: { cpu: number; memory: number; pods: number };
  /** Images present on the node (node.status.images names). */
  images?: string[];
  /** Optional image sizes in bytes (node.status.images sizeBytes); an image with no size scores as 0 bytes. */
  imageSizes?: Record<string, number>;
}

/** fwk.Code values that matter for the message and for preemption. */
export type Code = "Unschedulable" | "UnschedulableAndUnresolvable";

export interface Status {
  code: Code;
  reasons: string[];
}

export interface ScheduleOptions {
  /**
   * How TaintToleration words its reason. "keyed" (default): `node(s) had untolerated taint {k: v}`
   * (v1.25 to v1.34.1). "generic": `node(s) had untolerated taint(s)` (PR #134740, cherry-picked to
   * later v1.34 patches).
   */
  taintReason?: "keyed" | "generic";
  /** Services of the cluster, for the system-default spreading selector (helper.DefaultSelector). */
  services?: Service[];
  /**
   * The label selector of a pod's controller (ReplicaSet/StatefulSet/ReplicationController) as the
   * API has it. When absent or returning undefined for an existing owner, podplay uses the pod's
   * own labels as the controller's selector: a ReplicaSet's selector (Deployment selector plus
   * pod-template-hash) is a subset of its pods' labels, so this counts the same pods in practice.
   */
  controllerSelector?: (namespace: string, owner: OwnerReference) => LabelSelector | undefined;
  /** Namespace labels, for pod (anti-)affinity terms with a namespaceSelector. */
  namespaceLabels?: Record<string, Record<string, string>>;
  /** DynamicResources is enabled: its PostFilter adds "no new claims to deallocate" first. */
  dynamicResources?: boolean;
  /**
   * Build ScheduleResult.nodes on first read rather than during the cycle (the same records): the
   * cluster keeps every cycle's result in its trace and reads few of them.
   */
  lazyNodes?: boolean;
  /** The caller passes its nodes sorted by name (the cluster's snapshot is): they are not checked again every cycle. */
  nodesSorted?: boolean;
}

/** Everything one scheduling cycle sees: the pod and a snapshot of nodes and the pods bound to them. */
export interface Cycle {
  pod: Pod;
  /** All nodes of the snapshot, sorted by name. */
  nodes: NodeInfo[];
  /** Pods bound to each node (by node name), including terminating ones. */
  podsOn: {
    on(node: NodeInfo): NodePods;
    /** Whether any bound pod has pod (anti-)affinity terms; absent: unknown (a plugin looks at every node). */
    hasAffinityPods?(): boolean;
    /** Whether any bound pod has a required pod anti-affinity; absent: unknown. */
    hasRequiredAntiAffinityPods?(): boolean;
  };
  opts: ScheduleOptions;
}

export interface PreFilterResult {
  /** When set, only these nodes are evaluated (PreFilterResult.NodeNames). */
  nodeNames?: Set<string>;
  /** Filter for one node; undefined means the plugin is skipped (PreFilter returned Skip). */
  filter?: (node: NodeInfo) => Status | null;
}

export interface FilterPlugin {
  name: string;
  preFilter(c: Cycle): PreFilterResult;
}

export interface NodeScore {
  node: string;
  score: number;
}

export interface ScoreState {
  score: (node: NodeInfo) => number;
  /**
   * score for each of `nodes`, written to `out` in order. A plugin's own loop calls one score
   * function, where one loop over every plugin would call seven from one place (a megamorphic
   * call the engine cannot inline); prioritize uses it when present.
   */
  scoreAll?(nodes: readonly NodeInfo[], out: Float64Array): void;
  /** NormalizeScore: rewrites the raw scores in place (0..100). Absent: raw scores are already 0..100. */
  normalize?: (scores: NodeScore[]) => void;
}

export interface ScorePlugin {
  name: string;
  weight: number;
  /** PreScore over the feasible nodes; null means Skip (the plugin contributes nothing). */
  preScore(c: Cycle, feasible: NodeInfo[]): ScoreState | null;
}

export const MAX_NODE_SCORE = 100;
