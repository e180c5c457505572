import { describe, expect, it } from "vitest";
import { simulate } from "./simulate";
import { deploymentYaml, nodeListYaml } from "../scenarios/generate";
import { cliJson } from "./output/cliJson";
import { readFileSync } from "node:fs";

const pod = (name: string, extra = "") => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: c
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]
${extra}`;

describe("simulate: bad input gets one clear error and never throws", () => {
  it("invalid YAML: the parser's message at its line and column", () => {
    const r = simulate("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   bad: indent\n");
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].line).toBe(5);
    expect(r.errors[0].message).not.toMatch(/\n/);
    expect(r.trace.entries).toHaveLength(0);
  });

  it("an empty file says there is nothing to simulate", () => {
    for (const text of ["", "   \n# only a comment\n", "---\n---\n"]) {
      const r = simulate(text);
      expect(r.errors[0].message).toMatch(/^nothing to simulate/);
    }
  });

  it("an unknown kind or apiVersion names the kind, and the rest of the file still runs", () => {
    const r = simulate(`apiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: web\n---\n${pod("ok")}`);
    expect(r.errors[0].message).toContain('no matches for kind "Deploymnet" in version "apps/v1"');
    expect(r.errors[0].line).toBe(2);
    expect(r.objects.map((o) => o.metadata.name)).toEqual(["ok"]);
    const r2 = simulate(pod("x").replace("apiVersion: v1", "apiVersion: v2"));
    expect(r2.errors[0].message).toContain('no matches for kind "Pod" in version "v2"');
  });

  it("an unknown field is a strict decoding error at the key", () => {
    const r = simulate(pod("x", "    readinessprobe:\n      exec: {command: [cat, /tmp/x]}\n"));
    expect(r.errors[0].message).toBe('Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].readinessprobe"');
    expect([r.errors[0].line, r.errors[0].column]).toEqual([10, 5]);
  });

  it("a wrong type names the Go field and type", () => {
    const r = simulate(pod("x", "    livenessProbe:\n      periodSeconds: often\n      exec: {command: [cat, /tmp/x]}\n"));
    expect(r.errors[0].message).toMatch(/cannot unmarshal string into Go struct field .*periodSeconds of type int32/);
    expect(r.errors[0].line).toBe(11);
  });

  it("an invalid value uses the API server's wording and field path", () => {
    const r = simulate(pod("x", "    livenessProbe:\n      successThreshold: 3\n      exec: {command: [cat, /tmp/x]}\n"));
    expect(r.errors[0].message).toBe('Pod "x" is invalid: spec.containers[0].livenessProbe.successThreshold: Invalid value: 3: must be 1');
    expect(r.errors[0].line).toBe(11);
  });

  it("an invalid Scenario value says what to change, at its line", () => {
    const r = simulate(`${pod("x")}---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 365d\n`);
    expect(r.errors[0].message).toMatch(/podplay simulates at most 7d; shorten spec\.duration/);
    expect(r.errors[0].line).toBe(14);
  });

  it("an unknown Scenario field is a strict decoding error", () => {
    const r = simulate(`${pod("x")}---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duraton: 5m\n`);
    expect(r.errors[0].message).toContain('unknown field "spec.duraton"');
  });

  it("a YAML alias bomb stops with a message instead of exhausting memory", () => {
    const bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++) bomb.push(`${"abcdefghijklmnop"[i]}: &${"abcdefghijklmnop"[i]} [${Array(10).fill("*" + "abcdefghijklmnop"[i - 1]).join(", ")}]`);
    const r = simulate(bomb.join("\n") + "\n");
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].message).toMatch(/alias/);
  });

  it("a file over 8 MiB is refused with its size", () => {
    const r = simulate("#" + "x".repeat(9 * 1024 * 1024) + "\n");
    expect(r.errors[0].message).toMatch(/^the file is 9\.4 MB; podplay accepts up to 8 MiB/);
  });

  it("a script that never sleeps does not hang the simulation", () => {
    const spin = pod("spin").replace('"sleep 3600"', '"while true; do :; done"');
    const count = pod("count").replace('"sleep 3600"', '"i=0; while true; do i=$((i+1)); done"');
    const r = simulate(`${spin}---\n${count}`, { until: 60 });
    expect(r.errors).toEqual([]);
    const rows = cliJson(r).watch.filter((w) => w.t > 30);
    expect(rows.every((w) => w.status !== "Error")).toBe(true);
    expect(r.trace.notes.some((n) => n.code === "runawayScript" && n.message.includes("count"))).toBe(true);
  });

  it("a long horizon over the limit is refused, 7 days runs", () => {
    const crash = pod("crash").replace('"sleep 3600"', '"exit 1"');
    const r = simulate(`${crash}---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 7d\n`);
    expect(r.errors).toEqual([]);
    expect(r.trace.until).toBe(7 * 86400);
  });

  it("stops a run that produces too many changes, with a one-line reason", () => {
    const crash = pod("crash").replace('"sleep 3600"', '"exit 1"');
    const r = simulate(crash, { until: 86400, maxEntries: 500 });
    expect(r.truncated).toMatch(/^stopped at t=\d+s: the scenario produced more than 500 changes; shorten spec\.duration or simulate fewer pods$/);
    expect(r.trace.until).toBeLessThan(86400);
  });

  it("10,000 pods: the first 110 are scheduled on the default node, the rest wait with FailedScheduling", () => {
    const text = Array.from({ length: 10000 }, (_, i) => pod(`p-${i}`)).join("---\n");
    const r = simulate(text, { until: 5 });
    expect(r.errors).toEqual([]);
    const j = cliJson(r);
    const failed = j.events.filter((e) => e.reason === "FailedScheduling");
    expect(failed).toHaveLength(10000 - 110);
    expect(failed[0].message).toBe("0/1 nodes are available: 1 Too many pods. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.");
  });

  it("a Deployment of 10,000 replicas: every pod is created (names never collide), 110 fit, the rest wait", () => {
    const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 10000
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: app, image: nginx:1.27}]`;
    const j = cliJson(simulate(text, { until: 2 }));
    expect(j.errors).toEqual([]);
    expect(new Set(j.watch.map((r) => r.pod)).size).toBe(10000);
    // RetryGenerateName (GA in v1.32): a taken generated name is drawn again, never FailedCreate.
    expect(j.events.filter((e) => e.reason === "FailedCreate")).toEqual([]);
    expect(j.events.filter((e) => e.reason === "Scheduled")).toHaveLength(110);
    expect(j.events.filter((e) => e.reason === "FailedScheduling")).toHaveLength(10000 - 110);
  }, 60_000);

  it("a playground document of an unknown version is an error at its apiVersion; the other documents still run", () => {
    const text = `apiVersion: podplay.dev/v1\nkind: Scenario\nspec:\n  duration: 1m\n---\n${pod("web")}`;
    const r = simulate(text, { until: 10 });
    expect(r.errors.map((e) => [e.message, e.line])).toEqual([['no matches for kind "Scenario" in version "podplay.dev/v1" (the playground\'s Scenario is apiVersion: podplay.dev/v1alpha1)', 1]]);
    expect(r.trace.entries.some((e) => e.type === "event" && e.event.reason === "Scheduled")).toBe(true);
  });

  it("a 5 MB file of ordinary manifests runs", () => {
    // 2,000 pods, each with a long annotation, as a real export of a namespace might have.
    const note = "x".repeat(2400);
    const text = Array.from({ length: 2000 }, (_, i) => pod(`p-${i}`).replace("  name: ", `  annotations:\n    note: ${note}\n  name: `)).join("---\n");
    expect(text.length).toBeGreaterThan(5e6);
    const r = simulate(text, { until: 1 });
    expect(r.errors).toEqual([]);
  });
});

describe("simulate: determinism", () => {
  it("the same text gives a byte-identical trace", () => {
    const text = readFileSync(new URL("../../fidelity/cases/pod/01-liveness-exec/manifest.yaml", import.meta.url), "utf8");
    const a = JSON.stringify(simulate(text, { until: 300 }));
    const b = JSON.stringify(simulate(text, { until: 300 }));
    expect(a).toBe(b);
  });
});

describe("simulate: progress while the run goes", () => {
  it("shows the trace's entries so far, a growing prefix of the final trace, without changing the run", () => {
    const web = deploymentYaml("web", 300, { cpu: "10m", memory: "16Mi", probes: ["readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 1}"] });
    const text = `${web}\n---\napiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec:\n  duration: 2m\n  images: [{image: nginx:1.27, present: true}]\n  nodes:\n${nodeListYaml(1, "pods: 400")}\n`;
    const seen: number[] = [];
    const arrays = new Set<readonly unknown[]>();
    const sim = simulate(text, {
      onProgress: (entries) => {
        seen.push(entries.length);
        arrays.add(entries);
      },
    });
    // Several looks (every 4096 callbacks), each at least as long as the one before, all prefixes.
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((n, i) => i === 0 || n >= seen[i - 1])).toBe(true);
    expect(seen[seen.length - 1]).toBeLessThanOrEqual(sim.trace.entries.length);
    // The run's own array: what was shown is a prefix of it.
    expect([...arrays]).toEqual([sim.trace.entries]);
    expect(arrays.has(sim.trace.entries)).toBe(true);
    expect(JSON.stringify(simulate(text).trace)).toBe(JSON.stringify(sim.trace));
  });
});

describe("simulate: the file kubectl names in its messages", () => {
  const text = `apiVersion: v1\nmetadata: {name: a}\n---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n`;
  it("is the fileName given (the CLI's path), and the page's manifest.yaml by default", () => {
    expect(simulate(text, { fileName: "bad-pod.yaml" }).errors.map((e) => e.message)).toEqual([
      'error validating "bad-pod.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false',
      'resource mapping not found for name: "w" namespace: "" from "bad-pod.yaml": no matches for kind "Widget" in version "example.com/v1"; ensure CRDs are installed first',
    ]);
    expect(simulate(text).errors[0].message).toMatch(/^error validating "manifest.yaml"/);
  });
});
