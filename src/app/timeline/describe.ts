import { formatDuration, formatTime, type Translate } from "./format";
import type { ContainerKind, PhaseSpan, PodLane, StateSpan, TimelineModel } from "./types";

export interface ContainerAt {
  name: string;
  kind: ContainerKind;
  state: StateSpan | undefined;
  /** Seconds the current state has lasted at t. */
  since: number;
  restarts: number;
}

export interface PodAt {
  name: string;
  namespace: string;
  phase: PhaseSpan | undefined;
  ready: number;
  /** Containers that count in READY (regular and sidecars, as kubectl counts them). */
  total: number;
  containers: ContainerAt[];
}

/** The last span starting at or before t (spans are in time order; zero-length ones lose to the next). */
export function spanAt<S extends { start: number; end: number }>(spans: S[], t: number): S | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= t + 1e-9) lo = mid + 1;
    else hi = mid;
  }
  const s = lo > 0 ? spans[lo - 1] : undefined;
  return s && t <= s.end + 1e-9 ? s : undefined;
}

function exists(p: PodLane, t: number): boolean {
  return p.created <= t + 1e-9 && (p.removed === undefined || t < p.removed - 1e-9);
}

/** Every pod that exists at t (the first `limit` of them), with each container's state, in lane order. */
export function statusAt(model: TimelineModel, t: number, limit = Infinity): PodAt[] {
  const out: PodAt[] = [];
  for (const p of model.pods) {
    if (p.created > t + 1e-9) break;
    if (!exists(p, t)) continue;
    if (out.length >= limit) break;
    let ready = 0;
    let total = 0;
    const containers = p.containers.map((c): ContainerAt => {
      const state = spanAt(c.states, t);
      let restarts = 0;
      for (const m of c.marks) {
        if (m.t > t + 1e-9) break;
        if (m.kind === "restart") restarts++;
      }
      if (c.kind !== "init") {
        total++;
        if (state?.kind === "running" && state.ready) ready++;
      }
      return { name: c.name, kind: c.kind, state, since: state ? t - state.start : 0, restarts };
    });
    out.push({ name: p.name, namespace: p.namespace, phase: spanAt(p.phases, t), ready, total, containers });
  }
  return out;
}

function containerText(tr: Translate, c: ContainerAt): string {
  const s = c.state;
  let state: string;
  if (!s) state = tr("timeline.live.noState");
  else if (s.kind === "running") {
    state = tr("timeline.live.running", { since: formatDuration(tr, Math.floor(c.since)) });
    if (!s.ready && c.kind !== "init") state += `, ${tr("timeline.live.notReady")}`;
  } else if (s.kind === "waiting") state = tr("timeline.live.waiting", { reason: s.reason || "—" });
  else state = tr("timeline.live.terminated", { reason: s.reason || "—", code: s.exitCode });
  if (c.restarts === 1) state += `, ${tr("timeline.live.restartsOne")}`;
  else if (c.restarts > 1) state += `, ${tr("timeline.live.restartsOther", { n: c.restarts })}`;
  return tr("timeline.live.container", { kind: tr(`timeline.live.kind.${c.kind}`), name: c.name, state });
}

/** The text alternative names this many pods and counts the rest (a sentence per pod of 10,000 helps no one). */
const DESCRIBED_PODS = 12;

/**
 * The text alternative for the playhead: one sentence per pod, e.g.
 * "web: Running, 1/1 ready; container app Running since 12s, 2 restarts".
 */
export function describeAt(model: TimelineModel, t: number, tr: Translate, limit = DESCRIBED_PODS): string {
  const time = formatTime(tr, Math.floor(t));
  const pods = statusAt(model, t, limit);
  if (!pods.length) return tr("timeline.live.noPods", { time });
  let more = 0;
  if (pods.length >= limit) {
    for (const p of model.pods) {
      if (p.created > t + 1e-9) break;
      if (exists(p, t)) more++;
    }
    more -= pods.length;
  }
  const parts = pods.map((p) => {
    const phase = p.phase ? (p.phase.terminating ? tr("timeline.span.terminating") : p.phase.phase) : "Pending";
    const head = tr("timeline.live.pod", { name: p.name, phase, ready: p.ready, total: p.total });
    return [head, ...p.containers.map((c) => containerText(tr, c))].join("; ");
  });
  const tail = more > 0 ? ` ${tr("timeline.live.more", { n: more })}` : "";
  return `${tr("timeline.live.at", { time })} ${parts.join(". ")}.${tail}`;
}
