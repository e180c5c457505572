import type { Selection } from "../../state/store";
import { podsAt, watchAt, type KubectlIndex } from "../kubectl/kubectlText";
import { describeAt, eventsAt } from "../kubectl/kubectlOutputs";

/** The pod `kubectl describe` shows: the selected one, else the first that exists at `t` (as the panel does). */
export function describeTarget(idx: KubectlIndex, t: number, selection: Selection | undefined): { namespace: string; name: string } | undefined {
  if (selection && selection.kind !== "entry") return { namespace: selection.namespace, name: selection.pod };
  if (selection?.kind === "entry") {
    const e = idx.trace.entries[selection.id];
    const ref = e?.type === "write" ? e.ref : e?.type === "event" ? e.event.object : e?.type === "runtime" ? e.pod : undefined;
    if (ref && ref.kind === "Pod") return { namespace: ref.namespace, name: ref.name };
  }
  return podsAt(idx, t)[0] ?? (idx.rows[0] ? { namespace: idx.rows[0].namespace, name: idx.rows[0].pod } : undefined);
}

/**
 * What the kubectl panel shows at the playhead, all three tabs in one terminal transcript:
 * `kubectl get pods -w` up to `t`, `kubectl get events`, and `kubectl describe pod` of the pod
 * the panel would describe. The command output is the CLI's, character for character; `header`
 * lines are written as shell comments.
 */
export function kubectlTranscript(idx: KubectlIndex, t: number, target: { namespace: string; name: string } | undefined, header: string[] = []): string {
  const parts: string[] = header.map((h) => `# ${h}`);
  if (parts.length) parts.push("");
  parts.push("$ kubectl get pods -w", watchAt(idx, t).replace(/\n+$/, ""), "");
  parts.push("$ kubectl get events", eventsAt(idx, t).replace(/\n+$/, ""), "");
  if (target) {
    const ns = target.namespace === "default" ? "" : ` -n ${target.namespace}`;
    parts.push(`$ kubectl describe pod ${target.name}${ns}`);
    parts.push((describeAt(idx, t, target.namespace, target.name) ?? `Error from server (NotFound): pods "${target.name}" not found`).replace(/\n+$/, ""), "");
  }
  return parts.join("\n");
}
