// Follows busybox 1.36.1 coreutils/tr.c, coreutils/cut.c, coreutils/sort.c, coreutils/uniq.c,
// coreutils/yes.c and findutils/xargs.c.
import { describe, expect, it } from "vitest";
import type { FakeHost} from "./fake-host";
import { sh } from "./fake-host";

const out = (script: string, host?: FakeHost): string => sh(script, host).stdout;

describe("tr", () => {
  it("maps ranges and classes, pads STRING2 with its last character, deletes, squeezes, complements", () => {
    expect(out("echo 'Hello World' | tr a-z A-Z")).toBe("HELLO WORLD\n");
    expect(out("echo 'Hello' | tr '[:lower:]' '[:upper:]'")).toBe("HELLO\n");
    expect(out("echo abcd | tr abcd xy")).toBe("xyyy\n");
    expect(out("echo 'a b  c' | tr -s ' '")).toBe("a b c\n");
    expect(out("printf 'a\\nb\\n' | tr -d '\\n'")).toBe("ab");
    expect(out("echo hello | tr -cd 'lo'")).toBe("llo");
    expect(out("echo 'a1b2' | tr -d '[:digit:]'")).toBe("ab\n");
  });

  it("needs STRING1; STRING2 may not be empty", () => {
    expect(sh("tr").code).toBe(1);
    expect(sh("echo a | tr a ''")).toMatchObject({ code: 1, stderr: "tr: STRING2 cannot be empty\n" });
  });
});

describe("cut", () => {
  it("fields with -d, ranges, characters; lines without the delimiter print whole unless -s", () => {
    expect(out("echo 'root:x:0:0' | cut -d: -f1,3")).toBe("root:0\n");
    expect(out("echo 'a:b:c:d' | cut -d: -f2-")).toBe("b:c:d\n");
    expect(out("echo 'a:b:c:d' | cut -d: -f-2")).toBe("a:b\n");
    expect(out("printf 'a\\tb\\n' | cut -f2")).toBe("b\n");
    expect(out("echo 'abcdef' | cut -c2-4")).toBe("bcd\n");
    expect(out("printf 'nodelim\\na:b\\n' | cut -d: -f2")).toBe("nodelim\nb\n");
    expect(out("printf 'nodelim\\na:b\\n' | cut -s -d: -f2")).toBe("b\n");
  });

  it("busybox's messages", () => {
    expect(sh("echo a | cut -d:")).toMatchObject({ code: 1, stderr: "cut: expected a list of bytes, characters, or fields\n" });
    expect(sh("echo a | cut -c1 -d:").stderr).toBe("cut: a delimiter may be specified only when operating on fields\n");
  });
});

describe("sort and uniq", () => {
  it("sorts bytewise, numerically, reversed, by key, uniquely", () => {
    expect(out("printf 'b\\na\\nc\\na\\n' | sort")).toBe("a\na\nb\nc\n");
    expect(out("printf '10\\n9\\n100\\n' | sort -n")).toBe("9\n10\n100\n");
    expect(out("printf '10\\n9\\n100\\n' | sort -rn")).toBe("100\n10\n9\n");
    expect(out("printf 'b 2\\na 3\\nc 1\\n' | sort -k2 -n")).toBe("c 1\nb 2\na 3\n");
    expect(out("printf 'x:3\\ny:1\\nz:2\\n' | sort -t: -k2,2n")).toBe("y:1\nz:2\nx:3\n");
    expect(out("printf 'b\\na\\nb\\n' | sort -u")).toBe("a\nb\n");
    expect(out("printf 'B\\na\\nA\\n' | sort")).toBe("A\nB\na\n");
  });

  it("sort: a missing file stops it with status 2", () => {
    expect(sh("sort /nonexistent")).toMatchObject({ code: 2, stderr: "sort: can't open '/nonexistent': No such file or directory\n" });
  });

  it("uniq folds adjacent duplicates; -c counts in %7lu; -d and -u", () => {
    expect(out("printf 'a\\na\\nb\\na\\n' | uniq")).toBe("a\nb\na\n");
    expect(out("printf 'a\\na\\nb\\na\\n' | uniq -c")).toBe("      2 a\n      1 b\n      1 a\n");
    expect(out("printf 'a\\na\\nb\\n' | uniq -d")).toBe("a\n");
    expect(out("printf 'a\\na\\nb\\n' | uniq -u")).toBe("b\n");
    expect(out("printf 'x\\ny\\nx\\n' | sort | uniq -c | sort -rn | head -n 1")).toBe("      2 x\n");
  });
});

describe("yes and xargs", () => {
  it("yes fills the pipe its reader reads from", () => {
    expect(out("yes | head -n 3")).toBe("y\ny\ny\n");
    expect(out("yes ok go | head -n 2")).toBe("ok go\nok go\n");
  });

  it("yes to the container's output spins: a runaway", () => {
    expect(sh("yes > /dev/null").blocked).toBe("runaway");
  });

  it("xargs runs the command with the words read, -n at a time; -I replaces", () => {
    expect(out("echo 'a b c' | xargs -n 1 echo item")).toBe("item a\nitem b\nitem c\n");
    expect(out("printf 'a\\nb c\\n' | xargs")).toBe("a b c\n");
    expect(out("printf 'x\\ny\\n' | xargs -I{} echo '<{}>'")).toBe("<x>\n<y>\n");
    expect(out("echo \"'a b' c\" | xargs -n1 echo")).toBe("a b\nc\n");
    expect(sh("echo a | xargs false").code).toBe(123);
    expect(out("printf '' | xargs echo run")).toBe("run\n");
    expect(out("printf '' | xargs -r echo run")).toBe("");
  });
});
