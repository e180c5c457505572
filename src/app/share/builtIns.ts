import { EXAMPLES } from "../../scenarios/examples";

/** A scenario the app ships, named for test messages. */
export interface BuiltInScenario {
  name: string;
  text: string;
}

// The lesson catalogue may not exist yet (it is written separately); a glob that matches nothing
// is an empty object, so this file compiles and the link-length test covers lessons once they land.
const lessonModules = import.meta.glob<{ LESSONS?: Array<{ id: string; yaml: string }> }>("../../lessons/index.ts", { eager: true });

/** Every scenario a learner can open from the app: the examples and, when present, the lessons. */
export function builtInScenarios(): BuiltInScenario[] {
  const lessons = Object.values(lessonModules).flatMap((m) => m.LESSONS ?? []);
  return [...EXAMPLES.map((e) => ({ name: `example ${e.id}`, text: e.text })), ...lessons.map((l) => ({ name: `lesson ${l.id}`, text: l.yaml }))];
}

/** Whether the lesson catalogue was found (the test reports it, so a silent skip is visible). */
export function hasLessons(): boolean {
  return Object.keys(lessonModules).length > 0;
}
