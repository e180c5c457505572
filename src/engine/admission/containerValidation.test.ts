// Container checks of pkg/apis/core/validation/validation.go: validateContainers,
// validateInitContainers, validateContainerCommon, validateContainerPorts, ValidateEnv,
// ValidateVolumeMounts and validateResourceRequirements.
import { describe, expect, it } from "vitest";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { admitAll } from "./index";

function errors(containers: string, opts?: Parameters<typeof admitAll>[1]) {
  const parsed = parseYamlDocuments(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${containers}`);
  expect(parsed.errors).toEqual([]);
  return admitAll(parsed.docs, opts).errors.map((e) => e.message);
}

describe("names and images (validateContainerCommon)", () => {
  it("requires a DNS-1123 label name", () => {
    expect(errors("  containers:\n  - name: App.1\n    image: nginx\n")).toEqual([
      "Pod \"web\" is invalid: spec.containers[0].name: Invalid value: \"App.1\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    ]);
    expect(errors("  containers:\n  - name: a.b\n    image: nginx\n")).toEqual(['Pod "web" is invalid: spec.containers[0].name: Invalid value: "a.b": must not contain dots']);
  });

  it("requires an image", () => {
    expect(errors("  containers:\n  - name: app\n")).toEqual(['Pod "web" is invalid: spec.containers[0].image: Required value']);
  });

  it("requires names unique across init and regular containers, reported on the init container", () => {
    expect(errors("  initContainers:\n  - name: app\n    image: busybox\n  containers:\n  - name: app\n    image: nginx\n")).toEqual([
      'Pod "web" is invalid: spec.initContainers[0].name: Duplicate value: "app"',
    ]);
    expect(errors("  containers:\n  - name: app\n    image: nginx\n  - name: app\n    image: nginx\n")).toEqual([
      'Pod "web" is invalid: spec.containers[1].name: Duplicate value: "app"',
    ]);
  });

  it("lists the supported pull policies sorted, as sets.List does", () => {
    expect(errors("  containers:\n  - name: app\n    image: nginx\n    imagePullPolicy: Sometimes\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].imagePullPolicy: Unsupported value: "Sometimes": supported values: "Always", "IfNotPresent", "Never"',
    ]);
  });
});

describe("restartPolicy on containers (validateInitContainers, validateContainers)", () => {
  it("forbids it on regular containers while ContainerRestartRules is off", () => {
    expect(errors("  containers:\n  - name: app\n    image: nginx\n    restartPolicy: Always\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].restartPolicy: Forbidden: may not be set for non-init containers',
    ]);
  });

  it("allows Never and OnFailure with the gate on, and checks the rules", () => {
    expect(errors("  containers:\n  - name: app\n    image: nginx\n    restartPolicy: Never\n", { featureGates: { ContainerRestartRules: true } })).toEqual([]);
    expect(
      errors("  containers:\n  - name: app\n    image: nginx\n    restartPolicy: Never\n    restartPolicyRules: [{action: Stop, exitCodes: {operator: In, values: [1]}}]\n", {
        featureGates: { ContainerRestartRules: true },
      }),
    ).toEqual(['Pod "web" is invalid: spec.containers[0].restartPolicyRules[0].action: Unsupported value: "Stop": supported values: "Restart"']);
  });

  it("drops restartPolicyRules while the gate is off and says so", () => {
    const parsed = parseYamlDocuments(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  initContainers:\n  - name: side\n    image: busybox\n    restartPolicy: Always\n    restartPolicyRules: [{action: Restart, exitCodes: {operator: In, values: [42]}}]\n  containers:\n  - {name: app, image: nginx}\n",
    );
    const r = admitAll(parsed.docs);
    expect(r.errors).toEqual([]);
    expect(r.objects[0].object.spec.initContainers[0].restartPolicyRules).toBeUndefined();
    expect(r.infos.map((i) => [i.message, i.line])).toEqual([
      ["spec.initContainers[0].restartPolicyRules was dropped: the ContainerRestartRules feature gate is off, so the API server does not store it", 9],
    ]);
  });

  it("forbids probes and lifecycle hooks on regular init containers but allows them on sidecars", () => {
    const probe = "    livenessProbe: {exec: {command: [ls]}}\n";
    expect(errors("  initContainers:\n  - name: init\n    image: busybox\n" + probe + "  containers:\n  - {name: app, image: nginx}\n")).toEqual([
      'Pod "web" is invalid: spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always',
    ]);
    expect(errors("  initContainers:\n  - name: init\n    image: busybox\n    restartPolicy: Always\n" + probe + "  containers:\n  - {name: app, image: nginx}\n")).toEqual([]);
  });
});

describe("ports (validateContainerPorts)", () => {
  it("requires ports between 1 and 65535", () => {
    expect(errors("  containers:\n  - name: app\n    image: nginx\n    ports: [{containerPort: 70000}, {containerPort: 80, hostPort: -1}]\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      'Pod "web" is invalid: spec.containers[0].ports[1].hostPort: Invalid value: -1: must be between 1 and 65535, inclusive',
    ]);
  });

  it("checks IANA_SVC_NAME port names and duplicates", () => {
    expect(errors("  containers:\n  - name: app\n    image: nginx\n    ports: [{containerPort: 80, name: Http-Port--x}, {containerPort: 81, name: web}, {containerPort: 82, name: web}]\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].ports[0].name: Invalid value: "Http-Port--x": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'Pod "web" is invalid: spec.containers[0].ports[0].name: Invalid value: "Http-Port--x": must not contain consecutive hyphens',
      'Pod "web" is invalid: spec.containers[0].ports[2].name: Duplicate value: "web"',
    ]);
  });

  it("lists supported protocols", () => {
    expect(errors("  containers:\n  - name: app\n    image: nginx\n    ports: [{containerPort: 80, protocol: tcp}]\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"',
    ]);
  });
});

describe("resources (validateResourceRequirements)", () => {
  it("requires requests to fit in limits", () => {
    expect(errors("  containers:\n  - name: app\n    image: nginx\n    resources: {limits: {cpu: 500m}, requests: {cpu: 600m}}\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].resources.requests: Invalid value: "600m": must be less than or equal to cpu limit of 500m',
    ]);
  });

  it("requires standard or fully qualified resource names", () => {
    expect(errors("  containers:\n  - name: app\n    image: nginx\n    resources: {limits: {gpu: 1}}\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].resources.limits[gpu]: Invalid value: "gpu": must be a standard resource type or fully qualified',
      'Pod "web" is invalid: spec.containers[0].resources.limits[gpu]: Invalid value: "gpu": must be a standard resource for containers',
      'Pod "web" is invalid: spec.containers[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource type or fully qualified',
      'Pod "web" is invalid: spec.containers[0].resources.requests[gpu]: Invalid value: "gpu": must be a standard resource for containers',
    ]);
  });

  it("rejects negative quantities and fractional extended resources", () => {
    expect(errors("  containers:\n  - name: app\n    image: nginx\n    resources: {requests: {memory: -1Mi}}\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].resources.requests[memory]: Invalid value: "-1Mi": must be greater than or equal to 0',
    ]);
    expect(errors("  containers:\n  - name: app\n    image: nginx\n    resources: {limits: {example.com/foo: 500m}}\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].resources.limits[example.com/foo]: Invalid value: 500m: must be an integer',
      'Pod "web" is invalid: spec.containers[0].resources.requests[example.com/foo]: Invalid value: 500m: must be an integer',
    ]);
  });
});

describe("env (ValidateEnv)", () => {
  it("requires a name of printable ASCII without '='", () => {
    expect(errors("  containers:\n  - name: app\n    image: nginx\n    env: [{value: x}, {name: 'A=B', value: y}]\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].env[0].name: Required value',
      "Pod \"web\" is invalid: spec.containers[0].env[1].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='",
    ]);
  });
});
