import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createElement, type FunctionComponent } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { simulate } from "../../engine/simulate";
import { useStore } from "../../state/store";
import { bigScenario } from "./testing";
import { contrast, themeVars } from "../testing/contrast";

// Loaded by a computed path: tsconfig.node.json type-checks tests without JSX, so a static import
// of the .tsx component would not compile there (Vitest transforms it either way).
const COMPONENT = "./NodeMap.tsx";
const NodeMap = ((await import(/* @vite-ignore */ COMPONENT)) as { default: FunctionComponent }).default;

const DIR = fileURLToPath(new URL("./", import.meta.url));
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

describe("colours", () => {
  const css = readFileSync(DIR + "nodemap.css", "utf8");
  for (const [name, selector] of [
    ["light", ".nm"],
    ["dark", '[data-theme="dark"] .nm'],
  ] as const) {
    it(`${name} theme: text ≥ 4.5:1, outlines and glyphs ≥ 3:1`, () => {
      const v = themeVars(css, selector, "nm");
      expect(Object.keys(v).length).toBeGreaterThan(25);
      const fills = Object.keys(v).filter((k) => k.endsWith("-fill"));
      for (const k of ["--nm-bg", "--nm-box", ...fills]) expect(contrast(v["--nm-fg"], v[k]), `fg on ${k}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(v["--nm-muted"], v["--nm-bg"])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(v["--nm-muted"], v["--nm-box"])).toBeGreaterThanOrEqual(4.5);
      for (const f of fills) {
        const line = f.replace(/-fill$/, "");
        expect(contrast(v[line], v[f]), `${line} on ${f}`).toBeGreaterThanOrEqual(3);
      }
      for (const k of ["--nm-border", "--nm-bar", "--nm-bar-high", "--nm-selected", "--nm-focus", "--nm-down"]) {
        expect(contrast(v[k], v["--nm-box"]), `${k} on box`).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

// A server render reads zustand's initial state (useSyncExternalStore's server snapshot), so the
// tests write into that object and restore it afterwards.
const initial = { ...useStore.getInitialState() };
const setServerState = (s: Partial<typeof initial>) => Object.assign(useStore.getInitialState(), s);

describe("NodeMap markup (server render)", () => {
  afterEach(() => setServerState(initial));
  const trace = simulate(readFileSync(ROOT + "fidelity/cases/cluster/40-node-failure-eviction/manifest.yaml", "utf8"), { until: 480 }).trace;
  const show = (t: number, locale: "en" | "ko" = "en") => {
    setServerState({ view: { trace, errors: [], infos: [], wallMs: 0, text: "" }, t, locale, selection: { kind: "pod", namespace: "default", pod: "nope" } });
    return renderToStaticMarkup(createElement(NodeMap));
  };

  it("labels the root, each node with its state and counts, and each chip", () => {
    const html = show(420);
    expect(html).toContain('role="group" aria-label="Node map"');
    expect(html).toMatch(/aria-label="Node node-1: NotReady, tainted\. 2 pods, 0 ready\./);
    expect(html).toMatch(/aria-label="Node node-2: Ready\. 2 pods, 2 ready\./);
    expect(html.match(/class="nm-chip nm-terminating/g)).toHaveLength(2);
    expect(html.match(/class="nm-chip nm-ready/g)).toHaveLength(2);
    expect(html).toContain("Unscheduled (0)");
    expect(html).toContain('aria-live="polite"');
  });

  it("is Korean when the locale is", () => {
    const html = show(420, "ko");
    expect(html).toContain('aria-label="노드 맵"');
    expect(html).toContain("노드 node-1: NotReady, 테인트됨");
  });

  it("says so before any run", () => {
    setServerState({ view: undefined });
    expect(renderToStaticMarkup(createElement(NodeMap))).toContain("Nothing simulated yet");
  });

  it("renders 1,000 pods as chips and 1,600 on the canvas layer (prints render times)", () => {
    const big = simulate(bigScenario(100, 20, 50, false), { until: 30 }).trace;
    setServerState({ view: { trace: big, errors: [], infos: [], wallMs: 0, text: "" }, t: 30 });
    const r0 = performance.now();
    const html = renderToStaticMarkup(createElement(NodeMap));
    const r1 = performance.now();
    expect(html.match(/class="nm-chip /g)).toHaveLength(1000);
    expect(html.match(/class="nm-node[ "]/g)).toHaveLength(100);
    expect(html).not.toContain("nm-canvas");

    const huge = simulate(bigScenario(20, 16, 100, false), { until: 20 }).trace;
    setServerState({ view: { trace: huge, errors: [], infos: [], wallMs: 0, text: "" }, t: 20 });
    const r2 = performance.now();
    const html2 = renderToStaticMarkup(createElement(NodeMap));
    const r3 = performance.now();
    expect(html2).toContain('class="nm-canvas"');
    expect(html2).not.toContain('class="nm-chip ');
    expect(html2).toContain("1600 pods are drawn as a picture");
    expect(html2).toContain("CPU requested 8 of 8");
    console.log(`nodemap render (server markup, cold): 100 nodes × 1,000 chips ${(r1 - r0).toFixed(1)} ms; 20 nodes × 1,600 pods (canvas mode, boxes only) ${(r3 - r2).toFixed(1)} ms`);
  });
});
