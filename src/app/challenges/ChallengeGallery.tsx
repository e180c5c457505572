import { useStore, selectLocale } from "../../state/store";
import { openChallenge, startChallengeFromText } from "../../state/actions";
import { t } from "../i18n";
import { CHALLENGES } from "../../challenges/index";
import { readProgress } from "./progress";
import { GalleryDialog } from "../lessons/GalleryDialog";
import "./challenges.css";

/**
 * The challenge gallery: a modal listing the built-in challenges with the ones completed in this
 * browser, and the challenge in the editor's own text (a teacher's) while it is open.
 */
export default function ChallengeGallery({ onClose }: { onClose: () => void }) {
  const locale = useStore(selectLocale);
  const own = useStore((s) => (s.challengeView && !s.challenge ? s.challengeView : undefined));
  const done = readProgress();

  const choose = async (id: string) => {
    if (await openChallenge(id, () => window.confirm(t(locale, "challenges.confirmReplace")))) onClose();
  };

  return (
    <GalleryDialog id="challenge-gallery-title" className="challenge-gallery" title={t(locale, "challenges.galleryTitle")} intro={t(locale, "challenges.galleryIntro")} close={t(locale, "challenges.close")} onClose={onClose}>
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
    </GalleryDialog>
  );
}
