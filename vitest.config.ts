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
    // Both cores: the spawned-process tests (snapshot, CLI, pool) wait on children for most of their
    // time, and in-process files fill that time (57 s against 76 s with one worker, measured here).
    maxWorkers: 2,
  },
});
