/**
 * NodeUnschedulable: a cordoned node (spec.unschedulable) is rejected unless the pod tolerates
 * node.kubernetes.io/unschedulable:NoSchedule.
 * Models: pkg/scheduler/framework/plugins/nodeunschedulable/node_unschedulable.go.
 */
import { tolerationsTolerate } from "./helpers";
import type { FilterPlugin } from "./types";

export const ERR_REASON_UNSCHEDULABLE = "node(s) were unschedulable";
export const TAINT_NODE_UNSCHEDULABLE = "node.kubernetes.io/unschedulable";

export const nodeUnschedulable: FilterPlugin = {
  name: "NodeUnschedulable",
  preFilter: (c) => ({
    filter: (node) => {
      if (!node.unschedulable) return null;
      if (tolerationsTolerate(c.pod.spec?.tolerations, { key: TAINT_NODE_UNSCHEDULABLE, effect: "NoSchedule" })) return null;
      return { code: "UnschedulableAndUnresolvable", reasons: [ERR_REASON_UNSCHEDULABLE] };
    },
  }),
};
