/**
 * Hostile inputs against podplay's limits (docs/limits.md): each runs through `simulate` in a
 * child process of its own and prints one JSON line, then a final line checks the target of
 * issue #10: any input up to 8 MiB finishes or is refused within 10 s and 1 GB.
 *
 *   {"name":"replicas-1e9","bytes":312,"wallMs":3120,"peakMB":208,"heapMB":84,"errors":0,"notes":["podLimit"],"truncated":false}
 *
 * wallMs is the `simulate` call alone. peakMB is the child's peak resident set (process
 * resourceUsage().maxRSS): the heap at its largest plus the runtime around it (about 100 MB of
 * Node and tsx), so it bounds the peak heap from above. heapMB is the heap in use just after the
 * run, with its result still held.
 *
 * Usage: npm run --silent bench:limits [-- --only NAME] [-- --text NAME]
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { simulate } from "../src/engine/simulate";
import { MAX_INPUT_BYTES } from "../src/engine/input/limits";
import { deploymentYaml, nodeListYaml } from "../src/scenarios/generate";

const TARGET_MS = 10_000;
const TARGET_MB = 1024;

const pod = (name: string, command: string, extra = "") => `apiVersion: v1
kind: Pod
metadata: {name: ${name}}
spec:
  restartPolicy: Never
  containers:
  - name: c
    image: busybox:1.36
    command: ["sh", "-c", ${JSON.stringify(command)}]${extra}
`;
const scenario = (spec: string) => `\n---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
${spec}
`;
const nodes = (n: number) => scenario(`  nodes:\n${nodeListYaml(n, "cpu: '64', memory: 256Gi, pods: 110")}`);

/** Repeats `unit` (one YAML document) up to `bytes`. */
function fill(unit: (i: number) => string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const u = unit(i);
    if (size + u.length + 4 > bytes) break;
    parts.push(u);
    size += u.length + 4;
  }
  return parts.join("---\n");
}

const INPUTS: Record<string, () => string> = {
  "replicas-1e9": () => deploymentYaml("web", 1_000_000_000, { cpu: "10m", memory: "16Mi" }),
  "replicas-100k": () => deploymentYaml("web", 100_000, { cpu: "10m", memory: "16Mi" }),
  "replicas-int32-max-100-nodes": () => deploymentYaml("web", 2 ** 31 - 1, { cpu: "10m", memory: "16Mi" }) + nodes(100),
  "job-parallelism-1e9": () => `apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  parallelism: 1000000000
  completions: 1000000000
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36, command: ["sh", "-c", "exit 0"]}]
`,
  "many-deployments-8MiB": () => fill((i) => deploymentYaml(`d${i}`, 1_000_000, { cpu: "1m", memory: "1Mi" }) + "\n", MAX_INPUT_BYTES - 64 * 1024).split("---\n").slice(0, 9_999).join("---\n") + nodes(100),
  "pods-10k-documents": () => fill((i) => pod(`p${i}`, "sleep 3600"), MAX_INPUT_BYTES - 64 * 1024).split("---\n").slice(0, 9_999).join("---\n") + nodes(100),
  "crashloop-10k-pods-7d": () =>
    `apiVersion: apps/v1
kind: Deployment
metadata: {name: crash}
spec:
  replicas: 10000
  selector: {matchLabels: {app: crash}}
  template:
    metadata: {labels: {app: crash}}
    spec:
      containers: [{name: c, image: busybox:1.36, command: ["sh", "-c", "sleep 1; exit 1"]}]
` + scenario(`  duration: 7d\n  nodes:\n${nodeListYaml(100, "cpu: '64', memory: 256Gi, pods: 110")}`),
  "rollouts-every-second-7d": () =>
    deploymentYaml("web", 2000, { cpu: "1m", memory: "1Mi" }) +
    scenario(
      `  duration: 7d\n  nodes:\n${nodeListYaml(20, "cpu: '64', memory: 256Gi, pods: 110")}\n  actions:\n` +
        Array.from({ length: 20_000 }, (_, i) => `  - {at: ${i + 1}, setImage: {deployment: web, container: app, image: "nginx:1.${i % 2}"}}`).join("\n"),
    ),
  "probes-10k-pods-7d": () =>
    deploymentYaml("web", 10_000, { cpu: "1m", memory: "1Mi", probes: ["livenessProbe: {exec: {command: [cat, /etc/hostname]}, periodSeconds: 1}", "readinessProbe: {tcpSocket: {port: 80}, periodSeconds: 1}"] }) +
    scenario(`  duration: 7d\n  nodes:\n${nodeListYaml(100, "cpu: '64', memory: 256Gi, pods: 110")}`),
  "shell-doubling": () => pod("p", "x=ab; while true; do x=$x$x; done").replace("restartPolicy: Never", "restartPolicy: Always") + scenario("  duration: 7d"),
  "shell-doubling-echo": () => pod("p", 'x=ab; while true; do x="$x$x"; echo "$x"; done'),
  "shell-file-doubling": () => pod("p", "echo 0123456789 > /tmp/f; while true; do cat /tmp/f /tmp/f > /tmp/g; mv /tmp/g /tmp/f; done"),
  "shell-big-values-with-sleeps-7d": () => pod("p", 'x=$(printf "%60000s" a); i=0; while true; do i=$((i+1)); y="$x$i"; echo "${#y}"; sleep 1; done') + scenario("  duration: 7d"),
  "shell-printf-width": () => pod("p", "printf '%999999999d' 1"),
  "quantity-1e400": () => pod("p", "sleep 5", "\n    resources: {requests: {cpu: '1e400', memory: 1e2147483647}}"),
  "pull-seconds-1e308": () => pod("p", "sleep 5") + scenario("  images:\n  - {image: 'busybox:1.36', pullSeconds: 1e308}"),
  "prototype-keys": () => pod("p", "sleep 5", "\n    resources: {requests: {constructor: '1', toString: '2', __proto__: '3'}}"),
  "actions-8MiB": () =>
    pod("p", "sleep 3600") +
    scenario(`  duration: 7d\n  actions:\n` + fill((i) => `  - {at: ${(i % 600000) + 1}, crash: {pod: p, container: c, exitCode: 1}}`, MAX_INPUT_BYTES - 4096).split("---\n").join("\n")),
  "apply-pods-in-actions": () =>
    scenario(`  duration: 1h\n  actions:\n` + fill((i) => `  - {at: ${(i % 3000) + 1}, apply: [{apiVersion: v1, kind: Pod, metadata: {name: a${i}}, spec: {containers: [{name: c, image: nginx}]}}]}`, MAX_INPUT_BYTES - 4096).split("---\n").join("\n")),
  "nodes-1000-pods-10k": () => deploymentYaml("web", 10_000, { cpu: "1m", memory: "1Mi" }) + scenario(`  nodes:\n${nodeListYaml(1000, "cpu: '64', memory: 256Gi, pods: 110")}`),
  "services-3000-pods-3000": () =>
    Array.from({ length: 3000 }, (_, i) => `apiVersion: v1\nkind: Service\nmetadata: {name: s${i}}\nspec:\n  selector: {app: s${i}}\n  ports: [{port: 80}]\n`).join("---\n") +
    "---\n" +
    deploymentYaml("web", 3000, { cpu: "1m", memory: "1Mi" }) +
    nodes(30),
  "deschedule-actions-10k-pods": () =>
    deploymentYaml("web", 10_000, { cpu: "1m", memory: "1Mi" }) +
    scenario(`  duration: 1h\n  nodes:\n${nodeListYaml(100, "cpu: '64', memory: 256Gi, pods: 110")}\n  actions:\n` + Array.from({ length: 20_000 }, (_, i) => `  - {at: ${(i % 3000) + 1}, deschedule: {removeDuplicates: true}}`).join("\n")),
  "delete-selector-actions-10k-pods": () =>
    deploymentYaml("web", 10_000, { cpu: "1m", memory: "1Mi" }) +
    scenario(`  duration: 1h\n  nodes:\n${nodeListYaml(100, "cpu: '64', memory: 256Gi, pods: 110")}\n  actions:\n` + Array.from({ length: 60_000 }, (_, i) => `  - {at: ${(i % 3000) + 1}, delete: {selector: {app: nope}}}`).join("\n")),
  "bare-crashloop-2000-pods-7d": () =>
    Array.from({ length: 2000 }, (_, i) => pod(`p${i}`, "sleep 1; exit 1").replace("restartPolicy: Never", "restartPolicy: Always")).join("---\n") +
    scenario(`  duration: 7d\n  nodes:\n${nodeListYaml(20, "cpu: '64', memory: 256Gi, pods: 110")}`),
  "long-string-8MiB": () => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {a: "${"x".repeat(MAX_INPUT_BYTES - 200)}"}\nspec:\n  containers: [{name: c, image: nginx}]\n`,
};

interface Line {
  name: string;
  bytes: number;
  wallMs: number;
  peakMB: number;
  heapMB: number;
  errors: number;
  entries: number;
  work: number;
  notes: string[];
  truncated: boolean;
  failed?: string;
}

function runOne(name: string): Line {
  const text = INPUTS[name]();
  const bytes = Buffer.byteLength(text);
  const t0 = performance.now();
  const r = simulate(text);
  const wallMs = Math.round(performance.now() - t0);
  const heapMB = Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  return { name, bytes, wallMs, peakMB, heapMB, errors: r.errors.length, entries: r.trace.entries.length, work: r.stats.work ?? 0, notes: [...new Set(r.trace.notes.map((n) => n.code))].sort(), truncated: !!r.truncated };
}

const args = process.argv.slice(2);
if (args[0] === "--text") {
  // The input itself, to run it elsewhere: npm run --silent bench:limits -- --text NAME > x.yaml
  process.stdout.write(INPUTS[args[1]]());
} else if (args[0] === "--one") {
  process.stdout.write(JSON.stringify(runOne(args[1])) + "\n");
} else {
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
  const names = Object.keys(INPUTS).filter((n) => !only || n === only);
  let worstMs = 0;
  let worstMB = 0;
  const failed: string[] = [];
  for (const name of names) {
    // One child per input: its peak memory is its own, and a crash or a hang cannot stop the others.
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--one", name], { encoding: "utf8", timeout: 6 * TARGET_MS, maxBuffer: 1 << 20 });
    let line: Line;
    try {
      line = JSON.parse(child.stdout.trim().split("\n").pop() ?? "") as Line;
    } catch {
      const why = child.error ? String(child.error.message) : (child.stderr || "no output").trim().split("\n").slice(-3).join(" ");
      line = { name, bytes: 0, wallMs: -1, peakMB: -1, heapMB: -1, errors: 0, entries: 0, work: 0, notes: [], truncated: false, failed: why.slice(0, 300) };
    }
    if (line.failed || line.wallMs > TARGET_MS || line.peakMB > TARGET_MB || line.bytes > MAX_INPUT_BYTES) failed.push(name);
    worstMs = Math.max(worstMs, line.wallMs);
    worstMB = Math.max(worstMB, line.peakMB);
    process.stdout.write(JSON.stringify(line) + "\n");
  }
  process.stdout.write(
    JSON.stringify({ target: `every input up to ${MAX_INPUT_BYTES / 1024 / 1024} MiB finishes or is refused within ${TARGET_MS / 1000} s and ${TARGET_MB} MB`, inputs: names.length, worstWallMs: worstMs, worstPeakMB: worstMB, pass: failed.length === 0, failed }) + "\n",
  );
  if (failed.length) process.exitCode = 1;
}
