/**
 * `kubectl get events`, ported from printEvent in pkg/printers/internalversion/printers.go.
 *
 * kubectl v1.34 does not sort events (issue #29838 is still open; the default-sort PR #82898
 * was closed unmerged): rows come in API list order, i.e. by namespace, then by Event name
 * `<object>.<hex nanos>` — grouped by object name alphabetically, then by first occurrence.
 * That surprising order is what users see, so it is kept.
 */
import type { Event } from "../api/types";
import { DEFAULT_EPOCH_MS, type SimEvent } from "../api/events";
import { foldEvents } from "./foldEvents";
import { simMs, translateTimestampSince } from "./time";
import { tableTabWriter } from "./tabwriter";
import { noResourcesFound, writeTableHeader, writeTableRow } from "./table";

export { foldEvents, EVENT_TTL_SECONDS } from "./foldEvents";

export interface EventTableOptions {
  /** Namespace to list (default `default`); ignored with allNamespaces. */
  namespace?: string;
  /** `-A`: every namespace, with a leading NAMESPACE column. */
  allNamespaces?: boolean;
  /** `-o wide`: SUBOBJECT, SOURCE, FIRST SEEN, COUNT, NAME. */
  wide?: boolean;
  noHeaders?: boolean;
  epochMs?: number;
}

const COLUMNS = ["Last Seen", "Type", "Reason", "Object", "Message"];
const WIDE_COLUMNS = ["Last Seen", "Type", "Reason", "Object", "Subobject", "Source", "Message", "First Seen", "Count", "Name"];

/** formatEventSource in printers.go: component (or reportingController), then host/instance. */
function formatEventSource(e: Event): string {
  const component = e.source?.component || e.reportingComponent || "";
  const instance = e.source?.host || e.reportingInstance || "";
  return instance ? `${component}, ${instance}` : component;
}

/** The cells printEvent produces for one Event. */
export function eventCells(e: Event, nowMs: number, wide = false): string[] {
  let firstSeen = translateTimestampSince(e.firstTimestamp, nowMs);
  if (!e.firstTimestamp) firstSeen = translateTimestampSince(e.eventTime, nowMs);
  let lastSeen = translateTimestampSince(e.lastTimestamp, nowMs);
  if (!e.lastTimestamp) lastSeen = firstSeen;
  let count = e.count ?? 0;
  if (e.series) {
    lastSeen = translateTimestampSince(e.series.lastObservedTime, nowMs);
    count = e.series.count ?? 0;
  } else if (count === 0) {
    count = 1;
  }
  const o = e.involvedObject;
  const target = o.name ? `${o.kind?.toLowerCase() ?? ""}/${o.name}` : (o.kind?.toLowerCase() ?? "");
  const message = (e.message ?? "").trim();
  if (!wide) return [lastSeen, e.type ?? "", e.reason ?? "", target, message];
  return [
    lastSeen,
    e.type ?? "",
    e.reason ?? "",
    target,
    o.fieldPath ?? "",
    formatEventSource(e),
    message,
    firstSeen,
    String(count),
    e.metadata?.name ?? "",
  ];
}

export function printEvents(events: SimEvent[], now: number, opts: EventTableOptions = {}): string {
  const epochMs = opts.epochMs ?? DEFAULT_EPOCH_MS;
  const namespace = opts.namespace ?? "default";
  const listed = foldEvents(events, now, epochMs).filter(
    (e) => opts.allNamespaces || (e.metadata?.namespace ?? "default") === namespace,
  );
  if (listed.length === 0) return noResourcesFound(opts.allNamespaces ? undefined : namespace);
  const nowMs = simMs(now, epochMs);
  const tw = tableTabWriter();
  if (!opts.noHeaders) {
    const cols = opts.wide ? WIDE_COLUMNS : COLUMNS;
    writeTableHeader(tw, opts.allNamespaces ? ["Namespace", ...cols] : cols);
  }
  for (const e of listed) {
    const cells = eventCells(e, nowMs, opts.wide);
    writeTableRow(tw, opts.allNamespaces ? [e.metadata?.namespace ?? "", ...cells] : cells);
  }
  tw.flush();
  return tw.output();
}
