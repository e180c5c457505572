/**
 * A container's filesystem: its own writable layer plus the pod's volumes mounted at paths.
 * A restarted container gets a fresh layer (files written by the previous instance are gone)
 * while volumes such as emptyDir live as long as the pod.
 */
export class VolumeStore {
  readonly files = new Map<string, string>();
  readonly dirs = new Set<string>(["/"]);
}

export interface Mount {
  mountPath: string;
  volume: VolumeStore;
  subPath?: string;
}

export class ContainerFs {
  private layer = new VolumeStore();
  /** Bumped on every write so steady-state detection sees file changes. */
  version = 0;

  /**
   * `image` are the image's files, `seed` what the kubelet adds (written after them, replacing
   * any of the same path).
   */
  constructor(
    private mounts: Mount[],
    seed: Record<string, string>,
    image?: Record<string, string>,
  ) {
    // Without volumes the image's part of the layer is the same for every container of the
    // image: it is built once and copied.
    const base = mounts.length === 0 && image ? baseLayer(image) : undefined;
    if (base) {
      for (const d of base.dirs) this.layer.dirs.add(d);
      for (const [k, v] of base.files) this.layer.files.set(k, v);
    } else {
      this.seedBase(image);
    }
    for (const [p, c] of Object.entries(seed)) this.write(p, c, false);
    this.version = 0;
  }

  private seedBase(image: Record<string, string> | undefined): void {
    // The directories every Linux image has, so scripts can write to /tmp without mkdir.
    for (const d of ["/tmp", "/var/tmp", "/etc", "/root", "/dev", "/bin", "/usr/bin", "/usr/share", "/var/log", "/run"]) this.mkdir(d);
    for (const [p, c] of Object.entries(image ?? {})) this.write(p, c, false);
  }

  /** The writable layer (for baseLayer). */
  get ownLayer(): VolumeStore {
    return this.layer;
  }

  private route(path: string): { store: VolumeStore; key: string } {
    const norm = normalize(path);
    let best: Mount | undefined;
    for (const m of this.mounts)
      if ((norm === m.mountPath || norm.startsWith(m.mountPath.endsWith("/") ? m.mountPath : m.mountPath + "/")) && (!best || m.mountPath.length > best.mountPath.length))
        best = m;
    if (!best) return { store: this.layer, key: norm };
    const rest = norm.slice(best.mountPath.length).replace(/^\/*/, "");
    return { store: best.volume, key: normalize("/" + (best.subPath ? best.subPath + "/" : "") + rest) };
  }

  read(path: string): string | undefined {
    const { store, key } = this.route(path);
    return store.files.get(key);
  }

  write(path: string, content: string, append: boolean): void {
    const { store, key } = this.route(path);
    store.files.set(key, append ? (store.files.get(key) ?? "") + content : content);
    for (let d = parent(key); d !== "/"; d = parent(d)) store.dirs.add(d);
    this.version++;
  }

  remove(path: string): boolean {
    const { store, key } = this.route(path);
    const had = store.files.delete(key) || store.dirs.delete(key);
    if (had) this.version++;
    return had;
  }

  exists(path: string): boolean {
    const { store, key } = this.route(path);
    return store.files.has(key) || store.dirs.has(key) || this.isMountPoint(path);
  }

  isDir(path: string): boolean {
    const { store, key } = this.route(path);
    return store.dirs.has(key) || this.isMountPoint(path);
  }

  mkdir(path: string): void {
    const { store, key } = this.route(path);
    for (let d = key; d !== "/"; d = parent(d)) store.dirs.add(d);
    this.version++;
  }

  list(dir: string): string[] {
    const { store, key } = this.route(dir);
    const prefix = key === "/" ? "/" : key + "/";
    const names = new Set<string>();
    for (const k of [...store.files.keys(), ...store.dirs])
      if (k.startsWith(prefix) && k !== key) names.add(k.slice(prefix.length).split("/")[0]);
    return [...names].sort();
  }

  private isMountPoint(path: string): boolean {
    const norm = normalize(path);
    return this.mounts.some((m) => m.mountPath === norm);
  }
}

/** An image's files in a fresh layer, by the image's files object (the catalogue's, never changed). */
const baseLayers = new WeakMap<Record<string, string>, VolumeStore>();

function baseLayer(image: Record<string, string>): VolumeStore {
  let layer = baseLayers.get(image);
  if (!layer) {
    const fs = new ContainerFs([], {});
    for (const [p, c] of Object.entries(image)) fs.write(p, c, false);
    layer = fs.ownLayer;
    baseLayers.set(image, layer);
  }
  return layer;
}

/** A path that is already absolute and clean: no empty, "." or ".." segment, no trailing slash. */
const CLEAN_PATH = /^(?:\/(?!\.{1,2}(?:\/|$))[^/]+)+$/;

function normalize(p: string): string {
  if (CLEAN_PATH.test(p)) return p;
  const parts: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return "/" + parts.join("/");
}

function parent(p: string): string {
  const i = p.lastIndexOf("/");
  return i <= 0 ? "/" : p.slice(0, i);
}
