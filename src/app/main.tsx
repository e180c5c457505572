import { lazy, startTransition, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { restore } from "./persistence";
import { openShareHash } from "./share/openShareLink";
import { useStore } from "../state/store";
import { openScenario } from "../state/actions";
import { isEmbed } from "./embed/embedParams";
import { registerServiceWorker } from "./offline/registerServiceWorker";
import { prewarmEngine } from "../worker/client";
import { simulateFirstText } from "./useSimulation";
import { restoreChallengeMode } from "./challenges/modePersist";
import { useSaveState } from "./persist/saveState";
import { usePrevious } from "./persist/stash";
import { currentTab } from "./persist/draftKeeper";
import { audienceSession } from "./presenter/audienceSession";
import { beginAudience, hadPresenterSession } from "./presenter/audienceState";
import { followLocale } from "./i18n/followLocale";
import "./app.css";

// `?embed=1`: the view for slides and blog posts (src/app/embed), without the editor chrome.
const EmbedApp = lazy(() => import("./embed/EmbedApp"));

// The engine worker loads its code while React starts: the first picture comes sooner.
prewarmEngine();
const audience = audienceSession(location.search);
if (audience) {
  // A projector's window: the teacher's window sends the text; this browser's own work stays untouched.
  beginAudience(audience);
  void import("./presenter/audienceLink").then(({ startAudience }) => startAudience(audience));
} else {
  restore();
  restoreChallengeMode();
  // A share link in the address bar wins over the saved text (which it stashes): before the first paint.
  openShareHash(location.hash);
  // A reload of a teacher's tab keeps its audience windows following.
  if (hadPresenterSession()) void import("./presenter/audienceLink").then(({ resumePresenterLink }) => resumePresenterLink());
  // The first run starts now, so the engine works while React builds the page.
  simulateFirstText(useStore.getState().text, useStore.getState().challenge?.source);
}
// A transition: React renders the page in slices. The engine's worker usually runs the first text
// by itself (start.ts tells it the guess); when the guess was wrong, the request queued by now is
// handed to it the moment its code is ready (Chromium hands a worker the messages sent before its
// code ran from this thread's task queue), not after the whole first render.
const render = () => {
  const root = createRoot(document.getElementById("root")!);
  startTransition(() =>
    root.render(
      <StrictMode>
        {isEmbed(location.search) ? (
          <Suspense fallback={null}>
            <EmbedApp />
          </Suspense>
        ) : (
          <App />
        )}
      </StrictMode>,
    ),
  );
};
// A Korean reader's page waits for the Korean strings (their own chunk), an English reader's does not.
const korean = followLocale();
if (korean) void korean.finally(render);
else render();
registerServiceWorker();

// One narrow hook for tests and the UI benchmark: read the store, call actions.
(window as unknown as { __podplay: unknown }).__podplay = {
  state: () => useStore.getState(),
  setState: (patch: Partial<ReturnType<typeof useStore.getState>>) => useStore.setState(patch),
  // A whole scenario opened as a file is (its run shown even with a refused document).
  open: (text: string) => openScenario(text, undefined, "file"),
  // What is kept of the text (src/app/persist): this tab's id, what its draft holds, the stash.
  persist: () => ({ tab: currentTab(), ...useSaveState.getState(), stash: usePrevious.getState().stash?.reason }),
};
