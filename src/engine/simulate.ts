import { DEFAULT_EPOCH_MS } from "./api/events";
import type { KubeObject } from "./api/store";
import { KUBERNETES_VERSION, type Diagnostic } from "./api/types";
import { admitAll, admitPodFromTemplate, newAdmissionState } from "./admission/index";
import { alreadyExistsDiagnostic } from "./admission/apiErrors";
import { FieldPath } from "./admission/fieldPath";
import { Cluster } from "./cluster/cluster";
import { nodeSpecFromDocument } from "./cluster/nodes";
import { parseYamlDocuments, type SourceDoc } from "./input/yamlDocuments";
import { defaultScenario, parseScenario, SCENARIO_API_VERSION, type Scenario } from "./scenario/scenario";
import type { Trace, TraceEntry } from "./trace/types";
import { ADMISSION_WORK, MAX_WORK } from "./limits";
import { CHALLENGE_KIND, parseChallenge, type Challenge } from "./challenge/challenge";

export interface SimulateOptions {
  /** Simulated seconds to run; overrides the Scenario's duration. */
  until?: number;
  /** Wall-clock time of t=0 (printers show timestamps). */
  epochMs?: number;
  /**
   * The name kubectl would quote for the file in its own messages (`error validating "bad.yaml"`,
   * `resource mapping not found … from "bad.yaml"`): the CLI passes the path it was given, or
   * kubectl's "STDIN" for `-`. Default "manifest.yaml", the page's.
   */
  fileName?: string;
  /** Stop when the run has produced this many trace entries (a guard against runaway scenarios). */
  maxEntries?: number;
  /** Stop when the run's work passes this (podplay's work limit, MAX_WORK in limits.ts; smaller in tests). */
  maxWork?: number;
  /**
   * Called now and then while the run goes (every few thousand callbacks) with the trace's
   * entries so far, an array only ever appended to: a caller may pass them on before the run
   * ends (the page's worker does, so the page takes them in meanwhile).
   */
  onProgress?: (entries: readonly TraceEntry[]) => void;
}

export interface SimulationResult {
  /** Problems that rejected documents or the whole input; the rest of a multi-document file still runs, as with `kubectl apply -f`. */
  errors: Diagnostic[];
  /** Valid Kubernetes the simulator does not model, and similar notes for the editor. */
  infos: Diagnostic[];
  /** Every admitted object as the API server stored it at creation. */
  objects: KubeObject[];
  scenario: Scenario;
  /** The file's Challenge document, when it has a valid one: the goals a grader holds the run to. */
  challenge?: Challenge;
  trace: Trace;
  /** Set when the run stopped early, with a one-line reason. */
  truncated?: string;
  /** How many timer callbacks ran, and the run's work as its limit counts it (benchmarks). */
  stats: { callbacks: number; work?: number };
}

/** podplay limit (docs/limits.md): most trace entries one run keeps; a pod's write entry holds a whole Pod (about 2.5 KB). */
export const MAX_ENTRIES = 200_000;

/**
 * Runs a whole scenario: parse, admit, then every component on one virtual clock up to the
 * horizon. Pure and deterministic: the same text and options give the same trace.
 */
export function simulate(text: string, opts: SimulateOptions = {}): SimulationResult {
  const epochMs = opts.epochMs ?? DEFAULT_EPOCH_MS;
  const empty = (errors: Diagnostic[], scenario = defaultScenario()): SimulationResult => ({
    errors,
    infos: [],
    objects: [],
    scenario,
    trace: { format: 1, kubernetesVersion: KUBERNETES_VERSION, until: 0, epochMs, entries: [], probes: [], notes: [] },
    stats: { callbacks: 0 },
  });

  const parsed = parseYamlDocuments(text);
  if (parsed.errors.length) return empty(parsed.errors);
  if (!parsed.docs.length) {
    return empty([{ message: "nothing to simulate: the file has no Kubernetes objects (add a Pod, for example)", path: "", line: 1, column: 1, document: 0, severity: "error" }]);
  }

  // podplay's own documents: at most one Scenario (the simulation's knobs) and one Challenge (goals).
  const isScenario = (d: SourceDoc) => (d.value as { apiVersion?: unknown }).apiVersion === SCENARIO_API_VERSION;
  const isChallenge = (d: SourceDoc) => isScenario(d) && (d.value as { kind?: unknown }).kind === CHALLENGE_KIND;
  const challengeDocs = parsed.docs.filter(isChallenge);
  const scenarioDocs = parsed.docs.filter((d) => isScenario(d) && !isChallenge(d));
  const errors: Diagnostic[] = [];
  let scenario = defaultScenario();
  let scenarioInfos: Diagnostic[] = [];
  if (scenarioDocs.length > 1) {
    const pos = scenarioDocs[1].valueAt([]);
    errors.push({ message: "only one Scenario document is allowed per file", path: "", line: pos.line, column: pos.column, document: scenarioDocs[1].index, severity: "error" });
  }
  if (scenarioDocs.length) {
    const kind = (scenarioDocs[0].value as { kind?: unknown }).kind;
    if (kind !== "Scenario") {
      const pos = scenarioDocs[0].keyAt(["kind"]);
      errors.push({ message: `no matches for kind "${String(kind)}" in version "${SCENARIO_API_VERSION}" (the playground's own kind is Scenario)`, path: "kind", line: pos.line, column: pos.column, document: scenarioDocs[0].index, severity: "error" });
    } else {
      const r = parseScenario(scenarioDocs[0]);
      scenario = r.scenario;
      scenarioInfos = r.infos;
      errors.push(...r.errors);
    }
  }
  if (errors.length) return empty(errors, scenario);

  // A Challenge's problems are reported with the run's; the manifests still run, so the page keeps its picture.
  const challengeErrors: Diagnostic[] = [];
  let challenge: Challenge | undefined;
  if (challengeDocs.length > 1) {
    const pos = challengeDocs[1].valueAt([]);
    challengeErrors.push({ message: "only one Challenge document is allowed per file", path: "", line: pos.line, column: pos.column, document: challengeDocs[1].index, severity: "error" });
  } else if (challengeDocs.length) {
    const r = parseChallenge(challengeDocs[0], opts.until ?? scenario.duration);
    challenge = r.challenge;
    challengeErrors.push(...r.errors);
  }

  const admission = newAdmissionState();
  const admitted = admitAll(parsed.docs.filter((d) => !isScenario(d)), { featureGates: scenario.featureGates, fileName: opts.fileName, state: admission });
  const until = opts.until ?? scenario.duration;
  const nodeErrors = nodesFromDocuments(scenario, admitted.objects, parsed.docs);
  // admitAll hands back the playground's own documents; a version other than the Scenario's would otherwise do nothing.
  for (const d of admitted.playground) {
    const { apiVersion, kind } = d.value as { apiVersion?: unknown; kind?: unknown };
    const pos = d.valueAt(["apiVersion"]);
    nodeErrors.push({ message: `no matches for kind "${String(kind)}" in version "${String(apiVersion)}" (the playground's Scenario is apiVersion: ${SCENARIO_API_VERSION})`, path: "apiVersion", line: pos.line, column: pos.column, document: d.index, severity: "error" });
  }
  const actionErrors: Diagnostic[] = [];
  const cluster = new Cluster(scenario, epochMs, {
    admitPod: (pod, reuse) => admitPodFromTemplate(pod, { featureGates: scenario.featureGates, state: admission }, reuse),
    actionDoc: (path) => subDocument(scenarioDocs[0], path, scenarioDocs[0].index),
    onActionErrors: (_a, errs) => actionErrors.push(...errs),
  });
  // What `kubectl apply` last applied for each Pod (its last-applied-configuration): the
  // original side of the three-way merge when a later apply changes the pod.
  const lastApplied = new Map<string, unknown>();
  const podKey = (v: unknown): string | undefined => {
    const o = v as { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } } | null;
    if (o?.apiVersion !== "v1" || o.kind !== "Pod" || typeof o.metadata?.name !== "string" || !o.metadata.name) return undefined;
    return `${typeof o.metadata.namespace === "string" && o.metadata.namespace ? o.metadata.namespace : "default"}/${o.metadata.name}`;
  };
  for (const o of admitted.objects) {
    if (o.object.kind === "Node") continue;
    cluster.apply(o.object, { rule: "apply", data: { document: o.document } });
    const k = podKey(o.object);
    if (k) lastApplied.set(k, parsed.docs.find((d) => d.index === o.document)?.value);
  }
  for (const a of scenario.actions) {
    if (a.at > until) continue;
    cluster.clock.at(a.at, () => {
      if (a.kind !== "apply") return cluster.runAction(a);
      // Objects applied later go through the same admission, one inline document each. Admission
      // counts toward the work limit (ADMISSION_WORK each); a Pod past the pod limit is refused
      // before it is admitted.
      const full = cluster.podLimitReached();
      const docs = a.objects.map((_, i) => subDocument(scenarioDocs[0], [...a.path, i], scenarioDocs[0].index));
      cluster.clock.work += docs.length * ADMISSION_WORK;
      for (const d of docs) {
        // A Pod that exists is updated, as kubectl apply does (a three-way merge with what was
        // applied before); the name of a pod that is gone may be used again.
        const k = podKey(d.value);
        if (k) {
          const [ns, name] = k.split("/");
          if (cluster.store.get("Pod", ns, name)) {
            if (cluster.applyExistingPod(a, lastApplied.get(k), d.value, d, { rule: "scenario.apply", data: { at: a.at } }) !== "refused") lastApplied.set(k, d.value);
            continue;
          }
          admission.stored.delete(`pods/${k}`);
          if (full) continue;
        }
        const later = admitAll([d], { featureGates: scenario.featureGates, fileName: opts.fileName, state: admission });
        for (const e of later.errors) {
          actionErrors.push(e);
          cluster.note("actionRejected", `at ${a.at}s: ${e.message}`);
        }
        for (const o of later.objects) {
          // A Node applied later is a machine joining: its kubelet registers it (as `addNode`).
          if (o.object.kind === "Node") cluster.runAction({ at: a.at, kind: "addNode", node: nodeSpecFromDocument(o.object, scenario.document), path: a.path });
          else if (cluster.apply(o.object, { rule: "scenario.apply", data: { at: a.at } }) && k) lastApplied.set(k, d.value);
        }
      }
    });
  }

  let truncated: string | undefined;
  const maxEntries = opts.maxEntries ?? MAX_ENTRIES;
  const maxWork = opts.maxWork ?? MAX_WORK;
  const work = () => cluster.clock.fired + cluster.trace.entries.length + Math.round(cluster.clock.work);
  cluster.clock.workLimit = maxWork;
  cluster.run(until, {
    check: () => {
      opts.onProgress?.(cluster.trace.entries);
      return cluster.trace.entries.length > maxEntries || work() > maxWork;
    },
    onExceeded: () => {
      const at = `stopped at t=${Math.round(cluster.clock.now)}s`;
      truncated =
        cluster.trace.entries.length > maxEntries
          ? `${at}: the scenario produced more than ${maxEntries.toLocaleString("en-US")} changes; shorten spec.duration or simulate fewer pods`
          : `${at}: the run reached podplay's work limit (${maxWork.toLocaleString("en-US")} units: callbacks, changes and pods scanned; see docs/limits.md); shorten spec.duration or simulate fewer pods`;
    },
  });
  const end = truncated ? cluster.clock.now : until;
  const logs = cluster.trace.finishLogs();
  const trace: SimulationResult["trace"] = {
    format: 1,
    kubernetesVersion: KUBERNETES_VERSION,
    until: end,
    epochMs,
    entries: cluster.trace.entries,
    probes: cluster.trace.probes,
    notes: cluster.trace.notes,
    scheduling: cluster.trace.scheduling,
  };
  // The container logs are written out the first time someone reads them (a run's catalogue
  // programs, thousands of nginx pods, would otherwise format lines nobody looks at).
  defineLazyLogs(trace, logs);
  return {
    errors: [...admitted.errors, ...nodeErrors, ...actionErrors, ...challengeErrors],
    infos: [...scenarioInfos, ...admitted.infos],
    objects: admitted.objects.map((o) => o.object),
    scenario,
    ...(challenge ? { challenge } : {}),
    truncated,
    stats: { callbacks: cluster.clock.fired, work: work() },
    trace,
  };
}

/**
 * `trace.logs` as a property computed on first read (then an ordinary value). Made outside
 * simulate() so the accessors' closure holds the log source alone, not the finished cluster.
 */
function defineLazyLogs(trace: SimulationResult["trace"], get: () => NonNullable<SimulationResult["trace"]["logs"]>): void {
  Object.defineProperty(trace, "logs", {
    enumerable: true,
    configurable: true,
    get,
    set: (v) => Object.defineProperty(trace, "logs", { value: v, enumerable: true, configurable: true, writable: true }),
  });
}

/**
 * `kind: Node` documents declare machines, as the Scenario's `nodes` do: their kubelets register
 * them at the start. With Node documents and no Scenario nodes, the default node is not added.
 * A name both declare is the API server's AlreadyExists for the document.
 */
function nodesFromDocuments(scenario: Scenario, objects: Array<{ document: number; object: KubeObject }>, docs: readonly SourceDoc[]): Diagnostic[] {
  const fromDocs = objects.filter((o) => o.object.kind === "Node");
  if (!fromDocs.length) return [];
  const errors: Diagnostic[] = [];
  const nodes = scenario.nodesGiven ? [...scenario.nodes] : [];
  for (const o of fromDocs) {
    const name = String(o.object.metadata.name);
    if (nodes.some((n) => n.name === name)) {
      const doc = docs.find((d) => d.index === o.document);
      if (doc) errors.push(alreadyExistsDiagnostic(doc, "nodes", name, FieldPath.root("metadata", "name")));
      continue;
    }
    nodes.push(nodeSpecFromDocument(o.object, o.document));
  }
  scenario.nodes = nodes;
  return errors;
}

/** A view of part of a document (an inline object in a Scenario action) as a document of its own, keeping source positions. */
function subDocument(doc: SourceDoc, prefix: (string | number)[], index: number): SourceDoc {
  let value: unknown = doc.value;
  for (const k of prefix) value = (value as Record<string | number, unknown>)?.[k];
  return {
    index,
    value,
    valueAt: (p) => doc.valueAt([...prefix, ...p]),
    keyAt: (p) => doc.keyAt([...prefix, ...p]),
    has: (p) => doc.has([...prefix, ...p]),
  };
}
