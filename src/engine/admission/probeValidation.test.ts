// Probe and lifecycle checks of pkg/apis/core/validation/validation.go: validateLivenessProbe,
// validateReadinessProbe, validateStartupProbe, validateProbe, validateHandler, validateLifecycle,
// validateSleepAction, ValidatePortNumOrName (kubelet.md §5.1).
import { describe, expect, it } from "vitest";
import { parseYamlDocuments } from "../input/yamlDocuments";
import { admitAll } from "./index";

function check(container: string) {
  const parsed = parseYamlDocuments(`apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: app\n    image: nginx\n${container}`);
  expect(parsed.errors).toEqual([]);
  return admitAll(parsed.docs).errors;
}
const messages = (container: string) => check(container).map((e) => e.message);

describe("probes", () => {
  it("requires successThreshold 1 on liveness and startup probes, at the value", () => {
    const e = check("    livenessProbe:\n      exec: {command: [ls]}\n      successThreshold: 3\n");
    expect(e.map((x) => [x.message, x.path, x.line, x.column])).toEqual([
      ['Pod "web" is invalid: spec.containers[0].livenessProbe.successThreshold: Invalid value: 3: must be 1', "spec.containers[0].livenessProbe.successThreshold", 11, 25],
    ]);
    expect(messages("    startupProbe: {exec: {command: [ls]}, successThreshold: 2}\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].startupProbe.successThreshold: Invalid value: 2: must be 1',
    ]);
    expect(messages("    readinessProbe: {exec: {command: [ls]}, successThreshold: 2}\n")).toEqual([]);
  });

  it("rejects negative numbers (zero is defaulted first)", () => {
    expect(messages("    readinessProbe: {exec: {command: [ls]}, periodSeconds: -1, initialDelaySeconds: -5, failureThreshold: 0}\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].readinessProbe.initialDelaySeconds: Invalid value: -5: must be greater than or equal to 0',
      'Pod "web" is invalid: spec.containers[0].readinessProbe.periodSeconds: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });

  it("requires exactly one handler", () => {
    expect(messages("    livenessProbe: {periodSeconds: 5}\n")).toEqual(['Pod "web" is invalid: spec.containers[0].livenessProbe: Required value: must specify a handler type']);
    expect(messages("    livenessProbe: {exec: {command: [ls]}, httpGet: {port: 80}}\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].livenessProbe.httpGet: Forbidden: may not specify more than 1 handler type',
    ]);
    expect(messages("    livenessProbe: {exec: {}}\n")).toEqual(['Pod "web" is invalid: spec.containers[0].livenessProbe.exec.command: Required value']);
  });

  it("checks the probe-level grace period", () => {
    expect(messages("    livenessProbe: {exec: {command: [ls]}, terminationGracePeriodSeconds: 0}\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].livenessProbe.terminationGracePeriodSeconds: Invalid value: 0: must be greater than 0',
    ]);
    expect(messages("    readinessProbe: {exec: {command: [ls]}, terminationGracePeriodSeconds: 10}\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes',
    ]);
  });

  it("checks ports by number and by name", () => {
    expect(messages("    livenessProbe: {tcpSocket: {port: 0}}\n    readinessProbe: {httpGet: {port: Web_Port}}\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].livenessProbe.tcpSocket.port: Invalid value: 0: must be between 1 and 65535, inclusive',
      'Pod "web" is invalid: spec.containers[0].readinessProbe.httpGet.port: Invalid value: "Web_Port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    ]);
  });

  it("accepts only a number for a gRPC port (decoding rejects a name)", () => {
    expect(messages("    livenessProbe: {grpc: {port: grpc}}\n")).toEqual([
      'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal string into Go struct field GRPCAction.spec.containers.livenessProbe.grpc.port of type int32',
    ]);
  });

  it("lists the supported HTTP schemes", () => {
    expect(messages("    livenessProbe: {httpGet: {port: 80, scheme: http}}\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].livenessProbe.httpGet.scheme: Unsupported value: "http": supported values: "HTTP", "HTTPS"',
    ]);
  });
});

describe("lifecycle hooks", () => {
  it("validates handlers and bounds a sleep by the grace period", () => {
    expect(messages("    lifecycle:\n      postStart: {}\n      preStop: {sleep: {seconds: 40}}\n")).toEqual([
      'Pod "web" is invalid: spec.containers[0].lifecycle.postStart: Required value: must specify a handler type',
      'Pod "web" is invalid: spec.containers[0].lifecycle.preStop.sleep: Invalid value: 40: must be non-negative and less than terminationGracePeriodSeconds (30)',
    ]);
  });
});
