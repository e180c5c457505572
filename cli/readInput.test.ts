import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { readInput } from "./readInput";
import { MAX_INPUT_BYTES } from "../src/engine/input/limits";

const dir = mkdtempSync(join(tmpdir(), "podplay-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readInput", () => {
  it("reads a file up to the limit exactly, as UTF-8", async () => {
    const f = join(dir, "ten.yaml");
    writeFileSync(f, "kind: Pöd");
    expect(await readInput(f, { maxBytes: 10 })).toEqual({ ok: true, text: "kind: Pöd" });
  });

  it("refuses a file one byte over the limit, naming it and its size, without reading it", async () => {
    const f = join(dir, "eleven.yaml");
    writeFileSync(f, "kind: Pod\n\n");
    expect(await readInput(f, { maxBytes: 10 })).toEqual({ ok: false, message: `${f} is 11 bytes, more than the 10 bytes podplay reads` });
  });

  it("refuses a 600 MB file at once (sparse, so the test writes nothing)", async () => {
    const f = join(dir, "huge.yaml");
    writeFileSync(f, "");
    truncateSync(f, 600_000_000);
    const started = performance.now();
    expect(await readInput(f)).toEqual({ ok: false, message: `${f} is 600.0 MB, more than the 8 MiB podplay reads` });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("stops reading a stream that never ends once the limit is passed", async () => {
    let pushed = 0;
    const endless = new Readable({
      read() {
        pushed += 64 * 1024;
        this.push(Buffer.alloc(64 * 1024, "y\n"));
      },
    });
    expect(await readInput("-", { stdin: endless })).toEqual({ ok: false, message: "stopped reading <stdin> after 8 MiB, the most podplay reads" });
    expect(pushed).toBeLessThan(MAX_INPUT_BYTES + 1024 * 1024);
    expect(endless.destroyed).toBe(true);
  });

  it("stops reading a named pipe whose writer never stops (the chunked file path)", async () => {
    const fifo = join(dir, "endless.fifo");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return; // no mkfifo here: the stream case above covers the limit
    const writer = createWriteStream(fifo);
    writer.on("error", () => undefined); // EPIPE once the reader has stopped
    const chunk = Buffer.alloc(64 * 1024, "y\n");
    const write = (): void => {
      while (!writer.destroyed && writer.write(chunk));
      if (!writer.destroyed) writer.once("drain", write);
    };
    write();
    try {
      expect(await readInput(fifo)).toEqual({ ok: false, message: `stopped reading ${fifo} after 8 MiB, the most podplay reads` });
    } finally {
      writer.destroy();
    }
  });

  it("reads stdin to its end when it is within the limit", async () => {
    const s = new PassThrough();
    s.end("kind: Pod\n");
    expect(await readInput("-", { stdin: s })).toEqual({ ok: true, text: "kind: Pod\n" });
  });

  it("gives one line for a missing file, a directory and a device", async () => {
    expect(await readInput(join(dir, "nope.yaml"))).toEqual({ ok: false, message: `cannot read ${join(dir, "nope.yaml")}: no such file or directory` });
    expect(await readInput(dir)).toEqual({ ok: false, message: `cannot read ${dir}: it is a directory; give a YAML file` });
    expect(await readInput("/dev/zero")).toEqual({ ok: false, message: "cannot read /dev/zero: it is a device, not a file; give a YAML file, or '-' to read stdin" });
    expect(await readInput("x\ny.yaml")).toEqual({ ok: false, message: 'cannot read "x\\ny.yaml": no such file or directory' });
  });
});
