import { DEFAULT_SCENARIO } from "../scenarios/default";
import { readFastStart } from "./persist/fastPath";
import type { FirstRunGuess } from "../worker/spawn";
import { audienceSession } from "./presenter/audienceSession";

/**
 * What the page will most likely simulate first, worked out by index.html's first script before
 * the page's own code has arrived (main.tsx decides for real: restore, then a link over it). The
 * engine's worker starts on it at once (src/worker/engineHost.ts). A wrong guess costs only the
 * worker's time for one small run, which warms its code for the right one.
 *
 * - An audience window shows the teacher's text, which comes later: no guess.
 * - An address with a hash: the hash, which the worker reads when it is a share link.
 * - Otherwise the text this tab or the newest tab saved (Web Storage's mirror), or the default
 *   scenario, as restore() picks it.
 */
export function firstRunGuess(location: { hash: string; search: string }): FirstRunGuess | undefined {
  if (audienceSession(location.search)) return undefined;
  if (location.hash.length > 1) return { hash: location.hash };
  const start = readFastStart();
  return { text: start.kind === "text" || start.kind === "legacy" ? start.text : DEFAULT_SCENARIO };
}
