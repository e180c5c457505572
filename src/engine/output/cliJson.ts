import type { SimulationResult } from "../simulate";
import type { EventEntry } from "../trace/types";
import { watchRows } from "./watch";

/**
 * The CLI's `--json` document (DESIGN.md "The CLI contract"). Events are listed one per
 * occurrence with `count: 1`, so counting them up to a time is exact; printers fold them.
 */
export function cliJson(res: SimulationResult) {
  const { rows } = watchRows(res.trace);
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
    notes: res.trace.notes.map((n) => ({ t: n.t, code: n.code, message: n.message })),
  };
}
