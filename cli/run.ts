/**
 * `podplay run FILE`: simulates the file and prints what a learner would see in a terminal, or
 * the JSON contract of DESIGN.md with --json. Results go to stdout; podplay's own errors, notes
 * and warnings to stderr, so `podplay run f.yaml > out.txt` keeps only the transcript and a
 * rejected document is still seen. With --json the errors are part of the document on stdout
 * (the contract), and nothing else is written.
 */
import { KUBERNETES_VERSION } from "../src/engine/api/types";
import type { Pod } from "../src/engine/api/types";
import type { EventEntry } from "../src/engine/trace/types";
import type { Command } from "./args";
import { inputName, kubectlFileName } from "./inputName";
import { readInput } from "./readInput";

export async function run(cmd: Extract<Command, { kind: "run" }>): Promise<number> {
  const { file, until, json, describe, logs, logFlags } = cmd;
  const input = await readInput(file);
  if (!input.ok) {
    process.stderr.write(`podplay: ${input.message}\n`);
    return 2;
  }

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
  const res = simulate(input.text, { until, fileName: kubectlFileName(file) });
  const rejected = res.errors.length > 0;
  if (json) {
    process.stdout.write(JSON.stringify(cliJson(res)) + "\n");
    return rejected ? 1 : 0;
  }

  const name = inputName(file);
  // What was rejected is said first, as kubectl apply does before the rest runs.
  if (rejected) process.stderr.write(res.errors.map((e) => `error: ${name}:${e.line}:${e.column}: ${e.message}\n`).join(""));
  const out: string[] = [];
  if (res.trace.entries.length) {
    out.push(`# kubectl get pods -w   (simulated Kubernetes ${KUBERNETES_VERSION}; T = simulated time since apply)`);
    out.push(watchTranscriptWithTime(watchRows(res.trace).snapshots, res.trace.epochMs).trimEnd());
    out.push("");
    out.push(`# kubectl get events   (at T=${res.trace.until}s)`);
    const events = res.trace.entries.filter((e): e is EventEntry => e.type === "event").map((e) => e.event);
    out.push(printEvents(events, res.trace.until, { epochMs: res.trace.epochMs } as never).trimEnd());
    const podAtEnd = (podName: string) => {
      const state = stateAt(res.trace, res.trace.until);
      return [...state.values()].find((o) => o.kind === "Pod" && o.metadata?.name === podName) as Pod | undefined;
    };
    for (const podName of describe) {
      const pod = podAtEnd(podName);
      out.push("");
      out.push(`# kubectl describe pod ${podName}   (at T=${res.trace.until}s)`);
      out.push(pod ? describePod(pod, events, res.trace.until, res.trace.epochMs).trimEnd() : `Error from server (NotFound): pods "${podName}" not found`);
    }
    for (const want of logs) {
      const pod = podAtEnd(want.pod);
      const lines = (res.trace.logs ?? []).filter((l) => l.pod === want.pod && (!pod || l.namespace === pod.metadata?.namespace));
      const r = kubectlLogs(pod, lines, res.trace.until, res.trace.epochMs, { ...logFlags, ...want });
      const flags = `${want.container ? ` -c ${want.container}` : ""}${logFlags.previous ? " --previous" : ""}${logFlags.timestamps ? " --timestamps" : ""}${logFlags.tail !== undefined ? ` --tail ${logFlags.tail}` : ""}`;
      out.push("");
      out.push(`# kubectl logs ${want.pod}${flags}   (at T=${res.trace.until}s)`);
      // The simulated kubectl's notices and errors are part of the transcript it prints: they stay
      // in order with its output, as a terminal shows them.
      const text = (r.err + r.out).replace(/\n$/, "");
      if (text) out.push(text);
    }
  }
  if (out.length) process.stdout.write(out.join("\n") + "\n");
  const after = res.trace.notes.map((n) => `note: ${n.message}`);
  if (res.truncated) after.push(`warning: ${res.truncated}`);
  if (after.length) process.stderr.write(after.join("\n") + "\n");
  return rejected ? 1 : 0;
}
