/**
 * Tab completion for the prompt: verbs, resource types, names from the run at the playhead, and
 * flags. Like bash's: one candidate completes the word (and adds a space); several complete their
 * common prefix and are listed.
 */
import type { Trace } from "../../../engine/trace/types";
import { objectIndex } from "../../../engine/trace/objectsAt";
import { PROMPT_VERBS } from "./parse";
import { resolveResource, SHOWN_NAMES } from "./resources";
import { tokenize } from "./tokenize";

export interface Completion {
  /** The line after completing (unchanged when nothing fits). */
  line: string;
  /** Every candidate, when more than one fits. */
  candidates: string[];
}

const FLAGS: Record<string, string[]> = {
  get: ["--watch", "--output=wide", "--output=yaml", "--output=json", "--namespace", "--all-namespaces", "--no-headers"],
  logs: ["--container", "--previous", "--timestamps", "--tail", "--namespace"],
  delete: ["--grace-period", "--now", "--selector", "--namespace"],
  scale: ["--replicas="],
  drain: ["--ignore-daemonsets", "--delete-emptydir-data"],
  label: ["--overwrite", "--namespace"],
  taint: ["--overwrite"],
  patch: ["--patch", "--type", "--subresource=status", "--namespace"],
};

/** Which kinds each verb takes as its first argument. */
const VERB_KINDS: Record<string, string[]> = {
  get: SHOWN_NAMES,
  describe: ["pods", "pod", "po"],
  delete: ["pods", "pod", "po"],
  scale: ["deployment", "deploy", "replicaset", "rs"],
  label: ["pod", "node"],
  taint: ["node", "nodes"],
  patch: ["pod"],
};

export function complete(line: string, trace: Trace | undefined, t: number): Completion {
  const { words, open, trailingSpace } = tokenize(line);
  if (open) return { line, candidates: [] };
  const current = trailingSpace || !words.length ? "" : words[words.length - 1];
  const before = trailingSpace ? words : words.slice(0, -1);
  const args = before[0] === "kubectl" || before[0] === "k" ? before.slice(1) : before;
  const candidates = candidatesFor(args, current, trace, t).filter((c) => c.startsWith(current));
  const unique = [...new Set(candidates)].sort();
  if (!unique.length) return { line, candidates: [] };
  const head = line.slice(0, line.length - current.length);
  if (unique.length === 1) return { line: head + unique[0] + (unique[0].endsWith("/") || unique[0].endsWith("=") ? "" : " "), candidates: [] };
  return { line: head + commonPrefix(unique), candidates: unique };
}

function candidatesFor(args: string[], current: string, trace: Trace | undefined, t: number): string[] {
  if (!args.length) return PROMPT_VERBS;
  const names = (kind: string) => (trace ? objectIndex(trace).list(kind, t, kind === "Node" ? undefined : "default").map((o) => o.metadata?.name ?? "") : []);
  const verb = args[0];
  const prev = args[args.length - 1];
  if (current.startsWith("-")) return FLAGS[verb] ?? [];
  if (verb === "logs" && (prev === "-c" || prev === "--container")) {
    const pod = args.slice(1).find((a) => !a.startsWith("-"));
    const obj = pod && trace ? (objectIndex(trace).get("Pod", "default", pod, t) as { spec?: { containers?: Array<{ name: string }>; initContainers?: Array<{ name: string }> } } | undefined) : undefined;
    return [...(obj?.spec?.initContainers ?? []), ...(obj?.spec?.containers ?? [])].map((c) => c.name);
  }
  const positional = args.slice(1).filter((a, i, all) => !a.startsWith("-") && !/^-(n|c|o|l|p)$|^--(namespace|container|output|selector|patch|type)$/.test(all[i - 1] ?? ""));
  // TYPE/NAME in one word.
  const slash = current.indexOf("/");
  if (slash > 0) {
    const r = resolveResource(current.slice(0, slash));
    const kind = r?.shown === "deployments" ? "Deployment" : r?.shown === "replicasets" ? "ReplicaSet" : r?.shown === "pods" ? "Pod" : r?.shown === "nodes" ? "Node" : r?.shown === "services" ? "Service" : undefined;
    return kind ? names(kind).map((n) => `${current.slice(0, slash)}/${n}`) : [];
  }
  switch (verb) {
    case "logs":
      return positional.length ? [] : names("Pod");
    case "cordon":
    case "uncordon":
    case "drain":
      return positional.length ? [] : names("Node");
    case "set":
      return positional.length === 0 ? ["image"] : positional.length === 1 ? ["deployment/", "deploy/", "pod/"] : [];
    case "rollout":
      return positional.length === 0 ? ["restart"] : positional.length === 1 ? ["deployment/", "deploy/"] : [];
  }
  const kinds = VERB_KINDS[verb];
  if (!kinds) return [];
  if (!positional.length) {
    // get accepts a comma list: complete the last kind in it.
    if (verb === "get" && current.includes(",")) return kinds.map((k) => current.slice(0, current.lastIndexOf(",") + 1) + k);
    return [...kinds, ...(verb === "get" ? ["all"] : [])];
  }
  if (positional.length === 1 || verb === "get" || verb === "describe" || verb === "delete") {
    const r = resolveResource(positional[0]);
    const kind = r?.shown === "deployments" ? "Deployment" : r?.shown === "replicasets" ? "ReplicaSet" : r?.shown === "pods" ? "Pod" : r?.shown === "nodes" ? "Node" : r?.shown === "services" ? "Service" : r?.shown === "endpointslices" ? "EndpointSlice" : undefined;
    return kind ? names(kind) : [];
  }
  return [];
}

function commonPrefix(list: string[]): string {
  let p = list[0];
  for (const s of list) while (!s.startsWith(p)) p = p.slice(0, -1);
  return p;
}
