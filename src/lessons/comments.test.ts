import { describe, expect, it } from "vitest";
import { loadAll } from "js-yaml";
import { LESSONS } from "./index";
import { commentBlocks, commentTexts, lessonVariantYaml, lessonYaml, trailingComments, translateComments } from "./comments";
import { simulate } from "../engine/simulate";

describe("lesson scenarios' comments in Korean", () => {
  it("every comment of every lesson's scenario (and variant) has a Korean translation, and every translation has its comment", () => {
    for (const l of LESSONS) {
      const blocks = [...commentTexts(l.yaml), ...commentTexts(l.variant ?? "")];
      const ko = l.comments?.ko ?? {};
      for (const b of blocks) expect(ko[b], `${l.id}: no Korean for the comment "${b}"`).toBeTruthy();
      for (const k of Object.keys(ko)) expect(blocks, `${l.id}: comments.ko has "${k}", which no comment of its scenario says`).toContain(k);
    }
  });

  it("the Korean scenario differs only in its comments: same lines, same manifests", () => {
    for (const l of LESSONS) {
      for (const [en, ko] of [[l.yaml, lessonYaml(l, "ko")], [l.variant, lessonVariantYaml(l, "ko")]] as const) {
        if (en === undefined || ko === undefined) continue;
        expect(ko.split("\n").length, l.id).toBe(en.split("\n").length);
        expect(loadAll(ko), l.id).toEqual(loadAll(en));
        // A changed line is a comment, or the same code with its comment at the end translated.
        const trailing = new Map(trailingComments(en).map((c) => [c.line, c.at]));
        const changed = en.split("\n").map((line, i) => [line, ko.split("\n")[i], i] as const).filter(([a, b]) => a !== b);
        for (const [a, b, i] of changed) {
          const at = trailing.get(i);
          expect((/^\s*#/.test(a) && /^\s*#/.test(b)) || (at !== undefined && a.slice(0, at) === b.slice(0, at)), `${l.id}: "${a}" → "${b}"`).toBe(true);
        }
        if (commentBlocks(en).length) expect(ko, l.id).not.toBe(en);
      }
      expect(lessonYaml(l, "en")).toBe(l.yaml);
    }
  });

  it("a comment-only change leaves the simulation as it was", () => {
    for (const id of ["startup-probe", "readiness-service"]) {
      const l = LESSONS.find((x) => x.id === id)!;
      expect(JSON.stringify(simulate(lessonYaml(l, "ko")).trace), id).toBe(JSON.stringify(simulate(l.yaml).trace));
    }
  });

  it("a translation spreads over the block's own lines and leaves code and other comments alone", () => {
    const yaml = "# one\n# two\nkind: Pod # trailing\n  # other\n";
    expect(translateComments(yaml, { "one two": "하나\n둘" })).toBe("# 하나\n# 둘\nkind: Pod # trailing\n  # other\n");
    expect(translateComments(yaml, { "one two": "하나" })).toBe("# 하나\n#\nkind: Pod # trailing\n  # other\n");
    expect(translateComments(yaml, { "one two": "가\n나\n다" })).toBe("# 가\n# 나 다\nkind: Pod # trailing\n  # other\n");
  });
});
