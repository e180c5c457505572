/**
 * The `Events:` table at the end of `kubectl describe`, ported from DescribeEvents in
 * describe.go (kubectl v1.34: messages are not yet prefixed with the involved fieldPath,
 * that arrived in v1.35 with PR #133627).
 *
 * Events are sorted with Go's unstable sort.Sort by their last-seen time (series
 * lastObservedTime, else lastTimestamp, else eventTime). lastTimestamp has whole-second
 * precision, so ties are common; the input order is the API's (by name = creation order),
 * which the ported sort keeps for up to 12 events and may reorder beyond, like kubectl does.
 */
import type { Event, Pod } from "../api/types";
import { goSort } from "./goSort";
import { LEVEL_0, LEVEL_1, type PrefixWriter } from "./prefixWriter";
import { parseTime, translateTimestampSince } from "./time";

/** SortableEvents' eventTime(); a zero time sorts first. */
function eventSortTime(e: Event): number {
  const t = e.series ? e.series.lastObservedTime : e.lastTimestamp ? e.lastTimestamp : e.eventTime;
  return parseTime(t) ?? Number.NEGATIVE_INFINITY;
}

/**
 * The events `kubectl describe pod` fetches: field selector on involvedObject name and
 * namespace, plus the UID (the kind is cleared from the reference), so events of an earlier
 * Pod with the same name are not shown.
 */
export function eventsForPod(events: Event[], pod: Pod): Event[] {
  const name = pod.metadata?.name;
  const namespace = pod.metadata?.namespace ?? "default";
  const uid = pod.metadata?.uid;
  return events.filter(
    (e) =>
      e.involvedObject.name === name &&
      (e.involvedObject.namespace || "default") === namespace &&
      (!uid || e.involvedObject.uid === uid),
  );
}

/** The `Age` cell: `<last> (x<count> over <first>)` for repeated events, else the first-seen age. */
export function eventAge(e: Event, nowMs: number): string {
  const firstSince = e.eventTime ? translateTimestampSince(e.eventTime, nowMs) : translateTimestampSince(e.firstTimestamp, nowMs);
  if (e.series) {
    return `${translateTimestampSince(e.series.lastObservedTime, nowMs)} (x${e.series.count ?? 0} over ${firstSince})`;
  }
  if ((e.count ?? 0) > 1) return `${translateTimestampSince(e.lastTimestamp, nowMs)} (x${e.count} over ${firstSince})`;
  return firstSince;
}

export function describeEvents(events: Event[], w: PrefixWriter, nowMs: number): void {
  if (events.length === 0) {
    w.write(LEVEL_0, "Events:\t<none>\n");
    return;
  }
  const sorted = [...events];
  goSort(sorted, (a, b) => eventSortTime(a) < eventSortTime(b));
  w.write(LEVEL_0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
  w.write(LEVEL_1, "----\t------\t----\t----\t-------\n");
  for (const e of sorted) {
    const source = e.source?.component || e.reportingComponent || "";
    w.write(LEVEL_1, `${e.type ?? ""}\t${e.reason ?? ""}\t${eventAge(e, nowMs)}\t${source}\t${(e.message ?? "").trim()}\n`);
  }
}
