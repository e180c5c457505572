/**
 * Redirections, applied left to right so `>f 2>&1` and `2>&1 >f` differ as they should. Files
 * are created or truncated when the redirection is set up, before the command runs, as a real
 * open(2) would. Failures return ash's message (without the `sh: ` prefix).
 */
import type { Redir } from "./ast";
import { FileWriter, Input, NULL_WRITER } from "./io";
import type { Writer } from "./io";
import { parentDir, resolvePath } from "./paths";
import type { Gen, IO, Runtime } from "./runtime";

function openWriter(rt: Runtime, cwd: string, target: string, append: boolean, cur: IO): Writer | string {
  if (target === "/dev/null") return NULL_WRITER;
  // /dev/stdout is /proc/self/fd/1: this command's own streams. /proc/1/fd/N is PID 1's: the
  // container's log, whichever process writes it (an exec hook too).
  if (target === "/dev/stdout" || target === "/proc/self/fd/1" || target === "/dev/fd/1") return cur.out;
  if (target === "/dev/stderr" || target === "/proc/self/fd/2" || target === "/dev/fd/2") return cur.err;
  const pid1 = /^\/proc\/1\/fd\/([12])$/.exec(target);
  if (pid1) {
    const out = rt.host.pid1Output;
    const fd = pid1[1] === "1" ? 1 : 2;
    return out ? { write: (text: string) => out(fd, text) } : fd === 1 ? cur.out : cur.err;
  }
  const path = resolvePath(cwd, target);
  if (rt.fs.isDir(path)) return `can't create ${target}: Is a directory`;
  if (!rt.fs.isDir(parentDir(path))) return `can't create ${target}: nonexistent directory`;
  if (!append) rt.fs.write(path, "", false);
  else if (!rt.fs.exists(path)) rt.fs.write(path, "", true);
  return new FileWriter(rt.fs, path);
}

function setFd(io: IO, fd: number, w: Writer): void {
  if (fd === 1) io.out = w;
  else if (fd === 2) io.err = w;
}

/**
 * `expand` turns the target word into text (it may run command substitutions, hence a
 * generator). Returns the new streams, or an error message.
 */
export function* applyRedirections(
  rt: Runtime,
  cwd: string,
  redirs: Redir[],
  io: IO,
  expand: (r: Redir, heredoc: boolean) => Gen<string>,
): Gen<IO | string> {
  const r: IO = { in: io.in, out: io.out, err: io.err };
  for (const d of redirs) {
    if (d.heredoc) {
      const body = yield* expand(d, true);
      if (d.fd === 0) r.in = new Input(body);
      continue;
    }
    const target = yield* expand(d, false);
    switch (d.op) {
      case "<":
      case "<>": {
        const path = resolvePath(cwd, target);
        if (target === "/dev/null" || path === "/dev/null") {
          if (d.fd === 0) r.in = new Input("");
          break;
        }
        if (d.op === "<>" && !rt.fs.exists(path)) {
          if (!rt.fs.isDir(parentDir(path))) return `can't create ${target}: nonexistent directory`;
          rt.fs.write(path, "", true);
        }
        if (rt.fs.isDir(path)) return `can't open ${target}: Is a directory`;
        const text = rt.fs.read(path);
        if (text === undefined) return `can't open ${target}: no such file`;
        if (d.fd === 0) r.in = new Input(text);
        break;
      }
      case ">":
      case ">|":
      case ">>":
      case "&>":
      case "&>>": {
        const w = openWriter(rt, cwd, target, d.op.endsWith(">>"), r);
        if (typeof w === "string") return w;
        if (d.op.startsWith("&")) r.out = r.err = w;
        else setFd(r, d.fd, w);
        break;
      }
      case ">&":
      case "<&": {
        if (target === "-") {
          if (d.fd === 0) r.in = new Input("");
          else setFd(r, d.fd, NULL_WRITER);
        } else if (/^\d$/.test(target)) {
          if (d.fd === 0 || target === "0") break;
          const src = target === "1" ? r.out : target === "2" ? r.err : null;
          if (src === null) return `${target}: Bad file descriptor`;
          setFd(r, d.fd, src);
        } else if (d.op === ">&") {
          const w = openWriter(rt, cwd, target, false, r);
          if (typeof w === "string") return w;
          r.out = r.err = w;
        } else return `${target}: Bad file descriptor`;
        break;
      }
    }
  }
  return r;
}
