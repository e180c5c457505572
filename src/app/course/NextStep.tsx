import { useEffect, useState } from "react";
import { useStore, selectLocale } from "../../state/store";
import { t } from "../i18n";
import { nextStep, stepKey, type StepKind } from "../../course/course";
import { openStep } from "./openStep";
import "./course.css";

/**
 * "Next in the course: …" at the end of a lesson or challenge panel. The titles come with the
 * catalogues, loaded once the panel is there, so a lesson's first picture does not wait for them.
 */
export function NextStep({ kind, id }: { kind: StepKind; id: string }) {
  const locale = useStore(selectLocale);
  const next = nextStep(stepKey({ kind, id }));
  const [title, setTitle] = useState<string | undefined>(undefined);
  useEffect(() => {
    let live = true;
    if (next) void import("./stepTitle").then((m) => live && setTitle(m.stepTitle(next, locale)));
    return () => {
      live = false;
    };
  }, [next, locale]);
  if (!next || title === undefined) return null;
  return (
    <p className="course-next">
      <button type="button" onClick={() => void openStep(next, locale)}>
        {t(locale, "course.next", { title })}
      </button>
    </p>
  );
}
