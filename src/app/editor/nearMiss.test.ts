import { describe, expect, it } from "vitest";
import { editDistance, kindOfMessage, maxDistance, nearMiss, unknownFieldPath } from "./nearMiss";

const CONTAINER = ["args", "command", "env", "envFrom", "image", "imagePullPolicy", "lifecycle", "livenessProbe", "name", "ports", "readinessProbe", "resources", "startupProbe", "stdin", "tty", "volumeMounts", "workingDir"];
const PROBE = ["exec", "failureThreshold", "grpc", "httpGet", "initialDelaySeconds", "periodSeconds", "successThreshold", "tcpSocket", "timeoutSeconds"];

describe("nearMiss", () => {
  it("fixes the case first, and alone", () => {
    expect(nearMiss("readinessprobe", CONTAINER)).toEqual(["readinessProbe"]);
    expect(nearMiss("IMAGE", CONTAINER)).toEqual(["image"]);
    expect(nearMiss("TTY", CONTAINER)).toEqual(["tty"]);
  });

  it("finds typos within the distance allowed for the word's length", () => {
    expect(nearMiss("tcpSocker", PROBE)).toEqual(["tcpSocket"]);
    expect(nearMiss("memoty", ["cpu", "memory", "ephemeral-storage"])).toEqual(["memory"]);
    expect(nearMiss("imgae", CONTAINER)).toEqual(["image"]);
    expect(nearMiss("livenesProbe", CONTAINER)).toEqual(["livenessProbe"]);
    expect(nearMiss("comand", CONTAINER)).toEqual(["command"]);
    expect(nearMiss("periodSecond", PROBE)).toEqual(["periodSeconds"]);
    expect(nearMiss("nme", CONTAINER)).toEqual(["name"]);
    expect(nearMiss("port", CONTAINER)).toEqual(["ports"]);
  });

  it("offers nothing for far-off words, valid names or tiny words", () => {
    expect(nearMiss("readiness", CONTAINER)).toEqual([]);
    expect(nearMiss("image", CONTAINER)).toEqual([]);
    expect(nearMiss("", CONTAINER)).toEqual([]);
    expect(nearMiss("ag", ["args", "at"])).toEqual([]);
    expect(nearMiss("sleep", PROBE)).toEqual([]);
    expect(nearMiss("xyz", CONTAINER)).toEqual([]);
  });

  it("returns every name at the best distance, in the given order, at most three", () => {
    expect(nearMiss("stdout", ["stdin", "stdinOnce", "tty"])).toEqual([]);
    expect(nearMiss("pods", ["pod", "pods2", "port"])).toEqual(["pod", "pods2"]);
    expect(nearMiss("abcd", ["abce", "abcf", "abcg", "abch"])).toEqual(["abce", "abcf", "abcg"]);
    expect(nearMiss("requests", ["requets", "limits"])).toEqual(["requets"]);
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and neighbour swaps", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "abc")).toBe(0);
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("imgae", "image")).toBe(1);
    expect(editDistance("ca", "abc")).toBe(3);
  });

  it("stops early past the limit", () => {
    expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 1)).toBe(2);
  });

  it("allows more edits for longer words", () => {
    expect([1, 2, 3, 4, 5, 12].map(maxDistance)).toEqual([0, 0, 1, 1, 2, 2]);
  });
});

describe("messages", () => {
  const msg = 'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].readinessprobe"';
  it("reads the unknown field's path and the kind", () => {
    expect(unknownFieldPath(msg)).toBe("spec.containers[0].readinessprobe");
    expect(kindOfMessage(msg)).toBe("Pod");
    expect(kindOfMessage('LimitRange in version "v1" cannot be handled as a LimitRange: x')).toBe("LimitRange");
    expect(unknownFieldPath("spec.containers[0].image: Required value")).toBeUndefined();
    expect(kindOfMessage("spec.containers[0].image: Required value")).toBeUndefined();
  });
});
