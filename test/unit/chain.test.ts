import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ChainWalker, chainContent, eventHash } from '../../src/core/chain.js';
import { sha256 } from '../../src/store/chain.js';
import { migrate, MIGRATIONS } from '../../src/store/sqlite/migrations.js';
import { registerSearchFunctions } from '../../src/store/sqlite/search-index.js';

/** SHA-256 as docs/database.md says a third party computes it: of the canonical text's UTF-8 bytes, in hex. */
const hex = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');

/** Two events of INC-12 as rows of `events`, the second a note with awkward text. */
const escalated = {
  id: 7,
  incident_id: 12,
  at: '2026-12-01T09:00:00.000Z',
  actor: '田中',
  kind: 'escalated',
  from_value: 'open',
  to_value: 'escalated',
  note: null,
  data: '{"to":"vendor","notify":["総務部"]}',
  hash: null,
};
const noted = { id: 9, incident_id: 12, at: '2026-12-01T09:05:00.000Z', actor: 'tester', kind: 'noted', from_value: null, to_value: null, note: 'line 1\nline 2 "q"', data: null, hash: null };

// The canonical texts, written by hand from the rule in docs/export-import.md: non-null fields by
// their export names, data as the object it holds, keys sorted, no spaces, `ref` and `prev` added.
const FIRST = '{"actor":"田中","at":"2026-12-01T09:00:00.000Z","data":{"notify":["総務部"],"to":"vendor"},"from":"open","kind":"escalated","ref":"INC-12","to":"escalated"}';
const FIRST_HASH = hex(FIRST);
const SECOND = `{"actor":"tester","at":"2026-12-01T09:05:00.000Z","kind":"noted","note":"line 1\\nline 2 \\"q\\"","prev":"${FIRST_HASH}","ref":"INC-12"}`;
const SECOND_HASH = hex(SECOND);

describe('the canonical form of an event', () => {
  it('is the documented JSON: non-null fields by export name, id and parent left out, keys sorted, ref and prev', () => {
    expect(chainContent(escalated, 'INC-12', null)).toBe(FIRST);
    expect(chainContent(noted, 'INC-12', FIRST_HASH)).toBe(SECOND);
  });

  it('hashes to the SHA-256 of that text', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(eventHash(sha256, escalated, 'INC-12', null)).toBe(FIRST_HASH);
    expect(eventHash(sha256, noted, 'INC-12', FIRST_HASH)).toBe(SECOND_HASH);
  });

  it('is the same for a row read from the database and the event as an export writes it', () => {
    // The export's event object: camelCase keys, data as an object; a column added later as null.
    const exported = { at: escalated.at, actor: '田中', kind: 'escalated', from: 'open', to: 'escalated', note: null, data: { to: 'vendor', notify: ['総務部'] } };
    expect(chainContent(exported, 'INC-12', null)).toBe(FIRST);
    expect(chainContent({ ...escalated, on_behalf_of: null }, 'INC-12', null)).toBe(FIRST);
    // A later column with a value is part of the content, by its export name.
    expect(chainContent({ ...noted, on_behalf_of: 'cron' }, 'INC-12', FIRST_HASH)).toBe(SECOND.replace(',"prev"', ',"onBehalfOf":"cron","prev"'));
  });

  it('keeps data that is not JSON as its text, and ties the event to its incident', () => {
    expect(chainContent({ at: 'x', data: 'not json' }, 'PRB-3', null)).toBe('{"at":"x","data":"not json","ref":"PRB-3"}');
    expect(eventHash(sha256, escalated, 'INC-13', null)).not.toBe(FIRST_HASH);
  });
});

describe('walking chains', () => {
  const third = { ...noted, id: 10, note: 'third' };
  const chained = () => {
    const rows = [escalated, noted, third].map((r) => ({ ...r }));
    let prev: string | null = null;
    for (const r of rows) (r as { hash: string | null }).hash = prev = eventHash(sha256, r, 'INC-12', prev);
    return rows;
  };
  const walk = (rows: Record<string, unknown>[]) => {
    const w = new ChainWalker(sha256);
    for (const r of rows) w.add(12, 'INC-12', r);
    return w;
  };

  it('finds nothing in an intact chain', () => {
    const rows = chained();
    expect(rows[0].hash).toBe(FIRST_HASH);
    expect(rows[1].hash).toBe(SECOND_HASH);
    expect(walk(rows)).toMatchObject({ events: 3, brokenChains: 0, breaks: [] });
  });

  it('names the event changed, the one after an event removed, and an event without a hash', () => {
    const edited = chained();
    edited[1].note = 'rewritten';
    expect(walk(edited).breaks).toEqual([{ ref: 'INC-12', position: 2, eventId: 9, stored: SECOND_HASH, computed: hex(SECOND.replace('line 1\\nline 2 \\"q\\"', 'rewritten')) }]);
    const removed = chained();
    removed.splice(1, 1);
    expect(walk(removed).breaks).toMatchObject([{ position: 2, eventId: 10 }]);
    const bare = chained();
    bare[2].hash = null;
    expect(walk(bare).breaks).toMatchObject([{ position: 3, stored: null }]);
  });

  it('keeps one break per timeline, each timeline on its own', () => {
    const a = chained();
    a[0].actor = 'mallory';
    a[1].actor = 'mallory';
    const w = new ChainWalker(sha256);
    for (const r of a) w.add(12, 'INC-12', r);
    for (const r of chained()) w.add(13, 'INC-13', { ...r, incident_id: 13 });
    expect(w.brokenChains).toBe(2);
    expect(w.breaks.map((b) => `${b.ref} ${b.position}`)).toEqual(['INC-12 1', 'INC-13 1']);
  });
});

describe('schema migration 13 on SQLite', () => {
  it('gives the events already there their chains, in timeline order, and keeps the timeline append-only', () => {
    const db = new Database(':memory:');
    registerSearchFunctions(db);
    for (const m of MIGRATIONS.filter((m) => m.version <= 11)) m.up(db);
    db.pragma('user_version = 11');
    db.exec(`INSERT INTO incidents (id, title, status, detected_at, opened_at, created_by, updated_at)
               VALUES (12, 't', 'open', 'x', 'x', 'a', 'x'), (3, 't', 'open', 'x', 'x', 'a', 'x');
             INSERT INTO events (id, incident_id, at, actor, kind, from_value, to_value, note, data) VALUES
               (7, 12, '2026-12-01T09:00:00.000Z', '田中', 'escalated', 'open', 'escalated', NULL, '{"to":"vendor","notify":["総務部"]}'),
               (8, 3, '2026-12-01T09:01:00.000Z', 'b', 'opened', NULL, NULL, NULL, NULL),
               (9, 12, '2026-12-01T09:05:00.000Z', 'tester', 'noted', NULL, NULL, 'line 1
line 2 "q"', NULL);`);
    migrate(db);
    expect(db.prepare('SELECT id, hash FROM events WHERE incident_id = 12 ORDER BY id').raw().all()).toEqual([
      [7, FIRST_HASH],
      [9, SECOND_HASH],
    ]);
    expect(db.prepare('SELECT hash FROM events WHERE id = 8').pluck().get()).toBe(hex('{"actor":"b","at":"2026-12-01T09:01:00.000Z","kind":"opened","ref":"INC-3"}'));
    expect(() => db.exec("UPDATE events SET note = 'x'")).toThrow('the timeline is append-only');
    // Migration 13 run again by hand after an edit keeps the hashes there, so the edit still shows
    // instead of being hashed anew.
    db.exec("DROP TRIGGER events_no_update; UPDATE events SET note = 'edited' WHERE id = 9");
    MIGRATIONS.find((m) => m.version === 13)!.up(db);
    expect(db.prepare('SELECT hash FROM events WHERE id = 9').pluck().get()).toBe(SECOND_HASH);
    db.close();
  });
});
