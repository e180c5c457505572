/**
 * Runs a parsed command against the run at the playhead: reads print what kubectl prints at `t`;
 * writes print kubectl's confirmation and return the Scenario actions that make them happen from
 * `t` on (the caller appends them to the editor's text, and the run is simulated again).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- the stored objects are the API's JSON shapes */
import type { Pod } from "../../../engine/api/types";
import type { Trace } from "../../../engine/trace/types";
import { objectIndex } from "../../../engine/trace/objectsAt";
import { printGetTables, kindPrefixed, storedKind, isNamespaced, type TableKind } from "../../../engine/printers/resourceTables";
import { printObjects } from "../../../engine/printers/objectOutput";
import { noResourcesFound } from "../../../engine/printers/table";
import { kubectlIndex } from "../kubectlText";
import { describeAt, eventsAt, logsAt } from "../kubectlOutputs";
import { watchLinesAt } from "./watchAt";
import { actionYaml } from "./actionYaml";
import type { Command } from "./parse";
import { notFound, resolveResource, type ResourceType } from "./resources";

/** What one command printed, and what it changes. */
export interface PromptResult {
  out: string;
  err: string;
  /** podplay's own words (a string key and its values), shown in the reader's language. */
  note?: { key: "notSimulated" | "noRun" | "logsArriving"; vars: Record<string, string> };
  /** Scenario actions to append, in order (block YAML, `at` first). */
  actions?: string[];
}

const ok = (out: string, actions?: string[]): PromptResult => ({ out, err: "", actions });
const fail = (err: string): PromptResult => ({ out: "", err });
const R = (name: string): ResourceType => resolveResource(name)!;

/** `logsArriving`: the run's container logs follow its picture and have not come yet (a big run's). */
export function executeCommand(cmd: Command, trace: Trace | undefined, t: number, logsArriving = false): PromptResult {
  if (cmd.verb === "error") return fail(cmd.text);
  if (cmd.verb === "unsupported") return { out: "", err: "", note: { key: "notSimulated", vars: { what: cmd.what } } };
  if (cmd.verb === "empty" || cmd.verb === "clear") return ok("");
  if (!trace) return { out: "", err: "", note: { key: "noRun", vars: {} } };
  const objects = objectIndex(trace);
  const ns = ("namespace" in cmd && cmd.namespace) || "default";
  const get = (kind: string, name: string, namespace = ns) => objects.get(kind, kind === "Node" ? "" : namespace, name, t) as any;
  const pods = (namespace = ns) => objects.list("Pod", t, namespace) as Pod[];
  const nsField = ns === "default" ? undefined : ns;

  switch (cmd.verb) {
    case "get":
      return runGet(cmd, trace, t);
    case "describe": {
      const idx = kubectlIndex(trace);
      const names = cmd.names.length ? cmd.names : pods().map((p) => p.metadata!.name!);
      if (!names.length) return fail(noResourcesFound(ns));
      const found: string[] = [];
      let err = "";
      for (const n of names) {
        const text = describeAt(idx, t, ns, n);
        if (text === undefined) err += notFound(cmd.type, n);
        else found.push(text);
      }
      // kubectl describe separates objects by two blank lines.
      return { out: found.join("\n\n"), err };
    }
    case "logs": {
      if (logsArriving) return { out: "", err: "", note: { key: "logsArriving", vars: {} } };
      const r = logsAt(kubectlIndex(trace), t, ns, { pod: cmd.pod, container: cmd.container, previous: cmd.previous, timestamps: cmd.timestamps, tail: cmd.tail });
      return { out: r.out, err: r.err };
    }
    case "delete": {
      let names = cmd.names;
      let err = "";
      if (cmd.selector) {
        const sel = parseEqualitySelector(cmd.selector);
        if (!sel) return { out: "", err: "", note: { key: "notSimulated", vars: { what: `kubectl delete -l ${cmd.selector}` } } };
        names = pods()
          .filter((p) => Object.entries(sel).every(([k, v]) => p.metadata?.labels?.[k] === v))
          .map((p) => p.metadata!.name!);
        if (!names.length) return fail("No resources found\n");
        const out = names.map((n) => `pod "${n}" deleted\n`).join("");
        return ok(out, [actionYaml(t, "delete", { selector: cmd.selector, namespace: nsField, gracePeriodSeconds: cmd.gracePeriod })]);
      }
      const actions: string[] = [];
      let out = "";
      for (const n of names) {
        if (!get("Pod", n)) {
          err += notFound(R("pods"), n);
          continue;
        }
        out += `pod "${n}" deleted\n`;
        actions.push(actionYaml(t, "delete", { pod: n, namespace: nsField, gracePeriodSeconds: cmd.gracePeriod }));
      }
      return { out, err, actions };
    }
    case "scale": {
      const kind = cmd.type.plural === "deployments" ? "Deployment" : "ReplicaSet";
      if (!get(kind, cmd.name)) return fail(notFound(cmd.type, cmd.name));
      const prefix = kind === "Deployment" ? "deployment.apps" : "replicaset.apps";
      return ok(`${prefix}/${cmd.name} scaled\n`, [actionYaml(t, "scale", { [kind === "Deployment" ? "deployment" : "replicaSet"]: cmd.name, namespace: nsField, replicas: cmd.replicas })]);
    }
    case "setImage": {
      const isPod = cmd.type.plural === "pods";
      const obj = get(isPod ? "Pod" : "Deployment", cmd.name);
      if (!obj) return fail(notFound(cmd.type, cmd.name));
      const spec = isPod ? obj.spec : obj.spec?.template?.spec;
      const names = [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((c: any) => c.name);
      const missing = cmd.images.find((i) => !names.includes(i.container));
      if (missing) return fail(`error: unable to find container named "${missing.container}"\n`);
      const actions = cmd.images.map((i) => actionYaml(t, "setImage", { [isPod ? "pod" : "deployment"]: cmd.name, namespace: nsField, container: i.container, image: i.image }));
      return ok(`${isPod ? "pod" : "deployment.apps"}/${cmd.name} image updated\n`, actions);
    }
    case "rolloutRestart":
      if (!get("Deployment", cmd.name)) return fail(notFound(R("deployments"), cmd.name));
      return ok(`deployment.apps/${cmd.name} restarted\n`, [actionYaml(t, "rolloutRestart", { deployment: cmd.name, namespace: nsField })]);
    case "cordon":
    case "uncordon": {
      const node = get("Node", cmd.node);
      if (!node) return fail(notFound(R("nodes"), cmd.node));
      const want = cmd.verb === "cordon";
      if (!!node.spec?.unschedulable === want) return ok(`node/${cmd.node} already ${cmd.verb}ed\n`);
      return ok(`node/${cmd.node} ${cmd.verb}ed\n`, [actionYaml(t, cmd.verb, cmd.node)]);
    }
    case "drain":
      return runDrain(cmd.node, get("Node", cmd.node), objects.list("Pod", t) as Pod[], t);
    case "label":
      return runLabel(cmd, cmd.type.plural === "nodes" ? get("Node", cmd.name) : get("Pod", cmd.name), t, nsField);
    case "taint": {
      const node = get("Node", cmd.node);
      if (!node) return fail(notFound(R("nodes"), cmd.node));
      const taints: any[] = node.spec?.taints ?? [];
      const same = taints.filter((x) => x.key === cmd.key && (!cmd.effect || x.effect === cmd.effect));
      if (cmd.remove && !same.length) return fail(`error: taint "${cmd.key}${cmd.effect ? `:${cmd.effect}` : ""}" not found\n`);
      if (!cmd.remove && same.length && !cmd.overwrite) return fail(`error: node ${cmd.node} already has ${cmd.key} taint(s) with same effect(s) and --overwrite is false\n`);
      const action = actionYaml(t, "taint", { node: cmd.node, key: cmd.key, value: cmd.value, effect: cmd.effect, remove: cmd.remove || undefined, overwrite: cmd.overwrite || undefined });
      return ok(`node/${cmd.node} ${cmd.remove ? "untainted" : "tainted"}\n`, [action]);
    }
    case "patch": {
      if (!get("Pod", cmd.name)) return fail(notFound(R("pods"), cmd.name));
      const action = actionYaml(t, "patch", { pod: cmd.name, namespace: nsField, type: cmd.patchType === "strategic" ? undefined : cmd.patchType, subresource: cmd.subresource, patch: cmd.patch });
      return ok(`pod/${cmd.name} patched\n`, [action]);
    }
  }
}

function runGet(cmd: Extract<Command, { verb: "get" }>, trace: Trace, t: number): PromptResult {
  const objects = objectIndex(trace);
  const ns = cmd.allNamespaces ? undefined : (cmd.namespace ?? "default");
  if (cmd.types.some((r) => r.shown === "events")) {
    if (cmd.types.length > 1 || cmd.names.length || cmd.output || cmd.watch) return { out: "", err: "", note: { key: "notSimulated", vars: { what: "kubectl get events (with other kinds, names, -o or -w)" } } };
    const text = eventsAt(kubectlIndex(trace), t);
    return text ? ok(text) : fail(noResourcesFound(ns));
  }
  const kinds = cmd.types.map((r) => r.shown as TableKind);
  if (cmd.watch) {
    if (kinds.length > 1 || kinds[0] !== "pods" || (cmd.output && cmd.output !== "wide")) return { out: "", err: "", note: { key: "notSimulated", vars: { what: "kubectl get -w (other than pods)" } } };
    const lines = watchLinesAt(trace, t, { wide: cmd.output === "wide", names: cmd.names, namespace: ns });
    return lines.length ? ok(lines.join("\n") + "\n") : fail(noResourcesFound(ns));
  }
  let err = "";
  const groups = kinds.map((kind) => {
    const stored = storedKind(kind);
    const namespace = isNamespaced(kind) ? ns : undefined;
    if (!cmd.names.length) return { kind, objects: objects.list(stored, t, namespace) };
    const found: unknown[] = [];
    for (const n of cmd.names) {
      const o = objects.get(stored, namespace ?? "", n, t);
      if (o) found.push(o);
      else err += notFound(cmd.types[0], n);
    }
    return { kind, objects: found };
  });
  if (cmd.output === "yaml" || cmd.output === "json") {
    const all = groups.flatMap((g) => g.objects);
    if (!all.length) return { out: "", err: err || noResourcesFound(ns) };
    return { out: printObjects(all, cmd.output, cmd.names.length === 1 && kinds.length === 1), err };
  }
  if (cmd.output === "name") {
    const out = groups.flatMap((g) => g.objects.map((o: any) => `${kindPrefixed(g.kind, o.metadata?.name)}\n`)).join("");
    return { out, err: out || err ? err : noResourcesFound(ns) };
  }
  const printed = printGetTables(groups, { t, epochMs: trace.epochMs, wide: cmd.output === "wide", noHeaders: cmd.noHeaders, namespace: ns, allNamespaces: cmd.allNamespaces });
  // A missing name is reported instead of "No resources found".
  return { out: printed.out, err: err || printed.err };
}

/** `a=b,c=d` (or `a==b`): the equality selectors the Scenario's delete action takes. */
function parseEqualitySelector(s: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const part of s.split(",")) {
    const m = /^([\w./-]+)==?([\w.-]*)$/.exec(part.trim());
    if (!m) return undefined;
    out[m[1]] = m[2];
  }
  return out;
}

/**
 * `kubectl drain NODE`: cordon, refuse when a pod has no controller (as without --force), else
 * evict every pod on the node. Models: kubectl's drain.go messages.
 */
function runDrain(name: string, node: any, allPods: Pod[], t: number): PromptResult {
  if (!node) return fail(notFound(R("nodes"), name));
  const onNode = allPods.filter((p) => p.spec?.nodeName === name && !p.metadata?.deletionTimestamp);
  let out = node.spec?.unschedulable ? `node/${name} already cordoned\n` : `node/${name} cordoned\n`;
  const action = [actionYaml(t, "drain", name)];
  const bare = onNode.filter((p) => !p.metadata?.ownerReferences?.some((o) => o.controller) && p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed");
  if (bare.length) {
    const list = bare.map((p) => `${p.metadata?.namespace ?? "default"}/${p.metadata?.name}`).join(", ");
    const err = `error: unable to drain node "${name}" due to error: cannot delete Pods that declare no controller (use --force to override): ${list}, continuing command...\nThere are pending nodes to be drained:\n ${name}\nerror: cannot delete Pods that declare no controller (use --force to override): ${list}\n`;
    return { out, err, actions: action };
  }
  for (const p of onNode) out += `evicting pod ${p.metadata?.namespace ?? "default"}/${p.metadata?.name}\n`;
  for (const p of onNode) out += `pod/${p.metadata?.name} evicted\n`;
  out += `node/${name} drained\n`;
  return ok(out, action);
}

/** `kubectl label`: its checks and messages (label.go: validateNoOverwrites, updateDataChangeMsg). */
function runLabel(cmd: Extract<Command, { verb: "label" }>, obj: any, t: number, namespace: string | undefined): PromptResult {
  const isNode = cmd.type.plural === "nodes";
  if (!obj) return fail(notFound(cmd.type, cmd.name));
  const labels: Record<string, string> = obj.metadata?.labels ?? {};
  if (!cmd.overwrite) {
    const clash = Object.entries(cmd.set).find(([k, v]) => k in labels && labels[k] !== v);
    if (clash) return fail(`error: '${clash[0]}' already has a value (${labels[clash[0]]}), and --overwrite is false\n`);
  }
  let out = cmd.remove.filter((k) => !(k in labels)).map((k) => `label "${k}" not found.\n`).join("");
  const next = { ...labels, ...cmd.set };
  for (const k of cmd.remove) delete next[k];
  const changed = JSON.stringify(Object.entries(next).sort()) !== JSON.stringify(Object.entries(labels).sort());
  const msg = !changed ? "not labeled" : !cmd.overwrite && Object.keys(next).length < Object.keys(labels).length ? "unlabeled" : "labeled";
  out += `${isNode ? "node" : "pod"}/${cmd.name} ${msg}\n`;
  if (!changed) return ok(out);
  const fields = { [isNode ? "node" : "pod"]: cmd.name, namespace: isNode ? undefined : namespace, labels: Object.keys(cmd.set).length ? cmd.set : undefined, remove: cmd.remove.length ? cmd.remove : undefined, overwrite: cmd.overwrite || undefined };
  return ok(out, [actionYaml(t, "label", fields)]);
}
