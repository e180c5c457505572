import { defineEnglish } from "../i18n/define";

// The Services panel's text. Korean follows the Korean Kubernetes docs (서비스, 파드, 노드,
// 엔드포인트); identifiers (ClusterIP, EndpointSlice) stay as they are.

const en = {
  region: "Services",
  heading: "Services",
  clusterIP: "ClusterIP {ip}",
  ports: "Ports: {ports}",
  endpointsCaption: "Endpoints of {service}",
  pod: "Pod",
  node: "Node",
  status: "Status",
  ready: "Receives traffic",
  notReady: "Not ready",
  terminating: "Terminating",
  readyHint: "Ready: the Service sends traffic to this pod.",
  notReadyHint: "Not ready: listed in the EndpointSlice, but the Service sends it no traffic.",
  terminatingHint: "Terminating: the pod is being deleted, so the Service sends it no new traffic.",
  none: "No endpoints: no selected pod has an IP yet.",
  summary: "{ready} of {total} receive traffic",
  noNode: "(none)",
};

export const servicesStrings = defineEnglish("services", en);
