// Helpers for this folder's tests and benchmarks (no app code imports it, so it is never bundled).
import { simulate } from "../../engine/simulate";
import type { Trace } from "../../engine/trace/types";
import type { Translate } from "./format";
import { timelineStrings } from "./strings";
import { timelineKo } from "./strings.ko";

export function traceOfText(text: string, until?: number): Trace {
  const r = simulate(text, until === undefined ? {} : { until });
  if (r.errors.length) throw new Error(r.errors.map((e) => e.message).join("\n"));
  return r.trace;
}

/** The timeline's own strings without the app's i18n index (the same {placeholder} rules). */
export function translator(locale: "en" | "ko"): Translate {
  const table: Record<string, string> = locale === "ko" ? timelineKo : timelineStrings.en;
  return (key, vars = {}) => (table[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/** A multi-pod scenario: `n` pods cycling through a liveness kill, a crash loop, 1 s readiness probes and init containers. */
export function manyPods(n: number, minutes: number): string {
  const docs: string[] = [];
  for (let i = 0; i < n; i++) {
    switch (i % 4) {
      case 0:
        docs.push(`apiVersion: v1
kind: Pod
metadata: {name: live-${i}}
spec:
  containers:
  - name: app
    image: registry.k8s.io/busybox:1.27.2
    args: [/bin/sh, -c, "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"]
    livenessProbe:
      exec: {command: [cat, /tmp/healthy]}
      initialDelaySeconds: 5
      periodSeconds: 5`);
        break;
      case 1:
        docs.push(`apiVersion: v1
kind: Pod
metadata: {name: crash-${i}}
spec:
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "echo starting; sleep 3; exit 1"]`);
        break;
      case 2:
        docs.push(`apiVersion: v1
kind: Pod
metadata: {name: ready-${i}}
spec:
  containers:
  - name: web
    image: registry.k8s.io/goproxy:0.1
    ports: [{containerPort: 8080}]
    readinessProbe:
      tcpSocket: {port: 8080}
      periodSeconds: 1
    livenessProbe:
      tcpSocket: {port: 8080}
      periodSeconds: 1`);
        break;
      default:
        docs.push(`apiVersion: v1
kind: Pod
metadata: {name: init-${i}}
spec:
  initContainers:
  - name: setup
    image: busybox:1.36
    command: ["sh", "-c", "sleep 2"]
  - name: shipper
    image: busybox:1.36
    restartPolicy: Always
    command: ["sh", "-c", "sleep 3600"]
  containers:
  - name: app
    image: busybox:1.36
    command: ["sh", "-c", "sleep 3600"]`);
    }
  }
  docs.push(`apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: ${minutes}m`);
  return docs.join("\n---\n");
}
