import { resolve } from 'node:path';

/** The folder of data the tests use, committed with its licence and attribution (test/fixtures/README.md). */
export const FIXTURES = resolve(__dirname, '../fixtures');

/** A file of test/fixtures (e.g. `alerts/grafana-webhook.json`). */
export const fixture = (name: string): string => resolve(FIXTURES, name);
