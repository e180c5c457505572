import type { Container, Pod, Service } from "../api/types";
import { ApiStore, refOf, type KubeObject, type StoredRef } from "../api/store";
import { DEFAULT_EPOCH_MS, type SimEvent } from "../api/events";
import { toTimestamp } from "../api/time";
import { podDelete } from "../api/deletion";
import { Clock } from "../sim/clock";
import { TraceRecorder } from "../trace/recorder";
import type { Cause, SchedulingRecord, WriteEntry } from "../trace/types";
import { Backoff } from "../kubelet/backoff";
import { CRASHLOOP_INITIAL, CRASHLOOP_MAX } from "../kubelet/constants";
import type { KubeletContext } from "../kubelet/context";
import { ImageManager } from "../kubelet/images";
import { Kubelet } from "../kubelet/kubelet";
import { KUBELET_CONDITIONS } from "../kubelet/status";
import type { Instance } from "../kubelet/runtime";
import { behaviorProgram, findBehavior } from "../scenario/behavior";
import type { ActionSpec, NodeSpec, Scenario } from "../scenario/scenario";
import { hostIP, nodeObject } from "./nodes";
import { parseQuantity } from "../printers/quantity";
import { nodeInfoFromNode, scheduleOne, transferNodes, type NodeInfo, type ScheduleOptions } from "../scheduler/framework";
import { PodsByNode } from "../scheduler/nodePods";
import type { HttpOverride } from "../workloads/process";
import { KUBERNETES_SERVICE_IP, Network } from "./network";
import { DeploymentController } from "../controllers/deployment";
import { ReplicaSetController } from "../controllers/replicaset";
import { NodeLifecycleController } from "../controllers/nodeLifecycle";
import { TaintEvictionController } from "../controllers/taintEviction";
import { JobController } from "../controllers/job";
import { EndpointSliceController } from "../controllers/endpointSlice";
import { deschedule, descheduledEvent, evictionMessage, type Eviction } from "../controllers/descheduler";
import type { ControllerContext } from "../controllers/context";
import { evictionVerdict, type EvictionVerdict } from "../controllers/disruption";
import type { Diagnostic } from "../api/types";
import { MAX_PODS, SCHEDULING_WORK, podLimitMessage } from "../limits";
import type { SourceDoc } from "../input/yamlDocuments";
import { admitPodUpdate, validateObjectMetaUpdate } from "../admission/podUpdate";
import { invalidDiagnostic } from "../admission/apiErrors";
import { invalid, type FieldError } from "../admission/fieldErrors";
import { FieldPath } from "../admission/fieldPath";
import { isQualifiedName } from "../admission/names";
import { validateNode } from "../admission/nodeKind";
import { jsonEqual, jsonPatch, mergePatch, PatchError, POD_SCHEMA, strategicMergePatch, threeWayMerge, type JsonPatchOp } from "../api/patch";
import { editLabels, editTaints, type Taint } from "./kubectlEdits";
import { causeAfter } from "../trace/causes";
import { hasKeys } from "../util/shapes";

export interface ClusterOptions {
  /** Admission for pods that controllers create (the API server's POST path). */
  admitPod?: (pod: KubeObject, reuse?: { template: object; key: string }) => { object?: KubeObject; errors: Diagnostic[] };
  /** Most pods that may exist at once (podplay limit, src/engine/limits.ts); smaller in tests. */
  maxPods?: number;
  /** The Scenario's text at an action's path, for errors at their place (simulate passes it). */
  actionDoc?: (path: (string | number)[]) => SourceDoc;
  /** An action the API server (or kubectl) refused: its errors, already noted. */
  onActionErrors?: (a: ActionSpec, errors: Diagnostic[]) => void;
}

/** kubectl drain tries a refused eviction again after this long (drain.go). */
const DRAIN_RETRY = 5;

/** Unschedulable pods are retried at least this often (podMaxInUnschedulablePodsDuration). */
const UNSCHEDULABLE_RETRY = 300;

/**
 * One simulated cluster: the API store, the scheduler, the network and one kubelet per node,
 * all on one clock. Components talk only through the store, as in Kubernetes.
 */
export class Cluster {
  readonly clock = new Clock();
  readonly trace = new TraceRecorder();
  readonly store: ApiStore;
  readonly network: Network;
  readonly kubelets = new Map<string, Kubelet>();
  private podSeq = 0;
  /** Pods waiting for a node, by namespace/name key, with the namespace and name the key joins. */
  private pendingPods = new Map<string, { namespace: string; name: string; ref: StoredRef | undefined }>();
  /** Bound, non-terminal pods by namespace/name, in binding order: what the scheduler counts on nodes. */
  private placed = new PodsByNode();
  private retryTimer = false;
  private podLimitNoted = false;
  private readonly maxPods: number;
  private nodeSnapshot?: NodeInfo[];
  private schedulingOptions?: ScheduleOptions;
  private nodeLifecycle: NodeLifecycleController;

  constructor(
    readonly scenario: Scenario,
    readonly epochMs: number = DEFAULT_EPOCH_MS,
    private readonly opts: ClusterOptions = {},
  ) {
    this.store = new ApiStore(this.clock, this.trace, epochMs);
    this.maxPods = opts.maxPods ?? MAX_PODS;
    this.network = new Network({
      now: () => this.clock.now,
      services: () => this.store.list("Service") as Service[],
      pods: () => this.store.list("Pod") as Pod[],
      podByIP: (ip) => this.podByIP(ip),
    });
    scenario.nodes.forEach((n, i) => {
      if (n.joinAt > 0) return;
      this.addNode(n, i);
    });
    this.store.watch("Pod", (verb, obj, entry, key, ref) => this.onPod(verb, obj, entry, key, ref));
    this.store.watch("Node", () => (this.nodeSnapshot = undefined));
    this.store.watch("Service", () => {
      this.schedulingOptions = undefined;
      this.network.changed();
    });
    const admit = opts.admitPod ?? ((pod, reuse) => ({ object: { ...pod, ...(reuse ? { spec: JSON.parse(JSON.stringify(pod.spec)) as unknown } : {}), metadata: { ...pod.metadata, uid: `uid-${pod.metadata.name}` }, status: { phase: "Pending" } }, errors: [] }));
    const controllers: ControllerContext = {
      clock: this.clock,
      store: this.store,
      epochMs,
      event: (obj, type, reason, message, source, cause) =>
        this.emitEvent(type, reason, message, this.controllerObjects.of(obj.kind, obj.metadata.namespace ?? "default", obj.metadata.name, obj.metadata.uid ?? "", undefined), source, cause),
      admitPod: (pod, reuse) => this.underPodLimit(pod) ?? admit(pod, reuse),
      deletePod: (ns, name, grace, cause) => this.deletePod(ns, name, grace, cause),
    };
    new ReplicaSetController(controllers);
    new DeploymentController(controllers);
    new JobController(controllers);
    new EndpointSliceController(controllers);
    this.nodeLifecycle = new NodeLifecycleController(controllers);
    new TaintEvictionController(controllers, (ns, name, cause) => this.deletePod(ns, name, undefined, cause));
  }

  /** A node registers: its Node object (before anything is applied) and its kubelet. */
  addNode(n: NodeSpec, index: number): void {
    this.store.create(nodeObject(n, index, toTimestamp(this.clock.now, this.epochMs)), { rule: "node.registered", data: { node: n.name } });
    this.kubelets.set(n.name, new Kubelet(this.kubeletContext(n.name, hostIP(index), Math.max(1, Math.ceil(parseQuantity(n.cpu) - 1e-9)))));
  }

  /**
   * One scheduling cycle of the default profile (filters, scores, FitError message). The
   * per-node verdicts and scores are kept in the trace for the UI.
   */
  private decide(pod: Pod): { node: string } | { message: string; reasons: string[] } {
    // The scheduler's node snapshot, taken again only after a Node was written (UpdateSnapshot).
    const nodes = (this.nodeSnapshot ??= sortedByName((this.store.list("Node") as KubeObject[]).map((n) => nodeInfoFromNode(n))));
    this.clock.work += SCHEDULING_WORK + nodes.length;
    // The options change only with the Services (a Service write lets them go): one object for every cycle until then.
    const opts = (this.schedulingOptions ??= {
      services: this.store.list("Service") as Service[],
      controllerSelector: (ns, owner) => this.store.get(owner.kind, ns, owner.name)?.spec?.selector,
      lazyNodes: true,
      nodesSorted: true,
    });
    const result = scheduleOne(pod, nodes, this.placed, opts);
    // The per-node verdicts and scores are built when the record is first read (or serialized).
    const record = { t: this.clock.now, namespace: pod.metadata?.namespace ?? "default", pod: pod.metadata!.name!, node: result.node } as SchedulingRecord;
    transferNodes(result, record);
    this.trace.scheduling.push(record);
    if (result.node) return { node: result.node };
    // A pod that fits nowhere also went through preemption's dry run over the placed pods.
    this.clock.work += this.placed.size;
    const message = result.message ?? `0/${nodes.length} nodes are available.`;
    const counts = new Map<string, number>();
    for (const n of result.nodes) if (!n.filter.ok) counts.set(n.filter.reason, (counts.get(n.filter.reason) ?? 0) + 1);
    return { message, reasons: [...counts].map(([r, k]) => `${k} ${r}`).sort() };
  }

  // ---- API ------------------------------------------------------------------------------------

  /** Creates an admitted object; a Pod past podplay's pod limit is refused (undefined) and noted. */
  apply(obj: KubeObject, cause: Cause): WriteEntry | undefined {
    if (obj.kind === "Pod" && this.underPodLimit(obj)) return undefined;
    return this.store.create(obj, cause);
  }

  /** Whether the pod limit is reached (and then noted, once). */
  podLimitReached(): boolean {
    return this.underPodLimit({ metadata: {} }) !== undefined;
  }

  /** undefined while another pod may be created; else the refusal (MAX_PODS, src/engine/limits.ts), noted once. */
  private underPodLimit(pod: KubeObject): { errors: Diagnostic[] } | undefined {
    if (this.store.count("Pod") < this.maxPods) return undefined;
    const message = podLimitMessage(String(pod.metadata?.name ?? pod.metadata?.generateName ?? ""), this.maxPods);
    if (!this.podLimitNoted) {
      this.podLimitNoted = true;
      this.note("podLimit", `at ${Math.round(this.clock.now)}s: ${this.maxPods.toLocaleString("en-US")} pods exist, podplay's limit for one simulation: more pods are refused until some are deleted (see docs/limits.md)`);
    }
    return { errors: [{ message, path: "", line: 1, column: 1, document: -1, severity: "error" }] };
  }

  /**
   * A DELETE of a pod (`kubectl delete pod`, a controller, an eviction, the kubelet's final
   * grace-0 delete): the API server sets the deletionTimestamp, deletes the object at once when
   * no grace and no finalizer is left, and the kubelet does the rest (podDelete).
   * `uid`: the request's UID precondition (the kubelet's); another pod of that name is left alone.
   */
  deletePod(namespace: string, name: string, grace: number | undefined, cause: Cause, uid?: string): boolean {
    const pod = this.store.get("Pod", namespace, name) as Pod | undefined;
    if (!pod || (uid !== undefined && pod.metadata?.uid !== uid)) return false;
    const out = podDelete(pod, grace, this.clock.now, this.epochMs);
    if (out.kind === "pending") return true;
    if (out.kind === "delete") {
      this.store.delete(pod, cause);
      return true;
    }
    const entry = this.store.update(pod, out.object, cause);
    if (pod.spec?.nodeName && entry.object) this.kubelets.get(pod.spec.nodeName)?.podUpdated(entry.object, causeAfter(cause, [entry.id]));
    return true;
  }

  runAction(a: ActionSpec): void {
    const cause: Cause = { rule: `scenario.${a.kind}`, data: { at: a.at } };
    // Actions that look through every pod count them toward the run's work limit.
    if ((a.kind === "delete" && !a.pod) || a.kind === "drain" || a.kind === "deschedule") this.clock.work += this.store.count("Pod");
    const worker = (ns: string, pod: string) => {
      const p = this.store.get("Pod", ns, pod) as Pod | undefined;
      return p?.spec?.nodeName ? this.kubelets.get(p.spec.nodeName)?.worker(p.metadata!.uid!) : undefined;
    };
    switch (a.kind) {
      case "delete": {
        const names = a.pod
          ? [a.pod]
          : (this.store.list("Pod", a.namespace) as Pod[]).filter((p) => Object.entries(a.selector ?? {}).every(([k, v]) => p.metadata?.labels?.[k] === v)).map((p) => p.metadata!.name!);
        const what = a.pod ? `pod ${a.namespace}/${a.pod}` : `pods matching ${Object.entries(a.selector ?? {}).map(([k, v]) => `${k}=${v}`).join(",")} in ${a.namespace}`;
        let any = false;
        // kubectl turns --grace-period=0 into 1 unless --force is given (kubectl delete.go).
        const grace = a.gracePeriodSeconds === 0 ? 1 : a.gracePeriodSeconds;
        for (const n of names) any = this.deletePod(a.namespace, n, grace, cause) || any;
        if (!any) this.note("actionTargetMissing", `at ${a.at}s: ${what} does not exist, nothing to delete`);
        return;
      }
      case "setImage": {
        if (a.pod !== undefined) return this.setPodImage(a, cause);
        // kubectl set image's own answers (set_image.go; the API server's NotFound), in that order.
        const d = this.store.get("Deployment", a.namespace, a.deployment!);
        if (!d) {
          this.note("actionTargetMissing", `at ${a.at}s: kubectl set image deployment/${a.deployment} -n ${a.namespace}: Error from server (NotFound): deployments.apps "${a.deployment}" not found`);
          return;
        }
        const c = d.spec.template.spec.containers?.find((x: { name: string }) => x.name === a.container);
        if (!c) {
          this.note("actionTargetMissing", `at ${a.at}s: kubectl set image deployment/${a.deployment} -n ${a.namespace}: error: unable to find container named "${a.container}"`);
          return;
        }
        const template = JSON.parse(JSON.stringify(d.spec.template));
        for (const x of template.spec.containers) if (x.name === a.container) x.image = a.image;
        this.store.update(d, { ...d, metadata: { ...d.metadata, generation: (d.metadata.generation ?? 1) + 1 }, spec: { ...d.spec, template } }, { ...cause, data: { ...cause.data, image: a.image, container: a.container } });
        return;
      }
      case "rolloutRestart": {
        // kubectl rollout restart (polymorphichelpers/objectrestarter.go): the template's
        // kubectl.kubernetes.io/restartedAt annotation is set to the time (RFC 3339), a template
        // change like any other, so the Deployment controller rolls out a new ReplicaSet.
        const d = this.store.get("Deployment", a.namespace, a.deployment);
        if (!d) {
          this.note("actionTargetMissing", `at ${a.at}s: kubectl rollout restart deployment/${a.deployment} -n ${a.namespace}: Error from server (NotFound): deployments.apps "${a.deployment}" not found`);
          return;
        }
        const restartedAt = toTimestamp(this.clock.now, this.epochMs);
        const template = JSON.parse(JSON.stringify(d.spec.template));
        template.metadata = { ...template.metadata, annotations: { ...template.metadata?.annotations, "kubectl.kubernetes.io/restartedAt": restartedAt } };
        this.store.update(d, { ...d, metadata: { ...d.metadata, generation: (d.metadata.generation ?? 1) + 1 }, spec: { ...d.spec, template } }, { ...cause, data: { ...cause.data, restartedAt } });
        return;
      }
      case "scale": {
        const obj = this.store.get(a.target, a.namespace, a.name);
        if (!obj) {
          const resource = a.target === "Deployment" ? "deployments.apps" : "replicasets.apps";
          this.note("actionTargetMissing", `at ${a.at}s: kubectl scale ${a.target.toLowerCase()}/${a.name} -n ${a.namespace}: Error from server (NotFound): ${resource} "${a.name}" not found`);
          return;
        }
        this.store.update(obj, { ...obj, metadata: { ...obj.metadata, generation: (obj.metadata.generation ?? 1) + 1 }, spec: { ...obj.spec, replicas: a.replicas } }, { ...cause, data: { ...cause.data, replicas: a.replicas } });
        return;
      }
      case "crash": {
        const w = worker(a.namespace, a.pod);
        const name = a.container ?? w?.pod.spec?.containers?.[0]?.name ?? "";
        if (!w || !w.crash(name, a.exitCode, { ...cause, data: { ...cause.data, container: name, exitCode: a.exitCode } }))
          this.note("actionTargetMissing", `at ${a.at}s: container ${a.namespace}/${a.pod}/${name} is not running, nothing to crash`);
        return;
      }
      case "http": {
        for (const kl of this.kubelets.values())
          for (const w of kl.workers.values())
            if (!a.pod || (w.pod.metadata?.name === a.pod && (w.pod.metadata?.namespace ?? "default") === a.namespace))
              w.applyHttpOverride(a.container, { from: a.at, port: a.port, path: a.path, status: a.status });
        this.network.changed();
        return;
      }
      case "probe": {
        const w = worker(a.namespace, a.pod);
        if (!w) this.note("actionTargetMissing", `at ${a.at}s: pod ${a.namespace}/${a.pod} is not running, no probe to change`);
        else w.forceProbe(a.container, a.probe, a.outcome, { ...cause, data: { ...cause.data, probe: a.probe, outcome: a.outcome } });
        return;
      }
      case "nodeDown":
      case "nodeUp":
      case "cordon":
      case "uncordon":
      case "drain": {
        const kl = this.kubelets.get(a.node);
        if (!kl) {
          this.note("actionTargetMissing", `at ${a.at}s: node ${a.node} does not exist`);
          return;
        }
        const c: Cause = { ...cause, data: { ...cause.data, node: a.node } };
        if (a.kind === "nodeDown" && kl.connected) {
          kl.disconnect();
          this.nodeLifecycle.kubeletSilent(a.node, c);
        } else if (a.kind === "nodeUp" && !kl.connected) {
          this.nodeLifecycle.kubeletBack(a.node, c);
          kl.reconnect(c);
        } else if (a.kind === "cordon" || a.kind === "uncordon") this.nodeLifecycle.cordon(a.node, a.kind === "cordon", c);
        else if (a.kind === "drain") this.drain(a.node, a.at, c);
        this.retryPending();
        return;
      }
      case "addNode": {
        if (this.kubelets.has(a.node.name)) {
          this.note("actionTargetMissing", `at ${a.at}s: node ${a.node.name} already exists`);
          return;
        }
        this.addNode(a.node, this.kubelets.size);
        this.retryPending();
        return;
      }
      case "deschedule": {
        let evictions: Eviction[];
        try {
          evictions = deschedule(this.store.list("Node"), this.store.list("Pod") as Pod[], this.ownerOf, a.policy);
        } catch (e) {
          this.note("deschedulerPolicy", `at ${a.at}s: ${(e as Error).message}`);
          return;
        }
        if (!evictions.length) this.note("deschedulerNothing", `at ${a.at}s: the descheduler found nothing to evict`);
        for (const ev of evictions) {
          const c: Cause = { rule: "scenario.deschedule", data: { at: a.at, node: ev.node, strategy: ev.strategy, reason: ev.reason } };
          const pod = this.store.get("Pod", ev.namespace, ev.pod) as Pod | undefined;
          if (!pod) continue;
          // The descheduler evicts through the API, which guards PodDisruptionBudgets; a refusal is logged and skipped.
          const verdict = this.evictionVerdict(pod);
          if (!verdict.allowed) {
            this.note("evictionRefused", `at ${a.at}s: the descheduler could not evict ${ev.namespace}/${ev.pod}: ${verdict.message}${verdict.cause ? ` (${verdict.cause})` : ""}`, pod);
            continue;
          }
          const de = descheduledEvent(ev);
          this.emit({ type: de.type, reason: de.reason, message: de.message, object: { kind: "Pod", namespace: ev.namespace, name: ev.pod, uid: pod.metadata?.uid ?? "" }, source: de.source }, c);
          this.note("descheduled", `at ${a.at}s: ${evictionMessage(ev)}`);
          this.deletePod(ev.namespace, ev.pod, undefined, c);
        }
        return;
      }
      case "apply":
        // Handled by simulate(), which owns admission.
        return;
      case "patch":
        return this.patchPod(a, cause);
      case "podCondition":
        return this.setPodCondition(a, cause);
      case "label":
        return a.node !== undefined ? this.labelNode(a, cause) : this.labelPod(a, cause);
      case "taint":
        return this.taintNode(a, cause);
    }
  }

  // ---- updates of existing objects --------------------------------------------------------------

  /** An action the API server or kubectl refused: noted, and reported with the action's place. */
  private reject(a: ActionSpec, messages: Array<string | Diagnostic>): void {
    const diagnostics = messages.map((m) => {
      if (typeof m !== "string") return m;
      const pos = this.opts.actionDoc?.(a.kind === "http" ? a.yamlPath : a.path).valueAt([]) ?? { line: 1, column: 1 };
      return { message: m, path: "", line: pos.line, column: pos.column, document: this.scenario.document, severity: "error" as const };
    });
    for (const d of diagnostics) this.note("actionRejected", `at ${a.at}s: ${d.message}`);
    this.opts.onActionErrors?.(a, diagnostics);
  }

  private docAt(path: (string | number)[]): SourceDoc {
    const at = () => ({ line: 1, column: 1 });
    return this.opts.actionDoc?.(path) ?? { index: this.scenario.document, value: undefined, valueAt: at, keyAt: at, has: () => false };
  }

  private livePod(a: ActionSpec & { namespace: string }, name: string, verb: string): Pod | undefined {
    const pod = this.store.get("Pod", a.namespace, name) as Pod | undefined;
    if (!pod) this.reject(a, [`${verb}: Error from server (NotFound): pods "${name}" not found`]);
    return pod;
  }

  /**
   * A PUT or PATCH of a pod with `candidate` (the whole new object): the API server's update
   * (admitPodUpdate); a refused one is reported. An update that changes nothing writes nothing.
   */
  updatePod(a: ActionSpec, live: Pod, candidate: unknown, doc: SourceDoc, cause: Cause): WriteEntry | "unchanged" | "refused" {
    const r = admitPodUpdate(candidate, live, { featureGates: this.scenario.featureGates, doc });
    if (!r.object) {
      this.reject(a, r.errors);
      return "refused";
    }
    if (jsonEqual(r.object, live)) return "unchanged";
    return this.writePod(live, r.object, cause);
  }

  /** Writes an updated pod and tells who watches it: its kubelet, or the scheduler while it waits for a node. */
  private writePod(live: Pod, next: Pod, cause: Cause): WriteEntry {
    const entry = this.store.update(live, next, cause);
    if (entry.verb === "delete") return entry;
    const node = next.spec?.nodeName;
    const k = this.key(next);
    if (node) this.kubelets.get(node)?.podUpdated(entry.object, causeAfter(cause, [entry.id]));
    else if (this.pendingPods.has(k)) this.clock.at(this.clock.now, () => this.trySchedule(k, entry.id));
    return entry;
  }

  /**
   * `kubectl apply` of a Pod that exists: the three-way merge of the last applied manifest, the new
   * one and the live pod, sent as an update (threeWayMerge, admitPodUpdate).
   */
  applyExistingPod(a: ActionSpec, original: unknown, modified: unknown, doc: SourceDoc, cause: Cause): WriteEntry | "unchanged" | "refused" {
    const meta = (modified as { metadata?: { name?: string; namespace?: string } }).metadata ?? {};
    const live = this.store.get("Pod", meta.namespace || "default", meta.name ?? "") as Pod | undefined;
    if (!live) return "refused";
    return this.updatePod(a, live, threeWayMerge(original, modified, live, POD_SCHEMA), doc, cause);
  }

  /** `kubectl patch pod NAME [--type T] [--subresource status] -p PATCH`. */
  private patchPod(a: Extract<ActionSpec, { kind: "patch" }>, cause: Cause): void {
    const live = this.livePod(a, a.pod, `kubectl patch pod ${a.pod}`);
    if (!live) return;
    let candidate: unknown;
    try {
      if (a.patchType === "json") {
        if (!Array.isArray(a.patch)) throw new PatchError("json: cannot unmarshal object into Go value of type jsonpatch.Patch");
        candidate = jsonPatch(live, a.patch as JsonPatchOp[]);
      } else {
        if (a.patch === null || typeof a.patch !== "object" || Array.isArray(a.patch)) throw new PatchError(`json: cannot unmarshal ${Array.isArray(a.patch) ? "array" : typeof a.patch} into Go value of type map[string]interface {}`);
        candidate = a.patchType === "merge" ? mergePatch(live, a.patch) : strategicMergePatch(live, a.patch, POD_SCHEMA);
      }
    } catch (e) {
      if (!(e instanceof PatchError)) throw e;
      this.reject(a, [`Error from server (BadRequest): ${e.message}`]);
      return;
    }
    const c: Cause = { ...cause, data: { ...cause.data, pod: a.pod, type: a.patchType, ...(a.subresource ? { subresource: a.subresource } : {}) } };
    if (a.subresource === "status") this.updatePodStatusFrom(a, live, candidate, this.docAt([...a.path, "patch"]), c);
    else this.updatePod(a, live, candidate, this.docAt([...a.path, "patch"]), c);
  }

  /**
   * A write of the pod's status subresource (a controller's PATCH pods/NAME/status): the spec,
   * ownerReferences and the API server's own fields stay the stored ones, and so does the QoS
   * class (podStatusStrategy.PrepareForUpdate, rest.BeforeUpdate); labels, annotations and the
   * status may change. ValidatePodStatusUpdate: the metadata update rules, and custom conditions'
   * types must be qualified names (validatePodConditions, whose errors upstream carry the path
   * `metadata.conditions[i].Type`). The kubelet sees only a status change (podReconciled).
   */
  private updatePodStatusFrom(a: ActionSpec, live: Pod, candidate: unknown, doc: SourceDoc, cause: Cause): void {
    const c = (candidate ?? {}) as Pod;
    const status = { ...(c.status ?? {}) } as NonNullable<Pod["status"]>;
    if (live.status?.qosClass) status.qosClass = live.status.qosClass;
    const lm = live.metadata ?? {};
    const metadata = { ...(c.metadata ?? {}) } as Record<string, unknown>;
    for (const k of ["name", "namespace", "uid", "resourceVersion", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation", "ownerReferences"] as const) {
      if (lm[k] === undefined) delete metadata[k];
      else metadata[k] = lm[k];
    }
    const errs: FieldError[] = validateObjectMetaUpdate(metadata, lm, FieldPath.root("metadata"));
    (status.conditions ?? []).forEach((x, i) => {
      if (["PodScheduled", "Ready", "Initialized"].includes(x.type)) return;
      for (const msg of isQualifiedName(String(x.type ?? ""))) errs.push(invalid(FieldPath.root("metadata", "conditions").index(i).child("Type"), String(x.type ?? ""), msg));
    });
    if (errs.length) return this.reject(a, errs.map((e) => invalidDiagnostic(doc, "Pod", lm.name ?? "", e)));
    const next = { ...live, metadata, status } as Pod;
    if (jsonEqual(next, live)) return;
    const entry = this.store.update(live, next, cause);
    const node = live.spec?.nodeName;
    if (node && entry.object) this.kubelets.get(node)?.podReconciled(entry.object, causeAfter(cause, [entry.id]));
    const wasReady = live.status?.conditions?.some((x) => x.type === "Ready" && x.status === "True");
    const isReady = status.conditions?.some((x) => x.type === "Ready" && x.status === "True");
    if (wasReady !== isReady) this.network.changed();
  }

  /**
   * A controller sets one condition in a pod's status, as podutil.UpdatePodCondition does: the
   * transition time moves only when the status changes (pkg/api/v1/pod/util.go).
   */
  private setPodCondition(a: Extract<ActionSpec, { kind: "podCondition" }>, cause: Cause): void {
    const live = this.livePod(a, a.pod, `kubectl patch pod ${a.pod} --subresource status`);
    if (!live) return;
    const ts = toTimestamp(this.clock.now, this.epochMs);
    const conds = [...(live.status?.conditions ?? [])];
    const at = conds.findIndex((c) => c.type === a.type);
    const old = at >= 0 ? conds[at] : undefined;
    const next = {
      type: a.type,
      status: a.status,
      lastProbeTime: null as unknown as string,
      lastTransitionTime: old && old.status === a.status ? old.lastTransitionTime : ts,
      ...(a.reason ? { reason: a.reason } : {}),
      ...(a.message ? { message: a.message } : {}),
    };
    if (at >= 0) conds[at] = next;
    else conds.push(next);
    const c: Cause = { ...cause, data: { ...cause.data, pod: a.pod, type: a.type, status: a.status } };
    this.updatePodStatusFrom(a, live, { status: { ...live.status, conditions: conds } }, this.docAt(a.path), c);
  }

  /** `kubectl set image pod/NAME CONTAINER=IMAGE`: a patch of that container's image. */
  private setPodImage(a: Extract<ActionSpec, { kind: "setImage" }>, cause: Cause): void {
    const name = a.pod!;
    const live = this.livePod(a, name, `kubectl set image pod/${name}`);
    if (!live) return;
    const all = [...(live.spec?.initContainers ?? []), ...(live.spec?.containers ?? [])];
    if (!all.some((c) => c.name === a.container)) return this.reject(a, [`kubectl set image pod/${name}: error: unable to find container named "${a.container}"`]);
    const list = (live.spec?.containers ?? []).some((c) => c.name === a.container) ? "containers" : "initContainers";
    const candidate = strategicMergePatch(live, { spec: { [list]: [{ name: a.container, image: a.image }] } }, POD_SCHEMA);
    this.updatePod(a, live, candidate, this.docAt(a.path), { ...cause, data: { ...cause.data, pod: name, image: a.image, container: a.container } });
  }

  /** `kubectl label pod NAME k=v … k- …`. */
  private labelPod(a: Extract<ActionSpec, { kind: "label" }>, cause: Cause): void {
    const name = a.pod!;
    const live = this.livePod(a, name, `kubectl label pod ${name}`);
    if (!live) return;
    const edit = editLabels(live.metadata?.labels, a.labels, a.remove, a.overwrite);
    if ("error" in edit) return this.reject(a, [`kubectl label pod ${name}: ${edit.error}`]);
    for (const w of edit.warnings) this.note("kubectlWarning", `at ${a.at}s: kubectl label pod ${name}: ${w}`, live);
    const meta: Record<string, unknown> = { ...live.metadata, labels: edit.labels };
    if (!Object.keys(edit.labels).length) delete meta.labels;
    this.updatePod(a, live, { ...live, metadata: meta }, this.docAt(a.path), { ...cause, data: { ...cause.data, pod: name } });
  }

  /** `kubectl label node NAME k=v … k- …`: the scheduler looks at unschedulable pods again (a Node update). */
  private labelNode(a: Extract<ActionSpec, { kind: "label" }>, cause: Cause): void {
    const name = a.node!;
    const n = this.store.get("Node", undefined, name);
    if (!n) return this.reject(a, [`kubectl label node ${name}: Error from server (NotFound): nodes "${name}" not found`]);
    const edit = editLabels(n.metadata.labels, a.labels, a.remove, a.overwrite);
    if ("error" in edit) return this.reject(a, [`kubectl label node ${name}: ${edit.error}`]);
    for (const w of edit.warnings) this.note("kubectlWarning", `at ${a.at}s: kubectl label node ${name}: ${w}`);
    const next = { ...n, metadata: { ...n.metadata, labels: edit.labels } };
    const errs = validateNode(next);
    if (errs.length) return this.reject(a, errs.map((e) => invalidDiagnostic(this.docAt(a.path), "Node", name, e)));
    if (jsonEqual(edit.labels, n.metadata.labels ?? {})) return;
    this.store.update(n, next, { ...cause, data: { ...cause.data, node: name } });
    this.retryPending();
  }

  /**
   * `kubectl taint node NAME k=v:Effect` (or `k:Effect-`): the scheduler looks at unschedulable
   * pods again; a NoExecute taint makes the taint-eviction controller evict the pods that do not
   * tolerate it (it watches Nodes).
   */
  private taintNode(a: Extract<ActionSpec, { kind: "taint" }>, cause: Cause): void {
    const n = this.store.get("Node", undefined, a.node);
    if (!n) return this.reject(a, [`kubectl taint node ${a.node}: Error from server (NotFound): nodes "${a.node}" not found`]);
    const edit = editTaints(a.node, n.spec?.taints as Taint[] | undefined, a);
    if ("error" in edit) return this.reject(a, [`kubectl taint node ${a.node}: ${edit.error}`]);
    const spec = { ...n.spec };
    if (edit.taints.length) spec.taints = edit.taints;
    else delete spec.taints;
    const errs = validateNode({ ...n, spec });
    if (errs.length) return this.reject(a, errs.map((e) => invalidDiagnostic(this.docAt(a.path), "Node", a.node, e)));
    this.store.update(n, { ...n, spec }, { ...cause, data: { ...cause.data, node: a.node, key: a.key, effect: a.effect ?? "", remove: a.remove } });
    this.retryPending();
  }

  /** A pod's owner as stored now (what the descheduler and the disruption rules look up). */
  private ownerOf = (ns: string, ref: { kind: string; name: string }): KubeObject | undefined => this.store.get(ref.kind, ns, ref.name);

  /** The eviction subresource's answer for a pod, given the PodDisruptionBudgets stored now. */
  private evictionVerdict(pod: Pod): EvictionVerdict {
    return evictionVerdict(pod, this.store.list("PodDisruptionBudget"), this.store.list("Pod") as Pod[], this.ownerOf);
  }

  /**
   * `kubectl drain NODE --ignore-daemonsets --delete-emptydir-data`: cordon, refuse the whole drain
   * if a pod has no controller (kubectl wants --force for those), then evict every pod through the
   * Eviction API; a pod its PodDisruptionBudget protects is tried again every 5 s, as kubectl does,
   * until the budget allows it. Terminal pods are deleted without a budget check.
   */
  private drain(node: string, at: number, cause: Cause): void {
    this.nodeLifecycle.cordon(node, true, cause);
    const onNode = (this.store.list("Pod") as Pod[]).filter((p) => p.spec?.nodeName === node && !p.metadata?.deletionTimestamp);
    const bare = onNode.filter((p) => !p.metadata?.ownerReferences?.some((o) => o.controller) && p.status?.phase !== "Succeeded" && p.status?.phase !== "Failed");
    if (bare.length) {
      const names = bare.map((p) => `${p.metadata?.namespace ?? "default"}/${p.metadata?.name}`).join(", ");
      this.note("drainRefused", `at ${at}s: error: unable to drain node "${node}" due to error: cannot delete Pods that declare no controller (use --force to override): ${names}, continuing command...`);
      return;
    }
    const evict = (ns: string, name: string) => {
      const pod = this.store.get("Pod", ns, name) as Pod | undefined;
      if (!pod || pod.spec?.nodeName !== node || pod.metadata?.deletionTimestamp) return;
      const verdict = this.evictionVerdict(pod);
      if (verdict.allowed) {
        this.deletePod(ns, name, undefined, { ...cause, rule: "scenario.drainEvict" });
        return;
      }
      this.note("evictionRefused", `at ${Math.round(this.clock.now)}s: error when evicting pods/"${name}" -n "${ns}" (will retry after 5s): ${verdict.message}`, pod);
      this.clock.at(this.clock.now + DRAIN_RETRY, () => evict(ns, name));
    };
    for (const p of onNode) evict(p.metadata?.namespace ?? "default", p.metadata!.name!);
  }

  /** Runs every component up to `until`, then closes what was still open (steady probe runs). */
  run(until: number, budget?: Parameters<Clock["run"]>[1]): void {
    this.clock.run(until, budget);
    for (const kl of this.kubelets.values()) for (const w of kl.workers.values()) w.finish(this.clock.now);
  }

  note(code: string, message: string, pod?: Pod): void {
    this.trace.note({ t: this.clock.now, code, message, object: pod ? refOf({ kind: "Pod", ...pod }) : undefined });
  }

  // ---- scheduler ------------------------------------------------------------------------------

  /** A cluster event (a node joined or changed): unschedulable pods are tried again. */
  private retryPending(): void {
    for (const k of this.pendingPods.keys()) this.clock.at(this.clock.now, () => this.trySchedule(k));
  }

  /** `k`: the pod's namespace/name (the store's key for it, the same string at every write). */
  private onPod(verb: WriteEntry["verb"], obj: KubeObject, entry: WriteEntry, k: string, ref: StoredRef | undefined): void {
    const pod = obj as Pod;
    // The scheduler's view of bound pods, kept as pods change rather than listed per cycle: with
    // thousands of pending pods, listing every pod for every attempt dominated the run.
    if (verb !== "delete" && pod.spec?.nodeName && pod.status?.phase !== "Succeeded" && pod.status?.phase !== "Failed") this.placed.set(k, pod);
    else this.placed.delete(k);
    if (verb === "create") {
      if (pod.spec?.nodeName && this.kubelets.has(pod.spec.nodeName)) {
        this.kubelets.get(pod.spec.nodeName)!.podBound(pod, { rule: "kubelet.podAssigned", after: [entry.id] }, ref);
      } else {
        this.pendingPods.set(k, { namespace: pod.metadata?.namespace ?? "default", name: pod.metadata!.name!, ref });
        this.clock.at(this.clock.now, () => this.trySchedule(k, entry.id));
      }
    } else if (verb === "delete") {
      this.pendingPods.delete(k);
      // Freed resources: the scheduler retries unschedulable pods (a cluster event).
      for (const k of this.pendingPods.keys()) this.clock.at(this.clock.now, () => this.trySchedule(k, entry.id));
    }
  }

  private key(pod: Pod): string {
    return `${pod.metadata?.namespace ?? "default"}/${pod.metadata?.name}`;
  }

  /** One scheduling attempt; `after` is the trace entry that prompted it, when there is one. */
  private trySchedule(key: string, after?: number): void {
    const prompted = after === undefined ? [] : [after];
    const pending = this.pendingPods.get(key);
    if (!pending) return;
    const ns = pending.namespace;
    const name = pending.name;
    const pod = this.store.find(pending.ref, "Pod", ns, name) as Pod | undefined;
    if (!pod || pod.spec?.nodeName || pod.metadata?.deletionTimestamp) {
      this.pendingPods.delete(key);
      return;
    }
    const decision = this.decide(pod);
    const ts = toTimestamp(this.clock.now, this.epochMs);
    if ("node" in decision) {
      this.pendingPods.delete(key);
      const scheduled = { type: "PodScheduled", status: "True", lastProbeTime: null as unknown as string, lastTransitionTime: ts };
      // A pod without conditions (most) gets a one-element literal: a spread into an array literal keeps room for more.
      const earlier = pod.status?.conditions;
      const conditions = earlier?.length ? [...earlier.filter((c) => c.type !== "PodScheduled"), scheduled] : [scheduled];
      const cause: Cause = { rule: "scheduler.bound", data: { node: decision.node }, after: prompted };
      const bound = this.store.update(pod, { ...pod, spec: boundSpec(pod.spec, decision.node), status: boundStatus(pod.status, conditions) }, cause);
      // The binding's write names the pod as the event does (a pod with a namespace): its ref is the event's object too.
      const ref = bound.ref;
      const object = ref.kind === "Pod" && ref.namespace === ns && ref.name === name && ref.uid === pod.metadata!.uid! ? ref : { kind: "Pod", namespace: ns, name, uid: pod.metadata!.uid! };
      const ev = this.emitEvent("Normal", "Scheduled", `Successfully assigned ${ns}/${name} to ${decision.node}`, object, "default-scheduler", cause);
      this.kubelets.get(decision.node)!.podBound(bound.object, { rule: "kubelet.podAssigned", after: [bound.id, ev] }, this.store.placeOf(bound.object));
      return;
    }
    const cause: Cause = { rule: "scheduler.unschedulable", data: { reasons: decision.reasons }, after: prompted };
    const old = pod.status?.conditions?.find((c) => c.type === "PodScheduled");
    if (!old || old.message !== decision.message) {
      const conditions = [{ type: "PodScheduled", status: "False", reason: "Unschedulable", message: decision.message, lastProbeTime: null as unknown as string, lastTransitionTime: old?.lastTransitionTime ?? ts }];
      this.store.update(pod, { ...pod, status: { ...pod.status, phase: "Pending", conditions } }, cause);
    }
    this.emitEvent("Warning", "FailedScheduling", decision.message, { kind: "Pod", namespace: ns, name, uid: pod.metadata!.uid! }, "default-scheduler", cause);
    if (!this.retryTimer) {
      this.retryTimer = true;
      this.clock.after(UNSCHEDULABLE_RETRY, () => {
        this.retryTimer = false;
        for (const k of this.pendingPods.keys()) this.trySchedule(k, after);
      });
    }
  }

  /** The involved objects of the controllers' events, and of the kubelets' (see InvolvedObjects). */
  private readonly controllerObjects = new InvolvedObjects();
  private readonly kubeletObjects = new InvolvedObjects();

  private emit(e: Omit<SimEvent, "t">, cause: Cause): number {
    return this.trace.event(this.clock.now, { t: this.clock.now, ...e }, cause).id;
  }

  /** emit for the frequent events, built in place: the same keys in the same order, `host` last when given. */
  private emitEvent(type: SimEvent["type"], reason: string, message: string, object: SimEvent["object"], source: string, cause: Cause, host?: string): number {
    const t = this.clock.now;
    // One literal each way: a host added afterwards would sit outside the object, in a property array of its own.
    const ev: SimEvent = host !== undefined ? { t, type, reason, message, object, source, host } : { t, type, reason, message, object, source };
    return this.trace.event(t, ev, cause).id;
  }

  // ---- kubelet context ------------------------------------------------------------------------

  private podByIP(ip: string): { pod: Pod; instances: Instance[] } | undefined {
    for (const kl of this.kubelets.values())
      for (const w of kl.workers.values()) if (w.podIP() === ip && !w.isDone) return { pod: w.pod, instances: w.runningInstances() };
    return undefined;
  }

  private kubeletContext(nodeName: string, hostIP: string, cpus: number): KubeletContext {
    const clock = this.clock;
    const settings = new Map(this.scenario.images.map((i) => [i.image, i]));
    const images = new ImageManager(() => clock.now, (img) => settings.get(img));
    return {
      clock,
      trace: this.trace,
      epochMs: this.epochMs,
      nodeName,
      hostIP,
      cpus,
      images,
      crashBackoff: new Backoff(CRASHLOOP_INITIAL, CRASHLOOP_MAX, () => clock.now),
      world: this.network,
      connected: () => this.kubelets.get(nodeName)?.connected ?? true,
      allocatePodIP: () => {
        const n = 5 + this.podSeq++;
        return `10.244.${Math.floor(n / 254)}.${(n % 254) + 1}`;
      },
      event: (pod, type, reason, message, fieldPath, cause) => {
        const object = this.kubeletObjects.of("Pod", pod.metadata?.namespace ?? "default", pod.metadata!.name!, pod.metadata!.uid!, fieldPath || undefined);
        return this.emitEvent(type, reason, message, object, "kubelet", cause, nodeName);
      },
      note: (code, message, pod) => this.note(code, message, pod),
      behavior: (pod, c: Container) => {
        const b = findBehavior(this.scenario.behaviors, pod, c);
        return b ? behaviorProgram(b, c) : undefined;
      },
      httpOverrides: (pod, c): HttpOverride[] =>
        this.scenario.actions
          .filter((a): a is Extract<ActionSpec, { kind: "http" }> => a.kind === "http" && a.at <= clock.now)
          .filter((a) => (!a.pod || (a.pod === pod.metadata?.name && a.namespace === (pod.metadata?.namespace ?? "default"))) && (!a.container || a.container === c.name))
          .map((a) => ({ from: a.at, port: a.port, path: a.path, status: a.status })),
      serviceEnv: (pod) => this.serviceEnv(pod),
      updatePodStatus: (pod, status, cause, ref) => {
        const current = (this.store.find(ref, "Pod", pod.metadata?.namespace, pod.metadata!.name!) as Pod | undefined) ?? pod;
        const wasReady = current.status?.conditions?.some((c) => c.type === "Ready" && c.status === "True");
        // mergePodStatus: the conditions the kubelet does not own (a readiness gate's, DisruptionTarget)
        // stay as the API has them, first; the kubelet's own follow.
        const kept = (current.status?.conditions ?? []).filter((c) => !KUBELET_CONDITIONS.has(c.type));
        if (kept.length) status = { ...status, conditions: [...kept, ...(status.conditions ?? []).filter((c) => KUBELET_CONDITIONS.has(c.type))] };
        const entry = this.store.update(current, { ...current, status }, cause);
        const isReady = status.conditions?.some((c) => c.type === "Ready" && c.status === "True");
        if (wasReady !== isReady) this.network.changed();
        return entry.object as Pod;
      },
      finalizeDeletion: (pod, cause) => {
        // The status manager's final DELETE, grace 0 with the pod's UID as precondition: a pod
        // that still has finalizers stays, its deletion grace now 0 (podDelete).
        this.deletePod(pod.metadata?.namespace ?? "default", pod.metadata!.name!, 0, cause, pod.metadata?.uid);
        this.network.changed();
      },
      markExit: (pod, inst, cause) =>
        this.trace.runtime({
          t: clock.now,
          what: "exited",
          pod: refOf({ kind: "Pod", ...pod }),
          container: inst.name,
          restartCount: inst.restartCount,
          exitCode: inst.exitCode,
          reason: inst.reason,
          cause,
        }).id,
    };
  }

  /**
   * Service links (enableServiceLinks) and the master service variables, of the Services stored
   * now (immutable objects), made when first asked for. Models: pkg/kubelet/kubelet_pods.go
   * getServiceEnvVarMap.
   */
  private serviceEnv(pod: Pod): () => Record<string, string> {
    const links = pod.spec?.enableServiceLinks !== false;
    const services = links ? (this.store.list("Service", pod.metadata?.namespace ?? "default") as Service[]) : [];
    return () => {
      const env: Record<string, string> = {
        KUBERNETES_SERVICE_HOST: KUBERNETES_SERVICE_IP,
        KUBERNETES_SERVICE_PORT: "443",
        KUBERNETES_SERVICE_PORT_HTTPS: "443",
        KUBERNETES_PORT: `tcp://${KUBERNETES_SERVICE_IP}:443`,
        KUBERNETES_PORT_443_TCP: `tcp://${KUBERNETES_SERVICE_IP}:443`,
        KUBERNETES_PORT_443_TCP_PROTO: "tcp",
        KUBERNETES_PORT_443_TCP_PORT: "443",
        KUBERNETES_PORT_443_TCP_ADDR: KUBERNETES_SERVICE_IP,
      };
      if (!links) return env;
      for (const s of services) {
        const ip = s.spec?.clusterIP;
        const port = s.spec?.ports?.[0];
        if (!ip || ip === "None" || !port) continue;
        const p = s.metadata!.name!.toUpperCase().replace(/-/g, "_");
        env[`${p}_SERVICE_HOST`] = ip;
        env[`${p}_SERVICE_PORT`] = String(port.port);
        env[`${p}_PORT`] = `tcp://${ip}:${port.port}`;
      }
      return env;
    };
  }
}

/*
 * The binding's copies of a pod's spec and status, which gain nodeName and conditions: a spread
 * copy that gains a key its source lacked gets a hidden class and descriptor array of its own in
 * V8 (no transition is cached for it) and a property array, and the trace keeps every bound pod's.
 * The shapes admission gives a pod of a template that sets only containers are copied as
 * literals; any other is spread.
 */
const ADMITTED_SPEC = ["containers", "dnsPolicy", "restartPolicy", "securityContext", "terminationGracePeriodSeconds", "schedulerName", "enableServiceLinks", "serviceAccountName", "volumes", "priority", "preemptionPolicy", "tolerations", "serviceAccount"];
const ADMITTED_STATUS = ["phase", "qosClass"];

/** `{ ...spec, nodeName }`. */
function boundSpec(spec: Pod["spec"], nodeName: string): Pod["spec"] {
  if (!spec || !hasKeys(spec, ADMITTED_SPEC)) return { ...spec, nodeName } as Pod["spec"];
  const s = spec;
  return {
    containers: s.containers,
    dnsPolicy: s.dnsPolicy,
    restartPolicy: s.restartPolicy,
    securityContext: s.securityContext,
    terminationGracePeriodSeconds: s.terminationGracePeriodSeconds,
    schedulerName: s.schedulerName,
    enableServiceLinks: s.enableServiceLinks,
    serviceAccountName: s.serviceAccountName,
    volumes: s.volumes,
    priority: s.priority,
    preemptionPolicy: s.preemptionPolicy,
    tolerations: s.tolerations,
    serviceAccount: s.serviceAccount,
    nodeName,
  };
}

/** `{ ...status, conditions }`. */
function boundStatus(status: Pod["status"], conditions: NonNullable<Pod["status"]>["conditions"]): Pod["status"] {
  if (!status || !hasKeys(status, ADMITTED_STATUS)) return { ...status, conditions };
  return { phase: status.phase, qosClass: status.qosClass, conditions };
}

/**
 * An event's involved object, the previous event's when it names the same one: a ReplicaSet's
 * SuccessfulCreate events come one after another, and so do a container's Pulled, Created and
 * Started (the trace keeps every event; nothing changes an event's object once made).
 */
class InvolvedObjects {
  private last: SimEvent["object"] | undefined;

  of(kind: string, namespace: string, name: string, uid: string, fieldPath: string | undefined): SimEvent["object"] {
    const l = this.last;
    if (l !== undefined && l.name === name && l.uid === uid && l.namespace === namespace && l.kind === kind && l.fieldPath === fieldPath) return l;
    // One literal each way: a fieldPath added afterwards would sit outside the object, in a property array of its own.
    return (this.last = fieldPath !== undefined ? { kind, namespace, name, uid, fieldPath } : { kind, namespace, name, uid });
  }
}

const sortedByName = (nodes: NodeInfo[]): NodeInfo[] => nodes.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
