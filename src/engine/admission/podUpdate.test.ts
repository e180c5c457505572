import { describe, expect, it } from "vitest";
import type { Pod } from "../api/types";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { admitAll } from "./index";
import { admitPodUpdate, POD_UPDATE_FORBIDDEN } from "./podUpdate";

const yaml = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels: {app: web}
spec:
  containers:
  - name: app
    image: nginx:1.27
    ports:
    - containerPort: 80
`;

function live(text = yaml): Pod {
  const parsed = parseYamlDocuments(text);
  const r = admitAll(parsed.docs);
  expect(r.errors).toEqual([]);
  return r.objects[0].object as Pod;
}

const doc = parseYamlDocuments(yaml).docs[0];
const update = (old: Pod, change: (p: any) => void) => { // eslint-disable-line @typescript-eslint/no-explicit-any
  const next = JSON.parse(JSON.stringify(old));
  change(next);
  return admitPodUpdate(next, old, { doc });
};
const messages = (r: { errors: Array<{ message: string }> }) => r.errors.map((e) => e.message);

describe("pod updates (pkg/apis/core/validation/validation.go ValidatePodUpdate, v1.34)", () => {
  it("an image may change; the generation goes up (KEP-5067) and the status stays", () => {
    const old = live();
    const r = update(old, (p) => (p.spec.containers[0].image = "nginx:1.28"));
    expect(r.errors).toEqual([]);
    expect(r.object!.spec!.containers[0].image).toBe("nginx:1.28");
    expect(r.object!.metadata!.generation).toBe(2);
    expect(r.object!.status).toEqual(old.status);
  });

  it("labels, annotations and finalizers may change without touching the generation", () => {
    const r = update(live(), (p) => {
      p.metadata.labels.tier = "front";
      p.metadata.finalizers = ["example.com/keep"];
    });
    expect(r.errors).toEqual([]);
    expect(r.object!.metadata!.generation).toBe(1);
  });

  it("any other spec change is Forbidden with the v1.34 list of updatable fields, then the changed fields", () => {
    const r = update(live(), (p) => (p.spec.containers[0].ports[0].containerPort = 8080));
    expect(messages(r)).toEqual([
      'Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)\n- spec.containers[0].ports[0].containerPort: 80\n+ spec.containers[0].ports[0].containerPort: 8080',
    ]);
    expect(messages(r)[0].startsWith(`Pod "web" is invalid: spec: Forbidden: ${POD_UPDATE_FORBIDDEN}\n`)).toBe(true);
  });

  it("containers may not be added or removed", () => {
    const r = update(live(), (p) => p.spec.containers.push({ ...p.spec.containers[0], name: "two" }));
    expect(messages(r)).toEqual(['Pod "web" is invalid: spec.containers: Forbidden: pod updates may not add or remove containers']);
  });

  it("activeDeadlineSeconds may be set and lowered, never raised or unset", () => {
    const set = update(live(), (p) => (p.spec.activeDeadlineSeconds = 30));
    expect(set.errors).toEqual([]);
    const withDeadline = set.object!;
    expect(update(withDeadline, (p) => (p.spec.activeDeadlineSeconds = 10)).errors).toEqual([]);
    expect(messages(update(withDeadline, (p) => (p.spec.activeDeadlineSeconds = 60)))).toEqual(['Pod "web" is invalid: spec.activeDeadlineSeconds: Invalid value: 60: must be less than or equal to previous value']);
    expect(messages(update(withDeadline, (p) => delete p.spec.activeDeadlineSeconds))).toEqual(['Pod "web" is invalid: spec.activeDeadlineSeconds: Invalid value: null: must not update from a positive integer to nil value']);
  });

  it("tolerations may only be added to; an existing one may change its tolerationSeconds", () => {
    const old = live();
    const added = update(old, (p) => p.spec.tolerations.push({ key: "maint", operator: "Exists", effect: "NoExecute", tolerationSeconds: 60 }));
    expect(added.errors).toEqual([]);
    expect(update(added.object!, (p) => (p.spec.tolerations[2].tolerationSeconds = 10)).errors).toEqual([]);
    expect(messages(update(old, (p) => (p.spec.tolerations = [])))).toEqual(['Pod "web" is invalid: spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds']);
  });

  // staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateNoNewFinalizers.
  it("a pod being deleted gains no finalizer", () => {
    const old = live();
    (old.metadata as Record<string, unknown>).deletionTimestamp = "2025-09-01T09:01:00Z";
    expect(messages(update(old, (p) => (p.metadata.finalizers = ["b.example.com/y", "a.example.com/x"])))).toEqual([
      'Pod "web" is invalid: metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"a.example.com/x", "b.example.com/y"}',
    ]);
  });

  it("the name is immutable and a finalizer needs a qualified or standard name", () => {
    expect(messages(update(live(), (p) => (p.metadata.finalizers = ["keep"])))).toEqual(['Pod "web" is invalid: metadata.finalizers[0]: Invalid value: "keep": name is neither a standard finalizer name nor is it fully qualified']);
    expect(messages(update(live(), (p) => (p.metadata.name = "db")))[0]).toBe('Pod "web" is invalid: metadata.name: Invalid value: "db": field is immutable');
  });

  it("an unknown field in the new object is a strict decoding error", () => {
    expect(messages(update(live(), (p) => (p.spec.containers[0].imagee = "x")))).toEqual(['Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagee"']);
  });
});
