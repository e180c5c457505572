import type { SchedulingRecord } from "../engine/trace/types";
import { compactNodesOf, scoreRecord, type CompactNodes } from "../engine/scheduler/framework";

type NodeVerdict = SchedulingRecord["nodes"][number];
type PluginScore = NonNullable<NodeVerdict["scores"]>[string];

/**
 * A trace's scheduling records packed into typed arrays. 10,000 pods on 100 nodes are a million
 * node verdicts with their plugin scores: as objects, seconds of structured clone for the page;
 * packed, a handful of buffers moved to the page without copying. Strings, filter verdicts and
 * score records are interned (a cluster's cycles repeat the same few).
 */
export interface PackedScheduling {
  count: number;
  strings: string[];
  /** Per record: time, namespace, pod and chosen node (string index, -1: none). */
  t: Float64Array;
  ns: Int32Array;
  pod: Int32Array;
  node: Int32Array;
  /** Per record, where its node verdicts start (count + 1 offsets). */
  start: Int32Array;
  /** Per node verdict: node name, filter (-1: passed, else an index into verdicts), total (NaN: not scored). */
  nodeName: Int32Array;
  verdict: Int32Array;
  total: Float64Array;
  /** Per node verdict, where its scores start in `scores` (one more offset than verdicts). */
  scoreStart: Int32Array;
  /** Indexes into scoreTable. */
  scores: Int32Array;
  verdicts: Array<[plugin: number, reason: number]>;
  scoreTable: Array<[plugin: number, raw: number, normalized: number, weight: number]>;
}

export function packScheduling(records: SchedulingRecord[]): PackedScheduling {
  const strings: string[] = [];
  const stringIdx = new Map<string, number>();
  const str = (s: string) => {
    let i = stringIdx.get(s);
    if (i === undefined) stringIdx.set(s, (i = strings.push(s) - 1));
    return i;
  };
  let nodes = 0;
  let scoreCount = 0;
  // The engine's records hold their verdicts compactly until read: packed from there, a million
  // verdicts are never built as objects (the worker would spend most of its packing time on them).
  const compact: Array<CompactNodes | undefined> = new Array(records.length);
  records.forEach((r, i) => {
    const c = (compact[i] = compactNodesOf(r));
    if (c) {
      nodes += c.nodes.length;
      if (c.scored) scoreCount += c.scored.plugins.length * c.scored.feasible;
      return;
    }
    nodes += r.nodes.length;
    for (const n of r.nodes) if (n.scores) for (const _ in n.scores) scoreCount++;
  });
  const count = records.length;
  const p: PackedScheduling = {
    count,
    strings,
    t: new Float64Array(count),
    ns: new Int32Array(count),
    pod: new Int32Array(count),
    node: new Int32Array(count),
    start: new Int32Array(count + 1),
    nodeName: new Int32Array(nodes),
    verdict: new Int32Array(nodes),
    total: new Float64Array(nodes),
    scoreStart: new Int32Array(nodes + 1),
    scores: new Int32Array(scoreCount),
    verdicts: [],
    scoreTable: [],
  };
  // Interned by identity first (the engine shares frozen records), then by value.
  const verdictByRef = new Map<object, number>();
  const verdictByKey = new Map<string, number>();
  const scoreByRef = new Map<object, number>();
  const scoreByKey = new Map<string, number>();
  const verdictOf = (f: Extract<NodeVerdict["filter"], { ok: false }>) => {
    let i = verdictByRef.get(f);
    if (i !== undefined) return i;
    const key = `${f.plugin}\u0000${f.reason}`;
    i = verdictByKey.get(key);
    if (i === undefined) verdictByKey.set(key, (i = p.verdicts.push([str(f.plugin), str(f.reason)]) - 1));
    verdictByRef.set(f, i);
    return i;
  };
  const scoreOf = (plugin: string, s: PluginScore) => {
    let i = scoreByRef.get(s);
    if (i !== undefined && p.scoreTable[i][0] === stringIdx.get(plugin)) return i;
    const key = `${plugin}\u0000${s.raw}\u0000${s.normalized}\u0000${s.weight}`;
    i = scoreByKey.get(key);
    if (i === undefined) scoreByKey.set(key, (i = p.scoreTable.push([str(plugin), s.raw, s.normalized, s.weight]) - 1));
    scoreByRef.set(s, i);
    return i;
  };
  /** scoreTable index by the engine's score record id (each id belongs to one plugin). */
  const scoreById = new Map<number, number>();
  const scoreOfId = (plugin: string, id: number) => {
    let i = scoreById.get(id);
    if (i === undefined) scoreById.set(id, (i = scoreOf(plugin, scoreRecord(id))));
    return i;
  };
  let j = 0;
  let k = 0;
  records.forEach((r, i) => {
    p.t[i] = r.t;
    p.ns[i] = str(r.namespace);
    p.pod[i] = str(r.pod);
    p.node[i] = r.node === undefined ? -1 : str(r.node);
    p.start[i] = j;
    const c = compact[i];
    if (c) {
      const sc = c.scored;
      for (let x = 0, f = 0; x < c.nodes.length; x++, j++) {
        p.nodeName[j] = str(c.nodes[x].name);
        p.scoreStart[j] = k;
        const rej = c.rejected?.[x];
        if (rej && !rej.ok) {
          p.verdict[j] = verdictOf(rej);
          p.total[j] = NaN;
          continue;
        }
        p.verdict[j] = -1;
        if (!sc) {
          p.total[j] = NaN;
          continue;
        }
        // As ScheduleResult.nodes sums it: normalized × weight, in plugin order.
        let total = 0;
        for (let pl = 0; pl < sc.plugins.length; pl++) {
          const id = sc.records[pl * sc.feasible + f];
          const rec = scoreRecord(id);
          total += rec.normalized * rec.weight;
          p.scores[k++] = scoreOfId(sc.plugins[pl].name, id);
        }
        p.total[j] = total;
        f++;
      }
      return;
    }
    for (const n of r.nodes) {
      p.nodeName[j] = str(n.node);
      p.verdict[j] = n.filter.ok ? -1 : verdictOf(n.filter);
      p.total[j] = n.scores ? (n.total ?? 0) : NaN;
      p.scoreStart[j] = k;
      if (n.scores) for (const plugin in n.scores) p.scores[k++] = scoreOf(plugin, n.scores[plugin]);
      j++;
    }
  });
  p.start[count] = j;
  p.scoreStart[nodes] = k;
  return p;
}

/** The buffers to move (not copy) to the page. */
export function packedBuffers(p: PackedScheduling): ArrayBuffer[] {
  return [p.t, p.ns, p.pod, p.node, p.start, p.nodeName, p.verdict, p.total, p.scoreStart, p.scores].map((a) => a.buffer as ArrayBuffer);
}

const OK = Object.freeze({ ok: true as const });

function nodesOf(p: PackedScheduling, i: number): NodeVerdict[] {
  const out: NodeVerdict[] = [];
  const verdicts = p.verdicts.map(([plugin, reason]) => ({ ok: false as const, plugin: p.strings[plugin], reason: p.strings[reason] }));
  for (let j = p.start[i]; j < p.start[i + 1]; j++) {
    const v = p.verdict[j];
    const n: NodeVerdict = { node: p.strings[p.nodeName[j]], filter: v < 0 ? OK : verdicts[v] };
    if (!Number.isNaN(p.total[j])) {
      const scores: Record<string, PluginScore> = {};
      for (let k = p.scoreStart[j]; k < p.scoreStart[j + 1]; k++) {
        const [plugin, raw, normalized, weight] = p.scoreTable[p.scores[k]];
        scores[p.strings[plugin]] = { raw, normalized, weight };
      }
      n.scores = scores;
      n.total = p.total[j];
    }
    out.push(n);
  }
  return out;
}

/**
 * The records again, each a small object whose `nodes` are unpacked on first read (the Why panel
 * reads one pod's; the rest stay packed).
 */
export function unpackScheduling(p: PackedScheduling): SchedulingRecord[] {
  const out: SchedulingRecord[] = new Array(p.count);
  for (let i = 0; i < p.count; i++) {
    const rec = { t: p.t[i], namespace: p.strings[p.ns[i]], pod: p.strings[p.pod[i]], node: p.node[i] < 0 ? undefined : p.strings[p.node[i]] } as SchedulingRecord;
    Object.defineProperty(rec, "nodes", {
      enumerable: true,
      configurable: true,
      get() {
        const nodes = nodesOf(p, i);
        Object.defineProperty(rec, "nodes", { value: nodes, enumerable: true, configurable: true, writable: true });
        return nodes;
      },
    });
    out[i] = rec;
  }
  return out;
}
