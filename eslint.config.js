import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/**", "dist-*/**", "node_modules/**", "test-results/**", "playwright-report/**", "scratch/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/app/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The engine is pure: no DOM, no UI, no ambient time or randomness (house style 1–2).
    files: ["src/engine/**/*.ts"],
    ignores: ["src/engine/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["react", "react-dom", "d3*", "zustand", "**/app/**", "**/state/**", "node:*"] }],
      "no-restricted-properties": [
        "error",
        { object: "Math", property: "random", message: "The engine is deterministic: no Math.random." },
        { object: "Date", property: "now", message: "The engine runs on simulated time: no Date.now." },
      ],
      "no-restricted-globals": ["error", "setTimeout", "setInterval", "performance", "window", "document"],
    },
  },
);
