/**
 * Shell patterns (*, ?, [...]) for case, ${x#pat} and pathname expansion. Patterns arrive with
 * quoted characters backslash-escaped by the expander, so `"*"` never matches as a wildcard.
 */
import type { ShellFs } from "./types";
import { resolvePath } from "./paths";

const CLASSES: Record<string, string> = {
  alpha: "A-Za-z",
  digit: "0-9",
  alnum: "A-Za-z0-9",
  upper: "A-Z",
  lower: "a-z",
  space: " \\t\\n\\r\\f\\v",
  blank: " \\t",
  punct: "!-\\/:-@\\[-`{-~",
  xdigit: "0-9A-Fa-f",
  word: "A-Za-z0-9_",
};

const escapeRe = (c: string): string => c.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");

/** True if the pattern has an unescaped wildcard. */
export function hasGlob(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?" || c === "[") return true;
  }
  return false;
}

/** Escapes text so it matches only itself inside a pattern. */
export function escapeGlob(text: string): string {
  return text.replace(/[\\*?[\]]/g, "\\$&");
}

export function unescapeGlob(pattern: string): string {
  return pattern.replace(/\\(.)/gs, "$1");
}

/** Converts a bracket expression starting at `start` ("["); null if it is not closed. */
function bracket(p: string, start: number): { re: string; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (p[i] === "!" || p[i] === "^") {
    negate = true;
    i++;
  }
  let body = "";
  let first = true;
  while (i < p.length) {
    const c = p[i];
    if (c === "]" && !first) return { re: `[${negate ? "^" : ""}${body}]`, end: i };
    first = false;
    if (c === "[" && p[i + 1] === ":") {
      const close = p.indexOf(":]", i + 2);
      if (close > 0) {
        body += CLASSES[p.slice(i + 2, close)] ?? "";
        i = close + 2;
        continue;
      }
    }
    if (c === "\\" && i + 1 < p.length) {
      body += escapeRe(p[i + 1]);
      i += 2;
      continue;
    }
    if (p[i + 1] === "-" && p[i + 2] !== undefined && p[i + 2] !== "]") {
      body += `${escapeRe(c)}-${escapeRe(p[i + 2])}`;
      i += 3;
      continue;
    }
    body += escapeRe(c);
    i++;
  }
  return null;
}

const cache = new Map<string, RegExp>();

export function globRegExp(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re) return re;
  let src = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\" && i + 1 < pattern.length) src += escapeRe(pattern[++i]);
    else if (c === "*") src += "[^]*";
    else if (c === "?") src += "[^]";
    else if (c === "[") {
      const b = bracket(pattern, i);
      if (b) {
        src += b.re;
        i = b.end;
      } else src += "\\[";
    } else src += escapeRe(c);
  }
  re = new RegExp(`^${src}$`);
  if (cache.size > 512) cache.clear();
  cache.set(pattern, re);
  return re;
}

export function globMatch(pattern: string, text: string): boolean {
  if (!hasGlob(pattern)) return unescapeGlob(pattern) === text;
  return globRegExp(pattern).test(text);
}

/** ${v#p} ${v##p} ${v%p} ${v%%p}. */
export function trimPattern(value: string, pattern: string, op: "#" | "##" | "%" | "%%"): string {
  const n = value.length;
  if (op === "#") {
    for (let i = 0; i <= n; i++) if (globMatch(pattern, value.slice(0, i))) return value.slice(i);
  } else if (op === "##") {
    for (let i = n; i >= 0; i--) if (globMatch(pattern, value.slice(0, i))) return value.slice(i);
  } else if (op === "%") {
    for (let i = n; i >= 0; i--) if (globMatch(pattern, value.slice(i))) return value.slice(0, i);
  } else {
    for (let i = 0; i <= n; i++) if (globMatch(pattern, value.slice(i))) return value.slice(0, i);
  }
  return value;
}

/**
 * Pathname expansion of one field, segment by segment. Returns the sorted matches, or an empty
 * list when nothing matches (the caller then keeps the word as written, as POSIX requires).
 */
export function expandPathname(pattern: string, fs: ShellFs, cwd: string): string[] {
  const segments = pattern.split("/");
  let bases = [pattern.startsWith("/") ? "/" : ""];
  const join = (base: string, name: string): string => (base === "" ? name : base.endsWith("/") ? base + name : `${base}/${name}`);
  for (let s = pattern.startsWith("/") ? 1 : 0; s < segments.length; s++) {
    const seg = segments[s];
    if (seg === "") {
      if (s === segments.length - 1) bases = bases.filter((b) => fs.isDir(resolvePath(cwd, b || "."))).map((b) => (b.endsWith("/") ? b : b + "/"));
      continue;
    }
    if (!hasGlob(seg)) {
      bases = bases.map((b) => join(b, unescapeGlob(seg)));
      continue;
    }
    const next: string[] = [];
    for (const b of bases) {
      const dir = resolvePath(cwd, b || ".");
      if (!fs.isDir(dir)) continue;
      for (const name of [...fs.list(dir)].sort()) {
        if (name.startsWith(".") && !seg.startsWith(".")) continue;
        if (globMatch(seg, name)) next.push(join(b, name));
      }
    }
    bases = next;
    if (bases.length === 0) return [];
  }
  return bases.filter((b) => fs.exists(resolvePath(cwd, b))).sort();
}
