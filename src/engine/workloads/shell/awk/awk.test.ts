// Follows busybox 1.36.1 editors/awk.c: next_token(), parse_expr(), chain_group(), evaluate(),
// awk_split(), awk_getline(), awk_printf(), awk_sub(), exec_builtin(), awk_main().
import { describe, expect, it } from "vitest";
import { FakeHost, sh } from "../fake-host";
import { runArgv, runToCompletion } from "../run";
import { simulate } from "../../../simulate";
import { cliJson } from "../../../output/cliJson";

const PASSWD = "root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/bin/false\n";
const MEMINFO = "MemTotal:        8048576 kB\nMemFree:         1234567 kB\n";
const host = (): FakeHost => new FakeHost({ files: { "/etc/passwd": PASSWD, "/proc/meminfo": MEMINFO, "/tmp/f": "hello\nhello\nhello\n" } });
const run = (script: string, h: FakeHost = host()) => sh(script, h);
const out = (script: string, h?: FakeHost): string => run(script, h).stdout;

describe("awk: the idioms of the Kubernetes docs and e2e tests", () => {
  it("counts lines with wc -l | awk, as the restart-count e2e test does", () => {
    expect(out("wc -l /tmp/f | awk '{print $1}'")).toBe("3\n");
    // test/e2e/common/node/runtime.go writes the program as {'print $1'}.
    const h = host();
    const script = "count=$(echo 'hello' >> /tmp/f ; wc -l /tmp/f | awk {'print $1'}); echo $count";
    expect(out(script, h)).toBe("4\n");
    expect(out(script, h)).toBe("5\n");
  });

  it("splits /etc/passwd on -F:, picks /proc/meminfo lines by regexp, loops in BEGIN", () => {
    expect(out("awk -F: '{print $1}' /etc/passwd")).toBe("root\ndaemon\n");
    expect(out("awk -F ':' '{print $1 \"=\" $NF}' /etc/passwd")).toBe("root=/bin/sh\ndaemon=/bin/false\n");
    expect(out("cat /proc/meminfo | awk '/MemTotal/ {print $2}'")).toBe("8048576\n");
    expect(out("awk 'BEGIN{for(i=0;i<3;i++) print i}'")).toBe("0\n1\n2\n");
  });

  it("in a busybox pod, awk reads the image's /etc/passwd", () => {
    const pod = `apiVersion: v1
kind: Pod
metadata: {name: users}
spec:
  restartPolicy: Never
  containers:
  - name: c
    image: busybox:1.36
    command: ["sh", "-c", "awk -F: '$3 >= 1000 || $3 == 0 { print $1 }' /etc/passwd"]
`;
    const logs = cliJson(simulate(pod, { until: 30 })).logs.map((l) => l.text);
    expect(logs).toEqual(["root", "nobody"]);
  });

  it("sums a column and counts records", () => {
    expect(out("printf '3\\n1\\n2\\n' | awk '{s+=$1} END{print s, NR}'")).toBe("6 3\n");
  });
});

describe("awk: records and fields", () => {
  it("default FS splits on blanks; NF, $NF, $(expr); fields rebuild $0 with OFS", () => {
    expect(out("echo '  a   b c ' | awk '{print NF, $1, $NF, $(NF-1)}'")).toBe("3 a c b\n");
    expect(out("echo 'a b c' | awk '{$2=\"X\"; print; print NF}'")).toBe("a X c\n3\n");
    expect(out("echo 'a:b:c' | awk -F: -v OFS=- '{$1=$1; print}'")).toBe("a-b-c\n");
    expect(out("echo 'a b c d' | awk '{ NF = 2; print; $5 = \"e\"; print; print NF }'")).toBe("a b\na b   e\n5\n");
  });

  it("-F takes one character literally, longer separators as a regexp, and escapes like \\t", () => {
    expect(out("echo 'a|b|c' | awk -F'|' '{print $2}'")).toBe("b\n");
    expect(out("echo 'a, b,c' | awk -F', *' '{print $2 $3}'")).toBe("bc\n");
    expect(out("printf 'a\\tb c\\n' | awk -F'\\t' '{print $2}'")).toBe("b c\n");
    expect(out("echo 'a,b,,c' | awk -F, '{print NF}'")).toBe("4\n");
    // awk_split(): a separator at the end leaves an empty last field.
    expect(out("echo 'a--' | awk -F-- '{ print NF, length($NF) }'")).toBe("2 0\n");
  });

  it("FS set in BEGIN applies from the first record; NR and FNR; FILENAME", () => {
    expect(out("printf 'x,y\\n' | awk 'BEGIN { FS = \",\" } { print $2, NR, FNR, FILENAME }'")).toBe("y 1 1 -\n");
    expect(out("awk 'FNR == 1 { print FILENAME, NR }' /etc/passwd /tmp/f")).toBe("/etc/passwd 1\n/tmp/f 3\n");
  });

  it("command-line assignments between files, ARGV and ARGC", () => {
    expect(out("awk '{ print x, $1 }' x=1 /etc/passwd x=2 /tmp/f")).toBe("1 root:x:0:0:root:/root:/bin/sh\n1 daemon:x:1:1:daemon:/usr/sbin:/bin/false\n2 hello\n2 hello\n2 hello\n");
    expect(out("awk 'END { print x }' x=5 /dev/null")).toBe("5\n");
    expect(out("awk 'BEGIN { for (i = 0; i < ARGC; i++) print i, ARGV[i] }' a b")).toBe("0 awk\n1 a\n2 b\n");
  });

  it("a pattern without action prints; ranges; negated regexps; && and ||", () => {
    expect(out("printf '1\\n2\\n3\\n4\\n5\\n' | awk 'NR==2,NR==4'")).toBe("2\n3\n4\n");
    expect(out("printf 'a\\nb\\n' | awk '!/a/'")).toBe("b\n");
    expect(out("printf '1\\n2\\n3\\n' | awk '$1 > 1 && $1 < 3 || $1 == 1'")).toBe("1\n2\n");
  });

  it("return outside a function ends the rules for the record", () => {
    expect(out("printf 'a\\nb\\n' | awk '{ print; return; print \"not\" } END { print NR }'")).toBe("a\nb\n2\n");
  });

  it("next, exit with a status, END after exit, $0 kept in END", () => {
    expect(out("printf 'a\\nb\\nc\\n' | awk '/b/ { next } { print }'")).toBe("a\nc\n");
    expect(out("printf 'a\\nb\\nc\\n' | awk 'NR==2 { exit } { print } END { print \"done\", $0 }'")).toBe("a\ndone b\n");
    expect(run("awk 'BEGIN { exit 3 } END { print \"end\" }'")).toMatchObject({ code: 3, stdout: "end\n" });
    expect(run("awk 'BEGIN { exit 1 } END { exit }'").code).toBe(1);
  });

  it("getline: from the input, into a variable, from a file, from a command", () => {
    expect(out("printf 'a\\nb\\nc\\n' | awk 'NR == 1 { getline; print \"now\", $0, NR; getline x; print x, NR }'")).toBe("now b 2\nc 3\n");
    expect(out("awk 'BEGIN { while ((getline line < \"/etc/passwd\") > 0) n++; print n; print (getline l < \"/nonexistent\") }'")).toBe("2\n-1\n");
    expect(out("awk 'BEGIN { \"echo hi\" | getline x; print x; while ((\"printf \\\"1\\\\n2\\\\n\\\"\" | getline) > 0) print \"got\", $0 }'")).toBe("hi\ngot 1\ngot 2\n");
  });

  it("RS: one character, paragraph mode, a regexp", () => {
    expect(out("printf 'a;b;c' | awk 'BEGIN { RS = \";\" } { print NR \":\" $0 }'")).toBe("1:a\n2:b\n3:c\n");
    expect(out("printf 'a b\\nc\\n\\n\\nd\\n' | awk 'BEGIN { RS = \"\" } { print NF \":\" $1 }'")).toBe("3:a\n1:d\n");
  });
});

describe("awk: values and operators", () => {
  // A number keeps the string it was first converted to (busybox's VF_CACHED), whatever CONVFMT becomes.
  it("numbers print as integers or through OFMT %.6g; ^ groups left as in busybox; octal and hex constants", () => {
    expect(out("awk 'BEGIN{print 2^3^2, 1/3, 10%3, -2^2, 1e6, 100000, 0.1+0.2, 011, 0x1f, 2**3}'")).toBe("64 0.333333 1 -4 1000000 100000 0.3 9 31 8\n");
    expect(out("awk 'BEGIN { OFMT = \"%.2f\"; x = 3.14159; print x, x \"\"; CONVFMT = \"%.3f\"; print x \"\", 2.71828 \"\" }'")).toBe("3.14 3.14159\n3.14159 2.718\n");
    expect(out("awk 'BEGIN { print -0, 1e300*1e300, 2^53, int(-3.7), 7 % -3 }'")).toBe("0 inf 9007199254740992 -3 1\n");
  });

  it("compares numerically only when both sides are numbers or numeric input", () => {
    expect(out("echo '10 9' | awk '{print ($1 > $2), ($1\"\" > $2\"\")}'")).toBe("1 0\n");
    expect(out("awk 'BEGIN { x; print (x == 0), (x == \"\"), \"2\" < \"10\", 2 < 10 }'")).toBe("1 1 0 1\n");
    expect(out("echo ' 5 ' | awk -F: '{ print ($1 == 5), ($1 == \"5\") }'")).toBe("1 0\n");
    expect(out("echo 'abc' | awk '{ print ($1 == 0), ($1 > 5) }'")).toBe("0 1\n");
  });

  it("increments, compound assignment, concatenation, ternary, in, delete", () => {
    expect(out("awk 'BEGIN { i = 5; print i++, i, ++i, i--, --i; i += 3; i *= 2; i -= 1; i /= 3; i %= 4; i ^= 2; print i }'")).toBe("5 6 7 7 5\n1\n");
    expect(out("awk 'BEGIN { a = \"x\"; b = 1; print a b 2, (b ? \"yes\" : \"no\") }'")).toBe("x12 yes\n");
    expect(out("awk 'BEGIN { a[\"x\"]=1; a[\"y\"]=2; delete a[\"x\"]; print (\"x\" in a), (\"y\" in a), length(a); delete a; print length(a) }'")).toBe("0 1 1\n0\n");
    expect(out("awk 'BEGIN { a[1,2] = 3; for (k in a) { split(k, p, SUBSEP); print p[1], p[2] } if ((1,2) in a) print \"in\" }'")).toBe("1 2\nin\n");
  });

  it("for (k in a) walks busybox's hash order", () => {
    expect(out("printf 'k1 v1\\nk2 v2\\nk1 v3\\n' | awk '{ a[$1] = a[$1] \" \" $2 } END { for (k in a) print k \":\" a[k] }'")).toBe("k1: v1 v3\nk2: v2\n");
    expect(out("awk 'BEGIN { a[\"b\"]; a[\"a\"]; a[\"c\"]; a[\"10\"]; a[\"9\"]; for (k in a) printf \"%s \", k; print \"\" }'")).toBe("10 a b c 9 \n");
  });

  it("control flow: if/else, while, do, for, break, continue", () => {
    const prog = "BEGIN { for (i = 0; i < 10; i++) { if (i == 2) continue; if (i == 5) break; s = s i } ; while (j < 3) j++; do k++; while (k < 0); if (s == \"0134\") print s, j, k; else print \"no\" }";
    expect(out(`awk '${prog}'`)).toBe("0134 3 1\n");
  });

  it("user functions: recursion, local arrays by reference, return without a value", () => {
    expect(out("awk 'function f(n) { return n <= 1 ? 1 : n * f(n-1) } BEGIN { print f(10) }'")).toBe("3628800\n");
    expect(out("awk 'function fill(arr, n,  i) { for (i = 1; i <= n; i++) arr[i] = i * i } BEGIN { fill(sq, 3); print sq[1], sq[2], sq[3] }'")).toBe("1 4 9\n");
    expect(out("awk 'function g() { } BEGIN { x = g(); print \"[\" x \"]\", (x == 0) }'")).toBe("[] 0\n");
  });
});

describe("awk: builtins", () => {
  it("length, substr, index, split, tolower, toupper, int, sqrt", () => {
    expect(out("echo 'x y' | awk '{print length, length($1), substr(\"hello\", 2, 3), index(\"hello\",\"ll\"), toupper(\"abc\"), tolower(\"ABC\")}'")).toBe("3 1 ell 3 ABC abc\n");
    expect(out("awk 'BEGIN { print substr(\"hello\", 0, 2), substr(\"hello\", -1), substr(\"hello\", 2), index(\"abc\", \"\"), int(\"42abc\"), sqrt(16) }'")).toBe("he hello ello 0 42 4\n");
    expect(out("echo 'a,b,,c' | awk '{n=split($0, arr, \",\"); print n, arr[1], arr[4]; for (k in arr) print k, arr[k]}'")).toBe("4 a c\n1 a\n2 b\n3 \n4 c\n");
    expect(out("awk 'BEGIN { n = split(\"a1b22c\", p, /[0-9]+/); print n, p[1] p[2] p[3]; print split(\"\", q), length(q) }'")).toBe("3 abc\n0 0\n");
  });

  it("sub and gsub with & and \\\\&, on $0, a variable or a field", () => {
    expect(out("echo 'foo bar foo' | awk '{n=gsub(/foo/, \"[&]\"); print n, $0; sub(/bar/, \"\\\\&\"); print}'")).toBe("2 [foo] bar [foo]\n[foo] & [foo]\n");
    expect(out("awk 'BEGIN { s = \"aaa\"; print gsub(/a/, \"b\", s), s; t = \"abc\"; gsub(/b*/, \"-\", t); print t }'")).toBe("3 bbb\n-a--c-\n");
    expect(out("echo 'a  b' | awk '{ gsub(/x/, \"y\", $1); print }'")).toBe("a b\n");
  });

  it("match sets RSTART and RLENGTH; sprintf; printf with C's conversions", () => {
    expect(out("echo 'hello world' | awk '{ if (match($0, /wor/)) print RSTART, RLENGTH; print match($0, /z/), RLENGTH }'")).toBe("7 3\n0 -1\n");
    expect(out("awk 'BEGIN{printf \"%5.2f|%-4d|%s|%c|%x|%c|%e|%g|%05d|%%\\n\", 3.14159, 42, \"str\", 65, 255, \"hello\", 1234.5, 0.0001, -42}'")).toBe(" 3.14|42  |str|A|ff|h|1.234500e+03|0.0001|-0042|%\n");
    expect(out("awk 'BEGIN { s = sprintf(\"%03d-%s\", 7, \"x\"); print s; printf \"%s %s %s\\n\", \"a\" }'")).toBe("007-x\na  \n");
    expect(out("awk 'BEGIN { printf \"%d %d %i\\n\", 3.9, -3.9, \"12abc\" }'")).toBe("3 -3 12\n");
  });

  it("system() runs sh -c with awk's output; a pipe to a command runs when closed or at exit", () => {
    expect(out("awk 'BEGIN { r = system(\"echo from-system; exit 3\"); print \"after\", r }'")).toBe("from-system\nafter 3\n");
    expect(out("awk 'BEGIN { print \"b\" | \"cat\"; print \"a\" | \"cat\"; print \"first\" }'")).toBe("first\nb\na\n");
    expect(out("awk 'BEGIN { print \"x\" | \"cat\"; close(\"cat\"); print \"y\" }'")).toBe("x\ny\n");
  });

  it("print > and >> write files (truncated once, then appended); /dev/stderr", () => {
    const h = host();
    expect(run("awk 'BEGIN { print \"1\" > \"/tmp/o\"; print \"2\" > \"/tmp/o\"; print \"3\" >> \"/tmp/p\" }'; awk 'BEGIN { print \"4\" >> \"/tmp/p\" }'", h).code).toBe(0);
    expect(h.fs.read("/tmp/o")).toBe("1\n2\n");
    expect(h.fs.read("/tmp/p")).toBe("3\n4\n");
    expect(run("awk 'BEGIN { print 1; print 2 > \"/dev/stderr\" }'")).toMatchObject({ stdout: "1\n", stderr: "2\n" });
    expect(run("awk 'BEGIN { print 1 > \"/nodir/x\" }'")).toMatchObject({ code: 1, stderr: "awk: can't open '/nodir/x': No such file or directory\n" });
  });

  it("rand() is glibc's sequence from seed 1, srand(n) restarts it", () => {
    const a = out("awk 'BEGIN { print rand(), rand() }'");
    expect(a).toBe(out("awk 'BEGIN { print rand(), rand() }'"));
    expect(out("awk 'BEGIN { srand(1); x = rand(); srand(1); print (x == rand()), srand(5) }'")).toBe("1 1\n");
  });
});

describe("awk: errors as busybox prints them", () => {
  it("syntax errors: awk: cmd. line:LINE: message, exit 1", () => {
    expect(run("awk 'BEGIN{'")).toMatchObject({ code: 1, stderr: "awk: cmd. line:1: Unexpected token\n", stdout: "" });
    expect(run("awk '{print $1'").stderr).toBe("awk: cmd. line:1: Unexpected token\n");
    expect(run("awk '{print \"abc}'").stderr).toBe("awk: cmd. line:1: Unexpected end of string\n");
    expect(run("awk 'BEGIN { x = 1\n y = (2 }'").stderr).toBe("awk: cmd. line:2: Unexpected token\n");
    expect(run("awk 'BEGIN { break }'").stderr).toBe("awk: cmd. line:1: 'break' not in a loop\n");
    expect(run("awk 'function f() {} function f() {}'").stderr).toBe("awk: cmd. line:1: Duplicate function\n");
  });

  it("runtime errors stop awk with the line of the failing code", () => {
    expect(run("awk 'BEGIN { print \"a\"\n x = 1/0 }'")).toMatchObject({ code: 1, stdout: "a\n", stderr: "awk: cmd. line:2: Division by zero\n" });
    expect(run("awk 'BEGIN{foo()}'").stderr).toBe("awk: cmd. line:1: Call to undefined function\n");
    expect(run("awk 'BEGIN { printf \"%*d\", 3, 4 }'").stderr).toBe("awk: cmd. line:1: %*x formats are not supported\n");
    expect(run("awk 'BEGIN { print $(-1) }'").stderr).toBe("awk: cmd. line:1: Access to negative field\n");
  });

  it("missing input files and programs; -f reads the program and names it in errors", () => {
    expect(run("awk '{print}' /nonexistent")).toMatchObject({ code: 1, stderr: "awk: can't open '/nonexistent': No such file or directory\n" });
    expect(run("awk").code).toBe(1);
    const h = host();
    h.fs.write("/tmp/p.awk", "BEGIN { print \"from file\" }\n", false);
    expect(out("awk -f /tmp/p.awk", h)).toBe("from file\n");
    h.fs.write("/tmp/bad.awk", "BEGIN {\n print (\n}\n", false);
    expect(run("awk -f /tmp/bad.awk", h).stderr).toBe("awk: /tmp/bad.awk:2: Unexpected token\n");
  });
});

describe("awk: podplay's limits", () => {
  it("an endless loop spends the step budget and becomes a runaway, as a shell loop does", () => {
    const r = runToCompletion(runArgv(["awk", "BEGIN{while(1);}"], new FakeHost()));
    expect(r.blocked).toBe("runaway");
    expect(sh("awk 'BEGIN { for (;;) x++ }'").blocked).toBe("runaway");
  });

  it("a loop that sleeps through system() takes simulated time instead", () => {
    const r = sh("awk 'BEGIN { for (i = 0; i < 3; i++) system(\"sleep 2\"); print \"done\" }'");
    expect(r).toMatchObject({ stdout: "done\n", sleptSeconds: 6 });
  });

  it("a string doubling without end, and recursion without end, stop with awk: out of memory", () => {
    expect(run("awk 'BEGIN { s = \"x\"; while (1) s = s s }'")).toMatchObject({ code: 1, stderr: "awk: out of memory\n" });
    expect(run("awk 'function f(n) { return f(n+1) } BEGIN { f(1) }'")).toMatchObject({ code: 1, stderr: "awk: out of memory\n" });
  });
});
