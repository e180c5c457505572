import { describe, expect, it } from "vitest";
import { LESSONS } from "./index";
import { DOCS, docsLink } from "../app/explain/docsLinks";

describe("each lesson links its kubernetes.io page in the reader's language", () => {
  it.each(LESSONS.map((l) => [l.id, l] as const))("%s", (_id, lesson) => {
    expect(lesson.docs?.length, `${lesson.id} has no docs link`).toBeGreaterThan(0);
    for (const topic of lesson.docs ?? []) {
      const en = docsLink(topic, "en");
      const ko = docsLink(topic, "ko");
      expect(en.url).toMatch(/^https:\/\/kubernetes\.io\/docs\//);
      // A Korean reader gets the /ko/ page wherever kubernetes.io/ko has one, else the English page.
      if (DOCS[topic].ko) {
        expect(ko.url, topic).toMatch(/^https:\/\/kubernetes\.io\/ko\/docs\//);
        expect(ko.title, topic).toMatch(/[\uAC00-\uD7A3]/);
      } else expect(ko.url).toBe(en.url);
    }
  });

  it("every lesson's main page has a Korean version", () => {
    for (const l of LESSONS) expect(DOCS[l.docs![0]].ko, l.id).toBeDefined();
  });
});
