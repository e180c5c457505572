import type { Diagnostic, LimitRange, Pod } from "../api/types";
import type { SourceDoc } from "../input/yamlDocuments";
import { forbiddenDiagnostic, invalidDiagnostic, plainDiagnostic } from "./apiErrors";
import { deterministicSuffix } from "./deterministic";
import { dropDisabledPodFields, type FeatureGates } from "./featureGates";
import { FieldPath } from "./fieldPath";
import { limitRangerMutate, limitRangerValidate } from "./limitRanger";
import { podWarnings } from "./podWarnings";
import { admitDefaultTolerationSeconds, admitPriority, admitServiceAccount } from "./podPlugins";
import { setPodDefaults } from "./podDefaults";
import { validatePodCreate } from "./podValidation";
import { computePodQOS } from "./qos";

export interface PodAdmission {
  doc: SourceDoc;
  gates: FeatureGates;
  /** The LimitRanges stored so far in the pod's namespace, oldest first. */
  limitRanges: readonly LimitRange[];
  uid: (name: string) => string;
}

type Obj = Record<string, unknown>;

/**
 * A Pod create, in the API server's order: v1 defaulting; the mutating admission plugins
 * (LimitRanger, ServiceAccount, Priority, DefaultTolerationSeconds); BeforeCreate (generateName,
 * uid, the strategy's PrepareForCreate: status, QoS class, generation, disabled fields dropped);
 * validation (422); then the validating admission plugins (LimitRanger's min/max, 403).
 */
export function admitPod(decoded: Obj, ctx: PodAdmission): { object?: Obj; errors: Diagnostic[]; infos: Diagnostic[] } {
  const pod = decoded as Pod & Obj;
  const { doc } = ctx;
  const infos: Diagnostic[] = [];
  const spec = (pod.spec ??= {} as NonNullable<Pod["spec"]>) as unknown as Obj;
  // v1 conversion: the deprecated serviceAccount fills serviceAccountName, and is written back from it.
  if (!spec.serviceAccountName && spec.serviceAccount) spec.serviceAccountName = spec.serviceAccount;
  setPodDefaults(pod);
  const meta = (pod.metadata ??= {});
  const namespace = meta.namespace ?? "default";

  limitRangerMutate(pod, ctx.limitRanges);
  admitServiceAccount(pod, namespace, meta.name || meta.generateName || "");
  const denied = admitPriority(pod);
  if (denied) {
    const at = pod.spec?.priorityClassName ? FieldPath.root("spec", "priorityClassName") : FieldPath.root("spec", "priority");
    return { errors: [forbiddenDiagnostic(doc, "pods", meta.name || meta.generateName || "", denied, at)], infos };
  }
  admitDefaultTolerationSeconds(pod);
  spec.serviceAccount = spec.serviceAccountName;

  if (!meta.name && meta.generateName) {
    meta.name = meta.generateName.slice(0, 58) + deterministicSuffix(`${namespace}/${meta.generateName}/${doc.index}`);
  }
  const system = meta as Obj;
  system.uid = ctx.uid(meta.name ?? "");
  // The API server owns these; the caller stamps creationTimestamp on its own clock.
  for (const k of ["creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "managedFields", "selfLink"]) delete system[k];
  // KEP-5067: a new pod starts at generation 1, whatever the client sent.
  system.generation = 1;
  (pod as Obj).status = { phase: "Pending", qosClass: computePodQOS(pod) };
  for (const d of dropDisabledPodFields(pod, ctx.gates)) {
    const pos = doc.keyAt(d.path);
    infos.push({
      message: `${d.pathText} was dropped: the ${d.gate} feature gate is off, so the API server does not store it`,
      path: d.pathText,
      line: pos.line,
      column: pos.column,
      document: doc.index,
      severity: "info",
    });
  }

  const invalid = validatePodCreate(pod, { restartRules: ctx.gates("ContainerRestartRules") });
  if (invalid.length) return { errors: invalid.map((e) => invalidDiagnostic(doc, "Pod", meta.name ?? "", e)), infos };
  for (const w of podWarnings(pod)) infos.push(plainDiagnostic(doc, `Warning: ${w.message}`, w.path, "info"));

  const violations = limitRangerValidate(pod, ctx.limitRanges);
  if (violations.length) return { errors: violations.map((v) => forbiddenDiagnostic(doc, "pods", meta.name ?? "", v.message, v.path)), infos };
  return { object: pod as Obj, errors: [], infos };
}
