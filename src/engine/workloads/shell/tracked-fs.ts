/**
 * The filesystem as the interpreter uses it: the host's ShellFs plus the bookkeeping that
 * steady-state detection needs. Every path the script changes gets a content fingerprint that is
 * updated incrementally (a hash chain over the writes), so comparing two loop heads costs
 * O(paths touched) rather than O(bytes in those files). A file rewritten with the same content
 * each iteration fingerprints the same; a file appended to each iteration never does.
 */
import { checkData } from "./limits";
import type { ShellFs } from "./types";

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv(seed: number, text: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h;
}

/** Two 32-bit FNV-1a lanes with different seeds: collisions are not a practical concern. */
function chain(prev: string, text: string): string {
  const [a, b] = prev.split(":").map(Number);
  return `${fnv(a, text)}:${fnv(b ^ 0x5bd1e995, text)}`;
}

const EMPTY_HASH = `${FNV_OFFSET}:${FNV_OFFSET ^ 0x5bd1e995}`;

export class TrackedFs implements ShellFs {
  /** path → fingerprint of what this script last made of it. */
  private readonly touched = new Map<string, string>();
  private ownBumps = 0;

  constructor(
    private readonly inner: ShellFs,
    private readonly version?: () => number,
  ) {}

  private mutate<T>(path: string, state: (prev: string) => string, change: () => T): T {
    const before = this.version?.();
    const result = change();
    if (before !== undefined) this.ownBumps += this.version!() - before;
    const prev = this.touched.get(path);
    this.touched.set(path, state(prev === undefined || !prev.includes(":") ? EMPTY_HASH : prev));
    return result;
  }

  read(path: string): string | undefined {
    return this.inner.read(path);
  }
  exists(path: string): boolean {
    return this.inner.exists(path);
  }
  isDir(path: string): boolean {
    return this.inner.isDir(path);
  }
  list(dir: string): string[] {
    return this.inner.list(dir);
  }
  write(path: string, content: string, append: boolean): void {
    checkData((append ? (this.inner.read(path)?.length ?? 0) : 0) + content.length, `file ${path}`);
    this.mutate(path, (prev) => chain(append ? prev : EMPTY_HASH, content), () => this.inner.write(path, content, append));
  }
  remove(path: string): boolean {
    return this.mutate(path, () => "gone", () => this.inner.remove(path));
  }
  mkdir(path: string): void {
    this.mutate(path, () => "dir", () => this.inner.mkdir(path));
  }

  /** Filesystem changes made by anyone but this script (0 when the host keeps no version). */
  externalVersion(): number {
    return this.version ? this.version() - this.ownBumps : 0;
  }

  fingerprint(): string {
    let s = "";
    for (const [path, state] of this.touched) s += `${path}=${state};`;
    return s;
  }
}
