import { useState } from "react";
import type { SchedulingRecord, Trace } from "../../engine/trace/types";
import { registerStrings, t } from "../i18n";
import type { Locale } from "../i18n/define";
import { tr } from "./explain";
import { schedulingStrings } from "./schedulingStrings";
import "./SchedulingDetails.css";

registerStrings(schedulingStrings);

/** Nodes listed before "Show all": enough for a classroom cluster, a screenful for 1,000 nodes. */
export const FIRST_NODES = 8;

type NodeVerdict = SchedulingRecord["nodes"][number];

/**
 * The last scheduling cycle of a pod at or before `t`: a cycle that has not run by the playhead
 * is never shown (the panel speaks of the playhead's instant, as every view does).
 */
export function schedulingAt(trace: Trace, namespace: string, pod: string, t: number): SchedulingRecord | undefined {
  let hit: SchedulingRecord | undefined;
  for (const r of trace.scheduling ?? []) {
    if (r.t > t + 1e-9) break;
    if (r.namespace === namespace && r.pod === pod) hit = r;
  }
  return hit;
}

/** The chosen node first, then the others that passed the filters by score (ties by name), then the rejected ones by name. */
export function orderNodes(record: SchedulingRecord): NodeVerdict[] {
  const rank = (n: NodeVerdict) => (n.node === record.node ? 0 : n.filter.ok ? 1 : 2);
  return [...record.nodes].sort((a, b) => rank(a) - rank(b) || (b.total ?? -1) - (a.total ?? -1) || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
}

/** The rejected nodes grouped by the filter and reason that rejected them, most first: `NodeResourcesFit (Insufficient cpu) ×3`. */
export function rejectedGroups(record: SchedulingRecord): Array<{ plugin: string; reason: string; count: number }> {
  const groups = new Map<string, { plugin: string; reason: string; count: number }>();
  for (const n of record.nodes) {
    if (n.filter.ok) continue;
    const key = `${n.filter.plugin}\u0000${n.filter.reason}`;
    const g = groups.get(key) ?? { plugin: n.filter.plugin, reason: n.filter.reason, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** A plugin name that may wrap between its words in a narrow column: Node<wbr>Resources<wbr>Fit. */
function PluginName({ name }: { name: string }) {
  const parts = name.split(/(?=[A-Z][a-z])/);
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {i > 0 && <wbr />}
          {p}
        </span>
      ))}
    </>
  );
}

function PluginScores({ n, locale }: { n: NodeVerdict; locale: Locale }) {
  const scores = Object.entries(n.scores ?? {});
  if (!scores.length) return null;
  return (
    <table className="sched-plugins">
      <caption className="sr-only">{t(locale, "schedDetails.plugins")}</caption>
      <thead>
        <tr>
          <th scope="col">{t(locale, "schedDetails.plugin")}</th>
          <th scope="col">{t(locale, "schedDetails.weighted")}</th>
        </tr>
      </thead>
      <tbody>
        {scores.map(([plugin, s]) => (
          <tr key={plugin}>
            <th scope="row">
              <PluginName name={plugin} />
            </th>
            <td>
              {s.normalized} × {s.weight} = {s.normalized * s.weight}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NodeRow({ n, chosen, locale }: { n: NodeVerdict; chosen: boolean; locale: Locale }) {
  if (!n.filter.ok) {
    return (
      <li className="sched-node sched-rejected">
        <span className="sched-name">{n.node}</span>
        <span className="sched-verdict">
          <span aria-hidden="true">✗ </span>
          <span className="sr-only">{t(locale, "schedDetails.rejected")}: </span>
          {n.filter.plugin}: {n.filter.reason}
        </span>
      </li>
    );
  }
  return (
    <li className={`sched-node${chosen ? " sched-chosen" : ""}`} aria-current={chosen ? "true" : undefined}>
      <details>
        <summary>
          <span className="sched-name">{n.node}</span>
          <span className="sched-verdict">
            {chosen ? `✓ ${t(locale, "schedDetails.chosen")}` : tr(locale, "sched.passed")}
          </span>
          <span className="sched-total">{t(locale, "schedDetails.score", { total: n.total ?? "–" })}</span>
        </summary>
        <PluginScores n={n} locale={locale} />
      </details>
    </li>
  );
}

/**
 * Each node's verdict in the pod's scheduling cycle, readable in a narrow column: one line per
 * node (the chosen one first, then by score, then the rejected with the filter that rejected
 * them), each node's per-plugin scores on demand, the first few nodes and the rest behind
 * "Show all" (a 1,000-node cycle stays one screen), and the rejections counted by reason.
 */
export function SchedulingDetails({ record, locale }: { record: SchedulingRecord; locale: Locale }) {
  const [all, setAll] = useState(false);
  const ordered = orderNodes(record);
  const shown = all ? ordered : ordered.slice(0, FIRST_NODES);
  const groups = rejectedGroups(record);
  return (
    <details className="scheduling">
      <summary>{tr(locale, "sched.title", { node: record.node ?? tr(locale, "sched.none") })}</summary>
      <p className="sched-caption">{tr(locale, "sched.caption")}</p>
      {groups.length > 0 && (
        <p className="sched-rejections">
          {t(locale, "schedDetails.rejectedSummary", { list: groups.map((g) => `${g.plugin} (${g.reason}) ×${g.count}`).join(", ") })}
        </p>
      )}
      <ol className="sched-nodes">
        {shown.map((n) => (
          <NodeRow key={n.node} n={n} chosen={n.node === record.node} locale={locale} />
        ))}
      </ol>
      {ordered.length > FIRST_NODES && (
        <button type="button" className="sched-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? t(locale, "schedDetails.showFewer") : t(locale, "schedDetails.showAll", { count: ordered.length })}
        </button>
      )}
    </details>
  );
}
