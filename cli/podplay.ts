#!/usr/bin/env node
/**
 * podplay CLI: runs a scenario headless and prints what a learner would see, or the JSON
 * contract of DESIGN.md with --json. Exit status: 0 ran, 1 input rejected, 2 usage error.
 */
import { readFileSync, statSync } from "node:fs";
import { simulate } from "../src/engine/simulate";
import { cliJson } from "../src/engine/output/cliJson";
import { watchRows } from "../src/engine/output/watch";
import { watchTranscriptWithTime } from "../src/engine/printers/getPods";
import { printEvents } from "../src/engine/printers/getEvents";
import { describePod } from "../src/engine/printers/describePod";
import { stateAt } from "../src/engine/trace/state";
import { KUBERNETES_VERSION } from "../src/engine/api/types";
import type { EventEntry } from "../src/engine/trace/types";
import type { Pod } from "../src/engine/api/types";

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

function main(argv: string[]): number {
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

  let text: string;
  try {
    if (file === "-") text = readFileSync(0, "utf8");
    else {
      if (statSync(file).isDirectory()) usage(`${file} is a directory; give a YAML file`);
      text = readFileSync(file, "utf8");
    }
  } catch (e) {
    usage(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }

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

process.exitCode = main(process.argv.slice(2));
