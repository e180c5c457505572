import type { Trace } from "../../engine/trace/types";
import { watchRows, type WatchRow } from "../../engine/output/watch";

/**
 * What differs between two runs, pod by pod, in what a learner sees in `kubectl get pods`:
 * READY, STATUS, RESTARTS and whether the pod exists. Pure; compare mode draws the ranges as
 * bands on both timelines and turns the facts into sentences.
 */

export type Side = "A" | "B";

export interface Range {
  start: number;
  end: number;
}

/** One pod's row at a time: undefined while it does not exist. */
interface Cells {
  ready: string;
  status: string;
  restarts: number;
}

export interface PodDiff {
  namespace: string;
  /** The pod's name as the summary says it: A's name, "A's / B's" when a controller named them differently. */
  pod: string;
  /** Its name in each run (generated names differ between runs). */
  names: Record<Side, string | undefined>;
  /** Set when the pod appears in only one run. */
  only?: Side;
  /** Where the rows differ (within the compared horizon), merged and ascending. */
  ranges: Range[];
  /** Start of the first range. */
  first: number;
  restarts: Record<Side, { first?: number; total: number }>;
  /** When READY first showed every container ready (n/n, n > 0). */
  ready: Record<Side, number | undefined>;
  /** STATUS texts seen in one run and never in the other. */
  statusOnly: Record<Side, string[]>;
}

export interface TraceDiff {
  /** The compared horizon: the shorter of the two runs. */
  until: number;
  /** The earliest time any pod differs. */
  first?: number;
  /** Pods whose rows differ, in order of their first difference. */
  pods: PodDiff[];
}

type Steps = Array<{ t: number; cells: Cells | undefined }>;

/**
 * Which pod of one run is "the same pod" in the other. A bare pod keeps its name. A controller's
 * pods get generated names that change with the template (the ReplicaSet's hash) and with every
 * replacement, so they are matched by their workload (the Deployment, or the ReplicaSet or Job
 * that owns them) and their creation order within it: the first pod of Deployment web in A is
 * compared with the first pod of Deployment web in B.
 */
function matchKeys(trace: Trace): Map<string, string> {
  const rsOwner = new Map<string, string>();
  for (const e of trace.entries)
    if (e.type === "write" && e.ref.kind === "ReplicaSet" && e.object) {
      const d = (e.object.metadata?.ownerReferences ?? []).find((o: { controller?: boolean; kind: string }) => o.controller && o.kind === "Deployment");
      if (d) rsOwner.set(`${e.ref.namespace}/${e.ref.name}`, `Deployment/${d.name}`);
    }
  const keys = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const e of trace.entries) {
    if (e.type !== "write" || e.ref.kind !== "Pod" || e.verb !== "create" || !e.object) continue;
    const ns = e.ref.namespace;
    const owner = (e.object.metadata?.ownerReferences ?? []).find((o: { controller?: boolean }) => o.controller) as { kind: string; name: string } | undefined;
    if (!owner) continue;
    const workload = owner.kind === "ReplicaSet" ? (rsOwner.get(`${ns}/${owner.name}`) ?? `ReplicaSet/${owner.name}`) : `${owner.kind}/${owner.name}`;
    const n = (counts.get(`${ns}/${workload}`) ?? 0) + 1;
    counts.set(`${ns}/${workload}`, n);
    keys.set(`${ns}/${e.ref.name}`, `${ns}/${workload}#${n}`);
  }
  return keys;
}

function stepsByPod(trace: Trace): Map<string, { namespace: string; pod: string; steps: Steps }> {
  const out = new Map<string, { namespace: string; pod: string; steps: Steps }>();
  const keys = matchKeys(trace);
  for (const r of watchRows(trace).rows as WatchRow[]) {
    if (r.t > trace.until + 1e-9) continue;
    const key = keys.get(`${r.namespace}/${r.pod}`) ?? `${r.namespace}/${r.pod}`;
    let p = out.get(key);
    if (!p) out.set(key, (p = { namespace: r.namespace, pod: r.pod, steps: [] }));
    const cells = r.deleted ? undefined : { ready: r.ready ?? "", status: r.status ?? "", restarts: r.restarts ?? 0 };
    const last = p.steps[p.steps.length - 1];
    // Several rows at one instant: the last one is what stays on screen.
    if (last && last.t === r.t) last.cells = cells;
    else p.steps.push({ t: r.t, cells });
  }
  return out;
}

function at(steps: Steps, t: number): Cells | undefined {
  let cur: Cells | undefined;
  for (const s of steps) {
    if (s.t > t) break;
    cur = s.cells;
  }
  return cur;
}

function same(a: Cells | undefined, b: Cells | undefined): boolean {
  if (!a || !b) return a === b;
  return a.ready === b.ready && a.status === b.status && a.restarts === b.restarts;
}

function allReady(ready: string): boolean {
  const [n, total] = ready.split("/").map(Number);
  return total > 0 && n === total;
}

function facts(steps: Steps | undefined, until: number) {
  let first: number | undefined;
  let total = 0;
  let ready: number | undefined;
  const statuses = new Set<string>();
  for (const s of steps ?? []) {
    if (s.t > until + 1e-9 || !s.cells) continue;
    statuses.add(s.cells.status);
    if (s.cells.restarts > total) {
      total = s.cells.restarts;
      first ??= s.t;
    }
    if (ready === undefined && allReady(s.cells.ready)) ready = s.t;
  }
  return { restarts: { first, total }, ready, statuses };
}

/** Where two step functions differ on [0, until]. */
function differing(a: Steps | undefined, b: Steps | undefined, until: number): Range[] {
  const times = [...new Set([0, ...(a ?? []).map((s) => s.t), ...(b ?? []).map((s) => s.t)])].filter((t) => t <= until).sort((x, y) => x - y);
  const out: Range[] = [];
  for (let i = 0; i < times.length; i++) {
    const t0 = times[i];
    const t1 = i + 1 < times.length ? times[i + 1] : until;
    if (same(at(a ?? [], t0), at(b ?? [], t0))) continue;
    const last = out[out.length - 1];
    if (last && Math.abs(last.end - t0) < 1e-9) last.end = t1;
    else out.push({ start: t0, end: t1 });
  }
  // A difference at the very end (a zero-length range) still counts: give it a visible sliver.
  for (const r of out) if (r.end <= r.start) r.end = r.start;
  return out;
}

export function diffTraces(a: Trace, b: Trace): TraceDiff {
  const until = Math.min(a.until, b.until);
  const pa = stepsByPod(a);
  const pb = stepsByPod(b);
  const pods: PodDiff[] = [];
  for (const key of new Set([...pa.keys(), ...pb.keys()])) {
    const sa = pa.get(key);
    const sb = pb.get(key);
    const id = (sa ?? sb)!;
    const ranges = differing(sa?.steps, sb?.steps, until);
    if (!ranges.length) continue;
    const fa = facts(sa?.steps, until);
    const fb = facts(sb?.steps, until);
    pods.push({
      namespace: id.namespace,
      pod: sa && sb && sa.pod !== sb.pod ? `${sa.pod} / ${sb.pod}` : id.pod,
      names: { A: sa?.pod, B: sb?.pod },
      only: !sa ? "B" : !sb ? "A" : undefined,
      ranges,
      first: ranges[0].start,
      restarts: { A: fa.restarts, B: fb.restarts },
      ready: { A: fa.ready, B: fb.ready },
      statusOnly: { A: [...fa.statuses].filter((s) => !fb.statuses.has(s)), B: [...fb.statuses].filter((s) => !fa.statuses.has(s)) },
    });
  }
  pods.sort((x, y) => x.first - y.first || x.pod.localeCompare(y.pod));
  return { until, first: pods[0]?.first, pods };
}

/** One line of the summary, as data; the view words it in the current language. */
export type Fact =
  | { kind: "only"; pod: string; side: Side }
  | { kind: "restarts"; pod: string; a?: number; b?: number; totalA: number; totalB: number }
  | { kind: "ready"; pod: string; a?: number; b?: number }
  | { kind: "status"; pod: string; side: Side; statuses: string[] }
  | { kind: "differs"; pod: string; start: number; end: number };

/**
 * The few sentences worth saying about each differing pod, most telling first: appears in one run
 * only; restarts (when and how many); when it became ready; statuses one run never shows. A pod
 * that differs in none of these (for example only in timing of a status) gets its first range.
 */
export function summarize(diff: TraceDiff, maxPods = 8): Fact[] {
  const out: Fact[] = [];
  for (const p of diff.pods.slice(0, maxPods)) {
    if (p.only) {
      out.push({ kind: "only", pod: p.pod, side: p.only });
      continue;
    }
    const before = out.length;
    const ra = p.restarts.A;
    const rb = p.restarts.B;
    if (ra.first !== rb.first || ra.total !== rb.total) out.push({ kind: "restarts", pod: p.pod, a: ra.first, b: rb.first, totalA: ra.total, totalB: rb.total });
    if (p.ready.A !== p.ready.B) out.push({ kind: "ready", pod: p.pod, a: p.ready.A, b: p.ready.B });
    for (const side of ["A", "B"] as const) if (p.statusOnly[side].length) out.push({ kind: "status", pod: p.pod, side, statuses: p.statusOnly[side] });
    if (out.length === before) out.push({ kind: "differs", pod: p.pod, start: p.ranges[0].start, end: p.ranges[0].end });
  }
  return out;
}
