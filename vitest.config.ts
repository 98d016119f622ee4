import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generous: on a shared machine a test can take ten times as long as it does alone.
    testTimeout: 180_000,
    // Test files share their worker's modules: compromise, the gazetteer and the word list load
    // once per worker, not once per file (half the suite's CPU time). No test changes global state.
    pool: "threads",
    isolate: false,
  },
});
