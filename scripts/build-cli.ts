/**
 * Builds the `podplay` bin: cli/podplay.ts and the engine bundled into one ES module,
 * dist-cli/podplay.mjs, that Node runs with no TypeScript compile at start (tsx costs about
 * 0.6 s a process; the bundle starts in about 0.1 s). The version comes from package.json here,
 * at build time, so the bin reads no file to answer --version.
 *
 * The bundle is written beside its final name and renamed, so a process started meanwhile (a test
 * file building it in parallel, the fidelity checker) never runs a half-written file.
 *
 * Usage: npm run build:cli   (npm test, npm ci's prepare and the CLI tests run it)
 */
import { build } from "esbuild";
import { chmodSync, readFileSync, renameSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Where the bin is built, from the project root. */
export const CLI_BUNDLE = "dist-cli/podplay.mjs";

/** Builds the bundle and returns its absolute path and size in bytes. */
export async function buildCli(): Promise<{ file: string; bytes: number }> {
  const { version } = JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { version: string };
  const file = `${root}${CLI_BUNDLE}`;
  const tmp = `${file}.${process.pid}.tmp`;
  await build({
    absWorkingDir: root,
    entryPoints: ["cli/podplay.ts"],
    outfile: tmp,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // cli/podplay.ts starts with its own `#!/usr/bin/env node`, which esbuild keeps as the first line.
    define: { __PODPLAY_VERSION__: JSON.stringify(version) },
    legalComments: "none",
    // Not minified: measured, it saves about 3 ms of a 75 ms start (Node itself is some 60 ms) and
    // would cost readable stack traces in a bug report.
    logLevel: "warning",
  });
  chmodSync(tmp, 0o755);
  renameSync(tmp, file);
  return { file, bytes: statSync(file).size };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { file, bytes } = await buildCli();
  process.stdout.write(`${file.slice(root.length)}  ${(bytes / 1024).toFixed(0)} KB\n`);
}
