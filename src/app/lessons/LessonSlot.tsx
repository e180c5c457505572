import { lazy, Suspense } from "react";
import { useStore } from "../../state/store";

// The panel and the lesson texts load only once a lesson is open.
const LessonPanel = lazy(() => import("./LessonPanel"));

/** The side column's place for the open lesson; empty when none is open. */
export function LessonSlot() {
  const lessonId = useStore((s) => s.lessonId);
  if (!lessonId) return null;
  return (
    <Suspense fallback={null}>
      <LessonPanel lessonId={lessonId} />
    </Suspense>
  );
}
