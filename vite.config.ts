import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

/**
 * The dev server injects inline <style> (CSS hot reload) and an inline React Refresh preamble, which
 * the production CSP in index.html forbids. Drop the CSP meta in dev only; the built site keeps it.
 */
const devWithoutCsp = (): Plugin => ({
  name: "atlas:dev-without-csp",
  apply: "serve",
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ""),
});

export default defineConfig({
  // Relative base so the built site works from any folder or sub-path it is copied to.
  base: "./",
  plugins: [react(), devWithoutCsp()],
  build: { target: "es2022", sourcemap: false },
  test: {
    environment: "node",
    include: ["tests/**/*.test.{ts,tsx}"],
    exclude: ["tests/e2e/**", "node_modules/**"],
    setupFiles: ["tests/fast-check-setup.ts"],
    // Some tests spawn the pipeline CLI; on a loaded 2-core machine that can take seconds. Timeouts
    // guard against hangs, never measure speed (benchmarks do that).
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
