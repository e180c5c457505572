import { lazy, Suspense, useEffect, useMemo } from "react";
import { KUBERNETES_VERSION } from "../../engine/api/types";
import { selectLocale, useStore } from "../../state/store";
import { scenarioName } from "../export/fileNames";
import { t } from "../i18n";
import { PlaybackBar } from "../playback/PlaybackBar";
import { usePlaybackLoop } from "../playback/usePlaybackLoop";
import { useShortcuts } from "../playback/shortcuts";
import Timeline from "../timeline/Timeline";
import { useSimulation } from "../useSimulation";
import { embedParams, fullAppUrl } from "./embedParams";
import { applyThemeColor } from "../install/themeColor";
import { shareLinkFor } from "../share/shareLinkUrl";
import "./embed.css";

const NodeMap = lazy(() => import("../nodemap/NodeMap"));

/** The full app at a share link of the current state, or the plain full app when it is too large. */
function openInPodplay(s: ReturnType<typeof useStore.getState>): string {
  const base = fullAppUrl(location.href).replace(/[?#].*$/, "");
  const link = shareLinkFor(s, base);
  return link.ok ? link.url : base;
}

/**
 * The embed view (`?embed=1`): a compact title, the playback bar and the timeline (or, with
 * `&view=nodemap`, the node map), for an iframe in slides or a blog post. No editor, no side
 * panels; it still simulates and plays. It never saves: the viewer's own text stays as it was.
 *
 * The scenario is what main.tsx put in the store before the first paint: a share link in the hash
 * (src/app/share, which also brings the link's view), else the text saved in this browser.
 * "Open in podplay" is a share link of what the embed shows, so the full app opens the same
 * scenario anywhere; a scenario too large for a link opens the full app as it is.
 */
export default function EmbedApp() {
  const params = useMemo(() => embedParams(location.search), []);
  const locale = useStore(selectLocale);
  const theme = useStore((s) => s.theme);
  const text = useStore((s) => s.text);
  useSimulation();
  usePlaybackLoop();
  useShortcuts();

  useEffect(() => {
    const patch: Partial<ReturnType<typeof useStore.getState>> = {};
    if (params.lang) patch.locale = params.lang;
    if (params.theme) patch.theme = params.theme;
    useStore.setState(patch);
  }, [params]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dataset.theme = theme;
    applyThemeColor(theme);
  }, [locale, theme]);

  const linkView = useStore((s) => s.mainView);
  const view = params.view ?? linkView;
  const name = scenarioName(text);
  // The link carries the text; the playhead is added when it is followed (it changes every frame).
  const openHref = useMemo(() => openInPodplay(useStore.getState()), [text, locale]);
  return (
    <div className="embed">
      <header className="embed-head">
        <p className="embed-title">
          <span className="embed-brand">podplay</span> <span className="embed-scenario">{name}</span>
          <span className="embed-version">{t(locale, "embed.view", { version: KUBERNETES_VERSION })}</span>
        </p>
        <a className="embed-open" href={openHref} target="_blank" rel="noopener" title={t(locale, "embed.openTitle")} onClick={(e) => (e.currentTarget.href = openInPodplay(useStore.getState()))}>
          {t(locale, "embed.open")} <span aria-hidden="true">↗</span>
        </a>
      </header>
      <PlaybackBar />
      <main className="embed-view" aria-label={t(locale, "embed.label", { scenario: name })}>
        {view === "nodemap" ? (
          <Suspense fallback={null}>
            <NodeMap />
          </Suspense>
        ) : (
          <Timeline />
        )}
      </main>
    </div>
  );
}
