/**
 * Benchmarks: one JSON object per line with name, simulatedSeconds, events, wallMs, cpuMs, heapMB
 * (median of 5 runs). cpuMs is the process's CPU time for the run: on a shared machine it shows
 * what the run cost when wallMs also counts waiting for a core. heapMB is the heap the run grew by
 * (garbage included); retainedMB, where printed, what stays reachable from its result. `events` counts what the run had to account for: every probe attempt
 * (steady runs included) plus every trace entry; `callbacks` is how many timers actually fired.
 * The `baseline` line pushes and pops the same number of events as the largest run through a
 * bare binary heap, so the engine's cost per event reads as a ratio.
 * The engine is timed as the page's worker runs it: bundled (scripts/benchEngine.ts), not through tsx.
 * Usage: npm run --silent bench [-- --runs N] [-- --only NAME]
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { buildSync } from "esbuild";
import type { SimulationResult } from "../src/engine/simulate";
import type * as BenchEngine from "./benchEngine";

// The engine as the page's worker runs it: one bundle, its syntax minified as Vite's build does
// (names kept, so a profile still reads). Built fresh on every run, so it is always the sources.
const bundle = resolve("node_modules/.cache/podplay-bench/engine.mjs");
buildSync({ entryPoints: ["scripts/benchEngine.ts"], bundle: true, format: "esm", platform: "neutral", target: "es2022", minifySyntax: true, outfile: bundle, logLevel: "error" });
const { simulate, Cluster, MinHeap, parseYamlDocuments, deploymentYaml, nodeListYaml } = (await import(pathToFileURL(bundle).href)) as typeof BenchEngine;

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf("--runs") + 1]) || 5;
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;

const gc = (globalThis as { gc?: () => void }).gc;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function countEvents(r: SimulationResult): number {
  let n = r.trace.entries.length;
  for (const p of r.trace.probes) n += p.count;
  return n;
}

interface Line {
  name: string;
  simulatedSeconds: number;
  events: number;
  callbacks: number;
  wallMs: number;
  cpuMs: number;
  heapMB: number;
  retainedMB?: number;
  nsPerEvent: number;
}

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Time spent in scheduling cycles (Cluster.decide: the framework's filters, scores and record), in
 * ms of wall time. Only the wall clock is read around each cycle: process.cpuUsage() is a system
 * call of about 13 µs, and two per cycle added some 270 ms to the 10,000-pod run it measured.
 */
let schedulingMs = 0;
{
  const proto = Cluster.prototype as unknown as { decide: (...a: unknown[]) => unknown };
  const decide = proto.decide;
  proto.decide = function (this: unknown, ...a: unknown[]) {
    const t0 = performance.now();
    try {
      return decide.apply(this, a);
    } finally {
      schedulingMs += performance.now() - t0;
    }
  };
}

function bench(name: string, text: string, until?: number, mustRun = false, retained = false): Line & { scheduling: { cycles: number; wallMs: number } } {
  const walls: number[] = [];
  const cpus: number[] = [];
  const heaps: number[] = [];
  const retains: number[] = [];
  const sched: Array<{ wall: number }> = [];
  // The previous run's result is let go before the next one starts, so it is not in the heap measured.
  const kept: { last?: SimulationResult } = {};
  for (let i = 0; i < RUNS; i++) {
    kept.last = undefined;
    gc?.();
    const start = process.memoryUsage();
    const before = start.heapUsed;
    schedulingMs = 0;
    const c0 = cpuNow();
    const t0 = performance.now();
    // No local variable holds the result: a loop's register would keep the previous one alive.
    kept.last = simulate(text, { until });
    walls.push(performance.now() - t0);
    cpus.push(cpuNow() - c0);
    sched.push({ wall: schedulingMs });
    heaps.push((process.memoryUsage().heapUsed - before) / 1024 / 1024);
    if (retained && gc) {
      gc();
      const m = process.memoryUsage();
      // Typed arrays keep their bytes outside the heap: they count too.
      retains.push((m.heapUsed - before + m.arrayBuffers - start.arrayBuffers) / 1024 / 1024);
    }
    if (mustRun && kept.last.errors.length) throw new Error(`${name}: ${kept.last.errors[0].message}`);
  }
  const last = kept.last!;
  const events = countEvents(last);
  const wallMs = median(walls);
  return {
    name,
    simulatedSeconds: last.trace.until,
    events,
    callbacks: last.stats.callbacks,
    wallMs: round(wallMs),
    cpuMs: round(median(cpus)),
    heapMB: round(median(heaps)),
    ...(retains.length ? { retainedMB: round(median(retains)) } : {}),
    nsPerEvent: round((wallMs * 1e6) / Math.max(events, 1)),
    scheduling: { cycles: last.trace.scheduling?.length ?? 0, wallMs: median(sched.map((s) => s.wall)) },
  };
}

function baseline(events: number): Line {
  const walls: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const heap = new MinHeap<{ t: number; seq: number }>();
    const t0 = performance.now();
    // A steady population of pending events, as a simulator holds one per probe worker.
    const live = 3000;
    let seq = 0;
    for (let k = 0; k < live; k++) heap.push({ t: k / live, seq: seq++ });
    for (let k = 0; k < events; k++) {
      const e = heap.pop()!;
      heap.push({ t: e.t + 1, seq: seq++ });
    }
    walls.push(performance.now() - t0);
  }
  const wallMs = median(walls);
  return { name: "baseline", simulatedSeconds: 0, events, callbacks: events, wallMs: round(wallMs), cpuMs: round(wallMs), heapMB: 0, nsPerEvent: round((wallMs * 1e6) / events) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function podsWithProbes(n: number, period: number, hours: number): string {
  const docs: string[] = [
    `apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: ${hours}h\n  node:\n    name: big-node\n    cpu: "1000"\n    memory: 4Ti\n    pods: ${n + 10}\n  images:\n  - image: nginx:1.27\n    present: true\n`,
  ];
  for (let i = 0; i < n; i++) {
    docs.push(`apiVersion: v1
kind: Pod
metadata:
  name: web-${i}
  labels: {app: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    ports: [{containerPort: 80}]
    startupProbe: {httpGet: {path: /, port: 80}, periodSeconds: ${period}, failureThreshold: 30}
    livenessProbe: {tcpSocket: {port: 80}, periodSeconds: ${period}}
    readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: ${period}}
`);
  }
  return docs.join("---\n");
}

/** 1,000 busybox pods looping every 10 s for 10 minutes, each iteration writing a line (`echo`) or not. */
function loopingPods(logging: boolean, background = false): string {
  const docs = [`apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 10m\n  node: {name: big-node, cpu: "1000", memory: 4Ti, pods: 1010}\n  images: [{image: busybox:1.36, present: true}]\n`];
  const loop = logging ? "while true; do echo tick; sleep 10; done" : "while true; do sleep 10; done";
  // In the background, the shell waiting for it: two processes, the loop skipped all the same.
  const body = background ? `${loop} & wait` : loop;
  for (let i = 0; i < 1000; i++) docs.push(`apiVersion: v1\nkind: Pod\nmetadata: {name: loop-${i}}\nspec:\n  containers:\n  - {name: app, image: busybox:1.36, command: ["sh", "-c", "${body}"]}\n`);
  return docs.join("---\n");
}

function caseDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  if (existsSync(join(root, "expect.json"))) return [root];
  return readdirSync(root)
    .map((n) => join(root, n))
    .filter((p) => statSync(p).isDirectory())
    .sort()
    .flatMap(caseDirs);
}

/** 100 nodes, 20 Deployments × 50 replicas with probes, a rolling update and two node failures, 1 hour. */
function clusterScenario(): string {
  const probes = ["readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 10}", "livenessProbe: {tcpSocket: {port: 80}, periodSeconds: 10}"];
  const docs = Array.from({ length: 20 }, (_, d) => deploymentYaml(`app-${d}`, 50, { cpu: "100m", memory: "64Mi", probes }));
  docs.push(`apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 1h
  images: [{image: nginx:1.27, present: true}, {image: nginx:1.28, present: true}]
  nodes:
${nodeListYaml(100, 'cpu: "8", memory: 32Gi')}
  actions:
  - at: 600s
    setImage: {deployment: app-0, container: app, image: "nginx:1.28"}
  - at: 1200s
    nodeDown: node-000
  - at: 1800s
    nodeDown: node-001`);
  return docs.join("\n---\n");
}

/** 10,000 pods on 100 nodes for 10 minutes: 10 Deployments × 1,000 replicas whose requests fit (100 pods a node). */
function tenThousandPods(): string {
  const docs = Array.from({ length: 10 }, (_, d) => deploymentYaml(`app-${d}`, 1000, { cpu: "50m", memory: "64Mi" }));
  docs.push(`apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 10m
  images: [{image: nginx:1.27, present: true}]
  nodes:
${nodeListYaml(100, 'cpu: "16", memory: 64Gi, pods: 110')}`);
  return docs.join("\n---\n");
}

const lines: Line[] = [];
const emit = (l: Line & { scheduling?: unknown }) => {
  const { scheduling: _, ...line } = l;
  lines.push(line);
  process.stdout.write(JSON.stringify(line) + "\n");
};
const shared = resolve("../shared/fidelity/cases/pod");
const caseRoot = existsSync(shared) ? shared : resolve("fidelity/cases/pod");
for (const dir of caseDirs(caseRoot)) {
  const name = `case:${dir.split("/").pop()}`;
  if (only && !name.includes(only)) continue;
  const spec = JSON.parse(readFileSync(join(dir, "expect.json"), "utf8"));
  emit(bench(name, readFileSync(join(dir, spec.manifest ?? "manifest.yaml"), "utf8"), spec.until));
}
if (!only || "100-pods".includes(only)) emit(bench("100-pods-probes-1h", podsWithProbes(100, 10, 1), undefined, true));
if (!only || "logs".includes(only)) {
  // What container logs cost: the same 1,000 looping pods, silent and writing a line an iteration.
  const silent = bench("1000-pods-looping-silent-10m", loopingPods(false), undefined, true);
  const logging = bench("1000-pods-looping-logging-10m", loopingPods(true), undefined, true);
  emit(silent);
  emit(logging);
  emit(bench("1000-pods-looping-background-10m", loopingPods(true, true), undefined, true));
  process.stdout.write(JSON.stringify({ name: "logs-cost", timeRatio: round(logging.cpuMs / silent.cpuMs), heapRatio: round(logging.heapMB / Math.max(silent.heapMB, 0.01)), budgetRatio: 1.2 }) + "\n");
}
if (!only || "cluster".includes(only)) {
  const l = bench("cluster-100-nodes-1000-pods-1h", clusterScenario(), undefined, true);
  emit(l);
  const cycles = l.scheduling.cycles;
  // wallMsPerScheduledPod: the whole run's wall time per scheduling cycle (as before);
  // schedulingMsPerPod: the time inside the cycles themselves (filters, scores, the record).
  process.stdout.write(
    JSON.stringify({
      name: "scheduling-cost",
      schedulingCycles: cycles,
      wallMsPerScheduledPod: round(l.wallMs / Math.max(cycles, 1)),
      schedulingMsPerPod: round(l.scheduling.wallMs / Math.max(cycles, 1)),
    }) + "\n",
  );
}
if (!only || "10k-pods-100-nodes-10m".includes(only)) {
  const l = bench("10k-pods-100-nodes-10m", tenThousandPods(), undefined, true, true);
  emit(l);
  process.stdout.write(JSON.stringify({ name: "10k-scheduling-cost", schedulingCycles: l.scheduling.cycles, schedulingMsPerPod: round(l.scheduling.wallMs / Math.max(l.scheduling.cycles, 1)) }) + "\n");
}
if (!only || "parse-5MB".includes(only)) {
  // The editor's worst ordinary case: 5 MB of Pod manifests (the limit is 8 MiB).
  const env = Array.from({ length: 40 }, (_, j) => `    - name: VAR_${j}\n      value: "value ${j}"\n`).join("");
  const parts: string[] = [];
  for (let i = 0, size = 0; size < 5_000_000; i++) {
    const s = `---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p${i}\nspec:\n  containers:\n  - name: c\n    image: nginx:1.25\n    env:\n${env}`;
    parts.push(s);
    size += s.length;
  }
  const text = parts.join("");
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    parseYamlDocuments(text);
    times.push(performance.now() - t0);
  }
  process.stdout.write(JSON.stringify({ name: "parse-5MB", bytes: text.length, documents: parts.length, wallMs: round(median(times)) }) + "\n");
}
let big: Line | undefined;
if (!only || "1000-pods".includes(only)) {
  big = bench("1000-pods-3-probes-1s-1h", podsWithProbes(1000, 1, 1), undefined, true);
  emit(big);
}
if (big) {
  const b = baseline(big.events);
  emit(b);
  process.stdout.write(JSON.stringify({ name: "ratio", engineNsPerEvent: big.nsPerEvent, baselineNsPerEvent: b.nsPerEvent, ratio: round(big.nsPerEvent / b.nsPerEvent) }) + "\n");
}
if (!only || "cli".includes(only)) {
  // The podplay command as whole processes (issue #14): --version ≤ 150 ms, a docs case run ≤ 300 ms.
  const { benchCli } = await import("./bench-cli");
  for (const l of await benchCli({ runs: RUNS })) process.stdout.write(JSON.stringify(l) + "\n");
}
