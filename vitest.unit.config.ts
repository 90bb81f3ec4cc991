import { defineConfig } from 'vitest/config';

// The unit tests only (test/unit: no built CLI, no child process): what npm run mutate runs.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 30_000,
  },
});
