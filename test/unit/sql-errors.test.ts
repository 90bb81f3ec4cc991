import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { brokenRule } from '../../src/store/sql-errors.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { openPg } from '../../src/store/pg/connect.js';
import { createDatabase, pgMissing } from '../helpers/pg-cluster.js';
import { skipNote, skips } from '../helpers/optional.js';

const missing = pgMissing();
const now = '2026-12-01T09:00:00.000Z';

/** Statements that break each rule of the schema, after one incident (1) with one event (1). */
const BREAKS: [string, string][] = [
  ['unique', "INSERT INTO settings (key, value) VALUES ('a', 'x')"],
  ['unique', `INSERT INTO incidents (id, title, status, detected_at, opened_at, created_by, updated_at) VALUES (1, 't', 'open', '${now}', '${now}', 'a', '${now}')`],
  ['foreign_key', `INSERT INTO events (incident_id, at, actor, kind) VALUES (99, '${now}', 'a', 'noted')`],
  ['check', `UPDATE incidents SET status = 'lost'`],
  ['not_null', 'UPDATE incidents SET title = NULL'],
  ['append_only', "UPDATE events SET actor = 'mallory'"],
  ['append_only', 'DELETE FROM events'],
];
const SETUP = [
  "INSERT INTO settings (key, value) VALUES ('a', 'b')",
  `INSERT INTO incidents (title, status, detected_at, opened_at, created_by, updated_at) VALUES ('t', 'open', '${now}', '${now}', 'a', '${now}')`,
  `INSERT INTO events (incident_id, at, actor, kind) VALUES (1, '${now}', 'a', 'opened')`,
];

describe('brokenRule on SQLite', () => {
  it('names the rule each statement broke', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    // The tables these statements touch (the search index needs functions the store registers).
    MIGRATIONS.find((m) => m.version === 1)!.up(db);
    SETUP.forEach((s) => db.exec(s));
    const found = BREAKS.map(([, statement]) => {
      try {
        db.exec(statement);
        return 'none';
      } catch (e) {
        return brokenRule(e);
      }
    });
    expect(found).toEqual(BREAKS.map(([rule]) => rule));
    expect(brokenRule(new Error('other'))).toBeUndefined();
  });
});

describe.skipIf(skips(missing !== ''))(`brokenRule on PostgreSQL${skipNote(missing !== '', missing)}`, () => {
  it('names the same rule for the same statement', async () => {
    const sql = await openPg(createDatabase('rules')!);
    try {
      for (const s of SETUP) await sql.run(s);
      const found: (string | undefined)[] = [];
      for (const [, statement] of BREAKS) found.push(await sql.run(statement).then(() => 'none', (e) => brokenRule(e)));
      expect(found).toEqual(BREAKS.map(([rule]) => rule));
    } finally {
      await sql.close();
    }
  });
});
