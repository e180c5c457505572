import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  build: { target: "es2022", sourcemap: true },
  worker: { format: "es" },
  test: {
    include: ["src/**/*.test.ts", "cli/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    testTimeout: 30000,
  },
});
