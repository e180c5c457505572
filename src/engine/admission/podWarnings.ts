import type { Pod } from "../api/types";
import { FieldPath } from "./fieldPath";
import { goQuote } from "./goText";
import { parseQuantity } from "./quantity";

export interface Warning {
  message: string;
  path: FieldPath;
}

/**
 * The warnings the API server returns with a created pod (pkg/api/pod/warnings.go
 * GetWarningsForPod); kubectl prints each as `Warning: <text>`. A subset: the ones a hand-written
 * manifest for this playground can trigger.
 */
export function podWarnings(pod: Pod, specPath: FieldPath = FieldPath.root("spec")): Warning[] {
  const out: Warning[] = [];
  const spec = pod.spec;
  if (!spec) return out;

  const pullSecrets = spec.imagePullSecrets ?? [];
  const seenSecrets = new Set<string>();
  pullSecrets.forEach((s, i) => {
    const p = specPath.child("imagePullSecrets").index(i).child("name");
    if (pullSecrets.length > 1 && seenSecrets.has(s.name ?? "")) out.push({ message: `${p}: duplicate name ${goQuote(s.name ?? "")}`, path: p });
    seenSecrets.add(s.name ?? "");
  });
  pullSecrets.forEach((s, i) => {
    const p = specPath.child("imagePullSecrets").index(i).child("name");
    if (!s.name) out.push({ message: `${p}: invalid empty name ""`, path: p });
  });

  const allPorts = new Map<string, { path: FieldPath; hostIP: string; hostPort: number }[]>();
  for (const [list, name] of [
    [spec.initContainers, "initContainers"],
    [spec.containers, "containers"],
  ] as const) {
    (list ?? []).forEach((c, ci) => {
      const cp = specPath.child(name).index(ci);
      for (const which of ["limits", "requests"] as const) {
        for (const res of ["memory", "ephemeral-storage"]) {
          const v = c.resources?.[which]?.[res];
          if (v === undefined) continue;
          const q = parseQuantity(String(v));
          if (q.milliValue() % 1000n !== 0n) {
            const p = cp.child("resources", which).key(res);
            out.push({ message: `${p}: fractional byte value ${goQuote(q.toString())} is invalid, must be an integer`, path: p });
          }
        }
      }
      const envNames = new Set<string>();
      (c.env ?? []).forEach((e, i) => {
        if (envNames.has(e.name)) {
          const ref = `$(${e.name})`;
          const value = e.value ?? "";
          if (e.valueFrom || value === ref || !value.includes(ref)) {
            const p = cp.child("env").index(i);
            out.push({ message: `${p}: hides previous definition of ${goQuote(e.name)}, which may be dropped when using apply`, path: p });
          }
        } else envNames.add(e.name);
      });
      (c.ports ?? []).forEach((port, i) => {
        const p = cp.child("ports").index(i);
        const key = `${port.containerPort}/${port.protocol}`;
        const hostIP = port.hostIP ?? "";
        const hostPort = port.hostPort ?? 0;
        for (const other of allPorts.get(key) ?? []) {
          if (hostIP === other.hostIP && hostPort === other.hostPort) out.push({ message: `${p}: duplicate port definition with ${other.path}`, path: p });
          else if (hostPort === 0 || other.hostPort === 0) out.push({ message: `${p}: overlapping port definition with ${other.path}`, path: p });
          else if (hostPort === other.hostPort && (hostIP === "") !== (other.hostIP === "")) {
            out.push({ message: `${p}: dangerously ambiguous port definition with ${other.path}`, path: p });
          }
        }
        allPorts.set(key, [...(allPorts.get(key) ?? []), { path: p, hostIP, hostPort }]);
      });
    });
  }

  if (spec.terminationGracePeriodSeconds !== undefined && spec.terminationGracePeriodSeconds < 0) {
    const p = specPath.child("terminationGracePeriodSeconds");
    out.push({ message: `${p}: must be >= 0; negative values are invalid and will be treated as 1`, path: p });
  }
  return out;
}
