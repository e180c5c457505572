import { openChallenge, openLesson } from "../../state/actions";
import { t } from "../i18n";
import type { Locale } from "../i18n/define";
import { stepKey, type CourseStep } from "../../course/course";
import { setLastStep } from "./progress";

/** Opens a course step (its lesson or challenge) and remembers it as where the learner is. */
export async function openStep(step: CourseStep, locale: Locale): Promise<boolean> {
  const confirm = () => window.confirm(t(locale, "course.confirmReplace"));
  const opened = step.kind === "lesson" ? await openLesson(step.id, confirm) : await openChallenge(step.id, confirm);
  if (opened) setLastStep(stepKey(step));
  return opened;
}
