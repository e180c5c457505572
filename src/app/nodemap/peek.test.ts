import { readFileSync } from "node:fs";
import { it } from "vitest";
import { simulate } from "/work/main/src/engine/simulate";
it("peek", () => {
  const r = simulate(readFileSync("/work/main/fidelity/cases/cluster/40-node-failure-eviction/manifest.yaml", "utf8"), { until: 480 });
  const w = r.trace.entries.filter((e) => e.type === "write");
  console.log(w.length, r.trace.entries.length);
  const nodes = w.filter((e) => e.type === "write" && e.ref.kind === "Node");
  for (const e of nodes.slice(0, 3)) console.log(e.t, JSON.stringify(e.type === "write" && e.object).slice(0, 1500));
  const kinds = new Set(w.map((e) => e.type === "write" && e.ref.kind)); console.log([...kinds]);
  for (const e of nodes) if (e.type === "write") console.log(e.t, e.verb, e.ref.name, JSON.stringify(e.object?.spec), JSON.stringify(e.object?.status?.conditions?.map((c: any) => c.type + c.status)));
  const pod = w.find((e) => e.type === "write" && e.ref.kind === "Pod" && e.object?.spec?.nodeName);
  console.log(JSON.stringify(pod && pod.type === "write" && pod.object).slice(0, 2000));
});
