import { defineConfig } from 'vitest/config';

// Tests over data too large to commit; INCIDENT_BENCH_DATA names its folder (docs/testing.md).
export default defineConfig({
  test: {
    include: ['test/data/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 300_000,
  },
});
