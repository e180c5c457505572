// staging/src/k8s.io/apimachinery/pkg/util/validation/validation.go and api/validate/content/kube.go.
import { describe, expect, it } from "vitest";
import {
  isConfigMapKey,
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isRelaxedEnvVarName,
  isValidLabelValue,
  isValidPortName,
  nameIsDNSSubdomain,
  regexError,
} from "./names";

describe("names", () => {
  it("builds regex messages with Go's example punctuation", () => {
    expect(regexError("m", "f")).toBe("m (regex used for validation is 'f')");
    expect(regexError("m", "f", "a", "b")).toBe("m (e.g. 'a',  or 'b', regex used for validation is 'f')");
  });

  it("checks DNS labels and subdomains, length first", () => {
    expect(isDNS1123Label("web-1")).toEqual([]);
    expect(isDNS1123Label("a".repeat(64))[0]).toBe("must be no more than 63 characters");
    expect(isDNS1123Subdomain("example.com")).toEqual([]);
    expect(isDNS1123Subdomain("-x")).toHaveLength(1);
    expect(isDNS1035Label("1abc")).toHaveLength(1);
  });

  it("allows a trailing dash in a generateName prefix", () => {
    expect(nameIsDNSSubdomain("web-", true)).toEqual([]);
    expect(nameIsDNSSubdomain("web-", false)).toHaveLength(1);
  });

  it("checks qualified names with prefixes", () => {
    expect(isQualifiedName("example.com/app")).toEqual([]);
    expect(isQualifiedName("/app")).toEqual(["prefix part must be non-empty"]);
    expect(isQualifiedName("a/b/c")[0]).toMatch(/^a qualified name must consist of/);
    expect(isQualifiedName("")).toEqual([
      "name part must be non-empty",
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ]);
  });

  it("allows empty label values", () => {
    expect(isValidLabelValue("")).toEqual([]);
    expect(isValidLabelValue("-x")).toHaveLength(1);
  });

  it("checks IANA service port names", () => {
    expect(isValidPortName("http")).toEqual([]);
    expect(isValidPortName("8080")).toEqual(["must contain at least one letter (a-z)"]);
    expect(isValidPortName("-a-very-long-port-name")).toEqual(["must be no more than 15 characters", "must not begin or end with a hyphen"]);
  });

  it("checks relaxed env var names and config map keys", () => {
    expect(isRelaxedEnvVarName("1.weird-NAME")).toEqual([]);
    expect(isRelaxedEnvVarName("ä")).toHaveLength(1);
    expect(isConfigMapKey("..x")).toEqual(["must not start with '..'"]);
  });
});
