import { describe, it, expect } from "vitest";
import { FakeHost, simulate } from "./fake-host";
import { parseScript, runArgv, runToCompletion } from "./run";

const run = (argv: string[], host = new FakeHost()) => runToCompletion(runArgv(argv, host));

describe("runArgv", () => {
  it("runs sh -c scripts with $0 and positional arguments after the script", () => {
    const r = run(["sh", "-c", 'echo "$0|$1|$2|$#"', "name", "a", "b"]);
    expect(r.exit?.stdout).toBe("name|a|b|2\n");
  });

  it("accepts command and args split the Kubernetes way", () => {
    const host = new FakeHost();
    const r = run(["/bin/sh", "-c", "sleep 10 && echo Sleep expired > /dev/termination-log"], host);
    expect(r.sleptSeconds).toBe(10);
    expect(host.fs.read("/dev/termination-log")).toBe("Sleep expired\n");
  });

  it("treats ash, bash and dash as the same shell", () => {
    for (const shell of ["ash", "bash", "/bin/bash", "/usr/bin/dash"]) expect(run([shell, "-c", "echo $((6*7))"]).exit?.stdout).toBe("42\n");
    expect(run(["/opt/sh", "-c", "echo"]).exit?.startError).toBe('exec: "/opt/sh": stat /opt/sh: no such file or directory');
  });

  it("exec probes may call test directly", () => {
    const host = new FakeHost({ files: { "/tmp/ready": "" } });
    expect(run(["test", "-f", "/tmp/ready"], host).exit?.code).toBe(0);
    expect(run(["[", "-f", "/tmp/gone", "]"], host).exit?.code).toBe(1);
    expect(run(["[", "-f", "/tmp/ready"], host).exit).toMatchObject({ code: 2, stderr: "[: missing ]\n" });
  });

  it("runs applets directly from plain argv", () => {
    const host = new FakeHost({ env: { HOSTNAME: "web-1", KUBERNETES_PORT: "tcp://10.96.0.1:443" } });
    expect(run(["printenv", "HOSTNAME", "KUBERNETES_PORT"], host).exit?.stdout).toBe("web-1\ntcp://10.96.0.1:443\n");
    expect(run(["sleep", "3600"]).sleptSeconds).toBe(3600);
    expect(run(["/bin/sleep", "1.5"]).sleptSeconds).toBe(1.5);
  });

  it("an exec probe reading a missing file fails with busybox's text", () => {
    const r = run(["cat", "/tmp/healthy"]);
    expect(r.exit).toMatchObject({ code: 1, stdout: "", stderr: "cat: can't open '/tmp/healthy': No such file or directory\n" });
    expect(r.exit?.output).toBe("cat: can't open '/tmp/healthy': No such file or directory\n");
  });

  it("an unknown executable cannot start: 127 with the runtime's message", () => {
    const r = run(["badcommand", "--flag"]);
    expect(r.exit).toMatchObject({ code: 127, startError: 'exec: "badcommand": executable file not found in $PATH' });
    expect(r.exit?.output).toBe('exec: "badcommand": executable file not found in $PATH');
    expect(run([]).exit?.startError).toBe('exec: "": executable file not found in $PATH');
  });

  it("runs a script file by its #! line, and refuses files without one", () => {
    const host = new FakeHost({ files: { "/entry.sh": "#!/bin/sh\necho entry $1\n", "/usr/bin/env-script": "#!/usr/bin/env bash\necho via env\n", "/data.txt": "just text\n" } });
    expect(run(["/entry.sh", "x"], host).exit?.stdout).toBe("entry x\n");
    expect(run(["/usr/bin/env-script"], host).exit?.stdout).toBe("via env\n");
    expect(run(["/data.txt"], host).exit).toMatchObject({ code: 126, startError: 'exec: "/data.txt": exec format error' });
    expect(run(["/missing.sh"], host).exit).toMatchObject({ code: 127, startError: 'exec: "/missing.sh": stat /missing.sh: no such file or directory' });
  });

  it("sh without -c runs a script file, or reads an empty stdin", () => {
    const host = new FakeHost({ files: { "/s.sh": "echo from file $1\n" } });
    expect(run(["sh", "/s.sh", "p"], host).exit?.stdout).toBe("from file p\n");
    expect(run(["/bin/sh"], host).exit?.code).toBe(0);
    expect(run(["sh", "/nope.sh"], host).exit).toMatchObject({ code: 2, stderr: "sh: can't open '/nope.sh': No such file or directory\n" });
    expect(run(["sh", "-c"], host).exit).toMatchObject({ code: 2, stderr: "sh: -c requires an argument\n" });
  });

  it("honours the working directory and passes the environment through", () => {
    const host = new FakeHost({ workingDir: "/tmp", env: { GREETING: "hi" } });
    expect(run(["sh", "-c", "pwd; echo $GREETING > g; cat /tmp/g"], host).exit?.stdout).toBe("/tmp\nhi\n");
  });

  it("streams output to the host as it is written", () => {
    const host = new FakeHost();
    run(["sh", "-c", "echo out; echo err >&2; echo $(echo captured) > /dev/null"], host);
    expect(host.streamed).toEqual([
      [1, "out\n"],
      [2, "err\n"],
    ]);
  });

  it("interleaves stdout and stderr in output, capped at 10 KiB", () => {
    const r = run(["sh", "-c", "echo a; echo b >&2; echo c"]);
    expect(r.exit?.output).toBe("a\nb\nc\n");
    const big = run(["sh", "-c", "i=0; while [ $i -lt 2000 ]; do echo 0123456789; i=$((i+1)); done"]);
    expect(big.exit?.output.length).toBe(10240);
    expect(big.exit?.stdout.length).toBe(22000);
  });

  it("keeps only the last 32 KiB of each stream", () => {
    const r = run(["sh", "-c", "i=0; while [ $i -lt 5000 ]; do echo line-$i; i=$((i+1)); done"]);
    expect(r.exit?.stdout.length).toBe(32 * 1024);
    expect(r.exit?.stdout.endsWith("line-4999\n")).toBe(true);
  });
});

describe("runToCompletion", () => {
  it("adds up skipped sleeps", () => {
    expect(run(["sh", "-c", "sleep 1; sleep 2m; sleep 0.5"]).sleptSeconds).toBe(121.5);
  });

  it("reports an infinite sleep as blocked forever", () => {
    expect(run(["sleep", "infinity"])).toEqual({ sleptSeconds: Infinity, blocked: "steady" });
    expect(run(["tail", "-f", "/dev/null"]).blocked).toBe("steady");
  });

  it("reports steady and runaway scripts without an exit", () => {
    expect(run(["sh", "-c", "while true; do :; done"])).toEqual({ sleptSeconds: 0, blocked: "steady" });
    expect(run(["sh", "-c", "while true; do i=$((i+1)); done"]).blocked).toBe("runaway");
  });
});

describe("parseScript", () => {
  it("returns the same tree for the same text", () => {
    const a = parseScript("echo cached");
    expect(parseScript("echo cached")).toBe(a);
    expect("ast" in a).toBe(true);
  });

  it("reports syntax errors in ash's words", () => {
    expect(parseScript("while true; do echo; done done")).toMatchObject({ error: 'syntax error: unexpected "done"' });
    expect(parseScript("if true; then echo")).toMatchObject({ error: 'syntax error: unexpected end of file (expecting "fi")' });
  });

  it("a syntax error exits 2 after running the lines before it", () => {
    const r = run(["sh", "-c", "echo before\nfi\necho after"]);
    expect(r.exit).toMatchObject({ code: 2, stdout: "before\n", stderr: 'sh: syntax error: unexpected "fi"\n' });
  });
});

describe("determinism and cost", () => {
  const script =
    "i=0; until nslookup db; do i=$((i+1)); echo try $i; sleep 3; done; wget -O - http://web/ 2>&1; date; ls /tmp; echo $((i * 7 % 5))";
  const once = () => {
    const host = new FakeHost({ http: { "http://web.default.svc.cluster.local:80/": { status: 200, body: "<html/>" } }, dns: { "web.default.svc.cluster.local": "10.96.0.5" } });
    host.fs.write("/tmp/b", "", false);
    host.fs.write("/tmp/a", "", false);
    const sim = simulate(runArgv(["sh", "-c", script], host), host, {
      until: 1000,
      events: [{ at: 10, apply: (h) => h.dns.set("db.default.svc.cluster.local", "10.96.0.7") }],
    });
    return JSON.stringify(sim);
  };

  it("the same inputs give the same outputs", () => {
    const first = once();
    expect(once()).toBe(first);
    expect(first).toContain("try 4");
    expect(first).toContain("<html/>");
  });

  it("an exec probe gives the same answer however often it runs (its cost is in the bench's per-event figure)", () => {
    const host = new FakeHost({ files: { "/tmp/healthy": "ok" } });
    const probe = ["cat", "/tmp/healthy"];
    const shProbe = ["/bin/sh", "-c", "cat /tmp/healthy"];
    const first = [run(probe, host), run(shProbe, host)];
    for (let i = 0; i < 200; i++) expect([run(probe, host), run(shProbe, host)]).toEqual(first);
  });
});
