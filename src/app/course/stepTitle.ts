import type { Locale } from "../i18n/define";
import { lessonById } from "../../lessons/index";
import { challengeById } from "../../challenges/index";
import type { CourseStep } from "../../course/course";

/** A step's title in the reader's language, from its lesson or challenge. */
export function stepTitle(step: Pick<CourseStep, "kind" | "id">, locale: Locale): string {
  if (step.kind === "lesson") return lessonById(step.id)?.text[locale].title ?? step.id;
  return challengeById(step.id)?.title[locale] ?? step.id;
}
