import { defineConfig } from 'vitest/config';
import { findPgBin } from './test/helpers/pg-cluster.js';

/**
 * The end-to-end files about behaviour (not about files on disk) run a second time with every
 * sandbox on a fresh PostgreSQL database (test/helpers/cli.ts): the same commands must give the same
 * answers (SPEC §15). The project is left out when the server programs are not installed
 * (test/helpers/pg-cluster.ts), unless INCIDENT_TEST_ALL=1, where the global set-up fails. Every
 * command there also connects to the server: more time per test.
 */
const ON_POSTGRES = [
  'lifecycle',
  'incident-fields',
  'knowledge',
  'problems',
  'search',
  'sla-check',
  'sla-calendar',
  'export-import',
  'ingest',
  'errors',
  'flags',
  'reports',
  'config-ingest',
  'quickstart',
  'language',
  'notify',
  'import-tracker',
  'import-validation',
  'terminal',
  'pg-concurrency',
  'pg-db',
].map((name) => `test/e2e/${name}.test.ts`);

export default defineConfig({
  test: {
    // One throw-away PostgreSQL server for the run, when it is installed (test/helpers/pg-cluster.ts).
    globalSetup: ['test/helpers/pg-global.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['test/**/*.test.ts'],
          // test/data needs data that is not committed (npm run test:data, see docs/testing.md).
          exclude: ['**/node_modules/**', 'test/data/**', 'test/e2e/pg-concurrency.test.ts', 'test/e2e/pg-db.test.ts'],
        },
      },
      ...(findPgBin() || process.env.INCIDENT_TEST_ALL
        ? [{ extends: true as const, test: { name: 'pg', include: ON_POSTGRES, env: { INCIDENT_TEST_BACKEND: 'pg' }, testTimeout: 120_000 } }]
        : []),
    ],
  },
});
