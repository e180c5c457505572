/**
 * Sizes of a build, for the numbers in docs/hosting.md and reviews of bundle changes:
 * JS chunks in assets/ (count, raw and gzip KB), every file in assets/ (gzip KB), and what the
 * service worker precaches (count, gzip KB), which is what a first visit downloads in the
 * background.
 *
 * Usage: npx tsx scripts/bundle-sizes.ts [outDir=dist]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dir = process.argv[2] ?? "dist";
const gz = (p: string) => gzipSync(readFileSync(p), { level: 9 }).length;
const kb = (n: number) => Math.round(n / 102.4) / 10;

const assets = readdirSync(join(dir, "assets")).filter((f) => !f.endsWith(".map"));
const js = assets.filter((f) => f.endsWith(".js"));
const sw = readFileSync(join(dir, "sw.js"), "utf8");
const files = JSON.parse(/const FILES = (.*);/.exec(sw)?.[1] ?? "[]") as string[];
const sum = (list: string[], f: (p: string) => number) => list.reduce((a, n) => a + f(n), 0);
const size = (p: string) => readFileSync(p).length;

console.log(
  JSON.stringify(
    {
      dir,
      jsChunks: js.length,
      jsRawKB: kb(sum(js, (f) => size(join(dir, "assets", f)))),
      jsGzipKB: kb(sum(js, (f) => gz(join(dir, "assets", f)))),
      assetFiles: assets.length,
      assetsGzipKB: kb(sum(assets, (f) => gz(join(dir, "assets", f)))),
      precacheFiles: files.length,
      precacheGzipKB: kb(sum(files, (f) => gz(join(dir, f)))),
    },
    null,
    2,
  ),
);
