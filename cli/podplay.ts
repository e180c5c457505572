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

const USAGE = `usage: podplay run FILE [--until SECONDS] [--json] [--describe POD] [--logs POD[/CONTAINER] [--previous] [--timestamps] [--tail N]]
       podplay check CHALLENGE [ANSWER] [--json]

  run FILE          simulate the manifests in FILE (multi-document YAML; '-' reads stdin)
  --until SECONDS   simulated seconds to run (default: the Scenario's spec.duration, else 300)
  --json            print the JSON document the fidelity checker reads
  --describe POD    also print 'kubectl describe pod POD' at the end of the run
  --logs POD[/C]    also print 'kubectl logs POD [-c C]' at the end of the run, with
                    --previous, --timestamps and --tail N as kubectl takes them

  check CHALLENGE   grade a file with a Challenge document: exit 0 when every goal holds,
                    1 when one does not or the input is rejected
  check CHALLENGE ANSWER
                    the goals, Scenario and fixed parts from CHALLENGE, the manifests from
                    ANSWER (a changed fixed part is an error, never a passed goal)
  --json            print the run's JSON with its graded goals

  -h, --help, help  this text; --version: podplay's version. Flags take a value as
                    '--until 60' or '--until=60'.

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

/** The package's version (package.json), for --version. */
const VERSION = "0.1.0";

async function main(raw: string[]): Promise<number> {
  // `--until=60` is `--until 60`, as getopt_long and kubectl take it.
  const argv = raw.flatMap((a) => (/^--[a-z]+=/.test(a) ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a]));
  if (!argv.length) usage();
  // Help and the version answer wherever they are asked for.
  if (argv.includes("-h") || argv.includes("--help") || argv[0] === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (argv.includes("--version")) {
    process.stdout.write(`podplay ${VERSION} (simulates Kubernetes ${KUBERNETES_VERSION})\n`);
    return 0;
  }
  const [cmd, ...rest] = argv;
  if (cmd === "check") return check(rest);
  if (cmd !== "run") usage(`unknown command "${cmd}"`);
  let file: string | undefined;
  let until: number | undefined;
  let json = false;
  const describe: string[] = [];
  const logs: Array<{ pod: string; container?: string }> = [];
  const logFlags: { previous?: boolean; timestamps?: boolean; tail?: number } = {};
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
    } else if (a === "--logs") {
      const v = rest[++i];
      if (!v || v.startsWith("-")) usage("--logs needs a pod name (POD or POD/CONTAINER)");
      const [pod, container, extra] = v.split("/");
      if (!pod || container === "" || extra !== undefined) usage(`--logs takes POD or POD/CONTAINER, got ${JSON.stringify(v)}`);
      logs.push({ pod, container });
    } else if (a === "--previous" || a === "-p") logFlags.previous = true;
    else if (a === "--timestamps") logFlags.timestamps = true;
    else if (a === "--tail") {
      const v = rest[++i];
      if (v === undefined || !/^-?\d+$/.test(v)) usage(`--tail needs a whole number of lines, got ${JSON.stringify(v ?? "")}`);
      logFlags.tail = Number(v);
    } else if (a.startsWith("-") && a !== "-") usage(`unknown flag ${a}`);
    else if (file === undefined) file = a;
    else usage(`unexpected argument ${JSON.stringify(a)}`);
  }
  if (file === undefined) usage("run needs a FILE");
  if ((logFlags.previous || logFlags.timestamps || logFlags.tail !== undefined) && !logs.length) usage("--previous, --timestamps and --tail go with --logs POD");
  if (json && logs.length) usage("--logs prints kubectl's text; with --json every line is already in the JSON's logs list");

  const input = await readInput(file);
  if (!input.ok) fail(input.message);
  const text = input.text;

  // The engine is loaded once there is input to run: a file that cannot be read fails at once.
  const [{ simulate }, { cliJson }, { watchRows }, { watchTranscriptWithTime }, { printEvents }, { describePod }, { stateAt }, { kubectlLogs }] = await Promise.all([
    import("../src/engine/simulate"),
    import("../src/engine/output/cliJson"),
    import("../src/engine/output/watch"),
    import("../src/engine/printers/getPods"),
    import("../src/engine/printers/getEvents"),
    import("../src/engine/printers/describePod"),
    import("../src/engine/trace/state"),
    import("../src/engine/printers/logs"),
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
    for (const want of logs) {
      const state = stateAt(res.trace, res.trace.until);
      const pod = [...state.values()].find((o) => o.kind === "Pod" && o.metadata?.name === want.pod) as Pod | undefined;
      const lines = (res.trace.logs ?? []).filter((l) => l.pod === want.pod && (!pod || l.namespace === pod.metadata?.namespace));
      const r = kubectlLogs(pod, lines, res.trace.until, res.trace.epochMs, { ...logFlags, ...want });
      const flags = `${want.container ? ` -c ${want.container}` : ""}${logFlags.previous ? " --previous" : ""}${logFlags.timestamps ? " --timestamps" : ""}${logFlags.tail !== undefined ? ` --tail ${logFlags.tail}` : ""}`;
      out.push("");
      out.push(`# kubectl logs ${want.pod}${flags}   (at T=${res.trace.until}s)`);
      // kubectl's notices and errors go to its stderr; here they stay in order with the output.
      const text = (r.err + r.out).replace(/\n$/, "");
      if (text) out.push(text);
    }
  }
  for (const n of res.trace.notes) out.push(`note: ${n.message}`);
  if (res.truncated) out.push(`warning: ${res.truncated}`);
  process.stdout.write(out.join("\n") + "\n");
  return rejected ? 1 : 0;
}

/** `podplay check CHALLENGE [ANSWER] [--json]`: grades the goals of a Challenge (DESIGN.md, challenges). */
async function check(args: string[]): Promise<number> {
  const json = args.includes("--json");
  const files = args.filter((a) => a !== "--json");
  for (const a of files) if (a.startsWith("-") && a !== "-") usage(`unknown flag ${a}`);
  if (!files.length) usage("check needs a CHALLENGE file");
  if (files.length > 2) usage(`check takes a CHALLENGE and at most one ANSWER, got ${files.length} files`);
  if (files.filter((f) => f === "-").length > 1) usage("only one of CHALLENGE and ANSWER can be '-' (stdin)");
  const inputs = [];
  for (const f of files) {
    const input = await readInput(f);
    if (!input.ok) fail(input.message);
    inputs.push(input.text);
  }
  const [{ simulate }, { cliJson }, { combineAnswer }, { parseYamlDocuments }] = await Promise.all([
    import("../src/engine/simulate"),
    import("../src/engine/output/cliJson"),
    import("../src/engine/challenge/fixed"),
    import("../src/engine/input/yamlDocuments"),
  ]);
  const hasChallenge = (docs: Array<{ value: unknown }>) => docs.some((d) => (d.value as { kind?: unknown } | null)?.kind === "Challenge");
  const combined = inputs.length === 2 ? combineAnswer(inputs[0], inputs[1]) : { text: inputs[0], errors: [] };
  const res = simulate(combined.text);
  if (!res.challenge && !hasChallenge(parseYamlDocuments(inputs[0]).docs) && !/^kind:\s*Challenge\s*$/m.test(inputs[0])) fail(`${files[0]} has no Challenge document (apiVersion: podplay.dev/v1alpha1, kind: Challenge) to grade`);
  const fixedChanged = combined.errors.length ? combined.errors[0].message : undefined;
  const rejected = res.errors.length > 0;
  const { challengeOfText } = await import("../src/engine/challenge/challenge");
  const known = res.challenge ?? challengeOfText(inputs[0], parseYamlDocuments);
  const out = cliJson(res, { notGraded: fixedChanged ? `not graded: ${fixedChanged}` : undefined, challenge: known });
  const doc = { ...out, errors: [...combined.errors.map(({ message, path, line, column, document }) => ({ message, path, line, column, document })), ...out.errors] };
  const goals = "goals" in doc ? doc.goals : [];
  const passed = !doc.errors.length && goals.length > 0 && goals.every((g) => g.passed);
  if (json) {
    process.stdout.write(JSON.stringify({ ...doc, passed }) + "\n");
    return passed ? 0 : 1;
  }
  const lines: string[] = [];
  const answerName = files[files.length - 1];
  for (const e of combined.errors) lines.push(`error: ${answerName}:${e.line}:${e.column}: ${e.message}`);
  for (const e of res.errors) lines.push(`error: ${inputs.length === 2 ? answerName : files[0]}:${e.line}:${e.column}: ${e.message}`);
  if (known) lines.push(`${known.title.en}`);
  for (const g of goals) lines.push(`${g.passed ? "✓" : "✗"} ${g.text}${g.passed ? "" : `\n    ${g.detail}`}`);
  const failed = goals.filter((g) => !g.passed).length;
  lines.push(passed ? `passed: all ${goals.length} goals hold` : rejected || fixedChanged ? `failed: the answer cannot be graded as it is (${doc.errors.length} error${doc.errors.length === 1 ? "" : "s"})` : `failed: ${failed} of ${goals.length} goals do not hold`);
  process.stdout.write(lines.join("\n") + "\n");
  return passed ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
