import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "cli/podplay.ts", ...args], { cwd: root, encoding: "utf8" });

describe("podplay CLI (DESIGN.md contract)", () => {
  it("prints the JSON document and exits 0 when the scenario ran", () => {
    const r = cli("run", "fidelity/cases/pod/01-liveness-exec/manifest.yaml", "--until", "90", "--json");
    expect(r.status).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.podplay).toBe(1);
    expect(j.until).toBe(90);
    expect(j.errors).toEqual([]);
    expect(j.objects[0]).toMatchObject({ kind: "Pod", metadata: { name: "liveness-exec" } });
    expect(j.watch[0]).toEqual({ t: 0, namespace: "default", pod: "liveness-exec", ready: "0/1", status: "Pending", restarts: 0, phase: "Pending", node: "<none>" });
    expect(j.events[0]).toMatchObject({ t: 0, type: "Normal", reason: "Scheduled", object: "Pod/liveness-exec", message: "Successfully assigned default/liveness-exec to node-1", count: 1 });
  });

  it("exits 1 with the errors in the JSON when the input is rejected", () => {
    const r = cli("run", "fidelity/cases/pod/08-init-container-fails-pod-fails/manifest.yaml", "--json");
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.errors[0]).toMatchObject({ line: 14, path: "spec.initContainers[0].restartPolicy", document: 0 });
  });

  it("exits 2 with a usage message on a usage error", () => {
    for (const args of [[], ["frobnicate"], ["run"], ["run", "x.yaml", "--until", "soon"], ["run", "does-not-exist.yaml"]]) {
      const r = cli(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/usage: podplay run FILE/);
    }
  });

  it("prints the kubectl transcript, events and describe for a learner", () => {
    const r = cli("run", "examples/exec-liveness.yaml", "--until", "80", "--describe", "liveness-exec");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^# kubectl get pods -w/m);
    expect(r.stdout).toMatch(/^\s+1m16\.0s\s+liveness-exec\s+1\/1\s+Running\s+1 \(1s ago\)\s+76s$/m);
    expect(r.stdout).toMatch(/Warning\s+Unhealthy\s+35s \(x3 over 45s\)\s+kubelet\s+Liveness probe failed: cat: can't open '\/tmp\/healthy': No such file or directory/);
    expect(r.stdout).toMatch(/^Name:\s+liveness-exec$/m);
  });
});
