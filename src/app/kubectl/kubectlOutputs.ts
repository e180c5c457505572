import type { SimEvent } from "../../engine/api/events";
import type { LogLine } from "../../engine/trace/types";
import { describePod } from "../../engine/printers/describePod";
import { printEvents } from "../../engine/printers/getEvents";
import { kubectlLogs, type LogsRequest, type LogsResult } from "../../engine/printers/logs";
import { countAt } from "../../engine/trace/objectsAt";
import { podAt, type KubectlIndex } from "./kubectlText";

// `describe`, `get events` and `logs` at the playhead. The first picture shows the watch only, so
// these printers load with the first tab that needs them (KubectlPanel) or with the views that print them.

function eventsUpTo(idx: KubectlIndex, t: number): SimEvent[] {
  return idx.events.slice(0, countAt(idx.events, t));
}

/**
 * `kubectl get events` at `t`. Its ages are whole seconds or coarser, so the table printed for
 * the same events within the same second is reused (playing redraws many frames a second).
 */
export function eventsAt(idx: KubectlIndex, t: number): string {
  const count = countAt(idx.events, t);
  // Event timestamps are whole seconds, so every AGE printed is the same within one second.
  const second = Math.floor(t);
  const c = idx.eventsText;
  if (c && c.count === count && c.t === second) return c.text;
  const text = printEvents(idx.events.slice(0, count), t, { epochMs: idx.trace.epochMs });
  idx.eventsText = { count, t: second, text };
  return text;
}

export function describeAt(idx: KubectlIndex, t: number, namespace: string, name: string): string | undefined {
  const pod = podAt(idx, t, namespace, name);
  if (!pod) return undefined;
  return describePod(pod, eventsUpTo(idx, t), t, idx.trace.epochMs);
}

/** `kubectl logs` at `t` for a pod of the trace, exactly as the CLI prints it. */
export function logsAt(idx: KubectlIndex, t: number, namespace: string, req: LogsRequest): LogsResult {
  if (!idx.logsByPod || idx.logsByPodFrom !== idx.trace.logs) {
    const by = new Map<string, LogLine[]>();
    for (const l of idx.trace.logs ?? []) {
      const key = `${l.namespace}/${l.pod}`;
      let list = by.get(key);
      if (!list) by.set(key, (list = []));
      list.push(l);
    }
    idx.logsByPod = by;
    idx.logsByPodFrom = idx.trace.logs;
  }
  return kubectlLogs(podAt(idx, t, namespace, req.pod), idx.logsByPod.get(`${namespace}/${req.pod}`) ?? [], t, idx.trace.epochMs, req);
}
