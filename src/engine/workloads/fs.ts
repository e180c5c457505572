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
  /** The container's own writable layer, made when first used (see pending). */
  private layer_: VolumeStore | undefined;
  /** Bumped on every write so steady-state detection sees file changes. */
  version = 0;
  /**
   * What the constructor would have put in the container's own layer, not done yet: the layer is
   * filled when first used (many containers never touch it). A base layer to copy, then mkdirs
   * (no content) and writes, in order.
   */
  private pending?: { base?: VolumeStore; ops: Array<string | undefined> };

  /**
   * `image` are the image's files, `seed` what the kubelet adds (written after them, replacing
   * any of the same path).
   */
  constructor(
    private mounts: Mount[],
    seed: Record<string, string>,
    image?: Record<string, string>,
  ) {
    // When no volume covers the image's paths (no volumes at all, or only ones elsewhere such as
    // the service account token's) the image's part of the layer is the same for every container
    // of the image: it is built once and copied.
    const base = image && (mounts.length === 0 || !mounts.some((m) => coversImage(m.mountPath, image))) ? baseLayer(image) : undefined;
    const pending: NonNullable<ContainerFs["pending"]> = { base, ops: [] };
    // What lands in a volume is written now (the volume is the pod's: other containers see it);
    // what lands in the own layer waits. The two never touch the same store, so each ends up as
    // if everything had been done now, in this order.
    // ops: path, content (undefined for a mkdir), path, content…, flat (no pair per op: every container keeps its seed files' ops).
    const mkdir = (d: string) => (this.mounts.length && this.routeMount(d) ? this.mkdir(d) : pending.ops.push(d, undefined));
    // The path is normalized and its mount found once (write would do both again).
    const write = (p: string, c: string) => {
      const norm = this.mounts.length ? normalize(p) : p;
      const m = this.mounts.length ? this.mountOf(norm) : undefined;
      if (m) this.writeTo(m, norm, c);
      else pending.ops.push(p, c);
    };
    if (!base) {
      // The directories every Linux image has, so scripts can write to /tmp without mkdir.
      for (const d of BASE_DIRS) mkdir(d);
      // A volume mounted over an image's directory hides the image's files there (a bind mount:
      // no copy-up, unlike a Docker named volume), so they are not written into the volume.
      for (const [p, c] of Object.entries(image ?? {})) if (!this.routeMount(p)) write(p, c);
    }
    // for-in: the same keys in the same order as Object.entries, without a pair per file.
    for (const p in seed) write(p, seed[p]);
    this.pending = pending;
    this.version = 0;
  }

  private get layer(): VolumeStore {
    return (this.layer_ ??= new VolumeStore());
  }

  /** Does now what the constructor left for the own layer; the version is not changed by it. */
  private fill(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    const version = this.version;
    if (p.base) {
      for (const d of p.base.dirs) this.layer.dirs.add(d);
      for (const [k, v] of p.base.files) this.layer.files.set(k, v);
    }
    const ops = p.ops;
    for (let i = 0; i < ops.length; i += 2) {
      const path = ops[i] as string;
      const content = ops[i + 1];
      if (content === undefined) this.mkdir(path);
      else this.write(path, content, false);
    }
    this.version = version;
  }

  /** The writable layer (for baseLayer). */
  get ownLayer(): VolumeStore {
    this.fill();
    return this.layer;
  }

  /** The mount `path` lands in, if any (see mountOf). */
  private routeMount(path: string): Mount | undefined {
    return this.mountOf(normalize(path));
  }

  /** The mount `norm` (a normalized path) lands in, if any: the longest mount path that is it or a parent. */
  private mountOf(norm: string): Mount | undefined {
    let best: Mount | undefined;
    for (const m of this.mounts) if ((norm === m.mountPath || isUnder(norm, m.mountPath)) && (!best || m.mountPath.length > best.mountPath.length)) best = m;
    return best;
  }

  private route(path: string): { store: VolumeStore; key: string } {
    const norm = normalize(path);
    const best = this.mountOf(norm);
    if (!best) {
      this.fill();
      return { store: this.layer, key: norm };
    }
    return { store: best.volume, key: volumeKey(norm, best) };
  }

  /** write() of a normalized path whose mount is known. */
  private writeTo(m: Mount, norm: string, content: string): void {
    const store = m.volume;
    const key = volumeKey(norm, m);
    store.files.set(key, content);
    for (let d = parent(key); d !== "/"; d = parent(d)) store.dirs.add(d);
    this.version++;
  }

  read(path: string): string | undefined {
    // A read of the own layer before anything was written to it (a web server serving the image's
    // files) looks at what fill would copy, without copying it.
    const p = this.pending;
    if (p && !(this.mounts.length && this.routeMount(path))) {
      const key = normalize(path);
      for (let i = p.ops.length - 2; i >= 0; i -= 2) if (p.ops[i] === key) return p.ops[i + 1];
      return p.base?.files.get(key);
    }
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

const BASE_DIRS = ["/tmp", "/var/tmp", "/etc", "/root", "/dev", "/bin", "/usr/bin", "/usr/share", "/var/log", "/run"];

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

/**
 * Whether a volume mounted at `mountPath` would take any of what a fresh layer of `image` holds
 * (the base directories, the image's files): then the constructor routes those paths one by one.
 * Kept per image files object and mount path.
 */
function coversImage(mountPath: string, image: Record<string, string>): boolean {
  let byMount = coverage.get(image);
  if (!byMount) coverage.set(image, (byMount = new Map()));
  let hit = byMount.get(mountPath);
  if (hit === undefined) {
    const under = mountPath.endsWith("/") ? mountPath : mountPath + "/";
    const covered = (p: string) => {
      const norm = normalize(p);
      return norm === mountPath || norm.startsWith(under);
    };
    hit = BASE_DIRS.some(covered) || Object.keys(image).some(covered);
    if (byMount.size < 1000) byMount.set(mountPath, hit);
  }
  return hit;
}

const coverage = new WeakMap<Record<string, string>, Map<string, boolean>>();

/** A path that is already absolute and clean: no empty, "." or ".." segment, no trailing slash. */
const CLEAN_PATH = /^(?:\/(?!\.{1,2}(?:\/|$))[^/]+)+$/;

/**
 * `norm` under mount path `mp`: norm.startsWith(mp ending with "/"), without making that string
 * (every container's seed files are routed through every mount).
 */
function isUnder(norm: string, mp: string): boolean {
  return norm.startsWith(mp) && (mp.charCodeAt(mp.length - 1) === 47 || norm.charCodeAt(mp.length) === 47);
}

/**
 * Where a normalized path under a mount lands in its volume: the rest of the path after the mount
 * path, below the mount's subPath. Kept per mount path for mounts without a subPath: every
 * container of a pod template writes the same seed files through the same mounts.
 */
function volumeKey(norm: string, m: Mount): string {
  const cached = m.subPath ? undefined : volumeKeys.get(m.mountPath);
  const hit = cached?.get(norm);
  if (hit !== undefined) return hit;
  let i = m.mountPath.length;
  while (norm.charCodeAt(i) === 47) i++;
  const key = normalize("/" + (m.subPath ? m.subPath + "/" : "") + norm.slice(i));
  if (!m.subPath) {
    if (cached) {
      if (cached.size < 1000) cached.set(norm, key);
    } else if (volumeKeys.size < 1000) volumeKeys.set(m.mountPath, new Map([[norm, key]]));
  }
  return key;
}

const volumeKeys = new Map<string, Map<string, string>>();

function normalize(p: string): string {
  // Most paths are the same few (every container's seed files): each is looked at once.
  let out = normalizedPaths.get(p);
  if (out === undefined) {
    out = normalizeNew(p);
    if (normalizedPaths.size >= 1000) normalizedPaths.clear();
    normalizedPaths.set(p, out);
  }
  return out;
}

const normalizedPaths = new Map<string, string>();

function normalizeNew(p: string): string {
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
