import { defineConfig } from 'vitest/config';

// The unit tests only (test/unit: no built CLI, no child process): what npm run mutate runs.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    pool: 'forks',
    // Under mutation testing every test runs instrumented on a busy machine: a limit, not a timing.
    testTimeout: 120_000,
  },
});
