import { createElement } from "react";
import { createRoot } from "react-dom/client";
import { KUBERNETES_VERSION } from "../../engine/api/types";
import { selectRevealUntil, useStore } from "../../state/store";
import { t as translate } from "../i18n";
import { kubectlIndex } from "../kubectl/kubectlText";
import { formatClock } from "../playback/formatClock";
import Timeline from "../timeline/Timeline";
import { downloadBlob } from "./download";
import { exportFileName, scenarioName, type ExportKind } from "./fileNames";
import { nodeMapSvg, PALETTE_KEYS, type Palette } from "./nodeMapSvg";
import { svgToPng } from "./png";
import { timelineSvg, type TimelineSvg } from "./timelineSvg";
import { describeTarget, kubectlTranscript } from "./transcript";

/**
 * Runs one export and saves the file. Loaded on first use (the export menu imports it lazily), so
 * none of this is in the first chunk. Throws `ExportProblem` with a string key for problems the
 * learner can act on.
 */
export class ExportProblem extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor<T>(probe: () => T | undefined, ms: number): Promise<T | undefined> {
  const end = performance.now() + ms;
  for (;;) {
    const v = probe();
    if (v !== undefined || performance.now() > end) return v;
    await sleep(30);
  }
}

/** The timeline on the page, or one rendered off-screen (whole run, 1200 px wide) when another view is shown. */
async function renderTimeline(title: string): Promise<TimelineSvg | undefined> {
  const trace = useStore.getState().view?.trace;
  if (!trace) return undefined;
  const live = [...document.querySelectorAll<HTMLElement>(".tl")].find((el) => el.offsetParent !== null);
  const until = selectRevealUntil(useStore.getState());
  if (live) return timelineSvg(live, trace, title, until);
  const host = document.createElement("div");
  host.setAttribute("aria-hidden", "true");
  host.inert = true;
  Object.assign(host.style, { position: "fixed", left: "-20000px", top: "0", width: "1200px", height: "800px", display: "flex" });
  document.body.append(host);
  const root = createRoot(host);
  try {
    root.render(createElement(Timeline));
    const ready = await waitFor(() => {
      const tl = host.querySelector<HTMLElement>(".tl");
      const body = host.querySelector<HTMLElement>(".tl-body");
      const svg = host.querySelector("svg.tl-svg");
      if (tl && tl.querySelector(".tl-empty") && !svg) return tl;
      if (!tl || !body || !svg || !host.querySelector(".tl-axis .tick")) return undefined;
      return Math.abs(Number(svg.getAttribute("width")) - (body.clientWidth - (host.querySelector<HTMLElement>(".tl-labels")?.offsetWidth ?? 180))) < 2 ? tl : undefined;
    }, 4000);
    return ready ? timelineSvg(ready, trace, title, until) : undefined;
  } finally {
    root.unmount();
    host.remove();
  }
}

/** The node map's `--nm-*` colours in the current theme (nodemap.css is loaded with the node map's chunk). */
function nodeMapPalette(): Palette {
  const probe = document.createElement("div");
  probe.className = "nm";
  probe.style.display = "none";
  document.body.append(probe);
  const cs = getComputedStyle(probe);
  const palette = Object.fromEntries(PALETTE_KEYS.map((k) => [k, cs.getPropertyValue(`--nm-${k}`).trim()]));
  probe.remove();
  return palette;
}

async function renderNodeMap(title: string): Promise<TimelineSvg> {
  // The node map's chunk brings its stylesheet (colours) and its strings.
  await import("../nodemap/NodeMap");
  const { nodeMapIndex, nodeMapFromIndex } = await import("../nodemap/model");
  const { layoutNodeMap } = await import("../nodemap/layout");
  const s = useStore.getState();
  const trace = s.view!.trace;
  const ix = nodeMapIndex(trace);
  const state = nodeMapFromIndex(ix, s.t);
  const live = document.querySelector<HTMLElement>(".nm-scroll");
  const width = live && live.offsetParent !== null ? Math.max(200, live.clientWidth - 16) : 1028;
  const layout = layoutNodeMap(
    state.nodes.map((n) => n.name),
    (n) => ix.peakPods.get(n) ?? 0,
    ix.peakUnscheduled,
    width,
  );
  const sel = s.selection && s.selection.kind !== "entry" ? `${s.selection.namespace}/${s.selection.pod}` : undefined;
  const tr = (key: string, vars?: Record<string, string | number>) => translate(s.locale, key, vars);
  const svg = nodeMapSvg({ state, layout, palette: nodeMapPalette(), tr, title, selected: sel, fontFamily: getComputedStyle(document.body).fontFamily });
  const m = /width="(\d+)" height="(\d+)"/.exec(svg);
  return { svg, width: Number(m?.[1] ?? layout.width), height: Number(m?.[2] ?? layout.height) };
}

/** Builds the file for `kind` from the current state and saves it; returns the file name. */
export async function runExport(kind: ExportKind): Promise<string> {
  const s = useStore.getState();
  const name = exportFileName(kind, s.text, s.t);
  if (kind === "scenario-yaml") {
    downloadBlob(new Blob([s.text], { type: "application/yaml;charset=utf-8" }), name);
    return name;
  }
  const trace = s.view?.trace;
  if (!trace) throw new ExportProblem("export.nothing");
  const tr = (key: string, vars?: Record<string, string | number>) => translate(s.locale, key, vars);
  const scenario = scenarioName(s.text);
  const time = formatClock(s.t);
  if (kind === "kubectl-txt") {
    const idx = kubectlIndex(trace);
    const text = kubectlTranscript(idx, s.t, describeTarget(idx, s.t, s.selection), [tr("export.transcriptHeader", { scenario, version: KUBERNETES_VERSION, time })]);
    downloadBlob(new Blob([text], { type: "text/plain;charset=utf-8" }), name);
    return name;
  }
  const pic = kind.startsWith("timeline") ? await renderTimeline(tr("export.timelineTitle", { scenario })) : await renderNodeMap(tr("export.nodemapTitle", { scenario, time }));
  if (!pic) throw new ExportProblem("export.noPods");
  const blob = kind.endsWith("svg") ? new Blob([pic.svg], { type: "image/svg+xml;charset=utf-8" }) : await svgToPng(pic.svg, pic.width, pic.height);
  downloadBlob(blob, name);
  return name;
}
