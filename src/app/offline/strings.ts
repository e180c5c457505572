import { defineEnglish } from "../i18n/define";

// The offline status: what the service worker has done for this browser.
export const offlineStrings = defineEnglish("offline", {
    ready: "Ready to work offline",
    readyTitle: "podplay, its editor and its lessons are saved in this browser: they work without a network from now on.",
    offlineNow: "Offline: running from this browser's copy",
    update: "New version available",
    reload: "Reload",
    reloadTitle: "Reload the page to use the new version (your text is kept).",
  });
