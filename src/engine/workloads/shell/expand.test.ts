import { describe, it, expect } from "vitest";
import { evalArith } from "./arith";
import type { ArithVars } from "./arith";
import { FakeHost, sh } from "./fake-host";

const out = (script: string, host?: FakeHost): string => sh(script, host).stdout;
/** Prints each argument on its own line in brackets, to show field boundaries. */
const fields = (words: string, prelude = ":"): string => out(`${prelude}; for a in ${words}; do echo "[$a]"; done`);

describe("parameters", () => {
  it("$VAR, ${VAR}, quoted and single-quoted", () => {
    expect(out("x=1; echo $x ${x}y \"$x\" '$x'")).toBe("1 1y 1 $x\n");
  });

  it("special parameters", () => {
    expect(out('set -- a "b c"; echo $# "$1" "$2" $0 $$; false; echo $?', new FakeHost())).toBe("2 a b c sh 1\n1\n");
    expect(out("set -e -u; echo $-")).toBe("eu\n");
  });

  it("${var:-default} and friends", () => {
    expect(out('e=; u2=set; echo "${u:-d1}" "${e:-d2}" "${e-d3}" "${u2:+alt}" "${u:+alt}"')).toBe("d1 d2  alt \n");
    expect(out('echo ${n:=assigned}; echo $n')).toBe("assigned\nassigned\n");
    expect(out('v="$HOME/x"; echo "${v:-$HOME}"', new FakeHost())).toBe("/root/x\n");
  });

  it("${var:?message} is fatal", () => {
    const r = sh('echo "${NEEDED:?must be set}"; echo after');
    expect(r.stderr).toBe("sh: NEEDED: must be set\n");
    expect(r.code).toBe(2);
    expect(sh("echo ${NEEDED?}").stderr).toBe("sh: NEEDED: parameter not set\n");
  });

  it("${#var} and prefix/suffix trimming", () => {
    expect(out('p=/usr/local/bin/tool.tar.gz; echo ${#p} ${p#*/} ${p##*/} ${p%.*} ${p%%.*}')).toBe(
      "26 usr/local/bin/tool.tar.gz tool.tar.gz /usr/local/bin/tool.tar /usr/local/bin/tool\n",
    );
    expect(out('h=web-12; echo ${h##*-} ${h%-*}')).toBe("12 web\n");
  });

  it("quoted characters in a trim pattern match literally", () => {
    expect(out('v="a*b*c"; echo "${v#"a*"}" ${v#a\\*}')).toBe("b*c b*c\n");
  });

  it("tilde expands to HOME at the start of a word", () => {
    expect(out("echo ~ ~/x a~", new FakeHost())).toBe("/root /root/x a~\n");
  });
});

describe("command substitution", () => {
  it("strips trailing newlines and nests", () => {
    expect(out('echo "[$(printf "a\\n\\n")]" $(echo $(echo deep))')).toBe("[a] deep\n");
    expect(out("echo `echo back`quote")).toBe("backquote\n");
  });

  it("sets $? for assignment-only commands", () => {
    expect(out("x=$(false); echo $?; y=$(true); echo $?")).toBe("1\n0\n");
  });

  it("runs in a subshell", () => {
    expect(out("x=1; y=$(x=2; echo $x); echo $x $y")).toBe("1 2\n");
  });

  it("its stderr goes to the shell's stderr", () => {
    const r = sh("x=$(cat /nope); echo \"[$x]\"");
    expect(r.stdout).toBe("[]\n");
    expect(r.stderr).toBe("cat: can't open '/nope': No such file or directory\n");
  });

  it("may sleep", () => {
    expect(sh("x=$(sleep 5; echo woke); echo $x").sleptSeconds).toBe(5);
  });

  it("reads a mounted file as Kubernetes examples do", () => {
    const host = new FakeHost({ files: { "/var/run/secrets/kubernetes.io/serviceaccount/namespace": "prod" } });
    expect(out("echo myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local", host)).toBe(
      "myservice.prod.svc.cluster.local\n",
    );
  });
});

describe("field splitting", () => {
  it("splits unquoted expansions on IFS, never quoted ones", () => {
    expect(fields('$v "$v"', 'v="a  b"')).toBe("[a]\n[b]\n[a  b]\n");
    expect(fields("$e", "e=")).toBe("");
    expect(fields('"$e"', "e=")).toBe("[]\n");
    expect(fields("x$(echo '1 2')y")).toBe("[x1]\n[2y]\n");
  });

  it("a custom IFS splits on its characters", () => {
    expect(fields("$v", "IFS=,; v=a,b,,c")).toBe("[a]\n[b]\n[]\n[c]\n");
  });

  it('"$@" keeps arguments apart; "$*" joins them', () => {
    expect(fields('"$@"', 'set -- "a b" c')).toBe("[a b]\n[c]\n");
    expect(fields('"$*"', 'set -- "a b" c')).toBe("[a b c]\n");
    expect(fields("$@", 'set -- "a b" c')).toBe("[a]\n[b]\n[c]\n");
    expect(fields('x"$@"y', 'set -- 1 2')).toBe("[x1]\n[2y]\n");
  });
});

describe("pathname expansion", () => {
  const host = (): FakeHost => new FakeHost({ files: { "/d/a.txt": "", "/d/b.txt": "", "/d/.hidden.txt": "", "/d/sub/c.txt": "", "/d/x.log": "" } });

  it("expands *, ? and [...] sorted, skipping dot files", () => {
    expect(out("echo /d/*.txt /d/?.log /d/[ab].txt", host())).toBe("/d/a.txt /d/b.txt /d/x.log /d/a.txt /d/b.txt\n");
    expect(out("echo /d/*/*.txt /d/.*.txt", host())).toBe("/d/sub/c.txt /d/.hidden.txt\n");
  });

  it("keeps the pattern when nothing matches, and never expands quoted wildcards", () => {
    expect(out('echo /d/*.none "/d/*.txt"', host())).toBe("/d/*.none /d/*.txt\n");
  });

  it("works relative to the working directory and can be turned off", () => {
    expect(out("cd /d && echo *.log", host())).toBe("x.log\n");
    expect(out("set -f; echo /d/*.log", host())).toBe("/d/*.log\n");
  });

  it("rm with a glob removes every match", () => {
    const h = host();
    sh("rm /d/*.txt", h);
    expect(h.fs.list("/d").sort()).toEqual([".hidden.txt", "sub", "x.log"]);
  });
});

describe("arithmetic", () => {
  const vars = (init: Record<string, string> = {}): ArithVars & { store: Map<string, string> } => {
    const store = new Map(Object.entries(init));
    return { store, get: (n) => store.get(n), set: (n, v) => void store.set(n, v) };
  };

  it("follows C precedence and integer division", () => {
    expect(evalArith("1 + 2 * 3", vars())).toBe(7);
    expect(evalArith("(1 + 2) * 3", vars())).toBe(9);
    expect(evalArith("7 / 2", vars())).toBe(3);
    expect(evalArith("-7 / 2", vars())).toBe(-3);
    expect(evalArith("-7 % 3", vars())).toBe(-1);
    expect(evalArith("2 ** 10", vars())).toBe(1024);
    expect(evalArith("0x10 + 010", vars())).toBe(24);
  });

  it("comparisons, logic, bit operations and the conditional operator", () => {
    expect(evalArith("3 < 5", vars())).toBe(1);
    expect(evalArith("3 >= 5", vars())).toBe(0);
    expect(evalArith("1 == 1 && 2 != 2", vars())).toBe(0);
    expect(evalArith("0 || 5", vars())).toBe(1);
    expect(evalArith("!0 + ~0", vars())).toBe(0);
    expect(evalArith("6 & 3 | 8 ^ 1 << 2", vars())).toBe(14);
    expect(evalArith("1 ? 10 : 20", vars())).toBe(10);
  });

  it("reads and assigns variables", () => {
    const v = vars({ i: "4", s: " 7 " });
    expect(evalArith("i + s + unset", v)).toBe(11);
    expect(evalArith("i += 2, i++, ++i", v)).toBe(8);
    expect(v.store.get("i")).toBe("8");
    expect(evalArith("j = i * 2", v)).toBe(16);
    expect(v.store.get("j")).toBe("16");
  });

  it("errors are fatal to the script", () => {
    expect(sh("echo $((1/0)); echo after")).toMatchObject({ code: 2, stdout: "", stderr: "sh: divide by zero\n" });
    expect(sh("echo $((1 +))").stderr).toBe("sh: arithmetic syntax error\n");
    expect(sh("x=abc; echo $((x + 1))").stderr).toBe("sh: arithmetic syntax error\n");
  });

  it("refuses absurd nesting instead of overflowing the stack", () => {
    expect(sh(`echo $((${"(".repeat(5000)}1${")".repeat(5000)}))`).stderr).toBe("sh: arithmetic syntax error\n");
    expect(evalArith("((((1))))", vars())).toBe(1);
  });

  it("works inside scripts with $ and bare names", () => {
    expect(out("i=3; echo $((i+1)) $(($i*2)) $(( (i - 1) % 2 ))")).toBe("4 6 0\n");
    expect(out("echo $((1 < 2)) $((5 > 9))")).toBe("1 0\n");
  });
});
