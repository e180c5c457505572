import { SKIP_WAITING } from "./serviceWorkerSource";
import { setOfflineState } from "./offlineState";
import { selectFirstRunDone, useStore } from "../../state/store";

/** Precaching starts at the latest this long after the page has loaded, whatever the first run does. */
const PRECACHE_FALLBACK_MS = 3000;

/**
 * Whether this page may register the service worker: production builds only (a worker in dev
 * would serve stale modules to Vite's HMR), over http(s), in a secure context (https, or
 * localhost / 127.0.0.1, which browsers treat as secure).
 */
export function canRegister(env: { prod: boolean; protocol: string; secure: boolean; hasServiceWorker: boolean }): boolean {
  return env.prod && env.hasServiceWorker && (env.protocol === "http:" || env.protocol === "https:") && env.secure;
}

/**
 * Where sw.js is and what it controls, for the page at `pageHref`: its own folder, wherever the
 * build is hosted (`/`, `/podplay/`, `/k8s/podplay/`; docs/hosting.md). A worker's scope can be
 * no wider than the folder of its script, so each copy of podplay on a server has its own.
 */
export function serviceWorkerUrls(pageHref: string): { script: string; scope: string } {
  return { script: new URL("sw.js", pageHref).href, scope: new URL("./", pageHref).href };
}

function watchInstalling(reg: ServiceWorkerRegistration, worker: ServiceWorker | null): void {
  if (!worker) return;
  const check = () => {
    // A worker installed while another controls the page is a newer build: offer to switch.
    if (worker.state === "installed" && navigator.serviceWorker.controller) setOfflineState({ waiting: worker });
    if (worker.state === "activated") setOfflineState({ ready: true, waiting: reg.waiting ?? undefined });
  };
  worker.addEventListener("statechange", check);
  check();
}

/**
 * Registers `sw.js` (written by vite/precache.ts) once the first run's picture is painted (or a
 * few seconds after the page has loaded): precaching fetches and stores every chunk, and on a
 * two-core laptop that competes with the engine's first run and the first drawing. Every failure is logged and otherwise ignored: the app works the
 * same without it, only not offline.
 */
export function registerServiceWorker(): void {
  const env = {
    prod: import.meta.env.PROD,
    protocol: location.protocol,
    secure: window.isSecureContext,
    hasServiceWorker: "serviceWorker" in navigator,
  };
  if (!canRegister(env)) return;
  addEventListener("online", () => setOfflineState({ online: true }));
  addEventListener("offline", () => setOfflineState({ online: false }));
  const start = async () => {
    try {
      const { script, scope } = serviceWorkerUrls(location.href);
      const reg = await navigator.serviceWorker.register(script, { scope });
      if (reg.active) setOfflineState({ ready: true });
      if (reg.waiting && navigator.serviceWorker.controller) setOfflineState({ waiting: reg.waiting });
      watchInstalling(reg, reg.installing);
      reg.addEventListener("updatefound", () => watchInstalling(reg, reg.installing));
      let reloading = false;
      navigator.serviceWorker.addEventListener("controllerchange", () => {
        // Only a switch the learner asked for reloads the page (the first install just takes over).
        if (reloading || !switchRequested) return;
        reloading = true;
        location.reload();
      });
    } catch (err) {
      console.warn("podplay: offline support is unavailable:", err);
    }
  };
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    unsubscribe();
    // A frame after the picture, so that frame is painted before the worker's install begins.
    requestAnimationFrame(() => setTimeout(() => void start(), 0));
  };
  const unsubscribe = useStore.subscribe((s) => {
    if (selectFirstRunDone(s)) go();
  });
  if (selectFirstRunDone(useStore.getState())) go();
  const fallback = () => setTimeout(go, PRECACHE_FALLBACK_MS);
  if (document.readyState === "complete") fallback();
  else addEventListener("load", fallback, { once: true });
}

let switchRequested = false;

/** Lets a waiting newer build take over; the page reloads when it has. */
export function activateUpdate(worker: ServiceWorker): void {
  switchRequested = true;
  worker.postMessage(SKIP_WAITING);
}
