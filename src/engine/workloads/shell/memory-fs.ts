/**
 * An in-memory ShellFs with a change counter: enough for a container whose files are few and
 * small. Directories exist explicitly (mkdir, or as parents of files written) so that
 * `echo x > /missing/dir/f` fails as it would in a real image.
 */
import type { ShellFs } from "./types";
import { parentDir } from "./paths";

/** Directories a typical busybox/nginx-style image has. */
export const IMAGE_DIRS = [
  "/bin",
  "/dev",
  "/etc",
  "/home",
  "/proc",
  "/root",
  "/run",
  "/sbin",
  "/sys",
  "/tmp",
  "/usr",
  "/usr/bin",
  "/usr/local",
  "/usr/local/bin",
  "/usr/sbin",
  "/usr/share",
  "/var",
  "/var/log",
  "/var/run",
];

export class MemoryFs implements ShellFs {
  private readonly files = new Map<string, string>();
  private readonly dirs = new Set<string>(["/"]);
  private changes = 0;

  constructor(init: { files?: Record<string, string>; dirs?: string[] } = {}) {
    for (const d of init.dirs ?? IMAGE_DIRS) this.addDir(d);
    for (const [path, content] of Object.entries(init.files ?? {})) {
      this.addDir(parentDir(path));
      this.files.set(path, content);
    }
  }

  private addDir(path: string): void {
    for (let p = path; !this.dirs.has(p); p = parentDir(p)) this.dirs.add(p);
  }

  /** Bumped on every change; suitable for ShellHost.fsVersion. */
  version(): number {
    return this.changes;
  }

  read(path: string): string | undefined {
    return this.files.get(path);
  }

  write(path: string, content: string, append: boolean): void {
    if (this.dirs.has(path)) return;
    this.addDir(parentDir(path));
    const old = this.files.get(path);
    this.files.set(path, append && old !== undefined ? old + content : content);
    this.changes++;
  }

  remove(path: string): boolean {
    if (this.files.delete(path)) {
      this.changes++;
      return true;
    }
    if (path === "/" || !this.dirs.has(path) || this.list(path).length > 0) return false;
    this.dirs.delete(path);
    this.changes++;
    return true;
  }

  exists(path: string): boolean {
    return this.files.has(path) || this.dirs.has(path);
  }

  isDir(path: string): boolean {
    return this.dirs.has(path);
  }

  mkdir(path: string): void {
    if (this.dirs.has(path) || this.files.has(path)) return;
    this.addDir(path);
    this.changes++;
  }

  list(dir: string): string[] {
    const prefix = dir === "/" ? "/" : `${dir}/`;
    const names: string[] = [];
    for (const p of [...this.files.keys(), ...this.dirs]) {
      if (p !== dir && p.startsWith(prefix) && !p.slice(prefix.length).includes("/")) names.push(p.slice(prefix.length));
    }
    return names;
  }
}
