import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import { guideMarkdown } from "./guideMarkdown";
import { guideEn } from "./guide.en";
import { guideKo } from "./guide.ko";
import type { Guide } from "./guideTypes";

// docs/teachers.md and docs/teachers.ko.md are the in-app guide as Markdown. After changing the
// guide, `UPDATE_DOCS=1 npx vitest run src/app/teachers/guideMarkdown.test.ts` rewrites them.
const files: Array<[string, Guide]> = [
  ["../../../docs/teachers.md", guideEn],
  ["../../../docs/teachers.ko.md", guideKo],
];

describe("the teachers' guide", () => {
  it.each(files)("%s is the guide as Markdown", (path, guide) => {
    const url = new URL(path, import.meta.url);
    const md = guideMarkdown(guide);
    if (process.env.UPDATE_DOCS) writeFileSync(url, md);
    expect(readFileSync(url, "utf8")).toBe(md);
  });

  it("has the same sections and blocks in both languages", () => {
    const shape = (g: Guide) => g.sections.map((s) => [s.id, s.blocks.map((b) => Object.keys(b)[0])]);
    expect(shape(guideKo)).toEqual(shape(guideEn));
    guideEn.sections.forEach((s, i) =>
      s.blocks.forEach((b, j) => {
        const k = guideKo.sections[i].blocks[j];
        if ("keys" in b && "keys" in k) expect(k.keys.map(([x]) => x)).toEqual(b.keys.map(([x]) => x));
        if ("table" in b && "table" in k) expect(k.table.rows.length).toBe(b.table.rows.length);
        if ("list" in b && "list" in k) expect(k.list.length).toBe(b.list.length);
        if ("steps" in b && "steps" in k) expect(k.steps.length).toBe(b.steps.length);
      }),
    );
  });

  it("names the presenter keys the page really uses", () => {
    const src = readFileSync(new URL("../presenter/usePresenterKeys.ts", import.meta.url), "utf8");
    const keys = guideEn.sections.find((s) => s.id === "presenter")!.blocks.flatMap((b) => ("keys" in b ? b.keys.flatMap(([k]) => k.split(/\s{2,}/)) : []));
    const name: Record<string, string> = { "→": "ArrowRight", "←": "ArrowLeft", Space: " ", Esc: "Escape" };
    for (const k of keys) expect(src, k).toContain(`case "${name[k] ?? k}"`.replace('case "P"', 'e.key === "P"'));
  });
});
