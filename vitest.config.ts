import { availableParallelism } from 'node:os';
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
  'attachments',
  'mail',
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
  'edit-link',
  'pg-roles',
].map((name) => `test/e2e/${name}.test.ts`);

/**
 * Files that start many processes at once or wait on a real shell: they run after the others, one
 * file at a time, so the machine is theirs (their limits are generous, but not for a machine also
 * running another file's processes). Everything else runs a file per core: an end-to-end test spends
 * most of its time waiting on the CLI process it started, so one worker leaves a core idle.
 */
const ALONE = ['reliability', 'reliability-writers', 'completion', 'pg-concurrency'].map((name) => `test/e2e/${name}.test.ts`);
const PG_ONLY = ['test/e2e/pg-concurrency.test.ts', 'test/e2e/pg-db.test.ts', 'test/e2e/pg-roles.test.ts'];
const NOT_TESTS = ['**/node_modules/**', 'test/data/**'];
const onPgServer = Boolean(findPgBin() || process.env.INCIDENT_TEST_ALL);

const together = { sequence: { groupOrder: 0 }, maxWorkers: Math.max(1, availableParallelism()) };
const alone = { sequence: { groupOrder: 1 }, maxWorkers: 1 };

export default defineConfig({
  test: {
    // One throw-away PostgreSQL server for the run, when it is installed (test/helpers/pg-cluster.ts).
    globalSetup: ['test/helpers/pg-global.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      // test/data needs data that is not committed (npm run test:data, see docs/testing.md).
      { extends: true, test: { name: 'sqlite', include: ['test/**/*.test.ts'], exclude: [...NOT_TESTS, ...PG_ONLY, ...ALONE], ...together } },
      { extends: true, test: { name: 'sqlite-alone', include: ALONE.filter((f) => !PG_ONLY.includes(f)), ...alone } },
      ...(onPgServer
        ? [
            { extends: true as const, test: { name: 'pg', include: ON_POSTGRES, exclude: ALONE, env: { INCIDENT_TEST_BACKEND: 'pg' }, testTimeout: 120_000, ...together } },
            { extends: true as const, test: { name: 'pg-alone', include: ON_POSTGRES.filter((f) => ALONE.includes(f)), env: { INCIDENT_TEST_BACKEND: 'pg' }, testTimeout: 120_000, ...alone } },
          ]
        : []),
    ],
  },
});
