import { describe, expect, it } from "vitest";
import { LESSONS } from "../../lessons/index";
import { searchLessons } from "./lessonSearch";

const ids = (q: string, locale: "en" | "ko" = "en") => searchLessons(LESSONS, q, locale).flatMap((g) => g.lessons.map((l) => l.id));

// Issue #13: search misses "back-off", "taint", "백오프".
describe("lesson search", () => {
  it("finds the back-off lessons however it is spelt, in either language", () => {
    for (const q of ["back-off", "backoff", "백오프"]) expect(ids(q), q).toEqual(expect.arrayContaining(["crash-loop-backoff", "backoff-reset"]));
    expect(ids("백오프", "ko")).toEqual(ids("backoff", "ko"));
  });

  it("finds taints and tolerations through their kin", () => {
    for (const q of ["taint", "테인트", "toleration"]) expect(ids(q), q).toEqual(expect.arrayContaining(["node-lost"]));
  });

  it("narrows with every word and finds nothing for nonsense", () => {
    expect(ids("grpc")).toContain("grpc-liveness");
    expect(ids("grpc liveness").length).toBeLessThanOrEqual(ids("grpc").length);
    expect(ids("no such lesson at all")).toEqual([]);
  });
});
