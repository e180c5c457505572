import { lazy, Suspense, useEffect, useState } from "react";
import { useStore, selectLocale, selectRevealing } from "../state/store";
import { play, setEditorCollapsed, setMainView, setText } from "../state/actions";
import { t } from "./i18n";
import { Header } from "./shell/Header";
import { ShareBanner } from "./share/ShareBanner";
import { PersistNotice } from "./persist/PersistNotice";
import { SplitPane } from "./shell/SplitPane";
import { StatusBar } from "./shell/StatusBar";
import { Interventions } from "./shell/Interventions";
import { PlaybackBar } from "./playback/PlaybackBar";
import { HelpOverlay } from "./playback/HelpOverlay";
import { usePlaybackLoop } from "./playback/usePlaybackLoop";
import { useShortcuts } from "./playback/shortcuts";
import { usePersistence } from "./persistence";
import { useSimulation } from "./useSimulation";
import KubectlPanel from "./kubectl/KubectlPanel";
import ServicesPanel from "./services/ServicesPanel";
import Timeline from "./timeline/Timeline";
import EditorFallback from "./editor/EditorFallback";
import { setEditorApi } from "./editorBridge";
import { isAudienceWindow, useAudienceLink } from "./presenter/audienceState";
import { usePresenterToggle } from "./presenter/usePresenterToggle";
import { TeachersRoute } from "./teachers/TeachersLink";
import { useCompare } from "./compare/compareState";
import { ExportMenu } from "./export/ExportMenu";
import { FileDrop } from "./dropFile/FileDrop";
import { FileButtons, useFileShortcuts } from "./files/FileButtons";
import { LessonSlot, selectSidePanel } from "./lessons/LessonSlot";
import { useMediaQuery } from "./shell/useMediaQuery";
import { useAfterFirstPicture } from "./shell/useAfterFirstPicture";

/** Below this width the page is one scrolling column and the editor sits behind a tab. */
const PHONE = "(max-width: 760px)";

// Monaco is big: it loads after the first paint, in its own chunk.
const YamlEditor = lazy(() => import("./editor/YamlEditor"));
// The explanations (and their long texts in two languages) load after the first paint too.
const WhyPanel = lazy(() => import("./explain/WhyPanel"));
const NodeMap = lazy(() => import("./nodemap/NodeMap"));
const CompareView = lazy(() => import("./compare/CompareView"));
// Presenter mode (its bar, keys, predict overlay and the audience link) loads when it is turned on.
const PresenterLayer = lazy(() => import("./presenter/PresenterLayer"));

export function App() {
  // A projector's window (src/app/presenter/audienceLink.ts): decided before the first render, for the page's life.
  const [audience] = useState(isAudienceWindow);
  usePersistence(!audience);
  useSimulation();
  usePlaybackLoop();
  useShortcuts();
  useFileShortcuts();
  usePresenterToggle();
  const presenter = useStore((s) => s.presenter) || audience;
  // Until the teacher's window first speaks, an audience window has nothing to show but that it waits.
  const waiting = useAudienceLink((s) => s.role === "audience" && !s.everHeard);
  const phone = useMediaQuery(PHONE);
  return (
    <div className={["app", presenter && "presenter", audience && "audience", waiting && "waiting", phone && "phone"].filter(Boolean).join(" ")}>
      <SkipLink />
      <Header />
      <main className="app-main">
        <ShareBanner />
        <PersistNotice />
        <PlaybackBar />
        {presenter && (
          <Suspense fallback={null}>
            <PresenterLayer />
          </Suspense>
        )}
        {phone ? <PhoneLayout /> : <SplitPane left={<LeftPane />} right={<Views />} />}
      </main>
      <HelpOverlay />
      {!audience && <FileDrop />}
      {!audience && <TeachersRoute />}
    </div>
  );
}

type LeftTab = "lesson" | "editor";

/**
 * The left column: the editor, and while a lesson is open the lesson's text beside it behind a
 * tab, so the Why, Services and scheduling panels keep their room on the right. It folds away.
 */
function LeftPane() {
  const locale = useStore(selectLocale);
  const lessonId = useStore(selectSidePanel);
  const isChallenge = useStore((s) => !s.lessonId && (!!s.challengeView || !!s.challenge));
  const opened = useStore((s) => s.lessonId ?? s.challenge?.source);
  const collapsed = useStore((s) => s.editorCollapsed);
  const [tab, setTab] = useState<LeftTab>("lesson");
  // A newly opened lesson or challenge shows its text first.
  useEffect(() => setTab("lesson"), [opened]);
  if (collapsed) {
    return (
      <div className="left-rail">
        <button type="button" className="unfold" aria-expanded={false} aria-controls="left-pane" onClick={() => setEditorCollapsed(false)} title={t(locale, "shell.showEditor")}>
          <span aria-hidden="true">▸</span> <span className="rail-label">{t(locale, lessonId ? "shell.showLessonEditor" : "shell.showEditor")}</span>
        </button>
      </div>
    );
  }
  const tabs: Array<{ id: LeftTab; label: string }> = lessonId
    ? [
        { id: "lesson", label: t(locale, isChallenge ? "challenges.panel" : "shell.leftLesson") },
        { id: "editor", label: t(locale, "shell.leftEditor") },
      ]
    : [];
  const shown: LeftTab = lessonId ? tab : "editor";
  return (
    <div className="left" id="left-pane">
      <div className="left-bar">
        {tabs.length > 0 && (
          <div role="tablist" aria-label={t(locale, "shell.leftTabs")} className="left-tabs">
            {tabs.map((x) => (
              <button key={x.id} type="button" role="tab" id={`left-${x.id}`} aria-selected={shown === x.id} aria-controls={`left-panel-${x.id}`} onClick={() => setTab(x.id)}>
                {x.label}
              </button>
            ))}
          </div>
        )}
        <span className="spacer" />
        <FileButtons />
        <button type="button" className="fold" aria-expanded={true} aria-controls="left-pane" onClick={() => setEditorCollapsed(true)} title={t(locale, "shell.hideEditor")}>
          <span aria-hidden="true">◂</span> {t(locale, "shell.hideEditorShort")}
        </button>
      </div>
      {lessonId && (
        <div className="left-lesson" id="left-panel-lesson" role="tabpanel" aria-labelledby="left-lesson" hidden={shown !== "lesson"}>
          <LessonSlot />
        </div>
      )}
      <div className="left-editor" id="left-panel-editor" role={lessonId ? "tabpanel" : undefined} aria-labelledby={lessonId ? "left-editor" : undefined} hidden={shown !== "editor"}>
        <EditorArea />
      </div>
    </div>
  );
}

type PhoneTab = "story" | "editor";

/** A phone: one scrolling column (lesson text, timeline, kubectl, why); the editor behind a tab. */
function PhoneLayout() {
  const locale = useStore(selectLocale);
  const [tab, setTab] = useState<PhoneTab>("story");
  return (
    <div className="phone-body">
      <div role="tablist" aria-label={t(locale, "shell.leftTabs")} className="phone-tabs">
        {(["story", "editor"] as const).map((x) => (
          <button key={x} type="button" role="tab" id={`phone-${x}`} aria-selected={tab === x} aria-controls={`phone-panel-${x}`} onClick={() => setTab(x)}>
            {t(locale, x === "story" ? "shell.phoneStory" : "shell.leftEditor")}
          </button>
        ))}
      </div>
      <div id="phone-panel-story" role="tabpanel" aria-labelledby="phone-story" hidden={tab !== "story"} className="phone-story">
        <LessonSlot />
        <Views />
      </div>
      <div id="phone-panel-editor" role="tabpanel" aria-labelledby="phone-editor" hidden={tab !== "editor"} className="phone-editor">
        {tab === "editor" && (
          <>
            <div className="phone-file-bar">
              <FileButtons />
            </div>
            <EditorArea />
          </>
        )}
      </div>
    </div>
  );
}

function EditorArea() {
  const locale = useStore(selectLocale);
  const text = useStore((s) => s.text);
  const theme = useStore((s) => s.theme);
  const diagnostics = useStore((s) => s.diagnostics);
  const infos = useStore((s) => s.infos);
  const fields = useStore((s) => s.editorFields);
  // Monaco's chunk is large and its start-up holds the main thread: it loads once the first
  // picture is painted (or the first run ended without one), so the timeline is not kept waiting.
  const afterPaint = useAfterFirstPicture();
  const fallback = <EditorFallback value={text} onChange={setText} locale={locale} />;
  return (
    <section className="editor-area" aria-label={t(locale, "shell.editorRegion")}>
      {afterPaint ? (
        <Suspense fallback={fallback}>
          <YamlEditor value={text} onChange={setText} diagnostics={[...diagnostics, ...infos]} theme={theme} locale={locale} highlightFields={fields} onReady={setEditorApi} />
        </Suspense>
      ) : (
        fallback
      )}
    </section>
  );
}

/** Keyboard users can jump past the editor to the views. */
function SkipLink() {
  const locale = useStore(selectLocale);
  return (
    <a className="skip" href="#views">
      {t(locale, "shell.skipToViews")}
    </a>
  );
}

function WhyPlaceholder() {
  const locale = useStore(selectLocale);
  return <section className="why" role="region" aria-label={t(locale, "shell.why")} />;
}

/** The timeline and the node map share the upper area; a tab switches between them. */
function MainViews() {
  const locale = useStore(selectLocale);
  const view = useStore((s) => s.mainView);
  const tabs = [
    { id: "timeline" as const, label: t(locale, "shell.viewTimeline") },
    { id: "nodemap" as const, label: t(locale, "shell.viewNodeMap") },
  ];
  return (
    <div className="main-views">
      <div className="view-bar">
        <div role="tablist" aria-label={t(locale, "shell.views")} className="view-tabs">
          {tabs.map((x) => (
            <button key={x.id} type="button" role="tab" id={`view-${x.id}`} aria-selected={view === x.id} aria-controls={`panel-${x.id}`} onClick={() => setMainView(x.id)}>
              {x.label}
            </button>
          ))}
        </div>
        <ExportMenu />
      </div>
      <div className="timeline-area" role="tabpanel" id={`panel-${view}`} aria-labelledby={`view-${view}`}>
        <StartHint />
        {view === "timeline" ? (
          <Timeline />
        ) : (
          <Suspense fallback={null}>
            <NodeMap />
          </Suspense>
        )}
      </div>
    </div>
  );
}

/**
 * Before anything has happened (revealing as it happens, playhead at 0) the views are nearly
 * empty: say how to start the story, so a first-time learner is not left looking at a blank axis.
 */
function StartHint() {
  const locale = useStore(selectLocale);
  const show = useStore((s) => s.view !== undefined && s.t === 0 && !s.playing && selectRevealing(s));
  if (!show) return null;
  return (
    <div className="start-hint" role="note">
      <button type="button" className="primary" onClick={play}>
        ▶ {t(locale, "shell.startHintPlay")}
      </button>
      <span>{t(locale, "shell.startHint")}</span>
    </div>
  );
}

function Views() {
  const compare = useCompare((s) => s.open);
  const locale = useStore(selectLocale);
  return (
    <div className="views" id="views">
      <StatusBar />
      {compare ? (
        <Suspense fallback={null}>
          <CompareView />
        </Suspense>
      ) : (
        <MainViews />
      )}
      <div className="lower">
        <KubectlPanel />
        {/* It scrolls by itself on small screens, so the keyboard can reach and scroll it too. */}
        <div className="side" tabIndex={0} role="group" aria-label={t(locale, "shell.sidePanels")}>
          {/* Why first: it is what a learner reads after clicking; Services and interventions follow. */}
          <Suspense fallback={<WhyPlaceholder />}>
            <WhyPanel />
          </Suspense>
          <ServicesPanel />
          <Interventions />
        </div>
      </div>
    </div>
  );
}
