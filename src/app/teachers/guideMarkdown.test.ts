import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { guideMarkdown } from "./guideMarkdown";
import { guideEn } from "./guide.en";
import { guideKo } from "./guide.ko";
import type { Guide } from "./guideTypes";
import { LESSONS } from "../../lessons";
import { CHALLENGES } from "../../challenges";
import { checkKorean, describeFinding } from "../../i18n/koreanCheck";

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
        // The same commands in both languages; only the comments are translated.
        if ("code" in b && "code" in k) expect(withoutComments(k.code)).toBe(withoutComments(b.code));
      }),
    );
  });

  it("names the presenter keys the page really uses", () => {
    // P lives in usePresenterToggle.ts (the first load), the moment keys in usePresenterKeys.ts (presenter mode).
    const src = ["../presenter/usePresenterKeys.ts", "../presenter/usePresenterToggle.ts"].map((f) => readFileSync(new URL(f, import.meta.url), "utf8")).join("\n");
    const keys = guideEn.sections.find((s) => s.id === "presenter")!.blocks.flatMap((b) => ("keys" in b ? b.keys.flatMap(([k]) => k.split(/\s{2,}/)) : []));
    const name: Record<string, string> = { "→": "ArrowRight", "←": "ArrowLeft", Space: " ", Esc: "Escape" };
    for (const k of keys) expect(src, k).toContain(`case "${name[k] ?? k}"`.replace('case "P"', 'e.key === "P"'));
  });

  it("names only lessons, challenges and files that exist", () => {
    for (const g of [guideEn, guideKo]) {
      const text = JSON.stringify(g);
      const links = [...text.matchAll(/#(lesson|challenge)\/([a-z0-9-]+)/g)];
      expect(links.length).toBeGreaterThan(3);
      for (const [link, kind, id] of links) expect((kind === "lesson" ? LESSONS : CHALLENGES).some((x) => x.id === id), link).toBe(true);
      const files = [...text.matchAll(/src\/challenges\/catalogue\/[a-z0-9-]+\.yaml/g)].map(([f]) => f);
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(existsSync(new URL(`../../../${f}`, import.meta.url)), f).toBe(true);
    }
  });

  // koreanText.test.ts checks the app's strings.ts files; the guide's Korean is held to the same rules here.
  it("uses the glossary's Korean terms and no English prose", () => {
    const problems: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (typeof node === "string") problems.push(...checkKorean(node).map((f) => describeFinding(where, f)));
      else if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${where}[${i}]`));
      else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) if (k !== "code" && k !== "id") walk(v, `${where}.${k}`);
    };
    walk(guideKo, "guideKo");
    expect(problems).toEqual([]);
  });
});

/** A shell script without its `  # …` comments. */
function withoutComments(code: string): string {
  return code.replace(/\s+# .*$/gm, "");
}
