import { prewarmEngine } from "../worker/spawn";
import { firstRunGuess } from "./firstRunGuess";

// What index.html runs first, a few hundred bytes: the engine's worker starts now, so the engine
// is fetched and compiled while the page's own code is, rather than after it (the first picture
// waits on the engine's first run). The build puts the page's code (./main.tsx) in index.html as
// the next module script (vite/appScript.ts); the dev server has only this one, which loads it.
// The worker is told what the first run will most likely be, so it starts that run the moment its
// code is ready, rather than when the page's code has arrived and asks.
prewarmEngine(firstRunGuess(location));
// A page's first use of its storage loads it, synchronously (tens of milliseconds on a fresh
// profile): done here, while the page's code is still downloading, restoring the saved work and
// the theme later costs the first render nothing. Nothing is read; failures do not matter.
try {
  void localStorage.length;
  void sessionStorage.length;
} catch {
  // Storage refused (a private mode, a policy): the page works without it (src/app/persist).
}
if (import.meta.env.DEV) void import("./main");
