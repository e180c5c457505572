import { lazy, Suspense } from "react";
import { useStore } from "../../state/store";
import { useAfterFirstPicture } from "../shell/useAfterFirstPicture";

// The panels and their texts load only once a lesson or a challenge is open.
const LessonPanel = lazy(() => import("./LessonPanel"));
const ChallengePanel = lazy(() => import("../challenges/ChallengePanel"));

/** Whether the side column has a text to show: an open lesson, or the text's Challenge. */
export const selectSidePanel = (s: { lessonId: string | undefined; challengeView: unknown; challenge: unknown }) => !!s.lessonId || !!s.challengeView || !!s.challenge;

/** The side column's place for the open lesson and the challenge; empty when neither is open. */
export function LessonSlot() {
  const lessonId = useStore((s) => s.lessonId);
  const challenge = useStore((s) => !!s.challengeView);
  // The lesson's text (the whole catalogue's chunk) loads once the first picture is painted.
  const ready = useAfterFirstPicture();
  if ((!lessonId || !ready) && !challenge) return null;
  return (
    <Suspense fallback={null}>
      {challenge && <ChallengePanel />}
      {lessonId && ready && <LessonPanel lessonId={lessonId} />}
    </Suspense>
  );
}
