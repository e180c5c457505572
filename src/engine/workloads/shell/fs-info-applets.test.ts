// Follows busybox 1.36.1 coreutils/stat.c (print_it, print_stat, the default and -t formats),
// coreutils/readlink.c and findutils/find.c.
import { describe, expect, it } from "vitest";
import { FakeHost, sh } from "./fake-host";

const host = (): FakeHost => new FakeHost({ files: { "/vol/cfg/a": "x", "/vol/cfg/b": "", "/vol/secret/s": "pw\n" } });
const out = (script: string, h: FakeHost = host()): string => sh(script, h).stdout;

describe("stat", () => {
  it("-c with printf modifiers; what the filesystem does not record is ls -l's: 0644/0755, root", () => {
    // test/e2e/common/node/security_context.go: stat -c='%g' $(find /vol/ -type f)
    expect(out("stat -c='%g' $(find /vol/ -type f)")).toBe("=0\n=0\n=0\n");
    expect(out("stat -c '%n %s %F %a %A %U:%G' /vol/cfg/b /vol")).toBe("/vol/cfg/b 0 regular empty file 644 -rw-r--r-- root:root\n/vol 4096 directory 755 drwxr-xr-x root:root\n");
    expect(out("stat -c '[%5s|%-3h]%%' /vol/secret/s")).toBe("[    3|1  ]%\n");
  });

  it("the default format, and a missing file", () => {
    expect(out("stat /vol/cfg/a")).toMatch(/^ {2}File: \/vol\/cfg\/a\n {2}Size: 1 {9}\tBlocks: 8 {10}IO Block: 4096 {3}regular file\nDevice: 2dh\/45d\tInode: \d+ +Links: 1\nAccess: \(0644\/-rw-r--r--\) {2}Uid: \( {4}0\/ {4}root\) {3}Gid: \( {4}0\/ {4}root\)\nAccess: 2026-01-01 00:00:00\.000000000 \+0000\n/);
    expect(sh("stat /nope", host())).toMatchObject({ code: 1, stderr: "stat: can't stat '/nope': No such file or directory\n" });
  });
});

describe("readlink", () => {
  it("nothing is a symbolic link: plain readlink fails quietly; -f prints the canonical path", () => {
    expect(sh("readlink /vol/cfg/a", host())).toMatchObject({ code: 1, stdout: "" });
    expect(out("readlink -f /vol/cfg/../cfg/a")).toBe("/vol/cfg/a\n");
    expect(sh("readlink -e /vol/none", host()).code).toBe(1);
  });
});

describe("find", () => {
  it("walks the tree in name order with -name, -type, -maxdepth; -exec with ; and +", () => {
    expect(out("find /vol -name 's*'")).toBe("/vol/secret\n/vol/secret/s\n");
    expect(out("find /vol -maxdepth 1")).toBe("/vol\n/vol/cfg\n/vol/secret\n");
    expect(out("find /vol -type d")).toBe("/vol\n/vol/cfg\n/vol/secret\n");
    expect(out("cd /vol && find . -type f")).toBe("./cfg/a\n./cfg/b\n./secret/s\n");
    expect(out("find /vol -type f -exec cat {} \\;")).toBe("xpw\n");
    expect(out("find /vol -type f -exec echo {} +")).toBe("/vol/cfg/a /vol/cfg/b /vol/secret/s\n");
    expect(sh("find /nope", host())).toMatchObject({ code: 1, stderr: "find: /nope: No such file or directory\n" });
  });
});
