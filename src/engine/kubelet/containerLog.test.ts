import { describe, expect, it } from "vitest";
import { simulate } from "../simulate";
import { ContainerLog, MAX_LOG_LINES } from "./containerLog";

const head = { namespace: "default", pod: "p", container: "c", restart: 0 };

describe("ContainerLog: a line at a time, as the runtime's log file keeps it", () => {
  it("splits writes into lines stamped when they began; keeps a partial last line at close", () => {
    const log = new ContainerLog(head);
    log.write("stdout", "a\nb", 1);
    log.write("stdout", "c\n", 2);
    log.write("stderr", "oops\n", 3);
    log.write("stdout", "tail", 4);
    expect(log.close().map((l) => [l.t, l.stream, l.text])).toEqual([
      [1, "stdout", "a"],
      [1, "stdout", "bc"],
      [3, "stderr", "oops"],
      [4, "stdout", "tail"],
    ]);
  });

  it(`keeps the newest ${MAX_LOG_LINES} lines (log rotation drops the oldest)`, () => {
    const log = new ContainerLog(head);
    for (let i = 0; i < 5000; i++) log.write("stdout", `${i}\n`, i);
    const lines = log.close();
    expect(lines).toHaveLength(MAX_LOG_LINES);
    expect(lines[0].text).toBe(String(5000 - MAX_LOG_LINES));
    expect(lines[lines.length - 1].text).toBe("4999");
  });
});

const pod = (name: string, spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n${spec}`;
const logsOf = (text: string, until: number, container: string) =>
  (simulate(text, { until }).trace.logs ?? []).filter((l) => l.container === container);

describe("container logs in a run", () => {
  it("a loop that sleeps writes every iteration, also those the simulator skipped as steady", () => {
    const lines = logsOf(pod("ticker", `  containers:\n  - {name: app, image: busybox:1.36, command: ["sh", "-c", "echo start; while true; do echo tick; sleep 5; done"]}\n`), 60, "app");
    expect(lines[0].text).toBe("start");
    const ticks = lines.filter((l) => l.text === "tick");
    expect(ticks).toHaveLength(12);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i].t - ticks[i - 1].t).toBeCloseTo(5, 6);
    expect(ticks[0].t).toBe(lines[0].t);
  });

  it("a loop that prints the time is never skipped as steady: each line is its own", () => {
    const lines = logsOf(pod("clock", `  containers:\n  - {name: app, image: busybox:1.36, command: ["sh", "-c", "while true; do echo at $(date +%s); sleep 10; done"]}\n`), 60, "app");
    expect(lines).toHaveLength(6);
    expect(new Set(lines.map((l) => l.text)).size).toBe(6);
    const secs = lines.map((l) => Number(l.text.split(" ")[1]));
    for (let i = 1; i < secs.length; i++) expect(secs[i] - secs[i - 1]).toBe(10);
  });

  it("each instance of a crash-looping container has its own log; stderr is its own stream", () => {
    const lines = logsOf(pod("crash", `  containers:\n  - {name: app, image: busybox:1.36, command: ["sh", "-c", "echo up; echo bad >&2; exit 1"]}\n`), 60, "app");
    const restarts = [...new Set(lines.map((l) => l.restart))];
    expect(restarts.slice(0, 3)).toEqual([0, 1, 2]);
    for (const r of restarts) {
      expect(lines.filter((l) => l.restart === r).map((l) => [l.stream, l.text])).toEqual([
        ["stdout", "up"],
        ["stderr", "bad"],
      ]);
    }
  });

  it("an init container's log stays readable after it completed; hook output never reaches the log", () => {
    const text = pod(
      "hooked",
      `  initContainers:\n  - {name: init, image: busybox:1.36, command: ["sh", "-c", "echo from-init"]}\n  containers:\n  - name: app\n    image: busybox:1.36\n    command: ["sh", "-c", "echo main; sleep 3600"]\n    lifecycle:\n      postStart: {exec: {command: ["sh", "-c", "echo from-poststart"]}}\n      preStop: {exec: {command: ["sh", "-c", "echo from-prestop"]}}\n`,
    );
    const res = simulate(text, { until: 40 });
    const logs = res.trace.logs ?? [];
    expect(logs.filter((l) => l.container === "init").map((l) => l.text)).toEqual(["from-init"]);
    expect(logs.filter((l) => l.container === "app").map((l) => l.text)).toEqual(["main"]);
  });

  it("the run's logs are in time order", () => {
    const text = [
      pod("a", `  containers:\n  - {name: app, image: busybox:1.36, command: ["sh", "-c", "while true; do echo a; sleep 3; done"]}\n`),
      pod("b", `  containers:\n  - {name: app, image: busybox:1.36, command: ["sh", "-c", "while true; do echo b; sleep 2; done"]}\n`),
    ].join("---\n");
    const logs = simulate(text, { until: 30 }).trace.logs ?? [];
    expect(logs.length).toBeGreaterThan(20);
    for (let i = 1; i < logs.length; i++) expect(logs[i].t).toBeGreaterThanOrEqual(logs[i - 1].t);
  });
});

describe("the run's log budget", () => {
  it("drops lines past it and says so once", () => {
    const calls: number[] = [];
    const budget = { left: 3, exhausted: (t: number) => calls.push(t) };
    const a = new ContainerLog(head, budget);
    const b = new ContainerLog({ ...head, container: "d" }, budget);
    for (let i = 0; i < 3; i++) a.write("stdout", `${i}\n`, i);
    b.write("stdout", "x\ny\n", 9);
    expect(a.close()).toHaveLength(3);
    expect(b.close()).toHaveLength(0);
    expect(calls).toEqual([9]);
  });
});
