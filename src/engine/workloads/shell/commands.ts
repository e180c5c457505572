/**
 * The applet table: every command the simulated images provide, by name. Shell builtins that
 * need the interpreter's state (cd, export, exit, ...) live in builtins.ts instead; the shells
 * themselves (sh, ash, bash) are started by the interpreter.
 */
import type { Applet, AppletContext } from "./applet";
import { awk } from "./awk/awk";
import { cut, sort, tr, uniq, xargs, yes } from "./filter-applets";
import { find, readlink, stat } from "./fs-info-applets";
import { base64, hashsum } from "./hash-applets";
import { expr, nmeter, timeout } from "./proc-applets";
import { sed } from "./sed";
import { attributes, cp, ls, mkdir, mv, rm, touch } from "./fs-applets";
import { curl, nslookup, wget } from "./net-applets";
import { echo, printf } from "./print-applets";
import {
  basename,
  date,
  dirname,
  env,
  falseApplet,
  hostname,
  id,
  kill,
  killall,
  nginx,
  printenv,
  pwd,
  seq,
  sleep,
  trueApplet,
  uname,
  whoami,
} from "./sys-applets";
import { testApplet } from "./test-cmd";
import { cat, grep, head, tail, tee, wc } from "./text-applets";
import { baseName } from "./paths";

export const SHELLS = new Set(["sh", "ash", "bash", "dash"]);

/** Where images keep executables: `/bin/cat` runs the cat applet, `/opt/cat` does not. */
const BIN_DIRS = new Set(["/bin", "/sbin", "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin"]);

function which(ctx: AppletContext): number {
  let status = 0;
  for (const name of ctx.argv.slice(1)) {
    if (APPLETS.has(name) || SHELLS.has(name)) ctx.out.write(`${appletPath(name)}\n`);
    else status = 1;
  }
  return status;
}

export const APPLETS: ReadonlyMap<string, Applet> = new Map<string, Applet>([
  ["echo", echo],
  ["printf", printf],
  ["true", trueApplet],
  ["false", falseApplet],
  ["sleep", sleep],
  ["test", testApplet],
  ["[", testApplet],
  ["[[", testApplet],
  ["touch", touch],
  ["rm", rm],
  ["mkdir", mkdir],
  ["ls", ls],
  ["cp", cp],
  ["mv", mv],
  ["chmod", attributes],
  ["chown", attributes],
  ["chgrp", attributes],
  ["cat", cat],
  ["grep", grep],
  ["wc", wc],
  ["head", head],
  ["tail", tail],
  ["tee", tee],
  ["printenv", printenv],
  ["env", env],
  ["hostname", hostname],
  ["date", date],
  ["id", id],
  ["whoami", whoami],
  ["uname", uname],
  ["pwd", pwd],
  ["basename", basename],
  ["dirname", dirname],
  ["seq", seq],
  ["which", which],
  ["nslookup", nslookup],
  ["wget", wget],
  ["curl", curl],
  ["killall", killall],
  ["kill", kill],
  ["nginx", nginx],
  ["awk", awk],
  ["sed", sed],
  ["tr", tr],
  ["cut", cut],
  ["sort", sort],
  ["uniq", uniq],
  ["yes", yes],
  ["xargs", xargs],
  ["md5sum", hashsum],
  ["sha1sum", hashsum],
  ["sha256sum", hashsum],
  ["sha512sum", hashsum],
  ["base64", base64],
  ["expr", expr],
  ["timeout", timeout],
  ["nmeter", nmeter],
  ["stat", stat],
  ["readlink", readlink],
  ["find", find],
]);

/** Where `which` says an applet lives (nginx and curl come from their own images' /usr/sbin, /usr/bin). */
export function appletPath(name: string): string {
  if (name === "nginx") return "/usr/sbin/nginx";
  if (name === "curl") return "/usr/bin/curl";
  return `/bin/${name}`;
}

/**
 * The applet a command name runs, if any: a bare name, or a path into a standard bin directory
 * (`/bin/sleep`, `/usr/bin/wget`). Paths elsewhere are files, not applets.
 */
export function lookupApplet(name: string): Applet | undefined {
  if (!name.includes("/")) return APPLETS.get(name);
  const dir = name.slice(0, name.lastIndexOf("/")) || "/";
  return BIN_DIRS.has(dir) ? APPLETS.get(baseName(name)) : undefined;
}

/** True for sh, /bin/sh, /bin/bash, ... */
export function isShell(name: string): boolean {
  if (!name.includes("/")) return SHELLS.has(name);
  const dir = name.slice(0, name.lastIndexOf("/")) || "/";
  return BIN_DIRS.has(dir) && SHELLS.has(baseName(name));
}
