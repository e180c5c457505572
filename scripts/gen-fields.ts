/**
 * Generates src/engine/admission/fields.generated.ts: every field of the kinds podplay admits (Pod,
 * Service, LimitRange, Namespace, Node, apps/v1 Deployment and ReplicaSet, batch/v1 Job, policy/v1
 * PodDisruptionBudget) and of every type reachable
 * from them, read from the
 * kubernetes-types declaration files with the TypeScript compiler API.
 *
 *   npx tsx scripts/gen-fields.ts
 *
 * kubernetes-types says `number` for every integer; Go's decoder names int32 or int64 in its errors
 * (`... of type int32`), so the int64 fields and the named string types are listed here by hand.
 * Fields newer than kubernetes-types (1.31–1.34) live in src/engine/admission/fields.overlay.ts.
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const typesDir = join(root, "node_modules", "kubernetes-types");
const out = join(root, "src", "engine", "admission", "fields.generated.ts");

const ROOTS = ["Pod", "Service", "LimitRange", "Namespace", "Node", "Deployment", "ReplicaSet", "Job", "PodDisruptionBudget"];

/** Go int64 fields ("Type.field"); every other integer is an int32. */
const INT64 = new Set([
  "ObjectMeta.generation",
  "ObjectMeta.deletionGracePeriodSeconds",
  "PodSpec.activeDeadlineSeconds",
  "PodSpec.terminationGracePeriodSeconds",
  "Probe.terminationGracePeriodSeconds",
  "PodSecurityContext.runAsUser",
  "PodSecurityContext.runAsGroup",
  "PodSecurityContext.fsGroup",
  "PodSecurityContext.supplementalGroups",
  "SecurityContext.runAsUser",
  "SecurityContext.runAsGroup",
  "Toleration.tolerationSeconds",
  "ServiceAccountTokenProjection.expirationSeconds",
  "SleepAction.seconds",
  "PodCondition.observedGeneration",
  "DeploymentStatus.observedGeneration",
  "ReplicaSetStatus.observedGeneration",
  "JobSpec.activeDeadlineSeconds",
]);

/** Go named string types, as encoding/json prints them in "cannot unmarshal" errors. */
const NAMED_STRINGS: Record<string, string> = {
  "Container.imagePullPolicy": "v1.PullPolicy",
  "Container.terminationMessagePolicy": "v1.TerminationMessagePolicy",
  "Container.restartPolicy": "v1.ContainerRestartPolicy",
  "EphemeralContainer.imagePullPolicy": "v1.PullPolicy",
  "EphemeralContainer.terminationMessagePolicy": "v1.TerminationMessagePolicy",
  "EphemeralContainer.restartPolicy": "v1.ContainerRestartPolicy",
  "ContainerPort.protocol": "v1.Protocol",
  "ServicePort.protocol": "v1.Protocol",
  "PodSpec.restartPolicy": "v1.RestartPolicy",
  "PodSpec.dnsPolicy": "v1.DNSPolicy",
  "PodSpec.preemptionPolicy": "v1.PreemptionPolicy",
  "HTTPGetAction.scheme": "v1.URIScheme",
  "Toleration.operator": "v1.TolerationOperator",
  "Toleration.effect": "v1.TaintEffect",
  "ServiceSpec.type": "v1.ServiceType",
  "ServiceSpec.sessionAffinity": "v1.ServiceAffinity",
  "ServiceSpec.externalTrafficPolicy": "v1.ServiceExternalTrafficPolicy",
  "ServiceSpec.internalTrafficPolicy": "v1.ServiceInternalTrafficPolicy",
  "ServiceSpec.ipFamilies": "v1.IPFamily",
  "ServiceSpec.ipFamilyPolicy": "v1.IPFamilyPolicy",
  "LimitRangeItem.type": "v1.LimitType",
  "NamespaceSpec.finalizers": "v1.FinalizerName",
  "NamespaceStatus.phase": "v1.NamespacePhase",
  "ObjectMeta.uid": "types.UID",
  "OwnerReference.uid": "types.UID",
  "VolumeMount.mountPropagation": "v1.MountPropagationMode",
  "Capabilities.add": "v1.Capability",
  "Capabilities.drop": "v1.Capability",
  "PodSecurityContext.fsGroupChangePolicy": "v1.PodFSGroupChangePolicy",
  "SeccompProfile.type": "v1.SeccompProfileType",
  "AppArmorProfile.type": "v1.AppArmorProfileType",
  "PodOS.name": "v1.OSName",
  "ContainerResizePolicy.resourceName": "v1.ResourceName",
  "ContainerResizePolicy.restartPolicy": "v1.ResourceResizeRestartPolicy",
  "PodReadinessGate.conditionType": "v1.PodConditionType",
  "HostPathVolumeSource.type": "v1.HostPathType",
  "EmptyDirVolumeSource.medium": "v1.StorageMedium",
  "SecurityContext.procMount": "v1.ProcMountType",
  "TopologySpreadConstraint.whenUnsatisfiable": "v1.UnsatisfiableConstraintAction",
  "TopologySpreadConstraint.nodeAffinityPolicy": "v1.NodeInclusionPolicy",
  "TopologySpreadConstraint.nodeTaintsPolicy": "v1.NodeInclusionPolicy",
  "NodeSelectorRequirement.operator": "v1.NodeSelectorOperator",
  "LabelSelectorRequirement.operator": "v1.LabelSelectorOperator",
  "PodStatus.phase": "v1.PodPhase",
  "PodStatus.qosClass": "v1.PodQOSClass",
  "PodCondition.type": "v1.PodConditionType",
  "PodCondition.status": "v1.ConditionStatus",
  "DeploymentStrategy.type": "v1.DeploymentStrategyType",
  "DeploymentCondition.type": "v1.DeploymentConditionType",
  "DeploymentCondition.status": "v1.ConditionStatus",
  "ReplicaSetCondition.type": "v1.ReplicaSetConditionType",
  "ReplicaSetCondition.status": "v1.ConditionStatus",
  "JobSpec.completionMode": "v1.CompletionMode",
  "JobSpec.podReplacementPolicy": "v1.PodReplacementPolicy",
  "JobCondition.type": "v1.JobConditionType",
  "JobCondition.status": "v1.ConditionStatus",
  "PodFailurePolicyRule.action": "v1.PodFailurePolicyAction",
  "PodFailurePolicyOnExitCodesRequirement.operator": "v1.PodFailurePolicyOnExitCodesOperator",
  "PodFailurePolicyOnPodConditionsPattern.type": "v1.PodConditionType",
  "PodFailurePolicyOnPodConditionsPattern.status": "v1.ConditionStatus",
  "UncountedTerminatedPods.succeeded": "types.UID",
  "UncountedTerminatedPods.failed": "types.UID",
  "Taint.effect": "v1.TaintEffect",
  "PodDisruptionBudgetSpec.unhealthyPodEvictionPolicy": "v1.UnhealthyPodEvictionPolicyType",
};

const files = ["core/v1.d.ts", "apps/v1.d.ts", "batch/v1.d.ts", "policy/v1.d.ts", "meta/v1.d.ts", "api/resource.d.ts", "runtime.d.ts"].map((f) => join(typesDir, f));
const program = ts.createProgram(files, { noEmit: true });

const interfaces = new Map<string, ts.InterfaceDeclaration>();
for (const f of files) {
  const sf = program.getSourceFile(f);
  if (!sf) throw new Error(`cannot read ${f}`);
  sf.forEachChild((node) => {
    // One flat namespace: no type name of apps/v1 or batch/v1 is also one of core/v1 or meta/v1.
    if (ts.isInterfaceDeclaration(node)) {
      if (interfaces.has(node.name.text)) throw new Error(`type ${node.name.text} is declared twice`);
      interfaces.set(node.name.text, node);
    }
  });
}

const result = new Map<string, Record<string, string>>();
const queue = [...ROOTS];

function describe(typeName: string, field: string, node: ts.TypeNode): string {
  const key = `${typeName}.${field}`;
  if (ts.isUnionTypeNode(node)) {
    const kinds = node.types.map((t) => t.kind);
    if (kinds.includes(ts.SyntaxKind.NumberKeyword) && kinds.includes(ts.SyntaxKind.StringKeyword)) return "ios";
    return "s";
  }
  if (ts.isLiteralTypeNode(node)) return "s";
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword:
      return NAMED_STRINGS[key] ? `s:${NAMED_STRINGS[key]}` : "s";
    case ts.SyntaxKind.NumberKeyword:
      return INT64.has(key) ? "i64" : "i32";
    case ts.SyntaxKind.BooleanKeyword:
      return "b";
    case ts.SyntaxKind.AnyKeyword:
    case ts.SyntaxKind.UnknownKeyword:
      return "any";
  }
  if (ts.isTypeReferenceNode(node)) {
    const name = ts.isIdentifier(node.typeName) ? node.typeName.text : node.typeName.right.text;
    if (name === "Array" && node.typeArguments?.length === 1) return "[]" + describe(typeName, field, node.typeArguments[0]);
    if (name === "Quantity") return "q";
    if (name === "Time" || name === "MicroTime") return "t";
    if (name === "FieldsV1" || name === "RawExtension") return "any";
    if (!interfaces.has(name)) throw new Error(`unknown type ${name} at ${key}`);
    if (!result.has(name) && !queue.includes(name)) queue.push(name);
    return "#" + name;
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index?.type) return "{}" + describe(typeName, field, index.type);
    return "any";
  }
  if (ts.isArrayTypeNode(node)) return "[]" + describe(typeName, field, node.elementType);
  throw new Error(`unhandled type syntax ${ts.SyntaxKind[node.kind]} at ${key}`);
}

while (queue.length) {
  const name = queue.shift()!;
  if (result.has(name)) continue;
  const decl = interfaces.get(name);
  if (!decl) throw new Error(`no interface ${name}`);
  const fields: Record<string, string> = {};
  for (const member of decl.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const field = ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : String(member.name.kind);
    fields[field] = describe(name, field, member.type);
  }
  result.set(name, fields);
}

const names = [...result.keys()].sort();
const body = names
  .map((n) => {
    const fields = result.get(n)!;
    const entries = Object.keys(fields)
      .sort()
      .map((f) => `${JSON.stringify(f)}: ${JSON.stringify(fields[f])}`)
      .join(", ");
    return `  ${n}: { ${entries} },`;
  })
  .join("\n");

writeFileSync(
  out,
  `// Generated by scripts/gen-fields.ts from kubernetes-types; do not edit. Notation: see fieldSchema.ts.\n` +
    `export const GENERATED_TYPES: Record<string, Record<string, string>> = {\n${body}\n};\n`,
);
console.log(`wrote ${names.length} types to ${out}`);
