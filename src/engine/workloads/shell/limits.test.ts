import { describe, expect, it } from "vitest";
import { FakeHost } from "./fake-host";
import { runArgv, runToCompletion } from "./run";
import { MAX_SHELL_DATA, MAX_SHELL_VALUE } from "./limits";
import { simulate } from "../../simulate";

class LimitHost extends FakeHost {
  limits: string[] = [];
  onLimit(detail: string): void {
    this.limits.push(detail);
  }
}

const run = (script: string) => {
  const host = new LimitHost();
  const r = runToCompletion(runArgv(["sh", "-c", script], host));
  return { ...r, host };
};

describe("podplay's shell limits (docs/limits.md)", () => {
  it("a doubling loop stops at the value limit with busybox's out-of-memory message, quickly", () => {
    const t0 = performance.now();
    const r = run("x=ab; while true; do x=$x$x; done");
    expect(r.exit).toMatchObject({ code: 1, stderr: "sh: out of memory\n" });
    expect(r.host.limits).toEqual([`a value grew past ${MAX_SHELL_VALUE / 1024} KiB (podplay's limit on a shell value)`]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("values up to the limit are fine", () => {
    const r = run(`x=$(printf '%${MAX_SHELL_VALUE}s' a); echo \${#x}`);
    expect(r.exit).toMatchObject({ code: 0, stdout: `${MAX_SHELL_VALUE}\n` });
  });

  it("echoing a growing value, and a file that doubles, stop too", () => {
    expect(run('x=a; while true; do x="$x$x"; echo "$x"; done').exit?.code).toBe(1);
    const r = run("echo 0123456789abcdef > /tmp/f; while true; do cat /tmp/f /tmp/f > /tmp/g; mv /tmp/g /tmp/f; done");
    expect(r.exit?.code).toBe(1);
    expect(r.host.limits[0]).toContain(`grew past ${MAX_SHELL_DATA / 1024} KiB`);
    expect(r.host.fs.read("/tmp/f")!.length).toBeLessThanOrEqual(MAX_SHELL_DATA);
  });

  it("a subshell that passes a limit ends alone; the script goes on", () => {
    const r = run('x=$(printf "%60000s" a); y=$(echo "$x$x"); echo status=$?');
    expect(r.exit).toMatchObject({ code: 0, stdout: "status=1\n", stderr: "sh: out of memory\n" });
  });

  it("printf's field width and precision are bounded, never a RangeError", () => {
    expect(run("printf '%999999999d' 1").exit).toMatchObject({ code: 1, stderr: "sh: out of memory\n" });
    expect(run("printf '%*d' 999999999 1").exit?.code).toBe(1);
    const r = run("printf '%.105f' 1");
    expect(r.exit).toMatchObject({ code: 0, stdout: `1.${"0".repeat(105)}` });
    expect(run("printf '%.*f|' -3 1.5").exit?.stdout).toBe("1.500000|");
  });

  it("the run's notes say which container hit which limit", () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  restartPolicy: Never
  containers:
  - name: c
    image: busybox:1.36
    command: ["sh", "-c", "x=ab; while true; do x=$x$x; done"]
`;
    const r = simulate(text, { until: 60 });
    expect(r.trace.notes.filter((n) => n.code === "shellLimit").map((n) => n.message)).toEqual([
      `container c of pod p: a value grew past 64 KiB (podplay's limit on a shell value); its shell stopped with "sh: out of memory" (see docs/limits.md)`,
    ]);
  });
});
