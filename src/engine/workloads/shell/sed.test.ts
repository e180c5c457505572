// Follows busybox 1.36.1 editors/sed.c: add_cmd(), parse_subst_cmd(), process_files(), do_subst_command().
import { describe, expect, it } from "vitest";
import { FakeHost, sh } from "./fake-host";

const out = (script: string, host?: FakeHost): string => sh(script, host).stdout;

describe("sed", () => {
  it("s///: the first match, g, a match number, &, \\1, another delimiter, I", () => {
    expect(out("echo 'hello world' | sed 's/world/there/'")).toBe("hello there\n");
    expect(out("echo 'aaa' | sed 's/a/b/g'")).toBe("bbb\n");
    expect(out("echo 'aaa' | sed 's/a/b/2'")).toBe("aba\n");
    expect(out("echo 'abc' | sed 's/b/[&]/'")).toBe("a[b]c\n");
    expect(out("echo 'key=value' | sed 's/\\(.*\\)=\\(.*\\)/\\2=\\1/'")).toBe("value=key\n");
    expect(out("echo '/a/b' | sed 's|/|:|g'")).toBe(":a:b\n");
    expect(out("echo 'ABC' | sed 's/b/x/I'")).toBe("AxC\n");
    expect(out("echo 'a+b' | sed -E 's/(a)\\+(b)/\\2\\1/'")).toBe("ba\n");
    // do_subst_command(): an empty match right after a match is not replaced.
    expect(out("echo 'cccd' | sed 's/c*/R/g'")).toBe("RdR\n");
  });

  it("addresses: numbers, $, /regexp/, ranges, !, and -n with p", () => {
    expect(out("printf 'a\\nb\\nc\\n' | sed -n '2p'")).toBe("b\n");
    expect(out("printf 'a\\nb\\nc\\n' | sed '2d'")).toBe("a\nc\n");
    expect(out("printf 'a\\nb\\nc\\n' | sed -n '$p'")).toBe("c\n");
    expect(out("printf 'a\\nb\\nc\\nd\\n' | sed -n '/b/,/c/p'")).toBe("b\nc\n");
    expect(out("printf 'a\\nb\\nc\\n' | sed '/b/!d'")).toBe("b\n");
    expect(out("printf 'a\\nb\\nc\\nd\\n' | sed -n '2,+1p'")).toBe("b\nc\n");
    expect(out("printf 'a\\nb\\n' | sed -n '/a/{p;p}'")).toBe("a\na\n");
  });

  it("commands: q, =, a, i, c, y, N, h/G", () => {
    expect(out("printf 'a\\nb\\nc\\n' | sed 2q")).toBe("a\nb\n");
    expect(out("printf 'a\\nb\\n' | sed -n '$='")).toBe("2\n");
    expect(out("printf 'a\\nb\\n' | sed '1a after'")).toBe("a\nafter\nb\n");
    expect(out("printf 'a\\nb\\n' | sed '2i before'")).toBe("a\nbefore\nb\n");
    expect(out("printf 'a\\nb\\n' | sed '1c changed'")).toBe("changed\nb\n");
    expect(out("echo abc | sed 'y/abc/xyz/'")).toBe("xyz\n");
    expect(out("printf 'a\\nb\\n' | sed 'N;s/\\n/,/'")).toBe("a,b\n");
    expect(out("printf 'a\\nb\\n' | sed -n '1h;2{G;p}'")).toBe("b\na\n");
  });

  it("-e several times, -i edits the file, a last line without newline stays so", () => {
    expect(out("echo 'x' | sed -e 's/x/y/' -e 's/y/z/'")).toBe("z\n");
    const h = new FakeHost({ files: { "/tmp/c": "port=80\nhost=a\n" } });
    expect(sh("sed -i 's/80/8080/' /tmp/c", h).code).toBe(0);
    expect(h.fs.read("/tmp/c")).toBe("port=8080\nhost=a\n");
    expect(out("printf 'a\\nb' | sed 's/b/c/'")).toBe("a\nc");
  });

  it("busybox's messages", () => {
    expect(sh("echo a | sed 's/a/b'")).toMatchObject({ code: 1, stderr: "sed: unmatched '/'\n" });
    expect(sh("echo a | sed 'k'").stderr).toBe("sed: unsupported command k\n");
    expect(sh("echo a | sed 's/a/b/z'").stderr).toBe("sed: bad option in substitution expression\n");
    expect(sh("echo a | sed '1,'").stderr).toBe("sed: no address after comma\n");
  });
});
