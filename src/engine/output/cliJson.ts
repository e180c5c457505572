import type { SimulationResult } from "../simulate";
import type { EventEntry, TraceEntry, WriteEntry } from "../trace/types";
import { SERVICE_NAME_LABEL } from "../controllers/endpointSlice";
import { watchRows } from "./watch";
import { statusRows } from "./statusRows";
import { gradeGoals } from "../challenge/grade";
import type { Challenge } from "../challenge/challenge";

/**
 * The CLI's `--json` document (DESIGN.md "The CLI contract"). Events are listed one per
 * occurrence with `count: 1`, so counting them up to a time is exact; printers fold them.
 */
export function cliJson(res: SimulationResult, opts: { notGraded?: string; challenge?: Challenge } = {}) {
  const json = runJson(res);
  // A file with a Challenge document: its goals graded against this very run (DESIGN.md, challenges).
  // A challenge known without the run (the run could not start) has every goal not graded.
  const challenge = res.challenge ?? opts.challenge;
  const notGraded = opts.notGraded ?? (!res.challenge && challenge ? `not graded: ${res.errors[0]?.message ?? "the input did not run"}` : undefined);
  return challenge ? { ...json, goals: gradeGoals(challenge, json, notGraded) } : json;
}

/** The run's part of the JSON: everything but the goals. */
export function runJson(res: SimulationResult) {
  const { rows } = watchRows(res.trace);
  const { containers, conditions } = statusRows(res.trace);
  return {
    podplay: 1,
    kubernetesVersion: res.trace.kubernetesVersion,
    until: res.trace.until,
    errors: res.errors.map(({ message, path, line, column, document }) => ({ message, path, line, column, document })),
    ...(res.truncated ? { truncated: res.truncated } : {}),
    objects: res.objects,
    watch: rows.map(({ entry: _entry, ...r }) => r),
    events: res.trace.entries
      .filter((e): e is EventEntry => e.type === "event")
      .map((e) => ({
        t: e.t,
        type: e.event.type,
        reason: e.event.reason,
        object: `${e.event.object.kind}/${e.event.object.name}`,
        ...(e.event.object.fieldPath ? { fieldPath: e.event.object.fieldPath } : {}),
        message: e.event.message,
        source: e.event.source,
        count: 1,
      })),
    // What the kubelet writes: each change of a container's status and of a pod condition.
    containers,
    conditions,
    logs: res.trace.logs ?? [],
    notes: res.trace.notes.map((n) => ({ t: n.t, code: n.code, message: n.message })),
    endpoints: endpointChanges(res.trace.entries),
  };
}

/**
 * Every EndpointSlice write (podplay's addition to the contract): which pod addresses a Service's
 * slice holds from then on, with their ready/serving/terminating conditions; `endpoints: null`
 * once the slice is deleted.
 */
function endpointChanges(entries: readonly TraceEntry[]) {
  type Ep = { targetRef?: { name?: string }; conditions?: { ready?: boolean; serving?: boolean; terminating?: boolean } };
  return entries
    .filter((e): e is WriteEntry => e.type === "write" && e.ref.kind === "EndpointSlice")
    .map((e) => ({
      t: e.t,
      slice: e.ref.name,
      service: String(e.object?.metadata?.labels?.[SERVICE_NAME_LABEL] ?? ""),
      endpoints: e.object
        ? ((e.object.endpoints ?? []) as Ep[]).map((x) => ({ pod: x.targetRef?.name ?? "", ready: !!x.conditions?.ready, serving: !!x.conditions?.serving, terminating: !!x.conditions?.terminating }))
        : null,
    }));
}
