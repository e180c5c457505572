import { describe, it, expect } from "vitest";
import { FakeHost, sh } from "./fake-host";
import { runArgv, runToCompletion } from "./run";

const out = (script: string, host?: FakeHost): string => sh(script, host).stdout;

describe("echo and printf", () => {
  it("echo joins arguments; -n drops the newline; -e interprets escapes", () => {
    expect(out("echo a  b")).toBe("a b\n");
    expect(out("echo -n no-newline; echo")).toBe("no-newline\n");
    expect(out("echo 'a\\tb'; echo -e 'a\\tb\\n\\0101'; echo -e 'stop\\cignored'; echo x")).toBe("a\\tb\na\tb\nA\nstopx\n");
    expect(out("echo -ne 'x\\n'; echo -z")).toBe("x\n-z\n");
  });

  it("printf formats %s %d with widths and reuses the format", () => {
    expect(out("printf '%s=%d\\n' a 1 b 2")).toBe("a=1\nb=2\n");
    expect(out("printf '[%5s][%-5s][%05d][%x][%o][%c][%%]\\n' ab cd 42 255 8 zed")).toBe("[   ab][cd   ][00042][ff][10][z][%]\n");
    expect(out("printf '%.2f %s\\n' 3.14159")).toBe("3.14 \n");
    // coreutils/printf.c hands doubles to C's printf: %g switches to exponents, halves round to even.
    expect(out("printf '%g %g %e %.0f %.0f %G\\n' 1000000 0.0001 12345.678 2.5 3.5 1e-10")).toBe("1e+06 0.0001 1.234568e+04 2 4 1E-10\n");
    expect(out("printf 'no newline'")).toBe("no newline");
  });

  it("printf complains about bad numbers but keeps going", () => {
    const r = sh("printf '%d\\n' abc");
    expect(r.stdout).toBe("0\n");
    expect(r.stderr).toBe("sh: invalid number 'abc'\n");
    expect(r.code).toBe(1);
  });
});

describe("sleep", () => {
  it("accepts fractions, suffixes and several arguments", () => {
    expect(sh("sleep 2").sleptSeconds).toBe(2);
    expect(sh("sleep 0.5").sleptSeconds).toBe(0.5);
    expect(sh("sleep 1m 1h 1d 1s").sleptSeconds).toBe(60 + 3600 + 86400 + 1);
    expect(sh("sleep infinity")).toMatchObject({ sleptSeconds: Infinity, blocked: "steady" });
  });

  it("rejects bad numbers", () => {
    expect(sh("sleep abc")).toMatchObject({ code: 1, stderr: "sleep: invalid number 'abc'\n" });
    expect(sh("sleep").code).toBe(1);
  });

  it("yields the sleep to the simulator", () => {
    const gen = runArgv(["sleep", "3600"], new FakeHost());
    expect(gen.next().value).toEqual({ kind: "sleep", seconds: 3600 });
    expect(gen.next()).toMatchObject({ done: true, value: { code: 0 } });
  });
});

describe("test and [", () => {
  const t = (expr: string, host?: FakeHost): number => sh(`[ ${expr} ]`, host).code;

  it("string tests", () => {
    expect(t("-z ''")).toBe(0);
    expect(t("-n ''")).toBe(1);
    expect(t("abc = abc")).toBe(0);
    expect(t("abc != abc")).toBe(1);
    expect(t("abc == abc")).toBe(0);
    expect(t("''")).toBe(1);
    expect(t("x")).toBe(0);
    expect(sh("test").code).toBe(1);
  });

  it("integer comparisons", () => {
    expect(t("3 -eq 3")).toBe(0);
    expect(t("3 -ne 3")).toBe(1);
    expect(t("2 -lt 3")).toBe(0);
    expect(t("3 -le 3")).toBe(0);
    expect(t("4 -gt 3")).toBe(0);
    expect(t("2 -ge 3")).toBe(1);
    expect(t("' 7 ' -eq 7")).toBe(0);
  });

  it("file tests", () => {
    const host = new FakeHost({ files: { "/etc/conf": "x", "/etc/empty": "" } });
    expect(t("-f /etc/conf", host)).toBe(0);
    expect(t("-e /etc/conf", host)).toBe(0);
    expect(t("-d /etc", host)).toBe(0);
    expect(t("-f /etc", host)).toBe(1);
    expect(t("-e /nope", host)).toBe(1);
    expect(t("-s /etc/conf", host)).toBe(0);
    expect(t("-s /etc/empty", host)).toBe(1);
  });

  it("! -a -o and parentheses", () => {
    expect(t("! -e /nope")).toBe(0);
    expect(t("a = a -a b = c")).toBe(1);
    expect(t("a = a -o b = c")).toBe(0);
    expect(t("\\( a = b \\) -o x")).toBe(0);
    expect(t("-n")).toBe(0);
  });

  it("reports errors with status 2", () => {
    expect(sh("[ 1 -eq 1")).toMatchObject({ code: 2, stderr: "sh: missing ]\n" });
    expect(sh("[ abc -eq 1 ]")).toMatchObject({ code: 2, stderr: "sh: abc: bad number\n" });
    expect(sh("[ a b c ]").code).toBe(2);
  });

  it("refuses absurd nesting instead of overflowing the stack", () => {
    expect(sh(`[ ${"! ".repeat(5000)}x ]`)).toMatchObject({ code: 2, stderr: "sh: expression too complex\n" });
    expect(t("! ! x")).toBe(0);
  });

  it("[[ ]] is accepted for simple expressions", () => {
    expect(sh('[[ "a" == "a" ]]').code).toBe(0);
  });
});

describe("filesystem applets", () => {
  it("touch creates empty files and leaves existing ones alone", () => {
    const host = new FakeHost({ files: { "/tmp/keep": "data" } });
    const r = sh("touch /tmp/new /tmp/keep; touch /nodir/x", host);
    expect(host.fs.read("/tmp/new")).toBe("");
    expect(host.fs.read("/tmp/keep")).toBe("data");
    expect(r).toMatchObject({ code: 1, stderr: "touch: /nodir/x: No such file or directory\n" });
  });

  it("rm, rm -f and rm -r", () => {
    const host = new FakeHost({ files: { "/tmp/a": "", "/tmp/d/x": "", "/tmp/d/e/y": "" } });
    expect(sh("rm /tmp/a", host).code).toBe(0);
    expect(sh("rm /tmp/a", host)).toMatchObject({ code: 1, stderr: "rm: can't remove '/tmp/a': No such file or directory\n" });
    expect(sh("rm -f /tmp/a", host).code).toBe(0);
    expect(sh("rm /tmp/d", host)).toMatchObject({ code: 1, stderr: "rm: '/tmp/d' is a directory\n" });
    expect(sh("rm -rf /tmp/d", host).code).toBe(0);
    expect(host.fs.exists("/tmp/d")).toBe(false);
  });

  it("mkdir and mkdir -p", () => {
    const host = new FakeHost();
    expect(sh("mkdir /work-dir", host).code).toBe(0);
    expect(host.fs.isDir("/work-dir")).toBe(true);
    expect(sh("mkdir /work-dir", host)).toMatchObject({ code: 1, stderr: "mkdir: can't create directory '/work-dir': File exists\n" });
    expect(sh("mkdir /a/b/c", host)).toMatchObject({ code: 1, stderr: "mkdir: can't create directory '/a/b/c': No such file or directory\n" });
    expect(sh("mkdir -p /a/b/c && mkdir -p /a/b", host).code).toBe(0);
    expect(host.fs.isDir("/a/b/c")).toBe(true);
  });

  it("ls lists names, one per line", () => {
    const host = new FakeHost({ files: { "/srv/b": "12345", "/srv/a": "", "/srv/.dot": "" } });
    expect(out("ls /srv", host)).toBe("a\nb\n");
    expect(out("ls -a /srv", host)).toBe(".\n..\n.dot\na\nb\n");
    expect(out("ls /srv/b", host)).toBe("/srv/b\n");
    expect(out("ls -l /srv/b", host)).toMatch(/^-rw-r--r-- +1 root +root +5 Jan {2}1 00:00 \/srv\/b\n$/);
    expect(sh("ls /none", host)).toMatchObject({ code: 1, stderr: "ls: /none: No such file or directory\n" });
  });

  it("cp and mv copy and move files and trees", () => {
    const host = new FakeHost({ files: { "/src/f": "content", "/src/tree/x": "1" } });
    expect(sh("cp /src/f /tmp/f && cp -r /src/tree /tmp/tree && mkdir /dst && mv /src/f /dst", host).code).toBe(0);
    expect(host.fs.read("/tmp/f")).toBe("content");
    expect(host.fs.read("/tmp/tree/x")).toBe("1");
    expect(host.fs.read("/dst/f")).toBe("content");
    expect(host.fs.exists("/src/f")).toBe(false);
    expect(sh("cp /src/tree /tmp/t2", host)).toMatchObject({ code: 1, stderr: "cp: omitting directory '/src/tree'\n" });
    expect(sh("cp /none /tmp", host).stderr).toBe("cp: can't stat '/none': No such file or directory\n");
  });

  it("chmod and chown accept existing files", () => {
    const host = new FakeHost({ files: { "/x": "" } });
    expect(sh("chmod +x /x && chown root:root /x", host).code).toBe(0);
    expect(sh("chmod 644 /y", host).stderr).toBe("chmod: /y: No such file or directory\n");
  });
});

describe("text applets", () => {
  const host = (): FakeHost => new FakeHost({ files: { "/log": "INFO start\nERROR disk full\ninfo again\nERROR net down\n" } });

  it("cat concatenates files and stdin", () => {
    const h = new FakeHost({ files: { "/a": "A\n", "/b": "B\n" } });
    expect(out("cat /a /b; echo S | cat - /a", h)).toBe("A\nB\nS\nA\n");
    expect(sh("cat /a /nope /b", h)).toMatchObject({ code: 1, stdout: "A\nB\n", stderr: "cat: can't open '/nope': No such file or directory\n" });
    expect(sh("cat /tmp", h).stderr).toBe("cat: read error: Is a directory\n");
  });

  it("grep matches basic and extended regular expressions", () => {
    expect(out("grep ERROR /log", host())).toBe("ERROR disk full\nERROR net down\n");
    expect(out("grep -i info /log", host())).toBe("INFO start\ninfo again\n");
    expect(out("grep -v ERROR /log", host())).toBe("INFO start\ninfo again\n");
    expect(out("grep -c ERROR /log", host())).toBe("2\n");
    expect(out("grep -n 'disk' /log", host())).toBe("2:ERROR disk full\n");
    expect(out("grep '^E.*n$' /log", host())).toBe("ERROR net down\n");
    expect(out("grep -E 'disk|net' /log", host())).toBe("ERROR disk full\nERROR net down\n");
    expect(out("grep 'disk|net' /log", host())).toBe("");
    expect(out("grep -F 'full' /log", host())).toBe("ERROR disk full\n");
    expect(out("grep '^[[:upper:]]\\{4\\} ' /log", host())).toBe("INFO start\n");
  });

  it("grep -q and exit statuses", () => {
    expect(sh("grep -q ERROR /log", host())).toMatchObject({ code: 0, stdout: "" });
    expect(sh("grep -q nothing /log", host()).code).toBe(1);
    expect(sh("grep x /nope", host())).toMatchObject({ code: 2, stderr: "grep: /nope: No such file or directory\n" });
    expect(out("echo ok | grep -q ok && echo found")).toBe("found\n");
  });

  it("wc -l, head and tail", () => {
    expect(out("wc -l < /log", host())).toBe("4\n");
    expect(out("wc -l /log", host())).toBe("      4 /log\n");
    expect(out("cat /log | wc -l", host())).toBe("4\n");
    expect(out("head -n 1 /log; head -2 /log | tail -n 1", host())).toBe("INFO start\nERROR disk full\n");
    expect(out("tail -n 1 /log; tail -n +4 /log", host())).toBe("ERROR net down\nERROR net down\n");
    expect(out("printf 'a\\nb\\n' | wc -w")).toBe("2\n");
  });

  it("tee copies stdin to files and stdout", () => {
    const h = new FakeHost();
    expect(out("echo hi | tee /tmp/t", h)).toBe("hi\n");
    expect(h.fs.read("/tmp/t")).toBe("hi\n");
  });
});

describe("environment and identity", () => {
  const host = (): FakeHost => new FakeHost({ hostname: "web-0", podIP: "10.244.1.7", env: { HOSTNAME: "web-0", KUBERNETES_PORT: "tcp://10.96.0.1:443" } });

  it("printenv and env", () => {
    expect(out("printenv HOSTNAME KUBERNETES_PORT", host())).toBe("web-0\ntcp://10.96.0.1:443\n");
    expect(sh("printenv NOPE", host()).code).toBe(1);
    expect(out("env | grep KUBERNETES", host())).toBe("KUBERNETES_PORT=tcp://10.96.0.1:443\n");
    expect(out("env -i A=1 printenv", host())).toBe("A=1\n");
    expect(out("env X=2 sh -c 'echo $X'", host())).toBe("2\n");
  });

  it("hostname, id, whoami, uname", () => {
    expect(out("hostname; hostname -i; whoami; id; uname; uname -n", host())).toBe(
      "web-0\n10.244.1.7\nroot\nuid=0(root) gid=0(root) groups=0(root),10(wheel)\nLinux\nweb-0\n",
    );
  });

  it("date prints simulated time in busybox's format", () => {
    const h = host();
    expect(out("date", h)).toBe("Thu Jan  1 00:00:00 UTC 2026\n");
    h.time = 86400 * 31 + 3661;
    expect(out("date; date +%s; date -u '+%Y-%m-%d %H:%M:%S'; date -d @0 +%F", h)).toBe(
      "Sun Feb  1 01:01:01 UTC 2026\n1769907661\n2026-02-01 01:01:01\n1970-01-01\n",
    );
  });

  it("basename, dirname, seq, pwd, which", () => {
    expect(out("basename /a/b/c.txt .txt; dirname /a/b/c.txt; seq 3; seq 2 2 6; pwd; which sh wget")).toBe("c\n/a/b\n1\n2\n3\n2\n4\n6\n/\n/bin/sh\n/bin/wget\n");
  });
});

describe("processes", () => {
  it("killall -0 checks, killall signals, with busybox's message when nothing matches", () => {
    const host = new FakeHost({ processes: ["nginx", "worker"] });
    expect(sh("killall -0 nginx", host).code).toBe(0);
    expect(sh("killall worker", host).code).toBe(0);
    expect(host.signals).toEqual([["worker", "TERM"]]);
    expect(sh("killall -HUP nginx; killall -9 nginx", host).code).toBe(0);
    expect(host.signals.slice(1)).toEqual([
      ["nginx", "HUP"],
      ["nginx", "KILL"],
    ]);
    expect(sh("killall -0 nginx", host)).toMatchObject({ code: 1, stderr: "killall: nginx: no process killed\n" });
    expect(sh("killall -q gone", host)).toMatchObject({ code: 1, stderr: "" });
  });

  it("nginx -s signals the master; fails like nginx when it is not running", () => {
    const host = new FakeHost({ processes: ["nginx"] });
    expect(sh("nginx -s reload", host).code).toBe(0);
    expect(host.signals).toEqual([["nginx", "HUP"]]);
    expect(sh("nginx -s stop", host).code).toBe(0);
    expect(sh("nginx -s quit", host)).toMatchObject({ code: 1, stderr: 'nginx: [error] open() "/run/nginx.pid" failed (2: No such file or directory)\n' });
    expect(sh("nginx -t", host).stderr).toContain("test is successful");
    expect(runToCompletion(runArgv(["nginx", "-g", "daemon off;"], host)).blocked).toBe("steady");
  });

  it("kill needs a host that models PIDs", () => {
    expect(sh("kill 42")).toMatchObject({ code: 1, stderr: "sh: can't kill pid 42: No such process\n" });
    const host = new FakeHost();
    const seen: [number, string][] = [];
    host.signalPid = (pid, sig) => (seen.push([pid, sig]), true);
    expect(sh("kill -9 7; kill -s TERM 8", host).code).toBe(0);
    expect(seen).toEqual([
      [7, "KILL"],
      [8, "TERM"],
    ]);
  });
});
