import { useState } from "react";
import { useStore, selectLocale } from "../../state/store";
import { t } from "../i18n";
import { COURSE, COURSE_STEPS, continueStep, stepKey, type CourseStep } from "../../course/course";
import { GalleryDialog } from "../lessons/GalleryDialog";
import { doneSteps, exportProgress, importProgress, lastStep } from "./progress";
import { openStep } from "./openStep";
import { stepTitle } from "./stepTitle";
import { TeachersLink } from "../teachers/TeachersLink";
import "./course.css";

/**
 * The course as a path: sections in the study notes' order, each step with its kind, minutes,
 * what to do first and a ✓ once done; where to start or continue; progress to a file and back.
 */
export default function CourseDialog({ onClose }: { onClose: () => void }) {
  const locale = useStore(selectLocale);
  const [done, setDone] = useState(() => doneSteps());
  const [message, setMessage] = useState("");
  const next = continueStep(done, lastStep());
  const go = async (step: CourseStep) => {
    if (await openStep(step, locale)) onClose();
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([exportProgress()], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = "podplay-progress.json";
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const r = importProgress(await file.text());
    if ("error" in r) setMessage(t(locale, `course.${r.error}`));
    else {
      setMessage(t(locale, "course.imported", { count: r.added }));
      setDone(doneSteps());
    }
  };

  return (
    <GalleryDialog
      id="course-title"
      className="course-dialog"
      title={t(locale, "course.title")}
      intro={t(locale, "course.intro")}
      close={t(locale, "course.close")}
      onClose={onClose}
      initialFocus={(d) => d.querySelector<HTMLButtonElement>("button.continue")}>
      <div className="course-top">
        {next ? (
          <button type="button" className="continue primary" onClick={() => void go(next)}>
            {t(locale, done.size || lastStep() ? "course.continue" : "course.start", { title: stepTitle(next, locale) })}
          </button>
        ) : (
          <p role="status">{t(locale, "course.finished")}</p>
        )}
        <span className="count">{t(locale, "course.progress", { n: COURSE_STEPS.filter((s) => done.has(stepKey(s))).length, total: COURSE_STEPS.length })}</span>
        <button type="button" onClick={download}>
          {t(locale, "course.export")}
        </button>
        <label className="import">
          {t(locale, "course.import")}
          <input type="file" accept="application/json,.json" onChange={(e) => void upload(e.currentTarget.files?.[0])} />
        </label>
        {/* Teaching the course to a class: the guide opens over this dialog. */}
        <TeachersLink />
      </div>
      {message && <p role="status">{message}</p>}
      <ol className="course-sections">
        {COURSE.map((sec) => (
          <li key={sec.id}>
            <h3>{sec.title[locale]}</h3>
            <ol className="course-steps">
              {sec.steps.map((s) => {
                const key = stepKey(s);
                const first = s.requires.filter((r) => !done.has(r));
                return (
                  <li key={key} className={done.has(key) ? "done" : undefined} data-step={key}>
                    <button type="button" onClick={() => void go(s)}>
                      <span className={`kind ${s.kind}`}>{t(locale, `course.${s.kind}`)}</span>
                      <span className="title">{stepTitle(s, locale)}</span>
                      <span className="minutes">{t(locale, "course.minutes", { n: s.minutes })}</span>
                      {done.has(key) && <span className="check">✓ {t(locale, "course.done")}</span>}
                    </button>
                    {first.length > 0 && !done.has(key) && (
                      <span className="after">
                        {t(locale, "course.after", { titles: first.map((r) => stepTitle({ kind: r.split(":")[0] as CourseStep["kind"], id: r.split(":")[1] }, locale)).join(", ") })}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </GalleryDialog>
  );
}
