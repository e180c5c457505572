/**
 * Background jobs as busybox ash runs them without job control (shell/ash.c): `cmd &` forks a
 * child that runs while the shell goes on (evalsubshell, forkshell FORK_BG), `$!` is its PID,
 * `wait` collects it (waitcmd, getstatus: 128+signal for a signal), `jobs` lists the job table
 * (showjob), `kill` turns %N into PIDs (killcmd) and is procps/kill.c kill_main.
 */
import { describe, expect, it } from "vitest";
import { FakeHost, sh, simulate } from "./fake-host";
import { runArgv } from "./run";
import { MAX_PROCESSES } from "./limits";

const pad = (s: string) => s + " ".repeat(Math.max(33 - s.length, 1)) + "\n";

/** Runs `sh -c script` on simulated time until `until`; what it wrote, each with its time. */
function timeline(script: string, until = 1000) {
  const host = new FakeHost();
  const sim = simulate(runArgv(["sh", "-c", script], host), host, { until });
  return { ...sim, lines: host.timed.map((l) => `${l.t} ${l.text.trimEnd()}`), host };
}

describe("cmd & (ash evalsubshell, FORK_BG)", () => {
  it("runs the job alongside the shell: their sleeps interleave on one clock", () => {
    const r = timeline("(sleep 1.5; echo child) & for i in 1 2 3; do echo parent $i; sleep 1; done; wait; echo done");
    expect(r.lines).toEqual(["0 parent 1", "1 parent 2", "1.5 child", "2 parent 3", "3 done"]);
    expect(r.exit?.code).toBe(0);
  });

  it("$! is the job's PID; the shell is PID 1 and a subshell keeps its $$", () => {
    const r = sh("echo $$; sleep 1 & echo $!; sleep 1 & echo $!; (echo $$); echo $(echo $$)");
    expect(r.stdout).toBe("1\n2\n3\n1\n1\n");
    // Another shell the script runs is another process.
    expect(sh("sh -c 'echo $$'; true").stdout).not.toBe("1\n");
    // Unless it is the last thing `sh -c` runs: then ash execs it in its place (EV_EXIT).
    expect(sh("sh -c 'echo $$'").stdout).toBe("1\n");
  });

  it("a script that ends does not wait for its jobs", () => {
    expect(sh("sleep 5 & echo after")).toMatchObject({ stdout: "after\n", sleptSeconds: 0 });
  });

  it("the job's stdin is /dev/null and its status does not touch $?", () => {
    expect(sh("false; echo x | { read v & wait $!; echo \"read $?\"; }").stdout).toBe("read 1\n");
    expect(sh("false; sleep 1 & echo $?").stdout).toBe("0\n");
  });

  it("its output goes to the same stdout, at the time it is written", () => {
    const r = timeline("(sleep 2; echo job) & echo shell; sleep 3; echo shell again", 35);
    expect(r.lines).toEqual(["0 shell", "2 job", "3 shell again"]);
    // A looping job the simulator may skip tells what each iteration writes, for the log.
    const loop = timeline("while true; do echo tick; sleep 10; done & wait", 35);
    expect(loop.lines).toEqual(["0 tick", "10 tick"]);
    expect(loop.yields.at(-1)).toEqual({ kind: "steady", period: 10, output: "tick\n" });
  });
});

describe("wait (ash waitcmd)", () => {
  it("without operands waits for every job and returns 0", () => {
    expect(sh("sleep 3 & sleep 1 & (exit 4) & wait; echo all $?")).toMatchObject({ stdout: "all 0\n", sleptSeconds: 3 });
  });

  it("wait PID returns that job's status; 127 for a PID that is not a job", () => {
    expect(sh("(sleep 2; exit 3) & wait $!; echo $?")).toMatchObject({ stdout: "3\n", sleptSeconds: 2 });
    expect(sh("wait 4242; echo $?").stdout).toBe("127\n");
    // Each operand in turn: an unknown one leaves the status of the one before it.
    expect(sh("(exit 5) & wait $! 4242; echo $?").stdout).toBe("5\n");
    expect(sh("(exit 5) & wait 4242 $!; echo $?").stdout).toBe("5\n");
  });

  it("wait %N, and an error for a job that does not exist", () => {
    expect(sh("(exit 6) & sleep 1 & wait %1; echo $?").stdout).toBe("6\n");
    expect(sh("wait %3; echo not reached")).toMatchObject({ code: 2, stdout: "", stderr: "sh: wait: %3: no such job\n" });
    expect(sh("wait abc")).toMatchObject({ code: 2, stderr: "sh: wait: Illegal number: abc\n" });
  });

  it("wait -n returns when one job ends, with its status", () => {
    expect(sh("(sleep 3; exit 3) & (sleep 1; exit 1) & wait -n; echo $?")).toMatchObject({ stdout: "1\n", sleptSeconds: 1 });
    expect(sh("wait -n; echo $?").stdout).toBe("127\n");
  });

  it("exec sleep N & wait $!: exec replaces only the job, the shell waits for it and goes on", () => {
    const r = timeline("exec sleep 5 & wait $!; echo waited $?");
    expect(r.lines).toEqual(["5 waited 0"]);
  });

  it("sleep N & wait $! in a loop is a steady loop the simulator can skip", () => {
    const r = timeline("while true; do echo tick; sleep 5 & wait $!; done", 20);
    expect(r.lines).toEqual(["0 tick", "5 tick"]);
    expect(r.yields.at(-1)).toEqual({ kind: "steady", period: 5, output: "tick\n" });
  });
});

describe("a background loop", () => {
  it("while true; do sleep 10; done & wait: one steady loop, nothing else to run, is skipped", () => {
    const r = timeline("while true; do sleep 10; done & wait", 3600);
    expect(r.blocked).toBe("steady");
    expect(r.yields.filter((y) => y.kind === "sleep").length).toBeLessThan(5);
  });

  it("a loop that could be skipped runs on, in step, while a job has work at known times", () => {
    const r = timeline("(sleep 25; echo job) & while true; do echo tick; sleep 10; done", 40);
    expect(r.lines).toEqual(["0 tick", "10 tick", "20 tick", "25 job", "30 tick", "40 tick"]);
  });

  it("a busy job does not stop the shell; killing it ends it with 143", () => {
    const r = timeline("while :; do :; done & sleep 5; kill $!; wait $!; echo $?");
    expect(r.lines).toEqual(["5 Terminated", "5 143"]);
    expect(r.blocked).toBeUndefined();
  });

  it(`more than ${MAX_PROCESSES} jobs at once: fork fails as under a pids limit`, () => {
    const limits: string[] = [];
    const host = new (class extends FakeHost {
      onLimit(detail: string): void {
        limits.push(detail);
      }
    })();
    const r = sh("while true; do sleep 100 & done", host);
    expect(r).toMatchObject({ code: 2, stderr: "sh: can't fork: Resource temporarily unavailable\n" });
    expect(limits[0]).toContain("podplay's limit");
  });
});

describe("jobs (ash showjob)", () => {
  it("lists running and finished jobs, newest first, padded to column 33 (no command text without job control)", () => {
    const r = sh("sleep 10 & sleep 20 & jobs; jobs -p; jobs -l; sleep 15; jobs; jobs");
    expect(r.stdout).toBe(
      pad("[2]+  Running") + pad("[1]-  Running") + "3\n2\n" + pad("[2]+  3 Running") + pad("[1]-  2 Running") + pad("[2]+  Running") + pad("[1]-  Done") + pad("[2]+  Running"),
    );
  });

  it("shows exit statuses and signals", () => {
    // A job shown as ended leaves the table, so the next one shown is the current job.
    expect(sh("(exit 3) & sleep 100 & kill $!; sleep 1; jobs").stdout).toBe(pad("[2]+  Terminated") + pad("[1]+  Done(3)"));
  });

  it("$(jobs -p) still sees the shell's jobs (ash forkchild keeps them for `jobs`)", () => {
    // wait leaves ended jobs in the table (waitcmd marks them waited); jobs shows them once.
    expect(sh("sleep 5 & sleep 6 & echo $(jobs -p); kill $(jobs -p); wait; jobs -p; jobs -p; echo end")).toMatchObject({ stdout: "3 2\n3\n2\nend\n", sleptSeconds: 0 });
    // Any other subshell starts with no jobs of its own.
    expect(sh("sleep 5 & (wait; echo sub $?); echo main").stdout).toBe("sub 0\nmain\n");
  });
});

describe("kill (ash killcmd, kill_main)", () => {
  it("kill PID sends SIGTERM: the job ends with 143 and wait says Terminated", () => {
    expect(sh("sleep 100 & kill $!; wait $!; echo $?")).toMatchObject({ stdout: "143\n", stderr: "Terminated\n", sleptSeconds: 0 });
    expect(sh("sleep 100 & kill -9 $!; wait $!; echo $?")).toMatchObject({ stdout: "137\n", stderr: "Killed\n" });
    expect(sh("sleep 100 & kill -s USR1 %1; wait %1; echo $?")).toMatchObject({ stdout: "138\n", stderr: "User defined signal 1\n" });
    // SIGINT and SIGPIPE are not reported (sprint_status48 sigonly).
    expect(sh("sleep 100 & kill -PIPE $!; wait $!; echo $?")).toMatchObject({ stdout: "141\n", stderr: "" });
  });

  it("kill %N; a job already ended is nobody to signal", () => {
    expect(sh("sleep 100 & sleep 200 & kill %1; wait %1; echo $?; kill %2; wait; echo done").stdout).toBe("143\ndone\n");
    expect(sh("true & sleep 1; kill %1; echo $?").stdout).toBe("0\n");
    expect(sh("kill %4")).toMatchObject({ code: 2, stderr: "sh: kill: %4: no such job\n" });
  });

  it("errors: no such process, bad signal, nothing to kill", () => {
    expect(sh("kill 4242; echo $?")).toMatchObject({ stdout: "1\n", stderr: "sh: can't kill pid 4242: No such process\n" });
    expect(sh("kill 4242 4343; echo $?").stdout).toBe("2\n");
    expect(sh("kill -BOGUS 1; echo $?")).toMatchObject({ stdout: "1\n", stderr: "sh: bad signal name 'BOGUS'\n" });
    expect(sh("kill; echo $?")).toMatchObject({ stdout: "1\n", stderr: "sh: you need to specify whom to kill\n" });
    expect(sh("kill abc; echo $?")).toMatchObject({ stdout: "1\n", stderr: "sh: invalid number 'abc'\n" });
  });

  it("kill -l lists the signals as busybox print_signames; a status or a name converts", () => {
    const list = sh("kill -l").stdout.split("\n");
    expect(list.slice(0, 3)).toEqual([" 1) HUP", " 2) INT", " 3) QUIT"]);
    expect(list).toContain("15) TERM");
    expect(sh("kill -l 143; kill -l 9; kill -l KILL; kill -l sigusr1").stdout).toBe("TERM\nKILL\n9\n10\n");
  });

  it("kill -0 checks that a process exists", () => {
    expect(sh("sleep 5 & kill -0 $! && echo alive; wait; kill -0 $! || echo gone").stdout).toBe("alive\ngone\n");
  });

  it("kill 0 reaches every process of the container, which PID 1 ignores", () => {
    expect(sh("sleep 100 & sleep 200 & kill 0; wait; echo $?; jobs").stdout).toBe("0\n" + pad("[2]+  Terminated") + pad("[1]+  Terminated"));
  });
});
