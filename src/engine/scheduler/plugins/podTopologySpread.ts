/**
 * PodTopologySpread.
 * Filter (DoNotSchedule constraints of the pod): for every constraint, matching pods (same
 * namespace, not terminating) are counted per topology domain over the nodes that carry all the
 * constraints' keys and pass the inclusion policies (nodeAffinityPolicy Honor and nodeTaintsPolicy
 * Ignore by default). A node is rejected when count(domain) + self-match − global minimum > maxSkew;
 * the global minimum is 0 while fewer than minDomains domains exist.
 * Score (ScheduleAnyway constraints, or the system defaults — hostname maxSkew 3 and zone maxSkew 5
 * — when the pod has no constraints at all): raw = round(Σ count × ln(domains + 2) + maxSkew − 1),
 * normalized to 100 × (max + min − raw) / max.
 * Models: pkg/scheduler/framework/plugins/podtopologyspread/{common,filtering,scoring,plugin}.go,
 * plugins/helper/spread.go DefaultSelector.
 */
import type { TopologySpreadConstraint } from "kubernetes-types/core/v1";
import type { Pod } from "../../api/types";
import type { Selector } from "./helpers";
import {
  LABEL_HOSTNAME,
  LABEL_ZONE,
  findUntoleratedTaint,
  labelsOf,
  nsOf,
  requiredNodeAffinityMatches,
  selectorEmpty,
  selectorFromSet,
  selectorMatches,
  toSelector,
} from "./helpers";
import { selectorKey } from "../nodePods";
import type { Cycle, FilterPlugin, NodeInfo, NodeScore, ScorePlugin } from "./types";
import { MAX_NODE_SCORE } from "./types";
import { hasOwn, setOwn } from "../../util/ownMap";

export const ERR_REASON_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
export const ERR_REASON_NODE_LABEL_NOT_MATCH = ERR_REASON_CONSTRAINTS_NOT_MATCH + " (missing required label)";

/** The default profile's system-default constraints (defaultingType: System). */
export const SYSTEM_DEFAULT_CONSTRAINTS: TopologySpreadConstraint[] = [
  { topologyKey: LABEL_HOSTNAME, whenUnsatisfiable: "ScheduleAnyway", maxSkew: 3 },
  { topologyKey: LABEL_ZONE, whenUnsatisfiable: "ScheduleAnyway", maxSkew: 5 },
];

export interface Constraint {
  maxSkew: number;
  topologyKey: string;
  selector: Selector;
  minDomains: number;
  nodeAffinityPolicy: string;
  nodeTaintsPolicy: string;
}

function mergeRequirements(a: Selector, b: Selector): Selector {
  if (a === null || b === null) return null;
  return { requirements: [...a.requirements, ...b.requirements] };
}

/** filterTopologySpreadConstraints: parse the constraints with the given action, merging matchLabelKeys. */
export function filterConstraints(cs: TopologySpreadConstraint[], podLabels: Record<string, string>, action: string): Constraint[] {
  const out: Constraint[] = [];
  for (const c of cs) {
    if (c.whenUnsatisfiable !== action) continue;
    let selector = toSelector(c.labelSelector);
    const keys = c.matchLabelKeys ?? [];
    const extra: Record<string, string> = {};
    for (const k of keys) if (hasOwn(podLabels, k)) setOwn(extra, k, podLabels[k]);
    if (Object.keys(extra).length > 0) selector = mergeRequirements(selectorFromSet(extra), selector ?? { requirements: [] });
    out.push({
      maxSkew: c.maxSkew,
      topologyKey: c.topologyKey,
      selector,
      minDomains: c.minDomains ?? 1,
      nodeAffinityPolicy: c.nodeAffinityPolicy ?? "Honor",
      nodeTaintsPolicy: c.nodeTaintsPolicy ?? "Ignore",
    });
  }
  return out;
}

/**
 * helper.DefaultSelector: the selectors of the Services matching the pod, ANDed with its
 * controlling ReplicationController/ReplicaSet/StatefulSet selector.
 */
export function defaultSelector(pod: Pod, c: Cycle): Selector {
  const set: Record<string, string> = {};
  const podLabels = labelsOf(pod);
  for (const svc of c.opts.services ?? []) {
    const sel = svc.spec?.selector;
    if (!sel || (svc.metadata?.namespace ?? "default") !== nsOf(pod)) continue;
    if (selectorMatches(selectorFromSet(sel), podLabels)) Object.assign(set, sel);
  }
  let selector = selectorFromSet(set);
  const owner = pod.metadata?.ownerReferences?.find((o) => o.controller);
  if (!owner) return selector;
  const kind = `${owner.apiVersion}/${owner.kind}`;
  if (!["v1/ReplicationController", "apps/v1/ReplicaSet", "apps/v1/StatefulSet"].includes(kind)) return selector;
  // podplay: without the controller object, its selector is taken to be the pod's labels (see ScheduleOptions).
  const ls = c.opts.controllerSelector?.(nsOf(pod), owner) ?? { matchLabels: podLabels };
  if (owner.kind === "ReplicationController") {
    Object.assign(set, ls.matchLabels ?? {});
    selector = selectorFromSet(set);
  } else if (Object.keys(set).length === 0) {
    // No Service selects the pod: the selector is the controller's alone, one object per
    // controller selector (so that counts keyed by it are found again in later cycles).
    let hit = controllerOnly.get(ls);
    if (!hit) controllerOnly.set(ls, (hit = mergeRequirements(selector, toSelector(ls))));
    selector = hit;
  } else {
    selector = mergeRequirements(selector, toSelector(ls));
  }
  return selector;
}

/** defaultSelector for a pod no Service selects, by its controller's (stored, unchanged) selector. */
const controllerOnly = new WeakMap<object, Selector>();

function buildDefaultConstraints(pod: Pod, c: Cycle, action: string): Constraint[] {
  const cs = filterConstraints(SYSTEM_DEFAULT_CONSTRAINTS, labelsOf(pod), action);
  if (cs.length === 0) return [];
  const sel = defaultSelector(pod, c);
  if (sel === null || selectorEmpty(sel)) return [];
  // The system defaults have no labelSelector or matchLabelKeys: with one selector object (a
  // controller's, see defaultSelector) the constraints are the same every cycle and are kept.
  if (action === "ScheduleAnyway" && cs.length === SYSTEM_DEFAULT_CONSTRAINTS.length) {
    let hit = defaultsBySelector.get(sel);
    if (!hit) defaultsBySelector.set(sel, (hit = cs.map((x) => ({ ...x, selector: sel }))));
    return hit;
  }
  return cs.map((x) => ({ ...x, selector: sel }));
}

/** The system-default ScheduleAnyway constraints by selector object (read only, never changed). */
const defaultsBySelector = new WeakMap<object, Constraint[]>();

const hasAllKeys = (node: NodeInfo, cs: Constraint[]): boolean => cs.every((x) => x.topologyKey in node.labels);

function matchNodeInclusionPolicies(x: Constraint, pod: Pod, node: NodeInfo): boolean {
  if (x.nodeAffinityPolicy === "Honor" && !requiredNodeAffinityMatches(pod, node)) return false;
  if (x.nodeTaintsPolicy === "Honor" && findUntoleratedTaint(node.taints, pod.spec?.tolerations, ["NoSchedule", "NoExecute"])) return false;
  return true;
}

export const podTopologySpreadFilter: FilterPlugin = {
  name: "PodTopologySpread",
  preFilter: (c) => {
    const pod = c.pod;
    const cs = filterConstraints(pod.spec?.topologySpreadConstraints ?? [], labelsOf(pod), "DoNotSchedule");
    if (cs.length === 0) return {};
    const counts: Array<Map<string, number>> = cs.map(() => new Map());
    const keys = cs.map((x) => selectorKey(x.selector, nsOf(pod)));
    for (const node of c.nodes) {
      if (!hasAllKeys(node, cs)) continue;
      for (let i = 0; i < cs.length; i++) {
        const x = cs[i];
        if (!matchNodeInclusionPolicies(x, pod, node)) continue;
        const v = node.labels[x.topologyKey];
        const n = c.podsOn.on(node).countMatching(x.selector, nsOf(pod), keys[i]);
        counts[i].set(v, (counts[i].get(v) ?? 0) + n);
      }
    }
    return {
      filter: (node) => {
        for (let i = 0; i < cs.length; i++) {
          const x = cs[i];
          if (!(x.topologyKey in node.labels)) return { code: "UnschedulableAndUnresolvable", reasons: [ERR_REASON_NODE_LABEL_NOT_MATCH] };
          let min = counts[i].size < x.minDomains ? 0 : Math.min(...counts[i].values());
          if (!Number.isFinite(min)) min = 0;
          const self = selectorMatches(x.selector, labelsOf(pod)) ? 1 : 0;
          const skew = (counts[i].get(node.labels[x.topologyKey]) ?? 0) + self - min;
          if (skew > x.maxSkew) return { code: "Unschedulable", reasons: [ERR_REASON_CONSTRAINTS_NOT_MATCH] };
        }
        return null;
      },
    };
  },
};

export const topologyNormalizingWeight = (size: number): number => Math.log(size + 2);
export const scoreForCount = (cnt: number, maxSkew: number, w: number): number => cnt * w + (maxSkew - 1);

/** Whether no node of a snapshot has `key` among its labels (`key in labels`), kept per snapshot. */
function keyAbsent(nodes: readonly NodeInfo[], key: string): boolean {
  let byKey = absentKeys.get(nodes);
  if (!byKey) absentKeys.set(nodes, (byKey = new Map()));
  let hit = byKey.get(key);
  if (hit === undefined) byKey.set(key, (hit = !nodes.some((n) => key in n.labels)));
  return hit;
}

/** Snapshots (the cluster keeps one node list until a Node is written) and nodes' labels are never changed. */
const absentKeys = new WeakMap<readonly NodeInfo[], Map<string, boolean>>();

/** The ignored nodes of a cycle that ignores none (never added to). */
const NONE_IGNORED: Set<string> = new Set<string>();

/** Go's math.Round: half away from zero. */
const goRound = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));

export const podTopologySpreadScore: ScorePlugin = {
  name: "PodTopologySpread",
  weight: 2,
  preScore: (c, feasible) => {
    if (c.nodes.length === 0) return null;
    const pod = c.pod;
    const own = pod.spec?.topologySpreadConstraints ?? [];
    const cs = own.length > 0 ? filterConstraints(own, labelsOf(pod), "ScheduleAnyway") : buildDefaultConstraints(pod, c, "ScheduleAnyway");
    if (cs.length === 0) return null;
    // Only the system defaults tolerate nodes missing a topology key (requireAllTopologies=false).
    const requireAll = own.length > 0;
    // Only nodes missing a key of the pod's own constraints are ignored: none with the defaults.
    const ignored = requireAll ? new Set<string>() : NONE_IGNORED;
    const tpCounts: Array<Map<string, number>> = cs.map(() => new Map());
    const ns = nsOf(pod);
    const keys = cs.map((x) => selectorKey(x.selector, ns));
    // Index loops, not cs.forEach: a closure per node and cycle was most of what a cycle allocated.
    // With the system defaults no node is ignored for a missing key, so a key that no node of the
    // snapshot has (zone, on most small clusters) makes one domain, "", of every feasible node,
    // with nothing to count (see `read`) and nothing to score.
    const absent = cs.map((x) => !requireAll && x.topologyKey !== LABEL_HOSTNAME && keyAbsent(c.nodes, x.topologyKey));
    // Per constraint, whether some feasible node has its key: a domain's count is only read when
    // scoring such a node, so counting is skipped for a key no feasible node has.
    const read = cs.map(() => false);
    for (let i = 0; i < cs.length; i++) if (absent[i] && feasible.length > 0) tpCounts[i].set("", 0);
    if (requireAll || cs.some((x, i) => x.topologyKey !== LABEL_HOSTNAME && !absent[i])) {
      for (const node of feasible) {
        if (requireAll && !hasAllKeys(node, cs)) {
          ignored.add(node.name);
          continue;
        }
        for (let i = 0; i < cs.length; i++) {
          const x = cs[i];
          if (x.topologyKey === LABEL_HOSTNAME || absent[i]) continue;
          if (x.topologyKey in node.labels) read[i] = true;
          const v = node.labels[x.topologyKey] ?? "";
          if (!tpCounts[i].has(v)) tpCounts[i].set(v, 0);
        }
      }
    }
    const weights = cs.map((x, i) => topologyNormalizingWeight(x.topologyKey === LABEL_HOSTNAME ? feasible.length - ignored.size : tpCounts[i].size));
    if (cs.some((_, i) => read[i] && tpCounts[i].size > 0)) {
      for (const node of c.nodes) {
        if (requireAll && !hasAllKeys(node, cs)) continue;
        for (let i = 0; i < cs.length; i++) {
          const x = cs[i];
          // Hostname domains are counted per node when scoring: none is ever kept here.
          if (tpCounts[i].size === 0 || !read[i] || !matchNodeInclusionPolicies(x, pod, node)) continue;
          const v = node.labels[x.topologyKey] ?? "";
          const cur = tpCounts[i].get(v);
          if (cur === undefined) continue;
          tpCounts[i].set(v, cur + c.podsOn.on(node).countMatching(x.selector, ns, keys[i]));
        }
      }
    }
    return {
      score: (node) => {
        if (ignored.size && ignored.has(node.name)) return 0;
        let score = 0;
        for (let i = 0; i < cs.length; i++) {
          const x = cs[i];
          if (absent[i] || !(x.topologyKey in node.labels)) continue;
          const cnt = x.topologyKey === LABEL_HOSTNAME ? c.podsOn.on(node).countMatching(x.selector, ns, keys[i]) : (tpCounts[i].get(node.labels[x.topologyKey]) ?? 0);
          score += scoreForCount(cnt, x.maxSkew, weights[i]);
        }
        return goRound(score);
      },
      // Its own loop (see ScoreState.scoreAll): the call to score is the same function every time.
      scoreAll(nodes, out) {
        for (let i = 0; i < nodes.length; i++) out[i] = this.score(nodes[i]);
      },
      normalize: (scores: NodeScore[]) => {
        let min = Number.MAX_SAFE_INTEGER;
        let max = 0;
        // Most cycles ignore no node: the set is not asked then (a string lookup per node).
        const anyIgnored = ignored.size > 0;
        for (const s of scores) {
          if (anyIgnored && ignored.has(s.node)) continue;
          min = Math.min(min, s.score);
          max = Math.max(max, s.score);
        }
        for (const s of scores) {
          if (anyIgnored && ignored.has(s.node)) s.score = 0;
          else if (max === 0) s.score = MAX_NODE_SCORE;
          else s.score = Math.trunc((MAX_NODE_SCORE * (max + min - s.score)) / max);
        }
      },
    };
  },
};
