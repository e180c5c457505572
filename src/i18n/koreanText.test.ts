import { describe, expect, it } from "vitest";
import { loadAll } from "js-yaml";
import { GLOSSARY } from "./glossary";
import { checkKorean, describeFinding, scenarioWords } from "./koreanCheck";
import { LESSONS } from "../lessons";
import { CHALLENGES } from "../challenges";
import { COURSE } from "../course/course";
import { commentTexts } from "../lessons/comments";

// Every Korean text podplay shows, with where it lives and the names its scenario gives.
interface KoText {
  where: string;
  text: string;
  context?: Set<string>;
}

/** Every string under `node`, with its path (answers and other numbers are skipped). */
function strings(node: unknown, path: string): Array<[string, string]> {
  if (typeof node === "string") return [[path, node]];
  if (Array.isArray(node)) return node.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (node && typeof node === "object") return Object.entries(node).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

/** Every `ko` string in a parsed document (challenges keep their text as {en, ko} pairs). */
function koStrings(node: unknown, path: string): Array<[string, string]> {
  if (Array.isArray(node)) return node.flatMap((v, i) => koStrings(v, `${path}[${i}]`));
  if (node && typeof node === "object") {
    return Object.entries(node).flatMap(([k, v]) => (k === "ko" && typeof v === "string" ? [[`${path}.ko`, v] as [string, string]] : koStrings(v, `${path}.${k}`)));
  }
  return [];
}

const stringModules = import.meta.glob<Record<string, unknown>>(["../app/**/strings.ts", "../app/**/strings.ko.ts", "../app/**/*Strings.ts"], { eager: true });

function allKoreanTexts(): KoText[] {
  const out: KoText[] = [];
  for (const l of LESSONS) {
    const context = scenarioWords(l.yaml + "\n" + (l.variant ?? ""));
    // A question's text may also name what its own manifest (the code block shown with it) names.
    const withManifest = (q: { manifest?: string }) => (q.manifest ? new Set([...context, ...scenarioWords(q.manifest)]) : context);
    const { questions, ...rest } = l.text.ko;
    for (const [where, text] of strings(rest, `lesson ${l.id} text.ko`)) out.push({ where, text, context });
    for (const [i, q] of questions.entries()) for (const [where, text] of strings(q, `lesson ${l.id} text.ko.questions[${i}]`)) out.push({ where, text, context: withManifest(q) });
    for (const [where, text] of strings(l.comments?.ko ?? {}, `lesson ${l.id} comments.ko`)) out.push({ where, text, context });
  }
  for (const c of CHALLENGES) {
    const context = scenarioWords(c.yaml + "\n" + c.answer);
    out.push({ where: `challenge ${c.id} title.ko`, text: c.title.ko, context });
    const docs = loadAll(c.yaml) as Array<{ kind?: string }>;
    for (const doc of docs) if (doc?.kind === "Challenge") for (const [where, text] of koStrings(doc, `challenge ${c.id}`)) out.push({ where, text, context });
    for (const [where, text] of strings(c.comments?.ko ?? {}, `challenge ${c.id} comments.ko`)) out.push({ where, text, context });
    for (const [i, line] of c.yaml.split("\n").entries()) if (/#.*[\uAC00-\uD7A3]/.test(line)) out.push({ where: `challenge ${c.id} yaml line ${i + 1}`, text: line.replace(/^[^#]*#/, ""), context });
  }
  for (const s of COURSE) out.push({ where: `course section ${s.id} title.ko`, text: s.title.ko });
  for (const [file, mod] of Object.entries(stringModules)) {
    for (const [name, table] of Object.entries(mod)) {
      // A table with both languages ({en, ko}), or the Korean half of one (strings.ko.ts).
      const ko = file.endsWith(".ko.ts") ? (table as Record<string, string>) : (table as { ko?: Record<string, string> })?.ko;
      if (!ko || typeof ko !== "object") continue;
      for (const [key, text] of Object.entries(ko)) out.push({ where: `${file.replace("../", "src/")} ${name} ${key}`, text });
    }
  }
  return out;
}

describe("Korean text follows the glossary (kubernetes.io/ko terms)", () => {
  const texts = allKoreanTexts();

  it("finds the texts it is meant to check", () => {
    const kinds = (p: string) => texts.filter((t) => t.where.startsWith(p)).length;
    expect(kinds("lesson ")).toBeGreaterThan(LESSONS.length * 10);
    expect(kinds("challenge ")).toBeGreaterThan(CHALLENGES.length * 4);
    expect(kinds("course ")).toBe(COURSE.length);
    expect(texts.filter((t) => t.where.includes("comments.ko")).length).toBeGreaterThanOrEqual(LESSONS.length + CHALLENGES.length);
    expect(texts.filter((t) => t.where.includes("app/explain/strings.ts")).length).toBeGreaterThan(200);
    expect(texts.filter((t) => t.where.includes("schedulingStrings")).length).toBeGreaterThan(5);
    expect(texts.filter((t) => t.where.includes("app/lessons/strings.ko.ts")).length).toBeGreaterThan(20);
    expect(texts.filter((t) => t.where.includes("app/shell/strings.ko.ts")).length).toBeGreaterThan(50);
  });

  it("every comment of every built-in challenge (its start and its answer) has a Korean translation", () => {
    const missing = CHALLENGES.flatMap((c) => [...new Set([...commentTexts(c.yaml), ...commentTexts(c.answer)])].filter((text) => !c.comments?.ko[text]).map((text) => `${c.id}: ${text}`));
    expect(missing).toEqual([]);
  });

  it("no Korean text uses an off-glossary term or leaves English prose in it", () => {
    const problems = texts.flatMap((t) => checkKorean(t.text, t.context).map((f) => describeFinding(t.where, f)));
    expect(problems).toEqual([]);
  });

  it("the check fails on an off-glossary term and on English prose, and passes identifiers and quotes", () => {
    expect(checkKorean("Liveness 프로브가 세 번 실패합니다.").map((f) => f.use)).toEqual(["활성 프로브"]);
    expect(checkKorean("파드 phase가 Running입니다.").map((f) => f.use)).toContain("단계");
    expect(checkKorean("노드에 taint를 추가합니다.").map((f) => f.use)).toContain("테인트");
    expect(checkKorean("중요한 순간마다 멈춥니다.").map((f) => f.use)).toEqual(["주요 순간"]);
    expect(checkKorean("web-2가 not ready로 표시됩니다.").map((f) => f.found)).toContain("not ready");
    expect(checkKorean("web-2 unready").map((f) => f.found)).toContain("unready");
    expect(checkKorean("컨테이너가 crash loop에 빠집니다.").map((f) => f.found)).toEqual(["crash", "loop"]);
    expect(checkKorean("이름이 special인 파드", new Set(["special"]))).toEqual([]);
    // The reason and kubectl STATUS "Evicted" is output; eviction as a word in prose is not.
    expect(checkKorean("STATUS가 Evicted인 파드")).toEqual([]);
    expect(checkKorean("파드가 evicted 됩니다").map((f) => f.use)).toEqual(["축출"]);
    // The scenario's container "liveness" may be named; the word as a noun in prose may not.
    expect(checkKorean("agnhost의 liveness 모드와 liveness 컨테이너", new Set(["liveness"]))).toEqual([]);
    expect(checkKorean("liveness가 계속 죽입니다", new Set(["liveness"])).map((f) => f.use)).toEqual(["활성 프로브"]);
    // A URL in a code span ends at its backtick: the code spans after it still pair up.
    expect(checkKorean("문서 `https://kubernetes.io/ko/docs/` 와 `podplay check` 명령을 보세요.")).toEqual([]);
    expect(
      checkKorean("kubelet이 restartPolicy: OnFailure에 따라 web-2를 재시작하고 READY가 0/1이 됩니다. kubectl drain과 --previous, “back-off 10s” 메시지, status.phase, 500m, node.kubernetes.io/not-ready 테인트."),
    ).toEqual([]);
  });

  it("each glossary entry has a Korean term, a source page and a definition in both languages; no avoid variant is itself a glossary term", () => {
    const ids = new Set<string>();
    for (const e of GLOSSARY) {
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
      expect(e.ko && e.en && e.define.en && e.define.ko, e.id).toBeTruthy();
      expect(e.source === "podplay" || e.source.startsWith("/ko/docs/"), e.id).toBe(true);
      for (const other of GLOSSARY) expect(checkKorean(other.ko).filter((f) => f.kind === "avoid"), `${other.id} vs ${e.id}`).toEqual([]);
      expect(checkKorean(e.define.ko), e.id).toEqual([]);
    }
  });
});
