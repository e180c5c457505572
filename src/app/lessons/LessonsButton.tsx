import { lazy } from "react";
import { useStore, selectLocale } from "../../state/store";
import { t } from "../i18n";
import { GalleryButton } from "../shell/GalleryButton";

const LessonGallery = lazy(() => import("./LessonGallery"));

/** The header's "Lessons" button. */
export function LessonsButton() {
  const locale = useStore(selectLocale);
  return <GalleryButton label={t(locale, "lessons.open")} Gallery={LessonGallery} />;
}
