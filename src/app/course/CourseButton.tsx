import { lazy } from "react";
import { useStore, selectLocale } from "../../state/store";
import { t } from "../i18n";
import { GalleryButton } from "../shell/GalleryButton";

const CourseDialog = lazy(() => import("./CourseDialog"));

/** The header's "Course" button. */
export function CourseButton() {
  const locale = useStore(selectLocale);
  return <GalleryButton label={t(locale, "course.open")} Gallery={CourseDialog} />;
}
