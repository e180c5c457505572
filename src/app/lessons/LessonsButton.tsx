import { lazy, Suspense, useState } from "react";
import { useStore, selectLocale } from "../../state/store";
import { t } from "../i18n";

// The gallery and the catalogue load only when someone asks for them.
const LessonGallery = lazy(() => import("./LessonGallery"));

/** The header's "Lessons" button; it owns whether the gallery is open. */
export function LessonsButton() {
  const locale = useStore(selectLocale);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)}>
        {t(locale, "lessons.open")}
      </button>
      {open && (
        <Suspense fallback={null}>
          <LessonGallery onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
