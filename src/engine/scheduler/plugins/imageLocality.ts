/**
 * ImageLocality: favours nodes that already hold the pod's images. Each image present on the node
 * adds size × (nodes with the image / all nodes); the sum is clamped to
 * [23 MiB, 1000 MiB × number of containers] and scaled to 0..100. Init containers count too.
 * Image names without a tag are normalized to ":latest". An image whose size is unknown
 * (NodeInfo.imageSizes) counts 0 bytes, so without sizes the plugin scores 0 everywhere.
 * Models: pkg/scheduler/framework/plugins/imagelocality/image_locality.go.
 */
import type { NodeInfo, ScorePlugin } from "./types";
import { MAX_NODE_SCORE } from "./types";

const MB = 1024 * 1024;
export const MIN_THRESHOLD = 23 * MB;
export const MAX_CONTAINER_THRESHOLD = 1000 * MB;

export function normalizedImageName(name: string): string {
  return name.lastIndexOf(":") <= name.lastIndexOf("/") ? `${name}:latest` : name;
}

export function calculatePriority(sumScores: number, numContainers: number): number {
  const maxThreshold = MAX_CONTAINER_THRESHOLD * numContainers;
  const s = Math.min(Math.max(sumScores, MIN_THRESHOLD), maxThreshold);
  return Math.trunc((MAX_NODE_SCORE * (s - MIN_THRESHOLD)) / (maxThreshold - MIN_THRESHOLD));
}

function imageTable(node: NodeInfo): Map<string, number> {
  const hit = tablesByNode.get(node);
  if (hit) return hit;
  const m = new Map<string, number>();
  for (const img of node.images ?? []) m.set(normalizedImageName(img), node.imageSizes?.[img] ?? 0);
  tablesByNode.set(node, m);
  return m;
}

/** NodeInfo objects are not changed once built (the scheduler keeps one per stored Node). */
const tablesByNode = new WeakMap<NodeInfo, Map<string, number>>();

interface Spread {
  tables: Map<string, Map<string, number>>;
  numNodesWith: Map<string, number>;
  /**
   * Scores already worked out, per list of the pod's images (joined) and node: a node's score
   * depends only on them and this snapshot, and a run's pods share a few image lists.
   */
  scores: Map<string, Map<NodeInfo, number>>;
}

/** Per node list (a cycle's snapshot): each node's images and on how many nodes each image is. */
const spreadByNodes = new WeakMap<readonly NodeInfo[], Spread>();

function spreadOf(nodes: readonly NodeInfo[]): Spread {
  const hit = spreadByNodes.get(nodes);
  if (hit) return hit;
  const tables = new Map(nodes.map((n) => [n.name, imageTable(n)]));
  const numNodesWith = new Map<string, number>();
  for (const t of tables.values()) for (const img of t.keys()) numNodesWith.set(img, (numNodesWith.get(img) ?? 0) + 1);
  const s = { tables, numNodesWith, scores: new Map<string, Map<NodeInfo, number>>() };
  spreadByNodes.set(nodes, s);
  return s;
}

export const imageLocality: ScorePlugin = {
  name: "ImageLocality",
  weight: 1,
  preScore: (c) => {
    const spread = spreadOf(c.nodes);
    const { tables, numNodesWith } = spread;
    const containers = [...(c.pod.spec?.initContainers ?? []), ...(c.pod.spec?.containers ?? [])];
    const images = containers.map((ctr) => normalizedImageName(ctr.image ?? ""));
    const total = c.nodes.length;
    // NUL never occurs in an image name: the joined list names the list.
    const listKey = images.join("\u0000");
    let known = spread.scores.get(listKey);
    if (!known) {
      known = new Map();
      if (spread.scores.size < 1000) spread.scores.set(listKey, known);
    }
    const memo = known;
    return {
      score: (node) => {
        const hit = memo.get(node);
        if (hit !== undefined) return hit;
        const t = tables.get(node.name);
        let sum = 0;
        for (const img of images) {
          const size = t?.get(img);
          if (size !== undefined) sum += Math.trunc(size * ((numNodesWith.get(img) ?? 0) / total));
        }
        const score = calculatePriority(sum, containers.length);
        memo.set(node, score);
        return score;
      },
      // Its own loop (see ScoreState.scoreAll): the call to score is the same function every time.
      scoreAll(nodes, out) {
        for (let i = 0; i < nodes.length; i++) out[i] = this.score(nodes[i]);
      },
    };
  },
};
