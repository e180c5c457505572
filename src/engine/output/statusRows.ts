import type { ContainerStatus, Pod, PodCondition } from "../api/types";
import type { Trace, WriteEntry } from "../trace/types";

/** One change of a container's status as the kubelet wrote it (DESIGN.md, the CLI contract: `containers`). */
export interface ContainerRow {
  t: number;
  namespace: string;
  pod: string;
  container: string;
  type: "init" | "sidecar" | "regular";
  state: "waiting" | "running" | "terminated";
  reason: string | null;
  exitCode: number | null;
  signal: number | null;
  message: string | null;
  restartCount: number;
  ready: boolean;
  started: boolean;
  /** lastState.terminated, when there is one. */
  last?: { reason: string | null; exitCode: number | null; message: string | null };
}

/** One change of a pod condition's status, reason or message (the CLI contract: `conditions`). */
export interface ConditionRow {
  t: number;
  namespace: string;
  pod: string;
  type: string;
  status: string;
  reason: string | null;
  message: string | null;
}

function containerRow(t: number, namespace: string, pod: string, type: ContainerRow["type"], cs: ContainerStatus): ContainerRow {
  const s = cs.state ?? {};
  const base = { t, namespace, pod, container: cs.name, type };
  const state: ContainerRow["state"] = s.terminated ? "terminated" : s.running ? "running" : "waiting";
  const term = s.terminated;
  const last = cs.lastState?.terminated;
  return {
    ...base,
    state,
    reason: (term ? term.reason : s.waiting?.reason) ?? null,
    exitCode: term ? term.exitCode : null,
    signal: term?.signal ?? null,
    message: (term ? term.message : s.waiting?.message) ?? null,
    restartCount: cs.restartCount ?? 0,
    ready: !!cs.ready,
    started: !!cs.started,
    ...(last ? { last: { reason: last.reason ?? null, exitCode: last.exitCode ?? null, message: last.message ?? null } } : {}),
  };
}

/** What a row says, without when: a row is kept only when this changes. */
const sameContainer = (a: ContainerRow, b: ContainerRow): boolean => JSON.stringify({ ...a, t: 0 }) === JSON.stringify({ ...b, t: 0 });

/**
 * The container statuses and pod conditions of a trace's pod writes, one row whenever one
 * changes (per pod object: a pod deleted and made again under its name starts afresh). Init
 * containers with `restartPolicy: Always` are sidecars.
 */
export function statusRows(trace: Trace): { containers: ContainerRow[]; conditions: ConditionRow[] } {
  const containers: ContainerRow[] = [];
  const conditions: ConditionRow[] = [];
  const lastContainer = new Map<string, ContainerRow>();
  const lastCondition = new Map<string, string>();
  for (const e of trace.entries) {
    if (e.type !== "write" || e.ref.kind !== "Pod" || !e.object) continue;
    const w = e as WriteEntry;
    const pod = w.object as Pod;
    const { namespace, name, uid } = w.ref;
    const sidecars = new Set((pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === "Always").map((c) => c.name));
    const lists: Array<[ContainerStatus[] | undefined, (n: string) => ContainerRow["type"]]> = [
      [pod.status?.initContainerStatuses, (n) => (sidecars.has(n) ? "sidecar" : "init")],
      [pod.status?.containerStatuses, () => "regular"],
    ];
    for (const [list, typeOf] of lists) {
      for (const cs of list ?? []) {
        const row = containerRow(w.t, namespace, name, typeOf(cs.name), cs);
        const key = `${uid}/${cs.name}`;
        const prev = lastContainer.get(key);
        if (prev && sameContainer(prev, row)) continue;
        lastContainer.set(key, row);
        containers.push(row);
      }
    }
    for (const c of (pod.status?.conditions ?? []) as PodCondition[]) {
      const row: ConditionRow = { t: w.t, namespace, pod: name, type: c.type, status: c.status, reason: c.reason ?? null, message: c.message ?? null };
      const key = `${uid}/${c.type}`;
      const sig = `${row.status}\u0000${row.reason}\u0000${row.message}`;
      if (lastCondition.get(key) === sig) continue;
      lastCondition.set(key, sig);
      conditions.push(row);
    }
  }
  return { containers, conditions };
}
