/**
 * Signals and traps as busybox ash handles them (shell/ash.c trapcmd, setsignal, dotrap,
 * waitcmd, forkchild, execcmd) and as Linux delivers them to PID 1 of a PID namespace
 * (kernel/signal.c sig_task_ignored: SIGNAL_UNKILLABLE drops a signal whose handler is SIG_DFL,
 * unless it is SIGKILL/SIGSTOP from an ancestor namespace; man 7 pid_namespaces).
 */
import { describe, expect, it } from "vitest";
import { FakeHost, sh, simulateSignals, type SignalEvent } from "./fake-host";
import { startArgv } from "./run";
import { SIGINT, SIGKILL, SIGQUIT, SIGTERM, signalNumber } from "./signals";

/** Runs `sh -c script` as a container's PID 1, sending it `signals` from outside at their times. */
function signalled(script: string, signals: SignalEvent[], until = 1000, argv = ["sh", "-c", script]) {
  const host = new FakeHost();
  const run = startArgv(argv, host);
  const sim = simulateSignals(run, host, { until, signals });
  return { ...sim, code: sim.exit?.code, lines: host.timed.map((l) => `${l.t} ${l.text.trimEnd()}`), program: run.program };
}

describe("trap (ash trapcmd)", () => {
  it("sets, lists in signal order with short names, ignores with '' and resets with - or a lone signal", () => {
    const r = sh("trap 'echo x' SIGTERM int; trap '' HUP; trap 'echo bye' EXIT; trap; trap - TERM; trap INT; trap 1; trap");
    expect(r.stdout).toBe("trap -- 'echo bye' EXIT\ntrap -- '' HUP\ntrap -- 'echo x' INT\ntrap -- 'echo x' TERM\ntrap -- 'echo bye' EXIT\nbye\n");
  });

  it("takes signal numbers, quotes actions as ash single_quote does, and knows ERR", () => {
    expect(sh("trap \"echo 'hi'\" 15 10; trap 'echo e' ERR; trap").stdout).toBe("trap -- 'echo '\"'\"'hi'\"'\"'' USR1\ntrap -- 'echo '\"'\"'hi'\"'\"'' TERM\ntrap -- 'echo e' ERR\n");
  });

  it("an unknown signal is an error for that one only; an option is fatal", () => {
    expect(sh("trap 'echo x' TERM BOGUS; echo $?; trap")).toMatchObject({ stdout: "1\ntrap -- 'echo x' TERM\n", stderr: "sh: trap: BOGUS: invalid signal specification\n" });
    expect(sh("trap -p; echo no")).toMatchObject({ code: 2, stderr: "sh: trap: illegal option -p\n" });
  });

  it("a subshell forgets the traps that run commands and keeps ignored ones; $(trap) still lists the parent's", () => {
    expect(sh("trap 'echo x' TERM; trap '' HUP; (trap); echo ---; echo \"$(trap)\"").stdout).toBe("trap -- '' HUP\n---\ntrap -- '' HUP\ntrap -- 'echo x' TERM\n");
  });

  it("a subshell runs its own EXIT trap when it ends", () => {
    expect(sh("(trap 'echo sub done' EXIT; echo in sub); echo main").stdout).toBe("in sub\nsub done\nmain\n");
  });

  it("the ERR trap runs after a failing command, not in conditions; $? is kept", () => {
    expect(sh("trap 'echo err $?' ERR; false; echo after $?; if false; then :; fi; false || true").stdout).toBe("err 1\nafter 1\n");
  });

  it("signals are named with or without SIG, in any case, or numbered (busybox get_signum)", () => {
    expect([signalNumber("TERM"), signalNumber("sigterm"), signalNumber("15"), signalNumber("0"), signalNumber("EXIT"), signalNumber("RTMIN+2"), signalNumber("65"), signalNumber("NOPE")]).toEqual([15, 15, 15, 0, 0, 36, -1, -1]);
  });
});

describe("a trapped signal (ash dotrap, waitcmd)", () => {
  it("interrupts wait at once: wait returns 128+signal, then the handler runs", () => {
    const r = signalled("trap 'echo got TERM' TERM; sleep 100 & wait $!; echo \"wait returned $?\"", [{ at: 10, signo: SIGTERM }]);
    expect(r.lines).toEqual(["10 got TERM", "10 wait returned 143"]);
    expect(r.delivered).toEqual(["caught"]);
    expect(r.code).toBe(0);
  });

  it("waits for the foreground command to finish before the handler runs", () => {
    const r = signalled("trap 'echo got TERM' TERM; sleep 30; echo after $?", [{ at: 10, signo: SIGTERM }]);
    expect(r.lines).toEqual(["30 got TERM", "30 after 0"]);
  });

  it("a handler that exits ends the shell with that status, after the EXIT trap", () => {
    const r = signalled("trap 'echo bye' EXIT; trap 'exit 3' TERM; sleep 100 & wait", [{ at: 5, signo: SIGTERM }]);
    expect(r).toMatchObject({ code: 3, time: 5, lines: ["5 bye"] });
  });

  it("reaches a shell in a loop the simulator skips: after the sleep running then", () => {
    const r = signalled("trap 'echo got TERM; exit 0' TERM; while true; do sleep 10; done", [{ at: 25, signo: SIGTERM }]);
    expect(r).toMatchObject({ code: 0, time: 30, lines: ["30 got TERM"] });
    // Waiting on a looping job instead, the handler runs at once.
    const w = signalled("trap 'echo got TERM; exit 0' TERM; while true; do echo tick; sleep 10; done & wait", [{ at: 25, signo: SIGTERM }]);
    expect(w).toMatchObject({ code: 0, time: 25 });
    expect(w.lines.at(-1)).toBe("25 got TERM");
  });
});

describe("PID 1 (kernel/signal.c sig_task_ignored)", () => {
  it("a shell without a trap ignores SIGTERM: its default disposition never reaches PID 1", () => {
    const r = signalled("sleep 30; echo done", [{ at: 10, signo: SIGTERM }]);
    expect(r).toMatchObject({ delivered: ["ignored"], code: 0, time: 30, lines: ["30 done"] });
  });

  it("SIGKILL from outside (the kubelet) kills it; from inside the container it is ignored too", () => {
    expect(signalled("sleep 30; echo done", [{ at: 10, signo: SIGKILL }])).toMatchObject({ delivered: ["killed"], code: 137, time: 10, lines: [] });
    expect(sh("kill -9 1; kill -TERM $$; echo still here $?").stdout).toBe("still here 0\n");
  });

  it("exec sleep makes sleep PID 1: it ignores SIGTERM, and no EXIT trap runs after exec", () => {
    const r = signalled("trap 'echo bye' EXIT; exec sleep 30; echo never", [{ at: 5, signo: SIGTERM }]);
    expect(r).toMatchObject({ delivered: ["ignored"], code: 0, time: 30, lines: [], program: "sleep" });
    expect(signalled("exec sleep 30", [{ at: 5, signo: SIGKILL }])).toMatchObject({ code: 137, time: 5 });
    // A container whose command is the program itself.
    expect(signalled("", [{ at: 5, signo: SIGTERM }], 1000, ["sleep", "30"])).toMatchObject({ delivered: ["ignored"], time: 30 });
  });

  it("sh -c execs its last command (ash evalstring EV_EXIT, busybox 1.28+), unless a newline follows it or traps are set", () => {
    const pid1 = (script: string, forksLastCommand = false) => {
      const host = new FakeHost();
      host.forksLastCommand = forksLastCommand;
      const run = startArgv(["sh", "-c", script], host);
      run.gen.next();
      return run.program;
    };
    expect(pid1("echo hi; sleep 30")).toBe("sleep");
    expect(pid1("echo hi; sleep 30  # comment")).toBe("sleep");
    expect(pid1("echo hi; sleep 30\n")).toBe("sh");
    expect(pid1("trap 'exit 0' TERM; sleep 30")).toBe("sh");
    expect(pid1("if true; then sleep 30; fi")).toBe("sleep");
    expect(pid1("while true; do sleep 30; done")).toBe("sh");
    // busybox before 1.28 forks it.
    expect(pid1("echo hi; sleep 30", true)).toBe("sh");
  });

  it("a root shell catches SIGINT even without a trap and exits 130; it ignores SIGQUIT (ash setsignal)", () => {
    expect(signalled("trap 'echo bye' EXIT; sleep 100 & wait", [{ at: 5, signo: SIGINT }])).toMatchObject({ delivered: ["caught"], code: 130, time: 5, lines: ["5 bye"] });
    expect(signalled("sleep 20", [{ at: 5, signo: SIGQUIT }])).toMatchObject({ delivered: ["ignored"], time: 20 });
  });

  it("a program that handles the signal gets it as PID 1: exec nginx stops on SIGTERM", () => {
    expect(signalled("exec nginx -g 'daemon off;'", [{ at: 5, signo: SIGTERM }])).toMatchObject({ delivered: ["caught"], code: 0, time: 5 });
  });
});

describe("signals to other processes", () => {
  it("a job with the default disposition dies; one with a trap runs it", () => {
    expect(sh("sleep 100 & kill -HUP $!; wait $!; echo $?").stdout).toBe("129\n");
    const r = sh("(trap 'echo job got TERM; exit 5' TERM; sleep 100 & wait) & sleep 1; kill $!; wait $!; echo $?");
    expect(r).toMatchObject({ stdout: "job got TERM\n5\n", sleptSeconds: 1 });
  });

  it("a background job ignores SIGINT and SIGQUIT (ash forkchild, FORK_BG), and so does what it execs", () => {
    expect(sh("sleep 10 & kill -INT $!; kill -QUIT $!; sleep 1; jobs; kill $!").stdout).toBe("[1]+  Running                    \n");
  });

  it("a signal a shell ignores stays ignored in what it execs", () => {
    expect(sh("(trap '' TERM; exec sleep 10) & sleep 1; kill $!; wait $!; echo $?")).toMatchObject({ stdout: "0\n", sleptSeconds: 10 });
  });

  it("killall reaches the foreground program a shell waits for; the shell goes on with 128+signal", () => {
    const r = sh("(sleep 1; killall sleep) & sleep 100; echo \"sleep ended $?\"");
    expect(r).toMatchObject({ stdout: "sleep ended 143\n", stderr: "Terminated\n", sleptSeconds: 1 });
  });

  it("kill %1 with -s and a name, and kill -0 on a job", () => {
    expect(sh("sleep 100 & kill -s INT %1; kill -0 %1 && echo alive; kill -s TERM %1; wait; kill -0 $! 2>/dev/null || echo gone").stdout).toBe("alive\ngone\n");
  });
});
