// staging/src/k8s.io/apimachinery/pkg/util/validation/field/errors.go (ErrorBody) and path.go.
import { describe, expect, it } from "vitest";
import { duplicate, errorText, forbidden, invalid, notFound, notSupported, required } from "./fieldErrors";
import { FieldPath } from "./fieldPath";
import { goNumber, goQuote } from "./goText";
import { parseQuantity } from "./quantity";

const p = FieldPath.root("spec", "containers").index(0).child("resources", "limits").key("cpu");

describe("field errors", () => {
  it("prints paths with indices and keys", () => {
    expect(p.toString()).toBe("spec.containers[0].resources.limits[cpu]");
    expect(p.segments()).toEqual(["spec", "containers", 0, "resources", "limits", "cpu"]);
  });

  it("formats each error type as ErrorBody does", () => {
    const q = FieldPath.root("spec", "restartPolicy");
    expect(errorText(required(q))).toBe("spec.restartPolicy: Required value");
    expect(errorText(required(q, "why"))).toBe("spec.restartPolicy: Required value: why");
    expect(errorText(invalid(q, 3, "must be 1"))).toBe("spec.restartPolicy: Invalid value: 3: must be 1");
    expect(errorText(invalid(q, "x", "bad"))).toBe('spec.restartPolicy: Invalid value: "x": bad');
    expect(errorText(invalid(q, parseQuantity("1Gi"), "bad"))).toBe("spec.restartPolicy: Invalid value: 1Gi: bad");
    expect(errorText(invalid(q, null, "bad"))).toBe("spec.restartPolicy: Invalid value: null: bad");
    expect(errorText(notSupported(q, "X", ["Always", "Never"]))).toBe('spec.restartPolicy: Unsupported value: "X": supported values: "Always", "Never"');
    expect(errorText(forbidden(q, "no"))).toBe("spec.restartPolicy: Forbidden: no");
    expect(errorText(duplicate(q, "web"))).toBe('spec.restartPolicy: Duplicate value: "web"');
    expect(errorText(notFound(q, "cache"))).toBe('spec.restartPolicy: Not found: "cache"');
  });

  it("quotes like Go's %q and prints floats like %v", () => {
    expect(goQuote('a"b\\c\n\u0001é')).toBe('"a\\"b\\\\c\\n\\x01é"');
    expect(goNumber(1.5, true)).toBe("1.5");
    expect(goNumber(1e6, true)).toBe("1e+06");
    expect(goNumber(123456, true)).toBe("123456");
    expect(goNumber(70000)).toBe("70000");
  });
});
