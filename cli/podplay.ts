#!/usr/bin/env node
/**
 * podplay CLI: runs a scenario headless and prints what a learner would see, or the JSON
 * contract of DESIGN.md with --json. Exit status: 0 ran, 1 input rejected, 2 usage error or an
 * input that cannot be read (missing, a directory or device, unreadable, over 8 MiB).
 */
import { KUBERNETES_VERSION } from "../src/engine/api/types";
import type { EventEntry } from "../src/engine/trace/types";
import type { Pod } from "../src/engine/api/types";
import { readInput } from "./readInput";

const USAGE = `usage: podplay run FILE [--until SECONDS] [--json] [--describe POD]

  run FILE          simulate the manifests in FILE (multi-document YAML; '-' reads stdin)
  --until SECONDS   simulated seconds to run (default: the Scenario's spec.duration, else 300)
  --json            print the JSON document the fidelity checker reads
  --describe POD    also print 'kubectl describe pod POD' at the end of the run

Simulates Kubernetes ${KUBERNETES_VERSION}.`;

function usage(msg?: string): never {
  if (msg) process.stderr.write(`podplay: ${msg}\n`);
  process.stderr.write(USAGE + "\n");
  process.exit(2);
}

/** A one-line error that is not a usage error (the input cannot be read): no usage text, exit 2. */
function fail(msg: string): never {
  process.stderr.write(`podplay: ${msg}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<number> {
  if (!argv.length || argv[0] === "-h" || argv[0] === "--help") {
    if (argv.length) {
      process.stdout.write(USAGE + "\n");
      return 0;
    }
    usage();
  }
  const [cmd, ...rest] = argv;
  if (cmd !== "run") usage(`unknown command "${cmd}"`);
  let file: string | undefined;
  let until: number | undefined;
  let json = false;
  const describe: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === "--json") json = true;
    else if (a === "--until") {
      const v = rest[++i];
      if (v === undefined || !/^\d+(\.\d+)?$/.test(v)) usage(`--until needs a number of seconds, got ${JSON.stringify(v ?? "")}`);
      until = Number(v);
      if (until > 7 * 86400) usage(`--until ${v} is longer than podplay's limit of 604800 seconds (7 days)`);
    } else if (a === "--describe") {
      const v = rest[++i];
      if (!v) usage("--describe needs a pod name");
      describe.push(v);
    } else if (a.startsWith("-") && a !== "-") usage(`unknown flag ${a}`);
    else if (file === undefined) file = a;
    else usage(`unexpected argument ${JSON.stringify(a)}`);
  }
  if (file === undefined) usage("run needs a FILE");

  const input = await readInput(file);
  if (!input.ok) fail(input.message);
  const text = input.text;

  // The engine is loaded once there is input to run: a file that cannot be read fails at once.
  const [{ simulate }, { cliJson }, { watchRows }, { watchTranscriptWithTime }, { printEvents }, { describePod }, { stateAt }] = await Promise.all([
    import("../src/engine/simulate"),
    import("../src/engine/output/cliJson"),
    import("../src/engine/output/watch"),
    import("../src/engine/printers/getPods"),
    import("../src/engine/printers/getEvents"),
    import("../src/engine/printers/describePod"),
    import("../src/engine/trace/state"),
  ]);
  const res = simulate(text, { until });
  const rejected = res.errors.length > 0;
  if (json) {
    process.stdout.write(JSON.stringify(cliJson(res)) + "\n");
    return rejected ? 1 : 0;
  }

  const out: string[] = [];
  for (const e of res.errors) out.push(`error: ${file}:${e.line}:${e.column}: ${e.message}`);
  if (res.trace.entries.length) {
    out.push(`# kubectl get pods -w   (simulated Kubernetes ${KUBERNETES_VERSION}; T = simulated time since apply)`);
    out.push(watchTranscriptWithTime(watchRows(res.trace).snapshots, res.trace.epochMs).trimEnd());
    out.push("");
    out.push(`# kubectl get events   (at T=${res.trace.until}s)`);
    const events = res.trace.entries.filter((e): e is EventEntry => e.type === "event").map((e) => e.event);
    out.push(printEvents(events, res.trace.until, { epochMs: res.trace.epochMs } as never).trimEnd());
    for (const name of describe) {
      const state = stateAt(res.trace, res.trace.until);
      const pod = [...state.values()].find((o) => o.kind === "Pod" && o.metadata?.name === name) as Pod | undefined;
      out.push("");
      out.push(`# kubectl describe pod ${name}   (at T=${res.trace.until}s)`);
      out.push(pod ? describePod(pod, events, res.trace.until, res.trace.epochMs).trimEnd() : `Error from server (NotFound): pods "${name}" not found`);
    }
  }
  for (const n of res.trace.notes) out.push(`note: ${n.message}`);
  if (res.truncated) out.push(`warning: ${res.truncated}`);
  process.stdout.write(out.join("\n") + "\n");
  return rejected ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
