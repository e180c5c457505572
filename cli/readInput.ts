/**
 * Reads the CLI's input (a file, or stdin for "-") without ever holding more than the engine
 * accepts: at most MAX_INPUT_BYTES (8 MiB, the editor's and the engine's own limit) plus one chunk.
 * Reading stops as soon as the limit is passed, so `/dev/zero`, a stdin that never closes or a
 * 600 MB file end at once with a one-line message instead of filling memory.
 *
 * Every failure is one line that names the input; the caller prints it and exits 2. Devices and
 * directories are refused before reading; a regular file's size is checked before reading too.
 * FIFOs and sockets (`<(…)`, `/dev/stdin` on a pipe) are read like stdin, up to the limit.
 */
import { open, type FileHandle } from "node:fs/promises";
import type { Readable } from "node:stream";
import { MAX_INPUT_BYTES } from "../src/engine/input/limits";

export type ReadResult = { ok: true; text: string } | { ok: false; message: string };

export interface ReadOptions {
  /** Largest input accepted, in bytes (default MAX_INPUT_BYTES). */
  maxBytes?: number;
  /** The stream "-" reads (default process.stdin). */
  stdin?: Readable;
}

const CHUNK = 64 * 1024;

/** The input's text, decoded as UTF-8 the way readFileSync(file, "utf8") does, or why it cannot be read. */
export async function readInput(file: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const max = opts.maxBytes ?? MAX_INPUT_BYTES;
  if (file === "-") return readStream(opts.stdin ?? process.stdin, "<stdin>", max);
  const name = displayName(file);
  let fh: FileHandle;
  try {
    fh = await open(file, "r");
  } catch (e) {
    return { ok: false, message: `cannot read ${name}: ${reason(e)}` };
  }
  try {
    // fstat on the opened file, so what was checked is what is read.
    const st = await fh.stat();
    if (st.isDirectory()) return { ok: false, message: `cannot read ${name}: it is a directory; give a YAML file` };
    if (st.isCharacterDevice() || st.isBlockDevice()) {
      return { ok: false, message: `cannot read ${name}: it is a device, not a file; give a YAML file, or '-' to read stdin` };
    }
    if (st.isFile() && st.size > max) return { ok: false, message: tooLarge(name, max, st.size) };
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await fh.read(buf, 0, CHUNK, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === CHUNK ? buf : buf.subarray(0, bytesRead));
      total += bytesRead;
      // A file that grows while it is read, or a FIFO, is cut off here.
      if (total > max) return { ok: false, message: tooLarge(name, max) };
    }
    return { ok: true, text: Buffer.concat(chunks, total).toString("utf8") };
  } catch (e) {
    return { ok: false, message: `cannot read ${name}: ${reason(e)}` };
  } finally {
    await fh.close().catch(() => undefined);
  }
}

function readStream(stream: Readable, name: string, max: number): Promise<ReadResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const finish = (r: ReadResult): void => {
      stream.off("data", onData);
      stream.off("end", onEnd);
      stream.off("error", onError);
      // Stop reading: a writer that never stops (`yes |`) gets EPIPE/SIGPIPE and the process can exit.
      if (!r.ok) stream.destroy();
      else stream.pause();
      resolve(r);
    };
    const onData = (chunk: Buffer | string): void => {
      const b = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      chunks.push(b);
      total += b.length;
      if (total > max) finish({ ok: false, message: tooLarge(name, max) });
    };
    const onEnd = (): void => finish({ ok: true, text: Buffer.concat(chunks, total).toString("utf8") });
    const onError = (e: unknown): void => finish({ ok: false, message: `cannot read ${name}: ${reason(e)}` });
    stream.on("data", onData);
    stream.once("end", onEnd);
    stream.once("error", onError);
  });
}

function tooLarge(name: string, max: number, size?: number): string {
  const limit = max % (1024 * 1024) === 0 ? `${max / 1024 / 1024} MiB` : `${max} bytes`;
  return size === undefined
    ? `stopped reading ${name} after ${limit}, the most podplay reads`
    : `${name} is ${size >= 1e6 ? `${(size / 1e6).toFixed(1)} MB` : `${size} bytes`}, more than the ${limit} podplay reads`;
}

/** The file name as given, quoted when it holds characters that would break the line. */
function displayName(file: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(file) ? JSON.stringify(file) : file;
}

const REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory; give a YAML file",
  ENOTDIR: "a part of the path is not a directory",
  ELOOP: "too many levels of symbolic links",
  ENAMETOOLONG: "the name is too long",
  ENXIO: "no such device or address",
  EIO: "input/output error",
};

/** One line for a read error: the errno's meaning, else the error's own message. */
function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const known = err?.code ? REASONS[err.code] : undefined;
  if (known) return known;
  const msg = String(err?.message ?? e).replace(/\s+/g, " ").trim();
  return msg || "unknown error";
}
