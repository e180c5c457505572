import type { Diagnostic } from "../api/types";
import type { SourceDoc } from "../input/yamlDocuments";
import { alreadyExistsDiagnostic, plainDiagnostic } from "./apiErrors";
import { deterministicSuffix, deterministicUID } from "./deterministic";
import { featureGates } from "./featureGates";
import { FieldPath } from "./fieldPath";
import { kubeSchema } from "./fieldSchema";
import { findKind, KINDS, UNMODELLED_BUILTIN_KINDS, type ClusterState } from "./kinds";
import { sortMapKeys } from "./mapOrder";
import { unmodelledFields } from "./modelled";
import { admitPod } from "./podAdmission";
import { newServiceAllocations } from "./serviceKind";
import { decode, issueDiagnostic } from "./strictDecode";
import { own } from "../util/ownMap";

export { strictDecode } from "./strictDecode";
export type { FieldSchema } from "./fieldSchema";
export { KINDS, type KindHandler } from "./kinds";
export { MODELLED } from "./modelled";
export { admitJob, CONTROLLER_UID_LABEL, JOB_NAME_LABEL } from "./batchKinds";
export { DEFAULT_FEATURE_GATES } from "./featureGates";

export interface AdmissionOptions {
  /** Feature gate overrides; the rest keep their v1.34 defaults (see featureGates.ts). */
  featureGates?: Record<string, boolean>;
  /** The file name kubectl would quote in its own errors. Default "manifest.yaml". */
  fileName?: string;
  /**
   * What earlier applies stored (LimitRanges, allocated ClusterIPs, names), so objects applied
   * later in a scenario are admitted against them. A fresh state when absent.
   */
  state?: AdmissionState;
}

/** The API server's memory between applies. */
export interface AdmissionState {
  cluster: ClusterState;
  stored: Set<string>;
}

export function newAdmissionState(): AdmissionState {
  return { cluster: { limitRanges: new Map(), services: newServiceAllocations() }, stored: new Set() };
}

export interface StoredObject {
  document: number;
  /** The object as the API server stores it (creationTimestamp is left to the caller's clock). */
  object: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const PLAYGROUND_GROUP = "podplay.dev/";

/**
 * What `kubectl apply -f` of the file does, document by document in file order: each object is
 * strictly decoded, defaulted, admitted and validated as a v1.34 API server would, and is stored
 * or rejected with the API server's (or kubectl's) own message. Later documents see what earlier
 * ones stored: a LimitRange applies to the pods after it. A rejected document does not stop the
 * others, as with kubectl.
 *
 * Documents of the playground's own group (podplay.dev/...) are returned untouched in `playground`.
 * `infos` note valid fields podplay does not simulate, fields dropped because their feature gate is
 * off, and the warnings the API server would send back.
 *
 * Deliberate differences from a cluster: a namespace need not exist before objects are put in it
 * (manifests from the docs assume `kubectl create namespace` was run); applying the same object
 * twice is an AlreadyExists error rather than an update; every error is reported separately, even
 * where the API server joins several into one response.
 */
export function admitAll(
  docs: readonly SourceDoc[],
  opts: AdmissionOptions = {},
): { objects: StoredObject[]; errors: Diagnostic[]; infos: Diagnostic[]; playground: SourceDoc[] } {
  const gates = featureGates(opts.featureGates);
  const fileName = opts.fileName ?? "manifest.yaml";
  const state = opts.state ?? newAdmissionState();
  const { cluster, stored } = state;
  const objects: StoredObject[] = [];
  const errors: Diagnostic[] = [];
  const infos: Diagnostic[] = [];
  const playground: SourceDoc[] = [];

  for (const doc of docs) {
    const value = (doc.value !== null && typeof doc.value === "object" && !Array.isArray(doc.value) ? doc.value : {}) as Record<string, unknown>;
    const apiVersion = typeof value.apiVersion === "string" ? value.apiVersion : "";
    const kind = typeof value.kind === "string" ? value.kind : "";
    if (apiVersion.startsWith(PLAYGROUND_GROUP)) {
      playground.push(doc);
      continue;
    }
    if (!apiVersion || !kind) {
      const missing = [!apiVersion && "apiVersion not set", !kind && "kind not set"].filter(Boolean);
      const data = missing.length > 1 ? `[${missing.join(", ")}]` : missing[0];
      errors.push(
        plainDiagnostic(doc, `error validating ${JSON.stringify(fileName)}: error validating data: ${data}; if you choose to ignore these errors, turn validation off with --validate=false`),
      );
      continue;
    }
    const handler = findKind(apiVersion, kind);
    const meta = (value.metadata ?? {}) as { name?: unknown; namespace?: unknown };
    if (!handler) {
      errors.push(plainDiagnostic(doc, noMatch(fileName, apiVersion, kind, meta), FieldPath.root("kind")));
      continue;
    }

    const schema = kubeSchema(kind);
    const decoded = decode(value, schema);
    if (decoded.issues.length) {
      errors.push(...decoded.issues.map((i) => issueDiagnostic(i, doc, kind, apiVersion.slice(apiVersion.lastIndexOf("/") + 1))));
      continue;
    }
    const obj = decoded.value as Record<string, unknown>;
    infos.push(...unmodelledFields(kind, obj, doc));
    const metadata = (obj.metadata ??= {}) as Record<string, unknown>;
    if (handler.namespaced) metadata.namespace ||= "default";
    else delete metadata.namespace;
    if (metadata.resourceVersion) {
      // genericregistry.Store.Create refuses it before anything else runs
      errors.push(plainDiagnostic(doc, "resourceVersion should not be set on objects to be created", FieldPath.root("metadata", "resourceVersion")));
      continue;
    }
    if (metadata.name) {
      const key = `${handler.resource}/${metadata.namespace ?? ""}/${metadata.name}`;
      if (stored.has(key)) {
        errors.push(alreadyExistsDiagnostic(doc, handler.resource, String(metadata.name), FieldPath.root("metadata", "name")));
        continue;
      }
    }

    const outcome = handler.admit(obj, {
      doc,
      gates,
      cluster,
      uid: (name) => deterministicUID(`${kind}/${metadata.namespace ?? ""}/${name}/${doc.index}`),
    });
    errors.push(...outcome.errors);
    infos.push(...outcome.infos);
    if (!outcome.object) continue;
    sortMapKeys(outcome.object, schema);
    stored.add(`${handler.resource}/${metadata.namespace ?? ""}/${metadata.name}`);
    handler.stored?.(outcome.object, cluster);
    objects.push({ document: doc.index, object: outcome.object });
  }
  return { objects, errors, infos, playground };
}

/** kubectl's "resource mapping not found", with what podplay can add about the kind. */
function noMatch(fileName: string, apiVersion: string, kind: string, meta: { name?: unknown; namespace?: unknown }): string {
  const name = typeof meta.name === "string" ? meta.name : "";
  const namespace = typeof meta.namespace === "string" ? meta.namespace : "";
  const base = `resource mapping not found for name: ${JSON.stringify(name)} namespace: ${JSON.stringify(namespace)} from ${JSON.stringify(fileName)}: no matches for kind ${JSON.stringify(kind)} in version ${JSON.stringify(apiVersion)}`;
  const served = KINDS.find((k) => k.kind === kind);
  if (served) return `${base}; ${kind} is served in version ${JSON.stringify(served.apiVersion)}`;
  const builtin = own(UNMODELLED_BUILTIN_KINDS, kind);
  if (builtin === apiVersion) return `${base}; podplay does not model ${kind} yet`;
  if (builtin) return `${base}; ${kind} is served in version ${JSON.stringify(builtin)}, but podplay does not model it yet`;
  return `${base}; ensure CRDs are installed first`;
}

export interface TemplatePodOptions {
  /** Feature gate overrides, as for admitAll. */
  featureGates?: Record<string, boolean>;
  /** The API server's memory: the namespace's LimitRanges apply, and the pod's name is taken in it. */
  state: AdmissionState;
  /** The document errors are attributed to (the controller's owner, say). Default 0. */
  document?: number;
}

/** A SourceDoc for an object no file holds: every position is line 1, column 1. */
function syntheticDoc(value: unknown, index: number): SourceDoc {
  const at = () => ({ line: 1, column: 1 });
  return { index, value, valueAt: at, keyAt: at, has: () => false };
}

/**
 * A pod a controller creates (the ReplicaSet controller's POST of a pod built from its template)
 * through the same API-server path as a pod from a manifest: strict decoding, v1 defaulting, the
 * mutating admission plugins (LimitRanger with the state's LimitRanges, ServiceAccount, Priority,
 * DefaultTolerationSeconds), BeforeCreate (name from generateName, uid, status with qosClass,
 * generation 1), validation and LimitRanger's validation. So its stored form has what a template
 * lacks: serviceAccountName, the kube-api-access volume, tolerations, priority, requests copied
 * from limits, enableServiceLinks.
 *
 * A `generateName` is filled as the API server does, the suffix drawn deterministically and
 * redrawn while the name is taken in `state`. The stored pod is recorded in `state`, so a second
 * pod of the same name is AlreadyExists. Errors carry the API server's messages at line 1,
 * column 1 of `opts.document`; warnings and infos are not returned.
 */
export function admitPodFromTemplate(pod: object, opts: TemplatePodOptions, reuse?: TemplateReuse): { object?: any; errors: Diagnostic[] } { // eslint-disable-line @typescript-eslint/no-explicit-any
  if (!reuse) return admitTemplatePod(pod, opts, true);
  const meta = (pod as { metadata?: { name?: unknown; namespace?: unknown; generateName?: unknown } }).metadata;
  const name = meta?.name;
  const generateName = meta?.generateName;
  const namespace = String(meta?.namespace || "default");
  const suffix = typeof name === "string" && typeof generateName === "string" && name.startsWith(generateName) ? name.slice(generateName.length) : "";
  const limitRanges = opts.state.cluster.limitRanges.get(namespace);
  let byKey = templateCache.get(reuse.template);
  if (!byKey) templateCache.set(reuse.template, (byKey = new Map()));
  const entry = byKey.get(reuse.key);
  const fits =
    entry &&
    SUFFIX.test(suffix) &&
    entry.namespace === namespace &&
    entry.generateName === generateName &&
    entry.nameLength === (name as string).length &&
    entry.limitRanges === limitRanges &&
    entry.featureGates === opts.featureGates &&
    !opts.state.stored.has(`pods/${namespace}/${name as string}`);
  if (fits) {
    if (!entry.base) return admitTemplatePod(cloneSpec(pod), opts, true);
    opts.state.stored.add(`pods/${namespace}/${name as string}`);
    return { object: applyPatches(entry.base, entry.patches!, name as string), errors: [] };
  }
  const sample = SUFFIX.test(suffix) ? JSON.stringify(pod) : undefined;
  const out = admitTemplatePod(cloneSpec(pod), opts, true);
  if (sample === undefined || !out.object) return out;
  // A second pod of the same template under another name, not stored: what differs between the
  // two is what the name decides. The cache is used only when each difference is one of the
  // known derivations of the name (the name, the uid, the kube-api-access volume's name).
  const other = (generateName as string) + otherSuffix(suffix);
  const second = JSON.parse(sample) as { metadata: { name: string } };
  second.metadata.name = other;
  const again = admitTemplatePod(second, opts, false).object;
  const derivations = [(n: string) => n, (n: string) => podUID(namespace, n), (n: string) => `kube-api-access-${deterministicSuffix(`${namespace}/${n}`)}`];
  const patches = again ? diffPatches(out.object, again, name as string, other, derivations) : undefined;
  if (patches) deepFreeze(out.object);
  byKey.set(reuse.key, { namespace, generateName: generateName as string, nameLength: (name as string).length, limitRanges, featureGates: opts.featureGates, base: patches && out.object, patches });
  return out;
}

/**
 * Pods a controller creates from one template (`template`, the object the controller reads, and
 * `key`, what else of the pod it fills the same way each time, such as the owner): the same POST
 * but for the name. Their admission is worked out once per template, owner, namespace, LimitRanges
 * and feature gates, and each pod is that result with the name and what derives from it
 * replaced; parts without the name are shared between pods (stored objects are never edited).
 * `pod.spec` may be the template's own: it is copied before admission changes it.
 */
export interface TemplateReuse {
  template: object;
  key: string;
}

interface TemplateEntry {
  namespace: string;
  generateName: string;
  nameLength: number;
  limitRanges: unknown;
  featureGates: unknown;
  /** The first pod's admitted object (frozen), or none when its admission is not name-independent. */
  base?: Record<string, unknown>;
  patches?: PatchTree;
}

/** Where the name goes: per key, deeper places or how the value derives from the name. */
type PatchTree = Map<string | number, PatchTree | ((name: string) => string)>;

const templateCache = new WeakMap<object, Map<string, TemplateEntry>>();

/** nameSuffix's alphabet (lowercase letters and digits): such a name is valid exactly when another one of the same length is. */
const SUFFIX = /^[a-z0-9]{1,16}$/;

function podUID(namespace: string, name: string): string {
  return deterministicUID(`Pod/${namespace}/${name}/controller`);
}

/** A suffix of the same length that differs from `s` in every character. */
function otherSuffix(s: string): string {
  let out = "";
  for (const ch of s) out += ch === "q" ? "x" : "q";
  return out;
}

function cloneSpec(pod: object): object {
  const p = pod as { spec?: unknown };
  return p.spec === undefined ? { ...pod } : { ...pod, spec: JSON.parse(JSON.stringify(p.spec)) as unknown };
}

/**
 * The places where `a` (admitted as `nameA`) and `b` (as `nameB`) differ, each with the
 * derivation that gives both values; undefined when their shapes differ, or a difference is not
 * one of `derivations`.
 */
function diffPatches(a: unknown, b: unknown, nameA: string, nameB: string, derivations: Array<(n: string) => string>): PatchTree | undefined {
  const tree: PatchTree = new Map();
  const walk = (x: unknown, y: unknown, at: PatchTree): boolean => {
    if (Array.isArray(x)) {
      if (!Array.isArray(y) || x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) if (!child(x[i], y[i], at, i)) return false;
      return true;
    }
    if (x !== null && typeof x === "object") {
      if (y === null || typeof y !== "object" || Array.isArray(y)) return false;
      const kx = Object.keys(x);
      const ky = Object.keys(y);
      if (kx.length !== ky.length) return false;
      for (let i = 0; i < kx.length; i++) if (kx[i] !== ky[i] || !child((x as Record<string, unknown>)[kx[i]], (y as Record<string, unknown>)[kx[i]], at, kx[i])) return false;
      return true;
    }
    return false;
  };
  const child = (x: unknown, y: unknown, at: PatchTree, k: string | number): boolean => {
    if (x !== null && typeof x === "object") {
      const sub: PatchTree = new Map();
      if (!walk(x, y, sub)) return false;
      if (sub.size) at.set(k, sub);
      return true;
    }
    if (Object.is(x, y)) return true;
    if (typeof x !== "string" || typeof y !== "string") return false;
    const d = derivations.find((f) => f(nameA) === x && f(nameB) === y);
    if (!d) return false;
    at.set(k, d);
    return true;
  };
  if (a === null || typeof a !== "object" || !walk(a, b, tree)) return undefined;
  return tree;
}

/** `base` with the name's places filled for `name`: the containers on the way are copied, the rest shared. */
function applyPatches(base: Record<string, unknown>, tree: PatchTree, name: string): Record<string, unknown> {
  let compiled = compiledPatches.get(tree);
  if (!compiled) compiledPatches.set(tree, (compiled = compilePatches(base, tree)));
  return fillPlaces(compiled, name) as Record<string, unknown>;
}

/**
 * A patch tree made ready for copying: per container on the way, an unfrozen shallow copy of the
 * base's (copying a frozen object is a slow path; the copy has the same keys, in the same order,
 * holding the same shared values) and its places, each a derivation or a deeper container.
 */
interface CompiledPatches {
  proto: Record<string | number, unknown> | unknown[];
  keys: Array<string | number>;
  places: Array<CompiledPatches | ((name: string) => string)>;
}

const compiledPatches = new WeakMap<PatchTree, CompiledPatches>();

function compilePatches(node: unknown, tree: PatchTree): CompiledPatches {
  const proto = Array.isArray(node) ? node.slice() : { ...(node as object) };
  const keys: Array<string | number> = [];
  const places: CompiledPatches["places"] = [];
  tree.forEach((v, k) => {
    keys.push(k);
    places.push(typeof v === "function" ? v : compilePatches((proto as Record<string | number, unknown>)[k], v));
  });
  return { proto, keys, places };
}

function fillPlaces(c: CompiledPatches, name: string): unknown {
  const copy = (Array.isArray(c.proto) ? c.proto.slice() : { ...c.proto }) as Record<string | number, unknown>;
  for (let i = 0; i < c.keys.length; i++) {
    const place = c.places[i];
    copy[c.keys[i]] = typeof place === "function" ? place(name) : fillPlaces(place, name);
  }
  return copy;
}

function deepFreeze(v: unknown): void {
  if (v === null || typeof v !== "object" || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const x of Object.values(v)) deepFreeze(x);
}

/** admitPodFromTemplate's API-server path; `record` stores the name in the state. */
function admitTemplatePod(pod: object, opts: TemplatePodOptions, record: boolean): { object?: any; errors: Diagnostic[] } { // eslint-disable-line @typescript-eslint/no-explicit-any
  const gates = featureGates(opts.featureGates);
  const { cluster, stored } = opts.state;
  const doc = syntheticDoc(pod, opts.document ?? 0);
  const schema = kubeSchema("Pod");
  const decoded = decode(pod, schema);
  if (decoded.issues.length) return { errors: decoded.issues.map((i) => issueDiagnostic(i, doc, "Pod", "v1")) };
  const obj = decoded.value as Record<string, unknown>;
  const metadata = (obj.metadata ??= {}) as Record<string, unknown>;
  const namespace = String(metadata.namespace || "default");
  metadata.namespace = namespace;
  const key = (name: string) => `pods/${namespace}/${name}`;
  if (!metadata.name && typeof metadata.generateName === "string" && metadata.generateName) {
    const base = metadata.generateName.slice(0, 58);
    let n = 0;
    let name: string;
    do name = base + deterministicSuffix(`${namespace}/${metadata.generateName}/${n++}`);
    while (stored.has(key(name)));
    metadata.name = name;
  }
  const name = typeof metadata.name === "string" ? metadata.name : "";
  if (name && stored.has(key(name))) return { errors: [alreadyExistsDiagnostic(doc, "pods", name, FieldPath.root("metadata", "name"))] };
  const outcome = admitPod(obj, {
    doc,
    gates,
    limitRanges: cluster.limitRanges.get(namespace) ?? [],
    uid: (n) => podUID(namespace, n),
  });
  if (!outcome.object) return { errors: outcome.errors };
  sortMapKeys(outcome.object, schema);
  if (record) stored.add(key(name));
  return { object: outcome.object, errors: [] };
}
