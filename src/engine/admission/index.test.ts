// admitAll end to end: the fidelity corpus's admission checks (R15, R16) and kubectl's own errors.
import { describe, expect, it } from "vitest";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { admitAll, type AdmissionOptions } from "./index";

function admit(text: string, opts?: AdmissionOptions) {
  const parsed = parseYamlDocuments(text);
  expect(parsed.errors).toEqual([]);
  return admitAll(parsed.docs, opts);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const find = (r: ReturnType<typeof admit>, kind: string, name: string): any => r.objects.find((o) => o.object.kind === kind && o.object.metadata.name === name)?.object;

describe("fidelity case 15-limitrange-default-memory (plugin/pkg/admission/limitranger/admission.go, pkg/apis/core/v1/defaults.go)", () => {
  const r = admit(`apiVersion: v1
kind: LimitRange
metadata:
  name: mem-limit-range
spec:
  limits:
  - default:
      memory: 512Mi
    defaultRequest:
      memory: 256Mi
    type: Container
---
apiVersion: v1
kind: Pod
metadata:
  name: default-mem-demo
spec:
  containers:
  - name: default-mem-demo-ctr
    image: nginx
---
apiVersion: v1
kind: Pod
metadata:
  name: default-mem-demo-2
spec:
  containers:
  - name: default-mem-demo-2-ctr
    image: nginx
    resources:
      limits:
        memory: "1Gi"
---
apiVersion: v1
kind: Pod
metadata:
  name: default-mem-demo-3
spec:
  containers:
  - name: default-mem-demo-3-ctr
    image: nginx
    resources:
      requests:
        memory: "128Mi"
`);

  it("stores everything", () => {
    expect(r.errors).toEqual([]);
    expect(r.objects.map((o) => o.document)).toEqual([0, 1, 2, 3]);
  });

  it("keeps the LimitRange as written (R15c: nothing to default from)", () => {
    const lr = find(r, "LimitRange", "mem-limit-range");
    expect(lr.spec.limits[0]).toEqual({ default: { memory: "512Mi" }, defaultRequest: { memory: "256Mi" }, type: "Container" });
  });

  it("fills the default request and limit and annotates the pod (R15b)", () => {
    const pod = find(r, "Pod", "default-mem-demo");
    expect(pod.spec.containers[0].resources).toEqual({ limits: { memory: "512Mi" }, requests: { memory: "256Mi" } });
    expect(pod.metadata.annotations["kubernetes.io/limit-ranger"]).toBe(
      "LimitRanger plugin set: memory request for container default-mem-demo-ctr; memory limit for container default-mem-demo-ctr",
    );
    expect(pod.spec.containers[0].imagePullPolicy).toBe("Always");
    expect(pod.status).toEqual({ phase: "Pending", qosClass: "Burstable" });
  });

  it("copies a limit into the missing request before LimitRanger runs (R15a)", () => {
    const pod = find(r, "Pod", "default-mem-demo-2");
    expect(pod.spec.containers[0].resources).toEqual({ limits: { memory: "1Gi" }, requests: { memory: "1Gi" } });
    expect(pod.status.qosClass).toBe("Burstable");
  });

  it("fills only the missing limit", () => {
    const pod = find(r, "Pod", "default-mem-demo-3");
    expect(pod.spec.containers[0].resources).toEqual({ limits: { memory: "512Mi" }, requests: { memory: "128Mi" } });
  });
});

describe("fidelity case 16-limitrange-default-cpu (R15d canonical quantities)", () => {
  const r = admit(`apiVersion: v1
kind: LimitRange
metadata:
  name: cpu-limit-range
spec:
  limits:
  - default:
      cpu: 1
    defaultRequest:
      cpu: 0.5
    type: Container
---
apiVersion: v1
kind: Pod
metadata:
  name: default-cpu-demo
spec:
  containers:
  - name: default-cpu-demo-ctr
    image: nginx
---
apiVersion: v1
kind: Pod
metadata:
  name: default-cpu-demo-2
spec:
  containers:
  - name: default-cpu-demo-2-ctr
    image: nginx
    resources:
      limits:
        cpu: "1"
---
apiVersion: v1
kind: Pod
metadata:
  name: default-cpu-demo-3
spec:
  containers:
  - name: default-cpu-demo-3-ctr
    image: nginx
    resources:
      requests:
        cpu: "0.75"
`);

  it("stores 1 and 0.5 as \"1\" and 500m", () => {
    expect(r.errors).toEqual([]);
    expect(find(r, "LimitRange", "cpu-limit-range").spec.limits[0]).toEqual({ default: { cpu: "1" }, defaultRequest: { cpu: "500m" }, type: "Container" });
  });

  it("gives each pod the documented resources", () => {
    const res = (name: string) => find(r, "Pod", name).spec.containers[0].resources;
    expect(res("default-cpu-demo")).toEqual({ limits: { cpu: "1" }, requests: { cpu: "500m" } });
    expect(res("default-cpu-demo-2")).toEqual({ limits: { cpu: "1" }, requests: { cpu: "1" } });
    expect(res("default-cpu-demo-3")).toEqual({ limits: { cpu: "1" }, requests: { cpu: "750m" } });
    expect(find(r, "Pod", "default-cpu-demo").status.qosClass).toBe("Burstable");
  });
});

describe("fidelity case 08-init-container-fails-pod-fails (pkg/apis/core/validation/validation.go validateInitContainers)", () => {
  const text = `# comment
# comment
# comment
apiVersion: v1
kind: Pod
metadata:
  name: fail-pod-if-init-fails
spec:
  restartPolicy: Always
  initContainers:
  - name: init-once      # This init container will only try once. If it fails, the pod will fail.
    image: registry.k8s.io/busybox:1.27.2
    command: ['sh', '-c', 'echo "Failing initialization" && sleep 10 && exit 1']
    restartPolicy: Never
  containers:
  - name: main-container # This container will always be restarted once initialization succeeds.
    image: registry.k8s.io/busybox:1.27.2
    command: ['sh', '-c', 'sleep 1800 && exit 0']
`;

  it("rejects restartPolicy Never on an init container at line 14 while ContainerRestartRules is off", () => {
    const r = admit(text);
    expect(r.objects).toEqual([]);
    expect(r.errors).toEqual([
      {
        message: 'Pod "fail-pod-if-init-fails" is invalid: spec.initContainers[0].restartPolicy: Unsupported value: "Never": supported values: "Always"',
        path: "spec.initContainers[0].restartPolicy",
        line: 14,
        column: 20,
        document: 0,
        severity: "error",
      },
    ]);
  });

  it("admits it with the gate on", () => {
    const r = admit(text, { featureGates: { ContainerRestartRules: true } });
    expect(r.errors).toEqual([]);
    expect(find(r, "Pod", "fail-pod-if-init-fails").spec.initContainers[0].restartPolicy).toBe("Never");
  });
});

describe("docs memory-constraint-namespace.md (LimitRanger validation, R15e)", () => {
  const lr = `apiVersion: v1
kind: LimitRange
metadata:
  name: mem-min-max-demo-lr
spec:
  limits:
  - max:
      memory: 1Gi
    min:
      memory: 500Mi
    type: Container
`;
  const pod = (name: string, resources: string) => `---
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
  - name: ${name}-ctr
    image: nginx
${resources}`;
  const r = admit(
    lr +
      pod("constraints-mem-demo", "    resources:\n      limits:\n        memory: \"800Mi\"\n      requests:\n        memory: \"600Mi\"\n") +
      pod("constraints-mem-demo-2", "    resources:\n      limits:\n        memory: \"1.5Gi\"\n      requests:\n        memory: \"800Mi\"\n") +
      pod("constraints-mem-demo-3", "    resources:\n      limits:\n        memory: \"800Mi\"\n      requests:\n        memory: \"100Mi\"\n") +
      pod("constraints-mem-demo-4", ""),
  );

  it("defaults the LimitRange's default and defaultRequest from max (R15c)", () => {
    expect(find(r, "LimitRange", "mem-min-max-demo-lr").spec.limits[0]).toEqual({
      default: { memory: "1Gi" },
      defaultRequest: { memory: "1Gi" },
      max: { memory: "1Gi" },
      min: { memory: "500Mi" },
      type: "Container",
    });
  });

  it("rejects a limit over the maximum and a request under the minimum, with 403 wording", () => {
    expect(r.errors.map((e) => [e.message, e.line, e.path])).toEqual([
      ['pods "constraints-mem-demo-2" is forbidden: maximum memory usage per Container is 1Gi, but limit is 1536Mi', 37, "spec.containers[0].resources.limits[memory]"],
      ['pods "constraints-mem-demo-3" is forbidden: minimum memory usage per Container is 500Mi, but request is 100Mi', 53, "spec.containers[0].resources.requests[memory]"],
    ]);
  });

  it("admits the others, the unspecified pod at 1Gi/1Gi", () => {
    expect(r.objects.map((o) => o.object.metadata.name)).toEqual(["mem-min-max-demo-lr", "constraints-mem-demo", "constraints-mem-demo-4"]);
    expect(find(r, "Pod", "constraints-mem-demo-4").spec.containers[0].resources).toEqual({ limits: { memory: "1Gi" }, requests: { memory: "1Gi" } });
  });
});

describe("kinds and kubectl's own errors", () => {
  it("rejects a kind podplay does not model yet with kubectl's wording", () => {
    const r = admit("apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n");
    expect(r.errors[0].message).toBe(
      'resource mapping not found for name: "web" namespace: "" from "manifest.yaml": no matches for kind "StatefulSet" in version "apps/v1"; podplay does not model StatefulSet yet',
    );
    expect([r.errors[0].line, r.errors[0].column]).toEqual([2, 7]);
  });

  it("suggests CRDs for an unknown kind and the served version for a known one", () => {
    expect(admit("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w, namespace: ns}\n").errors[0].message).toBe(
      'resource mapping not found for name: "w" namespace: "ns" from "manifest.yaml": no matches for kind "Widget" in version "example.com/v1"; ensure CRDs are installed first',
    );
    expect(admit("apiVersion: apps/v1\nkind: Pod\nmetadata: {name: p}\n", { fileName: "pod.yaml" }).errors[0].message).toBe(
      'resource mapping not found for name: "p" namespace: "" from "pod.yaml": no matches for kind "Pod" in version "apps/v1"; Pod is served in version "v1"',
    );
  });

  it("reports missing apiVersion and kind as kubectl's client-side validation does", () => {
    expect(admit("metadata: {name: p}\n").errors[0].message).toBe(
      'error validating "manifest.yaml": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false',
    );
    expect(admit("apiVersion: v1\nmetadata: {name: p}\n").errors[0].message).toBe(
      'error validating "manifest.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false',
    );
  });

  it("hands playground documents back untouched", () => {
    const r = admit("apiVersion: podplay.dev/v1alpha1\nkind: Scenario\nspec: {duration: 10m}\n");
    expect(r.errors).toEqual([]);
    expect(r.playground.map((d) => d.index)).toEqual([0]);
  });

  it("rejects the second of two objects with the same name", () => {
    const pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: nginx}]}\n";
    const r = admit(pod + "---\n" + pod);
    expect(r.objects).toHaveLength(1);
    expect(r.errors[0].message).toBe('pods "p" already exists');
  });

  it("keeps going after a rejected document and reports decoding errors with the apiserver prefix", () => {
    const r = admit(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: {containers: [{name: c, image: nginx, readinessprobe: {}}]}\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: team-a}\n",
    );
    expect(r.errors.map((e) => e.message)).toEqual([
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].readinessprobe"',
    ]);
    expect(find(r, "Namespace", "team-a")).toMatchObject({
      metadata: { name: "team-a", labels: { "kubernetes.io/metadata.name": "team-a" } },
      spec: { finalizers: ["kubernetes"] },
      status: { phase: "Active" },
    });
  });

  it("notes valid fields podplay does not simulate, once per outermost field", () => {
    const r = admit(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext: {runAsUser: 1000}\n  containers:\n  - name: c\n    image: nginx\n    env: [{name: A, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]\n",
    );
    expect(r.errors).toEqual([]);
    expect(r.infos.map((i) => [i.message, i.line, i.severity])).toEqual([
      ["spec.securityContext is valid Kubernetes but podplay does not simulate it", 5, "info"],
      ["spec.containers[0].env[0].valueFrom is valid Kubernetes but podplay does not simulate it", 9, "info"],
    ]);
  });

  it("gives every object a deterministic UID and sorts map keys as Go's JSON encoder does", () => {
    const text = "apiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {zeta: a, alpha: b}}\nspec: {containers: [{name: c, image: nginx, resources: {limits: {memory: 1Gi, cpu: 1}}}]}\n";
    const a = find(admit(text), "Pod", "p");
    const b = find(admit(text), "Pod", "p");
    expect(a.metadata.uid).toBe(b.metadata.uid);
    expect(a.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Object.keys(a.metadata.labels)).toEqual(["alpha", "zeta"]);
    expect(Object.keys(a.spec.containers[0].resources.limits)).toEqual(["cpu", "memory"]);
  });
});
