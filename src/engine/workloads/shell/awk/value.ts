/**
 * awk values as busybox 1.36 keeps them (editors/awk.c `var`): a string and a number with flags
 * saying which is primary, whether the string came from input (a "strnum" that compares as a
 * number when it looks like one), and whether it was ever set. Arrays are busybox's hash, so
 * `for (k in a)` walks the keys in busybox's order.
 */
import { formatFloat, formatInteger, formatString } from "../cformat";
import type { Spec } from "../cformat";

export const VF_NUMBER = 0x0001;
export const VF_ARRAY = 0x0002;
export const VF_CACHED = 0x0100;
export const VF_USER = 0x0200;
export const VF_SPECIAL = 0x0400;
export const VF_CHILD = 0x2000;
export const VF_DIRTY = 0x4000;
/** Flags an assignment leaves alone. */
export const VF_DONTTOUCH = VF_ARRAY | VF_SPECIAL | VF_CHILD | VF_DIRTY;

/** Which built-in variable a cell is, when setting it has side effects (handle_special). */
export type Special = "NF" | "F0" | "FS" | "RS" | "IGNORECASE" | { field: number };

export class Cell {
  type = 0;
  /** null is the empty string. */
  str: string | null = null;
  num = 0;
  arr: AwkHash | null = null;
  /** A function parameter's argument: arrays are shared through it. */
  parent: Cell | null = null;
  special: Special | null = null;
}

const PRIMES = [251, 1021, 4093, 16381, 65521];

/** hashidx() over the UTF-8 bytes, which are signed chars on the machines busybox runs on. */
function hashIdx(name: string): number {
  let idx = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 0x80) return hashBytes(name);
    idx = (c + (idx << 6) - idx) >>> 0;
  }
  return idx;
}

function hashBytes(name: string): number {
  let idx = 0;
  const add = (b: number): void => {
    idx = ((b >= 0x80 ? b - 256 : b) + (idx << 6) - idx) >>> 0;
  };
  for (const ch of name) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) add(cp);
    else if (cp < 0x800) [0xc0 | (cp >> 6), 0x80 | (cp & 63)].forEach(add);
    else if (cp < 0x10000) [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)].forEach(add);
    else [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)].forEach(add);
  }
  return idx;
}

/** busybox's xhash: chained buckets that grow through PRIMES; iteration is bucket by bucket, newest first in each. */
export class AwkHash {
  private csize = 61;
  private nprime = 0;
  nel = 0;
  private buckets: string[][] = Array.from({ length: 61 }, () => []);
  private readonly items = new Map<string, Cell>();

  get(name: string): Cell | undefined {
    return this.items.get(name);
  }

  has(name: string): boolean {
    return this.items.has(name);
  }

  /** hash_find(): the element, created empty when missing. */
  find(name: string): Cell {
    const found = this.items.get(name);
    if (found) return found;
    if (++this.nel > this.csize * 8) this.rebuild();
    const cell = new Cell();
    this.items.set(name, cell);
    this.buckets[hashIdx(name) % this.csize].unshift(name);
    return cell;
  }

  remove(name: string): void {
    if (!this.items.delete(name)) return;
    const b = this.buckets[hashIdx(name) % this.csize];
    b.splice(b.indexOf(name), 1);
    this.nel--;
  }

  clear(): void {
    for (const b of this.buckets) b.length = 0;
    this.items.clear();
    this.nel = 0;
  }

  keys(): string[] {
    const out: string[] = [];
    for (const b of this.buckets) for (const k of b) out.push(k);
    return out;
  }

  private rebuild(): void {
    if (this.nprime === PRIMES.length) return;
    const size = PRIMES[this.nprime++];
    const next: string[][] = Array.from({ length: size }, () => []);
    for (const b of this.buckets) for (const k of b) next[hashIdx(k) % size].unshift(k);
    this.buckets = next;
    this.csize = size;
  }
}

const INT_MIN = -2147483648;

/** (int)d as x86 converts a double: truncation, and INT_MIN for NaN and values out of range. */
export function cInt(d: number): number {
  if (!(d >= -2147483648 && d < 2147483648)) return INT_MIN;
  return Math.trunc(d);
}

/** A format segment: literal text with one conversion, as busybox hands it to sprintf. */
const SEGMENT = /%([^a-zA-Z%]*)([a-zA-Z])/;

export function parseSpec(body: string, conv: string): Spec {
  const m = /^([-+ #0']*)(\d*)(?:\.(\d*))?/.exec(body)!;
  return {
    flags: m[1],
    width: m[2] ? Number(m[2]) : null,
    precision: m[3] !== undefined ? Number(m[3] || "0") : null,
    conv,
  };
}

/** sprintf(format, value) for a format with one numeric conversion (fmt_num's CONVFMT/OFMT). */
export function formatNumberWith(format: string, conv: string, n: number): string {
  const m = SEGMENT.exec(format);
  if (!m) return format.replace(/%%/g, "%");
  const head = format.slice(0, m.index).replace(/%%/g, "%");
  const tail = format.slice(m.index + m[0].length).replace(/%%/g, "%");
  const spec = parseSpec(m[1], conv);
  let body: string;
  if ("diouxX".includes(conv)) body = formatInteger(spec, intArg(conv, cInt(n)));
  else body = formatFloat(spec, n);
  return head + body + tail;
}

/** A C int passed to %d/%i (signed) or %o/%u/%x/%X (unsigned). */
export function intArg(conv: string, v: number): bigint {
  if (conv === "d" || conv === "i") return BigInt(v);
  return BigInt(v >>> 0);
}

export { formatString };

/** True when `d` converts to long long and back unchanged: busybox then prints it as an integer. */
export function isIntegral(d: number): boolean {
  return Number.isInteger(d) && d >= -9223372036854775808 && d < 9223372036854775808;
}

export function integerString(d: number): string {
  return Math.abs(d) < 1e21 ? String(d === 0 ? 0 : d) : BigInt(d).toString();
}
