/** Applets that change the filesystem or list it, with busybox's messages. */
import type { AppletContext } from "./applet";
import { fail, getopt, pathOf } from "./applet";
import type { ShellFs } from "./types";
import { baseName, parentDir } from "./paths";
import { strftime, unixNow } from "./sys-applets";

const join = (dir: string, name: string): string => (dir === "/" ? `/${name}` : `${dir}/${name}`);

export function touch(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "camd:r:t:");
  let status = 0;
  for (const f of o.operands) {
    const p = pathOf(ctx, f);
    if (ctx.fs.exists(p) || o.flags.has("c")) continue;
    if (!ctx.fs.isDir(parentDir(p))) status = fail(ctx, "touch", `${f}: No such file or directory`);
    else ctx.fs.write(p, "", true);
  }
  return status;
}

function removeTree(fs: ShellFs, path: string): void {
  if (fs.isDir(path)) for (const name of fs.list(path)) removeTree(fs, join(path, name));
  fs.remove(path);
}

export function rm(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "fiRrv");
  const force = o.flags.has("f");
  const recursive = o.flags.has("r") || o.flags.has("R");
  if (o.operands.length === 0 && !force) {
    ctx.err.write("Usage: rm [-irf] FILE...\n");
    return 1;
  }
  let status = 0;
  for (const f of o.operands) {
    const p = pathOf(ctx, f);
    if (!ctx.fs.exists(p)) {
      if (!force) status = fail(ctx, "rm", `can't remove '${f}': No such file or directory`);
    } else if (ctx.fs.isDir(p) && !recursive) status = fail(ctx, "rm", `'${f}' is a directory`);
    else removeTree(ctx.fs, p);
  }
  return status;
}

export function mkdir(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "pm:v");
  const parents = o.flags.has("p");
  let status = 0;
  for (const d of o.operands) {
    const p = pathOf(ctx, d);
    if (ctx.fs.isDir(p)) {
      if (!parents) status = fail(ctx, "mkdir", `can't create directory '${d}': File exists`);
      continue;
    }
    if (ctx.fs.exists(p)) {
      status = fail(ctx, "mkdir", `can't create directory '${d}': File exists`);
      continue;
    }
    const missing: string[] = [];
    for (let q = p; q !== "/" && !ctx.fs.isDir(q); q = parentDir(q)) missing.unshift(q);
    if (missing.length > 1 && !parents) {
      status = fail(ctx, "mkdir", `can't create directory '${d}': No such file or directory`);
      continue;
    }
    const blocked = missing.find((q) => ctx.fs.exists(q));
    if (blocked) {
      status = fail(ctx, "mkdir", `can't create directory '${d}': Not a directory`);
      continue;
    }
    for (const q of missing) ctx.fs.mkdir(q);
  }
  return status;
}

function longEntry(ctx: AppletContext, path: string, name: string): string {
  const dir = ctx.fs.isDir(path);
  const size = dir ? 4096 : (ctx.fs.read(path) ?? "").length;
  const mode = dir ? "drwxr-xr-x" : "-rw-r--r--";
  const when = strftime("%b %e %H:%M", unixNow(ctx));
  return `${mode}    ${dir ? 2 : 1} root     root     ${String(size).padStart(9)} ${when} ${name}\n`;
}

/** ls [-1aAld] [FILE]...: one name per line, as busybox prints when stdout is not a terminal. */
export function ls(ctx: AppletContext): number {
  const o = getopt(ctx.argv.slice(1), "1aAldFhrtS", true);
  const long = o.flags.has("l");
  const operands = o.operands.length ? o.operands : ["."];
  const entry = (path: string, name: string): string => (long ? longEntry(ctx, path, name) : name + "\n");
  let status = 0;
  const files: string[] = [];
  const dirs: string[] = [];
  for (const f of operands) {
    const p = pathOf(ctx, f);
    if (!ctx.fs.exists(p)) status = fail(ctx, "ls", `${f}: No such file or directory`);
    else if (ctx.fs.isDir(p) && !o.flags.has("d")) dirs.push(f);
    else files.push(f);
  }
  let out = files.map((f) => entry(pathOf(ctx, f), f)).join("");
  const headers = operands.length > 1;
  dirs.forEach((d, i) => {
    const p = pathOf(ctx, d);
    if (headers) out += `${out || i > 0 ? "\n" : ""}${d}:\n`;
    let names = [...ctx.fs.list(p)].sort();
    if (!o.flags.has("a") && !o.flags.has("A")) names = names.filter((n) => !n.startsWith("."));
    if (o.flags.has("a")) names = [".", "..", ...names];
    if (long) out += `total ${names.length * 4}\n`;
    for (const n of names) out += entry(n === "." ? p : n === ".." ? parentDir(p) : join(p, n), n);
  });
  ctx.out.write(out);
  return status;
}

function copyTree(fs: ShellFs, from: string, to: string): void {
  if (fs.isDir(from)) {
    if (!fs.isDir(to)) fs.mkdir(to);
    for (const name of fs.list(from)) copyTree(fs, join(from, name), join(to, name));
  } else fs.write(to, fs.read(from) ?? "", false);
}

/** cp and mv share argument handling; mv removes the source afterwards. */
function transfer(ctx: AppletContext, name: "cp" | "mv"): number {
  const o = getopt(ctx.argv.slice(1), name === "cp" ? "aRrpfdvn" : "fnvi");
  const recursive = name === "mv" || o.flags.has("r") || o.flags.has("R") || o.flags.has("a");
  if (o.operands.length < 2) {
    ctx.err.write(`Usage: ${name} [OPTIONS] SOURCE... DEST\n`);
    return 1;
  }
  const sources = o.operands.slice(0, -1);
  const destArg = o.operands[o.operands.length - 1];
  const dest = pathOf(ctx, destArg);
  const intoDir = ctx.fs.isDir(dest);
  if (sources.length > 1 && !intoDir) return fail(ctx, name, `'${destArg}' is not a directory`);
  let status = 0;
  for (const s of sources) {
    const from = pathOf(ctx, s);
    if (!ctx.fs.exists(from)) {
      status = fail(ctx, name, name === "cp" ? `can't stat '${s}': No such file or directory` : `can't rename '${s}': No such file or directory`);
      continue;
    }
    if (ctx.fs.isDir(from) && !recursive) {
      status = fail(ctx, name, `omitting directory '${s}'`);
      continue;
    }
    const to = intoDir ? join(dest, baseName(from)) : dest;
    if (!ctx.fs.isDir(parentDir(to))) {
      status = fail(ctx, name, `can't create '${destArg}': No such file or directory`);
      continue;
    }
    if (to === from) continue;
    copyTree(ctx.fs, from, to);
    if (name === "mv") removeTree(ctx.fs, from);
  }
  return status;
}

export const cp = (ctx: AppletContext): number => transfer(ctx, "cp");
export const mv = (ctx: AppletContext): number => transfer(ctx, "mv");

/** chmod/chown/chgrp: permissions are not modelled, but missing files still fail. */
export function attributes(ctx: AppletContext): number {
  const name = baseName(ctx.argv[0]);
  const operands = ctx.argv.slice(1).filter((a) => !a.startsWith("-"));
  if (operands.length < 2) {
    ctx.err.write(`Usage: ${name} [-R] MODE FILE...\n`);
    return 1;
  }
  let status = 0;
  for (const f of operands.slice(1)) {
    if (!ctx.fs.exists(pathOf(ctx, f))) status = fail(ctx, name, `${f}: No such file or directory`);
  }
  return status;
}
