import type { Container, ContainerStatus, Pod, PodCondition, PodSpec, Probe } from "../../engine/api/types";
import { fromTimestamp } from "../../engine/api/time";
import { effectivePolicy, isSidecar } from "../../engine/kubelet/containers";
import { goDuration } from "../../engine/printers/humanDuration";
import { parseDuration } from "../../engine/scenario/duration";
import type { EventEntry, RuntimeEntry, Trace, TraceEntry, WriteEntry } from "../../engine/trace/types";
import { pluralCategory, type Locale } from "../i18n/define";
import { docsLink, type DocTopic } from "./docsLinks";
import { explainOne, explainStrings, type ExplainKey } from "./strings";

/** A field of the user's manifest: document index in the file and a path like "spec.containers[0].image". */
export interface ExplainField {
  document: number;
  path: string;
}

export interface Explanation {
  /** Headline: what happened, e.g. "The kubelet killed container liveness". */
  title: string;
  /**
   * Plain-language sentences walking the cause chain in story order: the earliest cause first,
   * the selected change last.
   */
  sentences: string[];
  /** Trace entry ids involved (the entry itself and its causes, transitively, at most 12), for the timeline. */
  entries: number[];
  /** Fields of the user's manifest involved, for the editor. */
  fields: ExplainField[];
  /** The most relevant Kubernetes documentation page, in the UI's language where kubernetes.io has it. */
  docs: { url: string; title: string };
}

/** At most this many entries per explanation (the entry and its nearest causes). */
export const MAX_EXPLAINED_ENTRIES = 12;

/** Causes further back than this are highlighted but not told. */
const MAX_STORY_DEPTH = 3;

/** Steps that say how the kubelet works rather than why something happened: told only as direct causes. */
const ROUTINE = new Set(["kubelet.pullImage", "kubelet.imagePulled", "kubelet.imagePresent", "kubelet.containerStarted", "kubelet.startContainer"]);

/**
 * Explains one trace entry: what happened and why, following `cause.after` (and, where the engine
 * leaves the link implicit, the entry that evidently led to it) back through the trace.
 *
 * `objects` are the file's documents, used to point at fields of the Scenario document (scripted
 * actions, pods it applies): either plain values indexed by document index (a sparse array is fine)
 * or `{ index, value }` records as parseYamlDocuments returns them. Without them, fields are still
 * given for objects applied from the file itself (their index comes from the trace).
 *
 * Never throws: an unknown entry id gives a neutral explanation, an unknown rule a generic one.
 */
export function explain(trace: Trace, entryId: number, locale: Locale, objects?: unknown[]): Explanation {
  try {
    return new Explainer(trace, locale, objects).explain(entryId);
  } catch {
    return neutral(locale, entryId);
  }
}

/** Rule ids (or, for `probe.<kind>.…` and `kubelet.kill.<kind>`, their patterns) with a specific explanation. */
export const EXPLAINED_RULES: readonly string[] = [
  "apply",
  "scenario.apply",
  "scenario.delete",
  "scenario.crash",
  "scenario.http",
  "scenario.probe",
  "scenario.setImage",
  "scenario.scale",
  "scenario.patch",
  "scenario.podCondition",
  "scenario.label",
  "scenario.taint",
  "kubelet.activeDeadline",
  "kubelet.kill.definitionChanged",
  "deployment.sync",
  "endpointslice.sync",
  "scenario.deschedule",
  "job.sync",
  "job.manageJob",
  "job.status",
  "job.finished",
  "job.deleteActivePods",
  "job.removeTrackingFinalizer",
  "node.registered",
  "node.statusUnknown",
  "node.podsNotReady",
  "node.taintEviction",
  "node.kubeletReady",
  "node.untainted",
  "node.evictionCancelled",
  "scenario.nodeDown",
  "scenario.nodeUp",
  "scenario.cordon",
  "scenario.uncordon",
  "scenario.drain",
  "scenario.addNode",
  "scenario.drainEvict",
  "deployment.newReplicaSet",
  "deployment.scale",
  "deployment.status",
  "deployment.progressDeadline",
  "replicaset.manageReplicas",
  "replicaset.scaleDown",
  "replicaset.status",
  "scheduler.bound",
  "scheduler.unschedulable",
  "kubelet.podAssigned",
  "kubelet.sandboxCreated",
  "kubelet.pleg.containerStarted",
  "kubelet.pleg.containerDied",
  "kubelet.requeueAfterError",
  "kubelet.resync",
  "kubelet.pullImage",
  "kubelet.imagePulled",
  "kubelet.imagePresent",
  "kubelet.imagePullFailed",
  "kubelet.ImagePullBackOff",
  "kubelet.ErrImagePull",
  "kubelet.ErrImageNeverPull",
  "kubelet.InvalidImageName",
  "kubelet.startContainer",
  "kubelet.startInitContainer",
  "kubelet.restartContainer",
  "kubelet.containerStarted",
  "kubelet.runContainerError",
  "kubelet.crashLoopBackOff",
  "kubelet.postStartHookFailed",
  "kubelet.preStopHookFailed",
  "kubelet.kill.liveness",
  "kubelet.kill.startup",
  "kubelet.kill.readiness",
  "kubelet.stopSidecarsAfterCompletion",
  "kubelet.stopForDeletion",
  "kubelet.stopCompletedPod",
  "kubelet.sigkillAfterGrace",
  "kubelet.podTerminated",
  "kubelet.podCompleted",
  "kubelet.deleteAfterTermination",
  "container.exited0",
  "container.exitedNonZero",
  "container.exitedOnStopSignal",
  "kernel.oomKilled",
  "probe.liveness.failed",
  "probe.readiness.failed",
  "probe.startup.failed",
  "probe.liveness.failureThreshold",
  "probe.readiness.failureThreshold",
  "probe.startup.failureThreshold",
  "probe.liveness.successThreshold",
  "probe.readiness.successThreshold",
  "probe.startup.successThreshold",
  "probe.newContainer",
  "probe.containerNotRunning",
  "probe.podTerminating",
  "probe.errored",
  "probe.warning",
];

const KNOWN = new Set(EXPLAINED_RULES);

/** Whether `rule` has a specific explanation (not the generic fallback). */
export function isExplainedRule(rule: string): boolean {
  return KNOWN.has(rule);
}

// ---- text helpers ----------------------------------------------------------------------------

type Vars = Record<string, string | number>;

/** A why-panel sentence; a numeric `count` picks its form for one where the language has it. */
export function tr(locale: Locale, key: ExplainKey, vars: Vars = {}): string {
  const table = explainStrings[locale] as Record<string, string>;
  const one = typeof vars.count === "number" && pluralCategory(locale, vars.count) === "one" ? explainOne[locale][key] : undefined;
  const s = one ?? table[`explain.${key}`] ?? (explainStrings.en as Record<string, string>)[`explain.${key}`] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
}

/** Seconds as the UI writes them: "10 s", "1 m 20 s", "1.5 s" (English); "10초", "1분 20초" (Korean). */
export function formatSeconds(seconds: number, locale: Locale): string {
  const s = Math.max(0, Math.round(seconds * 1000) / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = Math.round((s - h * 3600 - m * 60) * 1000) / 1000;
  const parts: string[] = [];
  if (h) parts.push(tr(locale, "unit.h", { n: h }));
  if (m) parts.push(tr(locale, "unit.m", { n: m }));
  if (rest || parts.length === 0) parts.push(tr(locale, "unit.s", { n: rest }));
  return parts.join(" ");
}

function neutral(locale: Locale, id: number): Explanation {
  return {
    title: tr(locale, "title.none"),
    sentences: [tr(locale, "s.none", { id })],
    entries: [],
    fields: [],
    docs: docsLink("podPhase", locale),
  };
}

// ---- trace index ---------------------------------------------------------------------------

interface Index {
  writes: Map<string, WriteEntry[]>;
  events: Map<string, EventEntry[]>;
  runtime: Map<string, RuntimeEntry[]>;
  /** Pod writes by "namespace/name", for summaries of a selected pod. */
  podWrites: Map<string, WriteEntry[]>;
  /** Services as created, in time order. */
  services: WriteEntry[];
}

const indexes = new WeakMap<Trace, Index>();

function indexOf(trace: Trace): Index {
  let idx = indexes.get(trace);
  if (idx) return idx;
  idx = { writes: new Map(), events: new Map(), runtime: new Map(), podWrites: new Map(), services: [] };
  const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
    const l = m.get(k);
    if (l) l.push(v);
    else m.set(k, [v]);
  };
  for (const e of trace.entries) {
    if (e.type === "write") {
      push(idx.writes, e.ref.uid, e);
      if (e.ref.kind === "Pod") push(idx.podWrites, `${e.ref.namespace || "default"}/${e.ref.name}`, e);
      if (e.ref.kind === "Service" && e.verb === "create") idx.services.push(e);
    } else if (e.type === "event") push(idx.events, e.event.object.uid, e);
    else push(idx.runtime, e.pod.uid, e);
  }
  indexes.set(trace, idx);
  return idx;
}

function containerOf(e: TraceEntry): string | undefined {
  if (e.type === "runtime") return e.container;
  const d = e.cause.data?.container;
  if (typeof d === "string") return d;
  if (e.type === "event") return /\{(.+)\}$/.exec(e.event.object.fieldPath ?? "")?.[1];
  return undefined;
}

interface CRef {
  name: string;
  init: boolean;
  index: number;
  spec: Container | undefined;
  sidecar: boolean;
  policy: "Always" | "OnFailure" | "Never";
}

interface Base {
  document: number;
  prefix: string;
}

interface Step {
  title: string;
  sentences: string[];
  fields: ExplainField[];
  docs: DocTopic;
  /** Earlier entries that led here beyond `cause.after` (links the engine leaves implicit). */
  links: number[];
  /** When set, replaces `cause.after` as the causes to follow (to bound long runs of probe failures). */
  causes?: number[];
  /** Entries whose story this step already tells (e.g. the probe failures a Killing sums up). */
  covers: number[];
  /** Background told only when this step is the one explained, not when it is a cause. */
  more: string[];
  /** What to say instead of `sentences` when this step is a cause of the one explained. */
  brief?: string[];
  specific: boolean;
}

const SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh", "ksh"]);
const START_FAILURES = new Set(["CrashLoopBackOff", "ErrImagePull", "ImagePullBackOff", "PostStartHookError", "RunContainerError", "ErrImageNeverPull", "InvalidImageName"]);

type ProbeKind = "liveness" | "readiness" | "startup";

function probeOf(c: CRef | undefined, kind: ProbeKind): Probe | undefined {
  const s = c?.spec;
  return kind === "liveness" ? s?.livenessProbe : kind === "readiness" ? s?.readinessProbe : s?.startupProbe;
}

function probeHandler(p: Probe | undefined): string {
  if (!p) return "";
  if (p.exec) return `exec: ${(p.exec.command ?? []).join(" ")}`;
  if (p.httpGet) return `httpGet ${p.httpGet.path ?? "/"} :${p.httpGet.port}`;
  if (p.tcpSocket) return `tcpSocket :${p.tcpSocket.port}`;
  if (p.grpc) return `grpc :${p.grpc.port}`;
  return "";
}

/** Images without a tag, or tagged :latest, default to imagePullPolicy Always. */
function latestOrUntagged(image: string): boolean {
  if (image.includes("@")) return false;
  const last = image.slice(image.lastIndexOf("/") + 1);
  const i = last.lastIndexOf(":");
  return i < 0 || last.slice(i + 1) === "latest";
}

function num(v: unknown, dflt = 0): number {
  return typeof v === "number" && Number.isFinite(v) ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : dflt;
}

function str(v: unknown): string {
  return typeof v === "string" ? v : v === undefined || v === null ? "" : String(v);
}

function stateKind(s: ContainerStatus | undefined): "waiting" | "running" | "terminated" | undefined {
  if (!s?.state) return undefined;
  if (s.state.running) return "running";
  if (s.state.terminated) return "terminated";
  if (s.state.waiting) return "waiting";
  return undefined;
}

// ---- the explainer ---------------------------------------------------------------------------

class Explainer {
  private idx: Index;
  private docs: Array<{ index: number; value: unknown }>;
  private steps = new Map<number, Step>();

  constructor(
    private trace: Trace,
    private locale: Locale,
    objects: unknown[] | undefined,
  ) {
    this.idx = indexOf(trace);
    this.docs = [];
    (objects ?? []).forEach((o, i) => {
      if (o && typeof o === "object" && "value" in o && typeof (o as { index?: unknown }).index === "number") this.docs.push({ index: (o as unknown as { index: number }).index, value: (o as { value: unknown }).value });
      else if (o !== undefined && o !== null) this.docs.push({ index: i, value: o });
    });
  }

  // -- text

  private t(key: ExplainKey, vars: Vars = {}): string {
    return tr(this.locale, key, vars);
  }
  private d(seconds: number): string {
    return formatSeconds(seconds, this.locale);
  }
  private at(t: number): string {
    return this.t("at", { t: this.d(t) });
  }

  // -- trace lookups

  private get(id: number): TraceEntry | undefined {
    const e = this.trace.entries[id];
    if (e && e.id === id) return e;
    return this.trace.entries.find((x) => x.id === id);
  }

  /** The pod as stored at (or just before) entry `id`. */
  private podAt(uid: string, id: number): Pod | undefined {
    let found: Pod | undefined;
    for (const w of this.idx.writes.get(uid) ?? []) {
      if (w.id > id && found) break;
      if (w.object) found = w.object as Pod;
    }
    return found;
  }

  private prevWrite(e: WriteEntry): WriteEntry | undefined {
    let prev: WriteEntry | undefined;
    for (const w of this.idx.writes.get(e.ref.uid) ?? []) {
      if (w.id >= e.id) break;
      if (w.object) prev = w;
    }
    return prev;
  }

  private cref(pod: Pod | undefined, name: string | undefined): CRef | undefined {
    if (!name) return undefined;
    const inits = pod?.spec?.initContainers ?? [];
    const regular = pod?.spec?.containers ?? [];
    let index = inits.findIndex((c) => c.name === name);
    const init = index >= 0;
    if (!init) index = regular.findIndex((c) => c.name === name);
    const spec = init ? inits[index] : index >= 0 ? regular[index] : undefined;
    const policy = pod && spec ? effectivePolicy(pod, spec, init) : ((pod?.spec?.restartPolicy ?? "Always") as CRef["policy"]);
    return { name, init, index, spec, sidecar: !!spec && init && isSidecar(spec), policy };
  }

  /** Events of a pod before `id`, newest first, that match. */
  private lastEvent(uid: string, before: number, match: (e: EventEntry) => boolean): EventEntry | undefined {
    const list = this.idx.events.get(uid) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i].id < before && match(list[i])) return list[i];
    return undefined;
  }

  private lastRuntime(uid: string, before: number, match: (e: RuntimeEntry) => boolean): RuntimeEntry | undefined {
    const list = this.idx.runtime.get(uid) ?? [];
    for (let i = list.length - 1; i >= 0; i--) if (list[i].id < before && match(list[i])) return list[i];
    return undefined;
  }

  // -- fields

  private scenarioDoc(): { index: number; value: Record<string, unknown> } | undefined {
    for (const d of this.docs) {
      const v = d.value as { apiVersion?: unknown; kind?: unknown } | null;
      if (v && typeof v === "object" && v.apiVersion === "podplay.dev/v1alpha1" && v.kind === "Scenario") return d as { index: number; value: Record<string, unknown> };
    }
    return undefined;
  }

  /** The index of the Scenario action of `kind` at `at` (preferring one that `match`es). */
  private action(kind: "delete" | "apply" | "crash" | "http", at: number, match?: (v: Record<string, unknown>) => boolean): { document: number; i: number; value: Record<string, unknown> } | undefined {
    const sc = this.scenarioDoc();
    const actions = (sc?.value.spec as { actions?: unknown } | undefined)?.actions;
    if (!sc || !Array.isArray(actions)) return undefined;
    const candidates: number[] = [];
    actions.forEach((a, i) => {
      const v = a as Record<string, unknown> | null;
      if (v && typeof v === "object" && v[kind] !== undefined && parseDuration(v.at) === at) candidates.push(i);
    });
    const pick = candidates.find((i) => !match || match((actions[i] as Record<string, unknown>)[kind] as Record<string, unknown>)) ?? candidates[0];
    return pick === undefined ? undefined : { document: sc.index, i: pick, value: (actions[pick] as Record<string, unknown>)[kind] as Record<string, unknown> };
  }

  /** Where the pod's own manifest lives: its document, and a path prefix inside it. */
  private base(uid: string): Base | undefined {
    const create = (this.idx.writes.get(uid) ?? []).find((w) => w.verb === "create");
    if (!create) return undefined;
    if (create.cause.rule === "apply") {
      const doc = create.cause.data?.document;
      return typeof doc === "number" ? { document: doc, prefix: "" } : undefined;
    }
    if (create.cause.rule === "scenario.apply") {
      const at = num(create.cause.data?.at, NaN);
      const sc = this.scenarioDoc();
      const actions = (sc?.value.spec as { actions?: unknown } | undefined)?.actions;
      if (!sc || !Array.isArray(actions)) return undefined;
      for (let i = 0; i < actions.length; i++) {
        const a = actions[i] as { at?: unknown; apply?: unknown } | null;
        if (!a || parseDuration(a.at) !== at || !Array.isArray(a.apply)) continue;
        const j = a.apply.findIndex((o: unknown) => {
          const obj = o as { kind?: unknown; metadata?: { name?: unknown } } | null;
          return obj?.kind === create.ref.kind && obj?.metadata?.name === create.ref.name;
        });
        if (j >= 0) return { document: sc.index, prefix: `spec.actions[${i}].apply[${j}].` };
      }
    }
    return undefined;
  }

  private podField(base: Base | undefined, path: string): ExplainField[] {
    return base ? [{ document: base.document, path: base.prefix + path }] : [];
  }

  private cField(base: Base | undefined, c: CRef | undefined, sub?: string): ExplainField[] {
    if (!base || !c || c.index < 0) return [];
    return [{ document: base.document, path: `${base.prefix}spec.${c.init ? "initContainers" : "containers"}[${c.index}]${sub ? "." + sub : ""}` }];
  }

  /** The field that set a container's restart behaviour: its own restartPolicy, or the pod's. */
  private policyField(base: Base | undefined, c: CRef | undefined): ExplainField[] {
    if (c?.spec?.restartPolicy) return this.cField(base, c, "restartPolicy");
    return this.podField(base, "spec.restartPolicy");
  }

  /** What the container runs (its command and args), for exits. */
  private commandFields(base: Base | undefined, c: CRef | undefined): ExplainField[] {
    const out: ExplainField[] = [];
    if (c?.spec?.command) out.push(...this.cField(base, c, "command"));
    if (c?.spec?.args) out.push(...this.cField(base, c, "args"));
    if (!out.length) out.push(...this.cField(base, c, "image"));
    return out;
  }

  // -- the story

  explain(entryId: number): Explanation {
    const main = this.get(entryId);
    if (!main) return neutral(this.locale, entryId);
    const ids: number[] = [main.id];
    const seen = new Set(ids);
    const depthOf = new Map<number, number>([[main.id, 0]]);
    let frontier = [main];
    for (let depth = 0; depth < 8 && frontier.length && ids.length < MAX_EXPLAINED_ENTRIES; depth++) {
      const next: TraceEntry[] = [];
      for (const e of frontier) {
        const s = this.stepOf(e);
        const causes = [...(s.causes ?? e.cause.after ?? []), ...s.links];
        for (const c of causes) {
          if (ids.length >= MAX_EXPLAINED_ENTRIES) break;
          if (seen.has(c) || c >= e.id) continue;
          const ce = this.get(c);
          if (!ce) continue;
          seen.add(c);
          ids.push(c);
          depthOf.set(c, depth + 1);
          next.push(ce);
        }
      }
      frontier = next;
    }
    const order = [...ids].sort((a, b) => a - b);
    const covered = new Set<number>();
    for (const id of order) for (const c of this.stepOf(this.get(id)!).covers) if (c !== main.id) covered.add(c);
    const sentences: string[] = [];
    const fields: ExplainField[] = [];
    const addFields = (list: ExplainField[]) => {
      for (const f of list) if (!fields.some((g) => g.document === f.document && g.path === f.path)) fields.push(f);
    };
    const mainStep = this.stepOf(main);
    addFields(mainStep.fields);
    for (const id of order) {
      if (id !== main.id && covered.has(id)) continue;
      // The story keeps to the nearest causes; routine steps (pulls, creates, starts) only when
      // they led straight to the entry explained.
      const depth = depthOf.get(id) ?? 0;
      const e = this.get(id)!;
      if (depth > MAX_STORY_DEPTH || (depth > 1 && ROUTINE.has(e.cause.rule))) continue;
      const s = this.stepOf(e);
      for (const line of id === main.id ? [...s.sentences, ...s.more] : (s.brief ?? s.sentences)) if (line && !sentences.includes(line)) sentences.push(line);
      if (id !== main.id) addFields(s.fields);
    }
    return { title: mainStep.title, sentences, entries: order, fields, docs: docsLink(mainStep.docs, this.locale) };
  }

  /** Whether the entry's explanation is specific (not the generic fallback). For tests. */
  isSpecific(entryId: number): boolean {
    const e = this.get(entryId);
    return !!e && this.stepOf(e).specific;
  }

  private stepOf(e: TraceEntry): Step {
    let s = this.steps.get(e.id);
    if (!s) {
      s = this.step(e);
      this.steps.set(e.id, s);
    }
    return s;
  }

  private step(e: TraceEntry): Step {
    const ctrl = this.controllerStep(e);
    if (ctrl) return ctrl;
    if (e.type === "write") return this.writeStep(e);
    if (e.type === "runtime") return this.runtimeStep(e);
    return this.eventStep(e);
  }

  /** Deployment and ReplicaSet controllers, and the Scenario actions aimed at them. */
  private controllerStep(e: TraceEntry): Step | undefined {
    const r = e.cause.rule;
    const data = e.cause.data ?? {};
    const t = this.at(num(data.at, e.t));
    const name = e.type === "write" ? e.ref.name : e.type === "event" ? e.event.object.name : "";
    const rsOf = (): string => str(data.replicaSet) || (e.type === "event" ? e.event.object.name : name);
    const m = e.type === "event" ? /^Scaled (up|down) replica set (\S+) from (\d+) to (\d+)$/.exec(e.event.message) : null;
    switch (r) {
      case "endpointslice.sync":
        return this.mk(this.t("title.eps", { service: str(data.service) }), [this.t("s.eps", { service: str(data.service), ready: num(data.ready), total: num(data.total) })], "services");
      case "scenario.deschedule":
        return this.mk(this.t("title.deschedule", { pod: name }), [this.t("s.deschedule", { t, pod: name, node: str(data.node), strategy: str(data.strategy), reason: str(data.reason) })], "descheduler");
      case "job.sync":
      case "job.manageJob":
      case "job.status":
      case "job.finished":
      case "job.deleteActivePods":
      case "job.removeTrackingFinalizer": {
        const job = str(data.job) || (e.type === "event" ? e.event.object.name : name);
        const key = ({ "job.manageJob": "s.job.manage", "job.status": "s.job.status", "job.removeTrackingFinalizer": "s.job.status", "job.finished": "s.job.finished", "job.deleteActivePods": "s.job.deleteActive" } as Record<string, ExplainKey>)[r] ?? "s.job.sync";
        return this.mk(this.t("title.job", { job }), [this.t(key, { job })], "jobs");
      }
      case "node.registered":
        return this.mk(this.t("title.node.registered", { node: str(data.node) }), [this.t("s.node.registered", { node: str(data.node) })], "scheduling");
      case "node.statusUnknown":
        return this.mk(this.t("title.node.unknown", { node: str(data.node) }), [this.t("s.node.unknown", { node: str(data.node), since: this.at(num(data.silentSince)), grace: this.d(num(data.graceSeconds, 50)) })], "nodes");
      case "node.podsNotReady":
        return this.mk(this.t("title.node.unknown", { node: str(data.node) }), [this.t("s.node.unknown", { node: str(data.node), since: this.at(num(data.silentSince)), grace: this.d(num(data.graceSeconds, 50)) }), this.t("s.node.podsNotReady", { node: str(data.node), pod: name })], "nodes");
      case "node.taintEviction":
        return this.mk(this.t("title.node.eviction", { pod: name, node: str(data.node) }), [this.t("s.node.eviction", { pod: name, node: str(data.node), seconds: this.d(num(data.tolerationSeconds, 300)) })], "taints");
      case "node.kubeletReady":
      case "node.untainted":
        return this.mk(this.t("title.node.ready", { node: str(data.node) }), [this.t("s.node.ready", { node: str(data.node) })], "nodes");
      case "node.evictionCancelled":
        return this.mk(this.t("title.node.ready", { node: str(data.node) }), [this.t("s.node.evictionCancelled")], "taints");
      case "scenario.nodeDown":
      case "scenario.nodeUp":
      case "scenario.cordon":
      case "scenario.uncordon":
      case "scenario.drain":
      case "scenario.drainEvict":
      case "scenario.addNode": {
        const action = r.replace("scenario.", "").replace("drainEvict", "drain");
        const key = { nodeDown: "s.node.down", nodeUp: "s.node.up", cordon: "s.node.cordon", uncordon: "s.node.uncordon", drain: "s.node.drain", addNode: "s.node.add" }[action] as ExplainKey;
        return this.mk(this.t("title.node.action", { action, node: str(data.node), t }), [this.t(key, { node: str(data.node), t })], "nodes");
      }
      case "deployment.newReplicaSet":
        return this.mk(this.t("title.ctrl.newRS", { rs: rsOf() }), [this.t("s.ctrl.newRS", { deployment: str(data.deployment), rs: rsOf() })], "deployments");
      case "deployment.scale": {
        const from = num(data.from);
        const to = num(data.to);
        return this.mk(this.t("title.ctrl.scale", { rs: rsOf(), from, to }), [this.t(to > from ? "s.ctrl.scaleUp" : "s.ctrl.scaleDown", { rs: rsOf(), from, to })], "deployments");
      }
      case "deployment.sync":
        if (m) return this.mk(this.t("title.ctrl.scale", { rs: m[2], from: m[3], to: m[4] }), [this.t(m[1] === "up" ? "s.ctrl.scaleUp" : "s.ctrl.scaleDown", { rs: m[2], from: m[3], to: m[4] })], "deployments");
        return this.mk(this.t("title.ctrl.deployment", { deployment: str(data.deployment) || name }), [this.t("s.ctrl.deployment", { deployment: str(data.deployment) || name, generation: num(data.generation, 1), message: e.type === "event" ? e.event.message : "" })], "deployments");
      case "deployment.status":
        return this.mk(this.t("title.ctrl.deployment", { deployment: str(data.deployment) || name }), [this.t("s.ctrl.deploymentStatus", { deployment: str(data.deployment) || name })], "deployments");
      case "deployment.progressDeadline":
        return this.mk(this.t("title.ctrl.deployment", { deployment: name }), [this.t("s.ctrl.deadline", { deployment: name, seconds: this.d(num(data.seconds, 600)) })], "deployments");
      case "replicaset.manageReplicas":
        return this.mk(this.t("title.ctrl.rs", { rs: rsOf() }), [this.t("s.ctrl.manage", { rs: rsOf(), replicas: num(data.replicas), active: num(data.active) })], "replicasets");
      case "replicaset.scaleDown":
        return this.mk(this.t("title.ctrl.rs", { rs: rsOf() }), [this.t("s.ctrl.scaleDownPod", { rs: rsOf(), pod: name })], "replicasets");
      case "replicaset.status":
        return this.mk(this.t("title.ctrl.rs", { rs: name }), [this.t("s.ctrl.rsStatus", { rs: name })], "replicasets");
      case "scenario.patch": {
        const pod = str(data.pod) || name;
        return this.mk(this.t("title.pod.update", { pod, t }), [data.subresource === "status" ? this.t("s.pod.status", { t, pod }) : this.t("s.pod.patch", { t, pod, type: str(data.type) || "strategic" })], data.subresource === "status" ? "podConditions" : "podPhase");
      }
      case "scenario.podCondition":
        return this.mk(this.t("title.pod.condition", { pod: str(data.pod) || name, type: str(data.type), status: str(data.status) }), [this.t("s.pod.condition", { t, pod: str(data.pod) || name, type: str(data.type), status: str(data.status) })], "podConditions");
      case "scenario.label":
        if (data.node !== undefined) return this.mk(this.t("title.node.label", { node: str(data.node), t }), [this.t("s.node.label", { t, node: str(data.node) })], "scheduling");
        return this.mk(this.t("title.pod.update", { pod: str(data.pod) || name, t }), [this.t("s.pod.label", { t, pod: str(data.pod) || name })], "podPhase");
      case "scenario.taint":
        return this.mk(this.t("title.node.taint", { node: str(data.node), t }), [this.t("s.node.taint", { t, node: str(data.node) })], "taints");
      case "kubelet.activeDeadline":
        return this.mk(this.t("title.kubelet.deadline", { pod: name }), [this.t("s.kubelet.deadline", { pod: name, seconds: this.d(num(data.activeDeadlineSeconds)) })], "podPhase");
      case "kubelet.kill.definitionChanged":
        return this.mk(this.t("title.kubelet.changed", { container: str(data.container) }), [this.t("s.kubelet.changed", { container: str(data.container), from: str(data.previousImage), image: str(data.image) })], "restarts");
      case "scenario.setImage":
        if (data.pod !== undefined) return this.mk(this.t("title.pod.update", { pod: str(data.pod), t }), [this.t("s.pod.setImage", { t, pod: str(data.pod), container: str(data.container), image: str(data.image) })], "restarts");
        return this.mk(this.t("title.ctrl.setImage", { t }), [this.t("s.ctrl.setImage", { t, container: str(data.container), deployment: name, image: str(data.image) })], "deployments");
      case "scenario.scale":
        return this.mk(this.t("title.ctrl.scaleAction", { t }), [this.t("s.ctrl.scaleAction", { t, name, replicas: num(data.replicas) })], "deployments");
      case "scenario.probe": {
        const probe = str(data.probe);
        const outcome = str(data.outcome);
        return this.mk(this.t("title.ctrl.probe", { probe, outcome }), [this.t("s.ctrl.probe", { t, pod: name, probe, outcome })], "probes");
      }
      default:
        return undefined;
    }
  }

  private mk(title: string, sentences: string[], docs: DocTopic, fields: ExplainField[] = [], extra: Partial<Step> = {}): Step {
    return { title, sentences, fields, docs, links: [], covers: [], more: [], specific: true, ...extra };
  }

  private fallback(e: TraceEntry): Step {
    const title =
      e.type === "event"
        ? this.t("title.event", { reason: e.event.reason, pod: e.event.object.name })
        : e.type === "runtime"
          ? this.t("title.exit", { container: e.container, code: e.exitCode })
          : this.t("title.write", { kind: e.ref.kind, name: e.ref.name });
    return { ...this.mk(title, [this.t("s.fallback", { rule: e.cause.rule })], "podPhase"), specific: false };
  }

  // ---- events --------------------------------------------------------------------------------

  private eventStep(e: EventEntry): Step {
    const r = e.cause.rule;
    const ev = e.event;
    const data = e.cause.data ?? {};
    const uid = ev.object.uid;
    const podName = ev.object.name;
    const pod = this.podAt(uid, e.id);
    const c = this.cref(pod, containerOf(e));
    const cname = c?.name ?? "";
    const base = this.base(uid);
    const kill = /^kubelet\.kill\.(liveness|startup|readiness)$/.exec(r);
    const probeFail = /^probe\.(liveness|readiness|startup)\.failed$/.exec(r);

    if (r === "scheduler.bound") return this.boundStep(str(data.node), podName);
    if (r === "scheduler.unschedulable") return this.unschedulableStep(e, pod, base, podName);
    if (probeFail) return this.probeFailedStep(e, probeFail[1] as ProbeKind, c, base);
    if (kill) return this.probeKillStep(e, kill[1] as ProbeKind, c, base);

    switch (r) {
      case "probe.errored": {
        const kind = (/^(Liveness|Readiness|Startup)/.exec(ev.message)?.[1].toLowerCase() ?? "liveness") as ProbeKind;
        const output = ev.message.replace(/^.*?resulted in \w+ state: /, "");
        return this.mk(this.t("title.probeErrored", { probe: this.t(`probe.${kind}`), container: cname }), [this.t("s.probeErrored", { probe: this.t(`probe.${kind}`), container: cname, output })], "probes", this.cField(base, c, `${kind}Probe`));
      }
      case "probe.warning": {
        const kind = (/^(Liveness|Readiness|Startup)/.exec(ev.message)?.[1].toLowerCase() ?? "liveness") as ProbeKind;
        const output = ev.message.replace(/^.*? probe warning: /, "");
        return this.mk(this.t("title.probeWarning", { probe: this.t(`probe.${kind}`), container: cname }), [this.t("s.probeWarning", { probe: this.t(`probe.${kind}`), container: cname, output })], "probes", this.cField(base, c, `${kind}Probe`));
      }
      case "kubelet.pullImage": {
        const image = str(data.image);
        const policy = str(data.imagePullPolicy);
        const lines = [policy === "Always" ? this.t("s.pull.always", { image, container: cname }) : this.t("s.pull.missing", { image, container: cname, policy })];
        if (policy === "Always" && latestOrUntagged(image)) lines.push(this.t("s.pull.defaultAlways"));
        return this.mk(this.t("title.pulling", { image }), lines, "images", [...this.cField(base, c, "image"), ...this.cField(base, c, "imagePullPolicy")]);
      }
      case "kubelet.imagePulled":
        return this.mk(this.t("title.pulled", { image: str(data.image) }), [this.t("s.pulled", { image: str(data.image), seconds: this.d(num(data.seconds)), container: cname })], "images", this.cField(base, c, "image"));
      case "kubelet.imagePresent": {
        const policy = str(data.imagePullPolicy);
        return this.mk(
          this.t("title.present", { image: str(data.image) }),
          [policy === "Never" ? this.t("s.present.never", { image: str(data.image) }) : this.t("s.present", { image: str(data.image), policy })],
          "images",
          [...this.cField(base, c, "image"), ...this.cField(base, c, "imagePullPolicy")],
        );
      }
      case "kubelet.imagePullFailed": {
        const image = str(data.image);
        const detailed = ev.message.startsWith("Failed to pull image") ? e : this.lastEvent(uid, e.id + 1, (x) => x.cause.rule === r && x.event.message.startsWith("Failed to pull image") && x.t === e.t);
        const error = detailed ? detailed.event.message.replace(/^Failed to pull image "[^"]*": /, "") : "";
        const lines = [error ? this.t("s.pullFailed", { image, error }) : this.t("s.pullFailed.short", { image })];
        const more = [/not found/i.test(error) ? this.t("s.pullFailed.notFound") : "", this.t("s.pullFailed.next")].filter(Boolean);
        return this.mk(this.t("title.pullFailed", { image }), lines, "imagePullBackOff", [...this.cField(base, c, "image"), ...this.cField(base, c, "imagePullPolicy")], { links: detailed && detailed.id !== e.id ? [detailed.id] : [], more });
      }
      case "kubelet.ImagePullBackOff":
      case "kubelet.ErrImagePull": {
        const image = str(data.image);
        const delay = num(data.delaySeconds);
        const failed = this.lastEvent(uid, e.id, (x) => x.cause.rule === "kubelet.imagePullFailed" && str(x.cause.data?.image) === image);
        const lines = failed
          ? [this.t("s.imageBackOff", { image, failedAt: this.at(failed.t), delay: this.d(delay), next: this.at(failed.t + delay) })]
          : [this.t("s.imageBackOff.short", { image, delay: this.d(delay) })];
        return this.mk(this.t("title.imageBackOff", { image, delay: this.d(delay) }), lines, "imagePullBackOff", [...this.cField(base, c, "image"), ...this.cField(base, c, "imagePullPolicy")], {
          links: failed ? [failed.id] : [],
          more: [this.t("s.imageBackOff.curve")],
        });
      }
      case "kubelet.ErrImageNeverPull":
        return this.mk(this.t("title.neverPull", { image: str(data.image) }), [this.t("s.neverPull", { image: str(data.image), container: cname })], "images", [...this.cField(base, c, "imagePullPolicy"), ...this.cField(base, c, "image")]);
      case "kubelet.InvalidImageName":
        return this.mk(this.t("title.invalidImage", { image: str(data.image) }), [this.t("s.invalidImage", { image: str(data.image), container: cname })], "images", this.cField(base, c, "image"));
      case "kubelet.startContainer":
      case "kubelet.startInitContainer":
        return this.startStep(e, c, pod, base);
      case "kubelet.restartContainer":
        return this.restartStep(e, c, base);
      case "kubelet.containerStarted": {
        const more = c?.spec?.lifecycle?.postStart ? [this.t("s.started.postStart", { container: cname })] : [];
        return this.mk(this.t("title.started", { container: cname }), [this.t("s.started", { container: cname })], c?.init ? (c.sidecar ? "sidecars" : "initContainers") : "containerStates", this.commandFields(base, c), { more });
      }
      case "kubelet.runContainerError": {
        const binary = /exec: "([^"]+)": executable file not found/.exec(ev.message)?.[1];
        const lines = [binary ? this.t("s.runError.notFound", { container: cname, binary }) : this.t("s.runError", { container: cname, error: ev.message.replace(/^Error: /, "") })];
        lines.push(c?.policy === "Never" ? this.t("s.runError.never") : this.t("s.runError.next", { policy: c?.policy ?? "Always" }));
        return this.mk(this.t("title.runError", { container: cname }), lines, "restarts", this.commandFields(base, c));
      }
      case "kubelet.crashLoopBackOff":
        return this.crashLoopStep(e, c, base);
      case "kubelet.postStartHookFailed": {
        const error = str(data.error);
        if (ev.reason === "Killing") {
          const grace = pod?.spec?.terminationGracePeriodSeconds ?? 30;
          const hookEv = this.lastEvent(uid, e.id, (x) => x.cause.rule === r && x.event.reason === "FailedPostStartHook");
          return this.mk(this.t("title.postStartKill", { container: cname }), [this.t("s.postStartKill", { container: cname, grace: this.d(grace) })], "lifecycleHooks", [...this.cField(base, c, "lifecycle.postStart"), ...this.podField(base, "spec.terminationGracePeriodSeconds")], {
            links: hookEv ? [hookEv.id] : [],
          });
        }
        const started = this.lastEvent(uid, e.id, (x) => x.cause.rule === "kubelet.containerStarted" && containerOf(x) === cname);
        return this.mk(this.t("title.postStartFailed", { container: cname }), [this.t("s.postStartFailed", { container: cname, error }), this.t("s.postStartFailed.next", { policy: c?.policy ?? "Always" })], "lifecycleHooks", this.cField(base, c, "lifecycle.postStart"), {
          links: started ? [started.id] : [],
        });
      }
      case "kubelet.preStopHookFailed":
        return this.mk(this.t("title.preStopFailed", { container: cname }), [this.t("s.preStopFailed", { container: cname, error: str(data.error) })], "lifecycleHooks", this.cField(base, c, "lifecycle.preStop"));
      case "kubelet.stopSidecarsAfterCompletion": {
        const grace = num(data.gracePeriodSeconds, 30);
        const regular = (pod?.spec?.containers ?? []).map((x) => this.lastRuntime(uid, e.id, (rt) => rt.container === x.name)?.id).filter((x): x is number => x !== undefined);
        return this.mk(
          this.t("title.stopSidecar", { container: cname }),
          [this.t("s.stopSidecar", { container: cname, policy: pod?.spec?.restartPolicy ?? "Always" }), this.t("s.stopSidecar.grace", { grace: this.d(grace) })],
          "sidecars",
          [...this.podField(base, "spec.restartPolicy"), ...this.cField(base, c, "restartPolicy"), ...this.podField(base, "spec.terminationGracePeriodSeconds")],
          { links: regular, causes: [] },
        );
      }
      case "kubelet.stopForDeletion": {
        const grace = num(data.gracePeriodSeconds, 30);
        const deletion = (this.idx.writes.get(uid) ?? []).find((w) => w.id < e.id && w.object?.metadata?.deletionTimestamp && !this.prevWrite(w)?.object?.metadata?.deletionTimestamp);
        const lines = [c?.spec?.lifecycle?.preStop ? this.t("s.stopDelete.preStop", { container: cname, grace: this.d(grace) }) : this.t("s.stopDelete", { container: cname, grace: this.d(grace) })];
        return this.mk(this.t("title.stopDelete", { container: cname }), lines, "termination", [...this.graceFieldsForDeletion(deletion, base), ...(c?.spec?.lifecycle?.preStop ? this.cField(base, c, "lifecycle.preStop") : [])], {
          links: deletion ? [deletion.id] : [],
        });
      }
      case "kubelet.stopCompletedPod": {
        const grace = num(data.gracePeriodSeconds, 30);
        return this.mk(this.t("title.stopCompleted", { container: cname }), [this.t("s.stopCompleted", { container: cname, grace: this.d(grace) })], "podPhase", [...this.podField(base, "spec.restartPolicy"), ...this.podField(base, "spec.terminationGracePeriodSeconds")]);
      }
      default:
        return this.fallback(e);
    }
  }

  private boundStep(node: string, pod: string): Step {
    return this.mk(this.t("title.bound", { pod, node }), [this.t("s.bound", { pod, node })], "scheduling", [], { more: [this.t("s.bound.more", { node })] });
  }

  private unschedulableStep(e: TraceEntry, pod: Pod | undefined, base: Base | undefined, podName: string): Step {
    const reasons = (Array.isArray(e.cause.data?.reasons) ? (e.cause.data!.reasons as string[]) : []).join(", ");
    const lines = [this.t("s.unschedulable", { pod: podName, reasons })];
    const fields: ExplainField[] = [];
    const wants: string[] = [];
    if (/Insufficient cpu/.test(reasons)) wants.push("cpu");
    if (/Insufficient memory/.test(reasons)) wants.push("memory");
    if (wants.length && pod) {
      const parts: string[] = [];
      const all: Array<[Container, boolean, number]> = [...(pod.spec?.initContainers ?? []).map((c, i) => [c, true, i] as [Container, boolean, number]), ...(pod.spec?.containers ?? []).map((c, i) => [c, false, i] as [Container, boolean, number])];
      for (const [c, init, i] of all)
        for (const res of wants) {
          const q = c.resources?.requests?.[res];
          if (q === undefined) continue;
          parts.push(`${res} ${String(q)} (${c.name})`);
          fields.push(...this.cField(base, { name: c.name, init, index: i, spec: c, sidecar: false, policy: "Always" }, `resources.requests.${res}`));
        }
      if (parts.length) lines.push(this.t("s.unschedulable.requests", { requests: parts.join(", ") }));
    }
    if (/Too many pods/.test(reasons)) lines.push(this.t("s.unschedulable.pods"));
    return this.mk(this.t("title.unschedulable", { pod: podName }), lines, wants.length ? "resources" : "scheduling", fields, { more: [this.t("s.unschedulable.retry", { retry: this.d(300) })] });
  }

  private probeFailedStep(e: EventEntry, kind: ProbeKind, c: CRef | undefined, base: Base | undefined): Step {
    const data = e.cause.data ?? {};
    const attempt = num(data.attempt, 1);
    const threshold = num(data.failureThreshold, 3);
    const probe = probeOf(c, kind);
    const period = probe?.periodSeconds ?? 10;
    const output = e.event.message.replace(/^\w+ probe failed: /, "").trim();
    const label = this.t(`probe.${kind}`);
    const cname = c?.name ?? "";
    const lines = [this.t("s.probeFailed", { probe: label, container: cname, handler: probeHandler(probe) || "-", output })];
    const action = this.t(`action.${kind}`);
    if (attempt < threshold) lines.push(this.t("s.probeFailed.count", { attempt, threshold, period: this.d(period), action }));
    else if (attempt === threshold) lines.push(this.t("s.probeFailed.reached", { attempt, threshold, action }));
    else lines.push(this.t("s.probeFailed.past", { attempt }));
    // The earlier failures of the same run: this sentence already counts them.
    const earlier: number[] = [];
    if (attempt > 1) {
      const list = this.idx.events.get(e.event.object.uid) ?? [];
      for (let i = list.length - 1; i >= 0 && earlier.length < Math.min(attempt - 1, 2); i--) {
        const x = list[i];
        if (x.id < e.id && x.cause.rule === e.cause.rule && containerOf(x) === cname && num(x.cause.data?.attempt) < attempt) earlier.push(x.id);
      }
    }
    return this.mk(this.t("title.probeFailed", { probe: label, container: cname }), lines, "probes", [...this.cField(base, c, `${kind}Probe`), ...this.cField(base, c, `${kind}Probe.failureThreshold`), ...this.cField(base, c, `${kind}Probe.periodSeconds`)], {
      links: earlier,
      covers: earlier,
    });
  }

  private probeKillStep(e: EventEntry, kind: ProbeKind, c: CRef | undefined, base: Base | undefined): Step {
    const probe = probeOf(c, kind);
    const n = probe?.failureThreshold ?? 3;
    const period = probe?.periodSeconds ?? 10;
    const grace = num(e.cause.data?.gracePeriodSeconds, 30);
    const cname = c?.name ?? "";
    const uid = e.event.object.uid;
    // The failures that reached the threshold: the cause's `after`, or the last ones before the kill.
    let failures = (e.cause.after ?? []).filter((id) => this.get(id)?.cause.rule === `probe.${kind}.failed`);
    if (!failures.length) {
      const list = (this.idx.events.get(uid) ?? []).filter((x) => x.id < e.id && x.cause.rule === `probe.${kind}.failed` && containerOf(x) === cname);
      failures = list.slice(-n).map((x) => x.id);
    }
    const shown = failures.slice(-3);
    const vars = { probe: this.t(`probe.${kind}`), container: cname, handler: probeHandler(probe) || "-", n, count: n, period: this.d(period), grace: this.d(grace), total: this.d(n * period) };
    const lines = [this.t(kind === "startup" ? "s.kill.startup" : "s.kill.liveness", vars)];
    if (c?.spec?.lifecycle?.preStop) lines.push(this.t("s.kill.preStop", { container: cname }));
    if (probe?.terminationGracePeriodSeconds !== undefined) lines.push(this.t("s.kill.probeGrace", { grace: this.d(grace) }));
    if (c?.policy === "Never") lines.push(this.t("s.kill.never"));
    const graceField = probe?.terminationGracePeriodSeconds !== undefined ? this.cField(base, c, `${kind}Probe.terminationGracePeriodSeconds`) : this.podField(base, "spec.terminationGracePeriodSeconds");
    const lastFailure = failures.length ? this.get(failures[failures.length - 1]) : undefined;
    const output = lastFailure?.type === "event" ? lastFailure.event.message.replace(/^\w+ probe failed: /, "").trim() : "";
    return this.mk(
      this.t("title.kill", { container: cname, probe: this.t(`probe.${kind}`) }),
      lines,
      "probes",
      [...this.cField(base, c, `${kind}Probe`), ...this.cField(base, c, `${kind}Probe.failureThreshold`), ...this.cField(base, c, `${kind}Probe.periodSeconds`), ...graceField],
      { causes: shown, covers: failures, more: output ? [this.t("s.kill.output", { output })] : [] },
    );
  }

  private startStep(e: EventEntry, c: CRef | undefined, pod: Pod | undefined, base: Base | undefined): Step {
    const cname = c?.name ?? "";
    const uid = e.event.object.uid;
    const inits = pod?.spec?.initContainers ?? [];
    if (c?.init) {
      if (c.sidecar) return this.mk(this.t("title.created", { container: cname }), [this.t("s.startSidecar", { container: cname })], "sidecars", this.cField(base, c, "restartPolicy"));
      const regularInits = inits.filter((x) => !isSidecar(x));
      const pos = regularInits.findIndex((x) => x.name === cname);
      const prev = pos > 0 ? regularInits[pos - 1] : undefined;
      const prevExit = prev ? this.lastRuntime(uid, e.id, (x) => x.container === prev.name && x.exitCode === 0) : undefined;
      const lines = [this.t("s.startInit", { container: cname, i: pos + 1, n: regularInits.length })];
      if (prev) lines.unshift(this.t("s.startInit.after", { prev: prev.name }));
      return this.mk(this.t("title.createdInit", { container: cname }), lines, "initContainers", this.cField(base, c), { links: prevExit ? [prevExit.id] : [] });
    }
    const regularInits = inits.filter((x) => !isSidecar(x));
    if (regularInits.length) {
      const last = regularInits[regularInits.length - 1];
      const lastExit = this.lastRuntime(uid, e.id, (x) => x.container === last.name && x.exitCode === 0);
      return this.mk(this.t("title.created", { container: cname }), [this.t("s.startAfterInit", { container: cname, n: regularInits.length })], "initContainers", this.cField(base, c), { links: lastExit ? [lastExit.id] : [] });
    }
    return this.mk(this.t("title.created", { container: cname }), [this.t("s.start", { container: cname })], "containerStates", this.cField(base, c));
  }

  private restartStep(e: EventEntry, c: CRef | undefined, base: Base | undefined): Step {
    const data = e.cause.data ?? {};
    const n = num(data.restartCount, 1);
    const cname = c?.name ?? str(data.container);
    const policy = str(data.policy) || c?.policy || "Always";
    const uid = e.event.object.uid;
    const lines: string[] = [];
    if (c?.sidecar) lines.push(this.t("s.restart.sidecar", { container: cname }));
    else if (c?.init) lines.push(this.t("s.restart.init", { container: cname, policy: (this.podAt(uid, e.id)?.spec?.restartPolicy ?? "Always") }));
    else lines.push(this.t(policy === "OnFailure" ? "s.restart.OnFailure" : "s.restart.Always"));
    if (n <= 1) lines.push(this.t("s.restart.first", { container: cname, n }));
    else {
      const prevRestart = this.lastEvent(uid, e.id, (x) => (x.cause.rule === "kubelet.restartContainer" || x.cause.rule === "kubelet.startContainer" || x.cause.rule === "kubelet.startInitContainer") && containerOf(x) === cname);
      const backoff = this.lastEvent(uid, e.id, (x) => x.cause.rule === "kubelet.crashLoopBackOff" && containerOf(x) === cname && (!prevRestart || x.id > prevRestart.id));
      if (backoff) {
        const bd = backoff.cause.data ?? {};
        lines.push(this.t("s.restart.waited", { container: cname, n, delay: this.d(num(bd.delaySeconds)), exit: this.at(num(bd.finishedAt)), until: this.at(num(bd.restartAt)), now: this.at(e.t) }));
        return this.mk(this.t("title.restart", { container: cname, n }), lines, "restarts", this.policyField(base, c), { links: [backoff.id] });
      }
      lines.push(this.t("s.restart.noWait", { container: cname, n }));
    }
    return this.mk(this.t("title.restart", { container: cname, n }), lines, "restarts", this.policyField(base, c));
  }

  private crashLoopStep(e: EventEntry, c: CRef | undefined, base: Base | undefined): Step {
    const data = e.cause.data ?? {};
    const delay = num(data.delaySeconds, 10);
    const cname = c?.name ?? str(data.container);
    const hasExit = (e.cause.after ?? []).some((id) => this.get(id)?.type === "runtime");
    const lines = [
      hasExit ? "" : this.t("s.backoff", { container: cname, exit: this.at(num(data.finishedAt)) }),
      this.t("s.backoff.delay", { container: cname, delay: this.d(delay), until: this.at(num(data.restartAt)), go: goDuration(delay) }),
    ].filter(Boolean);
    return this.mk(this.t("title.backoff", { container: cname, delay: this.d(delay) }), lines, "restarts", this.policyField(base, c), { more: [this.t("s.backoff.curve", { max: this.d(300) })] });
  }

  private graceFieldsForDeletion(deletion: WriteEntry | undefined, base: Base | undefined): ExplainField[] {
    if (deletion?.cause.rule === "scenario.delete") {
      const a = this.action("delete", num(deletion.cause.data?.at, NaN), (v) => v?.pod === deletion.ref.name);
      if (a && a.value?.gracePeriodSeconds !== undefined) return [{ document: a.document, path: `spec.actions[${a.i}].delete.gracePeriodSeconds` }];
    }
    return this.podField(base, "spec.terminationGracePeriodSeconds");
  }

  // ---- runtime (container exits) -----------------------------------------------------------

  private runtimeStep(e: RuntimeEntry): Step {
    const r = e.cause.rule;
    const data = e.cause.data ?? {};
    const uid = e.pod.uid;
    const pod = this.podAt(uid, e.id);
    const c = this.cref(pod, e.container);
    const cname = e.container;
    const base = this.base(uid);
    // An exit while the kubelet was stopping this instance: the Killing that started the stop.
    const started = this.lastEvent(uid, e.id, (x) => (x.event.reason === "Created" || x.event.reason === "Started") && containerOf(x) === cname);
    const killing = this.lastEvent(uid, e.id + 1, (x) => x.event.reason === "Killing" && containerOf(x) === cname && (!started || x.id > started.id));
    const title = this.t("title.exit", { container: cname, code: e.exitCode });
    const consequence = (code: number): string => {
      if (killing) return "";
      if (c?.sidecar) return this.t("s.exit.sidecar");
      if (c?.init) {
        if (code === 0) return this.t("s.exit0.init");
        return c.policy === "Never" ? this.t("s.exitErr.initNever") : this.t("s.exitErr.init", { policy: c.policy });
      }
      if (code === 0) return c?.policy === "Always" ? this.t("s.exit0.always") : this.t("s.exit0.done", { policy: c?.policy ?? "Never" });
      return c?.policy === "Never" ? this.t("s.exitErr.never") : this.t("s.exitErr.restart", { policy: c?.policy ?? "Always" });
    };
    const during = killing && r !== "kubelet.sigkillAfterGrace" ? this.t("s.exit.duringStop", { t: this.at(killing.t) }) : "";
    const links = killing && !(e.cause.after ?? []).includes(killing.id) ? [killing.id] : [];
    // A script that waits for a Service (`until nslookup myservice…`) ends once the Service exists.
    const script = [...(c?.spec?.command ?? []), ...(c?.spec?.args ?? [])].join(" ");
    let service: WriteEntry | undefined;
    if (r === "container.exited0" && script)
      for (const w of this.idx.services) {
        if (w.id >= e.id) break;
        if (new RegExp(`\\b${w.ref.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(script)) service = w;
      }
    if (service) links.push(service.id);
    const serviceLine = service ? this.t(started && service.t < started.t ? "s.exit.serviceThere" : "s.exit.service", { container: cname, service: service.ref.name, t: this.at(service.t) }) : "";

    switch (r) {
      case "container.exited0":
        return this.mk(title, [serviceLine, this.t("s.exit0", { container: cname, t: this.at(e.t) }), during].filter(Boolean), c?.init && !c.sidecar ? "initContainers" : "restarts", [...this.commandFields(base, c), ...(killing || (c?.init && !c.sidecar) ? [] : this.policyField(base, c))], {
          links,
          more: [consequence(0)].filter(Boolean),
        });
      case "container.exitedNonZero":
        return this.mk(title, [this.t("s.exitErr", { container: cname, code: e.exitCode, t: this.at(e.t) }), during].filter(Boolean), "restarts", [...this.commandFields(base, c), ...(killing ? [] : this.policyField(base, c))], {
          links,
          more: [consequence(e.exitCode)].filter(Boolean),
        });
      case "container.exitedOnStopSignal":
        return this.mk(title, [this.t("s.exitOnStop", { container: cname, code: num(data.exitCode, e.exitCode), t: this.at(e.t) })], "termination", [], { links });
      case "kernel.oomKilled": {
        const limit = str(data.limit) || str(c?.spec?.resources?.limits?.memory);
        return this.mk(this.t("title.oom", { container: cname }), [this.t("s.oom", { container: cname, limit, t: this.at(e.t) })], "memoryLimit", [...this.cField(base, c, "resources.limits.memory"), ...this.policyField(base, c)], {
          links,
          more: [consequence(137)].filter(Boolean),
        });
      }
      case "kubelet.sigkillAfterGrace": {
        const grace = num(data.gracePeriodSeconds, 30);
        const kill = (e.cause.after ?? []).map((id) => this.get(id)).find((x): x is EventEntry => x?.type === "event") ?? killing;
        const argv = [...(c?.spec?.command ?? []), ...(c?.spec?.args ?? [])];
        // What PID 1 ran when SIGTERM came (`exec sleep` makes it sleep), else the command's program.
        const prog = str(data.program) || (argv[0] ? argv[0].split("/").pop()! : "");
        const vars = { container: cname, prog, grace: this.d(grace), t: this.at(e.t) };
        const line =
          data.ignoresSigterm === false
            ? this.t(SHELLS.has(prog) ? "s.sigkill.trap" : "s.sigkill.slow", vars)
            : !prog
              ? this.t("s.sigkill.pid1", vars)
              : SHELLS.has(prog)
                ? this.t("s.sigkill.shell", vars)
                : this.t("s.sigkill.program", vars);
        return this.mk(this.t("title.sigkill", { container: cname }), [line], "termination", [...this.graceFieldsForKill(kill, c, base), ...this.commandFields(base, c)]);
      }
      case "scenario.crash": {
        const at = num(data.at, e.t);
        const a = this.action("crash", at, (v) => v?.pod === e.pod.name);
        const line = this.t("s.crash", { container: cname, code: e.exitCode, t: this.at(at), path: a ? `spec.actions[${a.i}].crash` : "spec.actions" });
        return this.mk(this.t("title.crash", { container: cname }), [line], "restarts", [...(a ? [{ document: a.document, path: `spec.actions[${a.i}].crash` }] : []), ...this.policyField(base, c)], {
          more: [consequence(e.exitCode)].filter(Boolean),
        });
      }
      default:
        return this.fallback(e);
    }
  }

  private graceFieldsForKill(kill: EventEntry | undefined, c: CRef | undefined, base: Base | undefined): ExplainField[] {
    const m = /^kubelet\.kill\.(liveness|startup|readiness)$/.exec(kill?.cause.rule ?? "");
    if (m && probeOf(c, m[1] as ProbeKind)?.terminationGracePeriodSeconds !== undefined) return this.cField(base, c, `${m[1]}Probe.terminationGracePeriodSeconds`);
    if (kill?.cause.rule === "kubelet.stopForDeletion") {
      const deletion = (kill.cause.after ?? []).map((id) => this.get(id)).find((x): x is WriteEntry => x?.type === "write");
      return this.graceFieldsForDeletion(deletion, base);
    }
    return this.podField(base, "spec.terminationGracePeriodSeconds");
  }

  // ---- writes --------------------------------------------------------------------------------

  private writeStep(e: WriteEntry): Step {
    const r = e.cause.rule;
    const data = e.cause.data ?? {};
    const base = this.base(e.ref.uid);
    const name = e.ref.name;
    const obj = e.object as Record<string, unknown> | null;

    if (r === "apply" && e.verb === "create") {
      const doc = num(data.document);
      const lines: string[] = [];
      const fields: ExplainField[] = [{ document: doc, path: "metadata.name" }];
      if (e.ref.kind === "Pod") {
        const pod = obj as Pod;
        lines.push(this.t("s.apply.pod", { name, doc: doc + 1 }));
        const lr = pod.metadata?.annotations?.["kubernetes.io/limit-ranger"];
        if (lr) lines.push(this.t("s.apply.limitRange", { note: lr.replace(/^LimitRanger plugin set: /, "") }));
        const more = [this.t("s.apply.defaults", { policy: pod.spec?.restartPolicy ?? "Always", grace: this.d(pod.spec?.terminationGracePeriodSeconds ?? 30) })];
        if (pod.spec?.nodeName) lines.push(this.t("s.apply.nodeName", { node: pod.spec.nodeName }));
        else more.push(this.t("s.apply.pending"));
        return this.mk(this.t("title.applyPod", { name }), lines, lr ? "limitRange" : "podPhase", fields, { more });
      }
      lines.push(this.t("s.apply.other", { kind: e.ref.kind, name, doc: doc + 1 }));
      if (e.ref.kind === "Service") lines.push(this.t("s.apply.service", { name, ns: e.ref.namespace || "default" }));
      return this.mk(this.t("title.apply", { kind: e.ref.kind, name }), lines, e.ref.kind === "LimitRange" ? "limitRange" : "objects", fields);
    }
    if (r === "scenario.apply" && e.verb === "create") {
      const at = num(data.at, e.t);
      const a = this.action("apply", at, (v) => Array.isArray(v) && v.some((o) => (o as { metadata?: { name?: unknown } })?.metadata?.name === name));
      const j = a && Array.isArray(a.value) ? (a.value as Array<{ metadata?: { name?: unknown } }>).findIndex((o) => o?.metadata?.name === name) : -1;
      const path = a ? `spec.actions[${a.i}].apply${j >= 0 ? `[${j}]` : ""}` : "spec.actions";
      const lines = [this.t("s.scenarioApply", { kind: e.ref.kind, name, t: this.at(at), path })];
      if (e.ref.kind === "Service") lines.push(this.t("s.apply.service", { name, ns: e.ref.namespace || "default" }));
      if (e.ref.kind === "Pod") lines.push(this.t("s.apply.pending"));
      return this.mk(this.t("title.apply", { kind: e.ref.kind, name }), lines, "objects", a ? [{ document: a.document, path }] : []);
    }
    if (r === "scenario.apply" && e.verb === "update" && e.ref.kind === "Pod") {
      return this.mk(this.t("title.pod.update", { pod: name, t: this.at(num(data.at, e.t)) }), [this.t("s.pod.apply", { pod: name, t: this.at(num(data.at, e.t)) })], "podPhase");
    }
    if (r === "kubelet.deleteAfterTermination") {
      const last = this.prevWrite(e);
      const finalizers = (obj as Pod | null)?.metadata?.finalizers ?? [];
      if (e.verb === "update" && finalizers.length)
        return this.mk(this.t("title.kept", { pod: name }), [this.t("s.kept", { pod: name, finalizers: finalizers.join(", ") })], "termination", [], { links: last ? [last.id] : [] });
      return this.mk(this.t("title.deleted", { pod: name }), [this.t("s.deleted", { pod: name })], "termination", [], { links: last ? [last.id] : [] });
    }
    if (e.ref.kind !== "Pod") {
      if (e.verb === "delete") return this.mk(this.t("title.write", { kind: e.ref.kind, name }), [this.t("s.fallback", { rule: r })], "objects");
      return this.fallback(e);
    }
    const prev = this.prevWrite(e);
    const prevPod = prev?.object as Pod | undefined;
    const pod = obj as Pod | null;
    const newlyDeleting = !!pod?.metadata?.deletionTimestamp && !prevPod?.metadata?.deletionTimestamp;

    if (r === "scenario.delete" && (newlyDeleting || e.verb === "delete")) {
      const at = num(data.at, e.t);
      const a = this.action("delete", at, (v) => v?.pod === name);
      const path = a ? `spec.actions[${a.i}].delete` : "spec.actions";
      const lines = [this.t("s.delete", { pod: name, t: this.at(at), path })];
      if (e.verb === "delete") lines.push(this.t("s.delete.now"));
      else lines.push(this.t("s.delete.grace", { grace: this.d(pod?.metadata?.deletionGracePeriodSeconds ?? 30), until: this.at(e.t + (pod?.metadata?.deletionGracePeriodSeconds ?? 30)) }));
      const fields: ExplainField[] = a ? [{ document: a.document, path }] : [];
      if (a?.value?.gracePeriodSeconds !== undefined) fields.push({ document: a.document, path: `${path}.gracePeriodSeconds` });
      else fields.push(...this.podField(base, "spec.terminationGracePeriodSeconds"));
      return this.mk(this.t("title.delete", { pod: name }), lines, "termination", fields);
    }
    if (r === "scheduler.bound") return { ...this.boundStep(str(data.node), name), fields: [] };
    if (r === "scheduler.unschedulable") return this.unschedulableStep(e, pod ?? undefined, base, name);
    if (!pod) return this.fallback(e);
    return this.statusStep(e, prevPod, pod, base);
  }

  /** A status write by the kubelet: what changed since the previous version, and why. */
  private statusStep(e: WriteEntry, prevPod: Pod | undefined, pod: Pod, base: Base | undefined): Step {
    const uid = e.ref.uid;
    const name = e.ref.name;
    const epoch = this.trace.epochMs;
    const lines: string[] = [];
    const fields: ExplainField[] = [];
    const links: number[] = [];
    // The headline is the most telling change: a container that stopped or cannot start beats a
    // final phase, which beats a new phase, a restart, a running container, readiness, conditions.
    let title = "";
    let docs: DocTopic = "podPhase";
    let rank = Infinity;
    let headline = "";
    const setTitle = (t: string, d: DocTopic, r = 5, line = lines[lines.length - 1]) => {
      if (r < rank) {
        rank = r;
        title = t;
        docs = d;
        headline = line ?? "";
      }
    };
    const ps = prevPod?.status ?? {};
    const cs = pod.status ?? {};
    const spec: PodSpec = pod.spec ?? ({} as PodSpec);

    // Phase.
    if (cs.phase && cs.phase !== ps.phase) {
      const failedInit = (cs.initContainerStatuses ?? []).find((s) => {
        const c = (spec.initContainers ?? []).find((x) => x.name === s.name);
        const never = (c?.restartPolicy ?? spec.restartPolicy ?? "Always") === "Never";
        return never && ((s.state?.terminated?.exitCode ?? 0) !== 0 || (s.lastState?.terminated?.exitCode ?? 0) !== 0);
      });
      const key: ExplainKey =
        cs.phase === "Running"
          ? "s.phase.Running"
          : cs.phase === "Succeeded"
            ? pod.metadata?.deletionTimestamp
              ? "s.phase.SucceededDeleted"
              : "s.phase.Succeeded"
            : cs.phase === "Failed"
              ? pod.metadata?.deletionTimestamp
                ? "s.phase.FailedDeleted"
                : failedInit
                ? "s.phase.FailedInit"
                : "s.phase.Failed"
              : cs.phase === "Pending"
                ? "s.phase.Pending"
                : "s.phase.other";
      lines.push(this.t(key, { phase: cs.phase, policy: spec.restartPolicy ?? "Always", container: failedInit?.name ?? "" }));
      if ((cs.phase === "Succeeded" || cs.phase === "Failed") && (spec.initContainers ?? []).some((x) => isSidecar(x))) lines.push(this.t("s.phase.sidecars"));
      setTitle(this.t("title.phase", { pod: name, phase: cs.phase }), "podPhase", cs.phase === "Succeeded" || cs.phase === "Failed" ? 0 : 2);
      if (cs.phase === "Succeeded" || cs.phase === "Failed") {
        fields.push(...this.podField(base, "spec.restartPolicy"));
        for (const c of spec.containers ?? []) {
          const x = this.lastRuntime(uid, e.id, (rt) => rt.container === c.name);
          if (x) links.push(x.id);
        }
      }
    }

    // Containers.
    let lag = false;
    const waiting: Array<{ reason: string; message: string; names: string[]; at: number }> = [];
    const compare = (list: ContainerStatus[] | undefined, prevList: ContainerStatus[] | undefined) => {
      for (const s of list ?? []) {
        const p = (prevList ?? []).find((x) => x.name === s.name);
        const c = this.cref(pod, s.name);
        const kind = stateKind(s);
        const newInstance = !!p && !!s.containerID && p.containerID !== s.containerID;
        const restarted = (s.restartCount ?? 0) > (p?.restartCount ?? 0);
        const stateChanged =
          kind !== stateKind(p) ||
          newInstance ||
          (kind === "waiting" && s.state?.waiting?.reason !== p?.state?.waiting?.reason) ||
          (kind === "terminated" && (s.state?.terminated?.reason !== p?.state?.terminated?.reason || s.state?.terminated?.finishedAt !== p?.state?.terminated?.finishedAt));
        if (stateChanged && kind === "running") {
          const startedAt = s.state?.running?.startedAt ? fromTimestamp(s.state.running.startedAt, epoch) : e.t;
          if (restarted || (newInstance && (s.restartCount ?? 0) > 0)) {
            const created = this.lastEvent(uid, e.id, (x) => x.cause.rule === "kubelet.restartContainer" && containerOf(x) === s.name && num(x.cause.data?.restartCount) === (s.restartCount ?? 0));
            lines.push(this.t("s.state.restarted", { container: s.name, n: s.restartCount ?? 0, t: this.at(created ? created.t : startedAt) }));
            if (created) links.push(created.id);
            setTitle(this.t("title.restarted", { pod: name, container: s.name, n: s.restartCount ?? 0 }), "restarts", 1);
            fields.push(...this.policyField(base, c));
          } else {
            const startedEv = this.lastEvent(uid, e.id, (x) => x.cause.rule === "kubelet.containerStarted" && containerOf(x) === s.name);
            lines.push(this.t("s.state.running", { container: s.name, t: this.at(startedEv ? startedEv.t : startedAt) }));
            if (startedEv) links.push(startedEv.id);
            setTitle(this.t("title.running", { pod: name, container: s.name }), c?.init ? "initContainers" : "containerStates", 3);
          }
          if (c?.init && !c.sidecar && cs.conditions?.find((x) => x.type === "Initialized")?.status === "False") {
            lines.push(this.t("s.state.initRunning", { container: s.name }));
            fields.push(...this.cField(base, c));
          }
        } else if (stateChanged && kind === "terminated") {
          const term = s.state!.terminated!;
          const rc = s.restartCount ?? 0;
          const x = this.lastRuntime(uid, e.id, (rt) => rt.container === s.name && rt.restartCount === rc);
          const finished = x ? x.t : term.finishedAt ? fromTimestamp(term.finishedAt, epoch) : e.t;
          lines.push(this.t("s.state.terminated", { container: s.name, reason: term.reason ?? "", code: term.exitCode ?? 0, t: this.at(finished) }));
          if (x) links.push(x.id);
          setTitle(this.t("title.terminated", { pod: name, container: s.name, reason: term.reason ?? "" }), term.reason === "OOMKilled" ? "memoryLimit" : c?.init ? "initContainers" : "containerStates", c?.init && term.exitCode === 0 ? 3 : 1);
          if (term.reason === "OOMKilled") fields.push(...this.cField(base, c, "resources.limits.memory"));
        } else if (stateChanged && kind === "waiting") {
          const w = s.state!.waiting!;
          const reason = w.reason ?? "";
          const known: Record<string, ExplainKey> = {
            ContainerCreating: "s.state.waiting.ContainerCreating",
            PodInitializing: "s.state.waiting.PodInitializing",
            CrashLoopBackOff: "s.state.waiting.CrashLoopBackOff",
            ErrImagePull: "s.state.waiting.ErrImagePull",
            ImagePullBackOff: "s.state.waiting.ImagePullBackOff",
            PostStartHookError: "s.state.waiting.PostStartHookError",
            RunContainerError: "s.state.waiting.RunContainerError",
          };
          const go = /back-off (\S+)/.exec(w.message ?? "")?.[1] ?? "";
          // Containers waiting for the same reason share one sentence.
          const group = waiting.find((g) => g.reason === reason && g.message === (w.message ?? ""));
          if (group) group.names.push(s.name);
          else {
            waiting.push({ reason, message: w.message ?? "", names: [s.name], at: lines.length });
            lines.push(this.t(known[reason] ?? "s.state.waiting.other", { container: s.name, reason, message: w.message ?? "", go }));
          }
          const g = group ?? waiting[waiting.length - 1];
          if (g.names.length > 1) lines[g.at] = this.t(reason === "PodInitializing" ? "s.state.waiting.groupInit" : "s.state.waiting.group", { container: g.names.join(", "), reason });
          if (START_FAILURES.has(reason)) lag = true;
          const ruleFor: Record<string, string> = {
            CrashLoopBackOff: "kubelet.crashLoopBackOff",
            ErrImagePull: "kubelet.imagePullFailed",
            ImagePullBackOff: "kubelet.ImagePullBackOff",
            PostStartHookError: "kubelet.postStartHookFailed",
            RunContainerError: "kubelet.runContainerError",
            ErrImageNeverPull: "kubelet.ErrImageNeverPull",
            InvalidImageName: "kubelet.InvalidImageName",
          };
          const rule = ruleFor[reason];
          if (rule) {
            const ev = this.lastEvent(uid, e.id, (x) => x.cause.rule === rule && containerOf(x) === s.name);
            if (ev) links.push(ev.id);
          }
          const topic: DocTopic = reason === "CrashLoopBackOff" || reason === "RunContainerError" ? "restarts" : reason.includes("Image") ? "imagePullBackOff" : reason === "PodInitializing" ? "initContainers" : reason === "PostStartHookError" ? "lifecycleHooks" : "containerStates";
          setTitle(this.t("title.waiting", { pod: name, container: s.name, reason }), topic, START_FAILURES.has(reason) ? 1 : 4, lines[g.at]);
          if (reason === "CrashLoopBackOff") fields.push(...this.policyField(base, c));
          if (reason.includes("Image")) fields.push(...this.cField(base, c, "image"));
          if (reason === "PodInitializing") fields.push(...this.podField(base, "spec.initContainers"));
        }
        if (restarted && !(stateChanged && kind === "running")) {
          lines.push(this.t("s.state.restartCount", { container: s.name, n: s.restartCount ?? 0 }));
          setTitle(this.t("title.restarted", { pod: name, container: s.name, n: s.restartCount ?? 0 }), "restarts", 1);
        }
        if (p && !!s.ready !== !!p.ready && !(c?.init && !c.sidecar)) {
          lines.push(this.t(s.ready ? "s.ready.true" : "s.ready.false", { container: s.name }));
          if (c?.spec?.readinessProbe) fields.push(...this.cField(base, c, "readinessProbe"));
          setTitle(this.t(s.ready ? "title.ready" : "title.notReady", { pod: name, container: s.name }), c?.spec?.readinessProbe ? "probes" : "podConditions", 3);
        }
        if (p && !!s.started !== !!p.started && c?.spec?.startupProbe && kind === "running") {
          lines.push(this.t(s.started ? "s.started.true" : "s.started.false", { container: s.name }));
          fields.push(...this.cField(base, c, "startupProbe"));
        }
      }
    };
    compare(cs.initContainerStatuses, ps.initContainerStatuses);
    compare(cs.containerStatuses, ps.containerStatuses);

    // Conditions.
    const cond = (list: PodCondition[] | undefined, type: string) => (list ?? []).find((x) => x.type === type);
    const changed = (type: string) => {
      const now = cond(cs.conditions, type);
      const before = cond(ps.conditions, type);
      return now && (!before || before.status !== now.status || before.reason !== now.reason) ? now : undefined;
    };
    const ready = changed("Ready");
    const containersReady = changed("ContainersReady");
    if (ready) {
      const finished = ready.reason === "PodCompleted" || ready.reason === "PodFailed";
      lines.push(ready.status === "True" ? this.t("s.cond.ready.true") : finished ? this.t("s.cond.ready.finished") : this.t("s.cond.ready.false", { message: ready.message ?? ready.reason ?? "" }));
      setTitle(this.t(ready.status === "True" ? "title.podReady" : "title.podNotReady", { pod: name }), "podConditions", 4);
    } else if (containersReady) {
      lines.push(containersReady.status === "True" ? this.t("s.cond.ready.true") : this.t("s.cond.ready.false", { message: containersReady.message ?? containersReady.reason ?? "" }));
    }
    const initialized = changed("Initialized");
    if (initialized && (spec.initContainers ?? []).length && initialized.status !== cond(ps.conditions, "Initialized")?.status) {
      lines.push(initialized.status === "True" ? this.t("s.cond.initialized.true") : this.t("s.cond.initialized.false", { message: initialized.message ?? "" }));
      setTitle(this.t(initialized.status === "True" ? "title.initialized" : "title.initializing", { pod: name }), "initContainers", 2);
      fields.push(...this.podField(base, "spec.initContainers"));
      if (initialized.status === "True") {
        const lastInit = [...(spec.initContainers ?? [])].reverse().find((x) => !isSidecar(x));
        const x = lastInit ? this.lastRuntime(uid, e.id, (rt) => rt.container === lastInit.name && rt.exitCode === 0) : undefined;
        if (x) links.push(x.id);
      }
    }
    const sandbox = changed("PodReadyToStartContainers");
    if (sandbox && prevPod?.status?.containerStatuses) {
      lines.push(sandbox.status === "True" ? this.t("s.cond.sandbox.true", { ip: cs.podIP ?? "" }) : this.t("s.cond.sandbox.false"));
      setTitle(this.t(sandbox.status === "True" ? "title.sandbox" : "title.sandboxGone", { pod: name }), "podConditions", 4);
    }

    // The kubelet's first status for the pod.
    const first = !ps.containerStatuses && !!cs.containerStatuses;
    if (first) {
      lines.unshift(this.t("s.firstStatus", { pod: name, node: spec.nodeName ?? "" }));
      headline = lines[0];
      title = this.t("title.firstStatus", { pod: name, node: spec.nodeName ?? "" });
      docs = "podPhase";
    }
    if (lag) lines.push(this.t("s.lag"));

    // What made the kubelet write now.
    const trig = this.trigger(e);
    if (trig) lines.push(trig.line);
    if (!title) {
      title = trig?.title ?? this.t("title.status", { pod: name });
      if (trig?.docs) docs = trig.docs;
    }
    if (!lines.length || (lines.length === 1 && trig)) lines.unshift(this.t("s.status.minor", { pod: name }));
    if (trig?.fields) fields.push(...trig.fields(base, pod));
    return this.mk(title, lines, docs, fields, { links, covers: trig?.covers ?? [], specific: isExplainedRule(e.cause.rule), brief: headline ? [headline] : undefined });
  }

  /** The sentence for why the kubelet wrote a status at this moment (the sync's trigger). */
  private trigger(e: WriteEntry): { line: string; title?: string; docs?: DocTopic; covers?: number[]; fields?: (base: Base | undefined, pod: Pod) => ExplainField[] } | undefined {
    const r = e.cause.rule;
    const data = e.cause.data ?? {};
    const pod = e.ref.name;
    const probe = /^probe\.(liveness|readiness|startup)\.(successThreshold|failureThreshold)$/.exec(r);
    if (probe) {
      const kind = probe[1] as ProbeKind;
      const n = probe[2] === "successThreshold" ? num(data.successThreshold, 1) : num(data.failureThreshold, 3);
      const key: ExplainKey = probe[2] === "successThreshold" ? (kind === "startup" ? "trig.startupSucceeded" : kind === "readiness" ? "trig.readinessSucceeded" : "trig.livenessSucceeded") : kind === "readiness" ? "trig.readinessFailed" : "trig.probeFailed";
      const container = this.containerOfProbeWrite(e);
      return {
        line: this.t(key, { probe: this.t(`probe.${kind}`), n, count: n, period: this.d(num(data.periodSeconds, 10)), container }),
        title: this.t(probe[2] === "successThreshold" ? "title.probeSucceeded" : "title.probeThreshold", { probe: this.t(`probe.${kind}`), container }),
        docs: "probes",
        covers: e.cause.after ?? [],
        fields: (base, p) => {
          const c = this.cref(p, container);
          return [...this.cField(base, c, `${kind}Probe`), ...this.cField(base, c, `${kind}Probe.${probe[2]}`)];
        },
      };
    }
    switch (r) {
      case "kubelet.podAssigned":
        return { line: this.t("trig.podAssigned", { pod }) };
      case "kubelet.sandboxCreated":
        return { line: this.t("trig.sandboxCreated", { pod }) };
      case "kubelet.pleg.containerStarted": {
        // PLEG reports every change of the last second at once: a container that started and
        // already exited shows as terminated.
        const st = [...((e.object as Pod).status?.initContainerStatuses ?? []), ...((e.object as Pod).status?.containerStatuses ?? [])].find((x) => x.name === str(data.container));
        return { line: this.t(stateKind(st) === "terminated" ? "trig.plegDied" : "trig.plegStarted", { container: str(data.container) }) };
      }
      case "kubelet.pleg.containerDied":
        return { line: this.t("trig.plegDied", { container: str(data.container) }) };
      case "kubelet.requeueAfterError":
        return { line: this.t("trig.requeue", { seconds: this.d(num(data.seconds, 10)) }) };
      case "kubelet.resync":
        return { line: this.t("trig.resync", { seconds: this.d(num(data.seconds, 60)) }) };
      case "kubelet.podTerminated":
        return { line: this.t("trig.podTerminated", { pod }), title: this.t("title.podTerminated", { pod }), docs: "termination" };
      case "kubelet.podCompleted":
        return { line: this.t("trig.podCompleted", { pod }), title: this.t("title.podCompleted", { pod }), docs: "podPhase" };
      case "probe.newContainer":
        return { line: this.t("trig.newContainer", { probe: this.t(`probe.${(str(data.probe) || "readiness") as ProbeKind}`) }), docs: "probes" };
      case "probe.containerNotRunning":
        return { line: this.t("trig.containerNotRunning"), docs: "probes" };
      case "probe.podTerminating":
        return { line: this.t("trig.podTerminating"), docs: "termination" };
      case "scenario.delete":
        return { line: this.t("trig.deleting", { pod }), docs: "termination" };
      case "scenario.crash":
      case "scenario.http":
      case "scenario.apply":
        return { line: this.t("trig.scenario", { t: this.at(num(data.at, e.t)) }) };
      default:
        return { line: this.t("trig.generic", { rule: r }) };
    }
  }

  /** The container a probe-result status write is about: the one whose ready/started flag changed. */
  private containerOfProbeWrite(e: WriteEntry): string {
    const after = (e.cause.after ?? []).map((id) => this.get(id)).find((x) => x?.type === "event");
    if (after) return containerOf(after) ?? "";
    const prev = this.prevWrite(e)?.object as Pod | undefined;
    const cur = e.object as Pod;
    const all = [...(cur.status?.initContainerStatuses ?? []), ...(cur.status?.containerStatuses ?? [])];
    const before = [...(prev?.status?.initContainerStatuses ?? []), ...(prev?.status?.containerStatuses ?? [])];
    const c = all.find((s) => {
      const p = before.find((x) => x.name === s.name);
      return !p || p.ready !== s.ready || p.started !== s.started;
    });
    return c?.name ?? all[0]?.name ?? "";
  }
}

// ---- the pod / container summary for the why panel ------------------------------------------

export interface Summary {
  title: string;
  lines: string[];
}

/**
 * A short summary of a pod (or one container) as stored at simulated time `t`: phase, conditions,
 * restarts and the last termination. Pure; the why panel shows it when a pod or container is selected.
 */
export function summarize(trace: Trace, t: number, locale: Locale, namespace: string, podName: string, container?: string): Summary {
  let pod: Pod | undefined;
  for (const e of indexOf(trace).podWrites.get(`${namespace || "default"}/${podName}`) ?? []) {
    if (e.t > t + 1e-9) break;
    pod = e.verb === "delete" ? undefined : (e.object as Pod);
  }
  const at = tr(locale, "at", { t: formatSeconds(t, locale) });
  if (!pod) return { title: tr(locale, "summary.podTitle", { pod: podName, t: at }), lines: [tr(locale, "summary.none", { pod: podName, t: at })] };
  const st = pod.status ?? {};
  const epoch = trace.epochMs;
  const describe = (s: ContainerStatus): string => {
    const kind = stateKind(s);
    const state =
      kind === "running"
        ? tr(locale, "summary.running", { t: tr(locale, "at", { t: formatSeconds(s.state?.running?.startedAt ? fromTimestamp(s.state.running.startedAt, epoch) : 0, locale) }) })
        : kind === "terminated"
          ? tr(locale, "summary.terminated", { reason: s.state?.terminated?.reason ?? "", code: s.state?.terminated?.exitCode ?? 0 })
          : tr(locale, "summary.waiting", { reason: s.state?.waiting?.reason ?? "" });
    const parts = [tr(locale, "summary.state", { container: s.name, state }), tr(locale, s.ready ? "summary.ready" : "summary.notReady"), tr(locale, "summary.restarts", { n: s.restartCount ?? 0 })];
    const last = s.lastState?.terminated;
    if (last)
      parts.push(tr(locale, "summary.last", { reason: last.reason ?? "", code: last.exitCode ?? 0, t: tr(locale, "at", { t: formatSeconds(last.finishedAt ? fromTimestamp(last.finishedAt, epoch) : 0, locale) }) }));
    return parts.join(" · ");
  };
  const statuses = [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])];
  if (container) {
    const s = statuses.find((x) => x.name === container);
    return {
      title: tr(locale, "summary.containerTitle", { container, pod: podName, t: at }),
      lines: s ? [describe(s)] : [tr(locale, "summary.noContainer", { container, t: at })],
    };
  }
  const lines = [tr(locale, "summary.phase", { phase: st.phase ?? "Pending" })];
  if (pod.metadata?.deletionTimestamp) lines.push(tr(locale, "summary.terminating"));
  const conds = (st.conditions ?? []).map((c) => `${c.type}=${c.status}`).join(", ");
  if (conds) lines.push(tr(locale, "summary.conditions", { list: conds }));
  for (const s of statuses) lines.push(describe(s));
  return { title: tr(locale, "summary.podTitle", { pod: podName, t: at }), lines };
}

/** Whether the entry's explanation is specific (its rule is known); for tests and tooling. */
export function explainsSpecifically(trace: Trace, entryId: number, locale: Locale = "en"): boolean {
  try {
    return new Explainer(trace, locale, undefined).isSpecific(entryId);
  } catch {
    return false;
  }
}
