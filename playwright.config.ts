import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";

// Playwright cannot download its own browsers here: use Debian's Chromium (README, .ci/run).
function chromiumPath(): string | undefined {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (fromEnv) return fromEnv;
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return undefined; // Playwright's own browser, on machines that have one
}

// Several checkouts or helpers can run end-to-end tests at once on their own port and build.
const port = Number(process.env.PW_PORT ?? 4173);
const outDir = process.env.PW_OUTDIR ?? "dist";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Every assertion waits on a state and returns as soon as it holds; the ceiling only matters on a
  // machine shared with other browsers (CI), where a run or a lazy chunk can take longer than 5 s.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? "line" : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    // Tests paste into the editor as a person would.
    permissions: ["clipboard-read", "clipboard-write"],
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: {
    // --bypass-lock: Vite 8.4 refuses a second preview server of one checkout; tests and benchmarks may run side by side on their own ports.
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --bypass-lock --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
