/** podplay's own version, for `--version`: package.json's, never a string kept by hand. */
import { readFileSync } from "node:fs";

// The bundle (scripts/build-cli.ts) defines this from package.json at build time, so the bin
// reads no file at start; run from source (tsx, vitest) it is undefined and package.json is read.
declare const __PODPLAY_VERSION__: string | undefined;

export function podplayVersion(): string {
  if (typeof __PODPLAY_VERSION__ === "string") return __PODPLAY_VERSION__;
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
