/**
 * NodeName: a pod that names a node (spec.nodeName) fits only that node.
 * Models: pkg/scheduler/framework/plugins/nodename/node_name.go.
 */
import type { FilterPlugin } from "./types";

export const ERR_REASON_NODE_NAME = "node(s) didn't match the requested node name";

export const nodeName: FilterPlugin = {
  name: "NodeName",
  preFilter: (c) => {
    const want = c.pod.spec?.nodeName;
    if (!want) return {};
    return { filter: (node) => (node.name === want ? null : { code: "UnschedulableAndUnresolvable", reasons: [ERR_REASON_NODE_NAME] }) };
  },
};
