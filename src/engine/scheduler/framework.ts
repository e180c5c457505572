/**
 * podplay's scheduling framework: one scheduling cycle of the default kube-scheduler profile
 * (v1.34) over a snapshot of nodes and bound pods.
 *
 *   PreFilter/Filter (in profile order, first rejecting plugin wins per node)
 *   → PostFilter (DefaultPreemption, dry run only) when nothing fits
 *   → PreScore/Score/NormalizeScore × weight when more than one node fits
 *   → selectHost.
 *
 * Models: pkg/scheduler/schedule_one.go (schedulePod, findNodesThatFitPod, prioritizeNodes,
 * selectHost), pkg/scheduler/framework/types.go (FitError.Error),
 * pkg/scheduler/apis/config/v1/default_plugins.go (order and weights),
 * pkg/scheduler/framework/plugins/defaultpreemption (PodEligibleToPreemptOthers, SelectVictimsOnNode).
 */
import type { Pod } from "../api/types";
import { nsOf, priorityOf } from "./plugins/helpers";
import { imageLocality } from "./plugins/imageLocality";
import { interPodAffinityFilter, interPodAffinityScore } from "./plugins/interPodAffinity";
import { nodeAffinityFilter, nodeAffinityScore } from "./plugins/nodeAffinity";
import { nodeName } from "./plugins/nodeName";
import { nodePorts } from "./plugins/nodePorts";
import { nodeResourcesBalancedAllocation } from "./plugins/nodeResourcesBalancedAllocation";
import { nodeResourcesFitFilter, nodeResourcesFitScore } from "./plugins/nodeResourcesFit";
import { nodeUnschedulable } from "./plugins/nodeUnschedulable";
import { podTopologySpreadFilter, podTopologySpreadScore } from "./plugins/podTopologySpread";
import { taintTolerationFilter, taintTolerationScore } from "./plugins/taintToleration";
import type { Cycle, FilterPlugin, NodeInfo, NodeScore, ScoreOptionsAlias, ScorePlugin, Status } from "./plugins/types.reexport";

export type { NodeInfo, ScheduleOptions, Status, Taint } from "./plugins/types";
