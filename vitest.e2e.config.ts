import { defineConfig } from "vitest/config";

// Browser tests drive the built site (run `npx vite build` first; `npm run test:e2e` does).
// One fork, files in sequence: Chromium is heavy and the machine has two cores.
export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
  },
});
