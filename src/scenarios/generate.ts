// Scenario text for benchmarks and scale tests: Deployments of nginx with requests, and a list of
// identical nodes. One generator, so every size podplay is measured at is written the same way.

export interface DeploymentText {
  /** The container's name (the Deployment's label is `app: <name>`). Default "app". */
  container?: string;
  cpu: string;
  memory: string;
  /** Extra container fields, one per line ("readinessProbe: {…}"). */
  probes?: string[];
}

/** One apps/v1 Deployment of nginx:1.27 with requests (flow style, as a person would write it). */
export function deploymentYaml(name: string, replicas: number, o: DeploymentText): string {
  const extra = (o.probes ?? []).map((p) => `\n        ${p}`).join("");
  return `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
      containers:
      - name: ${o.container ?? "app"}
        image: nginx:1.27
        resources: {requests: {cpu: ${o.cpu}, memory: ${o.memory}}}${extra}`;
}

/** A Scenario `nodes:` list of `count` nodes named node-000, node-001, … with the same `attrs`. */
export function nodeListYaml(count: number, attrs: string): string {
  return Array.from({ length: count }, (_, i) => `  - {name: node-${String(i).padStart(3, "0")}, ${attrs}}`).join("\n");
}
