/**
 * Turns raw event occurrences into the Event objects the API server would hold at `now`.
 *
 * Components on the legacy core/v1 API (kubelet, controllers) go through client-go's
 * EventCorrelator: an occurrence whose (source component + host, involved object incl.
 * fieldPath and UID, type, reason, message) matches an earlier one PATCHes that Event —
 * count+1, lastTimestamp moves, firstTimestamp and name stay. The kube-scheduler records
 * through events.k8s.io/v1, so its Events have `eventTime`, `reportingComponent`, an empty
 * `source`, no first/last timestamps, and repeats become an EventSeries.
 *
 * Not modelled (documented simplifications):
 * - the correlator's spam filter (25-event burst per source+object, +1 per 5 min) and its
 *   aggregation of >10 similar events into "(combined from similar events)";
 * - the events.k8s.io series bookkeeping (counts written only on 30-min heartbeats, series
 *   closed after 6 min of silence).
 *
 * Modelled: the API server's 1 h event TTL, refreshed by every write. An Event whose last
 * occurrence is an hour old disappears; if it recurs, the correlator re-creates it under the
 * same name with its original firstTimestamp and accumulated count.
 */
import type { Event } from "../api/types";
import { DEFAULT_EPOCH_MS, type SimEvent } from "../api/events";
import { formatRFC3339, formatRFC3339Micro, simMs } from "./time";

/** Default `--event-ttl` of kube-apiserver. */
export const EVENT_TTL_SECONDS = 3600;

/** Reporters that use the events.k8s.io/v1 API (new-style events). */
const EVENTS_V1_REPORTERS = new Set(["default-scheduler"]);

/** events.k8s.io `action` the scheduler sets, keyed by reason. */
const SCHEDULER_ACTIONS: Record<string, string> = { Scheduled: "Binding", FailedScheduling: "Scheduling" };

const API_VERSIONS: Record<string, string> = {
  Deployment: "apps/v1",
  ReplicaSet: "apps/v1",
  StatefulSet: "apps/v1",
  DaemonSet: "apps/v1",
  Job: "batch/v1",
  CronJob: "batch/v1",
};

interface Group {
  first: SimEvent;
  lastT: number;
  count: number;
  name: string;
}

function correlationKey(e: SimEvent): string {
  const o = e.object;
  return [e.source, e.host ?? "", o.kind, o.namespace, o.name, o.fieldPath ?? "", o.uid, e.type, e.reason, e.message].join(
    "\u0000",
  );
}

/** Go compares strings bytewise; names are ASCII, so code-unit order is the same. */
export function compareGoStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every Event visible at `now`, in the order the API lists them (namespace, then name; names
 * are `<object>.<hex UnixNano of the first occurrence>`, so per object that is creation order).
 */
export function foldEvents(events: SimEvent[], now: number, epochMs: number = DEFAULT_EPOCH_MS): Event[] {
  const happened = events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.t <= now)
    .sort((a, b) => a.e.t - b.e.t || a.i - b.i)
    .map(({ e }) => e);

  const groups = new Map<string, Group>();
  const namesTaken = new Map<string, number>();
  for (const e of happened) {
    const key = correlationKey(e);
    const existing = groups.get(key);
    if (existing) {
      existing.count++;
      existing.lastT = e.t;
      continue;
    }
    groups.set(key, { first: e, lastT: e.t, count: 1, name: eventName(e, epochMs, namesTaken) });
  }

  const visible = [...groups.values()].filter((g) => now - g.lastT < EVENT_TTL_SECONDS);
  return visible
    .map((g) => toApiEvent(g, epochMs))
    .sort(
      (a, b) =>
        compareGoStrings(a.metadata?.namespace ?? "", b.metadata?.namespace ?? "") ||
        compareGoStrings(a.metadata?.name ?? "", b.metadata?.name ?? ""),
    );
}

/** `fmt.Sprintf("%v.%x", ref.Name, t.UnixNano())`; same-instant creations get distinct nanoseconds. */
function eventName(e: SimEvent, epochMs: number, taken: Map<string, number>): string {
  const micros = BigInt(Math.round(simMs(e.t, epochMs) * 1000));
  const base = `${e.object.namespace}/${e.object.name}/${micros}`;
  const seq = taken.get(base) ?? 0;
  taken.set(base, seq + 1);
  return `${e.object.name}.${(micros * 1000n + BigInt(seq)).toString(16)}`;
}

function toApiEvent(g: Group, epochMs: number): Event {
  const e = g.first;
  const namespace = e.object.namespace || "default";
  const firstMs = simMs(e.t, epochMs);
  const lastMs = simMs(g.lastT, epochMs);
  const involvedObject = {
    apiVersion: API_VERSIONS[e.object.kind] ?? "v1",
    kind: e.object.kind,
    namespace: e.object.namespace,
    name: e.object.name,
    uid: e.object.uid,
    ...(e.object.fieldPath ? { fieldPath: e.object.fieldPath } : {}),
  };
  const metadata = { name: g.name, namespace, creationTimestamp: formatRFC3339(firstMs) };
  if (EVENTS_V1_REPORTERS.has(e.source)) {
    return {
      apiVersion: "v1",
      kind: "Event",
      metadata,
      involvedObject,
      reason: e.reason,
      message: e.message,
      type: e.type,
      source: {},
      eventTime: formatRFC3339Micro(firstMs),
      ...(g.count > 1 ? { series: { count: g.count, lastObservedTime: formatRFC3339Micro(lastMs) } } : {}),
      ...(SCHEDULER_ACTIONS[e.reason] ? { action: SCHEDULER_ACTIONS[e.reason] } : {}),
      reportingComponent: e.source,
      reportingInstance: e.host ? `${e.source}-${e.host}` : "",
    };
  }
  return {
    apiVersion: "v1",
    kind: "Event",
    metadata,
    involvedObject,
    reason: e.reason,
    message: e.message,
    type: e.type,
    source: { component: e.source, ...(e.host ? { host: e.host } : {}) },
    firstTimestamp: formatRFC3339(firstMs),
    lastTimestamp: formatRFC3339(lastMs),
    count: g.count,
    reportingComponent: e.source,
    reportingInstance: e.host ?? "",
  };
}
