import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DB } from '../../src/store/sqlite/connection.js';
import { AppError } from '../../src/core/errors.js';
import { translator } from '../../src/i18n/index.js';
import { copyDatabase } from '../../src/store/copy.js';
import { openPg } from '../../src/store/pg/connect.js';
import type { Sql } from '../../src/store/sql.js';
import { createDatabase, pgMissing, psql } from '../helpers/pg-cluster.js';
import { skipNote, skips } from '../helpers/optional.js';

const missing = pgMissing();

const TABLES = [
  'incidents',
  'knowledge',
  'problems',
  'events',
  'incident_links',
  'incident_knowledge',
  'problem_events',
  'problem_knowledge',
  'outbox',
  'settings',
  'attachment_blobs',
  'attachments',
  'mail_messages',
];

/** A source with rows in every table: Japanese text, nulls, JSON, a long note, ids with gaps, and more incidents than one batch holds. */
function fill(url: string): void {
  const r = psql(
    url,
    `INSERT INTO incidents (id, title, description, status, priority, tags, detected_at, opened_at, created_by, updated_at, dedup_key, external_ref, held_seconds, major)
       SELECT n * 2, 'メール障害 ' || n, CASE WHEN n % 3 = 0 THEN NULL ELSE 'desc ' || n END, CASE WHEN n % 5 = 0 THEN 'closed' ELSE 'open' END,
              'P' || (1 + n % 5), '["mail","東京"]', '2026-11-01T09:00:00.000Z', '2026-11-01T09:0' || (n % 10) || ':00.000Z', 'alice',
              '2026-11-02T10:00:00.000Z', CASE WHEN n % 7 = 0 THEN 'alert-' || n END, CASE WHEN n = 3 THEN 'SNOW:INC0010001' END, n, n % 2
         FROM generate_series(1, 1500) n;
     INSERT INTO knowledge (title, symptoms, tags, status, source_incident, created_by, created_at, updated_at)
       VALUES ('VPN の再接続', '繋がらない', '[]', 'published', 2, 'bob', '2026-11-03T00:00:00.000Z', '2026-11-03T00:00:00.000Z'),
              ('Mail queue', NULL, '["mail"]', 'draft', NULL, 'bob', '2026-11-03T00:00:00.000Z', '2026-11-03T00:00:00.000Z');
     INSERT INTO problems (title, status, opened_at, created_by, updated_at) VALUES ('VPN 全体', 'analysing', '2026-11-04T00:00:00.000Z', 'carol', '2026-11-04T00:00:00.000Z');
     INSERT INTO events (incident_id, at, actor, kind, note, data)
       SELECT (1 + n % 1500) * 2, '2026-11-01T09:00:00.000Z', 'alice', CASE WHEN n % 2 = 0 THEN 'noted' ELSE 'opened' END,
              CASE WHEN n = 10 THEN repeat('長いメモ。', 2000) WHEN n % 2 = 0 THEN 'メモ ' || n END, '{"to":"vendor"}'
         FROM generate_series(1, 3000) n;
     INSERT INTO incident_links (incident_id, related_id) VALUES (2, 4), (4, 2), (2, 6);
     INSERT INTO incident_knowledge VALUES (2, 1, 'created', '2026-11-03T00:00:00.000Z'), (4, 1, 'used', '2026-11-03T00:00:00.000Z');
     INSERT INTO problem_events (problem_id, at, actor, kind, from_value, to_value) VALUES (1, '2026-11-04T00:00:00.000Z', 'carol', 'status', 'open', 'analysing');
     INSERT INTO problem_knowledge VALUES (1, 2, 'workaround', '2026-11-04T00:00:00.000Z');
     INSERT INTO outbox (incident_id, event, rule, target_kind, target, payload, created_at, next_attempt_at)
       VALUES (2, 'opened', 'p1', 'webhook', 'https://hooks.example/x', '{"ref":"INC-2"}', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z');
     INSERT INTO settings VALUES ('sla.P1', '{"respond":"15m"}'), ('言語', 'ja');
     INSERT INTO attachment_blobs SELECT encode(sha256(d), 'hex'), length(d), d
       FROM (SELECT convert_to('画面 ' || n, 'UTF8') || '\\x00ff0a0d'::bytea AS d FROM generate_series(1, 5) n) x;
     INSERT INTO attachments (incident_id, name, sha256, size, media_type, attached_by, attached_at)
       SELECT 2 * row_number() OVER (ORDER BY sha256), 'エラー画面.png', sha256, size, 'image/png', 'alice', '2026-11-01T09:00:00.000Z' FROM attachment_blobs;
     INSERT INTO mail_messages VALUES ('a1@example.co.jp', 2, 'opened', 'yamada@example.co.jp', '【障害】VPN', '2026-11-01T09:00:00.000Z');`,
  );
  expect(r.stderr).toBe('');
}

/** A table's rows as psql prints them, in key order. */
const rowsOf = (url: string, table: string) => psql(url, `SELECT * FROM ${table} ORDER BY 1, 2`).stdout;

/** Counts the statements sent through the port. */
function counted(sql: Sql): { sql: Sql; calls: () => number } {
  let calls = 0;
  const proxy = new Proxy(sql, {
    get(target, name, receiver) {
      const v = Reflect.get(target, name, receiver);
      if (typeof v !== 'function' || name === 'write' || name === 'close') return typeof v === 'function' ? v.bind(target) : v;
      return (...args: unknown[]) => {
        calls++;
        return v.apply(target, args);
      };
    },
  });
  return { sql: proxy, calls: () => calls };
}

/**
 * The port over a better-sqlite3 connection, as small as this test needs: enough to carry a copy
 * through a real SQLite file (made and migrated by store/db.ts, search triggers and all).
 */
function sqliteSql(db: DB): Sql {
  const rows = (s: string, p: readonly unknown[]) => db.prepare(s).all(...p) as Record<string, unknown>[];
  return {
    backend: 'sqlite',
    all: async <T,>(s: string, p: readonly unknown[] = []) => rows(s, p) as T[],
    get: async <T,>(s: string, p: readonly unknown[] = []) => rows(s, p)[0] as T | undefined,
    value: async <T,>(s: string, p: readonly unknown[] = []) => db.prepare(s).pluck().get(...p) as T | undefined,
    cells: async (s: string, p: readonly unknown[] = []) => {
      const st = db.prepare(s).raw();
      return { rows: st.all(...p) as unknown[][], at: Object.fromEntries(st.columns().map((c, i) => [c.name, i])) };
    },
    run: async (s: string, p: readonly unknown[] = []) => ({ changes: db.prepare(s).run(...p).changes }),
    write: async <T,>(fn: () => Promise<T>) => {
      db.exec('BEGIN IMMEDIATE');
      try {
        const r = await fn();
        db.exec('COMMIT');
        return r;
      } catch (e) {
        db.exec('ROLLBACK');
        throw e;
      }
    },
    close: async () => void db.close(),
  };
}

describe.skipIf(skips(missing !== ''))(`copying between a SQLite file and PostgreSQL${skipNote(missing !== '', missing)}`, () => {
  it('PostgreSQL → a new SQLite file → another PostgreSQL database: equal row for row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'incident-copy-'));
    const [firstUrl, secondUrl] = [createDatabase('copy')!, createDatabase('copy')!];
    const first = await openPg(firstUrl);
    const second = await openPg(secondUrl);
    const file = sqliteSql(await openDatabase(join(dir, 'incidents.db')));
    try {
      fill(firstUrl);
      await copyDatabase(first, file, { targetName: 'incidents.db' });
      expect(await file.value('SELECT title FROM incidents WHERE id = 3000')).toBe('メール障害 1500');
      expect(await file.value('SELECT count(*) FROM events')).toBe(3000);
      // The file's own search index was filled as the rows arrived.
      expect(await file.value('SELECT count(*) FROM incident_fts')).toBe(1500);
      await copyDatabase(file, second, { targetName: secondUrl });
      for (const table of TABLES) expect(rowsOf(secondUrl, table), table).toBe(rowsOf(firstUrl, table));
    } finally {
      await first.close();
      await second.close();
      await file.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(skips(missing !== ''))(`copying a database PostgreSQL → PostgreSQL${skipNote(missing !== '', missing)}`, () => {
  it('copies every row of every table, ids kept, in batches; new ids continue after the copied ones', async () => {
    const [fromUrl, toUrl] = [createDatabase('copy')!, createDatabase('copy')!];
    const from = await openPg(fromUrl);
    const to = await openPg(toUrl);
    try {
      fill(fromUrl);
      const source = counted(from);
      const target = counted(to);
      const result = await copyDatabase(source.sql, target.sql, { targetName: toUrl });
      expect(result.rows).toEqual({
        incidents: 1500,
        knowledge: 2,
        problems: 1,
        events: 3000,
        incident_links: 3,
        incident_knowledge: 2,
        problem_events: 1,
        problem_knowledge: 1,
        outbox: 1,
        settings: 2,
        // Five files in batches of four: bytes as they are, through bytea.
        attachment_blobs: 5,
        attachments: 5,
        mail_messages: 1,
      });
      for (const table of TABLES) expect(rowsOf(toUrl, table), table).toBe(rowsOf(fromUrl, table));
      // 4500 rows over thirteen tables (the five files four a batch): a couple of reads and inserts per
      // thousand rows and per table, not one per row.
      expect(source.calls()).toBeLessThan(36);
      expect(target.calls()).toBeLessThan(36);

      const now = '2026-12-01T09:00:00.000Z';
      const next = await to.write(() =>
        to.value('INSERT INTO incidents (title, status, detected_at, opened_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id', ['after the move', 'open', now, now, 'alice', now]),
      );
      expect(next).toBe(3001);
      expect(await to.write(() => to.value("INSERT INTO knowledge (title, created_by, created_at, updated_at) VALUES ('k', 'a', ?, ?) RETURNING id", [now, now]))).toBe(3);
      expect(await to.write(() => to.value("INSERT INTO problems (title, status, opened_at, created_by, updated_at) VALUES ('p', 'open', ?, 'a', ?) RETURNING id", [now, now]))).toBe(2);
    } finally {
      await from.close();
      await to.close();
    }
  });

  it('refuses a target that holds any record (exit 4), and writes nothing to it', async () => {
    const [fromUrl, toUrl] = [createDatabase('copy')!, createDatabase('copy')!];
    const from = await openPg(fromUrl);
    const to = await openPg(toUrl);
    try {
      fill(fromUrl);
      psql(toUrl, "INSERT INTO settings VALUES ('theirs', 'kept')");
      let error: unknown;
      await copyDatabase(from, to, { targetName: toUrl }).catch((e) => (error = e));
      expect(error).toBeInstanceOf(AppError);
      const e = error as AppError;
      const t = translator('en');
      expect([e.exitCode, t(e.key, e.params), t(e.hintKey!, e.params)]).toEqual([
        4,
        `${toUrl} already holds records (in settings); nothing was copied`,
        'a copy goes only into a new, empty database (it never merges two); give another target, or empty this one first',
      ]);
      for (const table of TABLES.filter((x) => x !== 'settings')) expect(rowsOf(toUrl, table), table).toBe('');
      expect(rowsOf(toUrl, 'settings')).toBe('theirs|kept\n');
    } finally {
      await from.close();
      await to.close();
    }
  });

  it('copies an empty database as an empty one', async () => {
    const [fromUrl, toUrl] = [createDatabase('copy')!, createDatabase('copy')!];
    const from = await openPg(fromUrl);
    const to = await openPg(toUrl);
    try {
      const result = await copyDatabase(from, to, { targetName: toUrl });
      expect(Object.values(result.rows)).toEqual(Array(13).fill(0));
    } finally {
      await from.close();
      await to.close();
    }
  });
});
