import { describe, it, expect } from "vitest";
import { FakeHost, sh } from "./fake-host";

const out = (script: string, host?: FakeHost): string => sh(script, host).stdout;

describe("lists and exit status", () => {
  it("runs ; and newline separated commands in order", () => {
    expect(out("echo a; echo b\necho c")).toBe("a\nb\nc\n");
  });

  it("exit status is the last command's", () => {
    expect(sh("true; false").code).toBe(1);
    expect(sh("false; true").code).toBe(0);
    expect(sh("exit 3").code).toBe(3);
    expect(sh("exit 300").code).toBe(44);
  });

  it("exit without an argument uses $?", () => {
    expect(sh("false; exit").code).toBe(1);
  });

  it("exit with a bad number is fatal with status 2", () => {
    const r = sh("exit abc; echo after");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("sh: exit: Illegal number: abc\n");
    expect(r.stdout).toBe("");
  });

  it("&& and || short-circuit left to right", () => {
    expect(out("true && echo yes || echo no")).toBe("yes\n");
    expect(out("false && echo yes || echo no")).toBe("no\n");
    expect(out("false || false || echo third")).toBe("third\n");
    expect(sh("false && echo x").code).toBe(1);
  });

  it("! negates a pipeline", () => {
    expect(sh("! false").code).toBe(0);
    expect(sh("! true").code).toBe(1);
    expect(out("! echo hi | grep -q bye && echo negated")).toBe("negated\n");
  });

  it("$? tracks each command", () => {
    expect(out("false; echo $?; echo $?")).toBe("1\n0\n");
  });

  it("a trailing & runs the command as a background job; the script does not wait for it", () => {
    // ash evalsubshell (FORK_BG): the parent goes on at once; a script that ends does not wait.
    const r = sh("sleep 5 & echo after");
    expect(r.stdout).toBe("after\n");
    expect(r.sleptSeconds).toBe(0);
    // The job runs when the parent waits: here after `echo b`.
    expect(out("echo a & echo b; wait")).toBe("b\na\n");
  });

  it("comments are ignored", () => {
    expect(out("echo a # comment\n# whole line\necho b#not-a-comment")).toBe("a\nb#not-a-comment\n");
  });

  it("true, false and : are available", () => {
    expect(sh(":").code).toBe(0);
    expect(sh("true").code).toBe(0);
    expect(sh("false").code).toBe(1);
  });
});

describe("if", () => {
  it("takes the first true branch", () => {
    const script = (v: string): string => `x=${v}; if [ $x = a ]; then echo A; elif [ $x = b ]; then echo B; else echo other; fi`;
    expect(out(script("a"))).toBe("A\n");
    expect(out(script("b"))).toBe("B\n");
    expect(out(script("c"))).toBe("other\n");
  });

  it("has status 0 when no branch runs", () => {
    expect(sh("if false; then echo x; fi").code).toBe(0);
  });

  it("spans lines", () => {
    expect(out("if true\nthen\n  echo yes\nfi")).toBe("yes\n");
  });
});

describe("while and until", () => {
  it("counts with arithmetic and exits with a chosen status", () => {
    const r = sh("i=0; while [ $i -lt 5 ]; do i=$((i+1)); sleep 1; done; echo $i; exit 3");
    expect(r.stdout).toBe("5\n");
    expect(r.code).toBe(3);
    expect(r.sleptSeconds).toBe(5);
  });

  it("until runs while the condition fails", () => {
    expect(out("n=0; until [ $n -ge 3 ]; do n=$((n+1)); echo $n; done")).toBe("1\n2\n3\n");
  });

  it("break and continue, with levels", () => {
    expect(out("i=0; while true; do i=$((i+1)); [ $i -eq 2 ] && continue; [ $i -gt 3 ] && break; echo $i; done")).toBe("1\n3\n");
    expect(out("for a in 1 2; do for b in x y; do [ $b = y ] && continue 2; echo $a$b; done; done")).toBe("1x\n2x\n");
    expect(out("for a in 1 2; do while true; do break 2; done; echo never; done; echo out")).toBe("out\n");
  });

  it("break outside a loop is ignored", () => {
    expect(out("break; echo still")).toBe("still\n");
  });

  it("a loop's status is its last body command's", () => {
    expect(sh("i=0; while [ $i -lt 1 ]; do i=1; false; done").code).toBe(1);
    expect(sh("while false; do :; done").code).toBe(0);
  });

  it("read consumes redirected input line by line", () => {
    const host = new FakeHost({ files: { "/etc/list": "alpha one\nbeta two\n" } });
    expect(out('while read name rest; do echo "$name:$rest"; done < /etc/list', host)).toBe("alpha:one\nbeta:two\n");
  });
});

describe("for", () => {
  it("iterates words, expansions and globs", () => {
    expect(out("for x in a b c; do echo $x; done")).toBe("a\nb\nc\n");
    expect(out('set -- p q; for x; do echo $x; done')).toBe("p\nq\n");
    expect(out('for x in "$@"; do echo $x; done')).toBe("");
    const host = new FakeHost({ files: { "/data/b.txt": "", "/data/a.txt": "", "/data/c.log": "" } });
    expect(out("for f in /data/*.txt; do echo $f; done", host)).toBe("/data/a.txt\n/data/b.txt\n");
  });

  it("accepts newlines before do", () => {
    expect(out("for x in 1 2\ndo\necho $x\ndone")).toBe("1\n2\n");
  });
});

describe("case", () => {
  it("matches glob patterns and alternatives", () => {
    const script = (v: string): string => `case ${v} in start|run) echo go;; stop*) echo halt;; [0-9]) echo digit;; *) echo "?";; esac`;
    expect(out(script("run"))).toBe("go\n");
    expect(out(script("stopping"))).toBe("halt\n");
    expect(out(script("7"))).toBe("digit\n");
    expect(out(script("zzz"))).toBe("?\n");
  });

  it("treats quoted pattern characters literally", () => {
    expect(out('case "*" in "*") echo star;; esac; case abc in "a*") echo wrong;; *) echo right;; esac')).toBe("star\nright\n");
  });

  it("allows (pattern) and a last item without ;;", () => {
    expect(out("case x in\n  (x) echo ok\nesac")).toBe("ok\n");
  });

  it("derives a StatefulSet ordinal with ${HOSTNAME##*-}", () => {
    expect(out('case ${HOSTNAME##*-} in 0) echo primary;; *) echo replica;; esac', new FakeHost({ hostname: "web-0", env: { HOSTNAME: "web-0" } }))).toBe("primary\n");
  });
});

describe("groups and subshells", () => {
  it("{ } shares the shell's variables", () => {
    expect(out("{ x=1; echo in; }; echo $x")).toBe("in\n1\n");
  });

  it("( ) isolates variables, cd and exit", () => {
    expect(out("x=1; (x=2; echo $x); echo $x")).toBe("2\n1\n");
    expect(out("(cd /tmp; pwd); pwd")).toBe("/tmp\n/\n");
    expect(out("(exit 7); echo $?")).toBe("7\n");
  });

  it("redirects a whole group", () => {
    const host = new FakeHost();
    sh("{ echo a; echo b; } > /tmp/out", host);
    expect(host.fs.read("/tmp/out")).toBe("a\nb\n");
  });
});

describe("functions", () => {
  it("take positional parameters and return a status", () => {
    const r = sh('greet() { echo "hi $1 ($#)"; return 4; }; greet bob x; echo $?; echo "[$1]"');
    expect(r.stdout).toBe("hi bob (2)\n4\n[]\n");
  });

  it("local variables are restored on return", () => {
    expect(out("x=outer; f() { local x=inner; echo $x; }; f; echo $x")).toBe("inner\nouter\n");
  });

  it("local outside a function is an error", () => {
    const r = sh("local x=1");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("sh: local: not in a function\n");
  });

  it("prefix assignments are temporary for functions", () => {
    expect(out('f() { echo "$V"; }; V=tmp f; echo "[$V]"')).toBe("tmp\n[]\n");
  });

  it("recursion deeper than the nesting limit is a fatal error, not a stack overflow", () => {
    const r = sh("f() { f; }; f; echo never");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("sh: nesting too deep\n");
  });

  it("every kind of nesting counts towards the limit", () => {
    for (const recurse of ["eval f", "(f)", "x=$(f)", "f | cat", "if true; then while true; do { f; }; done; fi"]) {
      const r = sh(`f() { ${recurse}; }; f`);
      expect(r.stderr).toContain("nesting too deep");
    }
    const host = new FakeHost({ files: { "/self.sh": "sh /self.sh\n", "/dot.sh": ". /dot.sh\n" } });
    expect(sh("sh /self.sh", host).stderr).toContain("nesting too deep");
    expect(sh(". /dot.sh", host).stderr).toContain("nesting too deep");
  });

  it("unset -f removes a function", () => {
    expect(sh("f() { :; }; unset -f f; f").code).toBe(127);
  });
});

describe("pipelines", () => {
  it("passes stdout to the next command's stdin", () => {
    expect(out("printf 'a\\nb\\nc\\n' | grep b")).toBe("b\n");
    expect(out("printf 'a\\nb\\nc\\n' | head -n 2 | wc -l")).toBe("2\n");
  });

  it("stderr bypasses the pipe", () => {
    const r = sh("cat /nope | wc -l");
    expect(r.stdout).toBe("0\n");
    expect(r.stderr).toContain("can't open '/nope'");
  });

  it("every part runs in a subshell, as in ash", () => {
    expect(out('echo x | read v; echo "[$v]"')).toBe("[]\n");
  });

  it("the status is the last command's", () => {
    expect(sh("false | true").code).toBe(0);
    expect(sh("true | false").code).toBe(1);
  });
});

describe("redirections", () => {
  it("> truncates, >> appends, < reads", () => {
    const host = new FakeHost();
    expect(out("echo one > /tmp/f; echo two >> /tmp/f; cat < /tmp/f; echo three > /tmp/f; cat /tmp/f", host)).toBe("one\ntwo\nthree\n");
  });

  it("2>&1 and 2>/dev/null", () => {
    const r = sh("cat /missing 2>&1; cat /missing 2>/dev/null; echo done");
    expect(r.stdout).toBe("cat: can't open '/missing': No such file or directory\ndone\n");
    expect(r.stderr).toBe("");
  });

  it("order matters: >f 2>&1 versus 2>&1 >f", () => {
    const host = new FakeHost();
    const r = sh("cat /x > /tmp/a 2>&1; cat /x 2>&1 > /tmp/b", host);
    expect(host.fs.read("/tmp/a")).toContain("can't open");
    expect(host.fs.read("/tmp/b")).toBe("");
    expect(r.stdout).toContain("can't open");
  });

  it("&> sends both streams to a file; >&2 sends stdout to stderr", () => {
    const host = new FakeHost();
    const r = sh("{ echo out; cat /x; } &> /tmp/both; echo err >&2", host);
    expect(host.fs.read("/tmp/both")).toBe("out\ncat: can't open '/x': No such file or directory\n");
    expect(r.stderr).toBe("err\n");
  });

  it("writes the termination log", () => {
    const host = new FakeHost();
    const r = sh("sleep 10 && echo Sleep expired > /dev/termination-log", host);
    expect(host.fs.read("/dev/termination-log")).toBe("Sleep expired\n");
    expect(r.sleptSeconds).toBe(10);
  });

  it("fails with ash's messages when the target cannot be opened", () => {
    const r = sh("echo x > /no/such/dir/f; echo $?; cat < /nope; echo $?");
    expect(r.stderr).toBe("sh: can't create /no/such/dir/f: nonexistent directory\nsh: can't open /nope: no such file\n");
    expect(r.stdout).toBe("2\n2\n");
  });

  it("redirections alone create files", () => {
    const host = new FakeHost();
    sh("> /tmp/empty", host);
    expect(host.fs.read("/tmp/empty")).toBe("");
  });

  it("here-documents expand unless the delimiter is quoted; <<- strips tabs", () => {
    expect(out('x=1; cat <<EOF\nvalue $x\nEOF')).toBe("value 1\n");
    expect(out("x=1; cat <<'EOF'\nvalue $x\nEOF")).toBe("value $x\n");
    expect(out("cat <<-END\n\tindented\n\tEND\necho after")).toBe("indented\nafter\n");
  });

  it("exec with only redirections redirects the rest of the script", () => {
    const host = new FakeHost();
    const r = sh("exec > /tmp/log 2>&1; echo one; cat /nope", host);
    expect(r.stdout).toBe("");
    expect(host.fs.read("/tmp/log")).toBe("one\ncat: can't open '/nope': No such file or directory\n");
  });

  it("exec with a command replaces the shell", () => {
    const r = sh("exec echo replaced; echo never");
    expect(r.stdout).toBe("replaced\n");
    const missing = sh("exec nosuch");
    expect(missing.code).toBe(127);
    expect(missing.stderr).toBe("sh: exec: nosuch: not found\n");
  });
});

describe("commands", () => {
  it("reports unknown commands with status 127", () => {
    const r = sh("badcommand; echo $?");
    expect(r.stderr).toBe("sh: badcommand: not found\n");
    expect(r.stdout).toBe("127\n");
  });

  it("names the shell as invoked in messages", () => {
    const host = new FakeHost();
    const r = runVia(["/bin/sh", "-c", "badcommand"], host);
    expect(r).toBe("/bin/sh: badcommand: not found\n");
  });

  it("prefix assignments reach the command's environment only", () => {
    expect(out("FOO=bar printenv FOO; echo [$FOO]")).toBe("bar\n[]\n");
  });

  it("export makes variables visible to commands", () => {
    expect(out("A=1; printenv A; export A; printenv A; export B=2; env | grep ^B=")).toBe("1\nB=2\n");
  });

  it("runs applets by absolute path", () => {
    expect(out("/bin/echo hi; /usr/bin/printf 'x\\n'")).toBe("hi\nx\n");
  });

  it("runs script files from the filesystem", () => {
    const host = new FakeHost({ files: { "/scripts/run.sh": '#!/bin/sh\necho "script $0 $1"\nexit 5\n', "/scripts/plain": "echo plain\n" } });
    const r = sh("/scripts/run.sh arg; echo $?; /scripts/plain; sh /scripts/run.sh x", host);
    expect(r.stdout).toBe("script /scripts/run.sh arg\n5\nplain\nscript /scripts/run.sh x\n");
  });

  it("nested sh -c shares the environment but not variables", () => {
    expect(out("X=1; export Y=2; sh -c 'echo [$X][$Y]; exit 4'; echo $?")).toBe("[][2]\n4\n");
    expect(out("sh -c 'echo $0 $1' name one")).toBe("name one\n");
  });

  it("eval, . and source run text in the current shell", () => {
    const host = new FakeHost({ files: { "/etc/profile.d/x.sh": "SOURCED=yes\n" } });
    expect(out('cmd="echo evaluated"; eval $cmd; eval "Z=3"; echo $Z; . /etc/profile.d/x.sh; echo $SOURCED', host)).toBe("evaluated\n3\nyes\n");
  });

  it("cd changes the working directory for relative paths", () => {
    const host = new FakeHost();
    expect(out("cd /tmp && echo hi > rel && cat /tmp/rel && pwd && cd /nowhere; echo $?", host)).toBe("hi\n/tmp\n2\n");
  });

  it("set -- replaces positional parameters; shift drops them", () => {
    expect(out('set -- a b c; echo $#; shift; echo "$@"; shift 2; echo $#')).toBe("3\nb c\n0\n");
    expect(sh("shift").stderr).toBe("sh: shift: can't shift that many\n");
  });

  it("command -v and type describe commands", () => {
    expect(out("f() { :; }; command -v f; command -v cat; command -v cd; command -v nope || echo missing")).toBe("f\n/bin/cat\ncd\nmissing\n");
    expect(out("type echo")).toBe("echo is /bin/echo\n");
  });

  it("trap EXIT runs when the shell ends", () => {
    expect(out("trap 'echo bye' EXIT; echo hi; exit 3")).toBe("hi\nbye\n");
    expect(sh("trap 'echo bye' EXIT; exit 3").code).toBe(3);
  });
});

describe("set -e and -x", () => {
  it("set -e exits on the first failing command", () => {
    const r = sh("set -e; echo a; false; echo b");
    expect(r.stdout).toBe("a\n");
    expect(r.code).toBe(1);
  });

  it("set -e ignores failures in conditions, && lists and negations", () => {
    expect(out("set -e; if false; then :; fi; false || true; false && true; ! true; while false; do :; done; echo survived")).toBe("survived\n");
  });

  it("sh -e works like set -e", () => {
    expect(runVia(["sh", "-ec", "false; echo no"], new FakeHost())).toBe("");
  });

  it("set -x traces commands to stderr", () => {
    expect(sh("set -x; echo hi; X=1").stderr).toBe("+ echo hi\n+ X=1\n");
  });

  it("set -u makes unset variables fatal", () => {
    const r = sh("set -u; echo $NOPE; echo after");
    expect(r.stderr).toBe("sh: NOPE: parameter not set\n");
    expect(r.code).toBe(2);
  });
});

import { runArgv, runToCompletion } from "./run";
function runVia(argv: string[], host: FakeHost): string {
  const r = runToCompletion(runArgv(argv, host));
  return r.exit!.stderr;
}
