import type { ProbeAttempt } from "./probes";
import type { ContainerKind, ProbeTrack, TimelineMark, TimelineSpan } from "./types";

/** Looks up "timeline.*" text in the current language (the component passes i18n's t bound to the locale). */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

function trimNum(v: number, digits: number): string {
  return String(Number(v.toFixed(digits)));
}

/** A duration in the kubelet's style: "20s", "1m20s", "5m", "1h2m" (Korean: "20초", "1분 20초"). */
export function formatDuration(tr: Translate, seconds: number): string {
  const s = Math.max(0, seconds);
  if (s < 60) return tr("timeline.dur.s", { s: trimNum(s, s < 10 ? 3 : 1) });
  if (s < 3600) {
    const m = Math.floor(s / 60);
    const rest = Number((s - m * 60).toFixed(1));
    return rest ? tr("timeline.dur.ms", { m, s: rest }) : tr("timeline.dur.m", { m });
  }
  const h = Math.floor(s / 3600);
  const m = Math.round((s - h * 3600) / 60);
  return m ? tr("timeline.dur.hm", { h, m }) : tr("timeline.dur.h", { h });
}

/** A point in simulated time, to the millisecond: "12.5 s" / "12.5초". */
export function formatTime(tr: Translate, t: number): string {
  return tr("timeline.time", { s: trimNum(t, 3) });
}

/** Tick values for the time axis: round steps (1 s, 5 s, 30 s, 1 m, 5 m…) giving about `count` ticks. */
export function timeTicks(t0: number, t1: number, count: number): number[] {
  const steps = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400, 43200, 86400];
  const span = Math.max(t1 - t0, 1e-9);
  const step = steps.find((s) => span / s <= Math.max(1, count)) ?? steps[steps.length - 1];
  const out: number[] = [];
  for (let v = Math.ceil(t0 / step - 1e-9) * step; v <= t1 + 1e-9; v += step) out.push(Number(v.toFixed(6)));
  return out;
}

export function containerKindLabel(tr: Translate, kind: ContainerKind): string {
  return tr(`timeline.kind.${kind}`);
}

export function probeLabel(tr: Translate, track: ProbeTrack): string {
  return tr(`timeline.probe.${track.probe}`);
}

/**
 * The short text drawn inside a span when it is wide enough ("CrashLoopBackOff 20s", "Error (137)",
 * "grace 30s"). Init containers have no readiness, so theirs is plain "Running".
 */
export function spanLabel(tr: Translate, s: TimelineSpan, kind?: ContainerKind): string {
  switch (s.kind) {
    case "phase":
      return s.terminating ? tr("timeline.span.terminating") : s.phase;
    case "condition":
      return `${s.condition}=${s.status}`;
    case "conditions":
      if (!s.blocking) return tr("timeline.span.summaryAll");
      return s.status === "absent" ? tr("timeline.span.summaryAbsent", { passed: s.passed, type: s.blocking }) : tr("timeline.span.summaryBlocked", { passed: s.passed, type: s.blocking, status: s.status });
    case "waiting":
      return s.delaySeconds !== undefined ? tr("timeline.span.waitingDelay", { reason: s.reason, delay: formatDuration(tr, s.delaySeconds) }) : s.reason || "Waiting";
    case "running":
      if (kind === "init") return "Running";
      return tr(s.ready ? "timeline.span.runningReady" : "timeline.span.runningNotReady");
    case "terminated":
      return tr("timeline.span.terminated", { reason: s.reason || "Terminated", code: s.exitCode });
    case "grace":
      return tr("timeline.span.grace", { d: formatDuration(tr, s.gracePeriodSeconds) });
    case "backoff":
      if (s.delaySeconds === undefined) return tr("timeline.span.backoffPlain");
      return tr(s.what === "image" ? "timeline.span.pullBackoff" : "timeline.span.backoff", { d: formatDuration(tr, s.delaySeconds) });
    case "pull":
      return tr(s.outcome === "failed" ? "timeline.span.pullFailed" : s.outcome === "pulled" ? "timeline.span.pulled" : "timeline.span.pulling", { image: s.image });
  }
}

/** Whether a span shows something going wrong (drawn hatched, not just in another colour). */
export function spanIsError(s: TimelineSpan): boolean {
  switch (s.kind) {
    case "phase":
      return s.phase === "Failed";
    case "terminated":
      return s.exitCode !== 0;
    case "waiting":
      return !["ContainerCreating", "PodInitializing", ""].includes(s.reason);
    case "pull":
      return s.outcome === "failed";
    default:
      return false;
  }
}

/** Tooltip lines for a span: a title first, then details. */
export function spanDetails(tr: Translate, s: TimelineSpan, kind?: ContainerKind): string[] {
  const range = tr("timeline.tip.range", { from: formatTime(tr, s.start), to: formatTime(tr, s.end), dur: formatDuration(tr, s.end - s.start) });
  const lines: string[] = [];
  switch (s.kind) {
    case "phase":
      lines.push(s.terminating ? tr("timeline.tip.terminating", { phase: s.phase }) : tr("timeline.tip.phase", { phase: s.phase }));
      break;
    case "condition":
      lines.push(tr("timeline.tip.condition", { type: s.condition, status: s.status }));
      if (s.reason) lines.push(tr("timeline.tip.reason", { reason: s.reason }));
      break;
    case "conditions":
      if (!s.blocking) lines.push(tr("timeline.tip.summaryAll"));
      else {
        lines.push(tr("timeline.tip.summary", { passed: s.passed }));
        lines.push(s.status === "absent" ? tr("timeline.tip.summaryAbsent", { type: s.blocking }) : tr("timeline.tip.condition", { type: s.blocking, status: s.status }));
        if (s.reason) lines.push(tr("timeline.tip.reason", { reason: s.reason }));
      }
      lines.push(tr("timeline.tip.unfold"));
      break;
    case "waiting":
      lines.push(tr("timeline.tip.waiting", { reason: s.reason || "—" }));
      if (s.message) lines.push(tr("timeline.tip.message", { message: s.message }));
      lines.push(tr("timeline.tip.restartCount", { n: s.restartCount }));
      break;
    case "running":
      lines.push(kind === "init" ? "Running" : tr(s.ready ? "timeline.tip.runningReady" : "timeline.tip.runningNotReady"));
      if (!s.started) lines.push(tr("timeline.tip.notStarted"));
      lines.push(tr("timeline.tip.restartCount", { n: s.restartCount }));
      break;
    case "terminated":
      lines.push(tr("timeline.tip.terminated", { reason: s.reason || "—", code: s.exitCode }));
      lines.push(tr("timeline.tip.restartCount", { n: s.restartCount }));
      break;
    case "grace":
      lines.push(tr("timeline.tip.grace", { d: formatDuration(tr, s.gracePeriodSeconds), deadline: formatTime(tr, s.deadline) }));
      lines.push(s.message);
      if (!s.open) lines.push(tr("timeline.tip.graceEnd", { d: formatDuration(tr, s.end - s.start) }));
      break;
    case "backoff": {
      const d = s.delaySeconds !== undefined ? formatDuration(tr, s.delaySeconds) : undefined;
      const key = s.what === "image" ? "timeline.tip.backoffImage" : "timeline.tip.backoffRestart";
      lines.push(d ? tr(key, { d }) : tr(`${key}Plain`));
      break;
    }
    case "pull":
      lines.push(tr("timeline.tip.pull", { image: s.image }));
      if (s.outcome === "failed") lines.push(tr("timeline.tip.pullFailed"));
      if (s.message) lines.push(s.message);
      break;
  }
  lines.splice(1, 0, range);
  if (s.open) lines.push(tr("timeline.tip.ongoing"));
  lines.push(tr("timeline.tip.entry", { id: s.ids[0] }));
  return lines;
}

export function markDetails(tr: Translate, m: TimelineMark): string[] {
  const at = tr("timeline.tip.at", { time: formatTime(tr, m.t) });
  const lines: string[] = [];
  switch (m.kind) {
    case "deletion":
      lines.push(m.gracePeriodSeconds !== undefined ? tr("timeline.tip.deletion", { d: formatDuration(tr, m.gracePeriodSeconds) }) : tr("timeline.tip.deletionPlain"));
      break;
    case "removed":
      lines.push(tr("timeline.tip.removed"));
      break;
    case "restart":
      lines.push(tr("timeline.tip.restart", { n: m.restartCount }), m.message);
      break;
    case "hook":
      if (m.hook === "kill") lines.push(tr("timeline.tip.kill"));
      else lines.push(tr("timeline.tip.hookFailed", { hook: m.hook }));
      lines.push(tr("timeline.tip.event", { type: m.type, reason: m.reason }), m.message);
      if (m.preStop) lines.push(tr("timeline.tip.preStop"));
      break;
    case "event":
      lines.push(tr("timeline.tip.event", { type: m.type, reason: m.reason }), m.message);
      break;
  }
  lines.splice(1, 0, at);
  lines.push(tr("timeline.tip.entry", { id: m.id }));
  return lines;
}

/** Details of marks that coincide (Pulled, Created, Started at the same instant): the top one in full, then one line each. */
export function marksDetails(tr: Translate, marks: readonly TimelineMark[]): string[] {
  const lines = markDetails(tr, marks[0]);
  for (const m of marks.slice(1, 6)) {
    const what = "reason" in m ? `${m.reason}: ${m.message}` : markDetails(tr, m)[0];
    lines.push(`• ${formatTime(tr, m.t)} ${what} (#${m.id})`);
  }
  if (marks.length > 6) lines.push("…");
  return lines;
}

export function probeDetails(tr: Translate, track: ProbeTrack, a: ProbeAttempt): string[] {
  const probe = probeLabel(tr, track);
  const lines = [
    tr(a.run.result === "success" ? "timeline.tip.probeSuccess" : "timeline.tip.probeFailure", { probe }),
    tr("timeline.tip.at", { time: formatTime(tr, a.t) }),
    tr("timeline.tip.probeCount", { n: a.consecutive, threshold: a.run.threshold }),
  ];
  if (a.run.output) lines.push(tr("timeline.tip.probeOutput", { output: a.run.output.trim() }));
  if (a.id !== undefined) lines.push(tr("timeline.tip.entry", { id: a.id }));
  return lines;
}
