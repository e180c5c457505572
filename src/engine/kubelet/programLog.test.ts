import { describe, expect, it } from "vitest";
import { ProgramLog } from "./programLog";
import { MAX_LOG_LINES } from "./containerLog";
import type { ProgramLogFormat, ServedRequest } from "../workloads/program";
import { simulate } from "../simulate";
import { cliJson } from "../output/cliJson";

const head = { namespace: "default", pod: "web", container: "c", restart: 0 };
const env = { unixOffset: 0, cpus: 1, podIP: "10.244.0.5", hostname: "web", startedAt: 0 };
const format: ProgramLogFormat = {
  start: (t) => [["stdout", `start ${t}`]],
  request: (r) => [["stdout", `GET ${r.target} ${r.t} #${r.n}`]],
  stop: (t) => [["stderr", `stop ${t}`]],
};
const req = (t: number, target = "/", period = 0, count = 1): ServedRequest => ({ t, port: 80, target, status: 200, bytes: 1, client: { ip: "n" }, protocol: "http", period, count });

describe("a catalogue program's log, written out when read", () => {
  it("orders its lines in time: start, requests (a series one period apart, replayed late), stop", () => {
    const log = new ProgramLog(head, format, env);
    log.start(1);
    log.served(req(2));
    log.served(req(12, "/", 10, 3)); // a probe's skipped steady run, flushed after the fact
    log.served(req(35, "/x"));
    log.stop(40);
    expect(log.lines().map((l) => l.text)).toEqual(["start 1", "GET / 2 #1", "GET / 12 #2", "GET / 22 #3", "GET / 32 #4", "GET /x 35 #5", "stop 40"]);
    expect(log.lines()[0]).toEqual({ t: 1, ...head, stream: "stdout", text: "start 1" });
    expect(log.count()).toBe(7);
  });

  it("keeps one record for a request repeated each period, interleaved with another probe's", () => {
    const log = new ProgramLog(head, format, env);
    for (let t = 0; t < 100; t += 10) {
      log.served(req(t, "/ready"));
      log.served(req(t + 5, "/live"));
    }
    expect((log as unknown as { entries: unknown[] }).entries.length).toBe(2);
    expect(log.count()).toBe(20);
    expect(log.lines().map((l) => l.t)).toEqual(Array.from({ length: 20 }, (_, i) => i * 5));
  });

  it("keeps the newest MAX_LOG_LINES lines, as a rotated log keeps the newest file (containerLog.ts)", () => {
    const log = new ProgramLog(head, format, env);
    log.start(0);
    log.served(req(1, "/", 1, 5000));
    const lines = log.lines();
    expect(lines.length).toBe(MAX_LOG_LINES);
    expect(lines[0].text).toBe("GET / 4001 #4001");
    expect(lines.at(-1)!.text).toBe("GET / 5000 #5000");
  });

  it("writes nothing at or after the instance's end; the run's budget cuts the later lines", () => {
    const log = new ProgramLog(head, format, env);
    log.served(req(0, "/", 10, 10));
    log.close(35);
    expect(log.lines().map((l) => l.t)).toEqual([0, 10, 20, 30]);
    log.limit(2);
    expect(log.lines().map((l) => l.t)).toEqual([0, 10]);
  });
});

describe("the kubelet's probes in the serving program's log (pkg/probe/http/request.go User-Agent; skipped steady ticks replayed)", () => {
  const text = `apiVersion: v1
kind: Pod
metadata: {name: web}
spec:
  containers:
  - name: nginx
    image: nginx:1.27
    readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 10}
`;

  it("writes one access line per probe attempt, skipped or not, from the node's IP", () => {
    const res = simulate(text, { until: 300 });
    // The logs are made when read: the trace holds an accessor until then.
    expect(typeof Object.getOwnPropertyDescriptor(res.trace, "logs")?.get).toBe("function");
    const j = cliJson(res);
    const access = j.logs.filter((l) => l.text.includes('"kube-probe/1.34"'));
    const attempts = res.trace.probes.filter((p) => p.probe === "readiness").reduce((n, p) => n + p.count, 0);
    expect(attempts).toBeGreaterThan(25);
    expect(access.length).toBe(attempts);
    expect(access[0].text).toMatch(/^172\.18\.0\.2 - - \[01\/Sep\/2025:09:00:0\d \+0000\] "GET \/ HTTP\/1\.1" 200 615 "-" "kube-probe\/1\.34" "-"$/);
    // Ten seconds apart after the first (the manual run at the container's start).
    const gaps = access.slice(2).map((l, i) => Math.round((l.t - access[i + 1].t) * 1000) / 1000);
    expect(new Set(gaps)).toEqual(new Set([10]));
  });

  it("a run nobody reads writes no line, and costs the same whatever the horizon", () => {
    const long = simulate(text, { until: 3600 });
    const short = simulate(text, { until: 300 });
    expect(long.stats.callbacks).toBeLessThan(short.stats.callbacks + 10);
  });
});
