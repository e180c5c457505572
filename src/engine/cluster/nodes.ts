import { defaultNode, type NodeSpec } from "../scenario/scenario";
import { hexId } from "../util/hash";
import type { KubeObject } from "../api/store";

/** The kubelet's default conditions of a healthy node (kubelet_node_status.go setters). */
export function healthyConditions(ts: string) {
  return [
    { type: "MemoryPressure", status: "False", lastHeartbeatTime: ts, lastTransitionTime: ts, reason: "KubeletHasSufficientMemory", message: "kubelet has sufficient memory available" },
    { type: "DiskPressure", status: "False", lastHeartbeatTime: ts, lastTransitionTime: ts, reason: "KubeletHasNoDiskPressure", message: "kubelet has no disk pressure" },
    { type: "PIDPressure", status: "False", lastHeartbeatTime: ts, lastTransitionTime: ts, reason: "KubeletHasSufficientPID", message: "kubelet has sufficient PID available" },
    { type: "Ready", status: "True", lastHeartbeatTime: ts, lastTransitionTime: ts, reason: "KubeletReady", message: "kubelet is posting ready status" },
  ];
}

/** The Node object a kubelet registers, from the Scenario's node description. */
export function nodeObject(n: NodeSpec, index: number, ts: string): KubeObject {
  const capacity = { cpu: n.cpu, memory: n.memory, pods: String(n.pods), "ephemeral-storage": "100Gi" };
  const allocatable = n.allocatable ? { cpu: n.allocatable.cpu, memory: n.allocatable.memory, pods: String(n.allocatable.pods), "ephemeral-storage": "100Gi" } : capacity;
  const u = hexId(`node/${n.name}`, 32);
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name: n.name,
      uid: `${u.slice(0, 8)}-${u.slice(8, 12)}-4${u.slice(13, 16)}-8${u.slice(17, 20)}-${u.slice(20, 32)}`,
      labels: { "kubernetes.io/hostname": n.name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64", ...n.labels },
      ...(n.annotations ? { annotations: { ...n.annotations } } : {}),
      creationTimestamp: ts,
    },
    spec: {
      podCIDR: `10.244.${index}.0/24`,
      podCIDRs: [`10.244.${index}.0/24`],
      ...(n.taints.length ? { taints: n.taints.map((t) => ({ ...t })) } : {}),
      ...(n.unschedulable ? { unschedulable: true } : {}),
    },
    status: {
      capacity,
      allocatable,
      conditions: healthyConditions(ts),
      addresses: [
        { type: "InternalIP", address: hostIP(index) },
        { type: "Hostname", address: n.name },
      ],
      nodeInfo: { kubeletVersion: "v1.34.0", containerRuntimeVersion: "containerd://2.1.0", operatingSystem: "linux", architecture: "amd64", osImage: "Debian GNU/Linux 12 (bookworm)", kernelVersion: "6.1.0" },
    },
  };
}

export function hostIP(index: number): string {
  return `172.18.0.${index + 2}`;
}

/**
 * The machine a `kind: Node` document declares. The API server keeps a Node's status on create
 * (the kubelet registers with it), so status.capacity and status.allocatable are the machine's;
 * what a document leaves out is the default node's (4 CPUs, 16Gi, 110 pods).
 */
export function nodeSpecFromDocument(obj: KubeObject, document: number): NodeSpec {
  const name = String(obj.metadata.name);
  const n = defaultNode(name);
  const cap = (obj.status?.capacity ?? {}) as Record<string, string>;
  const alloc = (obj.status?.allocatable ?? {}) as Record<string, string>;
  n.cpu = cap.cpu ?? n.cpu;
  n.memory = cap.memory ?? n.memory;
  n.pods = cap.pods !== undefined ? Number(cap.pods) : n.pods;
  if (Object.keys(alloc).length) n.allocatable = { cpu: alloc.cpu ?? n.cpu, memory: alloc.memory ?? n.memory, pods: alloc.pods !== undefined ? Number(alloc.pods) : n.pods };
  n.labels = { ...n.labels, ...(obj.metadata.labels ?? {}) };
  if (obj.metadata.annotations) n.annotations = { ...obj.metadata.annotations };
  n.taints = ((obj.spec?.taints ?? []) as NodeSpec["taints"]).map((t) => ({ key: t.key, ...(t.value !== undefined ? { value: t.value } : {}), effect: t.effect }));
  n.unschedulable = obj.spec?.unschedulable === true;
  n.document = document;
  return n;
}
