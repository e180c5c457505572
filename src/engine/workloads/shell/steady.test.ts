import { describe, it, expect } from "vitest";
import { FakeHost, simulate } from "./fake-host";
import { runArgv, runToCompletion } from "./run";
import type { ShellYield } from "./types";

const shArgv = (script: string): string[] => ["sh", "-c", script];
const kinds = (ys: ShellYield[]): string[] => ys.map((y) => y.kind);

describe("steady-state detection", () => {
  const waitForService =
    "until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done";
  const files = { "/var/run/secrets/kubernetes.io/serviceaccount/namespace": "default" };

  it("fast-forwards an init container's wait loop to the moment the Service appears", () => {
    const host = new FakeHost({ files });
    const sim = simulate(runArgv(shArgv(waitForService), host), host, {
      until: 100000,
      events: [{ at: 3600, apply: (h) => h.dns.set("myservice.default.svc.cluster.local", "10.96.12.34") }],
    });
    expect(sim.exit?.code).toBe(0);
    expect(sim.time).toBeGreaterThanOrEqual(3600);
    expect(sim.time).toBeLessThanOrEqual(3602);
    // Two iterations to learn the loop, one steady yield, then the final iterations: not 1800 sleeps.
    expect(sim.yields.length).toBeLessThan(10);
    const steady = sim.yields.find((y) => y.kind === "steady");
    expect(steady).toMatchObject({ kind: "steady", period: 2 });
    expect(sim.exit?.stdout).toContain("Name:      myservice.default.svc.cluster.local\nAddress 1: 10.96.12.34 myservice.default.svc.cluster.local\n");
  });

  it("reports one iteration's output with the steady yield", () => {
    const host = new FakeHost({ files });
    const gen = runArgv(shArgv(waitForService), host);
    const ys: ShellYield[] = [];
    for (let r = gen.next(); !r.done; r = gen.next()) {
      ys.push(r.value);
      if (r.value.kind === "steady") break;
      host.time += r.value.kind === "sleep" ? r.value.seconds : 0;
    }
    const steady = ys[ys.length - 1];
    expect(steady.kind).toBe("steady");
    if (steady.kind !== "steady") return;
    expect(steady.output).toBe(
      "Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nnslookup: can't resolve 'myservice.default.svc.cluster.local'\nwaiting for myservice\n",
    );
  });

  it("never resumes a steady loop when the world never changes", () => {
    const host = new FakeHost({ files });
    const sim = simulate(runArgv(shArgv(waitForService), host), host, { until: 1e9 });
    expect(sim.blocked).toBe("steady");
    // The iteration prints ("waiting for myservice"): it is steady once a second iteration printed
    // the same (the container log gets the skipped iterations' lines back), so after two.
    expect(sim.time).toBe(4);
  });

  it("a busy loop without sleep is steady with period 0", () => {
    const host = new FakeHost();
    const r = runToCompletion(runArgv(shArgv("while true; do :; done"), host));
    expect(r.blocked).toBe("steady");
    const gen = runArgv(shArgv("while true; do :; done"), host);
    const first = gen.next();
    expect(first.value).toEqual({ kind: "steady", period: 0, output: "" });
  });

  it("resumes at the loop head and sees the changed world", () => {
    const host = new FakeHost({ processes: ["nginx"] });
    const gen = runArgv(shArgv("while killall -0 nginx; do sleep 1; done; echo gone"), host);
    expect(gen.next().value).toEqual({ kind: "sleep", seconds: 1 });
    host.time = 1;
    expect(gen.next().value).toEqual({ kind: "steady", period: 1, output: "" });
    host.change((h) => h.processes.delete("nginx"));
    host.time = 7;
    const r = gen.next();
    expect(r.done).toBe(true);
    expect(r.value).toMatchObject({ code: 0, stdout: "gone\n", stderr: "killall: nginx: no process killed\n" });
  });

  it("nginx -s quit in a preStop hook signals the master", () => {
    const host = new FakeHost({ processes: ["nginx"] });
    const r = runToCompletion(runArgv(["/bin/sh", "-c", "nginx -s quit; while killall -0 nginx; do sleep 1; done"], host));
    expect(host.signals).toEqual([["nginx", "QUIT"]]);
    expect(r.exit?.code).toBe(0);
  });

  it("a loop waiting on a process becomes steady until the process goes", () => {
    const host = new FakeHost({ processes: ["app"] });
    const sim = simulate(runArgv(shArgv("while killall -0 app; do sleep 1; done; echo exited"), host), host, {
      until: 10000,
      events: [{ at: 500.5, apply: (h) => h.processes.delete("app") }],
    });
    expect(sim.exit?.stdout).toBe("exited\n");
    expect(sim.time).toBe(501);
    expect(kinds(sim.yields).filter((k) => k === "steady").length).toBe(1);
  });

  it("sees files written by other containers through fsVersion", () => {
    const host = new FakeHost();
    const sim = simulate(runArgv(shArgv("until [ -f /shared/ready ]; do sleep 5; done; cat /shared/ready"), host), host, {
      until: 10000,
      events: [{ at: 1000, apply: (h) => h.fs.write("/shared/ready", "go\n", false) }],
    });
    expect(sim.exit?.stdout).toBe("go\n");
    expect(sim.time).toBe(1000);
  });

  it("a loop that rewrites the same file each iteration is still steady", () => {
    const host = new FakeHost();
    const gen = runArgv(shArgv("while true; do date > /tmp/now; echo ok > /tmp/status; sleep 10; done"), host);
    const ys: ShellYield[] = [];
    for (let i = 0; i < 6; i++) {
      const r = gen.next();
      if (r.done) break;
      ys.push(r.value);
      if (r.value.kind === "sleep") host.time += r.value.seconds;
    }
    // `date > /tmp/now` writes a different time each iteration: that is a real change.
    expect(kinds(ys)).not.toContain("steady");
    const gen2 = runArgv(shArgv("while true; do echo ok > /tmp/status; sleep 10; done"), host);
    const ys2 = [gen2.next().value, gen2.next().value, gen2.next().value];
    expect(kinds(ys2 as ShellYield[])).toEqual(["sleep", "sleep", "steady"]);
  });

  it("a loop that appends to a file is never steady", () => {
    const host = new FakeHost();
    const gen = runArgv(shArgv("while true; do echo tick >> /tmp/log; sleep 1; done"), host);
    for (let i = 0; i < 20; i++) expect(gen.next().value).toEqual({ kind: "sleep", seconds: 1 });
  });

  it("a loop reading identical lines is not mistaken for steady", () => {
    const host = new FakeHost({ files: { "/in": "a\na\na\na\n" } });
    const r = runToCompletion(runArgv(shArgv("n=0; while read x; do echo $x; done < /in; echo end"), host));
    expect(r.exit?.stdout).toBe("a\na\na\na\nend\n");
  });

  it("for loops are never steady", () => {
    const host = new FakeHost();
    const r = runToCompletion(runArgv(shArgv("for i in 1 1 1 1 1; do sleep 1; done; echo done"), host));
    expect(r.exit?.stdout).toBe("done\n");
    expect(r.sleptSeconds).toBe(5);
  });

  it("the liveness example repeats until the file is gone, then the probe fails", () => {
    const host = new FakeHost();
    const gen = runArgv(["/bin/sh", "-c", "touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600"], host);
    const probe = (): number => runToCompletion(runArgv(["cat", "/tmp/healthy"], host)).exit!.code;
    expect(gen.next().value).toEqual({ kind: "sleep", seconds: 30 });
    expect(probe()).toBe(0);
    host.time = 30;
    expect(gen.next().value).toEqual({ kind: "sleep", seconds: 600 });
    expect(probe()).toBe(1);
    host.time = 630;
    expect(gen.next()).toMatchObject({ done: true, value: { code: 0 } });
  });
});

describe("runaway detection", () => {
  it("yields runaway after the step budget without sleeping", () => {
    const host = new FakeHost();
    const gen = runArgv(shArgv("i=0; while true; do i=$((i+1)); done"), host, { stepBudget: 1000 });
    const r = gen.next();
    expect(r.value).toMatchObject({ kind: "runaway" });
    if (!r.done && r.value.kind === "runaway") expect(r.value.steps).toBeGreaterThan(1000);
    // Resuming just continues (and runs away again).
    expect(gen.next().value).toMatchObject({ kind: "runaway" });
  });

  it("the default budget is 100,000 steps", () => {
    const host = new FakeHost();
    const gen = runArgv(shArgv("i=0; while true; do i=$((i+1)); done"), host);
    const r = gen.next();
    expect(r.value).toMatchObject({ kind: "runaway" });
    if (!r.done && r.value.kind === "runaway") {
      expect(r.value.steps).toBeGreaterThan(100_000);
      expect(r.value.steps).toBeLessThan(100_100);
    }
    expect(runToCompletion(runArgv(shArgv("i=0; while true; do i=$((i+1)); done"), host)).blocked).toBe("runaway");
  });

  it("sleeping resets the budget", () => {
    const host = new FakeHost();
    const r = runToCompletion(runArgv(shArgv("i=0; while [ $i -lt 300 ]; do i=$((i+1)); sleep 1; done; echo $i"), host, { stepBudget: 50 }));
    expect(r.exit?.stdout).toBe("300\n");
    expect(r.sleptSeconds).toBe(300);
  });

  it("sleep 0 does not count as time passing", () => {
    const host = new FakeHost();
    const r = runToCompletion(runArgv(shArgv("i=0; while true; do i=$((i+1)); sleep 0; done"), host, { stepBudget: 500 }));
    expect(r.blocked).toBe("runaway");
  });

  it("runToCompletion gives up on a script that sleeps forever while changing state", () => {
    const host = new FakeHost();
    const r = runToCompletion(runArgv(shArgv("i=0; while true; do i=$((i+1)); sleep 1; done"), host));
    expect(r.blocked).toBe("runaway");
    expect(r.sleptSeconds).toBe(10000);
  });
});
