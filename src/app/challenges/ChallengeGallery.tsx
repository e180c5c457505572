import { useRef } from "react";
import { useStore, selectLocale } from "../../state/store";
import { openChallenge, startChallengeFromText } from "../../state/actions";
import { t } from "../i18n";
import { CHALLENGES } from "../../challenges/index";
import { readProgress } from "./progress";
import { useModalDialog } from "../lessons/useModalDialog";
import "../lessons/lessons.css";
import "./challenges.css";

/**
 * The challenge gallery: a modal listing the built-in challenges with the ones completed in this
 * browser, and the challenge in the editor's own text (a teacher's) while it is open.
 */
export default function ChallengeGallery({ onClose }: { onClose: () => void }) {
  const locale = useStore(selectLocale);
  const own = useStore((s) => (s.challengeView && !s.challenge ? s.challengeView : undefined));
  const ref = useRef<HTMLDialogElement>(null);
  const done = readProgress();

  useModalDialog(ref);

  const choose = async (id: string) => {
    if (await openChallenge(id, () => window.confirm(t(locale, "challenges.confirmReplace")))) onClose();
  };

  return (
    <dialog ref={ref} className="lesson-gallery challenge-gallery" aria-labelledby="challenge-gallery-title" onClose={onClose}>
      <header>
        <h2 id="challenge-gallery-title">{t(locale, "challenges.galleryTitle")}</h2>
        <button type="button" className="close" onClick={onClose}>
          {t(locale, "challenges.close")}
        </button>
      </header>
      <p className="intro">{t(locale, "challenges.galleryIntro")}</p>
      {own && (
        <section aria-labelledby="challenge-own">
          <h3 id="challenge-own">{t(locale, "challenges.thisFile")}</h3>
          <ul>
            <li>
              <button
                type="button"
                className="lesson-card"
                data-challenge={own.name}
                onClick={() => {
                  startChallengeFromText(useStore.getState().text);
                  onClose();
                }}>
                <span className="title">{own.title[locale]}</span>
                <span className="summary">{own.task[locale]}</span>
              </button>
            </li>
          </ul>
        </section>
      )}
      <ul>
        {CHALLENGES.map((c) => (
          <li key={c.id}>
            <button type="button" className="lesson-card" data-challenge={c.id} onClick={() => void choose(c.id)}>
              <span className="title">{c.title[locale]}</span>
              <span className="summary">{t(locale, `lessons.topic.${c.topic}`)}</span>
              {done[c.id] && <span className="done">✓ {t(locale, "challenges.done")}</span>}
            </button>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
