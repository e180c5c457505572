// batch/v1 Job admission, after kubernetes/kubernetes:
//   pkg/apis/batch/v1/defaults.go (SetDefaults_Job) and zz_generated.defaults.go (SetDefaults_PodSpec on the template);
//   pkg/registry/batch/job/strategy.go (PrepareForCreate, generateSelector, WarningsOnCreate);
//   pkg/apis/batch/validation/validation.go (ValidateJob, validateGeneratedSelector, validateJobSpec).
import { describe, expect, it } from "vitest";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { admitAll, type AdmissionOptions } from "./index";

function admit(text: string, opts?: AdmissionOptions) {
  const parsed = parseYamlDocuments(text);
  expect(parsed.errors).toEqual([]);
  return admitAll(parsed.docs, opts);
}

const messages = (r: ReturnType<typeof admit>) => r.errors.map((e) => e.message);

function job(spec: string, name = "pi", restartPolicy = "Never"): string {
  return `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
${spec}  template:
    spec:
      containers:
      - name: pi
        image: busybox
        command: ["sh", "-c", "sleep 5"]
${restartPolicy ? `      restartPolicy: ${restartPolicy}\n` : ""}`;
}

describe("Job defaulting and PrepareForCreate", () => {
  const r = admit(job(""));
  const j = r.objects[0]?.object;
  const uid = j?.metadata.uid;

  it("is stored with completions/parallelism 1, backoffLimit 6, NonIndexed, suspend false, manualSelector false, TerminatingOrFailed", () => {
    expect(r.errors).toEqual([]);
    expect(j.spec).toMatchObject({
      completions: 1,
      parallelism: 1,
      backoffLimit: 6,
      completionMode: "NonIndexed",
      suspend: false,
      manualSelector: false,
      podReplacementPolicy: "TerminatingOrFailed",
    });
    expect(j.status).toEqual({});
    expect(j.metadata).toMatchObject({ namespace: "default", generation: 1 });
  });

  it("generates the controller-uid selector and the four template labels; the Job gets the template's labels", () => {
    expect(j.spec.selector).toEqual({ matchLabels: { "batch.kubernetes.io/controller-uid": uid } });
    const labels = { "batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": "pi", "controller-uid": uid, "job-name": "pi" };
    expect(j.spec.template.metadata.labels).toEqual(labels);
    expect(Object.keys(j.spec.template.metadata.labels)).toEqual(Object.keys(labels)); // sorted, as stored
    expect(j.metadata.labels).toEqual(labels);
  });

  it("keeps the Job's own labels when it has some", () => {
    const own = admit(job("").replace("  name: pi\n", "  name: pi\n  labels: {team: a}\n")).objects[0].object;
    expect(own.metadata.labels).toEqual({ team: "a" });
  });

  it("defaults the template's pod spec like a Deployment's", () => {
    expect(j.spec.template.spec).toMatchObject({ dnsPolicy: "ClusterFirst", restartPolicy: "Never", schedulerName: "default-scheduler", terminationGracePeriodSeconds: 30 });
    expect(j.spec.template.spec.containers[0]).toMatchObject({ imagePullPolicy: "Always", terminationMessagePolicy: "File" });
  });

  it("parallelism alone leaves completions unset", () => {
    const p = admit(job("  parallelism: 3\n")).objects[0].object;
    expect(p.spec.parallelism).toBe(3);
    expect(p.spec.completions).toBeUndefined();
    const c = admit(job("  completions: 3\n")).objects[0].object;
    expect(c.spec).toMatchObject({ completions: 3, parallelism: 1 });
  });
});

describe("Job validation", () => {
  it("a template without restartPolicy (defaulted to Always) is a Required error", () => {
    expect(messages(admit(job("", "pi", "")))).toEqual(['Job.batch "pi" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']);
    expect(messages(admit(job("", "pi", "Always")))).toEqual(['Job.batch "pi" is invalid: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"']);
  });

  it("negative counts", () => {
    expect(messages(admit(job("  backoffLimit: -1\n  parallelism: -2\n  completions: -3\n")))).toEqual([
      'Job.batch "pi" is invalid: spec.parallelism: Invalid value: -2: must be greater than or equal to 0',
      'Job.batch "pi" is invalid: spec.completions: Invalid value: -3: must be greater than or equal to 0',
      'Job.batch "pi" is invalid: spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });

  it("an unknown podReplacementPolicy or completionMode", () => {
    expect(messages(admit(job("  podReplacementPolicy: Sometimes\n")))).toEqual([
      'Job.batch "pi" is invalid: spec.podReplacementPolicy: Unsupported value: "Sometimes": supported values: "Failed", "TerminatingOrFailed"',
    ]);
  });

  it("a manual selector must be given and match the template", () => {
    // A nil selector is labels.Nothing(), which matches no labels, so Go reports both.
    expect(messages(admit(job("  manualSelector: true\n")))).toEqual([
      'Job.batch "pi" is invalid: spec.selector: Required value',
      'Job.batch "pi" is invalid: spec.template.metadata.labels: Invalid value: map[string]string(nil): `selector` does not match template `labels`',
    ]);
  });

  it("a template job-name label that conflicts with the generated one", () => {
    const text = job("").replace("    spec:\n      containers", "    metadata:\n      labels: {job-name: other}\n    spec:\n      containers");
    const m = messages(admit(text));
    expect(m).toHaveLength(1);
    expect(m[0]).toMatch(/^Job\.batch "pi" is invalid: spec\.template\.metadata\.labels\[job-name\]: Invalid value: map\[string\]string\{.*"job-name":"other".*\}: must be 'pi'$/);
  });

  it("strict decoding knows the batch/v1 types", () => {
    const m = messages(admit(job("  backoffLimit: many\n")));
    expect(m[0]).toMatch(/cannot unmarshal string into Go struct field .*backoffLimit of type int32/);
    expect(messages(admit(job("  backofflimit: 1\n")))[0]).toBe('Job in version "v1" cannot be handled as a Job: strict decoding error: unknown field "spec.backofflimit"');
  });

  it("fields podplay does not simulate are infos", () => {
    const r = admit(job("  ttlSecondsAfterFinished: 100\n  activeDeadlineSeconds: 100\n"));
    expect(r.errors).toEqual([]);
    expect(r.infos.map((i) => i.message)).toEqual(["spec.ttlSecondsAfterFinished is valid Kubernetes but podplay does not simulate it"]);
  });
});
