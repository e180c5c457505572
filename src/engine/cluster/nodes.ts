import type { NodeSpec } from "../scenario/scenario";
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
  const u = hexId(`node/${n.name}`, 32);
  return {
    apiVersion: "v1",
    kind: "Node",
    metadata: {
      name: n.name,
      uid: `${u.slice(0, 8)}-${u.slice(8, 12)}-4${u.slice(13, 16)}-8${u.slice(17, 20)}-${u.slice(20, 32)}`,
      labels: { "kubernetes.io/hostname": n.name, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64", ...n.labels },
      creationTimestamp: ts,
    },
    spec: { podCIDR: `10.244.${index}.0/24`, podCIDRs: [`10.244.${index}.0/24`], ...(n.taints.length ? { taints: n.taints.map((t) => ({ ...t })) } : {}) },
    status: {
      capacity,
      allocatable: capacity,
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
