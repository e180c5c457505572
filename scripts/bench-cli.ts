/**
 * The podplay bin's start-up, as whole processes (issue #14 item 1): wall time from spawn to exit,
 * median of 5 after one unmeasured warm-up, one JSON line each with its budget:
 *
 *   {"name":"cli-version","ms":62,"budgetMs":150,"cpuMs":58,"load1":0.4,"runs":[…]}
 *   {"name":"cli-run","case":"01-liveness-exec","ms":131,"budgetMs":300,"cpuMs":140,"load1":0.4,"runs":[…]}
 *
 * `ms` is what the budget is about. On a shared machine it also counts waiting for a core, so
 * each line adds `cpuMs`, the process's own CPU time (user + system, median of 5 more runs that
 * report it at exit through a one-line --import hook), and `load1`, the load average when the
 * line was measured: a wall time over budget with cpuMs under it is the machine, not podplay.
 *
 * cli-run is `podplay run CASE/manifest.yaml` of the first docs case (the learner's terminal
 * text, the default horizon); cli-run-json is the same case as the fidelity checker runs it
 * (--until from expect.json, --json). The bundle is built from the source first.
 *
 * Usage: npm run --silent bench:cli [-- --runs N]
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCli } from "./build-cli";

export interface CliBenchLine {
  name: string;
  case?: string;
  ms: number;
  budgetMs: number;
  cpuMs: number;
  load1: number;
  runs: number[];
  bundleKB?: number;
}

const root = fileURLToPath(new URL("..", import.meta.url));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number): number => Math.round(x * 10) / 10;

/** The first pod case of the docs corpus: the shared one when it is there, else the project's copy. */
function firstCase(): string {
  const shared = resolve(root, "../shared/fidelity/cases/pod");
  const dir = existsSync(shared) ? shared : join(root, "fidelity/cases/pod");
  const name = readdirSync(dir).filter((n) => existsSync(join(dir, n, "expect.json"))).sort()[0];
  return join(dir, name);
}

/** Prints the process's CPU time (ms) on stderr's last line as it exits. */
const CPU_HOOK = `data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("\\ncpuMs="+(u.user+u.system)/1000)})`;

/** Milliseconds of wall time (or, with `cpu`, of the process's own CPU time) for `runs` processes of the bin. */
function time(bin: string, args: string[], runs: number, cpu = false): number[] {
  const once = (): number => {
    const start = performance.now();
    const r = spawnSync(process.execPath, [...(cpu ? ["--import", CPU_HOOK] : []), bin, ...args], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    const ms = performance.now() - start;
    // Exit 1 is a rejected case, which still ran; anything else is not a start-up to measure.
    if (r.status !== 0 && r.status !== 1) throw new Error(`podplay ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    return cpu ? Number(/cpuMs=([\d.]+)$/.exec(r.stderr)?.[1]) : ms;
  };
  once(); // warm-up: the file system cache, not podplay, is what a first run would measure
  return Array.from({ length: runs }, once);
}

export async function benchCli(opts: { runs?: number } = {}): Promise<CliBenchLine[]> {
  const runs = opts.runs ?? 5;
  const { file: bin, bytes } = await buildCli();
  const dir = firstCase();
  const caseName = dir.split("/").pop()!;
  const until = (JSON.parse(readFileSync(join(dir, "expect.json"), "utf8")) as { until?: number }).until;
  const line = (name: string, budgetMs: number, args: string[], extra: Partial<CliBenchLine> = {}): CliBenchLine => {
    const wall = time(bin, args, runs);
    return { name, ...extra, ms: round(median(wall)), budgetMs, cpuMs: round(median(time(bin, args, runs, true))), load1: round(loadavg()[0]), runs: wall.map(round) };
  };
  return [
    line("cli-version", 150, ["--version"], { bundleKB: Math.round(bytes / 1024) }),
    line("cli-run", 300, ["run", join(dir, "manifest.yaml")], { case: caseName }),
    line("cli-run-json", 300, ["run", join(dir, "manifest.yaml"), ...(until ? ["--until", String(until)] : []), "--json"], { case: caseName }),
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const runs = args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) || 5 : 5;
  for (const l of await benchCli({ runs })) process.stdout.write(JSON.stringify(l) + "\n");
}
