import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { precache } from "./vite/precache.js";
import { contentSecurityPolicy } from "./vite/csp.js";
import { appScript } from "./vite/appScript.js";

export default defineConfig({
  // Relative URLs everywhere, so one build works from any folder of a static host
  // (/, /podplay/, /k8s/podplay/): docs/hosting.md.
  base: "./",
  plugins: [react(), contentSecurityPolicy(), appScript(), precache()],
  // Monaco is large by nature and loads lazily; the entry chunk budget is checked by bench:ui.
  // Two entries: index.html's small start file (the engine's worker starts at once) and the app,
  // which vite/appScript.ts adds to index.html as its next module script.
  build: {
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: { index: fileURLToPath(new URL("index.html", import.meta.url)), main: fileURLToPath(new URL("src/app/main.tsx", import.meta.url)) } },
  },
  worker: { format: "es" },
  test: {
    include: ["src/**/*.test.ts", "cli/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    setupFiles: ["src/app/i18n/testSetup.ts"],
    testTimeout: 30000,
  },
});
