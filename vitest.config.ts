import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/data needs data that is not committed (npm run test:data, see docs/testing.md).
    exclude: ['**/node_modules/**', 'test/data/**'],
    // One throw-away PostgreSQL server for the run, when it is installed (test/helpers/pg-cluster.ts).
    globalSetup: ['test/helpers/pg-global.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
