import type { ProbeRun, Trace, TraceEntry, WriteEntry } from "../../engine/trace/types";
import { ContainerLaneBuilder, type ContainerStatusLike } from "./containerLane";
import { CONDITION_TYPES, type ConditionSpan, type ConditionType, type ContainerKind, type PhaseSpan, type PodLane, type PodMark, type PodPhase, type ProbeTrack, type SummarySpan, type TimelineModel } from "./types";

export type * from "./types";

/** The parts of a v1 Pod snapshot the timeline reads. */
interface PodLike {
  metadata?: { deletionTimestamp?: string; deletionGracePeriodSeconds?: number };
  spec?: {
    terminationGracePeriodSeconds?: number;
    initContainers?: { name: string; restartPolicy?: string; lifecycle?: { preStop?: unknown } }[];
    containers?: { name: string; lifecycle?: { preStop?: unknown } }[];
  };
  status?: {
    phase?: string;
    conditions?: { type: string; status: string; reason?: string }[];
    initContainerStatuses?: ContainerStatusLike[];
    containerStatuses?: ContainerStatusLike[];
  };
}

const FIELD_PATH = /^spec\.(initContainers|containers)\{(.+)\}$/;
const PROBE_PREFIX: Record<string, ProbeTrack["probe"]> = { Liveness: "liveness", Readiness: "readiness", Startup: "startup" };
const PHASES = new Set(["Pending", "Running", "Succeeded", "Failed", "Unknown"]);


class PodLaneBuilder {
  readonly lane: PodLane;
  /** Spans in progress; `end` is set when they close. */
  private phase: PhaseSpan | undefined;
  private summary: SummarySpan | undefined;
  private conds = new Map<ConditionType, ConditionSpan>();
  private containers = new Map<string, ContainerLaneBuilder>();
  private deleted = false;

  constructor(e: WriteEntry) {
    this.lane = {
      uid: e.ref.uid,
      name: e.ref.name,
      namespace: e.ref.namespace,
      created: e.t,
      phases: [],
      conditions: { PodScheduled: [], Initialized: [], ContainersReady: [], Ready: [] },
      summary: [],
      marks: [],
      containers: [],
    };
    const pod = (e.object ?? {}) as PodLike;
    const grace = pod.spec?.terminationGracePeriodSeconds ?? 30;
    const add = (name: string, kind: ContainerKind, index: number, preStop: boolean) => {
      if (!this.containers.has(name)) this.containers.set(name, new ContainerLaneBuilder(name, kind, index, { preStop, grace }));
    };
    (pod.spec?.initContainers ?? []).forEach((c, i) => add(c.name, c.restartPolicy === "Always" ? "sidecar" : "init", i, !!c.lifecycle?.preStop));
    (pod.spec?.containers ?? []).forEach((c, i) => add(c.name, "regular", i, !!c.lifecycle?.preStop));
    this.write(e);
  }

  container(name: string): ContainerLaneBuilder | undefined {
    return this.containers.get(name);
  }

  write(e: WriteEntry): void {
    if (e.verb === "delete" || !e.object) {
      this.lane.marks.push({ kind: "removed", t: e.t, id: e.id });
      this.finish(e.t, false);
      this.lane.removed = e.t;
      return;
    }
    const pod = e.object as PodLike;
    const st = pod.status ?? {};
    const phase = (PHASES.has(st.phase ?? "") ? st.phase : "Pending") as PodPhase;
    const terminating = !!pod.metadata?.deletionTimestamp;
    if (terminating && !this.deleted) {
      this.deleted = true;
      const mark: PodMark = { kind: "deletion", t: e.t, id: e.id };
      if (pod.metadata?.deletionGracePeriodSeconds !== undefined) mark.gracePeriodSeconds = pod.metadata.deletionGracePeriodSeconds;
      this.lane.marks.push(mark);
    }
    const p = this.phase;
    if (!p || p.phase !== phase || p.terminating !== terminating) {
      if (p) {
        p.end = e.t;
        this.lane.phases.push(p);
      }
      this.phase = { kind: "phase", start: e.t, end: e.t, open: false, ids: [e.id], phase, terminating };
    }
    const conditions = st.conditions ?? [];
    for (const type of CONDITION_TYPES) {
      let c: (typeof conditions)[number] | undefined;
      for (const x of conditions) if (x.type === type) c = x;
      const cur = this.conds.get(type);
      if (cur && (!c || c.status !== cur.status)) {
        cur.end = e.t;
        this.lane.conditions[type].push(cur);
        this.conds.delete(type);
      }
      if (c && (!cur || c.status !== cur.status)) {
        const status = c.status === "True" || c.status === "False" ? c.status : "Unknown";
        this.conds.set(type, { kind: "condition", condition: type, status, start: e.t, end: e.t, open: false, ids: [e.id], reason: c.reason });
      }
    }
    this.summarize(e);
    for (const list of [st.initContainerStatuses, st.containerStatuses]) {
      if (list) for (const cs of list) this.containers.get(cs.name)?.status(e.t, e.id, cs);
    }
  }

  /** Folds the open condition spans into the summary lane: the first condition not yet True. */
  private summarize(e: WriteEntry): void {
    let passed = 0;
    let blocking: ConditionSpan | undefined;
    let missing: ConditionType | undefined;
    for (const type of CONDITION_TYPES) {
      const c = this.conds.get(type);
      if (c?.status === "True") {
        passed++;
        continue;
      }
      if (c) blocking = c;
      else missing = type;
      break;
    }
    const type = blocking?.condition ?? missing;
    const status = blocking ? blocking.status : missing ? "absent" : "True";
    const cur = this.summary;
    if (cur && cur.blocking === type && cur.status === status && cur.reason === blocking?.reason) return;
    if (cur) {
      cur.end = e.t;
      this.lane.summary.push(cur);
    }
    const next: SummarySpan = { kind: "conditions", start: e.t, end: e.t, open: false, ids: [e.id], status, passed };
    if (type) next.blocking = type;
    if (blocking?.reason) next.reason = blocking.reason;
    this.summary = next;
  }

  finish(t: number, open: boolean): void {
    const sum = this.summary;
    if (sum) {
      sum.end = t;
      sum.open = open;
      this.lane.summary.push(sum);
    }
    this.summary = undefined;
    const p = this.phase;
    if (p) {
      p.end = t;
      p.open = open;
      this.lane.phases.push(p);
    }
    this.phase = undefined;
    for (const [type, c] of this.conds) {
      c.end = t;
      c.open = open;
      this.lane.conditions[type].push(c);
    }
    this.conds.clear();
    const order = { init: 0, sidecar: 0, regular: 1 };
    this.lane.containers = [...this.containers.values()]
      .map((b) => b.finish(t, open))
      .sort((a, b) => order[a.kind] - order[b.kind] || a.index - b.index);
    this.containers.clear();
  }
}

const fieldPaths = new Map<string, string | undefined>();

/** "spec.containers{app}" → "app" (memoised: a run repeats the same few field paths). */
function containerOf(fieldPath: string): string | undefined {
  if (fieldPaths.has(fieldPath)) return fieldPaths.get(fieldPath);
  const name = FIELD_PATH.exec(fieldPath)?.[2];
  if (fieldPaths.size > 10_000) fieldPaths.clear();
  fieldPaths.set(fieldPath, name);
  return name;
}

function probeKindOf(message: string): ProbeTrack["probe"] | undefined {
  const m = /^(\w+) probe failed/.exec(message);
  return m ? PROBE_PREFIX[m[1]] : undefined;
}

/** Groups probe runs by pod uid, container and probe, each track's runs in time order. */
function probeTracks(runs: ProbeRun[]): Map<string, ProbeTrack> {
  const out = new Map<string, ProbeTrack>();
  for (const r of runs) {
    const key = `${r.podUid}/${r.container}/${r.probe}`;
    let tr = out.get(key);
    if (!tr) out.set(key, (tr = { probe: r.probe, runs: [], attempts: 0, failures: [] }));
    tr.runs.push(r);
    tr.attempts += r.count;
  }
  for (const tr of out.values()) tr.runs.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Builds the model in slices: `step(deadline)` handles entries until `deadline()` says stop and
 * returns the model once the last entry is in, so a page can spread a 100,000-entry trace over
 * several short tasks. Same result as buildTimeline.
 */
export class TimelineBuilder {
  private readonly pods = new Map<string, PodLaneBuilder>();
  private readonly done: PodLane[] = [];
  private readonly order = new Map<string, number>();
  private tracks: Map<string, ProbeTrack> | undefined;
  /** Unhealthy events handled before the probe tracks were built, by track key. */
  private readonly failuresSeen: Array<[key: string, failure: { t: number; id: number }]> = [];
  private markCount = 0;
  private next = 0;
  private open: PodLaneBuilder[] | undefined;
  private closed = 0;
  private result: TimelineModel | undefined;

  constructor(private readonly trace: Trace) {}

  /** Share of the entries handled so far, 0 – 1. */
  get progress(): number {
    return this.trace.entries.length ? this.next / this.trace.entries.length : 1;
  }

  /**
   * Handles the entries there are so far, closing nothing: for a trace still arriving in slices
   * (its entries array grows, its probe runs come last); `step` later finishes it.
   */
  feed(): void {
    const entries = this.trace.entries;
    for (; this.next < entries.length; this.next++) this.entry(entries[this.next]);
  }

  /** Handles entries (checking `deadline` every 256 entries or pods) and returns the model when done. */
  step(deadline: () => boolean = () => false): TimelineModel | undefined {
    if (this.result) return this.result;
    const entries = this.trace.entries;
    if (!this.tracks) {
      this.tracks = probeTracks(this.trace.probes);
      // Failures seen while the probe runs were not there yet (feed), in the order seen.
      for (const [key, f] of this.failuresSeen) this.tracks.get(key)?.failures.push(f);
      this.failuresSeen.length = 0;
      if (deadline()) return undefined;
    }
    while (this.next < entries.length) {
      const end = Math.min(entries.length, this.next + 256);
      for (; this.next < end; this.next++) this.entry(entries[this.next]);
      if (deadline()) return undefined;
    }
    // Pods still there at the end close their spans as open ones, a slice at a time.
    this.open ??= [...this.pods.values()];
    while (this.closed < this.open.length) {
      const end = Math.min(this.open.length, this.closed + 256);
      for (; this.closed < end; this.closed++) {
        const b = this.open[this.closed];
        b.finish(this.trace.until, true);
        this.done.push(b.lane);
      }
      if (this.closed < this.open.length && deadline()) return undefined;
    }
    return (this.result = this.finish());
  }

  private entry(e: TraceEntry): void {
    const pods = this.pods;
    if (e.type === "write") {
      if (e.ref.kind !== "Pod") return;
      const b = pods.get(e.ref.uid);
      if (!b) {
        if (e.verb === "delete" || !e.object) return;
        this.order.set(e.ref.uid, this.order.size);
        pods.set(e.ref.uid, new PodLaneBuilder(e));
        return;
      }
      b.write(e);
      if (b.lane.removed !== undefined) {
        pods.delete(e.ref.uid);
        this.done.push(b.lane);
      }
    } else if (e.type === "runtime") {
      pods.get(e.pod.uid)?.container(e.container)?.runtimeExit(e);
    } else {
      const obj = e.event.object;
      if (obj.kind !== "Pod") return;
      const b = pods.get(obj.uid);
      if (!b) return;
      this.markCount++;
      const name = obj.fieldPath ? containerOf(obj.fieldPath) : undefined;
      const c = name !== undefined ? b.container(name) : undefined;
      if (!c) {
        b.lane.marks.push({ kind: "event", t: e.t, id: e.id, type: e.event.type, reason: e.event.reason, message: e.event.message });
        return;
      }
      c.event(e);
      if (e.event.reason === "Unhealthy") {
        const probe = probeKindOf(e.event.message);
        if (probe) {
          const key = `${obj.uid}/${name}/${probe}`;
          if (!this.tracks) this.failuresSeen.push([key, { t: e.t, id: e.id }]);
          else this.tracks.get(key)?.failures.push({ t: e.t, id: e.id });
        }
      }
    }
  }

  private finish(): TimelineModel {
    const { done, order, trace } = this;
    const tracks = this.tracks ?? new Map<string, ProbeTrack>();
    this.pods.clear();
    this.open = undefined;
    done.sort((a, b) => (order.get(a.uid) ?? 0) - (order.get(b.uid) ?? 0));
    this.attachProbes(done, tracks);
    return { until: trace.until, pods: done, markCount: this.markCount };
  }

  /** Gives each container its probe tracks (their attempts count as marks). */
  private attachProbes(lanes: readonly PodLane[], tracks: ReadonlyMap<string, ProbeTrack>): void {
    // Most big runs probe nothing: 10,000 pods would otherwise make 30,000 keys to find no track.
    if (tracks.size === 0) return;
    for (const pod of lanes)
      for (const c of pod.containers)
        for (const probe of ["startup", "liveness", "readiness"] as const) {
          const tr = tracks.get(`${pod.uid}/${c.name}/${probe}`);
          if (!tr) continue;
          c.probes.push(tr);
          this.markCount += tr.attempts;
        }
  }
}

/**
 * Derives every pod's lanes from a trace: phase and condition spans (and their one-lane
 * summary), one lane per init, sidecar and regular container with state spans at runtime-exact
 * times, overlays (grace periods, back-offs, image pulls), event marks and probe tracks. Pure (no
 * DOM: it can run in a worker); cost is linear in the entries and probe runs (probe attempts stay
 * run-length encoded). Lanes are in creation order, so `created` never decreases along `pods`.
 */
export function buildTimeline(trace: Trace): TimelineModel {
  return new TimelineBuilder(trace).step() as TimelineModel;
}
