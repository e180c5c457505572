/**
 * The project's own fidelity corpus (fidelity/cases): the same case format as the shared corpus
 * (../shared/fidelity/README.md), run in-process through the CLI's JSON so it is fast, plus two
 * check kinds the shared checker lacks: `deleted` (a pod's deletion row within a window) and
 * `noErrors` (the input was accepted).
 * Usage: tsx scripts/fidelity.ts [-v] [CASE_DIR ...]
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { simulate } from "../src/engine/simulate";
import { cliJson } from "../src/engine/output/cliJson";
import { check } from "../src/engine/output/fidelityCheck";

export { check };

const findCases = (d: string): string[] =>
  existsSync(join(d, "expect.json"))
    ? [d]
    : readdirSync(d)
        .map((n) => join(d, n))
        .filter((p) => statSync(p).isDirectory())
        .sort()
        .flatMap(findCases);

export function runCase(dir: string): { checks: number; problems: string[]; title: string } {
  const spec = JSON.parse(readFileSync(join(dir, "expect.json"), "utf8"));
  const text = readFileSync(resolve(dir, spec.manifest ?? "manifest.yaml"), "utf8");
  const res = cliJson(simulate(text, { until: spec.until }));
  const problems: string[] = [];
  for (const c of spec.checks) {
    let why: string | null;
    try {
      why = check(c, res);
    } catch (e) {
      why = `checker error: ${(e as Error).message}`;
    }
    if (why) problems.push(why);
  }
  return { checks: spec.checks.length, problems, title: spec.title ?? "" };
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes("-v");
  const dirs = args.filter((a) => a !== "-v");
  const cases = (dirs.length ? dirs : [resolve("fidelity/cases")]).flatMap(findCases);
  let passed = 0;
  let failed = 0;
  for (const dir of cases) {
    const r = runCase(dir);
    failed += r.problems.length;
    passed += r.checks - r.problems.length;
    if (r.problems.length) {
      console.log(`FAIL ${basename(dir)} (${r.title})`);
      for (const p of r.problems) console.log(`  - ${p}`);
    } else if (verbose) console.log(`ok   ${basename(dir)}`);
  }
  console.log(`fidelity: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname ?? "", "fidelity.ts")) main();
