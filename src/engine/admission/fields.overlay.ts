/**
 * Fields the API server of v1.34 accepts that kubernetes-types 1.30 does not declare, in the
 * notation of fieldSchema.ts. Each names the release that added it and, where one guards it, the
 * feature gate (see featureGates.ts for what happens when the gate is off).
 */
export const OVERLAY_TYPES: Record<string, Record<string, string>> = {
  Lifecycle: {
    stopSignal: "s:v1.Signal", // 1.33, ContainerStopSignals (alpha)
  },
  Container: {
    restartPolicyRules: "[]#ContainerRestartRule", // 1.34, ContainerRestartRules (alpha)
  },
  EphemeralContainer: {
    restartPolicyRules: "[]#ContainerRestartRule", // 1.34, ContainerRestartRules (alpha)
  },
  ContainerRestartRule: {
    action: "s:v1.ContainerRestartRuleAction", // 1.34
    exitCodes: "#ContainerRestartRuleOnExitCodes",
  },
  ContainerRestartRuleOnExitCodes: {
    operator: "s:v1.ContainerRestartRuleOnExitCodesOperator", // 1.34
    values: "[]i32",
  },
  PodSpec: {
    resources: "#ResourceRequirements", // 1.32, PodLevelResources (beta and on in 1.34)
    hostnameOverride: "s", // 1.34, HostnameOverride (alpha)
  },
  PodSecurityContext: {
    supplementalGroupsPolicy: "s:v1.SupplementalGroupsPolicy", // 1.31, SupplementalGroupsPolicy
    seLinuxChangePolicy: "s:v1.PodSELinuxChangePolicy", // 1.32, SELinuxChangePolicy
  },
  Volume: {
    image: "#ImageVolumeSource", // 1.31, ImageVolume (beta, off in 1.34)
  },
  ImageVolumeSource: {
    reference: "s", // 1.31
    pullPolicy: "s:v1.PullPolicy",
  },
  EnvVarSource: {
    fileKeyRef: "#FileKeySelector", // 1.34, EnvFiles (alpha)
  },
  FileKeySelector: {
    volumeName: "s", // 1.34
    path: "s",
    key: "s",
    optional: "b",
  },
  ResourceClaim: {
    request: "s", // 1.31, DynamicResourceAllocation
  },
  // Status is decoded (a wrong type there still fails the request) but never kept: the API
  // server replaces it on create.
  PodStatus: {
    observedGeneration: "i64", // 1.33, PodObservedGenerationTracking
    extendedResourceClaimStatus: "any", // 1.34, DRAExtendedResource
  },
  DeploymentStatus: {
    terminatingReplicas: "i32", // 1.33, DeploymentReplicaSetTerminatingReplicas (alpha)
  },
  ReplicaSetStatus: {
    terminatingReplicas: "i32", // 1.33, DeploymentReplicaSetTerminatingReplicas (alpha)
  },
  ContainerStatus: {
    user: "any", // 1.31
    allocatedResourcesStatus: "any", // 1.31
    stopSignal: "s:v1.Signal", // 1.33
  },
};
