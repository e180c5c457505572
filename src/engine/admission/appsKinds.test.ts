// apps/v1 Deployment and ReplicaSet admission, after kubernetes/kubernetes:
//   pkg/apis/apps/v1/defaults.go (SetDefaults_Deployment, SetDefaults_ReplicaSet) and
//   zz_generated.defaults.go (SetObjectDefaults_*: SetDefaults_PodSpec on the template, no SetDefaults_Pod);
//   pkg/apis/apps/validation/validation.go (ValidateDeployment, ValidateDeploymentSpec,
//   ValidateDeploymentStrategy, ValidateRollingUpdateDeployment, ValidatePositiveIntOrPercent,
//   ValidateReplicaSet, ValidatePodTemplateSpecForReplicaSet);
//   pkg/apis/core/validation/validation.go ValidatePodTemplateSpec;
//   apimachinery/pkg/apis/meta/v1/validation ValidateLabelSelector;
//   pkg/registry/apps/{deployment,replicaset}/strategy.go (PrepareForCreate, WarningsOnCreate).
import { describe, expect, it } from "vitest";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { admitAll, admitPodFromTemplate, newAdmissionState, type AdmissionOptions } from "./index";

function admit(text: string, opts?: AdmissionOptions) {
  const parsed = parseYamlDocuments(text);
  expect(parsed.errors).toEqual([]);
  return admitAll(parsed.docs, opts);
}

const messages = (r: ReturnType<typeof admit>) => r.errors.map((e) => e.message);

function deployment(spec: string, name = "web"): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
${spec}`;
}

const TEMPLATE = `  template:
    metadata:
      labels:
        app: x
    spec:
      containers:
      - name: c
        image: nginx
`;

describe("Deployment defaulting (SetObjectDefaults_Deployment) and PrepareForCreate", () => {
  const r = admit(deployment(`  selector:\n    matchLabels:\n      app: x\n${TEMPLATE}`));
  const d = r.objects[0]?.object;

  it("is stored with replicas 1, RollingUpdate 25%/25%, revisionHistoryLimit 10, progressDeadlineSeconds 600", () => {
    expect(r.errors).toEqual([]);
    expect(d.spec.replicas).toBe(1);
    expect(d.spec.strategy).toEqual({ type: "RollingUpdate", rollingUpdate: { maxUnavailable: "25%", maxSurge: "25%" } });
    expect(d.spec.revisionHistoryLimit).toBe(10);
    expect(d.spec.progressDeadlineSeconds).toBe(600);
    expect(d.status).toEqual({});
    expect(d.metadata).toMatchObject({ namespace: "default", generation: 1 });
    expect(d.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("defaults the template's pod spec but applies no Pod-only defaults or admission plugins", () => {
    expect(d.spec.template.spec).toEqual({
      containers: [{ name: "c", image: "nginx", imagePullPolicy: "Always", terminationMessagePath: "/dev/termination-log", terminationMessagePolicy: "File", resources: {} }],
      dnsPolicy: "ClusterFirst",
      restartPolicy: "Always",
      securityContext: {},
      terminationGracePeriodSeconds: 30,
      schedulerName: "default-scheduler",
    });
  });

  it("keeps a limit without a request in the template (SetDefaults_Pod does not run on templates), and defaults probes and ports", () => {
    const r2 = admit(
      deployment(`  selector:\n    matchLabels: {app: x}
  template:
    metadata: {labels: {app: x}}
    spec:
      containers:
      - name: c
        image: nginx:1.27
        ports: [{containerPort: 80}]
        resources: {limits: {cpu: 500m}}
        readinessProbe: {httpGet: {port: 80}}
`),
    );
    const c = r2.objects[0].object.spec.template.spec.containers[0];
    expect(c.resources).toEqual({ limits: { cpu: "500m" } });
    expect(c.ports).toEqual([{ containerPort: 80, protocol: "TCP" }]);
    expect(c.readinessProbe).toEqual({ httpGet: { port: 80, path: "/", scheme: "HTTP" }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 });
    expect(r2.objects[0].object.spec.template.spec.enableServiceLinks).toBeUndefined();
  });

  it("leaves rollingUpdate out of a Recreate strategy and keeps what the manifest set", () => {
    const r2 = admit(deployment(`  replicas: 0\n  strategy: {type: Recreate}\n  revisionHistoryLimit: 0\n  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`));
    expect(r2.errors).toEqual([]);
    expect(r2.objects[0].object.spec).toMatchObject({ replicas: 0, strategy: { type: "Recreate" }, revisionHistoryLimit: 0 });
    expect(r2.objects[0].object.spec.strategy.rollingUpdate).toBeUndefined();
  });

  it("fills only the missing half of rollingUpdate", () => {
    const r2 = admit(deployment(`  strategy: {rollingUpdate: {maxSurge: 1}}\n  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`));
    expect(r2.objects[0].object.spec.strategy).toEqual({ type: "RollingUpdate", rollingUpdate: { maxSurge: 1, maxUnavailable: "25%" } });
  });

  it("is AlreadyExists the second time, as deployments.apps", () => {
    const text = deployment(`  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`);
    expect(messages(admit(`${text}---\n${text}`))).toEqual(['deployments.apps "web" already exists']);
  });
});

describe("strict decoding of apps/v1", () => {
  it("names the kind, version and field path", () => {
    const r = admit(deployment(`  replica: 3\n  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`));
    expect(messages(r)).toEqual(['Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"']);
    expect([r.errors[0].line, r.errors[0].column]).toEqual([6, 3]);
  });

  it("reports wrong types with the apps struct names", () => {
    const r = admit(deployment(`  replicas: "3"\n  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`));
    expect(messages(r)).toEqual([
      'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
    ]);
    const r2 = admit(`apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: rs}\nspec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: x\n        imagePullpolicy: Always\n`);
    expect(messages(r2)).toEqual(['ReplicaSet in version "v1" cannot be handled as a ReplicaSet: strict decoding error: unknown field "spec.template.spec.containers[0].imagePullpolicy"']);
  });
});

describe("ValidateDeployment", () => {
  it("requires a selector; a nil selector is labels.Nothing(), so the template labels do not match either", () => {
    expect(messages(admit(deployment(TEMPLATE)))).toEqual([
      'Deployment.apps "web" is invalid: spec.selector: Required value',
      'Deployment.apps "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`',
    ]);
  });

  it("needs the selector to match the template labels", () => {
    const r = admit(deployment(`  selector:\n    matchLabels:\n      app: y\n${TEMPLATE}`));
    expect(messages(r)).toEqual(['Deployment.apps "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`']);
    expect(r.errors[0].line).toBe(12); // the template labels map
  });

  it("matches expressions (In, NotIn, Exists, DoesNotExist)", () => {
    const sel = `  selector:
    matchExpressions:
    - {key: app, operator: In, values: [x, z]}
    - {key: tier, operator: NotIn, values: [db]}
    - {key: app, operator: Exists}
    - {key: legacy, operator: DoesNotExist}
`;
    expect(admit(deployment(sel + TEMPLATE)).errors).toEqual([]);
  });

  it("refuses an empty selector", () => {
    expect(messages(admit(deployment(`  selector: {}\n${TEMPLATE}`)))).toEqual([
      'Deployment.apps "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
    ]);
  });

  it("validates selector requirements and then cannot build the selector", () => {
    expect(messages(admit(deployment(`  selector:\n    matchExpressions:\n    - {key: app, operator: In}\n${TEMPLATE}`)))).toEqual([
      "Deployment.apps \"web\" is invalid: spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      'Deployment.apps "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"app", Operator:"In", Values:[]string(nil)}}}: invalid label selector',
    ]);
  });

  it("refuses negative replicas", () => {
    expect(messages(admit(deployment(`  replicas: -1\n  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`)))).toEqual([
      'Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });

  it("validates the template's pod spec under spec.template.spec", () => {
    const r = admit(deployment(`  selector:\n    matchLabels: {app: x}\n  template:\n    metadata: {labels: {app: x}}\n    spec:\n      containers:\n      - name: c\n`));
    expect(messages(r)).toEqual(['Deployment.apps "web" is invalid: spec.template.spec.containers[0].image: Required value']);
  });

  it("validates template labels at spec.template.labels, as ValidatePodTemplateSpec names them", () => {
    const r = admit(deployment(`  selector:\n    matchLabels: {app: x}\n  template:\n    metadata: {labels: {app: x, "a b": c}}\n    spec:\n      containers: [{name: c, image: nginx}]\n`));
    expect(messages(r)[0]).toMatch(/^Deployment\.apps "web" is invalid: spec\.template\.labels: Invalid value: "a b": name part must consist of/);
  });

  it("allows only restartPolicy Always in the template", () => {
    const r = admit(deployment(`  selector:\n    matchLabels: {app: x}\n  template:\n    metadata: {labels: {app: x}}\n    spec:\n      restartPolicy: Never\n      containers: [{name: c, image: nginx}]\n`));
    expect(messages(r)).toEqual(['Deployment.apps "web" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"']);
  });

  it("forbids activeDeadlineSeconds in the template", () => {
    const r = admit(deployment(`  selector:\n    matchLabels: {app: x}\n  template:\n    metadata: {labels: {app: x}}\n    spec:\n      activeDeadlineSeconds: 5\n      containers: [{name: c, image: nginx}]\n`));
    expect(messages(r)).toEqual(['Deployment.apps "web" is invalid: spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported']);
  });

  it("refuses maxUnavailable and maxSurge both 0", () => {
    const r = admit(deployment(`  strategy:\n    rollingUpdate: {maxSurge: 0, maxUnavailable: 0}\n  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`));
    expect(messages(r)).toEqual([
      'Deployment.apps "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:0, IntVal:0, StrVal:""}: may not be 0 when `maxSurge` is 0',
    ]);
    const r2 = admit(deployment(`  strategy:\n    rollingUpdate: {maxSurge: "0%", maxUnavailable: 0}\n  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`));
    expect(messages(r2)).toHaveLength(1);
  });

  it("validates the int-or-percent formats and maxUnavailable over 100%", () => {
    const r = admit(deployment(`  strategy:\n    rollingUpdate: {maxSurge: -1, maxUnavailable: "25"}\n  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`));
    expect(messages(r)).toEqual([
      "Deployment.apps \"web\" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"25\"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
      'Deployment.apps "web" is invalid: spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0',
    ]);
    const r2 = admit(deployment(`  strategy:\n    rollingUpdate: {maxUnavailable: "120%"}\n  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`));
    expect(messages(r2)).toEqual([
      'Deployment.apps "web" is invalid: spec.strategy.rollingUpdate.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"120%"}: must not be greater than 100%',
    ]);
  });

  it("forbids rollingUpdate with Recreate and refuses unknown strategy types", () => {
    const r = admit(deployment(`  strategy:\n    type: Recreate\n    rollingUpdate: {maxSurge: 1}\n  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`));
    expect(messages(r)).toEqual(["Deployment.apps \"web\" is invalid: spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"]);
    const r2 = admit(deployment(`  strategy:\n    type: BlueGreen\n  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`));
    expect(messages(r2)).toEqual([
      'Deployment.apps "web" is invalid: spec.strategy: Unsupported value: apps.DeploymentStrategy{Type:"BlueGreen", RollingUpdate:(*apps.RollingUpdateDeployment)(nil)}: supported values: "Recreate", "RollingUpdate"',
    ]);
  });

  it("needs progressDeadlineSeconds greater than minReadySeconds", () => {
    const r = admit(deployment(`  minReadySeconds: 600\n  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`));
    expect(messages(r)).toEqual(['Deployment.apps "web" is invalid: spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds']);
  });

  it("warns that a name with dots ends up in pod names", () => {
    const r = admit(deployment(`  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`, "web.v1"));
    expect(r.errors).toEqual([]);
    expect(r.infos.map((i) => i.message)).toContain(
      "Warning: metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]",
    );
  });
});

describe("ReplicaSet (SetDefaults_ReplicaSet, ValidateReplicaSet)", () => {
  const rs = (spec: string) => `apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: frontend\n  namespace: shop\nspec:\n${spec}`;

  it("is stored with replicas 1, generation 1 and status.replicas 0", () => {
    const r = admit(rs(`  selector:\n    matchLabels: {app: x}\n${TEMPLATE}`));
    expect(r.errors).toEqual([]);
    const o = r.objects[0].object;
    expect(o.spec.replicas).toBe(1);
    expect(o.spec.strategy).toBeUndefined();
    expect(o.status).toEqual({ replicas: 0 });
    expect(o.metadata).toMatchObject({ name: "frontend", namespace: "shop", generation: 1 });
    expect(o.spec.template.spec.restartPolicy).toBe("Always");
  });

  it("uses the ReplicaSet.apps prefix and the same selector rules", () => {
    expect(messages(admit(rs(`  replicas: -2\n  selector: {matchLabels: {app: y}}\n${TEMPLATE}`)))).toEqual([
      'ReplicaSet.apps "frontend" is invalid: spec.replicas: Invalid value: -2: must be greater than or equal to 0',
      'ReplicaSet.apps "frontend" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"x"}: `selector` does not match template `labels`',
    ]);
  });
});

describe("admitPodFromTemplate: a controller's pod through the Pod admission path", () => {
  const pod = () => ({
    apiVersion: "v1",
    kind: "Pod",
    metadata: { generateName: "web-7d4b9c-", namespace: "default", labels: { app: "x", "pod-template-hash": "7d4b9c" } },
    spec: { containers: [{ name: "c", image: "nginx", resources: { limits: { cpu: "500m" } } }] },
  });

  it("gets the Pod defaults and the admission plugins' changes that templates do not have", () => {
    const state = newAdmissionState();
    const { object, errors } = admitPodFromTemplate(pod(), { state });
    expect(errors).toEqual([]);
    expect(object.metadata.name).toMatch(/^web-7d4b9c-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(object.metadata.generation).toBe(1);
    expect(object.spec.serviceAccountName).toBe("default");
    expect(object.spec.enableServiceLinks).toBe(true);
    expect(object.spec.priority).toBe(0);
    expect(object.spec.tolerations.map((t: { key: string }) => t.key)).toEqual(["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"]);
    expect(object.spec.volumes[0].name).toMatch(/^kube-api-access-/);
    expect(object.spec.containers[0].resources).toEqual({ limits: { cpu: "500m" }, requests: { cpu: "500m" } });
    expect(object.status).toEqual({ phase: "Pending", qosClass: "Burstable" });
  });

  it("draws a fresh name for each pod of the same generateName, deterministically", () => {
    const state = newAdmissionState();
    const a = admitPodFromTemplate(pod(), { state }).object.metadata.name;
    const b = admitPodFromTemplate(pod(), { state }).object.metadata.name;
    expect(a).not.toBe(b);
    const again = newAdmissionState();
    expect([admitPodFromTemplate(pod(), { state: again }).object.metadata.name, admitPodFromTemplate(pod(), { state: again }).object.metadata.name]).toEqual([a, b]);
  });

  it("applies the namespace's LimitRanges from earlier applies", () => {
    const state = newAdmissionState();
    admit("apiVersion: v1\nkind: LimitRange\nmetadata: {name: lr}\nspec:\n  limits:\n  - type: Container\n    default: {memory: 512Mi}\n    defaultRequest: {memory: 256Mi}\n", { state });
    const { object } = admitPodFromTemplate(pod(), { state });
    expect(object.spec.containers[0].resources).toEqual({ limits: { cpu: "500m", memory: "512Mi" }, requests: { cpu: "500m", memory: "256Mi" } });
    expect(object.metadata.annotations).toEqual({ "kubernetes.io/limit-ranger": "LimitRanger plugin set: memory request for container c; memory limit for container c" });
  });

  it("answers errors as the API server does, at line 1 column 1", () => {
    const bad = pod();
    bad.spec.containers[0].image = "";
    const { object, errors } = admitPodFromTemplate(bad, { state: newAdmissionState(), document: 2 });
    expect(object).toBeUndefined();
    expect(errors.map((e) => [e.message, e.line, e.column, e.document])).toEqual([[expect.stringMatching(/^Pod "web-7d4b9c-.{5}" is invalid: spec\.containers\[0\]\.image: Required value$/), 1, 1, 2]]);
  });

  it("refuses a name already taken", () => {
    const state = newAdmissionState();
    const named = { ...pod(), metadata: { name: "p", namespace: "default" } };
    expect(admitPodFromTemplate(named, { state }).errors).toEqual([]);
    expect(admitPodFromTemplate({ ...named, metadata: { name: "p", namespace: "default" } }, { state }).errors.map((e) => e.message)).toEqual(['pods "p" already exists']);
  });
});
