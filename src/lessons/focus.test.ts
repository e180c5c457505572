import { describe, expect, it } from "vitest";
import { LESSONS } from "./index";
import { simulate } from "../engine/simulate";
import { podAt } from "../app/lessons/podAt";

// A moment that points the page somewhere must point at something that is there, and a lesson
// whose text sends the learner to a view or a kubectl command must take them there.
describe("lesson moments drive the page", () => {
  for (const lesson of LESSONS) {
    it(`${lesson.id}: every focused pod exists at its moment`, () => {
      const focused = lesson.moments.filter((m) => m.focus?.pod);
      if (!focused.length) return;
      const trace = simulate(lesson.yaml).trace;
      for (const m of focused) expect(podAt(trace, m.t, m.focus!.pod!, m.focus!.namespace), `${lesson.id} at ${m.t}s: ${m.focus!.pod}`).toBeDefined();
    });
  }

  it("a lesson that says to watch the node map shows it at a moment", () => {
    const sendsToMap = LESSONS.filter((l) => /node map/i.test(l.text.en.watch));
    expect(sendsToMap.length).toBeGreaterThan(0);
    for (const l of sendsToMap) expect(l.moments.some((m) => m.focus?.view === "nodemap"), l.id).toBe(true);
  });

  it("a lesson that says to read describe pod or get events opens that tab at a moment", () => {
    for (const l of LESSONS) {
      const w = l.text.en.watch;
      if (/describe pod/i.test(w)) expect(l.moments.some((m) => m.focus?.kubectl === "describe"), l.id).toBe(true);
      if (/get events/i.test(w)) expect(l.moments.some((m) => m.focus?.kubectl === "events"), l.id).toBe(true);
      if (/kubectl logs/i.test(w)) expect(l.moments.some((m) => m.focus?.kubectl === "logs"), l.id).toBe(true);
    }
  });

  it("a moment that leaves the timeline is followed by one that says where to look", () => {
    // Stepping back from a node-map moment to a timeline moment must not leave the map up by accident.
    for (const l of LESSONS) {
      const views = l.moments.map((m) => m.focus?.view);
      const first = views.findIndex((v) => v === "nodemap");
      if (first < 0) continue;
      for (let i = first; i < views.length; i++) expect(views[i], `${l.id} moment ${i}`).toBeDefined();
    }
  });
});
