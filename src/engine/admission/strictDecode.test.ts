// Strict decoding as the API server does it: staging/src/k8s.io/apimachinery/pkg/runtime/serializer/json/json.go
// (sigs.k8s.io/json UnmarshalStrict) and staging/src/k8s.io/apiserver/pkg/endpoints/handlers/rest.go transformDecodeError.
import { describe, expect, it } from "vitest";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { kubeSchema } from "./fieldSchema";
import { decode, strictDecode } from "./strictDecode";

function check(yaml: string) {
  const doc = parseYamlDocuments(yaml).docs[0];
  return strictDecode(doc.value, kubeSchema("Pod"), doc, "Pod");
}

const base = `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - name: c
    image: nginx
`;

describe("strictDecode", () => {
  it("accepts a valid pod", () => {
    expect(check(base)).toEqual([]);
  });

  it("reports each unknown field at its key, with indices in the path", () => {
    const d = check(base + "    readinessprobe: {}\n    imagepullpolicy: Always\n");
    expect(d.map((x) => [x.message, x.line, x.column, x.path])).toEqual([
      ['Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].readinessprobe"', 9, 5, "spec.containers[0].readinessprobe"],
      ['Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagepullpolicy"', 10, 5, "spec.containers[0].imagepullpolicy"],
    ]);
  });

  it("words type errors like encoding/json, naming the holding struct and the field stack", () => {
    const d = check(base + "    livenessProbe:\n      periodSeconds: \"10\"\n      exec: {command: [ls]}\n");
    expect(d).toHaveLength(1);
    expect(d[0].message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field Probe.spec.containers.livenessProbe.periodSeconds of type int32',
    );
    expect([d[0].line, d[0].column]).toEqual([10, 22]);
  });

  it("prints the number for a fraction or overflow in an integer field", () => {
    expect(check(base + "    ports: [{containerPort: 80.5}]\n")[0].message).toMatch(
      /json: cannot unmarshal number 80.5 into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32$/,
    );
    expect(check(base.replace("spec:\n", "spec:\n  terminationGracePeriodSeconds: true\n"))[0].message).toMatch(
      /cannot unmarshal bool into Go struct field PodSpec.spec.terminationGracePeriodSeconds of type int64$/,
    );
  });

  it("names Go types for lists, maps and named strings", () => {
    expect(check(base.replace("  containers:\n  - name: c\n    image: nginx\n", "  containers: {}\n"))[0].message).toMatch(
      /cannot unmarshal object into Go struct field PodSpec.spec.containers of type \[\]v1.Container$/,
    );
    expect(check(base.replace("  name: p\n", "  name: p\n  labels: {app: 1}\n"))[0].message).toMatch(
      /cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string$/,
    );
    expect(check(base.replace("spec:\n", "spec:\n  restartPolicy: 1\n"))[0].message).toMatch(
      /cannot unmarshal number into Go struct field PodSpec.spec.restartPolicy of type v1.RestartPolicy$/,
    );
    expect(check(base + "    resources: {limits: [1]}\n")[0].message).toMatch(/of type v1.ResourceList$/);
  });

  it("accepts numbers and strings for quantities and int-or-string ports", () => {
    expect(check(base + "    resources: {limits: {cpu: 0.5, memory: 128Mi}}\n    readinessProbe: {httpGet: {port: http}}\n    livenessProbe: {tcpSocket: {port: 8080}}\n")).toEqual([]);
  });

  it("reports a bad quantity with the quantity parser's own message", () => {
    const d = check(base + "    resources:\n      limits:\n        memory: 1Gb\n");
    expect(d[0].message).toBe(
      "Pod in version \"v1\" cannot be handled as a Pod: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
    expect([d[0].line, d[0].column, d[0].path]).toEqual([11, 17, "spec.containers[0].resources.limits.memory"]);
  });

  it("reports int-or-string errors without field context, as IntOrString.UnmarshalJSON does", () => {
    expect(check(base + "    livenessProbe: {httpGet: {port: true}}\n")[0].message).toBe(
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal bool into Go value of type int32',
    );
  });

  it("knows the fields added after kubernetes-types 1.30", () => {
    expect(check(base + "    restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]\n    lifecycle: {stopSignal: SIGUSR1}\n")).toEqual([]);
  });

  it("drops nulls and stores quantities as text", () => {
    const doc = parseYamlDocuments(base + "    resources: {limits: {cpu: 0.5}}\n    args: ~\n").docs[0];
    const { value, issues } = decode(doc.value, kubeSchema("Pod"));
    expect(issues).toEqual([]);
    const c = (value as { spec: { containers: Record<string, unknown>[] } }).spec.containers[0];
    expect(c.args).toBeUndefined();
    expect(c.resources).toEqual({ limits: { cpu: "500m" } });
  });
});
