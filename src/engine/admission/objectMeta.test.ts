import { describe, expect, it } from "vitest";
import { errorText } from "./fieldErrors";
import { FieldPath } from "./fieldPath";
import { nameIsDNSSubdomain } from "./names";
import { validateObjectMeta } from "./objectMeta";

const errors = (finalizers: string[]) => validateObjectMeta({ name: "web", namespace: "default", finalizers }, true, nameIsDNSSubdomain, FieldPath.root("metadata")).map(errorText);

describe("finalizer names (apimachinery pkg/api/validation/objectmeta.go ValidateFinalizers, then core validateKubeFinalizerName)", () => {
  it("accepts qualified names, kubernetes.io/ ones included, and the standard names", () => {
    expect(errors(["example.com/keep", "kubernetes.io/pv-protection", "batch.kubernetes.io/job-tracking", "orphan", "kubernetes"])).toEqual([]);
  });

  it("a name that is not qualified is invalid at the list; one without a domain must be standard, at its index", () => {
    expect(errors(["Bad Finalizer"])).toEqual([
      "metadata.finalizers: Invalid value: \"Bad Finalizer\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
      'metadata.finalizers[0]: Invalid value: "Bad Finalizer": name is neither a standard finalizer name nor is it fully qualified',
    ]);
    expect(errors(["keep"])).toEqual(['metadata.finalizers[0]: Invalid value: "keep": name is neither a standard finalizer name nor is it fully qualified']);
  });

  it("orphan and foregroundDeletion exclude each other", () => {
    expect(errors(["orphan", "foregroundDeletion"])).toEqual(['metadata.finalizers: Invalid value: []string{"orphan", "foregroundDeletion"}: finalizer orphan and foregroundDeletion cannot be both set']);
  });
});
