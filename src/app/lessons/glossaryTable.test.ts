import { createElement, type FunctionComponent } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GLOSSARY } from "../../i18n/glossary";

// Loaded by a computed path: tsconfig.node.json type-checks tests without JSX (see nodemap/view.test.ts).
const COMPONENT = "./GlossaryTable.tsx";
const { GlossaryTable, glossaryMatches } = (await import(/* @vite-ignore */ COMPONENT)) as {
  GlossaryTable: FunctionComponent<{ locale: "en" | "ko"; query: string }>;
  glossaryMatches: (e: (typeof GLOSSARY)[number], q: string) => boolean;
};

describe("the glossary in the lesson gallery", () => {
  it("shows every term in both languages, the meaning in the reader's language and a link to its kubernetes.io/ko page", () => {
    const ko = renderToStaticMarkup(createElement(GlossaryTable, { locale: "ko", query: "" }));
    expect(ko).toContain("용어집");
    expect(ko).toContain("활성 프로브(liveness probe)");
    expect(ko).toContain('href="https://kubernetes.io/ko/docs/concepts/configuration/liveness-readiness-startup-probes/"');
    expect(ko).toContain("실패하면 kubelet이 컨테이너를 죽이고 다시 시작합니다.");
    expect(ko.match(/<tr data-term=/g)?.length).toBe(GLOSSARY.length);
    const en = renderToStaticMarkup(createElement(GlossaryTable, { locale: "en", query: "" }));
    expect(en).toContain("Fails → the kubelet kills and restarts the container.");
  });

  it("follows the gallery's search in either language", () => {
    expect(GLOSSARY.filter((e) => glossaryMatches(e, "테인트")).map((e) => e.id)).toContain("taint");
    expect(GLOSSARY.filter((e) => glossaryMatches(e, "grace")).map((e) => e.id)).toEqual(["gracePeriod"]);
    expect(renderToStaticMarkup(createElement(GlossaryTable, { locale: "en", query: "zzz" }))).toBe("");
  });
});
