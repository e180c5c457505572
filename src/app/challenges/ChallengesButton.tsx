import { lazy, Suspense, useState } from "react";
import { useStore, selectLocale } from "../../state/store";
import { t } from "../i18n";

// The gallery and the built-in challenges load only when someone asks for them.
const ChallengeGallery = lazy(() => import("./ChallengeGallery"));

/** The header's "Challenges" button; it owns whether the gallery is open. */
export function ChallengesButton() {
  const locale = useStore(selectLocale);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)}>
        {t(locale, "challenges.open")}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ChallengeGallery onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
