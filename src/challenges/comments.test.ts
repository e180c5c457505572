import { describe, expect, it } from "vitest";
import { loadAll } from "js-yaml";
import { CHALLENGES } from "./index";
import { answerText, challengeAnswer, challengeYaml, challengeYamls } from "./comments";
import { commentTexts, trailingComments, translateComments } from "../lessons/comments";

const HANGUL = /[\uAC00-\uD7A3]/;
/** Every line with its comment (full-line or at the end) taken off: what a translation must leave alone. */
const withoutComments = (yaml: string) => {
  const trailing = new Map(trailingComments(yaml).map((c) => [c.line, c.at]));
  return yaml.split("\n").map((line, i) => (/^\s*#/.test(line) ? "#" : trailing.has(i) ? line.slice(0, trailing.get(i)) : line));
};

describe("built-in challenges in Korean: only the comments change", () => {
  for (const c of CHALLENGES) {
    describe(c.id, () => {
      for (const [name, en, ko] of [
        ["start", c.yaml, challengeYaml(c, "ko")],
        ["answer", c.answer, challengeAnswer(c, "ko")],
      ] as const) {
        it(`its ${name}: every comment is translated, every line stays where it is, the documents are the same`, () => {
          expect(commentTexts(en).filter((t) => !c.comments?.ko[t])).toEqual([]);
          expect(ko.split("\n").length).toBe(en.split("\n").length);
          expect(withoutComments(ko)).toEqual(withoutComments(en));
          expect(loadAll(ko)).toEqual(loadAll(en));
          // No English comment is left: each comment line of the Korean text has Hangul in it.
          for (const b of commentTexts(ko)) expect(b, `${c.id} ${name}`).toMatch(HANGUL);
        });
      }

      it("the English reader gets the files as they are; both languages' starts are known", () => {
        expect(challengeYaml(c, "en")).toBe(c.yaml);
        expect(challengeAnswer(c, "en")).toBe(c.answer);
        expect(challengeYamls(c)).toEqual([c.yaml, challengeYaml(c, "ko")]);
        expect(challengeYaml(c, "ko")).not.toBe(c.yaml);
      });

      it("the shown answer differs from the start in the manifests' lines only, in either language", () => {
        for (const locale of ["en", "ko"] as const) {
          const start = challengeYaml(c, locale).split("\n");
          const shown = answerText(c, locale).split("\n");
          // Comment lines the two share are the same text (a translated answer beside a translated start).
          const comments = (lines: string[]) => lines.filter((l) => /^\s*#/.test(l));
          expect(comments(shown).filter((l) => !start.includes(l)), `${c.id} ${locale}`).toEqual([]);
          expect(shown.slice(-10)).toEqual(start.slice(-10));
        }
      });
    });
  }
});

describe("translateComments", () => {
  const yaml = ["# one", "# two", "a: 1   # end of a", 'b: "x # not a comment"', "c: 'y # nor this' # but this", "d: e#f", "  # indented"].join("\n");

  it("finds end-of-line comments outside quotes only", () => {
    expect(trailingComments(yaml).map((t) => t.text)).toEqual(["end of a", "but this"]);
    expect(commentTexts(yaml)).toEqual(["one two", "indented", "end of a", "but this"]);
  });

  it("replaces blocks line for line and end-of-line comments in place; untranslated ones stay", () => {
    const out = translateComments(yaml, { "one two": "하나\n둘", "end of a": "a의 끝", indented: "들여쓰기" });
    expect(out.split("\n")).toEqual(["# 하나", "# 둘", "a: 1   # a의 끝", 'b: "x # not a comment"', "c: 'y # nor this' # but this", "d: e#f", "  # 들여쓰기"]);
    expect(translateComments(yaml, undefined)).toBe(yaml);
  });
});
