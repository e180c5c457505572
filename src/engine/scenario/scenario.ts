import type { Diagnostic } from "../api/types";
import type { SourceDoc } from "../input/yamlDocuments";
import { parseQuantity } from "../printers/quantity";
import { MiB, type MemoryModel } from "../workloads/program";
import { ACTION_VERBS, CONDITION_STATUSES, fieldNames, GRPC_STATUSES, intRange, MAX_DURATION, NODE_VERBS, PATCH_TYPES, PROBE_KINDS, PROBE_OUTCOMES, SCENARIO_API_VERSION, TAINT_EFFECTS, type ScenarioObjectName } from "./definition";
import { formatDuration, parseDuration } from "./duration";
import { hasOwn, setOwn } from "../util/ownMap";
import { DEFAULT_FEATURE_GATES } from "../admission/featureGates";

export { MAX_DURATION, SCENARIO_API_VERSION };
/** Horizon when the Scenario does not say. */
export const DEFAULT_DURATION = 300;

export interface NodeSpec {
  name: string;
  cpu: string;
  memory: string;
  pods: number;
  labels: Record<string, string>;
  taints: Array<{ key: string; value?: string; effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute" }>;
  /** Joins the cluster at this time (an `addNode` action); 0 for nodes that are there from the start. */
  joinAt: number;
  /** From a `kind: Node` document: allocatable when it differs from capacity, and the rest it declares. */
  allocatable?: { cpu: string; memory: string; pods: number };
  unschedulable?: boolean;
  annotations?: Record<string, string>;
  /** The Node document it came from, for messages. */
  document?: number;
}

export interface ImageSpec {
  image: string;
  pullSeconds?: number;
  sizeBytes?: number;
  pullError?: string;
  present?: boolean;
}

export interface BehaviorSpec {
  image?: string;
  pod?: string;
  container?: string;
  listens: Array<{ port: number; after: number; until?: number; grpc?: boolean }>;
  http: Array<{ port?: number; path: string; responses: Array<{ after: number; status: number }> }>;
  grpc: Array<{ port: number; responses: Array<{ after: number; status: "SERVING" | "NOT_SERVING" }> }>;
  exit?: { after: number; code: number };
  memory?: MemoryModel;
  /** CPU cores the app would use if nothing held it back. */
  cpu?: number;
  /** undefined: ignores SIGTERM (PID 1 without a handler). */
  onStop?: { after: number; code: number };
}

export type ActionSpec =
  | { at: number; kind: "delete"; pod?: string; selector?: Record<string, string>; namespace: string; gracePeriodSeconds?: number; path: (string | number)[] }
  /** kubectl set image deployment/NAME (or pod/NAME) CONTAINER=IMAGE */
  | { at: number; kind: "setImage"; deployment?: string; pod?: string; namespace: string; container: string; image: string; path: (string | number)[] }
  /** kubectl patch pod NAME [--type T] [--subresource status] -p PATCH */
  | { at: number; kind: "patch"; pod: string; namespace: string; patchType: "strategic" | "merge" | "json"; subresource?: "status"; patch: unknown; path: (string | number)[] }
  /** A controller sets a pod condition (PATCH pods/NAME/status). */
  | { at: number; kind: "podCondition"; pod: string; namespace: string; type: string; status: "True" | "False" | "Unknown"; reason?: string; message?: string; path: (string | number)[] }
  /** kubectl label node NAME (or pod NAME) k=v … k- … [--overwrite] */
  | { at: number; kind: "label"; node?: string; pod?: string; namespace: string; labels: Record<string, string>; remove: string[]; overwrite: boolean; path: (string | number)[] }
  /** kubectl taint node NAME k[=v]:Effect [--overwrite], or k[:Effect]- */
  | { at: number; kind: "taint"; node: string; key: string; value?: string; effect?: "NoSchedule" | "PreferNoSchedule" | "NoExecute"; remove: boolean; overwrite: boolean; path: (string | number)[] }
  /** A node goes down (unreachable), comes back, is cordoned, uncordoned, drained, or joins. */
  | { at: number; kind: "nodeDown" | "nodeUp" | "cordon" | "uncordon" | "drain"; node: string; path: (string | number)[] }
  | { at: number; kind: "addNode"; node: NodeSpec; path: (string | number)[] }
  /** One run of the descheduler with these strategies (it only evicts; the scheduler re-places). */
  | { at: number; kind: "deschedule"; policy: { removeDuplicates?: boolean; lowNodeUtilization?: { thresholds: Record<string, number>; targetThresholds: Record<string, number> }; removePodsViolatingTopologySpreadConstraint?: boolean }; path: (string | number)[] }
  /** kubectl scale deployment/NAME --replicas=N (or replicaset/NAME) */
  | { at: number; kind: "scale"; target: "Deployment" | "ReplicaSet"; name: string; namespace: string; replicas: number; path: (string | number)[] }
  | { at: number; kind: "rolloutRestart"; deployment: string; namespace: string; path: (string | number)[] }
  | { at: number; kind: "apply"; objects: unknown[]; path: (string | number)[] }
  | { at: number; kind: "crash"; pod: string; namespace: string; container?: string; exitCode: number; path: (string | number)[] }
  | { at: number; kind: "http"; pod?: string; namespace: string; container?: string; port?: number; path?: string; status: number; yamlPath: (string | number)[] }
  /** From `at` on, the probe's answer is forced: "fail" makes the checked endpoint fail, "pass" makes it healthy again. */
  | { at: number; kind: "probe"; pod: string; namespace: string; container?: string; probe: "liveness" | "readiness" | "startup"; outcome: "fail" | "pass"; path: (string | number)[] };

export interface Scenario {
  name: string;
  duration: number;
  durationGiven: boolean;
  featureGates: Record<string, boolean>;
  /** The cluster's nodes (`spec.nodes`, or the single `spec.node`); one default node when neither is given. */
  nodes: NodeSpec[];
  images: ImageSpec[];
  behaviors: BehaviorSpec[];
  actions: ActionSpec[];
  /** Document index of the Scenario in the file (for action errors), or -1 when absent. */
  document: number;
  /** The Scenario named its nodes (`node` or `nodes`); otherwise `nodes` holds the default node. */
  nodesGiven?: boolean;
}

export function defaultNode(name: string): NodeSpec {
  return { name, cpu: "4", memory: "16Gi", pods: 110, labels: { "kubernetes.io/hostname": name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64" }, taints: [], joinAt: 0 };
}

export function defaultScenario(): Scenario {
  return {
    name: "",
    duration: DEFAULT_DURATION,
    durationGiven: false,
    featureGates: {},
    nodes: [defaultNode("node-1")],
    images: [],
    behaviors: [],
    actions: [],
    document: -1,
  };
}

type Path = (string | number)[];
type Obj = Record<string, unknown>;

/** Each object's accepted field names, from the one definition the editor's schema also comes from. */
const FIELDS = new Map<ScenarioObjectName, ReadonlySet<string>>();
const fieldsOf = (kind: ScenarioObjectName): ReadonlySet<string> => {
  let set = FIELDS.get(kind);
  if (!set) FIELDS.set(kind, (set = new Set(fieldNames(kind))));
  return set;
};

/**
 * A value as field.Error prints it: Go's %v for numbers, so `.nan` and `.inf` read NaN, +Inf and
 * -Inf (JSON would say null); JSON text otherwise.
 */
export const show = (v: unknown): string => (typeof v === "number" && !Number.isFinite(v) ? (Number.isNaN(v) ? "NaN" : v > 0 ? "+Inf" : "-Inf") : JSON.stringify(v));

/** `Unsupported value: "x": supported values: "a", "b"`, listing an enum field's values from the definition. */
const supported = (v: unknown, values: readonly string[]) => `Unsupported value: ${show(v)}: supported values: ${values.map((x) => JSON.stringify(x)).join(", ")}`;
const isOneOf = <T extends string>(v: unknown, values: readonly T[]): v is T => typeof v === "string" && (values as readonly string[]).includes(v);

/**
 * Reads the playground's own `kind: Scenario` document: the horizon, the node, image and app
 * behaviours, and the scripted actions. Errors use the API server's strict-decoding and
 * validation wording so they read like the rest.
 */
export function parseScenario(doc: SourceDoc): { scenario: Scenario; errors: Diagnostic[]; infos: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const infos: Diagnostic[] = [];
  const sc = defaultScenario();
  sc.document = doc.index;
  const err = (path: Path, detail: string, atKey = false) => {
    const pos = atKey ? doc.keyAt(path) : doc.valueAt(path);
    errors.push({ message: `Scenario${sc.name ? ` "${sc.name}"` : ""} is invalid: ${fmt(path)}: ${detail}`, path: fmt(path), line: pos.line, column: pos.column, document: doc.index, severity: "error" });
  };
  const strict = (v: unknown, path: Path, kind: ScenarioObjectName): v is Obj => {
    if (v === undefined || v === null) return false;
    if (typeof v !== "object" || Array.isArray(v)) {
      err(path, `Invalid value: ${show(v)}: must be an object`);
      return false;
    }
    for (const k of Object.keys(v)) {
      if (fieldsOf(kind).has(k)) continue;
      const pos = doc.keyAt([...path, k]);
      errors.push({
        message: `Scenario in version "${SCENARIO_API_VERSION}" cannot be handled as a Scenario: strict decoding error: unknown field "${fmt([...path, k])}"`,
        path: fmt([...path, k]),
        line: pos.line,
        column: pos.column,
        document: doc.index,
        severity: "error",
      });
    }
    return true;
  };
  const list = (v: unknown, path: Path): unknown[] => {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      err(path, `Invalid value: ${show(v)}: must be a list`);
      return [];
    }
    return v;
  };
  const duration = (v: unknown, path: Path, required = false, limit = true): number | undefined => {
    if (v === undefined) {
      if (required) err(path, "Required value");
      return undefined;
    }
    const d = parseDuration(v);
    if (d === undefined) err(path, `Invalid value: ${show(v)}: must be a duration such as 30s, 5m or 1h30m`);
    else if (limit && d > MAX_DURATION) {
      err(path, `Invalid value: ${show(v)}: podplay limit: must be at most ${formatDuration(MAX_DURATION)}, the longest run podplay simulates`);
      return undefined;
    }
    return d;
  };
  const int = (v: unknown, path: Path, [min, max]: [number, number], required = false): number | undefined => {
    if (v === undefined) {
      if (required) err(path, "Required value");
      return undefined;
    }
    if (typeof v !== "number" || !Number.isInteger(v) || v < min || v > max) {
      err(path, `Invalid value: ${show(v)}: must be an integer between ${min} and ${max}, inclusive`);
      return undefined;
    }
    return v;
  };
  const str = (v: unknown, path: Path, required = false): string | undefined => {
    if (v === undefined) {
      if (required) err(path, "Required value");
      return undefined;
    }
    if (typeof v !== "string" || !v) {
      err(path, `Invalid value: ${show(v)}: must be a non-empty string`);
      return undefined;
    }
    return v;
  };
  const bytes = (v: unknown, path: Path): number | undefined => {
    if (v === undefined) return undefined;
    const b = typeof v === "number" ? v * MiB : parseQuantity(String(v));
    if (!Number.isFinite(b) || b < 0) err(path, `Invalid value: ${show(v)}: must be a memory quantity such as 128Mi`);
    return Number.isFinite(b) ? b : undefined;
  };

  /**
   * A gate podplay does not simulate. Gate names are case-sensitive: a modelled gate spelt in
   * another case is what kube-apiserver and the kubelet refuse (component-base featuregate:
   * "unrecognized feature gate: X"). Any other name may be a real v1.34 gate podplay has no model
   * for, or a typo: a warning says it changes nothing here.
   */
  const featureGateNotModelled = (k: string) => {
    const path: Path = ["spec", "featureGates", k];
    const modelled = Object.keys(DEFAULT_FEATURE_GATES);
    const near = modelled.find((g) => g.toLowerCase() === k.toLowerCase());
    if (near) return err(path, `Invalid value: ${JSON.stringify(k)}: unrecognized feature gate: ${k} (feature gate names are case-sensitive: ${near})`, true);
    const pos = doc.keyAt(path);
    infos.push({
      message: `unrecognized feature gate: ${k}: podplay simulates only ${modelled.join(", ")}, so this gate changes nothing here; a real kube-apiserver or kubelet refuses a name it does not know with this message`,
      path: fmt(path),
      line: pos.line,
      column: pos.column,
      document: doc.index,
      severity: "info",
    });
  };
  const root = doc.value as Obj;
  strict(root, [], "scenario");
  if (strict(root.metadata, ["metadata"], "metadata")) sc.name = typeof (root.metadata as Obj).name === "string" ? String((root.metadata as Obj).name) : "";
  const spec = root.spec;
  if (!strict(spec, ["spec"], "spec")) return { scenario: sc, errors, infos };

  if (spec.duration !== undefined) {
    const d = duration(spec.duration, ["spec", "duration"], false, false);
    if (d !== undefined) {
      if (d > MAX_DURATION) err(["spec", "duration"], `Invalid value: ${show(spec.duration)}: podplay simulates at most ${formatDuration(MAX_DURATION)}; shorten spec.duration`);
      else if (d <= 0) err(["spec", "duration"], `Invalid value: ${show(spec.duration)}: must be greater than 0`);
      else {
        sc.duration = d;
        sc.durationGiven = true;
      }
    }
  }
  if (spec.featureGates !== undefined) {
    if (typeof spec.featureGates !== "object" || spec.featureGates === null || Array.isArray(spec.featureGates)) err(["spec", "featureGates"], "Invalid value: must be a map of gate names to true or false");
    else
      for (const [k, v] of Object.entries(spec.featureGates as Obj)) {
        if (typeof v !== "boolean") err(["spec", "featureGates", k], `Invalid value: ${show(v)}: must be true or false`);
        else if (!hasOwn(DEFAULT_FEATURE_GATES, k)) featureGateNotModelled(k);
        else setOwn(sc.featureGates, k, v);
      }
  }
  const readNode = (n: Obj, p: Path): NodeSpec | undefined => {
    const node = defaultNode(str(n.name, [...p, "name"]) ?? "node-1");
    node.cpu = n.cpu === undefined ? "4" : String(n.cpu);
    node.memory = n.memory === undefined ? "16Gi" : String(n.memory);
    node.pods = int(n.pods, [...p, "pods"], intRange("node", "pods")) ?? 110;
    if (!Number.isFinite(parseQuantity(node.cpu))) err([...p, "cpu"], `Invalid value: ${show(n.cpu)}: must be a CPU quantity such as 4 or 3500m`);
    if (!Number.isFinite(parseQuantity(node.memory))) err([...p, "memory"], `Invalid value: ${show(n.memory)}: must be a memory quantity such as 16Gi`);
    if (n.labels !== undefined) {
      if (typeof n.labels !== "object" || n.labels === null || Array.isArray(n.labels)) err([...p, "labels"], "Invalid value: must be a map of label names to values");
      else for (const [k, v] of Object.entries(n.labels as Obj)) setOwn(node.labels, k, String(v));
    }
    const zone = str(n.zone, [...p, "zone"]);
    if (zone) node.labels["topology.kubernetes.io/zone"] = zone;
    list(n.taints, [...p, "taints"]).forEach((tv, j) => {
      const tp = [...p, "taints", j];
      if (!strict(tv, tp, "taint")) return;
      const key = str(tv.key, [...tp, "key"], true);
      const effect = tv.effect;
      if (!isOneOf(effect, TAINT_EFFECTS)) err([...tp, "effect"], supported(effect, TAINT_EFFECTS));
      else if (key) node.taints.push({ key, value: tv.value === undefined ? undefined : String(tv.value), effect });
    });
    return node;
  };
  if (spec.node !== undefined && spec.nodes !== undefined) err(["spec", "nodes"], "Forbidden: use either node or nodes");
  if (strict(spec.node, ["spec", "node"], "node")) {
    const n = readNode(spec.node, ["spec", "node"]);
    if (n) {
      sc.nodes = [n];
      sc.nodesGiven = true;
    }
  }
  if (spec.nodes !== undefined) {
    const nodes = list(spec.nodes, ["spec", "nodes"])
      .map((v, i) => (strict(v, ["spec", "nodes", i], "node") ? readNode(v, ["spec", "nodes", i]) : undefined))
      .filter((n): n is NodeSpec => !!n);
    const seen = new Set<string>();
    nodes.forEach((n, i) => {
      if (seen.has(n.name)) err(["spec", "nodes", i, "name"], `Duplicate value: ${JSON.stringify(n.name)}`);
      seen.add(n.name);
    });
    if (nodes.length > 1000) err(["spec", "nodes"], `Too many: ${nodes.length}: must have at most 1000 items`);
    else if (nodes.length) {
      sc.nodes = nodes;
      sc.nodesGiven = true;
    }
  }
  list(spec.images, ["spec", "images"]).forEach((v, i) => {
    const p: Path = ["spec", "images", i];
    if (!strict(v, p, "image")) return;
    const image = str(v.image, [...p, "image"], true);
    if (!image) return;
    sc.images.push({
      image,
      pullSeconds: duration(v.pullSeconds, [...p, "pullSeconds"]),
      sizeBytes: int(v.sizeBytes, [...p, "sizeBytes"], intRange("image", "sizeBytes")),
      pullError: str(v.pullError, [...p, "pullError"]),
      present: v.present === true,
    });
  });
  list(spec.behaviors, ["spec", "behaviors"]).forEach((v, i) => {
    const p: Path = ["spec", "behaviors", i];
    if (!strict(v, p, "behavior")) return;
    const b: BehaviorSpec = { image: str(v.image, [...p, "image"]), pod: str(v.pod, [...p, "pod"]), container: str(v.container, [...p, "container"]), listens: [], http: [], grpc: [] };
    if (!b.image && !b.container && !b.pod) err(p, "Required value: one of image, pod or container must say which containers behave this way");
    list(v.listens, [...p, "listens"]).forEach((l, j) => {
      const lp = [...p, "listens", j];
      if (!strict(l, lp, "listen")) return;
      const port = int(l.port, [...lp, "port"], intRange("listen", "port"), true);
      if (port !== undefined) b.listens.push({ port, after: duration(l.after, [...lp, "after"]) ?? 0, until: duration(l.until, [...lp, "until"]), grpc: l.grpc === true });
    });
    list(v.http, [...p, "http"]).forEach((h, j) => {
      const hp = [...p, "http", j];
      if (!strict(h, hp, "httpAnswer")) return;
      const responses = list(h.responses, [...hp, "responses"]).flatMap((r, k) => {
        const rp = [...hp, "responses", k];
        if (!strict(r, rp, "httpResponse")) return [];
        const status = int(r.status, [...rp, "status"], intRange("httpResponse", "status"), true);
        return status === undefined ? [] : [{ after: duration(r.after, [...rp, "after"]) ?? 0, status }];
      });
      if (!responses.length) err([...hp, "responses"], "Required value: at least one response");
      b.http.push({ port: int(h.port, [...hp, "port"], intRange("httpAnswer", "port")), path: str(h.path, [...hp, "path"]) ?? "/", responses: responses.sort((a, z) => a.after - z.after) });
    });
    list(v.grpc, [...p, "grpc"]).forEach((g, j) => {
      const gp = [...p, "grpc", j];
      if (!strict(g, gp, "grpcAnswer")) return;
      const port = int(g.port, [...gp, "port"], intRange("grpcAnswer", "port"), true);
      const responses = list(g.responses, [...gp, "responses"]).flatMap((r, k) => {
        const rp = [...gp, "responses", k];
        if (!strict(r, rp, "grpcResponse")) return [];
        if (!isOneOf(r.status, GRPC_STATUSES)) {
          err([...rp, "status"], supported(r.status, GRPC_STATUSES));
          return [];
        }
        return [{ after: duration(r.after, [...rp, "after"]) ?? 0, status: r.status }];
      });
      if (port !== undefined) b.grpc.push({ port, responses });
    });
    if (strict(v.exit, [...p, "exit"], "exit")) {
      const e = v.exit;
      const after = duration(e.after, [...p, "exit", "after"], true);
      const code = int(e.code ?? 0, [...p, "exit", "code"], intRange("exit", "code"));
      if (after !== undefined && code !== undefined) b.exit = { after, code };
    }
    if (v.cpu !== undefined) {
      const cores = parseQuantity(String(v.cpu));
      if (!Number.isFinite(cores) || cores < 0) err([...p, "cpu"], `Invalid value: ${show(v.cpu)}: must be a CPU quantity such as 2 or 500m`);
      else b.cpu = cores;
    }
    if (strict(v.memory, [...p, "memory"], "memory")) {
      const m = v.memory;
      const mp = [...p, "memory"];
      const model: MemoryModel = { baseBytes: bytes(m.start, [...mp, "start"]) ?? 8 * MiB, steps: [] };
      list(m.steps, [...mp, "steps"]).forEach((s, k) => {
        const sp = [...mp, "steps", k];
        if (!strict(s, sp, "memoryStep")) return;
        const after = duration(s.after, [...sp, "after"], true);
        const to = bytes(s.to, [...sp, "to"]);
        if (after !== undefined && to !== undefined) model.steps.push({ after, bytes: to });
      });
      model.steps.sort((a, z) => a.after - z.after);
      const grow = bytes(m.growPerSecond, [...mp, "growPerSecond"]);
      if (grow) {
        model.growBytesPerSecond = grow;
        model.growAfter = duration(m.growAfter, [...mp, "growAfter"]) ?? 0;
      }
      b.memory = model;
    }
    if (v.onSigterm === "ignore") b.onStop = undefined;
    else if (strict(v.onSigterm, [...p, "onSigterm"], "onSigterm")) {
      const o = v.onSigterm;
      b.onStop = { after: duration(o.exitAfter, [...p, "onSigterm", "exitAfter"]) ?? 0.1, code: int(o.code ?? 0, [...p, "onSigterm", "code"], intRange("onSigterm", "code")) ?? 0 };
    } else b.onStop = { after: 0.1, code: 0 };
    sc.behaviors.push(b);
  });
  list(spec.actions, ["spec", "actions"]).forEach((v, i) => {
    const p: Path = ["spec", "actions", i];
    if (!strict(v, p, "action")) return;
    const at = duration(v.at, [...p, "at"], true);
    const verbs = ACTION_VERBS.filter((k) => v[k] !== undefined);
    if (verbs.length !== 1) {
      err(p, verbs.length ? `Forbidden: may not specify more than 1 action (${verbs.join(", ")})` : `Required value: one of ${ACTION_VERBS.slice(0, -1).join(", ")} or ${ACTION_VERBS[ACTION_VERBS.length - 1]}`);
      return;
    }
    if (at === undefined) return;
    if (v.delete !== undefined && strict(v.delete, [...p, "delete"], "deleteAction")) {
      const d = v.delete;
      const pod = str(d.pod, [...p, "delete", "pod"]);
      const selector = d.selector === undefined ? undefined : parseSelector(d.selector);
      if (d.selector !== undefined && !selector) err([...p, "delete", "selector"], `Invalid value: ${show(d.selector)}: must be labels such as "app=web" or "app=web,tier=front"`);
      if (!pod && !selector) err([...p, "delete"], "Required value: pod or selector");
      else if ((pod || selector) && !(pod && selector))
        sc.actions.push({ at, kind: "delete", pod, selector, namespace: str(d.namespace, [...p, "delete", "namespace"]) ?? "default", gracePeriodSeconds: int(d.gracePeriodSeconds, [...p, "delete", "gracePeriodSeconds"], intRange("deleteAction", "gracePeriodSeconds")), path: [...p, "delete"] });
      else err([...p, "delete"], "Forbidden: pod and selector are exclusive");
    }
    for (const verb of NODE_VERBS) {
      if (v[verb] === undefined || at === undefined) continue;
      const node = str(v[verb], [...p, verb], true);
      if (node) sc.actions.push({ at, kind: verb, node, path: [...p, verb] });
    }
    if (v.addNode !== undefined && strict(v.addNode, [...p, "addNode"], "node")) {
      const n = readNode(v.addNode, [...p, "addNode"]);
      if (n) {
        n.joinAt = at;
        sc.actions.push({ at, kind: "addNode", node: n, path: [...p, "addNode"] });
      }
    }
    if (v.deschedule !== undefined && at !== undefined && strict(v.deschedule, [...p, "deschedule"], "deschedule")) {
      const d = v.deschedule;
      const dp: Path = [...p, "deschedule"];
      const policy: Extract<ActionSpec, { kind: "deschedule" }>["policy"] = {};
      if (d.removeDuplicates === true) policy.removeDuplicates = true;
      if (d.removePodsViolatingTopologySpreadConstraint === true) policy.removePodsViolatingTopologySpreadConstraint = true;
      if (strict(d.lowNodeUtilization, [...dp, "lowNodeUtilization"], "lowNodeUtilization")) {
        const l = d.lowNodeUtilization;
        const usage = (u: unknown, up: Path): Record<string, number> => {
          const out: Record<string, number> = {};
          if (!strict(u, up, "usage")) {
            err(up, "Required value: percentages for cpu, memory or pods");
            return out;
          }
          for (const [k, x] of Object.entries(u)) {
            const n = int(x, [...up, k], intRange("usage", fieldsOf("usage").has(k) ? k : "cpu"));
            if (n !== undefined) setOwn(out, k, n);
          }
          return out;
        };
        policy.lowNodeUtilization = { thresholds: usage(l.thresholds, [...dp, "lowNodeUtilization", "thresholds"]), targetThresholds: usage(l.targetThresholds, [...dp, "lowNodeUtilization", "targetThresholds"]) };
      }
      if (!Object.keys(policy).length) err(dp, "Required value: at least one strategy (removeDuplicates, lowNodeUtilization, removePodsViolatingTopologySpreadConstraint)");
      else sc.actions.push({ at, kind: "deschedule", policy, path: dp });
    }
    if (v.setImage !== undefined && strict(v.setImage, [...p, "setImage"], "setImageAction")) {
      const si = v.setImage;
      const sp: Path = [...p, "setImage"];
      const deployment = str(si.deployment, [...sp, "deployment"]);
      const pod = str(si.pod, [...sp, "pod"]);
      const container = str(si.container, [...sp, "container"], true);
      const image = str(si.image, [...sp, "image"], true);
      if (!deployment === !pod) err(sp, "Required value: exactly one of deployment or pod");
      else if (container && image) sc.actions.push({ at, kind: "setImage", deployment, pod, container, image, namespace: str(si.namespace, [...sp, "namespace"]) ?? "default", path: sp });
    }
    if (v.patch !== undefined && strict(v.patch, [...p, "patch"], "patchAction")) {
      const pa = v.patch;
      const pp: Path = [...p, "patch"];
      const pod = str(pa.pod, [...pp, "pod"], true);
      const type = pa.type ?? "strategic";
      const sub = pa.subresource;
      if (!isOneOf(type, PATCH_TYPES)) err([...pp, "type"], supported(type, PATCH_TYPES));
      else if (sub !== undefined && sub !== "status") err([...pp, "subresource"], supported(sub, ["status"]));
      else if (pa.patch === undefined) err([...pp, "patch"], "Required value");
      else if (pod)
        sc.actions.push({ at, kind: "patch", pod, namespace: str(pa.namespace, [...pp, "namespace"]) ?? "default", patchType: type, ...(sub ? { subresource: "status" as const } : {}), patch: pa.patch, path: pp });
    }
    if (v.podCondition !== undefined && strict(v.podCondition, [...p, "podCondition"], "podConditionAction")) {
      const pc = v.podCondition;
      const cp: Path = [...p, "podCondition"];
      const pod = str(pc.pod, [...cp, "pod"], true);
      const type = str(pc.type, [...cp, "type"], true);
      const status = pc.status === true ? "True" : pc.status === false ? "False" : pc.status;
      if (pc.status === undefined) err([...cp, "status"], "Required value");
      else if (!isOneOf(status, CONDITION_STATUSES)) err([...cp, "status"], supported(pc.status, CONDITION_STATUSES));
      else if (pod && type)
        sc.actions.push({
          at,
          kind: "podCondition",
          pod,
          namespace: str(pc.namespace, [...cp, "namespace"]) ?? "default",
          type,
          status,
          reason: str(pc.reason, [...cp, "reason"]),
          message: pc.message === undefined ? undefined : String(pc.message),
          path: cp,
        });
    }
    if (v.label !== undefined && strict(v.label, [...p, "label"], "labelAction")) {
      const l = v.label;
      const lp: Path = [...p, "label"];
      const node = str(l.node, [...lp, "node"]);
      const pod = str(l.pod, [...lp, "pod"]);
      const labels: Record<string, string> = {};
      if (l.labels !== undefined) {
        if (typeof l.labels !== "object" || l.labels === null || Array.isArray(l.labels)) err([...lp, "labels"], "Invalid value: must be a map of label names to values");
        else for (const [k, x] of Object.entries(l.labels as Obj)) setOwn(labels, k, x === null ? "" : String(x));
      }
      const remove = list(l.remove, [...lp, "remove"]).flatMap((x, j) => str(x, [...lp, "remove", j]) ?? []);
      if (!node === !pod) err(lp, "Required value: exactly one of node or pod");
      else sc.actions.push({ at, kind: "label", node, pod, namespace: str(l.namespace, [...lp, "namespace"]) ?? "default", labels, remove, overwrite: l.overwrite === true, path: lp });
    }
    if (v.taint !== undefined && strict(v.taint, [...p, "taint"], "taintAction")) {
      const t = v.taint;
      const tp: Path = [...p, "taint"];
      const node = str(t.node, [...tp, "node"], true);
      const key = str(t.key, [...tp, "key"], true);
      const effect = t.effect;
      if (effect !== undefined && !isOneOf(effect, TAINT_EFFECTS)) err([...tp, "effect"], supported(effect, TAINT_EFFECTS));
      else if (node && key)
        sc.actions.push({ at, kind: "taint", node, key, value: t.value === undefined || t.value === null ? undefined : String(t.value), effect, remove: t.remove === true, overwrite: t.overwrite === true, path: tp });
    }
    if (v.scale !== undefined && strict(v.scale, [...p, "scale"], "scaleAction")) {
      const sc2 = v.scale;
      const sp: Path = [...p, "scale"];
      const dep = str(sc2.deployment, [...sp, "deployment"]);
      const rs = str(sc2.replicaSet, [...sp, "replicaSet"]);
      const replicas = int(sc2.replicas, [...sp, "replicas"], intRange("scaleAction", "replicas"), true);
      if (!dep === !rs) err(sp, "Required value: exactly one of deployment or replicaSet");
      else if (replicas !== undefined) sc.actions.push({ at, kind: "scale", target: dep ? "Deployment" : "ReplicaSet", name: (dep ?? rs)!, namespace: str(sc2.namespace, [...sp, "namespace"]) ?? "default", replicas, path: sp });
    }
    if (v.rolloutRestart !== undefined && strict(v.rolloutRestart, [...p, "rolloutRestart"], "rolloutRestartAction")) {
      const rp: Path = [...p, "rolloutRestart"];
      const deployment = str(v.rolloutRestart.deployment, [...rp, "deployment"], true);
      if (deployment) sc.actions.push({ at, kind: "rolloutRestart", deployment, namespace: str(v.rolloutRestart.namespace, [...rp, "namespace"]) ?? "default", path: rp });
    }
    if (v.apply !== undefined) {
      const objs = list(v.apply, [...p, "apply"]);
      sc.actions.push({ at, kind: "apply", objects: objs, path: [...p, "apply"] });
    }
    if (v.crash !== undefined && strict(v.crash, [...p, "crash"], "crashAction")) {
      const c = v.crash;
      const pod = str(c.pod, [...p, "crash", "pod"], true);
      const exitCode = int(c.exitCode ?? 1, [...p, "crash", "exitCode"], intRange("crashAction", "exitCode"));
      if (pod && exitCode !== undefined)
        sc.actions.push({ at, kind: "crash", pod, namespace: str(c.namespace, [...p, "crash", "namespace"]) ?? "default", container: str(c.container, [...p, "crash", "container"]), exitCode, path: [...p, "crash"] });
    }
    if (v.probe !== undefined && strict(v.probe, [...p, "probe"], "probeAction")) {
      const pr = v.probe;
      const pp: Path = [...p, "probe"];
      const pod = str(pr.pod, [...pp, "pod"], true);
      const kind = pr.probe;
      const outcome = pr.outcome;
      if (!isOneOf(kind, PROBE_KINDS)) err([...pp, "probe"], supported(kind, PROBE_KINDS));
      else if (!isOneOf(outcome, PROBE_OUTCOMES)) err([...pp, "outcome"], supported(outcome, PROBE_OUTCOMES));
      else if (pod)
        sc.actions.push({ at, kind: "probe", pod, namespace: str(pr.namespace, [...pp, "namespace"]) ?? "default", container: str(pr.container, [...pp, "container"]), probe: kind, outcome, path: pp });
    }
    if (v.http !== undefined && strict(v.http, [...p, "http"], "httpAction")) {
      const h = v.http;
      const status = int(h.status, [...p, "http", "status"], intRange("httpAction", "status"), true);
      if (status !== undefined)
        sc.actions.push({
          at,
          kind: "http",
          pod: str(h.pod, [...p, "http", "pod"]),
          namespace: str(h.namespace, [...p, "http", "namespace"]) ?? "default",
          container: str(h.container, [...p, "http", "container"]),
          port: int(h.port, [...p, "http", "port"], intRange("httpAction", "port")),
          path: str(h.path, [...p, "http", "path"]),
          status,
          yamlPath: [...p, "http"],
        });
    }
  });
  sc.actions.sort((a, b) => a.at - b.at);
  return { scenario: sc, errors, infos };
}

/** "app=web,tier=front" (or a map) as matchLabels. */
function parseSelector(v: unknown): Record<string, string> | undefined {
  if (v && typeof v === "object" && !Array.isArray(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)]));
  if (typeof v !== "string" || !v.trim()) return undefined;
  const out: Record<string, string> = {};
  for (const part of v.split(",")) {
    const m = /^\s*([A-Za-z0-9._/-]+)\s*==?\s*([A-Za-z0-9._-]*)\s*$/.exec(part);
    if (!m) return undefined;
    setOwn(out, m[1], m[2]);
  }
  return out;
}

/** `spec.containers[0].image` style paths, as the API server writes them. */
export function fmt(path: Path): string {
  let s = "";
  for (const p of path) s += typeof p === "number" ? `[${p}]` : s ? `.${p}` : p;
  return s;
}
