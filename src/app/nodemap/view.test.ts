import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createElement, type FunctionComponent } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { simulate } from "../../engine/simulate";
import { useStore } from "../../state/store";
import { bigScenario, REVEAL_SCENARIO } from "./testing";
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
      // Workload colours: ten of them, each ≥ 3:1 on the box and the page.
      const workloads = Object.keys(v).filter((k) => /^--nm-w\d+$/.test(k));
      expect(workloads).toHaveLength(10);
      for (const k of workloads) {
        expect(contrast(v[k], v["--nm-box"]), `${k} on box`).toBeGreaterThanOrEqual(3);
        expect(contrast(v[k], v["--nm-bg"]), `${k} on bg`).toBeGreaterThanOrEqual(3);
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

  it("draws the pods of the nodes in view only (1,000 nodes × 10 pods: a screenful), with every node counted", () => {
    const big = simulate(bigScenario(100, 20, 50, false), { until: 30 }).trace;
    setServerState({ view: { trace: big, errors: [], infos: [], wallMs: 0, text: "" }, t: 30 });
    const r0 = performance.now();
    const html = renderToStaticMarkup(createElement(NodeMap));
    const r1 = performance.now();
    const chips = html.match(/class="nm-chip /g)?.length ?? 0;
    const nodes = html.match(/class="nm-node[ "]/g)?.length ?? 0;
    // The first band (one screen and one more below it) holds some nodes, not all 100.
    expect(nodes).toBeGreaterThan(0);
    expect(nodes).toBeLessThan(100);
    expect(chips).toBe(nodes * 10);
    expect(html).toMatch(/Drawn: nodes 1–\d+ of 100; scroll for the others\./);
    // The workload legend: 20 Deployments, 11 listed and 9 folded.
    expect(html).toContain("Deployment app-0");
    expect(html).toContain("9 more workloads");
    console.log(`nodemap render (server markup, cold): 100 nodes × 1,000 pods, ${nodes} nodes drawn: ${(r1 - r0).toFixed(1)} ms`);
  });

  it("reveals as it happens: no legend entry, node or chip before its time; the whole run sizes boxes for the run", () => {
    const trace2 = simulate(REVEAL_SCENARIO, {}).trace;
    const at = (t: number, reveal: "asItHappens" | "wholeRun" = "asItHappens") => {
      setServerState({ view: { trace: trace2, errors: [], infos: [], wallMs: 0, text: "" }, t, reveal, lessonId: undefined, presenter: false });
      return renderToStaticMarkup(createElement(NodeMap));
    };
    const early = at(30);
    expect(early).not.toContain("late-visitor");
    expect(early).not.toContain("Pod late-visitor");
    expect(early).not.toContain("node-3");
    const later = at(70);
    expect(later).toContain('aria-label="Pod late-visitor: ');
    expect(later).toContain("Pod late-visitor</li>");
    expect(later).toContain("node-3");
    // Box heights: as it happens, node-1 is sized for its one pod at 30 s; the whole run sizes it for two.
    const h = (html: string) => Number(/aria-label="Node node-1:[^"]*"[^>]*height:(\d+)px/.exec(html)?.[1]);
    expect(h(at(30, "wholeRun"))).toBeGreaterThanOrEqual(h(early));
    expect(at(30, "wholeRun")).toContain("Pod late-visitor</li>");
  });

  it("shows the pod's Ready=False on a lost node, beside kubectl's stale 1/1", () => {
    const trace2 = simulate(REVEAL_SCENARIO, {}).trace;
    setServerState({ view: { trace: trace2, errors: [], infos: [], wallMs: 0, text: "" }, t: 200 });
    const html = renderToStaticMarkup(createElement(NodeMap));
    expect(html).toMatch(/aria-label="Pod web-[a-z0-9-]+: Running, 1\/1 ready; Ready condition False"/);
    expect(html).toContain('<span class="nm-ready-tag">Ready=False</span>');
    // The generated suffix is its own, never-shrinking part.
    expect(html).toMatch(/<span class="nm-name-head">web<\/span><span class="nm-name-tail">-[a-z0-9]+-[a-z0-9]{5}<\/span>/);
  });
});
