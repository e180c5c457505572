// Helpers for this folder's tests and benchmarks (no app code imports it, so it is never bundled).
import { deploymentYaml, nodeListYaml } from "../../scenarios/generate";

/** `nodes` nodes and `deployments` Deployments of `replicas` each, with requests. */
export function bigScenario(nodes: number, deployments: number, replicas: number, disruptions = true): string {
  const probes = ["readinessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5}"];
  const docs = Array.from({ length: deployments }, (_, d) => deploymentYaml(`app-${d}`, replicas, { cpu: "100m", memory: "64Mi", probes }));
  const actions = disruptions ? "\n  actions:\n  - at: 60s\n    nodeDown: node-000\n  - at: 90s\n    cordon: node-001" : "";
  docs.push(`apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 3m
  nodes:
${nodeListYaml(nodes, 'cpu: "8", memory: 32Gi')}${actions}`);
  return docs.join("\n---\n");
}


/**
 * A Deployment on two nodes; a bare pod applied at 40 s, node-3 joining at 60 s, node-2 lost at
 * 90 s (its pods marked not ready when the node turns NotReady). Used by the reveal tests.
 */
export const REVEAL_SCENARIO = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
---
apiVersion: podplay.dev/v1alpha1
kind: Scenario
spec:
  duration: 4m
  nodes:
  - name: node-1
  - name: node-2
  actions:
  - at: 40s
    apply:
    - apiVersion: v1
      kind: Pod
      metadata: {name: late-visitor}
      spec:
        containers:
        - name: app
          image: nginx:1.27
  - at: 60s
    addNode: {name: node-3}
  - at: 90s
    nodeDown: node-2
`;
