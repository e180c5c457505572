import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { precache } from "./vite/precache.js";
import { contentSecurityPolicy } from "./vite/csp.js";

export default defineConfig({
  // Relative URLs everywhere, so one build works from any folder of a static host
  // (/, /podplay/, /k8s/podplay/): docs/hosting.md.
  base: "./",
  plugins: [react(), contentSecurityPolicy(), precache()],
  // Monaco is large by nature and loads lazily; the entry chunk budget is checked by bench:ui.
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 4000 },
  worker: { format: "es" },
  test: {
    include: ["src/**/*.test.ts", "cli/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    setupFiles: ["src/app/i18n/testSetup.ts"],
    testTimeout: 30000,
  },
});
