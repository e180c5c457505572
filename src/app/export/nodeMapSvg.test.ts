import { describe, expect, it } from "vitest";
import { simulate } from "../../engine/simulate";
import { registerStrings, t } from "../i18n";
import { layoutNodeMap } from "../nodemap/layout";
import { nodeMapAt, nodeMapIndex } from "../nodemap/model";
import { nodemapStrings } from "../nodemap/strings";
import { bigScenario } from "../nodemap/testing";
import { nodeMapSvg, PALETTE_KEYS } from "./nodeMapSvg";

registerStrings(nodemapStrings);
const palette = Object.fromEntries(PALETTE_KEYS.map((k, i) => [k, `#${(0x100000 + i * 4099).toString(16).slice(-6)}`]));

function render(text: string, at: number, locale: "en" | "ko" = "en") {
  const trace = simulate(text, { until: 180 }).trace;
  const ix = nodeMapIndex(trace);
  const state = nodeMapAt(trace, at);
  const layout = layoutNodeMap(state.nodes.map((n) => n.name), (n) => ix.peakPods.get(n) ?? 0, ix.peakUnscheduled, 1028);
  return { state, svg: nodeMapSvg({ state, layout, palette, tr: (k, v) => t(locale, k, v), title: "Node map <test> & co" }) };
}

describe("node map SVG", () => {
  const { state, svg } = render(bigScenario(3, 2, 3), 120);

  it("is a standalone SVG document with an escaped title and a background", () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain("<title>Node map &lt;test&gt; &amp; co</title>");
    expect(svg).toContain(`fill="${palette.bg}"`);
    expect(svg).not.toContain("var(");
    expect(svg.trim().endsWith("</svg>")).toBe(true);
  });

  it("draws every node and every live pod, in its class colours", () => {
    for (const n of state.nodes) expect(svg).toContain(`aria-label="${n.name}"`);
    const pods = state.nodes.flatMap((n) => n.pods).filter((p) => !p.leaving);
    expect(pods.length).toBeGreaterThan(0);
    for (const p of pods) expect(svg).toContain(`Pod ${p.name}`);
    expect(svg).toContain(`fill="${palette["ready-fill"]}"`);
  });

  it("shows the node that went down as NotReady", () => {
    const down = state.nodes.find((n) => !n.ready);
    expect(down?.name).toBe("node-000");
    expect(svg).toContain("NotReady");
    expect(svg).toContain(`stroke="${palette.down}"`);
  });

  it("writes Korean words in the Korean UI", () => {
    const ko = render(bigScenario(1, 1, 1, false), 60, "ko").svg;
    expect(ko).toContain(t("ko", "nodemap.unscheduled"));
  });
});
