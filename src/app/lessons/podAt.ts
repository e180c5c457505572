import type { Trace } from "../../engine/trace/types";

/**
 * The pod a moment names, as it exists at `t`: an exact name, or a prefix ending in "-" for the
 * generated names of a Deployment's or Job's pods (the first such pod alive at `t`, by creation).
 */
export function podAt(trace: Trace, t: number, name: string, namespace?: string): { namespace: string; name: string } | undefined {
  const alive = new Map<string, { namespace: string; name: string }>();
  for (const e of trace.entries) {
    if (e.t > t + 1e-9) break;
    if (e.type !== "write" || e.ref.kind !== "Pod") continue;
    if (namespace && e.ref.namespace !== namespace) continue;
    if (e.verb === "delete") alive.delete(e.ref.uid);
    else if (!alive.has(e.ref.uid)) alive.set(e.ref.uid, { namespace: e.ref.namespace, name: e.ref.name });
  }
  const pods = [...alive.values()];
  return pods.find((p) => p.name === name) ?? (name.endsWith("-") ? pods.find((p) => p.name.startsWith(name)) : undefined);
}
