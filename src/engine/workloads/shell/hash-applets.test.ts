// Follows busybox 1.36.1 coreutils/md5_sha1_sum.c and coreutils/uudecode.c (baseNUM_main).
import { describe, expect, it } from "vitest";
import { FakeHost, sh } from "./fake-host";

const out = (script: string, host?: FakeHost): string => sh(script, host).stdout;

describe("md5sum, sha1sum, sha256sum, sha512sum", () => {
  it("print the real digests of the bytes, then the name (- for stdin)", () => {
    expect(out("echo hello | md5sum")).toBe("b1946ac92492d2347c6235b4d2611184  -\n");
    expect(out("echo hello | sha1sum")).toBe("f572d396fae9206628714fb2ce00f72e94f2258f  -\n");
    expect(out("echo hello | sha256sum")).toBe("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03  -\n");
    expect(out("printf '' | sha512sum")).toBe("cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e  -\n");
    const h = new FakeHost({ files: { "/data/f": "abc" } });
    expect(out("md5sum /data/f", h)).toBe("900150983cd24fb0d6963f7d28e17f72  /data/f\n");
  });

  it("-c checks a list; a missing file is an error", () => {
    const h = new FakeHost({ files: { "/data/f": "abc", "/data/sums": "900150983cd24fb0d6963f7d28e17f72  /data/f\n" } });
    expect(sh("md5sum -c /data/sums", h)).toMatchObject({ code: 0, stdout: "/data/f: OK\n" });
    h.fs.write("/data/f", "abd", false);
    expect(sh("md5sum -c /data/sums", h)).toMatchObject({ code: 1, stdout: "/data/f: FAILED\n", stderr: "md5sum: WARNING: 1 of 1 computed checksums did NOT match\n" });
    expect(sh("sha256sum /nope")).toMatchObject({ code: 1, stderr: "sha256sum: can't open '/nope': No such file or directory\n" });
  });
});

describe("base64", () => {
  it("encodes at 76 columns (-w to change), decodes with -d", () => {
    expect(out("echo hello | base64")).toBe("aGVsbG8K\n");
    expect(out("echo aGVsbG8K | base64 -d")).toBe("hello\n");
    expect(out("printf '%060d' 0 | base64")).toBe("MDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw\nMDAw\n");
    expect(out("printf ab | base64 -w 0")).toBe("YWI=\n");
    expect(out("printf '' | base64")).toBe("");
  });
});
