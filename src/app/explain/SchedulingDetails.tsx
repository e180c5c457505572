import type { SchedulingRecord, Trace } from "../../engine/trace/types";
import type { Locale } from "../i18n/define";
import { tr } from "./explain";

/** The last scheduling cycle of a pod at or before `t`. */
export function schedulingAt(trace: Trace, namespace: string, pod: string, t: number): SchedulingRecord | undefined {
  let hit: SchedulingRecord | undefined;
  for (const r of trace.scheduling ?? []) if (r.namespace === namespace && r.pod === pod && r.t <= t + 1e-9) hit = r;
  return hit;
}

/** Each node's verdict in the pod's scheduling cycle: the filter that rejected it, or its weighted scores. */
export function SchedulingDetails({ record, locale }: { record: SchedulingRecord; locale: Locale }) {
  const plugins = [...new Set(record.nodes.flatMap((n) => Object.keys(n.scores ?? {})))];
  return (
    <details className="scheduling">
      <summary>{tr(locale, "sched.title", { node: record.node ?? tr(locale, "sched.none") })}</summary>
      <table>
        <caption>{tr(locale, "sched.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{tr(locale, "sched.node")}</th>
            <th scope="col">{tr(locale, "sched.filter")}</th>
            {plugins.map((p) => (
              <th key={p} scope="col">
                {p}
              </th>
            ))}
            <th scope="col">{tr(locale, "sched.total")}</th>
          </tr>
        </thead>
        <tbody>
          {record.nodes.map((n) => (
            <tr key={n.node} aria-current={n.node === record.node ? "true" : undefined}>
              <th scope="row">
                {n.node}
                {n.node === record.node ? " ✓" : ""}
              </th>
              <td>{n.filter.ok ? tr(locale, "sched.passed") : `${n.filter.plugin}: ${n.filter.reason}`}</td>
              {plugins.map((p) => (
                <td key={p}>{n.scores?.[p] ? `${n.scores[p].normalized} ×${n.scores[p].weight}` : "–"}</td>
              ))}
              <td>{n.total ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
