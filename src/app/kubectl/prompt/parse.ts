/**
 * A kubectl command line read into what podplay can do with it: a read at the playhead, a write
 * that becomes a Scenario action, kubectl's own error (verbatim), or something real kubectl has
 * that podplay does not simulate. Pure: no store, no trace.
 */
import { isSet, NAMESPACE_FLAG, parseFlags, type FlagSpec } from "./flags";
import { notFound, resolveResource, type ResourceType } from "./resources";
import { tokenize } from "./tokenize";

export type OutputFormat = "wide" | "yaml" | "json" | "name";
type Ns = { namespace?: string };

export type Command =
  | { verb: "empty" }
  | { verb: "clear" }
  | ({ verb: "get"; types: ResourceType[]; names: string[]; watch: boolean; output?: OutputFormat; allNamespaces: boolean; noHeaders: boolean } & Ns)
  | ({ verb: "describe"; type: ResourceType; names: string[] } & Ns)
  | ({ verb: "logs"; pod: string; container?: string; previous: boolean; timestamps: boolean; tail?: number } & Ns)
  | ({ verb: "delete"; names: string[]; selector?: string; gracePeriod?: number } & Ns)
  | ({ verb: "scale"; type: ResourceType; name: string; replicas: number } & Ns)
  | ({ verb: "setImage"; type: ResourceType; name: string; images: Array<{ container: string; image: string }> } & Ns)
  | ({ verb: "rolloutRestart"; name: string } & Ns)
  | { verb: "cordon" | "uncordon"; node: string }
  | { verb: "drain"; node: string }
  | ({ verb: "label"; type: ResourceType; name: string; set: Record<string, string>; remove: string[]; overwrite: boolean } & Ns)
  | { verb: "taint"; node: string; key: string; value?: string; effect?: string; remove: boolean; overwrite: boolean }
  | ({ verb: "patch"; name: string; patch: unknown; patchType: "strategic" | "merge" | "json"; subresource?: "status" } & Ns)
  /** kubectl's own error text, as it writes it on stderr. */
  | { verb: "error"; text: string }
  /** Real kubectl, not simulated by podplay: `what` is the command or flag, shown in the reader's language. */
  | { verb: "unsupported"; what: string };

/** kubectl's commands (v1.34 `kubectl --help`); the ones podplay does not simulate say so. */
export const KUBECTL_VERBS = [
  "annotate", "api-resources", "api-versions", "apply", "attach", "auth", "autoscale", "certificate", "cluster-info", "completion",
  "config", "cordon", "cp", "create", "debug", "delete", "describe", "diff", "drain", "edit", "events", "exec", "explain", "expose",
  "get", "kustomize", "label", "logs", "options", "patch", "plugin", "port-forward", "proxy", "replace", "rollout", "run", "scale",
  "set", "taint", "top", "uncordon", "version", "wait",
];

/** The verbs the prompt runs (for completion), plus its own `clear`. */
export const PROMPT_VERBS = ["get", "describe", "logs", "delete", "scale", "set", "rollout", "cordon", "uncordon", "drain", "label", "taint", "patch", "clear"];

const err = (text: string): Command => ({ verb: "error", text: text.endsWith("\n") ? text : `${text}\n` });
const usage = (verb: string, message: string): Command => err(`error: ${message}\nSee 'kubectl ${verb} --help' for usage.`);

/** Reads one line. `kubectl`, `k` or nothing may come first; a leading `$ ` is ignored. */
export function parseCommand(line: string): Command {
  const { words, open } = tokenize(line.replace(/^\s*\$\s*/, ""));
  if (open) return err("error: unterminated quoted string");
  if (words[0] === "kubectl" || words[0] === "k") words.shift();
  if (!words.length) return { verb: "empty" };
  const [verb, ...rest] = words;
  if (verb === "clear") return { verb: "clear" };
  // Global flags before the verb (kubectl -n ns get pods) are moved after it.
  if (verb.startsWith("-")) {
    const i = words.findIndex((w, j) => !w.startsWith("-") && !(j > 0 && /^(-n|--namespace)$/.test(words[j - 1])));
    if (i < 0) return { verb: "empty" };
    return parseCommand([words[i], ...words.slice(0, i), ...words.slice(i + 1)].map(quote).join(" "));
  }
  switch (verb) {
    case "get":
      return parseGet(rest);
    case "describe":
      return parseDescribe(rest);
    case "logs":
    case "log":
      return parseLogs(rest);
    case "delete":
      return parseDelete(rest);
    case "scale":
      return parseScale(rest);
    case "set":
      return rest[0] === "image" ? parseSetImage(rest.slice(1)) : { verb: "unsupported", what: `kubectl set ${rest[0] ?? ""}`.trim() };
    case "rollout":
      return rest[0] === "restart" ? parseRolloutRestart(rest.slice(1)) : { verb: "unsupported", what: `kubectl rollout ${rest[0] ?? ""}`.trim() };
    case "cordon":
    case "uncordon":
      return parseNodeVerb(verb, rest);
    case "drain":
      return parseDrain(rest);
    case "label":
      return parseLabel(rest);
    case "taint":
      return parseTaint(rest);
    case "patch":
      return parsePatch(rest);
  }
  if (KUBECTL_VERBS.includes(verb)) return { verb: "unsupported", what: `kubectl ${verb}` };
  return err(unknownCommand(verb));
}

/** cobra's text, with its suggestions (Levenshtein distance ≤ 2, or a prefix). */
function unknownCommand(verb: string): string {
  const close = KUBECTL_VERBS.filter((v) => levenshtein(v, verb.toLowerCase()) <= 2 || v.startsWith(verb.toLowerCase()));
  const hint = close.length ? `\n\nDid you mean this?\n${close.map((v) => `\t${v}\n`).join("")}` : "";
  return `error: unknown command "${verb}" for "kubectl"${hint}`;
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length];
}

function quote(w: string): string {
  return /^[\w./:=,-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`;
}

const noType = (r: string) => err(`error: the server doesn't have a resource type "${r}"`);

/** `TYPE NAME…` or `TYPE/NAME …`: the type and the names, or kubectl's error. */
function typeAndNames(args: string[], verb: string): { type: ResourceType; names: string[] } | Command {
  if (!args.length) return usage(verb, "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.");
  if (args[0].includes("/")) {
    let type: ResourceType | undefined;
    const names: string[] = [];
    for (const a of args) {
      const [t, n] = a.split("/", 2);
      if (n === undefined) return err("error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'");
      const r = resolveResource(t);
      if (!r) return noType(t);
      if (type && type !== r) return { verb: "unsupported", what: `kubectl ${verb} ${args.join(" ")}` };
      type = r;
      names.push(n);
    }
    return { type: type!, names };
  }
  const type = resolveResource(args[0]);
  if (!type) return noType(args[0]);
  return { type, names: args.slice(1) };
}

const isCommand = (x: unknown): x is Command => typeof x === "object" && x !== null && "verb" in x;

const GET_FLAGS: FlagSpec[] = [
  NAMESPACE_FLAG,
  { name: "all-namespaces", short: "A", value: false },
  { name: "watch", short: "w", value: false },
  { name: "output", short: "o", value: true },
  { name: "no-headers", value: false },
  { name: "selector", short: "l", value: true },
  { name: "show-labels", value: false },
];

function parseGet(words: string[]): Command {
  const f = parseFlags(words, GET_FLAGS);
  if (typeof f === "string") return usage("get", f);
  if (!f.args.length) return usage("get", 'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.');
  for (const name of ["selector", "show-labels"]) if (f.flags.has(name)) return { verb: "unsupported", what: `kubectl get --${name}` };
  const output = f.flags.get("output");
  if (output !== undefined && !["wide", "yaml", "json", "name"].includes(output)) {
    return err(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,wide,yaml`);
  }
  let types: ResourceType[];
  let names: string[];
  if (f.args[0].includes("/")) {
    const tn = typeAndNames(f.args, "get");
    if (isCommand(tn)) return tn;
    types = [tn.type];
    names = tn.names;
  } else {
    types = [];
    for (const t of f.args[0].split(",").filter(Boolean)) {
      if (t === "all") {
        for (const n of ["pods", "services", "deployments", "replicasets"]) types.push(resolveResource(n)!);
        continue;
      }
      const r = resolveResource(t);
      if (!r) return noType(t);
      types.push(r);
    }
    names = f.args.slice(1);
    if (types.length > 1 && names.length) return err("error: arguments in resource/name form must have a single resource and name");
  }
  const hidden = types.find((r) => !r.shown);
  if (hidden) return { verb: "unsupported", what: `kubectl get ${hidden.plural}` };
  return {
    verb: "get",
    types,
    names,
    watch: isSet(f.flags, "watch"),
    output: output as OutputFormat | undefined,
    allNamespaces: isSet(f.flags, "all-namespaces"),
    noHeaders: isSet(f.flags, "no-headers"),
    namespace: f.flags.get("namespace"),
  };
}

function parseDescribe(words: string[]): Command {
  const f = parseFlags(words, [NAMESPACE_FLAG]);
  if (typeof f === "string") return usage("describe", f);
  if (!f.args.length) return usage("describe", 'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
  const tn = typeAndNames(f.args, "describe");
  if (isCommand(tn)) return tn;
  if (tn.type.plural !== "pods") return { verb: "unsupported", what: `kubectl describe ${tn.type.plural}` };
  return { verb: "describe", type: tn.type, names: tn.names, namespace: f.flags.get("namespace") };
}

const LOGS_FLAGS: FlagSpec[] = [
  NAMESPACE_FLAG,
  { name: "container", short: "c", value: true },
  { name: "previous", short: "p", value: false },
  { name: "timestamps", value: false },
  { name: "follow", short: "f", value: false },
  { name: "all-containers", value: false },
  { name: "tail", value: true },
  { name: "since", value: true },
];

function parseLogs(words: string[]): Command {
  const f = parseFlags(words, LOGS_FLAGS);
  if (typeof f === "string") return usage("logs", f);
  for (const name of ["follow", "all-containers", "since"]) if (f.flags.has(name)) return { verb: "unsupported", what: `kubectl logs --${name}` };
  if (!f.args.length) return usage("logs", "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command");
  let pod = f.args[0];
  if (pod.includes("/")) {
    const [t, n] = pod.split("/", 2);
    const r = resolveResource(t);
    if (!r) return noType(t);
    if (r.plural !== "pods") return { verb: "unsupported", what: `kubectl logs ${f.args[0]}` };
    pod = n;
  }
  const container = f.flags.get("container") ?? f.args[1];
  const tailText = f.flags.get("tail");
  if (tailText !== undefined && !/^-?\d+$/.test(tailText)) return usage("logs", `invalid argument "${tailText}" for "--tail" flag: strconv.ParseInt: parsing "${tailText}": invalid syntax`);
  const tail = tailText === undefined ? undefined : Number(tailText);
  return { verb: "logs", pod, container, tail, previous: isSet(f.flags, "previous"), timestamps: isSet(f.flags, "timestamps"), namespace: f.flags.get("namespace") };
}

function parseDelete(words: string[]): Command {
  const f = parseFlags(words, [
    NAMESPACE_FLAG,
    { name: "selector", short: "l", value: true },
    { name: "grace-period", value: true },
    { name: "now", value: false },
    { name: "force", value: false },
    { name: "wait", value: false },
    { name: "filename", short: "f", value: true },
  ]);
  if (typeof f === "string") return usage("delete", f);
  if (f.flags.has("force")) return { verb: "unsupported", what: "kubectl delete --force" };
  if (f.flags.has("filename")) return { verb: "unsupported", what: "kubectl delete -f" };
  if (!f.args.length) return usage("delete", 'You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\'');
  const tn = typeAndNames(f.args, "delete");
  if (isCommand(tn)) return tn;
  if (tn.type.plural !== "pods") return { verb: "unsupported", what: `kubectl delete ${tn.type.plural}` };
  const selector = f.flags.get("selector");
  if (!selector && !tn.names.length) return err(`error: resource(s) were provided, but no name was specified`);
  if (selector && tn.names.length) return err("error: name cannot be provided when a selector is specified");
  let gracePeriod: number | undefined;
  const g = f.flags.get("grace-period");
  if (g !== undefined) {
    if (!/^-?\d+$/.test(g)) return usage("delete", `invalid argument "${g}" for "--grace-period" flag: strconv.ParseInt: parsing "${g}": invalid syntax`);
    gracePeriod = Number(g) < 0 ? undefined : Number(g);
  }
  if (isSet(f.flags, "now")) gracePeriod = 1;
  return { verb: "delete", names: tn.names, selector, gracePeriod, namespace: f.flags.get("namespace") };
}

function parseScale(words: string[]): Command {
  const f = parseFlags(words, [NAMESPACE_FLAG, { name: "replicas", value: true }, { name: "current-replicas", value: true }]);
  if (typeof f === "string") return usage("scale", f);
  if (f.flags.has("current-replicas")) return { verb: "unsupported", what: "kubectl scale --current-replicas" };
  const tn = typeAndNames(f.args, "scale");
  if (isCommand(tn)) return tn;
  if (!["deployments", "replicasets"].includes(tn.type.plural)) return { verb: "unsupported", what: `kubectl scale ${tn.type.plural}` };
  const r = f.flags.get("replicas");
  if (r === undefined) return err('error: required flag(s) "replicas" not set');
  if (!/^\d+$/.test(r)) return usage("scale", `invalid argument "${r}" for "--replicas" flag: strconv.ParseInt: parsing "${r}": invalid syntax`);
  if (tn.names.length !== 1) return usage("scale", "resource(s) were provided, but no name was specified");
  return { verb: "scale", type: tn.type, name: tn.names[0], replicas: Number(r), namespace: f.flags.get("namespace") };
}

function parseSetImage(words: string[]): Command {
  const f = parseFlags(words, [NAMESPACE_FLAG]);
  if (typeof f === "string") return usage("set image", f);
  const pairs = f.args.filter((a) => a.includes("="));
  const tn = typeAndNames(f.args.filter((a) => !a.includes("=")), "set image");
  if (isCommand(tn)) return tn;
  if (!["deployments", "pods"].includes(tn.type.plural)) return { verb: "unsupported", what: `kubectl set image ${tn.type.plural}` };
  if (!pairs.length) return err("error: at least one image update is required");
  if (tn.names.length !== 1) return usage("set image", "one resource is required");
  const images = pairs.map((p) => ({ container: p.slice(0, p.indexOf("=")), image: p.slice(p.indexOf("=") + 1) }));
  if (images.some((i) => i.container === "*")) return { verb: "unsupported", what: "kubectl set image *=IMAGE" };
  return { verb: "setImage", type: tn.type, name: tn.names[0], images, namespace: f.flags.get("namespace") };
}

function parseRolloutRestart(words: string[]): Command {
  const f = parseFlags(words, [NAMESPACE_FLAG]);
  if (typeof f === "string") return usage("rollout restart", f);
  const tn = typeAndNames(f.args, "rollout restart");
  if (isCommand(tn)) return tn;
  if (tn.type.plural !== "deployments") return { verb: "unsupported", what: `kubectl rollout restart ${tn.type.plural}` };
  if (tn.names.length !== 1) return usage("rollout restart", "one resource is required");
  return { verb: "rolloutRestart", name: tn.names[0], namespace: f.flags.get("namespace") };
}

function parseNodeVerb(verb: "cordon" | "uncordon", words: string[]): Command {
  const f = parseFlags(words, []);
  if (typeof f === "string") return usage(verb, f);
  if (f.args.length !== 1) return err(`error: USAGE: ${verb} NODE [flags]\nSee 'kubectl ${verb} -h' for help and examples`);
  return { verb, node: f.args[0].replace(/^(nodes?|no)\//, "") };
}

function parseDrain(words: string[]): Command {
  const f = parseFlags(words, [
    { name: "ignore-daemonsets", value: false },
    { name: "delete-emptydir-data", value: false },
    { name: "force", value: false },
    { name: "grace-period", value: true },
    { name: "timeout", value: true },
  ]);
  if (typeof f === "string") return usage("drain", f);
  for (const name of ["force", "grace-period", "timeout"]) if (f.flags.has(name)) return { verb: "unsupported", what: `kubectl drain --${name}` };
  if (f.args.length !== 1) return err("error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples");
  return { verb: "drain", node: f.args[0].replace(/^(nodes?|no)\//, "") };
}

function parseLabel(words: string[]): Command {
  const f = parseFlags(words, [NAMESPACE_FLAG, { name: "overwrite", value: false }]);
  if (typeof f === "string") return usage("label", f);
  const changes = f.args.filter((a, i) => i > 0 && (a.includes("=") || a.endsWith("-")));
  const tn = typeAndNames(f.args.filter((a) => !changes.includes(a)), "label");
  if (isCommand(tn)) return tn;
  if (!["pods", "nodes"].includes(tn.type.plural)) return { verb: "unsupported", what: `kubectl label ${tn.type.plural}` };
  if (tn.names.length !== 1) return usage("label", "one or more resources must be specified as <resource> <name> or <resource>/<name>");
  if (!changes.length) return usage("label", "at least one label update is required");
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const c of changes) {
    if (c.endsWith("-") && !c.includes("=")) remove.push(c.slice(0, -1));
    else set[c.slice(0, c.indexOf("="))] = c.slice(c.indexOf("=") + 1);
  }
  return { verb: "label", type: tn.type, name: tn.names[0], set, remove, overwrite: isSet(f.flags, "overwrite"), namespace: f.flags.get("namespace") };
}

function parseTaint(words: string[]): Command {
  const f = parseFlags(words, [{ name: "overwrite", value: false }]);
  if (typeof f === "string") return usage("taint", f);
  const [first, ...more] = f.args;
  if (!first) return err("error: at least one taint update is required");
  const slash = first.includes("/");
  const type = resolveResource(slash ? first.split("/")[0] : first);
  if (!type) return noType(slash ? first.split("/")[0] : first);
  if (type.plural !== "nodes") return { verb: "unsupported", what: `kubectl taint ${type.plural}` };
  const node = slash ? first.split("/")[1] : more[0];
  const specs = slash ? more : more.slice(1);
  if (!node || !specs.length) return err("error: at least one taint update is required");
  if (specs.length > 1) return { verb: "unsupported", what: "kubectl taint (several taints at once)" };
  const s = specs[0];
  const remove = s.endsWith("-");
  const m = /^([^=:]+)(?:=([^:]*))?(?::(NoSchedule|PreferNoSchedule|NoExecute))?$/.exec(remove ? s.slice(0, -1) : s);
  if (!m || (!remove && !m[3])) return err(`error: invalid taint spec: ${s}, unknown taint effect or missing effect`);
  return { verb: "taint", node, key: m[1], value: m[2], effect: m[3], remove, overwrite: isSet(f.flags, "overwrite") };
}

function parsePatch(words: string[]): Command {
  const f = parseFlags(words, [NAMESPACE_FLAG, { name: "patch", short: "p", value: true }, { name: "type", value: true }, { name: "subresource", value: true }, { name: "patch-file", value: true }]);
  if (typeof f === "string") return usage("patch", f);
  if (f.flags.has("patch-file")) return { verb: "unsupported", what: "kubectl patch --patch-file" };
  const tn = typeAndNames(f.args, "patch");
  if (isCommand(tn)) return tn;
  if (tn.type.plural !== "pods") return { verb: "unsupported", what: `kubectl patch ${tn.type.plural}` };
  if (tn.names.length !== 1) return usage("patch", "one resource is required");
  const text = f.flags.get("patch");
  if (text === undefined) return err("error: must specify --patch or --patch-file containing the contents of the patch");
  const patchType = (f.flags.get("type") ?? "strategic") as "strategic" | "merge" | "json";
  if (!["strategic", "merge", "json"].includes(patchType)) return err(`error: --type must be one of [json merge strategic], not "${patchType}"`);
  const sub = f.flags.get("subresource");
  if (sub !== undefined && sub !== "status") return { verb: "unsupported", what: `kubectl patch --subresource ${sub}` };
  let patch: unknown;
  try {
    patch = JSON.parse(text);
  } catch {
    return err(`error: unable to parse "${text}": yaml: did not find expected node content`);
  }
  return { verb: "patch", name: tn.names[0], patch, patchType, subresource: sub as "status" | undefined, namespace: f.flags.get("namespace") };
}

export { notFound };
