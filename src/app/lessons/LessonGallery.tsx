import { useMemo, useState, type KeyboardEvent } from "react";
import { useStore, selectLocale } from "../../state/store";
import { openLesson } from "../../state/actions";
import { t } from "../i18n";
import { LESSONS } from "../../lessons/index";
import { searchLessons } from "./lessonSearch";
import { focusables } from "./focusables";
import { GalleryDialog } from "./GalleryDialog";
import { GlossaryTable } from "./GlossaryTable";
import "./lessons.css";

/**
 * The lesson gallery: a modal dialog (the page behind is inert), searchable in the current
 * language, grouped by topic. Tab stays inside, arrow keys move between lessons, Escape closes.
 */
export default function LessonGallery({ onClose }: { onClose: () => void }) {
  const locale = useStore(selectLocale);
  const [query, setQuery] = useState("");
  const groups = useMemo(() => searchLessons(LESSONS, query, locale), [query, locale]);
  const shown = groups.reduce((n, g) => n + g.lessons.length, 0);


  const choose = async (id: string) => {
    const opened = await openLesson(id, () => window.confirm(t(locale, "lessons.confirmReplace")));
    if (opened) onClose();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>, d: HTMLDialogElement) => {
    if (e.key === "Tab") {
      // Keep Tab inside the dialog instead of letting it reach the browser's own controls.
      const all = focusables(d);
      if (!all.length) return;
      const i = all.indexOf(document.activeElement as HTMLElement);
      if (e.shiftKey && i <= 0) {
        e.preventDefault();
        all[all.length - 1].focus();
      } else if (!e.shiftKey && i === all.length - 1) {
        e.preventDefault();
        all[0].focus();
      }
    } else if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      const items = [...d.querySelectorAll<HTMLButtonElement>("button.lesson-card")];
      if (!items.length) return;
      e.preventDefault();
      const i = items.indexOf(document.activeElement as HTMLButtonElement);
      const next = e.key === "ArrowDown" ? (i < 0 ? 0 : Math.min(items.length - 1, i + 1)) : i <= 0 ? -1 : i - 1;
      if (next < 0) d.querySelector<HTMLInputElement>("input[type=search]")?.focus();
      else items[next].focus();
    }
  };

  return (
    <GalleryDialog
      id="lesson-gallery-title"
      className=""
      title={t(locale, "lessons.galleryTitle")}
      intro={t(locale, "lessons.galleryIntro")}
      close={t(locale, "lessons.close")}
      onClose={onClose}
      onKeyDown={onKeyDown}
      // showModal focuses the first button (Close); searching is what a visitor does first.
      initialFocus={(d) => d.querySelector<HTMLInputElement>("input[type=search]")}>
      <input
        type="search"
        aria-label={t(locale, "lessons.search")}
        placeholder={t(locale, "lessons.searchPlaceholder")}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-describedby="lesson-gallery-count"
      />
      <p id="lesson-gallery-count" className="count" aria-live="polite">
        {shown ? t(locale, "lessons.count", { n: shown, total: LESSONS.length }) : t(locale, "lessons.noMatch", { query })}
      </p>
      <div className="groups">
        {groups.map((g) => (
          <section key={g.topic} aria-labelledby={`lesson-topic-${g.topic}`}>
            <h3 id={`lesson-topic-${g.topic}`}>{t(locale, `lessons.topic.${g.topic}`)}</h3>
            <ul>
              {g.lessons.map((l) => (
                <li key={l.id}>
                  <button type="button" className="lesson-card" data-lesson={l.id} onClick={() => void choose(l.id)}>
                    <span className="title">{l.text[locale].title}</span>
                    <span className="summary">{l.text[locale].summary}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <GlossaryTable locale={locale} query={query} />
    </GalleryDialog>
  );
}
