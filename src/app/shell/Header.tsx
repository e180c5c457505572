import { useStore, selectLocale } from "../../state/store";
import { hasUnsavedWork, openScenario, setHelpOpen, setLocale, setTheme } from "../../state/actions";
import { LOCALE_NAMES, t, type Locale } from "../i18n";
import { KUBERNETES_VERSION } from "../../engine/api/types";
import { EXAMPLES } from "../../scenarios/examples";
import { PresenterButton } from "../presenter/PresenterButton";
import { CompareButton } from "../compare/CompareButton";
import { ShareButtons } from "../share/ShareButtons";
import { OfflineStatus } from "../offline/OfflineStatus";
import { LessonsButton } from "../lessons/LessonsButton";
import { ChallengesButton } from "../challenges/ChallengesButton";
import { CourseButton } from "../course/CourseButton";
import { TeachersLink } from "../teachers/TeachersLink";

export function Header() {
  const locale = useStore(selectLocale);
  const theme = useStore((s) => s.theme);
  const load = (id: string) => {
    const ex = EXAMPLES.find((e) => e.id === id);
    if (!ex) return;
    if (hasUnsavedWork() && !window.confirm(t(locale, "shell.confirmReplace"))) return;
    openScenario(ex.text, undefined, "example");
  };
  return (
    <header className="top">
      <div className="top-row">
        <h1>{t(locale, "shell.title")}</h1>
        <p className="tagline">{t(locale, "shell.tagline")}</p>
        <span className="badge">{t(locale, "shell.version", { version: KUBERNETES_VERSION })}</span>
        <OfflineStatus />
        <span className="spacer" />
        <label>
          <span className="label">{t(locale, "shell.language")}</span>
          <select aria-label={t(locale, "shell.language")} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {(Object.keys(LOCALE_NAMES) as Locale[]).map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-pressed={theme === "dark"} onClick={() => setTheme(theme === "dark" ? "light" : "dark")}>
          {t(locale, "shell.theme")}: {t(locale, theme === "dark" ? "shell.themeDark" : "shell.themeLight")}
        </button>
        <button type="button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
          {t(locale, "shell.help")}
        </button>
        <TeachersLink />
      </div>
      {/* What to open, how to teach it, how to pass it on: one row, the same at every width. */}
      <div className="tools" role="group" aria-label={t(locale, "shell.tools")}>
        <div className="tool-group">
          <CourseButton />
          <LessonsButton />
          <ChallengesButton />
          <label>
            <span className="label">{t(locale, "shell.examples")}</span>
            <select aria-label={t(locale, "shell.loadExample")} value="" onChange={(e) => load(e.target.value)}>
              <option value="">{t(locale, "shell.loadExample")}</option>
              {EXAMPLES.map((e) => (
                <option key={e.id} value={e.id}>
                  {t(locale, `shell.example.${e.id}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="tool-group">
          <PresenterButton />
          <CompareButton />
        </div>
        <div className="tool-group">
          <ShareButtons />
        </div>
      </div>
    </header>
  );
}
