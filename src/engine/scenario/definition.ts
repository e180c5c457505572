/**
 * The Scenario document's fields, declared once. The parser (scenario.ts) takes its unknown-field
 * checks, integer bounds, enums and the list of actions from here, and the editor's JSON schema
 * (jsonSchema.ts, written into src/app/editor/k8s-schema.generated.json by scripts/gen-schema.ts)
 * is derived from the same objects, so the editor and the engine cannot disagree about a field.
 *
 * Adding a field: declare it here (type, description), then read it in scenario.ts and run
 * `npx tsx scripts/gen-schema.ts`; definition.test.ts fails until both are done.
 */

/** The API version of podplay's own kind. */
export const SCENARIO_API_VERSION = "podplay.dev/v1alpha1";
/** Longest horizon podplay simulates, in simulated seconds (7 days). */
export const MAX_DURATION = 7 * 86400;

/** The objects of the Scenario document (`scenario` is the document itself). */
export type ScenarioObjectName =
  | "scenario"
  | "metadata"
  | "spec"
  | "node"
  | "taint"
  | "image"
  | "behavior"
  | "listen"
  | "httpAnswer"
  | "httpResponse"
  | "grpcAnswer"
  | "grpcResponse"
  | "exit"
  | "memory"
  | "memoryStep"
  | "onSigterm"
  | "action"
  | "deleteAction"
  | "crashAction"
  | "httpAction"
  | "probeAction"
  | "setImageAction"
  | "scaleAction"
  | "rolloutRestartAction"
  | "patchAction"
  | "podConditionAction"
  | "labelAction"
  | "taintAction"
  | "deschedule"
  | "lowNodeUtilization"
  | "usage";

/** The type of a value in the Scenario document. */
export type ValueType =
  /** Text. `nonEmpty`: the parser rejects "" (it reads the field with `str`). */
  | { kind: "string"; nonEmpty?: boolean; enum?: readonly string[]; pattern?: string }
  /** Exactly this text (apiVersion, kind, `onSigterm: ignore`). */
  | { kind: "const"; value: string }
  /** A whole number between min and max, inclusive. */
  | { kind: "integer"; min: number; max: number }
  | { kind: "boolean" }
  /**
   * A number of seconds or Go-style text (30s, 1m30s, 2d; see duration.ts). `positive`: more than
   * 0; `max`: at most this many seconds.
   */
  | { kind: "duration"; positive?: boolean; max?: number }
  /** A Kubernetes quantity, text or number (4, 3500m, 16Gi). For `memory`, a bare number means MiB where noted. */
  | { kind: "quantity" }
  /** A map from free-form keys to values of one type. */
  | { kind: "map"; values: ValueType }
  | { kind: "list"; items: ValueType; minItems?: number }
  /** One of the objects below, by name. */
  | { kind: "object"; name: ScenarioObjectName }
  /** A whole Kubernetes object (Pod, Service, …), checked as the API server would. */
  | { kind: "kubernetesObject" }
  /** Any JSON value (a patch), checked when the action runs, as the API server would. */
  | { kind: "json" }
  /** One of these alternatives, which never overlap (text or a map, a constant or an object). */
  | { kind: "oneOf"; of: readonly ValueType[] };

export interface FieldDef {
  type: ValueType;
  /** One sentence for hovers and completion; the first words say what it is. */
  description: string;
}

export interface ObjectDef {
  /** Heads hovers and the editor's diagnostics ("yaml-schema: Scenario action"). */
  title: string;
  description: string;
  fields: Readonly<Record<string, FieldDef>>;
  /** Fields that must be present. */
  required?: readonly string[];
  /** Exactly one of these fields is present (the action verbs, deployment or replicaSet). */
  exactlyOne?: readonly string[];
  /** At least one of these fields is present. */
  atLeastOne?: readonly string[];
  /** Pairs that may not both be present. */
  notBoth?: readonly (readonly [string, string])[];
}

const str = (description: string): FieldDef => ({ type: { kind: "string", nonEmpty: true }, description });
const text = (description: string): FieldDef => ({ type: { kind: "string" }, description });
const int = (description: string, min: number, max: number): FieldDef => ({ type: { kind: "integer", min, max }, description });
const bool = (description: string): FieldDef => ({ type: { kind: "boolean" }, description });
/** Every duration is at most the longest horizon (podplay limit): a time past it could only mean "never", and 1e308 is not a time. */
const duration = (description: string): FieldDef => ({ type: { kind: "duration", max: MAX_DURATION }, description });
const quantity = (description: string): FieldDef => ({ type: { kind: "quantity" }, description });
const object = (name: ScenarioObjectName, description: string): FieldDef => ({ type: { kind: "object", name }, description });
const list = (name: ScenarioObjectName, description: string, minItems?: number): FieldDef => ({ type: { kind: "list", items: { kind: "object", name }, ...(minItems ? { minItems } : {}) }, description });
const enumOf = (values: readonly string[], description: string): FieldDef => ({ type: { kind: "string", enum: values }, description });
const stringMap = (description: string): FieldDef => ({ type: { kind: "map", values: { kind: "string" } }, description });
const port = (description: string): FieldDef => int(description, 1, 65535);
const namespace = str("Its namespace. Default default.");

/** `app=web` or `app=web,tier=front` (`==` also works), as parseSelector reads it. */
const SELECTOR_TERM = "\\s*[A-Za-z0-9._/-]+\\s*==?\\s*[A-Za-z0-9._-]*\\s*";
export const SELECTOR_PATTERN = `^${SELECTOR_TERM}(,${SELECTOR_TERM})*$`;

export const TAINT_EFFECTS = ["NoSchedule", "PreferNoSchedule", "NoExecute"] as const;
export const GRPC_STATUSES = ["SERVING", "NOT_SERVING"] as const;
export const PROBE_KINDS = ["liveness", "readiness", "startup"] as const;
export const PROBE_OUTCOMES = ["fail", "pass"] as const;
export const PATCH_TYPES = ["strategic", "merge", "json"] as const;
export const CONDITION_STATUSES = ["True", "False", "Unknown"] as const;

/** Node verbs: the action's value is the node's name. */
export const NODE_VERBS = ["nodeDown", "nodeUp", "cordon", "uncordon", "drain"] as const;

const nodeVerb = (description: string): FieldDef => str(description);

/**
 * Every object of the Scenario document, by name; `scenario` is the document itself. The order of
 * * `fields` is the order completion lists them in; `action.exactlyOne` is the order of the verbs in the
 * parser's "Required value: one of …" message.
 */
export const SCENARIO_OBJECTS: Readonly<Record<ScenarioObjectName, ObjectDef>> = {
  scenario: {
    title: "Scenario",
    description: "podplay's own document: what only the simulation needs (horizon, nodes, image pulls, app behaviour, scripted actions). At most one per file.",
    fields: {
      apiVersion: { type: { kind: "const", value: SCENARIO_API_VERSION }, description: "The Scenario's API version." },
      kind: { type: { kind: "const", value: "Scenario" }, description: "podplay's own kind." },
      metadata: object("metadata", "Optional name, labels and annotations of the scenario."),
      spec: object("spec", "What the simulation needs besides the Kubernetes objects."),
    },
    required: ["apiVersion", "kind"],
  },
  metadata: {
    title: "Scenario metadata",
    description: "Optional name, labels and annotations of the scenario.",
    fields: {
      name: text("The scenario's name (shown in messages)."),
      labels: stringMap("Free-form labels."),
      annotations: stringMap("Free-form annotations."),
    },
  },
  spec: {
    title: "Scenario spec",
    description: "What the simulation needs besides the Kubernetes objects.",
    fields: {
      duration: { type: { kind: "duration", positive: true, max: MAX_DURATION }, description: "How long to simulate: seconds, or 30s / 5m / 1h30m / 2d; at most 7d. Default 5m." },
      featureGates: { type: { kind: "map", values: { kind: "boolean" } }, description: "Kubernetes feature gates that change v1.34 behaviour, for example ContainerRestartRules: true." },
      node: object("node", "The node the pods run on (default node-1, 4 CPUs, 16Gi, 110 pods). Use node or nodes, not both."),
      nodes: list("node", "The cluster's nodes, there from the start. Use node or nodes, not both."),
      images: list("image", "How pulling an image behaves."),
      behaviors: list("behavior", "What a custom app does, matched by image, container name or pod name."),
      actions: list("action", "Scripted interventions, in simulated time."),
    },
    notBoth: [["node", "nodes"]],
  },
  node: {
    title: "Scenario node",
    description: "A node: its size, labels and taints (default node-1, 4 CPUs, 16Gi, 110 pods).",
    fields: {
      name: str("The node's name. Default node-1."),
      cpu: quantity("Allocatable CPU, such as 4 or 3500m. Default 4."),
      memory: quantity("Allocatable memory, such as 16Gi. Default 16Gi."),
      pods: int("How many pods the node accepts. Default 110.", 0, 100000),
      labels: stringMap("Node labels, for nodeSelector, affinity and topology spread (kubernetes.io/hostname, os and arch are set)."),
      zone: str("Sets the topology.kubernetes.io/zone label."),
      taints: list("taint", "Taints: pods without a matching toleration stay off (NoSchedule) or are evicted (NoExecute)."),
    },
  },
  taint: {
    title: "Node taint",
    description: "A taint on the node.",
    fields: {
      key: str("The taint's key."),
      value: text("The taint's value."),
      effect: enumOf(TAINT_EFFECTS, "What the taint does to pods that do not tolerate it."),
    },
    required: ["key", "effect"],
  },
  image: {
    title: "Scenario image",
    description: "How pulling one image behaves.",
    fields: {
      image: str("The image reference, as containers name it (myapp:1.0)."),
      pullSeconds: duration("How long a pull that contacts the registry takes."),
      sizeBytes: int("The image size, shown in the Pulled event.", 0, 1e12),
      pullError: str("Every pull fails with this message."),
      present: bool("Already on the node: IfNotPresent will not pull."),
    },
    required: ["image"],
  },
  behavior: {
    title: "Scenario behavior",
    description: "What a custom app does. Give at least one of image, pod or container.",
    fields: {
      image: str("Containers running this image behave this way."),
      pod: str("Containers of pods with this name (globs allowed) behave this way."),
      container: str("Containers with this name behave this way."),
      listens: list("listen", "Sockets the app listens on."),
      http: list("httpAnswer", "HTTP answers per path over the container's age."),
      grpc: list("grpcAnswer", "grpc.health.v1 answers per port."),
      exit: object("exit", "The app exits on its own."),
      memory: object("memory", "Memory use over time: OOMKilled when it passes the container's limit."),
      cpu: quantity("CPU cores the app would use, such as 2 or 500m: above the container's CPU limit it is throttled (CFS quota), never killed."),
      onSigterm: {
        // The object first: when a misspelt key leaves both unmatched, the editor reports the first.
        type: { kind: "oneOf", of: [{ kind: "object", name: "onSigterm" }, { kind: "const", value: "ignore" }] },
        description: 'What the app does on SIGTERM. Default: exits 0 within 0.1 s; "ignore" makes it wait for SIGKILL.',
      },
    },
    atLeastOne: ["image", "pod", "container"],
  },
  listen: {
    title: "Listening socket",
    description: "A listening socket.",
    fields: {
      port: port("The port."),
      after: duration("Seconds after the container starts when the socket opens. Default 0s."),
      until: duration("Seconds after the container starts when the socket closes again."),
      grpc: bool("The socket speaks gRPC."),
    },
    required: ["port"],
  },
  httpAnswer: {
    title: "HTTP answers",
    description: "Answers for one HTTP path.",
    fields: {
      port: port("The port; any port when omitted."),
      path: str("The request path. Default /."),
      responses: list("httpResponse", "Status codes over time; the latest `after` that has passed applies.", 1),
    },
    required: ["responses"],
  },
  httpResponse: {
    title: "HTTP response",
    description: "A status code from a point in time.",
    fields: {
      after: duration("Seconds after the container starts. Default 0s."),
      status: int("The HTTP status code.", 100, 599),
    },
    required: ["status"],
  },
  grpcAnswer: {
    title: "gRPC health answers",
    description: "Health answers on one gRPC port.",
    fields: {
      port: port("The port."),
      responses: list("grpcResponse", "Health status over time."),
    },
    required: ["port"],
  },
  grpcResponse: {
    title: "gRPC health status",
    description: "A health status from a point in time.",
    fields: {
      after: duration("Seconds after the container starts. Default 0s."),
      status: enumOf(GRPC_STATUSES, "The health status."),
    },
    required: ["status"],
  },
  exit: {
    title: "App exit",
    description: "The app exits on its own.",
    fields: {
      after: duration("Seconds after the container starts."),
      code: int("The exit code. Default 0.", 0, 255),
    },
    required: ["after"],
  },
  memory: {
    title: "Memory use",
    description: "Memory use over time: OOMKilled when it passes the container's limit.",
    fields: {
      start: quantity("Memory in use at start, such as 10Mi (a number means MiB). Default 8Mi."),
      steps: list("memoryStep", "Jumps in memory use."),
      growPerSecond: quantity("Steady growth per second (a leak), such as 1Mi (a number means MiB)."),
      growAfter: duration("When the growth starts. Default 0s."),
    },
  },
  memoryStep: {
    title: "Memory step",
    description: "Memory use from a point in time.",
    fields: {
      after: duration("Seconds after the container starts."),
      to: quantity("Memory in use from then on, such as 200Mi (a number means MiB)."),
    },
    required: ["after"],
  },
  onSigterm: {
    title: "SIGTERM handling",
    description: "How the app handles SIGTERM.",
    fields: {
      exitAfter: duration("How long it takes to exit. Default 0.1s."),
      code: int("The exit code. Default 0.", 0, 255),
    },
  },
  action: {
    title: "Scenario action",
    description: "A scripted intervention: `at` plus exactly one action (delete, apply, patch, crash, http, probe, setImage, scale, rolloutRestart, podCondition, label, taint, nodeDown, nodeUp, cordon, uncordon, drain, addNode or deschedule).",
    fields: {
      at: duration("When it happens, in simulated time (30s, 2m…)."),
      delete: object("deleteAction", "kubectl delete pod NAME (or -l SELECTOR) [--grace-period N]."),
      apply: { type: { kind: "list", items: { kind: "kubernetesObject" } }, description: "kubectl apply of more objects, admitted at that time; a Pod that exists is updated (only images, activeDeadlineSeconds, added tolerations and metadata may change)." },
      patch: object("patchAction", "kubectl patch pod NAME [--type strategic|merge|json] [--subresource status] -p PATCH."),
      crash: object("crashAction", "The container's main process exits with this code."),
      http: object("httpAction", "From now on this HTTP endpoint answers with this status."),
      probe: object("probeAction", "From now on this probe fails (fail) or passes again (pass)."),
      setImage: object("setImageAction", "kubectl set image deployment/NAME (or pod/NAME) CONTAINER=IMAGE: a rollout, or the pod's container restarted with the new image."),
      scale: object("scaleAction", "kubectl scale deployment/NAME (or replicaset/NAME) --replicas=N."),
      rolloutRestart: object("rolloutRestartAction", "kubectl rollout restart deployment/NAME: the pod template gets a restartedAt annotation and a rollout replaces every pod."),
      podCondition: object("podConditionAction", "A controller sets a condition in the pod's status (what a readiness gate waits for)."),
      label: object("labelAction", "kubectl label node NAME (or pod NAME) key=value … key- …"),
      taint: object("taintAction", "kubectl taint node NAME key=value:Effect (or key:Effect- to remove it): NoExecute evicts pods that do not tolerate it."),
      nodeDown: nodeVerb("This node becomes unreachable: NotReady after 50 s, its pods evicted after 300 s."),
      nodeUp: nodeVerb("This node comes back; pods do not move back."),
      cordon: nodeVerb("kubectl cordon NODE: no new pods are scheduled there."),
      uncordon: nodeVerb("kubectl uncordon NODE."),
      drain: nodeVerb("kubectl drain NODE --ignore-daemonsets --delete-emptydir-data: cordon, then evict each pod (a pod without a controller refuses; a PodDisruptionBudget that refuses is retried every 5 s)."),
      addNode: object("node", "A new node joins the cluster (same fields as spec.nodes[])."),
      deschedule: object("deschedule", "One descheduler run with these strategies; it only evicts, the scheduler re-places."),
    },
    required: ["at"],
    exactlyOne: ["delete", "apply", "patch", "crash", "http", "probe", "setImage", "scale", "rolloutRestart", "podCondition", "label", "taint", ...NODE_VERBS, "addNode", "deschedule"],
  },
  deleteAction: {
    title: "delete action",
    description: "kubectl delete pod NAME (or -l SELECTOR) [--grace-period N].",
    fields: {
      pod: str("The pod to delete."),
      selector: {
        type: { kind: "oneOf", of: [{ kind: "string", pattern: SELECTOR_PATTERN }, { kind: "map", values: { kind: "string" } }] },
        description: "Instead of pod: delete every pod with these labels, e.g. app=web (or a map of labels).",
      },
      namespace,
      gracePeriodSeconds: int("Overrides the pod's terminationGracePeriodSeconds.", 0, 1e9),
    },
    exactlyOne: ["pod", "selector"],
  },
  crashAction: {
    title: "crash action",
    description: "The container's main process exits with this code.",
    fields: {
      pod: str("The pod."),
      namespace,
      container: str("The container; the first one when omitted."),
      exitCode: int("The exit code. Default 1.", 0, 255),
    },
    required: ["pod"],
  },
  httpAction: {
    title: "http action",
    description: "From now on this HTTP endpoint answers with this status.",
    fields: {
      pod: str("The pod; every pod when omitted."),
      namespace,
      container: str("The container."),
      port: port("The port."),
      path: str("The request path."),
      status: int("The HTTP status code.", 100, 599),
    },
    required: ["status"],
  },
  probeAction: {
    title: "probe action",
    description: "From now on this probe fails (fail) or passes again (pass).",
    fields: {
      pod: str("The pod."),
      namespace,
      container: str("The container; every container with that probe when omitted."),
      probe: enumOf(PROBE_KINDS, "Which probe."),
      outcome: enumOf(PROBE_OUTCOMES, "What it answers from now on."),
    },
    required: ["pod", "probe", "outcome"],
  },
  setImageAction: {
    title: "setImage action",
    description: "kubectl set image deployment/NAME (or pod/NAME) CONTAINER=IMAGE.",
    fields: {
      deployment: str("The Deployment: its pod template changes and a rollout starts."),
      pod: str("Or the Pod: its container is killed and started again with the new image."),
      namespace,
      container: str("The container (in the pod template, or in the pod)."),
      image: str("The new image."),
    },
    required: ["container", "image"],
    exactlyOne: ["deployment", "pod"],
  },
  patchAction: {
    title: "patch action",
    description: "kubectl patch pod NAME -p PATCH: the API server applies it and checks the update (a pod may change only images, activeDeadlineSeconds, added tolerations and its metadata).",
    fields: {
      pod: str("The pod."),
      namespace,
      type: enumOf(PATCH_TYPES, "strategic (the default), merge (RFC 7386) or json (RFC 6902 operations)."),
      subresource: enumOf(["status"], "status: patch the pod's status (conditions), as a controller does."),
      patch: { type: { kind: "json" }, description: 'The patch: a map (strategic, merge), e.g. {metadata: {finalizers: null}}, or a list of operations (json).' },
    },
    required: ["pod", "patch"],
  },
  podConditionAction: {
    title: "podCondition action",
    description: "A controller sets a condition in the pod's status (PATCH pods/NAME/status).",
    fields: {
      pod: str("The pod."),
      namespace,
      type: str("The condition type, e.g. the conditionType of a readiness gate (example.com/feature-1)."),
      status: {
        type: { kind: "oneOf", of: [{ kind: "string", enum: CONDITION_STATUSES }, { kind: "boolean" }] },
        description: 'True, False or Unknown ("True" in quotes; a bare true or false also works).',
      },
      reason: str("The condition's reason."),
      message: text("The condition's message."),
    },
    required: ["pod", "type", "status"],
  },
  labelAction: {
    title: "label action",
    description: "kubectl label node NAME (or pod NAME) key=value … key- …",
    fields: {
      node: str("The node."),
      pod: str("Or the pod."),
      namespace: str("The pod's namespace. Default default."),
      labels: stringMap("Labels to set."),
      remove: { type: { kind: "list", items: { kind: "string", nonEmpty: true } }, description: "Label keys to remove (kubectl label … key-)." },
      overwrite: bool("--overwrite: a label may change its value."),
    },
    exactlyOne: ["node", "pod"],
  },
  taintAction: {
    title: "taint action",
    description: "kubectl taint node NAME key[=value]:Effect, or with remove: key[:Effect]-.",
    fields: {
      node: str("The node."),
      key: str("The taint's key."),
      value: text("The taint's value."),
      effect: enumOf(TAINT_EFFECTS, "NoSchedule, PreferNoSchedule or NoExecute (required to add; to remove, every effect of the key when omitted)."),
      remove: bool("Remove the taint (kubectl taint node NAME key:Effect-)."),
      overwrite: bool("--overwrite: a taint of the same key and effect may change its value."),
    },
    required: ["node", "key"],
  },
  scaleAction: {
    title: "scale action",
    description: "kubectl scale deployment/NAME (or replicaset/NAME) --replicas=N.",
    fields: {
      deployment: str("The Deployment to scale."),
      replicaSet: str("Or the ReplicaSet to scale."),
      namespace,
      replicas: int("The new number of replicas.", 0, 10000),
    },
    required: ["replicas"],
    exactlyOne: ["deployment", "replicaSet"],
  },
  rolloutRestartAction: {
    title: "rolloutRestart action",
    description: "kubectl rollout restart deployment/NAME: sets spec.template.metadata.annotations[kubectl.kubernetes.io/restartedAt] to the time, so the Deployment rolls out new pods.",
    fields: {
      deployment: str("The Deployment to restart."),
      namespace,
    },
    required: ["deployment"],
  },
  deschedule: {
    title: "Descheduler policy",
    description: "The strategies of one descheduler run; give at least one.",
    fields: {
      removeDuplicates: bool("RemoveDuplicates: evicts a controller's extra pods from a node that runs more than one of them."),
      lowNodeUtilization: object("lowNodeUtilization", "LowNodeUtilization: evicts from nodes above targetThresholds while some node is below thresholds."),
      removePodsViolatingTopologySpreadConstraint: bool("RemovePodsViolatingTopologySpreadConstraint: evicts pods that break a hard topology spread constraint."),
    },
    atLeastOne: ["removeDuplicates", "lowNodeUtilization", "removePodsViolatingTopologySpreadConstraint"],
  },
  lowNodeUtilization: {
    title: "LowNodeUtilization",
    description: "Node usage thresholds, in percent of allocatable.",
    fields: {
      thresholds: object("usage", "A node under all of these is underutilized."),
      targetThresholds: object("usage", "A node over any of these is overutilized."),
    },
    required: ["thresholds", "targetThresholds"],
  },
  usage: {
    title: "Usage thresholds",
    description: "Percentages of a node's allocatable resources (requests, not live use).",
    fields: {
      cpu: int("CPU requests, in percent.", 0, 100),
      memory: int("Memory requests, in percent.", 0, 100),
      pods: int("Pods, in percent of the node's pod capacity.", 0, 100),
    },
  },
};

/** The field names an object accepts, in declaration order. */
export function fieldNames(name: ScenarioObjectName): string[] {
  return Object.keys(SCENARIO_OBJECTS[name].fields);
}

/** The action verbs, in the parser's order: every field of an action but `at`. */
export const ACTION_VERBS: readonly string[] = SCENARIO_OBJECTS.action.exactlyOne ?? [];

/** Bounds of an integer field, for the parser's range checks. */
export function intRange(object: ScenarioObjectName, field: string): [number, number] {
  const t = SCENARIO_OBJECTS[object].fields[field]?.type;
  if (t?.kind !== "integer") throw new Error(`${object}.${field} is not an integer field`);
  return [t.min, t.max];
}

/** The values of an enum field, in declaration order. */
export function enumValues(object: ScenarioObjectName, field: string): readonly string[] {
  const t = SCENARIO_OBJECTS[object].fields[field]?.type;
  if (t?.kind !== "string" || !t.enum) throw new Error(`${object}.${field} is not an enum field`);
  return t.enum;
}
