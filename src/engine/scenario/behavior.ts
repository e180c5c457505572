import type { Container, Pod } from "../api/types";
import { constantMemory, MiB, type ProgramModel } from "../workloads/program";
import type { BehaviorSpec } from "./scenario";

/** The Scenario behaviour that applies to a container: pod+container beats container beats image. */
export function findBehavior(behaviors: BehaviorSpec[], pod: Pod, c: Container): BehaviorSpec | undefined {
  const podName = pod.metadata?.name ?? "";
  const score = (b: BehaviorSpec) => {
    if (b.pod && !globMatch(b.pod, podName)) return -1;
    if (b.container && b.container !== c.name) return -1;
    if (b.image && b.image !== c.image) return -1;
    return (b.pod ? 4 : 0) + (b.container ? 2 : 0) + (b.image ? 1 : 0);
  };
  let best: BehaviorSpec | undefined;
  let bestScore = -1;
  for (const b of behaviors) {
    const s = score(b);
    if (s > bestScore) {
      best = b;
      bestScore = s;
    }
  }
  return best;
}

/** A custom app as a program model: answers are piecewise constant in its age. */
export function behaviorProgram(b: BehaviorSpec, c: Container): ProgramModel {
  const listens: BehaviorSpec["listens"] = b.listens.length ? b.listens : (c.ports ?? []).map((p) => ({ port: p.containerPort, after: 0 }));
  const breakpoints = new Set<number>();
  for (const h of b.http) for (const r of h.responses) breakpoints.add(r.after);
  for (const g of b.grpc) for (const r of g.responses) breakpoints.add(r.after);
  const at = <T extends { after: number }>(list: T[], age: number): T | undefined => {
    let hit: T | undefined;
    for (const r of list) if (age >= r.after) hit = r;
    return hit;
  };
  return {
    processName: c.name,
    summary: `custom behaviour for ${b.image ?? b.container ?? b.pod}`,
    listens: listens.map((l) => ({ ...l, grpc: l.grpc || b.grpc.some((g) => g.port === l.port) })),
    http: (port, path, age) => {
      const h = b.http.find((x) => x.path === path && (x.port === undefined || x.port === port));
      if (!h) return b.http.length ? { status: 404, body: "404 page not found" } : { status: 200, body: "ok" };
      return { status: at(h.responses, age)?.status ?? 503, body: "" };
    },
    grpc: (port, _service, age) => {
      const g = b.grpc.find((x) => x.port === port);
      if (!g) return "UNIMPLEMENTED";
      return at(g.responses, age)?.status ?? "NOT_SERVING";
    },
    exit: b.exit,
    onStop: b.onStop ? { delay: b.onStop.after, code: b.onStop.code } : undefined,
    memory: b.memory ?? constantMemory(8 * MiB),
    ...(b.cpu !== undefined ? { cpuCores: b.cpu } : {}),
    breakpoints: [...breakpoints].filter((x) => x > 0).sort((x, y) => x - y),
  };
}

function globMatch(pattern: string, name: string): boolean {
  if (!pattern.includes("*")) return pattern === name;
  const re = new RegExp("^" + pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*") + "$");
  return re.test(name);
}
