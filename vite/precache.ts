import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { Plugin, ResolvedConfig } from "vite";
import { precacheFiles, serviceWorkerSource } from "../src/app/offline/serviceWorkerSource.js";

/** Every file under `dir`, as paths relative to it with forward slashes. */
function walk(dir: string, root = dir): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p, root) : [relative(root, p).split("\\").join("/")];
  });
}

/**
 * Writes `sw.js` into the build output: a service worker that precaches every file this build
 * emitted (the entry, every lazy chunk including Monaco's editor and language chunks, the engine,
 * editor and YAML workers, CSS, fonts, index.html) plus the public folder, so after one visit the
 * whole app works offline. Hand-written rather than vite-plugin-pwa: it is ~60 lines, adds no
 * dependency, and precaching everything needs none of workbox's runtime strategies.
 *
 * The list comes from the bundle handed to `writeBundle` (worker chunks are assets of the main
 * build by then), not from a directory walk, so stale files in a reused output folder never get
 * listed. The cache name is a hash of the file names and contents, so any change gives a new
 * cache and a byte-different sw.js, which is what makes browsers install the new version.
 */
export function precache(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "podplay:precache",
    apply: "build",
    enforce: "post",
    configResolved(c) {
      config = c;
    },
    writeBundle(options, bundle) {
      const outDir = options.dir ?? resolve(config.root, config.build.outDir);
      const contents = new Map<string, string | Uint8Array>();
      for (const item of Object.values(bundle)) contents.set(item.fileName, item.type === "chunk" ? item.code : item.source);
      const publicDir = config.build.copyPublicDir && config.publicDir ? config.publicDir : undefined;
      const publicFiles = publicDir ? walk(publicDir) : [];
      const files = precacheFiles([...contents.keys(), ...publicFiles]);
      const hash = createHash("sha256");
      for (const f of files) {
        hash.update(f).update("\0");
        const body = contents.get(f) ?? (publicDir ? readFileSync(join(publicDir, f)) : "");
        hash.update(body).update("\0");
      }
      const digest = hash.digest("hex").slice(0, 16);
      writeFileSync(join(outDir, "sw.js"), serviceWorkerSource({ hash: digest, files }));
      config.logger.info(`podplay:precache: sw.js lists ${files.length} files (cache ${digest})`);
    },
  };
}
