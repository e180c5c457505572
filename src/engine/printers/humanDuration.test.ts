import { describe, expect, it } from "vitest";
import { goDuration, humanDuration, shortHumanDuration } from "./humanDuration";

describe("humanDuration (apimachinery pkg/util/duration/duration.go HumanDuration)", () => {
  it.each([
    [-3, "<invalid>"],
    [-2, "<invalid>"],
    [-1.5, "0s"], // int(-1.5) = -1: within the 2 s skew allowance
    [-0.4, "0s"],
    [0, "0s"],
    [0.9, "0s"], // truncated, never rounded
    [5, "5s"],
    [61, "61s"],
    [119, "119s"],
    [119.99, "119s"],
    [120, "2m"],
    [121, "2m1s"],
    [150, "2m30s"],
    [599, "9m59s"],
    [600, "10m"],
    [659, "10m"],
    [3 * 3600 - 1, "179m"],
    [3 * 3600, "3h"],
    [3 * 3600 + 60, "3h1m"],
    [8 * 3600 - 60, "7h59m"],
    [8 * 3600, "8h"],
    [47 * 3600 + 3599, "47h"],
    [48 * 3600, "2d"],
    [51 * 3600, "2d3h"],
    [8 * 86400 - 1, "7d23h"],
    [8 * 86400, "8d"],
    [729 * 86400, "729d"],
    [730 * 86400, "2y"],
    [731 * 86400, "2y1d"],
    [8 * 365 * 86400, "8y"],
    [9 * 365 * 86400 + 86400, "9y"],
  ])("%s s -> %s", (s, want) => {
    expect(humanDuration(s)).toBe(want);
  });
});

describe("shortHumanDuration (apimachinery duration.go ShortHumanDuration)", () => {
  it.each([
    [-5, "<invalid>"],
    [-1, "0s"],
    [59, "59s"],
    [60, "1m"],
    [3599, "59m"],
    [3600, "1h"],
    [86399, "23h"],
    [86400, "1d"],
    [365 * 86400, "1y"],
  ])("%s s -> %s", (s, want) => {
    expect(shortHumanDuration(s)).toBe(want);
  });
});

describe("goDuration (Go time.Duration.String, used by kubelet back-off and Pulled messages)", () => {
  it.each([
    [0, "0s"],
    [0.35, "350ms"],
    [0.0015, "1.5ms"],
    [0.000002, "2µs"],
    [1e-9, "1ns"],
    [1.561, "1.561s"],
    [10, "10s"],
    [20, "20s"],
    [80, "1m20s"],
    [105.457, "1m45.457s"],
    [160, "2m40s"],
    [300, "5m0s"],
    [3600, "1h0m0s"],
    [-1.5, "-1.5s"],
  ])("%s s -> %s", (s, want) => {
    expect(goDuration(s)).toBe(want);
  });
});
