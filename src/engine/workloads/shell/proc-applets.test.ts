// Follows busybox 1.36.1 coreutils/expr.c, coreutils/timeout.c and procps/nmeter.c.
import { describe, expect, it } from "vitest";
import { FakeHost, sh, simulate } from "./fake-host";
import { runArgv } from "./run";

const out = (script: string, host?: FakeHost): string => sh(script, host).stdout;

describe("expr", () => {
  it("arithmetic, comparisons, : matching, length/substr/index; status 1 for a null result", () => {
    expect(out("expr 1 + 2")).toBe("3\n");
    expect(out("expr 5 \\* 3 - 1")).toBe("14\n");
    expect(out("expr 7 / 2 % 3")).toBe("0\n");
    expect(out("x=3; x=$(expr $x - 1); echo $x")).toBe("2\n");
    expect(out("expr length hello; expr substr hello 2 3; expr index hello l")).toBe("5\nell\n3\n");
    expect(out("expr 'abc' : 'a\\(.*\\)'; expr abc : 'a.'")).toBe("bc\n2\n");
    expect(out("expr 10 \\> 9; expr a \\< b")).toBe("1\n1\n");
    expect(sh("expr 0").code).toBe(1);
    expect(sh("expr 2 - 2")).toMatchObject({ code: 1, stdout: "0\n" });
  });

  it("errors exit 2 with busybox's messages", () => {
    expect(sh("expr 1 / 0")).toMatchObject({ code: 2, stderr: "expr: division by zero\n" });
    expect(sh("expr a + 1")).toMatchObject({ code: 2, stderr: "expr: non-numeric argument\n" });
    expect(sh("expr 1 +")).toMatchObject({ code: 2, stderr: "expr: syntax error\n" });
    expect(sh("expr")).toMatchObject({ code: 2, stderr: "expr: too few arguments\n" });
  });
});

describe("timeout", () => {
  it("kills the program when the time is up (status 128+SIG), else passes its status on", () => {
    expect(sh("timeout 5 sleep 10; echo $?")).toMatchObject({ stdout: "143\n", sleptSeconds: 5 });
    expect(sh("timeout -s KILL 5 sleep 10; echo $?").stdout).toBe("137\n");
    expect(sh("timeout 5 sleep 2; echo $?")).toMatchObject({ stdout: "0\n", sleptSeconds: 2 });
    expect(sh("timeout 5 sh -c 'exit 3'; echo $?").stdout).toBe("3\n");
    const h = new FakeHost();
    const r = simulate(runArgv(["sh", "-c", "timeout 3 sh -c 'while true; do echo x; sleep 1; done'; echo $?"], h), h, { until: 10 });
    expect(r).toMatchObject({ time: 3, exit: { stdout: "x\nx\nx\n143\n" } });
  });

  it("a busy loop is killed at the deadline rather than spinning", () => {
    expect(sh("timeout 2 sh -c 'while :; do :; done'; echo $?")).toMatchObject({ stdout: "143\n", sleptSeconds: 2 });
  });
});

describe("nmeter", () => {
  it("%3t is the time of day with milliseconds: the e2e node tests' timestamp", () => {
    const h = new FakeHost();
    h.time = 65.25;
    expect(out("date -u +%FT$(nmeter -d0 '%3t' | head -n1)Z", h)).toBe("2026-01-01T00:01:05.250Z\n");
  });

  // collect_tv() rounds to the precision: half a second since the start prints as 00:00:01 with %T.
  it("prints a line every -d milliseconds, the first on the next whole interval", () => {
    const h = new FakeHost();
    h.time = 0.5;
    const r = simulate(runArgv(["nmeter", "-d", "500", "%1t %T|"], h), h, { until: 2 });
    expect(r.exit).toBeUndefined();
    expect(h.streamed.map(([, t]) => t).join("")).toBe("00:00:01.0 00:00:00|\n00:00:01.5 00:00:01|\n00:00:02.0 00:00:01|\n");
    expect(sh("nmeter").code).toBe(1);
    expect(sh("nmeter '%q'").code).toBe(1);
  });
});
