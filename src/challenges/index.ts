import type { BuiltInChallenge } from "./types";
import { slowStart } from "./catalogue/slow-start";

/** The built-in challenges in course order (phases and restarts first, the cluster last). */
export const CHALLENGES: BuiltInChallenge[] = [slowStart];

const byId = new Map(CHALLENGES.map((c) => [c.id, c]));

export function challengeById(id: string): BuiltInChallenge | undefined {
  return byId.get(id);
}
