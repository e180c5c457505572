import { lazy } from "react";
import { useStore, selectLocale } from "../../state/store";
import { t } from "../i18n";
import { GalleryButton } from "../shell/GalleryButton";

const ChallengeGallery = lazy(() => import("./ChallengeGallery"));

/** The header's "Challenges" button. */
export function ChallengesButton() {
  const locale = useStore(selectLocale);
  return <GalleryButton label={t(locale, "challenges.open")} Gallery={ChallengeGallery} />;
}
