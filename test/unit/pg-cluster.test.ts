import { describe, expect, it } from 'vitest';
import { createDatabase, pgMissing, psql } from '../helpers/pg-cluster.js';
import { skipNote, skips } from '../helpers/optional.js';

const missing = pgMissing();

describe.skipIf(skips(missing !== ''))(`the test run's PostgreSQL server${skipNote(missing !== '', missing)}`, () => {
  it('gives each caller its own empty UTF-8 database over a Unix socket', () => {
    const a = createDatabase('cluster')!;
    const b = createDatabase('cluster')!;
    expect(a).not.toBe(b);
    expect(a).toMatch(/^postgres:\/\/postgres@\/cluster_\d+_\d+\?host=%2F/);
    expect(psql(a, 'CREATE TABLE t (x text); INSERT INTO t VALUES ($$障害$$);').status).toBe(0);
    expect(psql(a, 'SELECT x FROM t').stdout.trim()).toBe('障害');
    expect(psql(b, "SELECT count(*) FROM pg_tables WHERE tablename = 't'").stdout.trim()).toBe('0');
    expect(psql(a, 'SHOW server_encoding').stdout.trim()).toBe('UTF8');
  });
});
